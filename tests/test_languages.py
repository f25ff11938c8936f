"""Five variants done properly: language of every page, fuzzy on change, status, readability,
right-to-left rendering."""
from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from site_builder.language.i18n import VARIANTS, po_path
from site_builder.language.workflow import extract, status, update
from tests.language_check import dutch_sentences, main_text
from site_builder.language.readability import score, simpler
from tests.conftest import ROOT, TODAY


@pytest.mark.parametrize("variant", ["ar", "tr", "en"])
def test_no_dutch_sentences_on_any_page(built_site, variant):
    pages = sorted((built_site / variant).rglob("index.html"))
    assert len(pages) > 100
    offenders = {}
    for path in pages:
        found = dutch_sentences(main_text(path.read_text(encoding="utf-8")))
        if found:
            offenders[str(path.relative_to(built_site))] = found[:2]
    assert offenders == {}


def test_language_check_can_fail(built_site):
    page = built_site / "regelingen" / "zorgtoeslag" / "index.html"
    assert dutch_sentences(main_text(page.read_text(encoding="utf-8")))


def test_every_variant_is_completely_translated():
    rows = status(ROOT)
    assert [(r.variant, r.missing, r.fuzzy) for r in rows] == \
        [(v.code, 0, 0) for v in VARIANTS if not v.is_source]


def test_changing_one_dutch_sentence_makes_exactly_its_translations_fuzzy(repo, tmp_path):
    from site_builder.data.catalog import load_catalog
    from site_builder.build.site import build_site

    path = repo / "regelingen/landelijk/zorgtoeslag.yaml"
    old = "U hebt een Nederlandse zorgverzekering."
    path.write_text(path.read_text().replace(old, "U hebt een zorgverzekering in Nederland."))
    catalog, problems = load_catalog(repo, TODAY)
    assert not problems.errors
    extract(repo, catalog)
    update(repo)
    for variant in VARIANTS:
        if variant.is_source:
            continue
        with po_path(repo, variant.code, "content").open("rb") as handle:
            po = read_po(handle)
        fuzzy = [(m.context, m.id) for m in po if m.id and m.fuzzy]
        assert fuzzy == [("regeling:zorgtoeslag", "U hebt een zorgverzekering in Nederland.")]
    out = tmp_path / "site"
    build_site(repo, out, progress=lambda *_: None, today=TODAY)
    changed = (out / "en/regelingen/zorgtoeslag/index.html").read_text(encoding="utf-8")
    other = (out / "en/regelingen/huurtoeslag/index.html").read_text(encoding="utf-8")
    assert "rk-notice--fuzzy" in changed
    assert "rk-notice--fuzzy" not in other


def test_a2_is_simpler_than_b1_on_every_text():
    with po_path(ROOT, "a2", "content").open("rb") as handle:
        po = read_po(handle)
    texts = [m for m in po if m.id and m.string]
    assert len(texts) > 1000
    harder = [m.context + ": " + m.id[:60] for m in texts if not simpler(m.string, m.id)]
    assert harder == []
    mean = lambda values: sum(values) / len(values)  # noqa: E731
    assert mean([score(m.string).mean_sentence for m in texts]) < \
        mean([score(m.id).mean_sentence for m in texts])


@pytest.mark.parametrize("path", ["ar/regelingen/zorgtoeslag/", "ar/routes/inwoners-geldzorgen/begin/",
                                  "ar/loketten/dienst-toeslagen/"])
def test_arabic_pages_render_right_to_left(browser, site_url, path, tmp_path):
    page = browser.new_page(viewport={"width": 412, "height": 915})
    page.goto(f"{site_url}/{path}")
    page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
    box = page.locator("article h1").bounding_box()
    assert box["x"] + box["width"] > 412 * 0.85          # heading hugs the right edge
    text_align = page.evaluate("getComputedStyle(document.querySelector('article h1')).textAlign")
    assert text_align in ("start", "right")
    for phone in page.locator("a[dir=ltr]").all():        # numbers keep their order
        assert phone.evaluate("a => getComputedStyle(a).direction") == "ltr"
    page.close()


def test_arabic_checker_results_render_right_to_left(browser, site_url):
    from tests.checker_driver import answer_all

    page = browser.new_page(viewport={"width": 412, "height": 915})
    page.goto(f"{site_url}/ar/check/")
    answer_all(page)
    card = page.locator("#rk-checker section.rk-resultaat").first
    assert card.evaluate("e => getComputedStyle(e).direction") == "rtl"
    page.screenshot(path="/tmp/rk-ar-checker.png", full_page=True)
    page.close()


def test_arabic_catalog_uses_cldr_plural_order():
    for domain in ("messages", "content"):
        with po_path(ROOT, "ar", domain).open("rb") as handle:
            po = read_po(handle)
        assert po.num_plurals == 6
        assert po.plural_expr.endswith("n%100>=11 ? 4 : 5)")


def test_typed_amount_in_a_translation_is_refused(repo):
    from site_builder.data.catalog import load_catalog
    from site_builder.language.i18n import check_translations

    path = po_path(repo, "en", "content")
    text = path.read_text(encoding="utf-8")
    start = text.index('msgctxt "regeling:zorgtoeslag"')
    at = text.index('msgstr "', start) + len('msgstr "')
    path.write_text(text[:at] + "Only € 40 left. " + text[at:], encoding="utf-8")
    catalog, _ = load_catalog(repo, TODAY)
    found = [p.message for p in check_translations(repo, catalog).errors]
    assert "de vertaling bevat een bedrag dat niet in het Nederlands staat." in found
