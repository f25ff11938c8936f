"""The ``routekaart`` command: validate, build, serve, check and the editors' tools."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from .catalog import load_catalog
from .errors import Problems


def _root() -> Path:
    return Path.cwd()


def _print_problems(problems: Problems, files: int, show_warnings: bool = True) -> None:
    for problem in problems.sorted():
        if problem.severity == "fout" or show_warnings:
            click.echo(problem.format())
    click.echo(problems.summary(files))


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is geen datum; schrijf JJJJ-MM-DD.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Routekaart: van YAML-bestanden naar de website met regelingen en routekaarten."""


@main.command()
@click.option("--strict", is_flag=True, help="Waarschuwingen tellen ook als fout.")
def validate(strict: bool) -> None:
    """Controleer alle gegevensbestanden en toon elke fout met bestand:regel:kolom."""
    from .checks import full_check

    catalog, problems = full_check(_root())
    _print_problems(problems, catalog.files)
    if problems.errors or (strict and problems.warnings):
        sys.exit(1)


@main.command()
@click.option("--strict", is_flag=True, help="Stop ook bij waarschuwingen.")
@click.option("--peildatum", help="Bouw de site zoals die op deze datum leest (JJJJ-MM-DD).")
@click.option("--uit", "out", default="site", show_default=True, help="Map voor de site.")
def build(strict: bool, peildatum: str | None, out: str) -> None:
    """Bouw de hele site in vijf taalvarianten naar site/ (de oude site blijft bij een fout)."""
    from .site import BuildFailed, build_site

    try:
        build_site(_root(), Path(out), peildatum=_date(peildatum), strict=strict,
                   progress=click.echo)
    except BuildFailed as failure:
        if failure.problems is not None:
            _print_problems(failure.problems, failure.files, show_warnings=True)
        click.echo(f"De site is niet gebouwd: {failure}. De vorige site in '{out}/' is "
                   "niet veranderd.", err=True)
        sys.exit(1)


@main.command()
@click.option("--poort", "port", default=8000, show_default=True, type=int)
@click.option("--uit", "out", default="site", show_default=True)
def serve(port: int, out: str) -> None:
    """Bouw de site, toon hem op http://127.0.0.1:8000 en bouw opnieuw bij een wijziging."""
    from .serve import serve_forever

    serve_forever(_root(), Path(out), port, echo=click.echo)


if __name__ == "__main__":  # pragma: no cover
    main()
