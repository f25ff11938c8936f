"""The site commands: ``build``, ``serve``, ``publiceer`` and ``sitecontrole``."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import parse_date, print_problems, root


@click.command()
@click.option("--strict", is_flag=True, help="Stop ook bij waarschuwingen.")
@click.option("--peildatum", help="Bouw de site zoals die op deze datum leest (JJJJ-MM-DD).")
@click.option("--uit", "out", default="site", show_default=True, help="Map voor de site.")
def build(strict: bool, peildatum: str | None, out: str) -> None:
    """Bouw de hele site in vijf taalvarianten naar site/ (de oude site blijft bij een fout)."""
    from ..build.site import BuildFailed, BuildInterrupted, build_site

    try:
        build_site(root(), Path(out), peildatum=parse_date(peildatum), strict=strict,
                   progress=click.echo)
    except (BuildInterrupted, KeyboardInterrupt):
        click.echo(f"Bouwen afgebroken. De vorige site in '{out}/' is niet veranderd.", err=True)
        sys.exit(130)
    except BuildFailed as failure:
        if failure.problems is not None:
            print_problems(failure.problems, failure.files, show_warnings=strict)
        click.echo(f"De site is niet gebouwd: {failure}. De vorige site in '{out}/' is "
                   "niet veranderd.", err=True)
        sys.exit(1)


@click.command()
@click.option("--poort", "port", default=8000, show_default=True, type=int)
@click.option("--uit", "out", default="site", show_default=True)
@click.option("--peildatum", help="Toon de site zoals die op deze datum leest (JJJJ-MM-DD), "
              "met een balk 'Voorbeeld'.")
def serve(port: int, out: str, peildatum: str | None) -> None:
    """Bouw de site, toon hem op http://127.0.0.1:8000 en bouw opnieuw bij een wijziging."""
    from ..build.serve import serve_forever

    serve_forever(root(), Path(out), port, echo=click.echo, peildatum=parse_date(peildatum))


@click.command("publiceer")
@click.argument("doel", type=click.Path(file_okay=False))
@click.option("--uit", "out", default="site", show_default=True, help="De gebouwde site.")
def publiceer(doel: str, out: str) -> None:
    """Zet de gebouwde site in een map van de webserver, in één keer (nooit half).

    Voorbeeld: routekaart publiceer /var/www/routekaart"""
    from ..build.publish import PublishError, publish

    try:
        files = publish(Path(out), Path(doel))
    except (PublishError, OSError) as exc:
        click.echo(f"Niet gepubliceerd: {exc}", err=True)
        sys.exit(1)
    click.echo(f"Gepubliceerd: {files} bestanden in {doel}.")


@click.command("sitecontrole")
@click.option("--uit", "out", default="site", show_default=True, help="De gebouwde site.")
def sitecontrole(out: str) -> None:
    """Controleer de gebouwde site: links en ankers, taalkeuze, en geldige HTML (W3C)."""
    from ..build.html_check import CheckerUnavailable, check_html
    from ..build.linkcheck import check_links

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
