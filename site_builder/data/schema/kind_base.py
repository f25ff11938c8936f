"""What every field kind shares: the base class :class:`Kind`, the :class:`Walk` that tells a
kind where its value stands (and how to check the items of a container), and the words for a
value's type in messages. The kinds themselves are in ``text_kinds.py`` and ``kinds.py``.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Callable

from ..errors import Problems
from ..yamlio import Document, dotted, is_date


@dataclass
class Walk:
    """Where a value stands, and how to check the items inside a container."""
    doc: Document
    path: tuple
    problems: Problems
    check: Callable      # check(field, value, path) -> value | None
    mapping: Callable    # mapping(schema, data, path) -> dict

    def add(self, message: str, hint: str = "", code: str = "", path=None) -> None:
        where = self.path if path is None else path
        self.problems.add(self.doc.loc(where), dotted(where), message, hint, code=code)


def type_name(value) -> str:
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


class Kind:
    name = ""
    description = ""        # "een datum (JJJJ-MM-DD)": in messages, the guide and VS Code
    empty: object = ""      # what a missing required field becomes for the cross-file checks

    def hint(self, field) -> str:
        return ""

    def wrong(self, field, value, at: Walk) -> None:
        at.add(f"verwacht {self.description}, maar hier staat {type_name(value)}.",
               self.hint(field), code="verkeerd-type")

    def check(self, field, value, at: Walk):
        return value

    def json_schema(self, field, item_schema: Callable) -> dict:
        return {}

    def scaffold(self, field, ident: str, today: dt.date):
        """The scalar ``routekaart nieuw`` writes, or None when the field needs a block."""
        return None


def json_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
