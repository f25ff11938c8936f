"""A real build of the real repository: five variants, figures, safety, atomicity."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from site_builder.language.i18n import VARIANTS
from site_builder.build.postprocess import check_offline
from site_builder.build.site import BuildFailed, build_site
from tests.conftest import TODAY


def html(site: Path, rel: str) -> str:
    return (site / rel / "index.html").read_text(encoding="utf-8").replace("\xa0", " ")


def test_five_variants_with_language_and_direction(built_site):
    for variant in VARIANTS:
        page = html(built_site, variant.prefix + "regelingen/zorgtoeslag")
        assert f'<html lang="{variant.theme}"' in page
        direction = "rtl" if variant.code == "ar" else "ltr"
        assert re.search(rf'<body dir="{direction}"', page), variant.code
        assert (built_site / variant.prefix / "search" / "search_index.json").exists()


def test_every_regeling_and_loket_has_a_page_in_every_variant(built_site):
    from site_builder.data.catalog import load_catalog
    from tests.conftest import ROOT

    catalog, _ = load_catalog(ROOT, TODAY)
    for variant in VARIANTS:
        for rid in catalog.regelingen:
            assert (built_site / variant.prefix / "regelingen" / rid / "index.html").exists()
        for lid in catalog.loketten:
            assert (built_site / variant.prefix / "loketten" / lid / "index.html").exists()


def test_regeling_page_shows_figures_year_source_and_check_date(built_site):
    page = html(built_site, "regelingen/zorgtoeslag")
    assert "€ 40.857" in page and "€ 51.142" in page          # 2026 limits, from parameters
    assert "1 januari 2026" in page                            # the year the figures apply
    assert "belastingdienst.nl/wps/wcm/connect/nl/zorgtoeslag" in page
    assert "Gecontroleerd op" in page and 'datetime="2026-11-23"' in page
    # an unconfirmed figure stays marked on its page (the SunZ gift, whose page states no date);
    # every zorgtoeslag and kindgebonden budget figure now has a (secondary) source
    assert "nog niet bevestigd" in html(built_site, "regelingen/zm-sociaal-leenfonds-sunz")
    assert "nog niet bevestigd" not in html(built_site, "regelingen/kindgebonden-budget")


def test_norm_percentages_are_computed_from_the_shared_norm(built_site):
    page = html(built_site, "regelingen/dh-ooievaarspas")
    # 130 % of the 2026 bijstandsnorm for a single person (1401,51) = 1821,96
    assert "€ 1.821,96" in page


def test_arabic_amounts_use_arabic_locale_format(built_site):
    page = html(built_site, "ar/regelingen/zorgtoeslag")
    assert "40,857" in page


def test_no_page_loads_anything_from_another_host(built_site):
    assert check_offline(built_site) == []
    for path in built_site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "unpkg.com" not in text, path


def test_every_page_has_a_content_security_policy(built_site):
    for path in built_site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert 'http-equiv="Content-Security-Policy"' in text, path
        assert "script-src 'self'" in text, path


def test_language_switcher_links_to_the_same_page(built_site):
    page = html(built_site, "ar/regelingen/zorgtoeslag")
    links = re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', page)
    targets = {lang: href for href, lang in links}
    assert targets["nl"] == "../../../regelingen/zorgtoeslag/"
    assert targets["en"] == "../../../en/regelingen/zorgtoeslag/"


def _tree_digest(path: Path) -> dict:
    return {str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(path.rglob("*")) if p.is_file()}


def test_failed_build_leaves_previous_site_byte_for_byte(repo, tmp_path):
    out = tmp_path / "site"
    build_site(repo, out, progress=lambda *_: None, today=TODAY)
    before = _tree_digest(out)
    broken = repo / "regelingen/landelijk/zorgtoeslag.yaml"
    broken.write_text(broken.read_text().replace("soort: toeslag", "soort: toeslagg"))
    with pytest.raises(BuildFailed) as failure:
        build_site(repo, out, progress=lambda *_: None, today=TODAY)
    assert any("toeslagg" in p.message for p in failure.value.problems.errors)
    assert _tree_digest(out) == before
    assert not list(tmp_path.glob(".site-*"))


def test_every_figure_on_every_page_is_traceable_to_a_sourced_parameter(built_site):
    """Each amount in a text is a placeholder span that names its parameter, its source and
    the date it applies from; and no page shows a euro amount outside such a span or the
    figures table (whose rows link their source)."""
    from site_builder.data.catalog import load_catalog
    from tests.conftest import ROOT

    catalog, _ = load_catalog(ROOT, TODAY)
    sources = {w.bron for _owner, params in catalog.all_parameters() for p in params
               for w in p.waarden}
    span = re.compile(r'<span class="rk-bedrag" data-parameter="([^"]+)" data-bron="([^"]*)" '
                      r'data-vanaf="([^"]*)">([^<]*)</span>')
    example = re.compile(r'<span class="rk-voorbeeldbedrag" data-parameters="([^"]+)" '
                         r'data-bronnen="([^"]*)" data-vanaf="([^"]*)">([^<]*)</span>')
    checked = examples = 0
    for path in built_site.rglob("index.html"):
        text = path.read_text(encoding="utf-8").replace("\xa0", " ")
        for _name, source, since, shown in span.findall(text):
            assert source in sources and since, (path, shown)
            checked += 1
        body = span.sub("", text)
        for names, bronnen, since, shown in example.findall(body):
            assert names and since and set(bronnen.split()) <= sources, (path, shown)
            assert all(catalog.parameter(None, n) or any(n in r.parameters for r in
                       catalog.regelingen.values()) for n in names.split()), (path, names)
            examples += 1
        for table in re.findall(r'<table class="rk-voorbeelden">.*?</table>', body, flags=re.S):
            for cell in re.findall(r"<tr><td>.*?</td><td>(.*?)</td></tr>", table, flags=re.S):
                assert not re.search(r"\d", example.sub("", cell)), (path, cell)
        # the first column holds example answers (an income, a rent), not facts
        body = re.sub(r'<table class="rk-voorbeelden">.*?</table>', "", body, flags=re.S)
        body = re.sub(r'<table class="rk-bedragen">.*?</table>', "", body, flags=re.S)
        body = re.sub(r"<script.*?</script>|<style.*?</style>", "", body, flags=re.S)
        assert not re.search(r"€ ?\d", body), path
    assert checked > 20
    assert examples >= 5 * 10   # example amounts in all five variants


@pytest.mark.parametrize("rel,heading,first", [
    # the SVB's amount per quarter for a child of 3 from 1 July 2026 (see test_amounts.py)
    ("regelingen/kinderbijslag", "Ongeveer per kwartaal", "€ 298,40"),
    # Zoetermeer pays EUR 552 to a single person, once a year (see test_amounts_lokaal.py)
    ("regelingen/zm-individuele-inkomenstoeslag", "Ongeveer per jaar", "€ 552"),
    ("regelingen/zorgtoeslag", "Ongeveer per maand", None),
    # the young person's norm per 1 January 2026 (normen/bijstandsnorm.yaml), nothing earned
    ("regelingen/bijstand-jongeren-18-20", "Ongeveer per maand", "€ 345,99"),
])
def test_example_amounts_are_shown_as_the_money_comes(built_site, rel, heading, first):
    page = html(built_site, rel)
    (table,) = re.findall(r'<table class="rk-voorbeelden">.*?</table>', page, flags=re.S)
    assert f'<th scope="col">{heading}</th>' in table
    cells = re.findall(r'<span class="rk-voorbeeldbedrag"[^>]*>([^<]*)</span>', table)
    assert cells and (first is None or cells[0] == first), cells


@pytest.mark.parametrize("rel,ages", [("regelingen/bijstand-jongeren-18-20", {"19"}),
                                      ("regelingen/bijstand-levensonderhoud", {"35"}),
                                      ("regelingen/aio-aanvulling", {"70"})])
def test_example_households_are_of_the_regelings_own_age_group(built_site, rel, ages):
    """A 35-year-old is no example for the AIO (from the AOW age): such rows only said
    'geen'."""
    (table,) = re.findall(r'<table class="rk-voorbeelden">.*?</table>', html(built_site, rel),
                          flags=re.S)
    labels = re.findall(r"<tr><td>(.*?)</td>", table)
    assert labels and {re.search(r"(\d+) jaar", label).group(1) for label in labels} == ages


def test_translation_notice_never_breaks_the_front_matter(built_site):
    for variant in ("ar", "en", "tr", "a2"):
        for rel in ("regelingen/zorgtoeslag", "routes/inwoners-geldzorgen", "check"):
            page = html(built_site, f"{variant}/{rel}")
            assert "title:" not in re.sub(r"<head>.*?</head>", "", page, flags=re.S), (variant, rel)


def test_preview_build_uses_that_dates_figures_and_says_so(repo, tmp_path, built_site):
    import datetime as dt

    out = tmp_path / "site"
    build_site(repo, out, peildatum=dt.date(2025, 3, 1), progress=lambda *_: None, today=TODAY)
    page = html(out, "regelingen/zorgtoeslag")
    assert "Voorbeeld: zo leest deze site op 1 maart 2025" in page
    current = page.split("rk-geschiedenis", 1)[0]               # texts and the figures table
    assert "€ 39.719" in current and "€ 40.857" not in current  # the 2025 limits, not 2026
    assert 'class="rk-voorbeeld"' not in html(built_site, "regelingen/zorgtoeslag")  # normal build
