"""Field kinds, one class each: how a value of that kind is checked, how it is described to
editors (the guide and VS Code), its JSON Schema, the value ``routekaart nieuw`` writes for it,
and the value a missing field gets so cross-file checks can still run.

A new kind of field is one class here (or, for a kind of text, in ``text_kinds.py``),
registered in ``KINDS``; mkdocs' ``config_options`` is the model. The base class and the
:class:`Walk` are in ``kind_base.py``. Container kinds (lijst, tabel, object) receive a
:class:`Walk` that checks their items, so this module needs nothing from ``fields.py``.
"""
from __future__ import annotations

import re

from ...engine.answers import parse_number
from ..errors import did_you_mean
from ..yamlio import dotted, is_date, is_invalid
from .kind_base import Kind, Walk, json_string
from .text_kinds import Email, Line, OpeningHours, Phone, Text, Url

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
NO_DATE = "geen datum"  # a source that states no date of its own says so explicitly
UNKNOWN_DATE = "onbekend"  # a source nobody here opened: its own date is not known
DATE_SCHEMA = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}


class Date(Kind):
    name, description, empty = "datum", "een datum (JJJJ-MM-DD)", None

    def hint(self, field):
        return "Schrijf bijvoorbeeld 2026-01-01."

    def check(self, field, value, at):
        return value if is_date(value) else self.wrong(field, value, at)

    def json_schema(self, field, item_schema):
        return dict(DATE_SCHEMA)

    def scaffold(self, field, ident, today):
        if field.key == "vanaf":
            return f"{today.year}-01-01"
        if field.key == "tot":
            return f"{today.year}-12-31"
        return today.isoformat()


class SourceDate(Date):
    name = "brondatum"
    description = ("de datum die de bron zelf noemt (JJJJ-MM-DD), 'geen datum' als de "
                   "geopende bron er geen noemt, of 'onbekend' als niemand de bron zelf opende")

    def hint(self, field):
        return (f"Schrijf bijvoorbeeld 2025-11-14, of '{NO_DATE}' als de bron geen datum noemt, "
                f"of '{UNKNOWN_DATE}' als u de bron zelf niet hebt geopend.")

    def check(self, field, value, at):
        return value if value in (NO_DATE, UNKNOWN_DATE) else super().check(field, value, at)

    def json_schema(self, field, item_schema):
        return {"anyOf": [dict(DATE_SCHEMA), {"enum": [NO_DATE, UNKNOWN_DATE]}]}

    def scaffold(self, field, ident, today):
        return json_string(NO_DATE)


class Number(Kind):
    name, description = "getal", "een getal"
    types: tuple = (int, float)

    def check(self, field, value, at):
        if isinstance(value, bool) or not isinstance(value, self.types):
            return self.wrong(field, value, at)
        if field.minimum is not None and value < field.minimum:
            return at.add(f"{value} is te laag: het kleinste toegestane getal is "
                          f"{field.minimum:g}.", code="te-laag")
        return value

    def json_schema(self, field, item_schema):
        return {"type": "number"}

    def scaffold(self, field, ident, today):
        return "0"


class Whole(Number):
    name, description, types = "geheel", "een heel getal", (int,)

    def json_schema(self, field, item_schema):
        return {"type": "integer"}


class Amount(Kind):
    name, description = "waarde", "een getal, of 'geen' als er dit jaar geen grens is"

    def check(self, field, value, at):
        if value == "geen":
            return "geen"
        if isinstance(value, str):
            return self.as_text(field, value, at)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return self.wrong(field, value, at)
        if value < 0:
            return at.add(f"{value:g} is negatief; een bedrag of grens is 0 of meer.",
                          "Haal het minteken weg. Is er geen grens meer? Schrijf dan 'geen'.",
                          code="negatief-bedrag")
        return value

    def as_text(self, field, value: str, at: Walk):
        """A figure typed as text ("1.650,50", "€ 40.857"): say exactly how to write it."""
        number, _problem = parse_number(value)
        if number is None:
            return self.wrong(field, value, at)
        written = str(int(number)) if number == int(number) else f"{number:.2f}"
        return at.add(f"'{value}' is een bedrag als tekst; zo kan het niet worden gerekend.",
                      f"Schrijf {written}: zonder €, zonder punt voor duizendtallen, en centen "
                      "na een punt (1430.50).", code="bedrag-notatie")

    def json_schema(self, field, item_schema):
        return {"anyOf": [{"type": "number"}, {"const": "geen"}]}

    def scaffold(self, field, ident, today):
        return "0"


