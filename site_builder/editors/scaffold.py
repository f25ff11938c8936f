"""``routekaart nieuw``: a new regeling or loket file, generated from the schema.

Every field of the schema appears with its Dutch explanation as a comment. Required
fields get a clearly marked instruction ("IN TE VULLEN: …") or a safe value; optional
fields are written commented out, ready to switch on. The file starts as ``status:
concept``: it validates, but it is not published until an editor fills it in and sets
the status to ``open``; a finished file that still holds an instruction is an error.
"""
from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from ..vocabulary import GEBIEDEN
from ..data.schema.fields import Field, Schema
from ..data.document_kinds import DOCUMENT_KINDS
from ..data.schema.kinds import ID_PATTERN, KINDS

SCAFFOLDED = {name: kind for name, kind in DOCUMENT_KINDS.items() if kind.scaffold}
WIDTH = 92


class ScaffoldError(Exception):
    """A plain Dutch reason why the file cannot be made."""


def _comment(text: str, indent: str) -> list[str]:
    return [f"{indent}# {line}" for line in textwrap.wrap(text, WIDTH - len(indent) - 2)]


def _explain(f: Field) -> str:
    text = f.doc
    if f.kind == "keuze" and f.choices:
        text += " Kies uit: " + ", ".join(f.choices) + "."
    elif f.kind == "lijst" and f.item is not None and f.item.kind == "keuze":
        text += " Kies uit: " + ", ".join(f.item.choices) + "."
    return text + (" Verplicht." if f.required else " Mag weg.")


def _value(f: Field, ident: str, today: dt.date):
    """The scalar written for a field, or None when the field needs a block."""
    if f.key == "status":
        return "concept"
    return KINDS[f.kind].scaffold(f, ident, today)


def _field_lines(f: Field, ident: str, today: dt.date, indent: str, commented: bool,
                 explain: bool = True) -> list[str]:
    lines = _comment(_explain(f), indent) if explain else []
    mark = "# " if commented else ""
    scalar = _value(f, ident, today)
    if scalar is not None:
        return lines + [f"{indent}{mark}{f.key}: {scalar}"]
    if f.kind == "object" and f.schema is not None:
        return lines + [f"{indent}{mark}{f.key}:"] + _block(f.schema, ident, today,
                                                            indent + "  ", commented)
    if f.kind == "lijst" and f.item is not None:
        item = f.item
        if item.kind == "object" and item.schema is not None:
            explained: list[str] = []
            inner: list[str] = []
            for sub in item.schema.fields:
                explained += _comment(f"{sub.key}: {_explain(sub)}", indent + "  ")
                inner += _field_lines(sub, ident, today, indent + "    ", commented,
                                      explain=False)
            inner[0] = inner[0].replace(f"{indent}    {mark}", f"{indent}  {mark}- ", 1)
            return lines + explained + [f"{indent}{mark}{f.key}:"] + inner
        if item.kind == "vrij":
            return lines + [f"{indent}{mark}{f.key}: []"]
        value = _value(item, ident, today)
        return lines + [f"{indent}{mark}{f.key}:", f"{indent}{mark}  - {value}"]
    if f.kind == "tabel" and f.item is not None and f.item.schema is not None:
        return lines + [f"{indent}{mark}{f.key}:", f"{indent}{mark}  voorbeeld_naam:"] + \
            _block(f.item.schema, ident, today, indent + "    ", commented)
    return lines + [f"{indent}{mark}{f.key}:  # zie de handleiding"]


def _block(schema: Schema, ident: str, today: dt.date, indent: str,
           commented: bool) -> list[str]:
    lines: list[str] = []
    for f in schema.fields:
        lines += _field_lines(f, ident, today, indent, commented or not f.required)
    return lines


def scaffold_text(kind: str, ident: str, today: dt.date) -> str:
    schema = SCAFFOLDED[kind].schema()
    header = [f"# yaml-language-server: $schema=../../schemas/{kind}.schema.json",
              f"# Nieuw bestand voor {schema.name}, gemaakt met 'routekaart nieuw {kind}'.",
              "# Vul elke regel met 'IN TE VULLEN' in, zet 'status' op 'open' en controleer",
              "# met 'routekaart validate'. Regels die met '#' beginnen zijn uitleg, of velden",
              "# die u aanzet door het '#'-teken weg te halen. Tot dan blijft het een concept",
              "# en komt het niet op de site.", ""]
    body: list[str] = []
    for f in schema.fields:
        body += _field_lines(f, ident, today, "", not f.required and f.key != "status")
        body.append("")
    return "\n".join(header + body).rstrip("\n") + "\n"


def create(root: Path, kind: str, gebied: str, ident: str, today: dt.date) -> Path:
    if kind not in SCAFFOLDED:
        raise ScaffoldError(f"'{kind}' kan niet: kies " + " of ".join(f"'{k}'" for k in SCAFFOLDED)
                            + ".")
    if gebied not in GEBIEDEN:
        raise ScaffoldError(f"'{gebied}' is geen gebied; kies uit "
                            + ", ".join(f"'{g}'" for g in GEBIEDEN) + ".")
    if not ID_PATTERN.match(ident):
        raise ScaffoldError(f"'{ident}' is geen geldige naam: gebruik kleine letters a-z, "
                            "cijfers en streepjes, bijvoorbeeld 'mijn-regeling'.")
    folder = SCAFFOLDED[kind].location
    taken = list((root / folder).glob(f"*/{ident}.yaml"))
    if taken:
        raise ScaffoldError(f"er bestaat al een {kind} met de naam '{ident}': "
                            f"{taken[0].relative_to(root).as_posix()}.")
    target = root / folder / gebied / f"{ident}.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(scaffold_text(kind, ident, today), encoding="utf-8")
    return target
