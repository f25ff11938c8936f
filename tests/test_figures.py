"""Figures a professional can check: each figure with its source, the source's own date and the
day it was opened; the page "Bronnen en cijfers" and its open data (cijfers.csv, cijfers.json);
the warning for a figure that rests on an older source; the loket completeness summary."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil

import pytest
from babel.dates import format_date

from site_builder.data.catalog import load_catalog
from site_builder.data.errors import Problems
from site_builder.data.yamlio import is_date, load_document
from site_builder.language.i18n import VARIANTS, Translator
from tests.conftest import FIXTURES, ROOT, TODAY
from tests.test_cli import run

# The open data's columns are a promise to whoever reuses them: pinned here, never imported.
HEADER = ["regeling", "parameter", "eenheid", "vanaf", "tot", "waarde", "zekerheid", "bron",
          "bron_datum", "geraadpleegd"]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(ROOT, TODAY)[0]


def _page(site, rel: str) -> str:
    return (site / rel / "index.html").read_text(encoding="utf-8").replace("\xa0", " ")


def _values(catalog):
    return [(owner, param, value) for owner, params in catalog.all_parameters()
            for param in params for value in param.waarden]


def _item_with(page: str, span_start: str) -> str:
    """The <li> of the figures page that holds the figure whose span starts so."""
    for item in re.findall(r"<li>.*?</li>", page, flags=re.S):
        if span_start in item:
            return item
    raise AssertionError(f"geen cijfer met {span_start}")


def _span(param, value) -> str:
    return (f'<span class="rk-bedrag" data-parameter="{param.key}" data-bron="{value.bron}" '
            f'data-vanaf="{value.vanaf.isoformat()}">')


def _expected_dates(variant, value) -> list[str]:
    """What the figure's line must say about its source's date and the day it was opened."""
    ui = Translator(ROOT, variant).ui
    out = []
    if value.bron_datum == "geen datum":
        out.append(ui("bron zonder datum: {bron}").split("{bron}")[0])
    elif is_date(value.bron_datum):
        out.append(format_date(value.bron_datum, "long", locale=variant.babel))
    if value.geraadpleegd:
        out.append(format_date(value.geraadpleegd, "long", locale=variant.babel))
    return out


def test_figures_page_in_every_variant_lists_a_known_figure_with_its_source_and_dates(
        built_site, catalog):
    zorgtoeslag = catalog.regelingen["zorgtoeslag"]
    (param, value), = [(p, w) for p in zorgtoeslag.parameters.values() for w in p.waarden
                       if w.waarde == 40857 and w.vanaf.isoformat() == "2026-01-01"]
    dated = next((p, w) for _o, p, w in _values(catalog) if is_date(w.bron_datum))
    for variant in VARIANTS:
        page = _page(built_site, variant.prefix + "bronnen-en-cijfers")
        title = Translator(ROOT, variant).ui("Bronnen en cijfers")
        assert re.search(r"<h1[^>]*>" + re.escape(title), page), variant.code
        for known, shown in ((param, value), dated):
            item = _item_with(page, _span(known, shown))
            assert f'href="{shown.bron}"' in item, (variant.code, item)
            for text in _expected_dates(variant, shown):
                assert text in item, (variant.code, text, item)
        assert "40.857" in _item_with(_page(built_site, "bronnen-en-cijfers"),
                                      _span(param, value))
        # every figure of the catalogue is on the page, once
        assert page.count('class="rk-bedrag" data-parameter=') == len(_values(catalog))


def test_open_data_is_one_language_neutral_csv_and_json_at_the_root(built_site, catalog):
    raw = (built_site / "cijfers.csv").read_bytes().decode("utf-8")   # strict UTF-8
    rows = list(csv.reader(io.StringIO(raw)))
    assert rows[0] == HEADER
    values = _values(catalog)
    assert len(rows) - 1 == len(values) > 100
    written = {(r[0], r[1], r[3], r[5]) for r in rows[1:]}
    assert written == {(o.id, p.key, w.vanaf.isoformat(), str(w.waarde).removesuffix(".0"))
                       for o, p, w in values}
    dated = {(r[0], r[1], r[3]): r[8] for r in rows[1:]}
    for owner, param, value in values:
        expected = value.bron_datum.isoformat() if is_date(value.bron_datum) \
            else (value.bron_datum or "")
        assert dated[(owner.id, param.key, value.vanaf.isoformat())] == expected

    data = json.loads((built_site / "cijfers.json").read_text(encoding="utf-8"))
    assert data["velden"] == HEADER and len(data["cijfers"]) == len(rows) - 1
    for record, row in zip(data["cijfers"], rows[1:]):
        as_text = ["" if record[k] is None else str(record[k]) for k in HEADER]
        assert [c.removesuffix(".0") for c in as_text] == row
        assert set(record["omschrijving"]) == {v.code for v in VARIANTS}

    from site_builder.build.linkcheck import LinkChecker
    from site_builder.build.publish import REQUIRED

    assert {"cijfers.csv", "cijfers.json"} <= set(REQUIRED)
    checker = LinkChecker(built_site)
    for variant in VARIANTS:
        assert not (built_site / variant.prefix / "cijfers.csv").exists() or not variant.prefix
        source = built_site / variant.prefix / "bronnen-en-cijfers" / "index.html"
        links = re.findall(r'href="([^"]*cijfers\.(?:csv|json))"', source.read_text())
        assert sorted(checker.resolve(source.resolve(), link).name for link in links) == \
            ["cijfers.csv", "cijfers.json"]
        assert {checker.resolve(source.resolve(), link).parent for link in links} == \
            {built_site.resolve()}


def test_regeling_and_loket_pages_date_each_source(built_site, catalog):
    page = _page(built_site, "regelingen/zorgtoeslag")
    assert "geopend op 4 december 2026" in page
    history = page.split('<details class="rk-geschiedenis">')[1]
    assert "bron zonder datum: " in history or ", van " in history
    geldfit = catalog.loketten["geldfit"]
    source = next(b for b in geldfit.bronnen if is_date(b.datum))
    loket = _page(built_site, "loketten/geldfit")
    assert f", van {format_date(source.datum, 'long', locale='nl')}" in loket
    english = _page(built_site, "en/loketten/geldfit")
    assert f", dated {format_date(source.datum, 'long', locale='en')}" in english


def test_a_loket_without_a_counter_says_how_it_is_reached_in_every_variant(built_site,
                                                                            catalog):
    from site_builder.render.context import ZONDER_BALIE_TEXT

    loket = next(l for l in catalog.loketten.values() if l.geen_bezoekadres and not l.adres)
    dutch = ZONDER_BALIE_TEXT[loket.geen_bezoekadres]
    for variant in VARIANTS:
        text = Translator(ROOT, variant).ui(dutch)
        assert text in _page(built_site, f"{variant.prefix}loketten/{loket.id}"), variant.code
        assert variant.is_source or text != dutch


def test_professionals_reach_zoetermeer_route_and_the_figures_page(built_site, catalog):
    assert "professionals-zoetermeer" in catalog.flows
    for variant in VARIANTS:
        page = _page(built_site, variant.prefix + "ik-help-iemand")
        assert page.count('href="../routes/professionals-zoetermeer/"') == 2, variant.code
        assert 'href="../bronnen-en-cijfers/"' in page
        assert 'href="../bronnen-en-cijfers/"' in _page(built_site, variant.prefix + "over")


def test_validate_warns_for_a_source_older_than_the_figures_year_and_sums_up_loketten(
        tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "bronnen", repo)
    result = run(["validate"], repo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "regelingen/landelijk/test-regeling.yaml:39:21: parameters.bedrag.waarden[1].bron_datum:"
        " waarschuwing: het bedrag vanaf 2026-01-01 rust op een bron van 2023-05-02, van vóór "
        "2026. Zoek een bron die dit bedrag voor 2026 noemt en zet die met haar eigen datum bij "
        "'bron' en 'bron_datum'.",
        "Loketten: 2 van 3 met bezoekadres of 'geen_bezoekadres', 1 met openingstijden, "
        "2 met telefoon, 2 met een directe link",
        "5 bestanden gecontroleerd: 0 fouten, 1 waarschuwing.",
    ]


def test_a_figure_without_the_date_of_its_source_is_refused_at_its_own_line():
    """A filled-in value needs ``bron_datum``: a date or 'geen datum'; anything else, or
    nothing, is an error at that value (an open jaarovergang entry waits without one)."""
    from site_builder.data.schema.documents import WAARDE
    from site_builder.data.schema.fields import validate_mapping

    problems = Problems()
    doc = load_document(FIXTURES / "bron-datum.yaml", "bron-datum.yaml", problems)
    for i, value in enumerate(doc.data["parameters"]["bedrag"]["waarden"]):
        validate_mapping(WAARDE, value, doc, ("parameters", "bedrag", "waarden", i), problems)
    assert [(p.code, p.field, p.location.line) for p in problems.items] == [
        ("brondatum-ontbreekt", "parameters.bedrag.waarden[0].bron_datum", 8),
        ("verkeerd-type", "parameters.bedrag.waarden[3].bron_datum", 25)]
    assert "'geen datum'" in problems.items[0].hint and "'geen datum'" in problems.items[1].hint


def test_every_value_in_regelingen_and_normen_has_bron_datum():
    problems = Problems()
    missing = []
    for folder in ("regelingen", "normen"):
        for path in sorted((ROOT / folder).rglob("*.yaml")):
            doc = load_document(path, path.relative_to(ROOT).as_posix(), problems)
            params = (doc.data or {}).get("parameters") or {} if doc else {}
            for key, param in params.items():
                for i, value in enumerate((param or {}).get("waarden") or []):
                    # an entry `jaarovergang --schrijf` prepared has no figure (and no source) yet
                    if value.get("waarde") is not None and "bron_datum" not in value:
                        missing.append(f"{doc.path}: parameters.{key}.waarden[{i}]")
    assert missing == [], f"{len(missing)} waarden zonder bron_datum:\n" + "\n".join(missing)
