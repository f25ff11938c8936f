"""The yearly turnover (jaarovergang): what needs new figures, and empty entries for them.

``findings`` lists, with file and line, every parameter without a value on 1 January of
the new year, every file whose ``gecontroleerd_op`` is more than twelve months old on
that day (or today, if later), and every value that runs out (``tot``) before the year
ends. ``prepare_entries`` adds an empty, clearly marked entry for the new year to each
parameter that lacks one, editing the YAML text in place so comments and layout stay.
Both are idempotent: a parameter that already has an entry for 1 January is left alone.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..data.catalog import load_catalog
from ..data.errors import Location, Problems
from ..data.model import Parameter
from ..data.schema.text_kinds import OPEN_VALUE
from ..data.yamlio import load_document

MISSING, STALE, EXPIRING = "ontbreekt", "verouderd", "loopt-af"


@dataclass(frozen=True)
class Finding:
    kind: str
    location: Location
    text: str


def reference_day(year: int, today: dt.date) -> dt.date:
    """The day against which staleness is judged: 1 January of *year*, or today if later."""
    return max(dt.date(year, 1, 1), today)


def _figure(param: Parameter) -> str:
    last = param.waarden[-1] if param.waarden else None
    if last is None:
        return "nog nooit een waarde"
    return f"laatste waarde {last.waarde} vanaf {last.vanaf.isoformat()}"


def findings(root: Path, year: int, today: dt.date) -> tuple[list[Finding], Problems]:
    """Everything the editors must do for *year*, plus the validation problems on that day."""
    day = dt.date(year, 1, 1)
    catalog, problems = load_catalog(root, today=reference_day(year, today))
    out: list[Finding] = []
    for owner, param in catalog.active_parameters():
        name = param.key.split(".")[-1]
        if param.at(day) is None:
            waiting = _waiting_at(root, param, day)
            status = " (staat klaar, nog in te vullen)" if waiting else ""
            out.append(Finding(MISSING, Location(param.path, *(waiting or (param.line, 1))),
                               f"{owner.id} · {name} ({param.omschrijving}): geen waarde vanaf "
                               f"{day.isoformat()}; {_figure(param)}{status}."))
        last = param.waarden[-1] if param.waarden else None
        if last is not None and last.tot and last.tot <= dt.date(year, 12, 31):
            out.append(Finding(EXPIRING, Location(param.path, last.line, 1),
                               f"{owner.id} · {name}: de waarde {last.waarde} geldt tot en met "
                               f"{last.tot.isoformat()}; daarna is er geen waarde."))
    for problem in problems.warnings:
        if problem.code == "verouderd":
            out.append(Finding(STALE, problem.location, problem.message))
    order = {MISSING: 0, EXPIRING: 1, STALE: 2}
    out.sort(key=lambda f: (order[f.kind], f.location.path, f.location.line))
    return out, problems


# --- writing empty entries -------------------------------------------------------------------

def _waiting_at(root: Path, param: Parameter, day: dt.date) -> tuple[int, int] | None:
    """Line and column of an entry written for *day* (for instance an empty one)."""
    entries, doc = _raw_list(root, param)
    name = param.key.split(".")[-1]
    for i, entry in enumerate(entries):
        if isinstance(entry, dict) and entry.get("vanaf") == day:
            return doc.values[("parameters", name, "waarden", i)]
    return None


@lru_cache(maxsize=256)
def _document(path: Path, mtime_ns: int):
    """A file's YAML with positions, read once per version of the file."""
    return load_document(path, "", Problems())


def _raw_list(root: Path, param: Parameter):
    """The entries written under *param*'s ``waarden`` (also empty ones), and the document."""
    path = root / param.path
    doc = _document(path, path.stat().st_mtime_ns)
    name = param.key.split(".")[-1]
    raw = doc.data.get("parameters", {}).get(name, {}) if doc and isinstance(doc.data, dict) \
        else {}
    entries = raw.get("waarden") if isinstance(raw, dict) else None
    return (entries if isinstance(entries, list) else []), doc


def _entry_block(indent: str, year: int) -> list[str]:
    return [
        f"{indent}- vanaf: {year}-01-01\n",
        f"{indent}  waarde:  # {OPEN_VALUE}: het bedrag vanaf 1 januari {year}\n",
        f"{indent}  bron:  # {OPEN_VALUE}: het webadres waar dit bedrag staat\n",
        f"{indent}  bron_datum:  # {OPEN_VALUE}: de datum op die pagina, of 'geen datum'\n",
        f"{indent}  geraadpleegd:  # {OPEN_VALUE}: de dag waarop u de pagina opende\n",
        f"{indent}  zekerheid: onbevestigd  # maak er 'bevestigd' van bij een officiële bron\n",
    ]


def _insertion(lines: list[str], line: int, col: int) -> tuple[int, str] | None:
    """Where a new list item goes after the item whose first key is at (*line*, *col*),
    and the indentation of its dash; None when the list is not in block style."""
    dash_col = col - 3                      # "- " precedes the first key
    text = lines[line - 1]
    if dash_col < 0 or text[dash_col:col - 1] != "- ":
        return None
    key_indent = col - 1
    end = line                              # 1-based number of the item's last line
    for number in range(line + 1, len(lines) + 1):
        current = lines[number - 1]
        stripped = current.strip()
        if not stripped:
            continue
        if len(current) - len(current.lstrip(" ")) < key_indent:
            break
        end = number
    return end, " " * dash_col


def prepare_entries(root: Path, year: int, today: dt.date) -> tuple[dict, list[str]]:
    """Add an empty entry for 1 January of *year* to each active parameter that has no
    value then and no entry yet. Returns ({file: entries added}, [parameters skipped])."""
    day = dt.date(year, 1, 1)
    catalog, _ = load_catalog(root, today=reference_day(year, today))
    per_file: dict[str, list[tuple[int, str]]] = {}
    skipped: list[str] = []
    for _owner, param in catalog.active_parameters():
        if param.at(day) is not None:
            continue
        entries, doc = _raw_list(root, param)
        if day in [e.get("vanaf") for e in entries if isinstance(e, dict)] or not entries:
            if not entries:
                skipped.append(f"{param.path}:{param.line}: {param.key} heeft geen lijst "
                               "'waarden' om aan toe te voegen.")
            continue
        name = param.key.split(".")[-1]
        line, col = doc.values[("parameters", name, "waarden", len(entries) - 1)]
        lines = (root / param.path).read_text(encoding="utf-8").splitlines(keepends=True)
        spot = _insertion(lines, line, col)
        if spot is None:
            skipped.append(f"{param.path}:{line}: {param.key}: de waarden staan niet als "
                           "lijst onder elkaar; voeg de nieuwe waarde zelf toe.")
            continue
        per_file.setdefault(param.path, []).append(spot)
    written: dict[str, int] = {}
    for rel, spots in per_file.items():
        path = root / rel
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        for end, indent in sorted(spots, reverse=True):   # bottom first keeps line numbers
            lines[end:end] = _entry_block(indent, year)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text("".join(lines), encoding="utf-8")
        tmp.replace(path)
        written[rel] = len(spots)
    return written, skipped
