"""The ``check`` command: answers against every published regeling, in the terminal."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from .common import checked_catalog, parse_date, root


@click.command()
@click.option("--antwoorden", "answers_file", type=click.Path(dir_okay=False),
              help="JSON-bestand met de antwoorden (zie de antwoordsleutels).")
@click.option("--peildatum", help="Datum waarop getoetst wordt (JJJJ-MM-DD); standaard vandaag.")
@click.option("--taal", default="nl", show_default=True,
              type=click.Choice(["nl", "a2", "ar", "tr", "en"]))
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.option("--dekking", is_flag=True,
              help="Toon alleen hoeveel gepubliceerde regelingen de check beoordeelt.")
def check(answers_file: str | None, peildatum: str | None, taal: str, as_json: bool,
          dekking: bool) -> None:
    """Toets antwoorden aan alle gepubliceerde regelingen."""
    import json

    from ..data.rules import coverage
    from ..engine.core import evaluate
    from ..language.i18n import VARIANT_BY_CODE, Translator
    from ..render.rules_export import bundle

    if dekking:
        summary = coverage(checked_catalog())
        if as_json:
            click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
            return
        click.echo(f"De check beoordeelt {summary['beoordeeld']}/{summary['totaal']} "
                   f"gepubliceerde regelingen; {summary['met_grenzen']} met toetsbare grenzen, "
                   "de andere op de situatie waarvoor ze zijn.")
        for regeling_id in summary["niet_beoordeeld"]:
            click.echo(f"  niet beoordeeld: {regeling_id}")
        return
    if not answers_file:
        click.echo("Geef --antwoorden BESTAND, of --dekking.", err=True)
        sys.exit(2)

    def refuse(problems: list[str]) -> None:
        if as_json:
            click.echo(json.dumps({"fouten": problems}, ensure_ascii=False, indent=2))
        else:
            for problem in problems:
                click.echo(f"{answers_file}: {problem}", err=True)
        sys.exit(2)

    answers, problems = _read_answers_file(Path(answers_file))
    if problems:
        refuse(problems)
    try:
        day = parse_date(peildatum) or dt.date.today()
    except click.BadParameter as exc:
        refuse([str(exc.message)])
    catalog = checked_catalog()
    variant = VARIANT_BY_CODE[taal]
    data = bundle(catalog, Translator(root(), variant), variant)
    first, last = _years_covered(data["rules"])
    if first and not first <= day.year <= last + 1:
        refuse([f"De peildatum {day.isoformat()} ligt buiten de jaren waarvoor de site bedragen "
                f"heeft ({first} tot en met {last + 1}). Kies een datum in die jaren."])
    result = evaluate(data["rules"], answers, day.isoformat(), data["texts"], data["format"])
    summary = coverage(catalog)
    result["dekking"] = {"beoordeeld": summary["beoordeeld"], "totaal": summary["totaal"],
                         "met_grenzen": summary["met_grenzen"]}
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True))
        return
    labels = {"ja": "waarschijnlijk wel", "misschien": "misschien", "nee": "waarschijnlijk niet"}
    money = lambda n: "€ " + f"{n:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    click.echo(f"Peildatum {day.isoformat()}; beoordeeld: {summary['beoordeeld']}/"
               f"{summary['totaal']} regelingen")
    for warning in result.get("waarschuwingen", []):
        click.echo(f"Let op: {warning}")
    for item in result["resultaten"]:
        amount = item.get("bedrag")
        shown = ""
        if amount:
            rhythm = amount["uitbetaling"]
            shown = f" · ongeveer {money(amount['per_keer'])} per {rhythm}"
            if rhythm == "kwartaal":
                shown += f" ({money(amount['per_maand'])} per maand)"
        if amount and amount.get("bereik"):
            shown += (f" (tussen {money(amount['bereik']['min_per_maand'])} en "
                      f"{money(amount['bereik']['max_per_maand'])})")
        click.echo(f"\n{item['regeling']}: {labels[item['status']]}{shown}")
        for reason in item["redenen"]:
            click.echo(f"  [{reason['uitkomst']}] {reason['tekst']}")
        if amount:
            for line in amount["berekening"]:
                click.echo(f"  [bedrag] {line}")
        elif item.get("bedrag_reden"):
            click.echo(f"  [bedrag] {item['bedrag_reden']}")


MAX_ANSWERS_BYTES = 1_000_000


def _read_answers_file(path: Path) -> tuple[dict | None, list[str]]:
    """The answers from a file, bounded: (answers, []) or (None, short Dutch problems)."""
    from ..engine.answers import AnswersUnreadable, load_answers, read_answers

    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_ANSWERS_BYTES + 1)
    except OSError as exc:
        return None, [f"Het bestand kan niet worden gelezen ({exc.strerror or 'onbekend'})."]
    if len(raw) > MAX_ANSWERS_BYTES:
        return None, ["Het antwoordbestand is te groot (meer dan 1 MB); een antwoordbestand "
                      "is een paar honderd tekens."]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, ["Het antwoordbestand is geen UTF-8-tekst. Sla het op als UTF-8."]
    try:
        return read_answers(load_answers(text))
    except AnswersUnreadable as exc:
        return None, [str(exc)]


def _years_covered(rules: dict) -> tuple[int, int]:
    """The first year with a figure, and the last year with a yearly figure."""
    def years(only_yearly: bool) -> list[int]:
        return [int(str(v.get("vanaf"))[:4]) for p in rules.get("parameters", {}).values()
                if not only_yearly or p.get("periode") == "jaar"
                for v in p.get("waarden", []) if str(v.get("vanaf"))[:4].isdigit()]
    every, yearly = years(False), years(True) or years(False)
    return (min(every), max(yearly)) if every else (0, 0)
