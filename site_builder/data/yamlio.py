"""Safe YAML loading that remembers where every value came from.

``load_document`` returns plain Python data plus a map from a value's path
(for example ``("parameters", "grens", "waarden", 0, "vanaf")``) to its line and
column, so that later checks can point editors at the exact spot. Duplicate keys
and impossible dates are reported as problems instead of being silently accepted.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from .errors import Location, Problems

PathKey = tuple


@dataclass
class Document:
    """One loaded YAML file: its data and the position of every value and key."""

    path: str
    data: object
    values: dict = field(default_factory=dict)
    keys: dict = field(default_factory=dict)

    def loc(self, path: PathKey = (), key: bool = False) -> Location:
        """Location of the value at *path* (or of its key); falls back to the parent."""
        table = self.keys if key else self.values
        probe = tuple(path)
        while probe:
            if probe in table:
                line, col = table[probe]
                return Location(self.path, line, col)
            if probe in self.values:
                line, col = self.values[probe]
                return Location(self.path, line, col)
            probe = probe[:-1]
        line, col = self.values.get((), (1, 1))
        return Location(self.path, line, col)


class _Constructor(SafeConstructor):
    pass


def _scalar(constructor: SafeConstructor, node: yaml.ScalarNode):
    return constructor.construct_object(node, deep=True)


_DUPLICATE_WORDS = {"stappen": "de stap", "parameters": "de parameter"}


def _convert(node, constructor, doc: Document, path: PathKey, problems: Problems):
    doc.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.add(Location(doc.path, key_node.start_mark.line + 1,
                                      key_node.start_mark.column + 1), _dotted(path),
                             "een sleutel moet gewone tekst zijn.", code="sleutel-geen-tekst")
                continue
            key = key_node.value
            child = path + (key,)
            if key in result:
                first = doc.keys.get(child, (0, 0))
                what = _DUPLICATE_WORDS.get(path[-1] if path else "", "de sleutel")
                problems.add(Location(doc.path, key_node.start_mark.line + 1,
                                      key_node.start_mark.column + 1), _dotted(child),
                             f"{what} '{key}' staat twee keer in dit blok "
                             f"(eerst op regel {first[0]}).",
                             "Haal een van de twee weg of geef een andere naam.",
                             code="dubbele-sleutel")
                continue
            doc.keys[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = _convert(value_node, constructor, doc, child, problems)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, constructor, doc, path + (i,), problems)
                for i, item in enumerate(node.value)]
    try:
        return _scalar(constructor, node)
    except (ValueError, ConstructorError) as exc:
        if node.tag == "tag:yaml.org,2002:timestamp":
            problems.add(doc.loc(path), _dotted(path),
                         f"'{node.value}' is geen bestaande datum.",
                         "Schrijf een echte datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-01.",
                         code="onmogelijke-datum")
        else:
            problems.add(doc.loc(path), _dotted(path),
                         f"deze waarde kan niet worden gelezen: "
                         f"{getattr(exc, 'problem', None) or exc}.",
                         code="onleesbare-waarde")
        return _Invalid(node.value)


class _Invalid(str):
    """Marker for a scalar that could not be read; later checks skip it."""


def is_invalid(value) -> bool:
    return isinstance(value, _Invalid)


def _dotted(path: PathKey) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


dotted = _dotted


_YAML_REASONS = (
    ("unexpected end of stream", "een aanhalingsteken of haakje dat hier begint, wordt nergens "
                                 "gesloten"),
    ("mapping values are not allowed", "er staat een dubbele punt op een plek waar dat niet kan "
                                       "(zet zo'n tekst tussen aanhalingstekens)"),
    ("cannot start any token", "er staat een teken dat hier niet mag, bijvoorbeeld een tab "
                               "(gebruik spaties)"),
    ("could not find expected ':'", "er mist een dubbele punt na de naam van een veld"),
    ("expected <block end>", "de inspringing klopt niet"),
    ("did not find expected key", "de inspringing klopt niet"),
    ("did not find expected '-' indicator", "een lijst is niet goed ingesprongen"),
)


def _explain(exc: yaml.MarkedYAMLError) -> str:
    problem = exc.problem or ""
    for needle, dutch in _YAML_REASONS:
        if needle in problem or needle in (exc.context or ""):
            return dutch
    return f"{problem or 'onbekende fout'}"


def load_text(text: str, path: str, problems: Problems) -> Document | None:
    """Parse *text*; on a syntax error add a located problem and return None."""
    doc = Document(path=path, data=None)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        # The context mark (where a quote or block began) is where editors must look.
        mark = exc.context_mark or exc.problem_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problems.add(Location(path, line, col), "",
                     f"de YAML-opmaak klopt hier niet: {_explain(exc)}.",
                     "Kijk naar inspringing, dubbele punten en aanhalingstekens op deze "
                     "regel of de regel erboven.", code="yaml-syntax")
        return None
    except yaml.YAMLError as exc:  # pragma: no cover - non-marked errors are rare
        problems.add(Location(path, 1, 1), "", f"de YAML-opmaak klopt niet ({exc}).",
                     code="yaml-syntax")
        return None
    if node is None:
        problems.add(Location(path, 1, 1), "", "het bestand is leeg.", code="leeg-bestand")
        return None
    constructor = _Constructor()
    doc.data = _convert(node, constructor, doc, (), problems)
    return doc


def load_document(path: Path, display: str, problems: Problems) -> Document | None:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.add(Location(display, 1, 1), "",
                     "het bestand is geen UTF-8-tekst.",
                     "Sla het bestand op als UTF-8.", code="geen-utf8")
        return None
    return load_text(text, display, problems)


def is_date(value) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
