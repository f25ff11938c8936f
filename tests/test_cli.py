"""The command line as editors use it: exit codes, output, never a traceback."""
from __future__ import annotations

import shutil
import subprocess
import sys

from tests.conftest import FIXTURES

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
        f"{TARGET}:3:8", f"{TARGET}:13:16", f"{TARGET}:30:10"]
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
    assert f"{TARGET}:1:1: het bestand is geen UTF-8-tekst. Sla het bestand op als UTF-8." \
        in result.stdout
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
