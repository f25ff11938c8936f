"""The declarative schema mechanism: a field is declared once, with a Dutch explanation.

The same declaration validates YAML documents (with located, plain-language
problems), exports JSON Schema for the editors' VS Code, and writes the field
reference in the editors' guide.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ..errors import Problems, did_you_mean
from ..yamlio import Document, dotted, is_date, is_invalid

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
URL_PATTERN = re.compile(r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:[0-9]+)?(/[^\s<>\"']*)?$")

NO_DATE = "geen datum"  # a source that states no date of its own says so explicitly

KIND_NAMES = {
    "tekst": "een tekst",
    "regel": "een korte tekst op één regel",
    "url": "een webadres dat begint met https://",
    "datum": "een datum (JJJJ-MM-DD)",
    "brondatum": "de datum die de bron zelf noemt (JJJJ-MM-DD), of 'geen datum'",
    "geheel": "een heel getal",
    "getal": "een getal",
    "janee": "ja of nee (true of false)",
    "keuze": "een van de vaste keuzes",
    "id": "een naam in kleine letters met streepjes (bijvoorbeeld 'mijn-regeling')",
    "lijst": "een lijst",
    "object": "een blok met velden",
    "tabel": "een blok met namen en waarden",
    "waarde": "een getal, of 'geen' als er dit jaar geen grens is",
    "vrij": "een waarde",
}


@dataclass(frozen=True)
class Field:
    key: str
    kind: str
    doc: str
    required: bool = True
    choices: tuple = ()
    item: "Field | None" = None
    schema: "Schema | None" = None
    translatable: bool = False
    example: object = None
    minimum: float | None = None


@dataclass(frozen=True)
class Schema:
    name: str
    doc: str
    fields: tuple
    checks: tuple = field(default=())

    def field(self, key: str) -> Field | None:
        for f in self.fields:
            if f.key == key:
                return f
        return None


def _type_name(value) -> str:
    if isinstance(value, bool):
        return "ja/nee"
    if isinstance(value, int | float):
        return "een getal"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een blok met velden"
    if is_date(value):
        return "een datum"
    if value is None:
        return "niets (leeg)"
    return type(value).__name__


def _wrong(problems: Problems, doc: Document, path, f: Field, value) -> None:
    problems.add(doc.loc(path), dotted(path),
                 f"verwacht {KIND_NAMES[f.kind]}, maar hier staat {_type_name(value)}.",
                 _kind_hint(f), code="verkeerd-type")


def _kind_hint(f: Field) -> str:
    if f.kind == "datum":
        return "Schrijf bijvoorbeeld 2026-01-01."
    if f.kind == "brondatum":
        return f"Schrijf bijvoorbeeld 2025-11-14, of '{NO_DATE}' als de bron geen datum noemt."
    if f.kind == "url":
        return "Kopieer het adres uit de adresbalk van de browser."
    if f.kind == "keuze":
        return "Kies uit: " + ", ".join(f"'{c}'" for c in f.choices) + "."
    return ""


def check_value(f: Field, value, doc: Document, path, problems: Problems):
    """Validate one value against its field; returns the value or None when unusable."""
    if is_invalid(value):
        return None
    kind = f.kind
    if kind in ("tekst", "regel"):
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            _wrong(problems, doc, path, f, value)
            return None
        if not value.strip():
            problems.add(doc.loc(path), dotted(path), "deze tekst is leeg.",
                         "Vul een tekst in of haal het veld weg.", code="lege-tekst")
            return None
        if kind == "regel" and "\n" in value.strip():
            problems.add(doc.loc(path), dotted(path), "deze tekst moet op één regel staan.",
                         code="meer-regels")
            return None
        return value.strip()
    if kind == "url":
        if not isinstance(value, str) or not URL_PATTERN.match(value.strip()):
            shown = value if isinstance(value, str) else _type_name(value)
            problems.add(doc.loc(path), dotted(path),
                         f"'{shown}' is geen volledig webadres dat begint met https://.",
                         _kind_hint(f), code="geen-url")
            return None
        return value.strip()
    if kind == "brondatum":
        if value == NO_DATE:
            return value
        if not is_date(value):
            _wrong(problems, doc, path, f, value)
            return None
        return value
    if kind == "datum":
        if not is_date(value):
            _wrong(problems, doc, path, f, value)
            return None
        return value
    if kind == "geheel":
        if isinstance(value, bool) or not isinstance(value, int):
            _wrong(problems, doc, path, f, value)
            return None
        return _check_minimum(f, value, doc, path, problems)
    if kind == "getal":
        if isinstance(value, bool) or not isinstance(value, int | float):
            _wrong(problems, doc, path, f, value)
            return None
        return _check_minimum(f, value, doc, path, problems)
    if kind == "waarde":
        if value == "geen":
            return "geen"
        if isinstance(value, str) and not is_invalid(value):
            return _amount_as_text(value, doc, path, problems, f)
        if isinstance(value, bool) or not isinstance(value, int | float):
            _wrong(problems, doc, path, f, value)
            return None
        if value < 0:
            problems.add(doc.loc(path), dotted(path), f"{value:g} is negatief; een bedrag of "
                         "grens is 0 of meer.", "Haal het minteken weg. Is er geen grens meer? "
                         "Schrijf dan 'geen'.", code="negatief-bedrag")
            return None
        return value
    if kind == "janee":
        if not isinstance(value, bool):
            _wrong(problems, doc, path, f, value)
            return None
        return value
    if kind == "keuze":
        if value not in f.choices:
            options = ", ".join(f"'{c}'" for c in f.choices)
            hint = did_you_mean(value, f.choices)
            problems.add(doc.loc(path), dotted(path),
                         f"verwacht een van {options}; hier staat '{value}'.",
                         hint, code="onbekende-keuze")
            return None
        return value
    if kind == "id":
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            problems.add(doc.loc(path), dotted(path),
                         f"'{value}' is geen geldige naam: gebruik kleine letters a-z, cijfers "
                         "en streepjes.", "Bijvoorbeeld 'bijzondere-bijstand'.", code="geen-id")
            return None
        return value
    if kind == "lijst":
        if not isinstance(value, list):
            _wrong(problems, doc, path, f, value)
            return None
        out = []
        for i, item in enumerate(value):
            checked = check_value(f.item, item, doc, path + (i,), problems)
            if checked is not None:
                out.append(checked)
        return out
    if kind == "tabel":
        if not isinstance(value, dict):
            _wrong(problems, doc, path, f, value)
            return None
        out = {}
        for key, item in value.items():
            if not ID_PATTERN.match(key.replace("_", "-")):
                problems.add(doc.loc(path + (key,), key=True), dotted(path + (key,)),
                             f"'{key}' is geen geldige naam: gebruik kleine letters, cijfers "
                             "en liggende streepjes.", code="geen-id")
                continue
            checked = check_value(f.item, item, doc, path + (key,), problems)
            if checked is not None:
                out[key] = checked
        return out
    if kind == "object":
        if not isinstance(value, dict):
            _wrong(problems, doc, path, f, value)
            return None
        return validate_mapping(f.schema, value, doc, path, problems)
    return value  # "vrij": checked elsewhere


def _amount_as_text(value: str, doc, path, problems, f):
    """A figure typed as text ("1.650,50", "€ 40.857"): say exactly how to write it."""
    from ...engine.answers import parse_number

    number, _problem = parse_number(value)
    if number is None:
        _wrong(problems, doc, path, f, value)
        return None
    written = str(int(number)) if number == int(number) else f"{number:.2f}"
    problems.add(doc.loc(path), dotted(path),
                 f"'{value}' is een bedrag als tekst; zo kan het niet worden gerekend.",
                 f"Schrijf {written}: zonder €, "
                 "zonder punt voor duizendtallen, en centen na een punt (1430.50).",
                 code="bedrag-notatie")
    return None


def _check_minimum(f: Field, value, doc, path, problems):
    if f.minimum is not None and value < f.minimum:
        problems.add(doc.loc(path), dotted(path),
                     f"{value} is te laag: het kleinste toegestane getal is {f.minimum:g}.",
                     code="te-laag")
        return None
    return value


def validate_mapping(schema: Schema, data: dict, doc: Document, path, problems: Problems):
    """Validate a mapping against *schema*; returns a dict of the usable fields."""
    known = {f.key for f in schema.fields}
    out: dict = {}
    for key in data:
        if key not in known:
            hint = did_you_mean(key, known)
            problems.add(doc.loc(path + (key,), key=True), dotted(path + (key,)),
                         f"onbekend veld '{key}' in {schema.name}.",
                         hint or "Kijk in de redactiehandleiding welke velden er zijn.",
                         code="onbekend-veld")
    for f in schema.fields:
        if f.key not in data or data[f.key] is None:
            if f.required:
                problems.add(doc.loc(path), dotted(path + (f.key,)),
                             f"het verplichte veld '{f.key}' ontbreekt.",
                             f"Voeg het toe: {f.doc}", code="verplicht-veld")
            continue
        checked = check_value(f, data[f.key], doc, path + (f.key,), problems)
        if checked is not None:
            out[f.key] = checked
    for check in schema.checks:
        check(out, doc, path, problems)
    return out


Check = Callable[[dict, Document, tuple, Problems], None]
