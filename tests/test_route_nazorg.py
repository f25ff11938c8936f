"""What the policy documents ask and the routes now serve: help after schuldhulp (the nazorg
letter, RIS324149) for residents, and a professional's route for someone without money for food
(Den Haag's toolbox: voedselbank, Stek, boodschappenbonnen)."""
from __future__ import annotations

from site_builder.data.catalog import load_catalog
from tests.conftest import ROOT, TODAY


def _outcomes_after(flow, answer_words: str):
    """The outcomes a reader can reach after the answer containing *answer_words*."""
    target = next(to for step in flow.steps.values() for text, to in step.antwoorden
                  if answer_words in text)
    return [flow.steps[s] for s in flow.order(target) if flow.steps[s].soort == "uitkomst"]


def test_a_resident_whose_schuldhulp_ends_is_sent_to_aftercare_not_to_a_new_intake():
    catalog, _ = load_catalog(ROOT, TODAY)
    outcomes = _outcomes_after(catalog.flows["inwoners-geldzorgen"], "schuldhulp")
    assert [o.id for o in outcomes] == ["na-schuldhulp-den-haag"]
    step = outcomes[0]
    assert "dh-nazorg-schuldhulp" in step.regelingen
    assert "helpdesk-geldzaken" in step.loketten
    assert "geen schande" in step.tekst          # non-blaming: coming back is normal


def test_aftercare_regeling_is_marked_unconfirmed_and_dated_by_its_letter():
    catalog, _ = load_catalog(ROOT, TODAY)
    regeling = catalog.regelingen["dh-nazorg-schuldhulp"]
    assert regeling.status == "te-controleren"
    assert any("RIS324149" in b.titel and str(b.datum) == "2026-03-24"
               for b in regeling.bronnen)
    # the schuldhulp page points to it, so a resident finds it from where they already are
    assert "dh-nazorg-schuldhulp" in catalog.regelingen["dh-schuldhulpverlening"].zie_ook


def test_professional_meeting_someone_without_food_money_gets_same_day_options():
    catalog, _ = load_catalog(ROOT, TODAY)
    outcomes = _outcomes_after(catalog.flows["professionals-den-haag"], "eten")
    assert [o.id for o in outcomes] == ["broodnood"]
    step = outcomes[0]
    assert {"voedselbank", "dh-stek-noodhulp"} <= set(step.regelingen)
    assert "voedselbank-haaglanden" in step.loketten
    # the vouchers are named as the documents describe them, and not promised as available
    assert "boodschappenbonnen" in step.tekst and "of zulke bonnen er nu zijn" in step.tekst


def test_aftercare_page_and_route_step_are_built_in_every_variant(built_site):
    for prefix in ("", "a2/", "ar/", "tr/", "en/"):
        page = built_site / prefix / "regelingen" / "dh-nazorg-schuldhulp" / "index.html"
        assert page.exists(), page
        step = built_site / prefix / "routes" / "inwoners-geldzorgen" / \
            "na-schuldhulp-den-haag" / "index.html"
        assert 'href="../../../regelingen/dh-nazorg-schuldhulp/"' in \
            step.read_text(encoding="utf-8"), step
    html = (built_site / "regelingen" / "dh-nazorg-schuldhulp" / "index.html").read_text(
        encoding="utf-8")
    assert "nog niet bevestigd" in html.lower()
