"""The eligibility engine: boundary cases per regeling, reasons, and its promises."""
from __future__ import annotations

import json

import pytest

from site_builder.data.catalog import load_catalog
from site_builder.engine.answers import check_answers
from site_builder.engine.core import evaluate, evaluate_json
from site_builder.engine.parameters import value_at
from site_builder.language.i18n import VARIANT_BY_CODE, Translator
from site_builder.render.rules_export import bundle
from tests.conftest import ROOT, TODAY
from tests.engine_cases import load_cases, status_of


@pytest.fixture(scope="module")
def data():
    catalog, problems = load_catalog(ROOT, TODAY)
    assert not problems.errors
    variant = VARIANT_BY_CODE["nl"]
    return bundle(catalog, Translator(ROOT, variant), variant)


CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_boundary_case(data, case):
    result = evaluate(data["rules"], case["antwoorden"], case["peildatum"], data["texts"],
                      data["format"])
    assert status_of(result, case["regeling"]) == case["status"]


def test_cases_cover_every_regeling_with_rules(data):
    """Every regeling with its own ``regels:`` has boundary cases; the rules the check derives
    from situaties are covered by tests/test_households.py."""
    catalog, _ = load_catalog(ROOT, TODAY)
    covered = {c["regeling"] for c in CASES}
    own = {r["id"] for r in data["rules"]["regelingen"] if catalog.regelingen[r["id"]].regels}
    assert len(own) > 30 and own <= covered


def test_reasons_name_the_figure_and_its_year(data):
    result = evaluate(data["rules"], {"leeftijd": 30, "partner": False,
                                      "toetsingsinkomen_jaar": 41000, "vermogen": 0},
                      "2026-05-01", data["texts"], data["format"])
    reasons = next(r for r in result["resultaten"] if r["regeling"] == "zorgtoeslag")["redenen"]
    income = next(r for r in reasons if r["voorwaarde"] == "toetsingsinkomen_max")
    assert income["uitkomst"] == "niet-voldaan"
    assert income["tekst"] == ("Uw inkomen is € 41.000 per jaar. Dat is meer dan de grens van "
                               "€ 40.857 (2026). U zit dicht bij de grens. Doe de officiële "
                               "proefberekening of laat het loket rekenen.")


@pytest.mark.parametrize("woonsituatie,shown", [("inwonend", False), ("huur", True)])
def test_a_moot_tick_never_sits_under_the_answer_that_rules_it_out(data, woonsituatie, shown):
    """A 19-year-old living with her parents saw under huurtoeslag "U woont bij iemand in
    huis" (not met) and, ticked off, "U huurt geen woning"; the tick goes. A renter still sees
    the rent checked against the limit."""
    answers = {"leeftijd": 19, "partner": False, "kinderen": [], "vermogen": 0,
               "woonsituatie": woonsituatie, **({"kale_huur": 450} if shown else {})}
    # 2025: a maximum rent still existed, so the renter's rent is compared with it
    result = evaluate(data["rules"], answers, "2025-05-01", data["texts"], data["format"])
    item = next(r for r in result["resultaten"] if r["regeling"] == "huurtoeslag")
    texts = [r["tekst"] for r in item["redenen"]]
    assert ("U huurt geen woning." in texts) is False
    assert any("450" in t for t in texts) is shown
    assert (item["status"] == "nee") is not shown


def test_missing_answer_says_what_to_bring(data):
    result = evaluate(data["rules"], {"leeftijd": 30, "partner": False}, "2026-05-01",
                      data["texts"], data["format"])
    reasons = next(r for r in result["resultaten"] if r["regeling"] == "zorgtoeslag")["redenen"]
    income = next(r for r in reasons if r["voorwaarde"] == "toetsingsinkomen_max")
    assert income["uitkomst"] == "onbekend"
    assert "jaaropgaaf" in income["tekst"]


def test_missing_year_never_uses_last_years_value():
    param = {"periode": "jaar", "waarden": [{"vanaf": "2026-01-01", "waarde": 1}]}
    assert value_at(param, "2026-12-31")["waarde"] == 1
    assert value_at(param, "2027-01-01") is None
    assert value_at({"periode": "doorlopend", "waarden": param["waarden"]},
                    "2030-01-01")["waarde"] == 1


def test_order_of_answers_does_not_matter(data):
    answers = {"gemeente": "den-haag", "leeftijd": 40, "partner": False,
               "netto_inkomen_maand": 1500, "vermogen": 100, "toetsingsinkomen_jaar": 20000,
               "woonsituatie": "huur", "kale_huur": 600}
    reverse = dict(reversed(list(answers.items())))
    assert evaluate(data["rules"], answers, "2026-05-01") == \
        evaluate(data["rules"], reverse, "2026-05-01")


@pytest.mark.parametrize("answers, fragment", [
    ({"leeftijd": 300}, "'leeftijd' = 300 kan niet"),
    ({"netto_inkomen_maand": -5}, "'netto_inkomen_maand' = -5 kan niet"),
    ({"gemeente": "amsterdam"}, "'gemeente' moet een van den-haag, zoetermeer, anders zijn"),
    ({"kinderen": [3, "acht"]}, "'kinderen' moet een lijst met leeftijden"),
    ({"onzin": 1}, "Onbekende vraag 'onzin'"),
    ({"partner": "ja"}, "'partner' moet true of false zijn"),
])
def test_impossible_answers_are_refused(answers, fragment):
    problems = check_answers(answers)
    assert problems and fragment in problems[0]


def test_json_entry_point_matches_python(data):
    answers = {"leeftijd": 30, "partner": False, "toetsingsinkomen_jaar": 20000, "vermogen": 0}
    out = evaluate_json(json.dumps(data["rules"]), json.dumps(answers), "2026-05-01",
                        json.dumps(data["texts"]), json.dumps(data["format"]))
    assert json.loads(out) == evaluate(data["rules"], answers, "2026-05-01", data["texts"],
                                       data["format"])


def test_arabic_reasons_are_in_arabic_when_translated():
    catalog, _ = load_catalog(ROOT, TODAY)
    variant = VARIANT_BY_CODE["ar"]
    ar = bundle(catalog, Translator(ROOT, variant), variant)
    result = evaluate(ar["rules"], {"leeftijd": 30}, "2026-05-01", ar["texts"], ar["format"])
    text = result["resultaten"][0]["redenen"][0]["tekst"]
    assert any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_close_to_the_limit_is_said_of_money_not_of_ages(data):
    """'Dicht bij de grens, doe de proefberekening' helps near an income or asset limit; next
    to an age (68 against the AOW age) it is nonsense."""
    result = evaluate(data["rules"], {"leeftijd": 68, "partner": True, "partner_leeftijd": 66,
                                      "netto_inkomen_maand": 2300, "vermogen": 10000},
                      "2026-05-01", data["texts"], data["format"])
    texts = [r["tekst"] for item in result["resultaten"] for r in item["redenen"]
             if r["voorwaarde"] == "leeftijd"]
    assert texts and not any("dicht bij de grens" in t for t in texts)
    money = [r["tekst"] for item in result["resultaten"] for r in item["redenen"]
             if r["voorwaarde"] in ("inkomen_norm_max", "vermogen_max")]
    assert any("dicht bij de grens" in t for t in money)   # € 2.300 against 110 %: € 2.358,58
