"""The ``routekaart`` command: validate, build, serve, check and the editors' tools."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from .data.catalog import load_catalog
from .data.errors import Problems


def _root() -> Path:
    return Path.cwd()


def _print_problems(problems: Problems, files: int, show_warnings: bool = True,
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
@click.option("--leesbaarheid", is_flag=True,
              help="Toon elke leesbaarheidswaarschuwing (anders één regel met het aantal).")
def validate(strict: bool, leesbaarheid: bool) -> None:
    """Controleer alle gegevensbestanden en toon elke fout met bestand:regel:kolom."""
    from .build.checks import full_check

    from .data.loket_completeness import loket_summary

    catalog, problems = full_check(_root())
    _print_problems(problems, catalog.files, readability=leesbaarheid,
                    notes=(loket_summary(catalog),))
    if problems.errors or (strict and problems.warnings):
        sys.exit(1)


@main.command()
@click.option("--strict", is_flag=True, help="Stop ook bij waarschuwingen.")
@click.option("--peildatum", help="Bouw de site zoals die op deze datum leest (JJJJ-MM-DD).")
@click.option("--uit", "out", default="site", show_default=True, help="Map voor de site.")
def build(strict: bool, peildatum: str | None, out: str) -> None:
    """Bouw de hele site in vijf taalvarianten naar site/ (de oude site blijft bij een fout)."""
    from .build.site import BuildFailed, BuildInterrupted, build_site

    try:
        build_site(_root(), Path(out), peildatum=_date(peildatum), strict=strict,
                   progress=click.echo)
    except (BuildInterrupted, KeyboardInterrupt):
        click.echo(f"Bouwen afgebroken. De vorige site in '{out}/' is niet veranderd.", err=True)
        sys.exit(130)
    except BuildFailed as failure:
        if failure.problems is not None:
            _print_problems(failure.problems, failure.files, show_warnings=strict)
        click.echo(f"De site is niet gebouwd: {failure}. De vorige site in '{out}/' is "
                   "niet veranderd.", err=True)
        sys.exit(1)


@main.command()
@click.option("--poort", "port", default=8000, show_default=True, type=int)
@click.option("--uit", "out", default="site", show_default=True)
@click.option("--peildatum", help="Toon de site zoals die op deze datum leest (JJJJ-MM-DD), "
              "met een balk 'Voorbeeld'.")
def serve(port: int, out: str, peildatum: str | None) -> None:
    """Bouw de site, toon hem op http://127.0.0.1:8000 en bouw opnieuw bij een wijziging."""
    from .build.serve import serve_forever

    serve_forever(_root(), Path(out), port, echo=click.echo, peildatum=_date(peildatum))


@main.command()
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

    from .data.rules import coverage
    from .engine.core import evaluate
    from .language.i18n import VARIANT_BY_CODE, Translator
    from .render.rules_export import bundle

    if dekking:
        summary = coverage(_checked_catalog())
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
        day = _date(peildatum) or dt.date.today()
    except click.BadParameter as exc:
        refuse([str(exc.message)])
    catalog = _checked_catalog()
    variant = VARIANT_BY_CODE[taal]
    data = bundle(catalog, Translator(_root(), variant), variant)
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
        shown = f" · ongeveer {money(amount['per_maand'])} per maand" if amount else ""
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
    from .engine.answers import AnswersUnreadable, load_answers, read_answers

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


@main.group()
def i18n() -> None:
    """Vertalingen: extract, update, compile en status (gettext .po via babel)."""


def _checked_catalog():
    catalog, problems = load_catalog(_root())
    if problems.errors:
        _print_problems(problems, catalog.files, show_warnings=False)
        click.echo("Eerst de fouten herstellen; daarna kunnen de teksten worden verzameld.")
        sys.exit(1)
    return catalog


@i18n.command("extract")
def i18n_extract() -> None:
    """Verzamel alle te vertalen teksten in translations/*.pot."""
    from .language.workflow import extract

    counts = extract(_root(), _checked_catalog())
    for domain, count in counts.items():
        click.echo(f"translations/{domain}.pot: {count} teksten")


@i18n.command("update")
def i18n_update() -> None:
    """Werk de .po-bestanden per taal bij; veranderde Nederlandse teksten worden 'fuzzy'."""
    from .language.workflow import extract, update

    extract(_root(), _checked_catalog())
    changed = update(_root())
    for path in changed:
        click.echo(f"bijgewerkt: {path}")
    click.echo(f"{len(changed)} vertaalbestanden bijgewerkt.")


@i18n.command("compile")
def i18n_compile() -> None:
    """Maak .mo-bestanden van de .po-bestanden."""
    from .language.workflow import compile_all

    click.echo(f"{compile_all(_root())} .mo-bestanden geschreven.")


