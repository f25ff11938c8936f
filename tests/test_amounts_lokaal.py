"""Amount estimates of the local (Den Haag, Zoetermeer) regelingen with a fixed amount.

Every expected figure is the amount the gemeente publishes, with its source below. A year
for which no figure was found must give no number and a reason (``bedrag_reden``), never
the figure of another year.
"""
from __future__ import annotations

import pytest

from site_builder.data.catalog import load_catalog
from site_builder.engine.core import evaluate
from site_builder.render.rules_export import rules
from tests.conftest import ROOT, TODAY

ADULT = {"leeftijd": 35, "vermogen": 0, "woonsituatie": "huur"}
ALONE = {**ADULT, "partner": False, "kinderen": []}
PARENT = {**ADULT, "partner": False, "kinderen": [6]}
COUPLE = {**ADULT, "partner": True, "partner_leeftijd": 35, "kinderen": []}
DEN_HAAG = {"gemeente": "den-haag"}
ZOETERMEER = {"gemeente": "zoetermeer"}


@pytest.fixture(scope="module")
def engine_rules():
    catalog, _ = load_catalog(ROOT, TODAY)
    return rules(catalog)


def result(engine_rules, regeling: str, answers: dict, peildatum: str) -> dict:
    for item in evaluate(engine_rules, answers, peildatum)["resultaten"]:
        if item["regeling"] == regeling:
            return item
    raise AssertionError(f"{regeling} niet in de uitkomst")


# Zoetermeer, individuele inkomenstoeslag per 1 January 2026: EUR 552 for a single person and
# EUR 659 for a single parent, once a year (https://en.zoetermeer.nl/bijstandsnormen, the
# version with the norms per 1 January 2026; the page states no date of its own).
ZOETERMEER_IIT_2026 = [(ALONE, 552), (PARENT, 659)]


@pytest.mark.parametrize("household,published", ZOETERMEER_IIT_2026)
def test_zoetermeer_inkomenstoeslag_2026_is_the_published_amount(engine_rules, household,
                                                                   published):
    item = result(engine_rules, "zm-individuele-inkomenstoeslag", {**household, **ZOETERMEER},
                  "2026-06-01")
    assert item["bedrag"]["per_jaar"] == published
    assert item["bedrag"]["per_maand"] == round(published / 12, 2)
    # paid once a year: the check names the yearly amount, not a monthly share
    assert (item["bedrag"]["uitbetaling"], item["bedrag"]["per_keer"]) == ("jaar", published)


# The couples' line of the 2026 table is cut off in every copy we found, and no 2025 table was
# found at all: those give a reason that names the year, not the 2024 amount (EUR 771 / 517).
@pytest.mark.parametrize("household,day,year", [
    (COUPLE, "2026-06-01", "2026"),
    (ALONE, "2025-06-01", "2025"),
    (PARENT, "2025-06-01", "2025"),
    (COUPLE, "2025-06-01", "2025"),
])
def test_zoetermeer_inkomenstoeslag_without_a_figure_gives_a_reason(engine_rules, household,
                                                                     day, year):
    item = result(engine_rules, "zm-individuele-inkomenstoeslag", {**household, **ZOETERMEER},
                  day)
    assert item["bedrag"] is None
    assert year in item["bedrag_reden"]


# Den Haag, vergoeding langdurig zieken of gehandicapten: "De vergoeding is EUR 125", once a
# year (https://www.denhaag.nl/nl/geld-en-schulden/vergoeding-langdurig-zieken-of-gehandicapten/,
# no date on the page; the same amount stood on the gemeente's page of 2015). One amount for
# every household, in 2025 and in 2026.
@pytest.mark.parametrize("household", [ALONE, PARENT, COUPLE])
@pytest.mark.parametrize("day", ["2025-06-01", "2026-06-01"])
def test_den_haag_vergoeding_chronisch_zieken_is_125_a_year(engine_rules, household, day):
    item = result(engine_rules, "dh-tegemoetkoming-chronisch-zieken",
                  {**household, **DEN_HAAG}, day)
    assert item["bedrag"]["per_jaar"] == 125
    assert item["bedrag"]["per_maand"] == round(125 / 12, 2)
    assert (item["bedrag"]["uitbetaling"], item["bedrag"]["per_keer"]) == ("jaar", 125)


def test_den_haag_vergoeding_chronisch_zieken_before_its_first_figure(engine_rules):
    # the amount is known from 1 January 2015 on; before that there is no figure to show
    item = result(engine_rules, "dh-tegemoetkoming-chronisch-zieken", {**ALONE, **DEN_HAAG},
                  "2014-06-01")
    assert item["bedrag"] is None
    assert "2014" in item["bedrag_reden"]


def test_den_haag_vergoeding_chronisch_zieken_needs_the_household(engine_rules):
    # without knowing whether there is a partner the check cannot pick the amount
    answers = {**ADULT, **DEN_HAAG}
    item = result(engine_rules, "dh-tegemoetkoming-chronisch-zieken", answers, "2026-06-01")
    assert item["bedrag"] is None and item["bedrag_reden"]


# Regelingen that give something in kind (a pass, a discount, a course, help with debts) or
# whose amount the gemeente decides case by case carry no berekening, so the check shows no
# number for them. Den Haag's individuele inkomenstoeslag and studietoeslag have no amount
# for 2025 or 2026 that we could find; they carry none either.
WITHOUT_AMOUNT = [
    ("dh-individuele-inkomenstoeslag", DEN_HAAG),
    ("dh-individuele-studietoeslag", DEN_HAAG),
    ("dh-kinderen-doen-mee", DEN_HAAG),
    ("dh-ooievaarspas", DEN_HAAG),
    ("dh-leergeld-schoolkosten", DEN_HAAG),
    ("dh-jongeren-perspectief-fonds", DEN_HAAG),
    ("zm-zoetermeerpas", ZOETERMEER),
    ("zm-woonkostentoeslag", ZOETERMEER),
    ("zm-jeugdfonds", ZOETERMEER),
    ("zm-leergeld", ZOETERMEER),
]


@pytest.mark.parametrize("regeling,gemeente", WITHOUT_AMOUNT)
def test_no_number_where_nothing_in_money_is_published(engine_rules, regeling, gemeente):
    spec = next(r for r in engine_rules["regelingen"] if r["id"] == regeling)
    assert not spec.get("berekening")
    item = result(engine_rules, regeling, {**PARENT, **gemeente, "leeftijd": 24}, "2026-06-01")
    assert "bedrag" not in item and "bedrag_reden" not in item
