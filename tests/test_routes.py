"""Routekaarten: one broken fixture per graph check; real routes crawled without JavaScript;
PDFs for every route and language carry the route's loketten."""
from __future__ import annotations

import re
import shutil
from urllib.parse import urljoin

import pytest

from site_builder.data.catalog import load_catalog
from site_builder.language.i18n import VARIANTS
from tests.conftest import FIXTURES, ROOT, TODAY

ROUTE = "flows/test-route.yaml"
CASES = {
    "unknown-node": f"{ROUTE}:18:15: stappen.begin.antwoorden[1].naar: de stap 'eindee' bestaat "
                    "niet. Bedoelt u 'einde'?",
    "duplicate-node": f"{ROUTE}:24:3: stappen.advies: de stap 'advies' staat twee keer in dit "
                      "blok (eerst op regel 19). Haal een van de twee weg of geef een andere "
                      "naam.",
    "unreachable": f"{ROUTE}:31:5: stappen.los: de stap 'los' is vanaf de start niet te "
                   "bereiken. Verwijs ernaar vanuit een andere stap, of haal hem weg.",
    "dead-end": f"{ROUTE}:20:5: stappen.advies: de stap 'advies' loopt dood: er gaat geen pad "
                "verder. Geef een 'naar' of antwoorden, of maak het een 'uitkomst'.",
    "too-few-answers": f"{ROUTE}:11:5: stappen.begin: de vraag 'begin' heeft 1 antwoord(en); "
                       "een vraag heeft er minstens twee. Maak er een advies van (met 'naar') "
                       "of voeg een antwoord toe.",
    "cycle": f"{ROUTE}:20:5: stappen.advies: de route loopt in een kring: begin → advies → "
             "begin. Een route gaat altijd vooruit naar een uitkomst.",
    "unknown-regeling": f"{ROUTE}:28:18: stappen.einde.regelingen[0]: de regeling "
                        "'test-regelingg' bestaat niet. Bedoelt u 'test-regeling'?",
    "unknown-loket": f"{ROUTE}:29:16: stappen.einde.loketten[0]: het loket 'test-lokt' bestaat "
                     "niet. Bedoelt u 'test-loket'?",
}


def _errors(root):
    _catalog, problems = load_catalog(root, TODAY)
    return [p.format() for p in problems.sorted() if p.severity == "fout"]


def test_good_route_validates(minimal):
    (minimal / "flows").mkdir()
    shutil.copy(FIXTURES / "flows" / "good.yaml", minimal / ROUTE)
    assert _errors(minimal) == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_graph_check_rejects_its_fixture(minimal, case):
    (minimal / "flows").mkdir()
    shutil.copy(FIXTURES / "flows" / f"broken-{case}.yaml", minimal / ROUTE)
    assert _errors(minimal) == [CASES[case]]


def test_real_routes_validate():
    catalog, problems = load_catalog(ROOT, TODAY)
    assert [p.format() for p in problems.errors] == []
    assert catalog.flows


@pytest.mark.parametrize("variant", [v.prefix for v in VARIANTS])
def test_every_step_is_reachable_by_links_without_javascript(browser, site_url, variant):
    catalog, _ = load_catalog(ROOT, TODAY)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    for flow in catalog.flows.values():
        start = f"{site_url}/{variant}routes/{flow.id}/{flow.start}/"
        seen, queue = set(), [start]
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            response = page.goto(url)
            assert response.status == 200, url
            for href in page.locator("article a").evaluate_all("as => as.map(a => a.href)"):
                if f"/{variant}routes/{flow.id}/" in href and href.rstrip("/").split("/")[-1] \
                        in flow.steps:
                    queue.append(urljoin(url, href))
        expected = {f"{site_url}/{variant}routes/{flow.id}/{s}/" for s in flow.steps}
        assert seen == expected, flow.id
    context.close()


def test_pdfs_exist_for_every_route_and_language_and_name_the_loketten(built_site):
    """Every route has a PDF per language; its text names each loket of the route (by name in
    Dutch, and in every language by its web address and phone number, which are never
    translated), so a printed route always tells the reader where to go."""
    from pypdf import PdfReader

    catalog, _ = load_catalog(ROOT, TODAY)
    for flow in catalog.flows.values():
        ids = {i for s in flow.steps.values()
               for i in list(s.loketten) + [x for v in s.per_gemeente.values() for x in v]}
        loketten = [catalog.loketten[i] for i in ids]
        for variant in VARIANTS:
            path = (built_site / variant.prefix / "routes" / flow.id /
                    f"{flow.id}-{variant.code}.pdf")
            assert path.exists(), path
            text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
            compact = re.sub(r"\s+", "", text)
            for loket in loketten:
                assert re.sub(r"\s+", "", loket.website.split("://", 1)[1]) in compact, \
                    (path.name, loket.id)
                if loket.telefoon:
                    assert re.sub(r"\s+", "", loket.telefoon) in compact, (path.name, loket.id)
                if variant.is_source:
                    assert loket.naam in re.sub(r"\s+", " ", text), (path.name, loket.naam)


def test_route_overview_has_diagram_and_step_list(built_site):
    catalog, _ = load_catalog(ROOT, TODAY)
    for flow in catalog.flows.values():
        html = (built_site / "routes" / flow.id / "index.html").read_text(encoding="utf-8")
        assert 'src="diagram.svg"' in html
        svg = (built_site / "routes" / flow.id / "diagram.svg").read_text(encoding="utf-8")
        assert "<script" not in svg and "http://www.w3.org/2000/svg" in svg
        for step in flow.steps.values():
            assert f'href="{step.id}/"' in html or f'href="./{step.id}/"' in html


def test_stale_route_warns_like_a_stale_regeling(minimal):
    (minimal / "flows").mkdir()
    text = (FIXTURES / "flows" / "good.yaml").read_text().replace("2026-11-01", "2025-01-15")
    (minimal / ROUTE).write_text(text)
    _catalog, problems = load_catalog(minimal, TODAY)
    assert [p.format() for p in problems.warnings] == [
        f"{ROUTE}:6:19: gecontroleerd_op: waarschuwing: deze route is voor het laatst "
        "gecontroleerd op 2025-01-15, langer dan twaalf maanden geleden. Loop de route na en zet "
        "de datum van vandaag."]
