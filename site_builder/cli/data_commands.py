"""The data commands: ``validate`` and ``schema``."""
from __future__ import annotations

import sys

import click

from .common import print_problems, root


@click.command()
@click.option("--strict", is_flag=True, help="Waarschuwingen tellen ook als fout.")
@click.option("--leesbaarheid", is_flag=True,
              help="Toon elke leesbaarheidswaarschuwing (anders één regel met het aantal).")
def validate(strict: bool, leesbaarheid: bool) -> None:
    """Controleer alle gegevensbestanden en toon elke fout met bestand:regel:kolom."""
    from ..build.checks import full_check

    from ..data.loket_completeness import loket_summary

    catalog, problems = full_check(root())
    print_problems(problems, catalog.files, readability=leesbaarheid,
                   notes=(loket_summary(catalog),))
    if problems.errors or (strict and problems.warnings):
        sys.exit(1)


@click.command("schema")
def schema_command() -> None:
    """Schrijf de JSON Schema's voor VS Code naar schemas/."""
    from ..data.schema.jsonschema import write_schemas

    for path in write_schemas(root()):
        click.echo(f"geschreven: {path}")
