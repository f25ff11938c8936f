"""The command line as editors use it: exit codes, output, never a traceback."""
from __future__ import annotations

import shutil
import subprocess
import sys

from tests.conftest import FIXTURES, ROOT

TARGET = "regelingen/landelijk/test-regeling.yaml"


def run(args, cwd):
    return subprocess.run([sys.executable, "-m", "site_builder.cli", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_validate_three_mistakes_prints_three_located_problems(minimal):
    shutil.copy(FIXTURES / "broken" / "three-mistakes.yaml", minimal / TARGET)
    result = run(["validate"], minimal)
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert [line.split(": ")[0] for line in lines[:3]] == [
        f"{TARGET}:3:8", f"{TARGET}:13:16", f"{TARGET}:31:10"]
    assert lines[-1] == "3 bestanden gecontroleerd: 3 fouten, 0 waarschuwingen."
    assert "Traceback" not in result.stdout + result.stderr


def test_validate_ok_exits_zero(minimal):
    result = run(["validate"], minimal)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().splitlines() == [
        "Loketten: 0 van 1 met bezoekadres of 'geen_bezoekadres', 1 met openingstijden, "
        "1 met telefoon, 0 met een directe link",
        "Alles in orde: 3 bestanden gecontroleerd, geen fouten."]


def test_every_broken_fixture_fails_without_traceback(minimal):
    for fixture in sorted((FIXTURES / "broken").glob("*.yaml")):
        shutil.copy(fixture, minimal / TARGET)
        result = run(["validate"], minimal)
        assert result.returncode == 1, fixture.name
        assert "Traceback" not in result.stdout + result.stderr, fixture.name


def test_binary_and_empty_files_are_reported(minimal):
    (minimal / TARGET).write_bytes(b"\xff\xfe\x00garbage")
    empty = minimal / "loketten/landelijk/leeg.yaml"
    empty.write_text("")
    result = run(["validate"], minimal)
    assert result.returncode == 1
    assert "loketten/landelijk/leeg.yaml:1:1: het bestand is leeg." in result.stdout
    assert f"{TARGET}:1:1: het bestand is geen UTF-8-tekst: het teken op deze plek (byte 0xff) " \
        "is in een andere tekenset opgeslagen. Sla het bestand op als UTF-8." in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_sitecontrole_needs_a_built_site_and_reports_broken_links(tmp_path):
    empty = run(["sitecontrole", "--uit", str(tmp_path / "leeg")], tmp_path)
    assert empty.returncode == 1 and "bouw eerst" in empty.stderr
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<!doctype html><html lang="nl"><head><title>t</title>'
                                     '</head><body><a href="weg/">x</a></body></html>')
    broken = run(["sitecontrole", "--uit", str(site)], tmp_path)
    assert broken.returncode == 1
    assert "index.html: link naar 'weg/' bestaat niet" in broken.stdout
    assert "Traceback" not in broken.stderr


def _check(tmp_path, content, *extra):
    answers = tmp_path / "antwoorden.json"
    (answers.write_bytes if isinstance(content, bytes) else answers.write_text)(content)
    return run(["check", "--antwoorden", str(answers), *extra], ROOT)


def test_check_refuses_hostile_answers_briefly_in_dutch_and_as_json(tmp_path):
    import json

    cases = {
        '{"leeftijd": 1e999}': "Een getal in de antwoorden is te groot (oneindig). Schrijf een "
                               "gewoon getal.",
        '{"leeftijd": Infinity}': "'Infinity' is geen getal dat we kunnen gebruiken. Schrijf "
                                  "een gewoon getal, of null als u het niet weet.",
        "[" * 100_000: "De antwoorden zitten meer dan 8 lagen diep in elkaar; zo ziet een "
                       "antwoordbestand er niet uit.",
        '{"leeftijd": 30, "leeftijd": 31}': "De vraag 'leeftijd' staat twee keer in de "
                                            "antwoorden. Laat er één staan.",
        '{"leeftijd": "' + "x" * 50_000_000 + '"}': "Het antwoordbestand is te groot (meer "
                                                   "dan 1 MB); een antwoordbestand is een "
                                                   "paar honderd tekens.",
        '{"leeftijd": "dertig"}': "'leeftijd': 'dertig' kunnen we niet als getal lezen. "
                                  "Schrijf alleen cijfers, bijvoorbeeld 1650 of 1650,50.",
    }
    for content, message in cases.items():
        plain = _check(tmp_path, content)
        assert plain.returncode == 2 and plain.stdout == ""
        assert plain.stderr.strip().endswith(": " + message), plain.stderr[:300]
        assert len(plain.stderr) < 500 and "Traceback" not in plain.stderr
        as_json = _check(tmp_path, content, "--json")
        assert as_json.returncode == 2
        assert json.loads(as_json.stdout) == {"fouten": [message]}


def test_check_reads_typed_amounts_and_refuses_a_peildatum_outside_the_data(tmp_path):
    import json

    typed = _check(tmp_path, '{"leeftijd": "34 jaar", "netto_inkomen_maand": "€ 1.650,-"}',
                   "--json", "--peildatum", "2026-06-01")
    assert typed.returncode == 0, typed.stderr
    assert json.loads(typed.stdout)["peildatum"] == "2026-06-01"
    for day in ("1900-01-01", "9999-01-01"):
        late = _check(tmp_path, '{"leeftijd": 30}', "--json", "--peildatum", day)
        assert late.returncode == 2
        (message,) = json.loads(late.stdout)["fouten"]
        assert message.startswith(f"De peildatum {day} ligt buiten de jaren waarvoor de site "
                                  "bedragen heeft")


def test_validate_prints_errors_first_and_readability_as_one_line(repo):
    path = repo / "regelingen/landelijk/zorgtoeslag.yaml"
    path.write_text(path.read_text().replace("soort: toeslag", "soort: toelsag", 1))
    result = run(["validate"], repo)
    lines = result.stdout.splitlines()
    assert result.returncode == 1 and lines[0].startswith(
        "regelingen/landelijk/zorgtoeslag.yaml:")
    assert "toelsag" in lines[0]
    assert sum("leesbaarheid:" in line for line in lines) == 0
    assert any(line.endswith("'routekaart validate --leesbaarheid' toont ze.") for line in lines)
    every = run(["validate", "--leesbaarheid"], repo).stdout
    assert every.count("leesbaarheid:") > 10


def test_check_names_each_amount_as_the_money_comes(tmp_path):
    """Kinderbijslag is paid per quarter (with its monthly share alongside), the individuele
    inkomenstoeslag of Zoetermeer once a year, huurtoeslag per month."""
    import json

    household = {"gemeente": "zoetermeer", "leeftijd": 38, "partner": False,
                 "kinderen": [2, 10, 15], "woonsituatie": "huur", "kale_huur": 850,
                 "inkomensbron": "uitkering", "netto_inkomen_maand": 1400,
                 "toetsingsinkomen_jaar": 19000, "vermogen": 400, "jaren_laag_inkomen": 5}
    done = _check(tmp_path, json.dumps(household), "--peildatum", "2026-07-01")
    assert done.returncode == 0, done.stderr
    heads = {line.split(":")[0]: line for line in done.stdout.splitlines() if ": " in line
             and not line.startswith(" ")}
    assert "per kwartaal (" in heads["kinderbijslag"] and "per maand)" in heads["kinderbijslag"]
    assert heads["zm-individuele-inkomenstoeslag"].endswith("€ 659,00 per jaar")
    assert heads["huurtoeslag"].endswith("per maand")
