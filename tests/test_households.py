"""The check for whole households: the three of issue 17 get no result that contradicts
another or the regeling's own page; every published regeling can appear for some household;
the questions follow the engine (never one it would not ask) and say how many are left."""
from __future__ import annotations

import itertools

import pytest
import yaml

from site_builder.data.catalog import load_catalog
from site_builder.data.rules import coverage, is_published
from site_builder.engine.answers import ANSWER_KEYS
from site_builder.engine.conditions import ONLY_IF, not_applicable
from site_builder.engine.core import evaluate
from site_builder.engine.questions import next_question, next_step
from site_builder.language.i18n import VARIANT_BY_CODE, Translator
from site_builder.render.rules_export import bundle
from tests.conftest import ROOT, TODAY

DAY = "2026-12-04"

# What each resident would answer to any question the check asks.
MOEDER = {"gemeente": "den-haag", "leeftijd": 34, "partner": False, "kinderen": [4, 9],
          "woonsituatie": "huur", "kale_huur": 750, "inkomensbron": "loondienst",
          "netto_inkomen_maand": 1650, "toetsingsinkomen_jaar": 24000, "vermogen": 500,
          "schulden": False, "achterstanden": [], "nood": False, "ziek": False,
          "toeslagenaffaire": False, "beschermingsbewind": False, "jaren_laag_inkomen": 4,
          "aow_volledig": None}
AOW_PAAR = {"gemeente": "zoetermeer", "leeftijd": 70, "partner": True, "partner_leeftijd": 68,
            "kinderen": [], "woonsituatie": "huur", "kale_huur": 700, "inkomensbron": "aow",
            "netto_inkomen_maand": 2300, "toetsingsinkomen_jaar": 36000, "vermogen": 12000,
            "schulden": False, "achterstanden": [], "nood": False, "ziek": False,
            "toeslagenaffaire": False, "beschermingsbewind": False, "aow_volledig": True,
            "jaren_laag_inkomen": 0}
STUDENT = {"gemeente": "den-haag", "leeftijd": 22, "partner": False, "kinderen": [],
           "woonsituatie": "huur", "kale_huur": 450, "inkomensbron": "studiefinanciering",
           "studie": "hbo-wo", "netto_inkomen_maand": 900, "toetsingsinkomen_jaar": 6000,
           "vermogen": 300, "schulden": False, "achterstanden": [], "nood": False,
           "ziek": False, "toeslagenaffaire": False, "beschermingsbewind": False,
           "jaren_laag_inkomen": 0}


@pytest.fixture(scope="module")
def catalog():
    catalog, problems = load_catalog(ROOT, TODAY)
    assert not problems.errors
    return catalog


@pytest.fixture(scope="module")
def data(catalog):
    variant = VARIANT_BY_CODE["nl"]
    return bundle(catalog, Translator(ROOT, variant), variant)


def order():
    return [q["id"] for q in yaml.safe_load((ROOT / "vragen.yaml").read_text())["vragen"]]


def run_check(data, person: dict) -> tuple[dict, list[str], list[dict]]:
    """Answer the questions the engine asks, one by one, as *person* would."""
    answers, asked, steps = {}, [], []
    while True:
        step = next_step(data["rules"], answers, asked, DAY, order())
        assert step["vraag"] == next_question(data["rules"], answers, asked, DAY, order())
        if step["vraag"] is None:
            break
        steps.append(step)
        asked.append(step["vraag"])
        answers[step["vraag"]] = person.get(step["vraag"])
        assert len(asked) < 40
    return evaluate(data["rules"], answers, DAY, data["texts"], data["format"]), asked, steps


def by_id(result: dict) -> dict:
    return {item["regeling"]: item for item in result["resultaten"]}


def texts(item: dict) -> str:
    return " ".join(r["tekst"] for r in item["redenen"])


