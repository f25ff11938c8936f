"""Safe YAML loading that remembers where every value came from.

``load_document`` returns plain Python data plus a map from a value's path
(for example ``("parameters", "grens", "waarden", 0, "vanaf")``) to its line and
column, so that later checks can point editors at the exact spot. Duplicate keys
and impossible dates are reported as problems instead of being silently accepted.

Loading is bounded: anchors and aliases (which editors never need, and which let a
few hundred bytes expand into gigabytes) are refused before anything is expanded,
and so are files, texts and nestings beyond generous limits. A link that loops or
points outside the repository is an error, never a silently skipped file.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import AliasEvent

from .errors import Location, Problems

PathKey = tuple

MAX_FILE_BYTES = 1_000_000      # the largest data file is about 12 kB
MAX_TEXT = 20_000               # characters in one value; the longest text is about 600
MAX_DEPTH = 30                  # nested blocks and lists; the data needs about 6


@dataclass
class Document:
    """One loaded YAML file: its data and the position of every value and key."""

    path: str
    data: object
    values: dict = field(default_factory=dict)
    keys: dict = field(default_factory=dict)
    scalars: dict = field(default_factory=dict)   # path -> the value exactly as written

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
    doc.scalars[path] = node.value
    if len(node.value) > MAX_TEXT:
        problems.add(doc.loc(path), _dotted(path),
                     f"deze tekst is {len(node.value):,} tekens lang; het meeste dat kan is "
                     f"{MAX_TEXT:,}.".replace(",", "."),
                     "Maak de tekst korter; is er per ongeluk iets geplakt?",
                     code="tekst-te-lang")
        return _Invalid("")
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


class _Refused(Exception):
    def __init__(self, mark, code: str, message: str, hint: str):
        super().__init__(message)
        self.mark, self.code, self.message, self.hint = mark, code, message, hint


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader that refuses anchors, aliases and deep nesting while it
    composes, so nothing is ever expanded or recursed into beyond the limits."""

    depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
            sign = "*" if isinstance(event, AliasEvent) else "&"
            raise _Refused(event.start_mark, "yaml-alias",
                           f"hier staat een YAML-verwijzing ({sign}{event.anchor}); die "
                           "gebruiken we niet.",
                           "Schrijf de waarde gewoon uit op elke plek waar hij nodig is.")
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Refused(event.start_mark, "te-diep",
                           f"de blokken en lijsten zitten hier meer dan {MAX_DEPTH} lagen diep "
                           "in elkaar.", "Kijk of er haakjes [ of { niet gesloten zijn.")
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


_QUOTE_START = re.compile(r"""(?:^|:\s+|-\s+|\[\s*|,\s*)(["'])""")


def _unclosed_quote(text: str, until: int) -> tuple[int, int] | None:
    """(line, column) of the first quote opened and not closed on its own line, up to
    line *until*; a quote that runs on is what editors mean by a broken line."""
    for number, line in enumerate(text.splitlines()[:until], start=1):
        if line.lstrip().startswith("#"):
            continue
        match = _QUOTE_START.search(line)
        if not match:
            continue
        quote, rest = match.group(1), line[match.end():]
        closed = re.search(r'(?<!\\)"' if quote == '"' else r"'(?!')", rest.replace("''", ""))
        if not closed:
            return number, match.start(1) + 1
    return None


def _compose(text: str):
    loader = _BoundedLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def load_text(text: str, path: str, problems: Problems) -> Document | None:
    """Parse *text*; on a syntax error add a located problem and return None."""
    doc = Document(path=path, data=None)
    try:
        node = _compose(text)
    except _Refused as refused:
        where = Location(path, refused.mark.line + 1, refused.mark.column + 1)
        if refused.code == "yaml-alias":
            problems.add(where, "", refused.message, refused.hint, code="yaml-alias")
        else:
            problems.add(where, "", refused.message, refused.hint, code="te-diep")
        return None
    except yaml.MarkedYAMLError as exc:
        # The context mark (where a quote or block began) is where editors must look; a
        # quote left open on an earlier line is the cause more often than the indentation.
        mark = exc.context_mark or exc.problem_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = _explain(exc)
        until = exc.problem_mark.line + 1 if exc.problem_mark else line
        quote = _unclosed_quote(text, until)
        if quote is not None and "gesloten" not in reason:
            (line, col), reason = quote, ("een aanhalingsteken dat hier begint, wordt op deze "
                                          "regel niet gesloten")
        problems.add(Location(path, line, col), "",
                     f"de YAML-opmaak klopt hier niet: {reason}.",
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


def decode_located(data: bytes, display: str, problems: Problems) -> str | None:
    """UTF-8 text (a byte-order mark is dropped, CRLF becomes LF), or a problem at the
    line and column of the first byte that is not UTF-8."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        problems.add(Location(display, line, col), "",
                     f"het bestand is geen UTF-8-tekst: het teken op deze plek (byte "
                     f"0x{data[exc.start]:02x}) is in een andere tekenset opgeslagen.",
                     "Sla het bestand op als UTF-8.", code="geen-utf8")
        return None
    return text.replace("\r\n", "\n")


def read_bounded(path: Path, display: str, problems: Problems,
                 limit: int = MAX_FILE_BYTES, root: Path | None = None) -> str | None:
    """The text of *path*, or None with a located problem: a link that loops or leaves
    *root*, a file over *limit* bytes (located at its longest line), or not UTF-8."""
    if root is not None and not inside_repository(path, root, display, problems):
        return None
    try:
        with path.open("rb") as handle:
            data = handle.read(32 * limit)   # enough to point at the longest line
    except OSError as exc:
        problems.add(Location(display), "", f"het bestand kan niet worden gelezen "
                     f"({exc.strerror or exc}).", code="bestand-onleesbaar")
        return None
    if len(data) > limit:
        lines = data.split(b"\n")
        longest = max(range(len(lines)), key=lambda i: len(lines[i]))
        problems.add(Location(display, longest + 1, 1), "",
                     f"het bestand is groter dan {_megabytes(limit)} (het meeste dat kan); de "
                     "langste regel is deze.",
                     "Haal de tekst weg die per ongeluk is geplakt.", code="bestand-te-groot")
        return None
    return decode_located(data, display, problems)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",") + " MB"


def inside_repository(path: Path, root: Path, display: str, problems: Problems) -> bool:
    """A data file (or the link to it) must end inside the repository."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        problems.add(Location(display), "", "dit bestand is een snelkoppeling (link) die "
                     "nergens uitkomt of in een kring naar zichzelf wijst.",
                     "Haal de link weg en zet het echte bestand hier neer.",
                     code="link-kring")
        return False
    if not target.is_relative_to(Path(root).resolve()):
        problems.add(Location(display), "", "dit bestand is een snelkoppeling (link) naar een "
                     "bestand buiten de map van de site.",
                     "Zet het echte bestand hier neer; gegevens van buiten worden niet gelezen.",
                     code="link-buiten-repo")
        return False
    return True


def load_document(path: Path, display: str, problems: Problems,
                  root: Path | None = None) -> Document | None:
    text = read_bounded(path, display, problems, root=root)
    if text is None:
        return None
    return load_text(text, display, problems)


def is_date(value) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
