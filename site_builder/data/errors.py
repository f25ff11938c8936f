"""Problems found in editors' files, collected and printed as ``file:line:col``.

Validation never stops at the first mistake: every check adds a :class:`Problem`
to a :class:`Problems` collection, and the command line prints them all with a
summary line. Messages are plain sentences an editor can act on.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from ..vocabulary import ERROR, WARNING


@dataclass(frozen=True)
class Location:
    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.col}"
        return self.path


@dataclass(frozen=True)
class Problem:
    location: Location
    field: str
    message: str
    hint: str = ""
    severity: str = ERROR
    code: str = ""

    def format(self) -> str:
        prefix = f"{self.location}: "
        if self.field:
            prefix += f"{self.field}: "
        if self.severity == WARNING:
            prefix += "waarschuwing: "
        text = prefix + self.message
        if self.hint:
            text += f" {self.hint}"
        return text


@dataclass
class Problems:
    items: list[Problem] = field(default_factory=list)

    def add(self, location: Location, field_name: str, message: str, hint: str = "",
            severity: str = ERROR, *, code: str) -> None:
        """Record a problem; *code* names its entry in ``error_catalog`` (the guide)."""
        self.items.append(Problem(location, field_name, message, hint, severity, code))

    def warn(self, location: Location, field_name: str, message: str, hint: str = "", *,
             code: str) -> None:
        self.add(location, field_name, message, hint, WARNING, code=code)

    def extend(self, other: "Problems") -> None:
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity == WARNING]

    def sorted(self) -> list[Problem]:
        return sorted(self.items, key=lambda p: (p.location.path, p.location.line,
                                                 p.location.col, p.field))

    def summary(self, files: int) -> str:
        e, w = len(self.errors), len(self.warnings)
        word = "bestand" if files == 1 else "bestanden"
        if not e and not w:
            return f"Alles in orde: {files} {word} gecontroleerd, geen fouten."
        return (f"{files} {word} gecontroleerd: {e} {'fout' if e == 1 else 'fouten'}, "
                f"{w} {'waarschuwing' if w == 1 else 'waarschuwingen'}.")


class DataError(Exception):
    """Raised when input data cannot be used; carries the problems that say why."""

    def __init__(self, problems: Problems):
        super().__init__(f"{len(problems.errors)} fouten in de gegevens")
        self.problems = problems


def did_you_mean(word: str, options) -> str:
    """Return ``Bedoelt u 'x'?`` when *word* looks like one of *options*."""
    close = difflib.get_close_matches(str(word), [str(o) for o in options], n=1, cutoff=0.6)
    return f"Bedoelt u '{close[0]}'?" if close else ""


def relative(path: Path, root: Path) -> str:
    # The folder is resolved, the file itself not: a link keeps its own name (and a link
    # that loops is named, not followed).
    try:
        return (path.parent.resolve() / path.name).relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
