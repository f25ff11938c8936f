"""The declarative schema mechanism: a field is declared once, with a Dutch explanation.

The same declaration validates YAML documents (with located, plain-language
problems), exports JSON Schema for the editors' VS Code, and writes the field
reference in the editors' guide. What a field's *kind* means lives in ``kinds.py``
(kinds of text in ``text_kinds.py``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..errors import Problems, did_you_mean
from ..yamlio import Document, dotted
from .kind_base import Walk
from .kinds import KINDS, check_value as _check_kind

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

    def __post_init__(self):
        if self.kind not in KINDS:  # a programming mistake, not an editor's
            raise ValueError(f"unknown field kind {self.kind!r} for {self.key!r}")


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


def check_value(f: Field, value, doc: Document, path, problems: Problems):
    """Validate one value against its field; returns the value or None when unusable."""
    return _check_kind(f, value, _walk(doc, path, problems))


def _walk(doc: Document, path, problems: Problems) -> Walk:
    return Walk(doc, path, problems,
                check=lambda f, value, where: check_value(f, value, doc, where, problems),
                mapping=lambda schema, data, where: validate_mapping(schema, data, doc, where,
                                                                     problems))


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
