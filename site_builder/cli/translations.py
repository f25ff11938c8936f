"""The translation commands: ``i18n extract``, ``update``, ``compile``, ``status`` and
``leesbaarheid``."""
from __future__ import annotations

import sys

import click

from .common import checked_catalog, root


@click.group()
def i18n() -> None:
    """Vertalingen: extract, update, compile en status (gettext .po via babel)."""


@i18n.command("extract")
def i18n_extract() -> None:
    """Verzamel alle te vertalen teksten in translations/*.pot."""
    from ..language.workflow import extract

    counts = extract(root(), checked_catalog())
    for domain, count in counts.items():
        click.echo(f"translations/{domain}.pot: {count} teksten")


@i18n.command("update")
def i18n_update() -> None:
    """Werk de .po-bestanden per taal bij; veranderde Nederlandse teksten worden 'fuzzy'."""
    from ..language.workflow import extract, update

    extract(root(), checked_catalog())
    changed = update(root())
    for path in changed:
        click.echo(f"bijgewerkt: {path}")
    click.echo(f"{len(changed)} vertaalbestanden bijgewerkt.")


@i18n.command("compile")
def i18n_compile() -> None:
    """Maak .mo-bestanden van de .po-bestanden."""
    from ..language.workflow import compile_all

    click.echo(f"{compile_all(root())} .mo-bestanden geschreven.")


@i18n.command("status")
@click.option("--strict", is_flag=True, help="Exit 1 als een taal niet volledig vertaald is.")
def i18n_status(strict: bool) -> None:
    """Toon per taal hoeveel teksten vertaald, fuzzy, ontbrekend en ongecontroleerd zijn."""
    from ..language.workflow import extract, status

    extract(root(), checked_catalog())
    rows = status(root())
    click.echo(f"{'taal':6} {'totaal':>7} {'vertaald':>9} {'fuzzy':>6} {'ontbreekt':>10} "
               f"{'ongecontroleerd':>16} {'klaar':>7}")
    for row in rows:
        click.echo(f"{row.variant:6} {row.total:7} {row.translated:9} {row.fuzzy:6} "
                   f"{row.missing:10} {row.unreviewed:16} {row.percent:6.1f}%")
    if strict and not all(row.complete for row in rows):
        click.echo("Niet alle talen zijn volledig vertaald.")
        sys.exit(1)


@i18n.command("leesbaarheid")
def i18n_readability() -> None:
    """Vergelijk elke A2-tekst met zijn B1-bron: A2 moet even makkelijk of makkelijker zijn."""
    from babel.messages.pofile import read_po

    from ..language.i18n import po_path
    from ..language.readability import score, simpler

    with po_path(root(), "a2", "content").open("rb") as handle:
        catalog = read_po(handle)
    texts = [m for m in catalog if m.id and m.string]
    worse = [m for m in texts if not simpler(m.string, m.id)]
    b1 = [score(m.id) for m in texts]
    a2 = [score(m.string) for m in texts]
    mean = lambda xs: sum(xs) / max(1, len(xs))  # noqa: E731
    click.echo(f"{len(texts)} teksten: B1 gemiddeld {mean([s.mean_sentence for s in b1]):.1f} "
               f"woorden per zin, Flesch-Douma {mean([s.flesch_douma for s in b1]):.0f}; "
               f"A2 gemiddeld {mean([s.mean_sentence for s in a2]):.1f} woorden per zin, "
               f"Flesch-Douma {mean([s.flesch_douma for s in a2]):.0f}.")
    for message in worse:
        click.echo(f"translations/a2/LC_MESSAGES/content.po:{message.lineno}: {message.context}: "
                   "de A2-tekst is niet eenvoudiger dan de B1-tekst.")
    click.echo(f"A2 eenvoudiger of even eenvoudig: {len(texts) - len(worse)} van {len(texts)}.")
    if worse:
        sys.exit(1)
