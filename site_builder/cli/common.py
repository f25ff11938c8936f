"""What the commands share: the working folder, printing problems, reading a date and a
catalogue without errors."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from ..data.catalog import load_catalog
from ..data.errors import Problems


def root() -> Path:
    return Path.cwd()


def print_problems(problems: Problems, files: int, show_warnings: bool = True,
                   readability: bool = False, notes: tuple = ()) -> None:
    """Errors first, then warnings (readability warnings as one line unless asked for),
    then *notes* (summary lines), and the verdict as the last line."""
    ordered = problems.sorted()
    for problem in ordered:
        if problem.severity == "fout":
            click.echo(problem.format())
    hidden = 0
    for problem in ordered if show_warnings else ():
        if problem.severity == "fout":
            continue
        if problem.code == "leesbaarheid" and not readability:
            hidden += 1
            continue
        click.echo(problem.format())
    if hidden:
        click.echo(f"{hidden} {'tekst is' if hidden == 1 else 'teksten zijn'} misschien te "
                   "moeilijk voor hun taalniveau; 'routekaart validate --leesbaarheid' toont "
                   f"{'hem' if hidden == 1 else 'ze'}.")
    for note in notes:
        click.echo(note)
    click.echo(problems.summary(files))


def parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is geen datum; schrijf JJJJ-MM-DD.")


def checked_catalog():
    catalog, problems = load_catalog(root())
    if problems.errors:
        print_problems(problems, catalog.files, show_warnings=False)
        click.echo("Eerst de fouten herstellen; daarna kunnen de teksten worden verzameld.")
        sys.exit(1)
    return catalog
