"""The generated parts of the editors' guide (docs/redactie/): every error the validator
can print, and every field of every file, written from the error catalogue and the schema
so the guide cannot drift from the program. ``routekaart handleiding`` writes them; a test
fails when the committed pages differ from what the program would write."""
from __future__ import annotations

from pathlib import Path

from .error_catalog import CATALOG, GROUPS
from ..data.schema.fields import Field, Schema
from ..data.schema.kinds import KINDS

GUIDE = Path("docs") / "redactie"
ERRORS_PAGE = "foutmeldingen.md"
FIELDS_PAGE = "velden.md"
CALCULATIONS_PAGE = "berekeningen.md"
RULES_PAGE = "soorten-regels.md"
GENERATED = ("<!-- Dit bestand is gemaakt door 'routekaart handleiding' uit {bron}. "
                  "Verander het daar, niet hier. -->")


def _head(title: str, source: str, *intro: str) -> list[str]:
    """A generated page's first lines: its title, where it is made from, its introduction."""
    return [f"# {title}", "", GENERATED.replace("{bron}", source), "", *intro]


def _text(lines: list[str]) -> str:
    return "\n".join(lines).rstrip("\n") + "\n"


def errors_page() -> str:
    lines = _head("Alle foutmeldingen, met uitleg", "site_builder/editors/error_catalog.py",
                  "`routekaart validate` toont elke melding als "
                  "`bestand:regel:kolom: veld: melding`. Een **fout** houdt de site tegen: er "
                  "wordt niets gebouwd en de vorige site blijft staan. Een **waarschuwing** houdt "
                  "de site niet tegen, maar vraagt wel om actie.",
                  "", "Zoek de melding hieronder op de woorden die u ziet.", "")
    for title, codes in GROUPS:
        lines += [f"## {title}", ""]
        for code in codes:
            kind = CATALOG[code]
            lines += [f"### {kind.titel}", "", f"*{kind.ernst}* · code `{code}`"
                      + (f" · {kind.bestand}" if kind.bestand else ""), "",
                      "Voorbeeld:", "", "```text", kind.voorbeeld, "```", "",
                      f"**Wat betekent het?** {kind.betekenis}", "",
                      f"**Wat doet u?** {kind.oplossing}", ""]
    return _text(lines)


def _field_rows(schema: Schema, prefix: str = "") -> list[str]:
    rows = []
    for f in schema.fields:
        name = f"{prefix}{f.key}"
        doc = f.doc.replace("|", "\\|")
        if f.kind == "keuze" and f.choices:
            doc += " Keuzes: " + ", ".join(f"`{c}`" for c in f.choices) + "."
        rows.append(f"| `{name}` | {KINDS[f.kind].description} | {'ja' if f.required else 'nee'} "
                    f"| {doc} |")
        rows += _nested(f, name)
    return rows


def _nested(f: Field, name: str) -> list[str]:
    if f.schema is not None:
        return _field_rows(f.schema, name + ".")
    if f.item is not None and f.item.schema is not None:
        marker = "[]." if f.kind == "lijst" else ".<naam>."
        return _field_rows(f.item.schema, name + marker)
    return []


def fields_page() -> str:
    from ..data.schema.jsonschema import all_schemas

    lines = _head("Alle velden, met uitleg", "het schema in site_builder/data/schema/",
                  "Dezelfde uitleg ziet u in VS Code als u de muis op een veld houdt (met de "
                  "YAML-uitbreiding van Red Hat).", "")
    for kind, schema in all_schemas().items():
        lines += [f"## {schema.name[0].upper()}{schema.name[1:]} ({kind})", "", schema.doc, "",
                  "| veld | soort waarde | verplicht | uitleg |", "|---|---|---|---|"]
        lines += _field_rows(schema)
        lines.append("")
    return _text(lines)


def calculations_page() -> str:
    """'Soorten berekeningen': one section per calculation type, from its record."""
    from ..engine.calculations import CALCULATIONS

    lines = _head("Soorten berekeningen", "site_builder/engine/calculations.py",
                  "Onder `berekening:` in een regeling staat hoe de check het bedrag uitrekent. U "
                  "kiest een soort (`type`) en noemt de parameters die de berekening gebruikt. Zet "
                  "nooit een getal in de berekening: elk bedrag staat onder `parameters` of in een "
                  "norm, met datum en bron. Ontbreekt een bedrag voor het jaar, of is het "
                  "`onbevestigd`? Dan noemt de check geen bedrag en zegt hij waarom.", "")
    for calc in CALCULATIONS.values():
        lines += [f"## {calc.name}", "", calc.guide, "",
                  "Gebruikt de antwoorden: " + ", ".join(f"`{a}`" for a in calc.answers) + ".",
                  "", "| naam | verplicht | uitleg |", "|---|---|---|"]
        for key, arg in calc.arguments.items():
            lines.append(f"| `{key}` | {'ja' if arg.required else 'nee'} | "
                         f"{arg.doc.replace('|', '/')} |")
        lines.append("")
    return _text(lines)


_ARG_KIND_NAMES = {"grens": "getal of naam van een parameter", "getal": "getal",
                   "tekst": "tekst", "vraag": "antwoordsleutel", "waarden": "lijst met antwoorden",
                   "norm": "naam van een norm", "situaties": "lijst", "studies": "lijst"}


def rules_page() -> str:
    """The section 'Soorten regels': one entry per condition record."""
    from ..engine.condition_types import CONDITIONS

    lines = _head("Soorten regels", "site_builder/engine/condition_types.py",
                  "Onder `regels:` in een regeling staan de voorwaarden die de check op de site "
                  "kan toetsen. Elke regel heeft een `type`; hieronder staat per soort wat de "
                  "regel doet, welke velden erbij horen en een voorbeeld. Een regeling past bij "
                  "de inwoner ('waarschijnlijk wel') als alle regels kloppen; klopt er één niet, "
                  "dan is het 'waarschijnlijk niet'; weet de check iets niet, dan is het "
                  "'misschien'.", "")
    for kind in CONDITIONS.values():
        lines += [f"## `{kind.name}`", "", kind.guide, "",
                  "| veld | soort waarde | verplicht | uitleg |", "|---|---|---|---|"]
        for key, arg in kind.args.items():
            doc = arg.doc.replace("|", "\\|")
            if key in kind.choices:
                doc += ". Keuzes: " + ", ".join(f"`{c}`" for c in kind.choices[key])
            lines.append(f"| `{key}` | {_ARG_KIND_NAMES[arg.kind]} | "
                         f"{'ja' if arg.required else 'nee'} | {doc} |")
        lines += ["", "Voorbeeld:", "", "```yaml", "regels:", *("  " + line for line in
                  kind.example.splitlines()), "```", ""]
    return _text(lines)


def pages() -> dict[str, str]:
    return {ERRORS_PAGE: errors_page(), FIELDS_PAGE: fields_page(), RULES_PAGE: rules_page(),
            CALCULATIONS_PAGE: calculations_page()}


def write_guide(root: Path) -> list[Path]:
    written = []
    for name, text in pages().items():
        path = root / GUIDE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