def test_student_is_not_offered_what_students_cannot_get(data):
    result, asked, _ = run_check(data, STUDENT)
    got = by_id(result)
    assert got["dh-ooievaarspas"]["status"] == "nee"           # the pass's own page excludes
    assert "hogeschool of universiteit" in texts(got["dh-ooievaarspas"])   # hbo/wo with DUO
    assert got["bijstand-levensonderhoud"]["status"] == "nee"
    assert got["ww-uitkering"]["status"] == "nee"
    assert "Dat past bij deze regeling" not in texts(got["ww-uitkering"])
    assert "aow_volledig" not in asked                           # 22: never a full AOW
    assert got["aow"]["status"] == "nee" and got["aow"]["ingeklapt"]


def test_aow_couple_gets_no_aio_above_the_aow_norm(data):
    result, asked, _ = run_check(data, AOW_PAAR)
    got = by_id(result)
    assert got["aio-aanvulling"]["status"] == "nee"
    assert "meer dan 100% van de bijstandsnorm" in texts(got["aio-aanvulling"])
    assert got["bijstand-levensonderhoud"]["status"] == "nee"   # AOW age: AIO, not bijstand
    assert all(not loket.startswith("gemeente-den-haag")
               for item in result["resultaten"] for loket in item["loketten"])


def test_single_mother_in_den_haag(data):
    result, asked, _ = run_check(data, MOEDER)
    got = by_id(result)
    assert got["kindgebonden-budget"]["status"] == "ja"
    assert got["dh-ooievaarspas"]["status"] == "ja"
    # the national and the Haagse individuele inkomenstoeslag agree, and the national says why
    national, local = got["individuele-inkomenstoeslag"], got["dh-individuele-inkomenstoeslag"]
    assert national["status"] == local["status"] == "nee"
    assert national["zie"] == "dh-individuele-inkomenstoeslag"
    assert national["redenen"][0]["voorwaarde"] == "gemeente-regeling"
    assert "Den Haag" in national["redenen"][0]["tekst"]
    # no arrears: the zorgpremie cards do not ask for months of arrears
    assert "zorgpremie_achterstand_maanden" not in asked
    for regeling in ("zorgverzekeraar-betalingsregeling", "cak-regeling-wanbetalers"):
        assert got[regeling]["status"] == "nee"
        assert not any(r["uitkomst"] == "onbekend" for r in got[regeling]["redenen"])
    # loketten: her own gemeente's and national ones only
    assert all(loket not in ("gemeente-zoetermeer", "schuldhulpverlening-zoetermeer")
               for item in result["resultaten"] for loket in item["loketten"])


@pytest.mark.parametrize("person", [MOEDER, AOW_PAAR, STUDENT], ids=["moeder", "aow", "student"])
def test_no_result_contradicts_another(data, person):
    result, _, steps = run_check(data, person)
    rules = {r["id"]: r for r in data["rules"]["regelingen"]}
    got = by_id(result)
    for regeling_id, item in got.items():
        for gemeente, twin in rules[regeling_id].get("lokaal", {}).items():
            if gemeente == person["gemeente"] and twin in got:
                assert item["status"] == got[twin]["status"], regeling_id
        if item["status"] == "nee":
            assert item["ingeklapt"]
            assert any(r["uitkomst"] == "niet-voldaan" for r in item["redenen"]), regeling_id
            assert not any(r["uitkomst"] == "onbekend" for r in item["redenen"]), regeling_id
    first = result["eerst_doen"]
    assert 1 <= len(first) <= 3
    shown = {i["regeling"] for i in result["resultaten"] if not i["ingeklapt"]}
    assert all(step.get("regeling", next(iter(shown))) in shown for step in first)
    # "Vraag n van ongeveer m": n counts up, m never below n
    assert [s["nummer"] for s in steps] == list(range(1, len(steps) + 1))
    assert all(s["ongeveer"] >= s["nummer"] for s in steps)
    ranks = sorted(i["rang"] for i in result["resultaten"])
    assert ranks == list(range(1, len(ranks) + 1))
    assert all(i["thema"] for i in result["resultaten"])


