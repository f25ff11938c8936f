"""The editors' yearly work: jaarovergang, filling in figures, a preview, what changes."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from site_builder.engine.core import evaluate
from tests.conftest import TODAY
from tests.editing import ZORGTOESLAG, key_line, run

def test_jaarovergang_lists_missing_figures_with_file_and_line(repo):
    result = run(["jaarovergang", "2027"], repo)
    assert result.returncode == 0, result.stderr
    line = key_line(repo / ZORGTOESLAG, "inkomensgrens_alleen")
    assert re.search(rf"^  {re.escape(ZORGTOESLAG)}:{line}:\d+: zorgtoeslag · "
                     r"inkomensgrens_alleen .*geen waarde vanaf 2027-01-01; laatste waarde "
                     r"40857 vanaf 2026-01-01\.$", result.stdout, re.M), result.stdout
    # a closed regeling needs no new figures
    assert "noodfonds" not in result.stdout
    # doorlopende figures (the AOW age) keep their value and are not listed
    assert "aow · leeftijd" not in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_jaarovergang_reports_old_checks_and_expiring_values(minimal):
    regeling = next((minimal / "regelingen").glob("*/*.yaml"))
    text = regeling.read_text(encoding="utf-8")
    regeling.write_text(re.sub(r"gecontroleerd_op: .*", "gecontroleerd_op: 2025-06-30", text),
                        encoding="utf-8")
    norm = minimal / "normen" / "aow.yaml"
    norm_text = norm.read_text(encoding="utf-8")
    last = norm_text.rstrip("\n").splitlines()[-1]
    indent = last[: len(last) - len(last.lstrip())]
    norm.write_text(norm_text.rstrip("\n") + f"\n{indent}tot: 2028-06-30\n", encoding="utf-8")
    result = run(["jaarovergang", "2028"], minimal)
    assert result.returncode == 0, result.stdout + result.stderr
    rel = regeling.relative_to(minimal).as_posix()
    assert re.search(rf"^  {re.escape(rel)}:\d+:\d+: voor het laatst gecontroleerd op "
                     "2025-06-30", result.stdout, re.M), result.stdout
    assert re.search(r"^  normen/aow\.yaml:\d+:\d+: aow · leeftijd: de waarde .* geldt tot en "
                     r"met 2028-06-30", result.stdout, re.M), result.stdout


def test_schrijf_prepares_marked_entries_once(repo):
    before = (repo / ZORGTOESLAG).read_text(encoding="utf-8")
    first = run(["jaarovergang", "2027", "--schrijf"], repo)
    assert first.returncode == 0, first.stderr
    after = (repo / ZORGTOESLAG).read_text(encoding="utf-8")
    assert after.startswith(before.split("parameters:")[0])           # the top is untouched
    yearly = len(re.findall(r"^    periode: jaar$", before, flags=re.M))
    assert yearly >= 6 and after.count("waarde:  # IN TE VULLEN") == yearly   # one per figure
    snapshot = {p: p.read_bytes() for p in repo.rglob("*.yaml")}
    second = run(["jaarovergang", "2027", "--schrijf"], repo)
    assert "Niets klaar te zetten" in second.stdout
    assert {p: p.read_bytes() for p in repo.rglob("*.yaml")} == snapshot
    validated = run(["validate"], repo)
    assert validated.returncode == 0, validated.stdout
    open_entries = re.findall(r"waarde: waarschuwing: het bedrag vanaf 2027-01-01 is nog niet "
                              "ingevuld", validated.stdout)
    missing = re.search(r"Bedragen zonder waarde vanaf 1 januari 2027: (\d+)", first.stdout)
    assert len(open_entries) == int(missing.group(1)) > 40


class _Tables(HTMLParser):
    """Rows of the tables under each h2 of a page: {h2 text: [[cell, ...], ...]}."""

    def __init__(self):
        super().__init__()
        self.sections: dict = {}
        self.current = None
        self.in_h2 = self.in_cell = False
        self.row: list | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self.in_h2, self.current = True, ""
        elif tag == "tr":
            self.row = []
        elif tag == "td" and self.row is not None:
            self.in_cell = True
            self.row.append("")

    def handle_endtag(self, tag):
        if tag == "h2":
            self.in_h2 = False
            self.current = self.current.strip().rstrip("¶").strip()
            self.sections.setdefault(self.current, [])
        elif tag == "td":
            self.in_cell = False
        elif tag == "tr" and self.row:
            self.sections.setdefault(self.current, []).append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.in_h2:
            self.current += data
        elif self.in_cell:
            self.row[-1] += data


def page(site: Path, rel: str) -> str:
    return (site / rel / "index.html").read_text(encoding="utf-8").replace("\xa0", " ")


def test_preview_pages_use_the_new_figures(turned_over):
    site = turned_over["site"]
    zorg = page(site, "regelingen/zorgtoeslag")
    assert "Voorbeeld: zo leest deze site op 1 januari 2027" in zorg
    assert "€ 41.500" in zorg
    # a figure still open shows last year's amount only with its year, never as current
    assert re.search(r"€ 184\.633[^<]*\(bedrag van 2026; het bedrag voor 2027 is nog niet "
                     r"bekend\)", zorg), "the old partner limit must carry its year"


def test_preview_checker_uses_2027_and_says_misschien_for_open_figures(turned_over):
    site = turned_over["site"]
    data = json.loads((site / "check" / "data.json").read_text(encoding="utf-8"))
    assert data["peildatum"] == "2027-01-01"

    def status(answers):
        result = evaluate(data["rules"], answers, data["peildatum"], data["texts"],
                          data["format"])
        return {r["regeling"]: r for r in result["resultaten"]}["zorgtoeslag"]

    alone = {"leeftijd": 30, "partner": False, "vermogen": 1000}
    # 41 400 is above the 2026 limit (40 857) and below the filled-in 2027 limit (41 500)
    assert status({**alone, "toetsingsinkomen_jaar": 41400})["status"] == "ja"
    assert status({**alone, "toetsingsinkomen_jaar": 41501})["status"] == "nee"
    # the partners' asset limit for 2027 is still open: never a hard answer from 2026
    together = {"leeftijd": 30, "partner": True, "partner_leeftijd": 31,
                "toetsingsinkomen_jaar": 45000, "vermogen": 1000}
    result = status(together)
    assert result["status"] == "misschien"
    assert any(r["uitkomst"] == "onbekend" and "2027" in r["tekst"] for r in result["redenen"])


def test_wat_verandert_er_lists_exactly_the_changed_figures(turned_over):
    site = turned_over["site"]
    parser = _Tables()
    parser.feed(page(site, "veranderingen/2027"))
    rows = {(section, row[0], row[1], row[2]) for section, table in parser.sections.items()
            for row in table}
    assert rows == {
        ("Zorgtoeslag", "Hoogste inkomen per jaar zonder toeslagpartner",
         "€ 40.857 per jaar", "€ 41.500 per jaar"),
        ("Zorgtoeslag", "Hoogste vermogen op 1 januari zonder toeslagpartner",
         "€ 146.011", "€ 150.000"),
        ("Bijstandsnorm", "Alleenstaande of alleenstaande ouder, 21 jaar tot AOW-leeftijd",
         "€ 1.401,51 per maand", "€ 1.430,50 per maand"),
    }
    text = page(site, "veranderingen/2027")
    assert "Bedragen die in 2027 gelijk blijven: 1." in text
    unknown = text.split('<h2 id="nog-niet-bekend">', 1)[1].split("<h2", 1)[0]
    assert "Hoogste vermogen op 1 januari met toeslagpartner" in unknown
    assert "Hoogste inkomen per jaar zonder toeslagpartner" not in unknown
    # every language variant has the page
    for variant in ("a2", "ar", "tr", "en"):
        assert (site / variant / "veranderingen" / "2027" / "index.html").exists()


def test_regeling_page_shows_the_history_of_its_figures(built_site):
    parser = _Tables()
    text = page(built_site, "regelingen/zorgtoeslag")
    history = text.split("rk-geschiedenis", 1)[1].split("</details>", 1)[0]
    for year, amount in (("2025", "€ 39.719"), ("2026", "€ 40.857")):
        assert re.search(rf'<td data-label="Geldt vanaf">1 januari {year}</td>'
                         rf'<td data-label="Bedrag">{re.escape(amount)} per jaar</td>',
                         history), (year, amount)
    parser.feed(page(built_site, "veranderingen/2026"))
    assert any(row[0] == "Hoogste inkomen per jaar zonder toeslagpartner"
               for table in parser.sections.values() for row in table)


@pytest.mark.parametrize("kind, folder, gebied, ident", [
    ("regeling", "regelingen", "den-haag", "dh-nieuwe-regeling"),
    ("loket", "loketten", "zoetermeer", "zm-nieuw-loket"),
])
def test_nieuw_scaffolds_a_valid_concept_with_every_field_explained(minimal, kind, folder,
                                                                    gebied, ident):
    from site_builder.data.schema.documents import SCHEMAS

    made = run(["nieuw", kind, gebied, ident], minimal)
    assert made.returncode == 0, made.stderr
    path = minimal / folder / gebied / f"{ident}.yaml"
    text = path.read_text(encoding="utf-8")
    for field in SCHEMAS[kind].fields:                 # every field is there, explained
        assert re.search(rf"^(# )?{field.key}:", text, re.M), field.key
        assert f"# {field.doc.split()[0]}" in text, field.key
    validated = run(["validate"], minimal)
    assert validated.returncode == 0, validated.stdout
    assert f"{folder}/{gebied}/{ident}.yaml" in validated.stdout
    assert "een concept en komt nog niet op de site" in validated.stdout
    # a concept is not published: the catalogue that every page is rendered from skips it
    from site_builder.data.catalog import load_catalog

    catalog, _ = load_catalog(minimal, TODAY)
    assert ident not in {**catalog.regelingen, **catalog.loketten}
    # ... and cannot be published while instructions are left in it
    path.write_text(text.replace("status: concept", "status: open"), encoding="utf-8")
    unfinished = run(["validate"], minimal)
    assert unfinished.returncode == 1
    assert re.search(rf"{folder}/{gebied}/{ident}\.yaml:\d+:\d+: naam: hier staat nog een "
                     "invulinstructie", unfinished.stdout), unfinished.stdout
    again = run(["nieuw", kind, gebied, ident], minimal)
    assert again.returncode == 1 and "bestaat al" in again.stderr
    assert "Traceback" not in again.stderr


def test_nieuw_refuses_unknown_gebied_and_bad_names(minimal):
    for args, reason in ((["regeling", "utrecht", "x-regeling"], "is geen gebied"),
                         (["loket", "den-haag", "Mijn Loket"], "is geen geldige naam")):
        result = run(["nieuw", *args], minimal)
        assert result.returncode == 1 and reason in result.stderr, result.stderr


def test_pre_commit_hook_refuses_a_commit_with_a_data_error(minimal):
    import os
    import shutil

    from tests.conftest import FIXTURES, ROOT

    shutil.copy(ROOT / ".pre-commit-config.yaml", minimal)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
           "PRE_COMMIT_HOME": str(minimal.parent / "pre-commit-cache"),
           "GIT_AUTHOR_NAME": "Redactie", "GIT_AUTHOR_EMAIL": "redactie@example.org",
           "GIT_COMMITTER_NAME": "Redactie", "GIT_COMMITTER_EMAIL": "redactie@example.org"}

    def git(*args):
        return subprocess.run(["git", *args], cwd=minimal, env=env, capture_output=True,
                              text=True, timeout=120)

    git("init", "-q")
    assert subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=minimal,
                          env=env, capture_output=True, text=True).returncode == 0
    git("add", "-A")
    good = git("commit", "-qm", "goede gegevens")
    assert good.returncode == 0, good.stdout + good.stderr
    target = "regelingen/landelijk/test-regeling.yaml"
    shutil.copy(FIXTURES / "broken" / "three-mistakes.yaml", minimal / target)
    git("add", "-A")
    bad = git("commit", "-qm", "fouten")
    assert bad.returncode != 0
    assert f"{target}:3:8: soort:" in bad.stdout + bad.stderr
    assert git("log", "--oneline").stdout.count("\n") == 1     # only the good commit