class YesNo(Kind):
    name, description, empty = "janee", "ja of nee (true of false)", False

    def check(self, field, value, at):
        return value if isinstance(value, bool) else self.wrong(field, value, at)

    def json_schema(self, field, item_schema):
        return {"type": "boolean"}

    def scaffold(self, field, ident, today):
        return "false"


class Choice(Kind):
    name, description = "keuze", "een van de vaste keuzes"

    def hint(self, field):
        return "Kies uit: " + ", ".join(f"'{c}'" for c in field.choices) + "."

    def check(self, field, value, at):
        if value not in field.choices:
            options = ", ".join(f"'{c}'" for c in field.choices)
            return at.add(f"verwacht een van {options}; hier staat '{value}'.",
                          did_you_mean(value, field.choices), code="onbekende-keuze")
        return value

    def json_schema(self, field, item_schema):
        return {"enum": list(field.choices)}

    def scaffold(self, field, ident, today):
        return field.choices[0]


class Ident(Kind):
    name = "id"
    description = "een naam in kleine letters met streepjes (bijvoorbeeld 'mijn-regeling')"

    def check(self, field, value, at):
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            return at.add(f"'{value}' is geen geldige naam: gebruik kleine letters a-z, cijfers "
                          "en streepjes.", "Bijvoorbeeld 'bijzondere-bijstand'.", code="geen-id")
        return value

    def json_schema(self, field, item_schema):
        return {"type": "string", "pattern": ID_PATTERN.pattern}

    def scaffold(self, field, ident, today):
        return ident if field.key == "id" else f"naam-van-een-{field.key}"


class List(Kind):
    name, description, empty = "lijst", "een lijst", ()

    def check(self, field, value, at):
        if not isinstance(value, list):
            return self.wrong(field, value, at)
        out = []
        for i, item in enumerate(value):
            checked = at.check(field.item, item, at.path + (i,))
            if checked is not None:
                out.append(checked)
        return out

    def json_schema(self, field, item_schema):
        return {"type": "array", "items": item_schema(field.item)}


class Table(Kind):
    name, description = "tabel", "een blok met namen en waarden"
    empty: object = {}

    def check(self, field, value, at):
        if not isinstance(value, dict):
            return self.wrong(field, value, at)
        out = {}
        for key, item in value.items():
            if not ID_PATTERN.match(key.replace("_", "-")):
                at.problems.add(at.doc.loc(at.path + (key,), key=True), dotted(at.path + (key,)),
                                f"'{key}' is geen geldige naam: gebruik kleine letters, cijfers "
                                "en liggende streepjes.", code="geen-id")
                continue
            checked = at.check(field.item, item, at.path + (key,))
            if checked is not None:
                out[key] = checked
        return out

    def json_schema(self, field, item_schema):
        return {"type": "object", "additionalProperties": item_schema(field.item)}


class Block(Kind):
    name, description, empty = "object", "een blok met velden", None

    def check(self, field, value, at):
        if not isinstance(value, dict):
            return self.wrong(field, value, at)
        return at.mapping(field.schema, value, at.path)


class Free(Kind):
    name, description = "vrij", "een waarde"   # checked elsewhere (a rule, by its type)


KINDS = {kind.name: kind for kind in (
    Text(), Line(), Phone(), Email(), OpeningHours(), Url(), Date(), SourceDate(), Number(),
    Whole(), Amount(), YesNo(), Choice(), Ident(), List(), Table(), Block(), Free())}


def check_value(field, value, at: Walk):
    """Validate one value against its field; returns the value or None when unusable."""
    if is_invalid(value):
        return None
    return KINDS[field.kind].check(field, value, at)
