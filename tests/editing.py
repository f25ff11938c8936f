"""What an editor does, for the tests: run a command, find a key, fill in an open figure,
and read the steps and examples of the editors' guide."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE_DIR = ROOT / "docs" / "redactie"
ZORGTOESLAG = "regelingen/landelijk/zorgtoeslag.yaml"


def run(args, cwd):
    """``routekaart <args>`` in *cwd*, as an editor types it."""
    return subprocess.run([sys.executable, "-m", "site_builder.cli", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


def key_line(path: Path, key: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() == f"{key}:":
            return number
    raise AssertionError(f"{key} not in {path}")


def fill_in(path: Path, key: str, value, source: str, certainty: str = "bevestigd") -> None:
    """Under parameter *key*, replace the empty entry's marked lines with a figure, a source
    and a certainty."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = key_line(path, key)
    for i in range(start, len(lines)):
        if "waarde:  # IN TE VULLEN" in lines[i]:
            indent = lines[i][: lines[i].index("waarde:")]
            lines[i] = f"{indent}waarde: {value}\n"
            lines[i + 1] = f"{indent}bron: {source}\n"
            lines[i + 2] = f"{indent}bron_datum: geen datum\n"
            lines[i + 3] = f"{indent}geraadpleegd: 2026-12-01\n"
            lines[i + 4] = f"{indent}zekerheid: {certainty}\n"
            path.write_text("".join(lines), encoding="utf-8")
            return
    raise AssertionError(f"no open entry under {key}")


def guide_commands(page: str) -> list[list[str]]:
    """The ``routekaart`` commands of a guide page, in order."""
    text = (GUIDE_DIR / page).read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        for line in block.splitlines():
            if line.startswith("$ routekaart "):
                out.append(line[len("$ routekaart "):].split())
    return out


def guide_example(page: str, marker: str) -> str:
    """The YAML example after ``<!-- marker -->`` on a guide page."""
    text = (GUIDE_DIR / page).read_text(encoding="utf-8")
    return re.search(rf"<!-- {marker} -->\n```yaml\n(.*?)```", text, re.S).group(1)