def test_a_question_is_never_asked_before_or_against_the_answer_it_depends_on(data):
    for person in (MOEDER, AOW_PAAR, STUDENT):
        _, asked, _ = run_check(data, person)
        for i, key in enumerate(asked):
            if key in ONLY_IF:
                known = {k: person.get(k) for k in asked[:i]}
                assert ONLY_IF[key][0] in known, (key, asked)
                assert not not_applicable(known, key), key


def test_the_engine_and_the_questionnaire_agree_on_which_question_waits_for_which():
    vragen = yaml.safe_load((ROOT / "vragen.yaml").read_text())["vragen"]
    written = {q["id"]: q["alleen_als"] for q in vragen if q.get("alleen_als")}
    assert written == {key: {"vraag": earlier, how: value}
                       for key, (earlier, how, value) in ONLY_IF.items()}
    assert {q["id"] for q in vragen} == set(ANSWER_KEYS)


def _households():
    """A spread of households: every situation the check can recognise, in both gemeenten."""
    base = {"leeftijd": 40, "partner": False, "kinderen": [], "woonsituatie": "huur",
            "kale_huur": 600, "inkomensbron": "loondienst", "netto_inkomen_maand": 1200,
            "toetsingsinkomen_jaar": 18000, "vermogen": 500, "schulden": False,
            "achterstanden": [], "nood": False, "ziek": False, "toeslagenaffaire": False,
            "beschermingsbewind": False, "jaren_laag_inkomen": 5, "aow_volledig": False}
    variants = [{}, {"kinderen": [3, 8, 14]}, {"leeftijd": 19}, {"leeftijd": 24},
                {"leeftijd": 62, "inkomensbron": "geen", "netto_inkomen_maand": 0},
                {"leeftijd": 70, "inkomensbron": "aow"},
                {"inkomensbron": "zzp"}, {"leeftijd": 58, "inkomensbron": "zzp"},
                {"inkomensbron": "geen", "netto_inkomen_maand": 0},
                {"inkomensbron": "uitkering", "uitkering": "ww"},
                {"inkomensbron": "uitkering", "uitkering": "bijstand"},
                {"inkomensbron": "uitkering", "uitkering": "wia", "ziek": True},
                {"leeftijd": 20, "inkomensbron": "uitkering", "uitkering": "wajong",
                 "ziek": True},
                {"inkomensbron": "studiefinanciering", "studie": "mbo", "leeftijd": 17},
                {"schulden": True, "achterstanden": ["huur", "energie", "zorgverzekering"],
                 "zorgpremie_achterstand_maanden": 8, "beschermingsbewind": True},
                {"nood": True, "woonsituatie": "geen-vaste-woonplek"},
                {"leeftijd": 19, "inkomensbron": "geen", "netto_inkomen_maand": 0},
                {"leeftijd": 24, "schulden": True, "achterstanden": ["overig"]},
                {"inkomensbron": "uitkering", "uitkering": "bijstand", "schulden": True,
                 "achterstanden": ["zorgverzekering"], "zorgpremie_achterstand_maanden": 8},
                {"toeslagenaffaire": True, "kinderen": [6]},
                {"partner": True, "partner_leeftijd": 40, "inkomensbron": "uitkering",
                 "uitkering": "ww"}]
    for gemeente, variant in itertools.product(("den-haag", "zoetermeer"), variants):
        yield {**base, **variant, "gemeente": gemeente}


def test_every_published_regeling_appears_for_some_household(catalog, data):
    seen = set()
    for answers in _households():
        result = evaluate(data["rules"], answers, DAY, data["texts"], data["format"])
        seen |= {i["regeling"] for i in result["resultaten"] if i["status"] != "nee"}
    published = {r.id for r in catalog.regelingen.values() if is_published(r)}
    assert published - seen == set()
    summary = coverage(catalog)
    assert summary["beoordeeld"] == summary["totaal"] == len(published)
