"""The corpus of editors' mistakes: one folder per kind under tests/fixtures/fouten/.

Each folder holds ``bestanden/`` (files laid over a copy of the tiny valid repository) and
``verwacht.txt``: exactly what ``routekaart validate`` reports for it, errors first, then
warnings (readability left out), one problem per line with file:line:col. An empty
``verwacht.txt`` means the file must be accepted cleanly (a byte-order mark, Windows line
ends). A few mistakes cannot live in git as files (a 5 MB file, a link that loops or leaves
the repository); they are made here and pinned the same way.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from site_builder.build.checks import full_check
from tests.conftest import FIXTURES, TODAY

CORPUS = FIXTURES / "fouten"
KINDS = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
TARGET = "regelingen/landelijk/test-regeling.yaml"


def reported(root: Path) -> list[str]:
    """What validate prints per problem: errors first, then warnings except readability."""
    _catalog, problems = full_check(root, TODAY)
    ordered = problems.sorted()
    return ([p.format() for p in ordered if p.severity == "fout"]
            + [p.format() for p in ordered if p.severity != "fout" and p.code != "leesbaarheid"])


def repository_with(tmp_path: Path, kind: str) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(FIXTURES / "minimal", root)
    shutil.copytree(CORPUS / kind / "bestanden", root, dirs_exist_ok=True)
    return root


def expected(kind: str) -> list[str]:
    text = (CORPUS / kind / "verwacht.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line]


def test_the_corpus_is_large_enough():
    assert len(KINDS) + len(MADE_HERE) >= 50


@pytest.mark.parametrize("kind", KINDS)
def test_each_mistake_gives_exactly_its_located_message(tmp_path, kind):
    assert reported(repository_with(tmp_path, kind)) == expected(kind)


# --- mistakes made on the spot ---------------------------------------------------------------

def _huge_field(root: Path) -> None:
    text = (root / TARGET).read_text()
    (root / TARGET).write_text(text.replace("wat_is_het: Een regeling voor de tests.",
                                            "wat_is_het: " + "x" * 5_000_000))


def _link_loop(root: Path) -> None:
    os.symlink("lus.yaml", root / "regelingen/landelijk/lus.yaml")


def _link_outside(root: Path) -> None:
    outside = root.parent / "ergens-anders.yaml"
    outside.write_text((root / TARGET).read_text().replace("id: test-regeling", "id: buiten"))
    os.symlink(outside, root / "regelingen/landelijk/buiten.yaml")


MADE_HERE = {
    "veld-van-5-mb": (_huge_field, [
        f"{TARGET}:7:1: het bestand is groter dan 1,0 MB (het meeste dat kan); de langste regel "
        "is deze. Haal de tekst weg die per ongeluk is geplakt."]),
    "link-in-een-kring": (_link_loop, [
        "regelingen/landelijk/lus.yaml: dit bestand is een snelkoppeling (link) die nergens "
        "uitkomt of in een kring naar zichzelf wijst. Haal de link weg en zet het echte bestand "
        "hier neer."]),
    "link-naar-buiten": (_link_outside, [
        "regelingen/landelijk/buiten.yaml: dit bestand is een snelkoppeling (link) naar een "
        "bestand buiten de map van de site. Zet het echte bestand hier neer; gegevens van "
        "buiten worden niet gelezen."]),
}


@pytest.mark.parametrize("kind", sorted(MADE_HERE))
def test_mistakes_that_cannot_be_files_in_git(tmp_path, kind):
    root = tmp_path / "repo"
    shutil.copytree(FIXTURES / "minimal", root)
    make, lines = MADE_HERE[kind]
    make(root)
    assert reported(root) == lines


def test_the_nested_anchor_file_is_refused_before_anything_is_expanded(tmp_path):
    """Refused at the first anchor: the loader never builds more than a handful of values
    (the expanded file would hold 9**9 strings)."""
    from site_builder.data.errors import Problems
    from site_builder.data.yamlio import load_text

    text = (CORPUS / "yaml-alias-miljard/bestanden" / TARGET).read_text()
    assert len(text) < 500 and text.count("*") > 60
    problems = Problems()
    assert load_text(text, "x.yaml", problems) is None
    assert [p.code for p in problems.items] == ["yaml-alias"]
    assert problems.items[0].location.line == 1
