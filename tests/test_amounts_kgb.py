"""Kindgebonden budget amounts against published figures and examples (2025 and 2026).

The engine computes from the dated parameters in regelingen/landelijk/kindgebonden-budget.yaml;
these tests fail when a parameter or the calculation drifts more than EUR 3 per month from
what was published. Sources, per block below.
"""
from __future__ import annotations

import copy

import pytest

from tests.test_amounts import ALONE, COUPLE, TOLERANCE, amount, engine_rules  # noqa: F401

KGB = "kindgebonden-budget"


def kgb(rules, household: dict, ages: list, income: int, day: str) -> dict:
    answers = {**household, "kinderen": ages, "toetsingsinkomen_jaar": income}
    return amount(rules, KGB, answers, day)


# 2026: the three rekenvoorbeelden of Dienst Toeslagen, "Berekening kindgebonden budget 2026"
# (TG 081 - 1Z61FD, https://download.belastingdienst.nl/toeslagen/docs/berekening_kindgebonden_budget_tg0811z61fd.pdf).
# The pdf itself was not opened; the examples (yearly amount, and the monthly amount rounded
# down to whole euros as Toeslagen pays it) are relayed by public calculators that cite it:
# https://github.com/a-alzoubi-07-11/a-alzoubi-07-11.github.io/blob/0b2b647ed997098852a8f07618ce741e3826a7a9/assets/calc-kindgebondenbudget.js
# (example 1: 392,89 -> 392) and a second public rules file listing all three as test vectors.
# The engine gives the unrounded month (yearly / 12), so it lies within a euro of these.
OFFICIAL_2026 = [
    # partners, two children of 4 and 8, joint income 45.000: 4.714,72 a year, 392 a month
    (COUPLE, [4, 8], 45000, 4714.72, 392),
    # partners, children of 13 and 16 (age extras 724 + 964), income 45.000: 6.402,72 / 533
    (COUPLE, [13, 16], 45000, 6402.72, 533),
    # single parent, one child of 8, income 30.000: 5.975,94 a year, 497 a month
    (ALONE, [8], 30000, 5975.94, 497),
]


@pytest.mark.parametrize("household,ages,income,per_year,per_month", OFFICIAL_2026)
def test_kgb_2026_matches_the_official_examples(engine_rules, household, ages, income,
                                                per_year, per_month):
    item = kgb(engine_rules, household, ages, income, "2026-07-01")
    assert item["status"] == "ja"
    bedrag = item["bedrag"]
    assert abs(bedrag["per_maand"] - per_month) <= TOLERANCE, bedrag
    assert abs(bedrag["per_jaar"] - per_year) < 0.05, bedrag


# 2026 maxima (income at or below the drempel) from step 1 of the same pdf, relayed by the same
# calculators: 1 kind 2.580 / 5.996 (with / without toeslagpartner), 2 kinderen 5.160 / 8.576,
# plus 2.580 for every further child.
MAXIMA_2026 = [
    (COUPLE, [3], 2580), (ALONE, [3], 5996),
    (COUPLE, [3, 6], 5160), (ALONE, [3, 6], 8576),
    (COUPLE, [1, 3, 6], 5160 + 2580),
]


@pytest.mark.parametrize("household,ages,per_year", MAXIMA_2026)
def test_kgb_2026_maxima_below_the_drempel(engine_rules, household, ages, per_year):
    item = kgb(engine_rules, household, ages, 20000, "2026-03-01")
    assert abs(item["bedrag"]["per_maand"] - per_year / 12) <= TOLERANCE, item["bedrag"]


