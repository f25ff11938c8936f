"""The editors' tools: ``jaarovergang``, ``nieuw`` and ``handleiding``."""
from __future__ import annotations

import datetime as dt
import sys

import click

from .common import print_problems, root


@click.command("jaarovergang")
@click.argument("jaar", type=click.IntRange(2000, 2100))
@click.option("--schrijf", is_flag=True,
              help="Zet voor elk ontbrekend bedrag een lege, gemarkeerde regel klaar.")
def jaarovergang(jaar: int, schrijf: bool) -> None:
    """Wat moet er gebeuren voor het nieuwe jaar? Ontbrekende bedragen, oude controles,
    aflopende waarden; met --schrijf lege regels om in te vullen."""
    from ..editors.turnover import (EXPIRING, MISSING, STALE, findings, prepare_entries,
                                    reference_day)

    today = dt.date.today()
    if schrijf:
        written, skipped = prepare_entries(root(), jaar, today)
        for rel, count in sorted(written.items()):
            click.echo(f"{rel}: {count} lege {'waarde' if count == 1 else 'waarden'} "
                       f"voor {jaar} klaargezet")
        for line in skipped:
            click.echo(line)
        if not written:
            click.echo(f"Niets klaar te zetten: elk bedrag heeft al een regel voor {jaar}.")
        click.echo("")
    found, problems = findings(root(), jaar, today)
    if problems.errors:
        print_problems(problems, 0, show_warnings=False)
        click.echo("Herstel eerst deze fouten; daarna klopt het overzicht.")
        sys.exit(1)
    titles = {
        MISSING: f"Bedragen zonder waarde vanaf 1 januari {jaar}",
        EXPIRING: f"Waarden die in {jaar} of eerder aflopen",
        STALE: "Langer dan twaalf maanden niet nagekeken (op "
               f"{reference_day(jaar, today).isoformat()})",
    }
    for kind, title in titles.items():
        items = [f for f in found if f.kind == kind]
        click.echo(f"{title}: {len(items)}")
        for item in items:
            click.echo(f"  {item.location}: {item.text}")
        click.echo("")
    missing = sum(1 for f in found if f.kind == MISSING)
    if missing and not schrijf:
        click.echo(f"Tip: 'routekaart jaarovergang {jaar} --schrijf' zet lege regels klaar; u "
                   "vult dan alleen het bedrag en de bron in.")
    elif missing:
        click.echo(f"Zoek in de bestanden op 'IN TE VULLEN' en vul bedrag en bron in. Bekijk "
                   f"daarna de site van 1 januari met 'routekaart build --peildatum {jaar}-01-01'.")
    else:
        click.echo(f"Alle bedragen voor {jaar} zijn ingevuld.")


@click.command("nieuw")
@click.argument("soort", type=click.Choice(["regeling", "loket"]))
@click.argument("gebied")
@click.argument("naam")
def nieuw(soort: str, gebied: str, naam: str) -> None:
    """Maak een nieuw bestand voor een regeling of loket, met uitleg bij elk veld.

    Voorbeeld: routekaart nieuw regeling den-haag dh-mijn-regeling"""
    from ..editors.scaffold import ScaffoldError, create

    try:
        path = create(root(), soort, gebied, naam, dt.date.today())
    except ScaffoldError as exc:
        click.echo(f"Het bestand is niet gemaakt: {exc}", err=True)
        sys.exit(1)
    click.echo(f"Gemaakt: {path.relative_to(root()).as_posix()}")
    click.echo("Vul elke regel met 'IN TE VULLEN' in en zet 'status' op 'open'. Controleer met "
               "'routekaart validate'; bekijk het resultaat met 'routekaart serve'.")


@click.command("handleiding")
def handleiding() -> None:
    """Schrijf de foutmeldingen en velden van de redactiehandleiding (docs/redactie/)."""
    from ..editors.guide import write_guide

    for path in write_guide(root()):
        click.echo(f"geschreven: {path.relative_to(root()).as_posix()}")