@i18n.command("status")
@click.option("--strict", is_flag=True, help="Exit 1 als een taal niet volledig vertaald is.")
def i18n_status(strict: bool) -> None:
    """Toon per taal hoeveel teksten vertaald, fuzzy, ontbrekend en ongecontroleerd zijn."""
    from .language.workflow import extract, status

    extract(_root(), _checked_catalog())
    rows = status(_root())
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

    from .language.i18n import po_path
    from .language.readability import score, simpler

    with po_path(_root(), "a2", "content").open("rb") as handle:
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


@main.command("jaarovergang")
@click.argument("jaar", type=click.IntRange(2000, 2100))
@click.option("--schrijf", is_flag=True,
              help="Zet voor elk ontbrekend bedrag een lege, gemarkeerde regel klaar.")
def jaarovergang(jaar: int, schrijf: bool) -> None:
    """Wat moet er gebeuren voor het nieuwe jaar? Ontbrekende bedragen, oude controles,
    aflopende waarden; met --schrijf lege regels om in te vullen."""
    from .editors.turnover import EXPIRING, MISSING, STALE, findings, prepare_entries, reference_day

    today = dt.date.today()
    if schrijf:
        written, skipped = prepare_entries(_root(), jaar, today)
        for rel, count in sorted(written.items()):
            click.echo(f"{rel}: {count} lege {'waarde' if count == 1 else 'waarden'} "
                       f"voor {jaar} klaargezet")
        for line in skipped:
            click.echo(line)
        if not written:
            click.echo(f"Niets klaar te zetten: elk bedrag heeft al een regel voor {jaar}.")
        click.echo("")
    found, problems = findings(_root(), jaar, today)
    if problems.errors:
        _print_problems(problems, 0, show_warnings=False)
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


@main.command("nieuw")
@click.argument("soort", type=click.Choice(["regeling", "loket"]))
@click.argument("gebied")
@click.argument("naam")
def nieuw(soort: str, gebied: str, naam: str) -> None:
    """Maak een nieuw bestand voor een regeling of loket, met uitleg bij elk veld.

    Voorbeeld: routekaart nieuw regeling den-haag dh-mijn-regeling"""
    from .editors.scaffold import ScaffoldError, create

    try:
        path = create(_root(), soort, gebied, naam, dt.date.today())
    except ScaffoldError as exc:
        click.echo(f"Het bestand is niet gemaakt: {exc}", err=True)
        sys.exit(1)
    click.echo(f"Gemaakt: {path.relative_to(_root()).as_posix()}")
    click.echo("Vul elke regel met 'IN TE VULLEN' in en zet 'status' op 'open'. Controleer met "
               "'routekaart validate'; bekijk het resultaat met 'routekaart serve'.")


@main.command("publiceer")
@click.argument("doel", type=click.Path(file_okay=False))
@click.option("--uit", "out", default="site", show_default=True, help="De gebouwde site.")
def publiceer(doel: str, out: str) -> None:
    """Zet de gebouwde site in een map van de webserver, in één keer (nooit half).

    Voorbeeld: routekaart publiceer /var/www/routekaart"""
    from .build.publish import PublishError, publish

    try:
        files = publish(Path(out), Path(doel))
    except (PublishError, OSError) as exc:
        click.echo(f"Niet gepubliceerd: {exc}", err=True)
        sys.exit(1)
    click.echo(f"Gepubliceerd: {files} bestanden in {doel}.")


@main.command("sitecontrole")
@click.option("--uit", "out", default="site", show_default=True, help="De gebouwde site.")
def sitecontrole(out: str) -> None:
    """Controleer de gebouwde site: links en ankers, taalkeuze, en geldige HTML (W3C)."""
    from .build.html_check import CheckerUnavailable, check_html
    from .build.linkcheck import check_links

    site = Path(out)
    if not (site / "index.html").exists():
        click.echo(f"Er staat geen site in '{out}/'; bouw eerst met 'routekaart build'.",
                   err=True)
        sys.exit(1)
    problems = check_links(site)
    try:
        problems += check_html(site)
    except CheckerUnavailable as exc:
        click.echo(f"HTML niet gecontroleerd: {exc}", err=True)
        sys.exit(1)
    for line in problems:
        click.echo(line)
    pages = sum(1 for _ in site.rglob("*.html"))
    click.echo(f"{pages} pagina's gecontroleerd: {len(problems)} problemen.")
    if problems:
        sys.exit(1)


@main.command("handleiding")
def handleiding() -> None:
    """Schrijf de foutmeldingen en velden van de redactiehandleiding (docs/redactie/)."""
    from .editors.guide import write_guide

    for path in write_guide(_root()):
        click.echo(f"geschreven: {path.relative_to(_root()).as_posix()}")


@main.command("schema")
def schema_command() -> None:
    """Schrijf de JSON Schema's voor VS Code naar schemas/."""
    from .data.schema.jsonschema import write_schemas

    for path in write_schemas(_root()):
        click.echo(f"geschreven: {path}")


if __name__ == "__main__":  # pragma: no cover
    main()