# 2025: worked examples from the amounts in the Wet op het kindgebonden budget, artikel 2,
# version 1 January 2025 (https://wetten.overheid.nl/BWBR0022751/2025-01-01), as cited in
# https://github.com/MinBZK/poc-machine-law/blob/0c93875785582cbbd3fac9ae3e1f61f2cd6176af/laws/wet_op_het_kindgebonden_budget/TOESLAGEN-2025-01-01.yaml:
# 2.511 per child (lid 2 a and b), +703 for 12-15 (lid 4), +936 for 16-17 (lid 5), +3.389
# without a partner (lid 6), minus 7,10% of the income above the drempelinkomen (28.406) or,
# with a partner, above the drempelinkomen plus 9.139 = 37.545 (lid 7 and 8).
# No published 2025 example with these inputs was found; each figure is written out by hand.
WORKED_2025 = [
    # couple, two children, income below 37.545: the full 2 x 2.511
    (COUPLE, [4, 8], 30000, 2 * 2511),
    # couple, two children, income 45.000: 7,1% of (45.000 - 37.545) = 529,31 off
    (COUPLE, [4, 8], 45000, 2 * 2511 - 0.071 * (45000 - 37545)),
    # single parent, one child, income 20.000: 2.511 + 3.389
    (ALONE, [5], 20000, 2511 + 3389),
    # single parent, two children, income 32.000: 7,1% of (32.000 - 28.406) off
    (ALONE, [2, 5], 32000, 2 * 2511 + 3389 - 0.071 * (32000 - 28406)),
    # a child of 13 and a child of 16, couple with a low income: the age extras come on top
    (COUPLE, [13], 25000, 2511 + 703),
    (COUPLE, [16], 25000, 2511 + 936),
    (COUPLE, [13, 16], 25000, 2 * 2511 + 703 + 936),
]


@pytest.mark.parametrize("household,ages,income,per_year", WORKED_2025)
def test_kgb_2025_worked_from_the_law_amounts(engine_rules, household, ages, income, per_year):
    item = kgb(engine_rules, household, ages, income, "2025-07-01")
    assert abs(item["bedrag"]["per_maand"] - per_year / 12) <= TOLERANCE, item["bedrag"]


def test_kgb_2026_child_of_13_and_16_extras(engine_rules):
    # 724 and 964 a year on top of 2.580 (pdf step 2, relayed as above); the difference a
    # teenager makes is exactly the extra, at any income below the drempel
    young = kgb(engine_rules, COUPLE, [8], 25000, "2026-07-01")["bedrag"]["per_jaar"]
    thirteen = kgb(engine_rules, COUPLE, [13], 25000, "2026-07-01")["bedrag"]["per_jaar"]
    sixteen = kgb(engine_rules, COUPLE, [16], 25000, "2026-07-01")["bedrag"]["per_jaar"]
    assert abs(thirteen - young - 724) < 0.05 and abs(sixteen - young - 964) < 0.05


def test_kgb_high_income_gives_nothing(engine_rules):
    # 5.160 / 7,6% = 67.895 above the drempel of 39.141: from about 107.036 nothing is left
    item = kgb(engine_rules, COUPLE, [4, 8], 108000, "2026-07-01")
    assert item["bedrag"] is None or item["bedrag"]["per_maand"] == 0


def test_kgb_year_without_figures_gives_a_reason(engine_rules):
    # no 2027 amounts exist yet: no number (never the 2026 figure) and a reason naming 2027
    item = kgb(engine_rules, COUPLE, [4, 8], 30000, "2027-03-01")
    assert item["bedrag"] is None and "2027" in item["bedrag_reden"]


def test_kgb_unconfirmed_parameter_gives_a_reason(engine_rules):
    # mark the 2026 extra for 16-17 as unconfirmed: a family with a 16-year-old gets a
    # reason instead of an amount, a family without one still gets its amount
    rules = copy.deepcopy(engine_rules)
    for entry in rules["parameters"][f"{KGB}/extra_16_17"]["waarden"]:
        if entry["vanaf"].startswith("2026"):
            entry["zekerheid"] = "onbevestigd"
    item = kgb(rules, COUPLE, [16], 25000, "2026-07-01")
    assert item["bedrag"] is None and "bevestigd" in item["bedrag_reden"]
    other = kgb(rules, COUPLE, [8], 25000, "2026-07-01")
    assert abs(other["bedrag"]["per_maand"] - 2580 / 12) <= TOLERANCE
