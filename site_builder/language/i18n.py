"""Language variants and gettext catalogs (babel) for interface and content strings.

Interface strings come from the page templates; content strings come from the
editors' YAML (msgctxt = the file's kind and id, msgid = the Dutch B1 text). A
translation is *vertaald*, *fuzzy* (its Dutch source changed), *ongecontroleerd*
(flag ``unreviewed``: drafted, not yet checked by a person) or *ontbreekt*; pages
say so, and a missing translation falls back to Dutch B1 with a visible note.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog as PoCatalog
from babel.messages.pofile import read_po

from ..data.cross_checks import PLACEHOLDER_HINT, broken_placeholders
from ..vocabulary import N_  # noqa: F401 (re-exported: marks interface strings)
from ..data.errors import Location, Problems
from ..data.model import PLACEHOLDER, TYPED_AMOUNT, Catalog
from ..data.yamlio import decode_located, read_bounded


UNREVIEWED = "unreviewed"
# CLDR order zero/one/two/few/many/other; babel's default header swaps slots 4 and 5.
ARABIC_PLURAL_EXPR = ("(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
                      "n%100>=11 ? 4 : 5)")




@dataclass(frozen=True)
class Variant:
    code: str          # folder and catalog name: nl, a2, ar, tr, en
    name: str          # shown in the language switcher
    babel: str         # locale for number and date formatting
    theme: str         # mkdocs-material language
    hreflang: str
    direction: str = "ltr"

    @property
    def prefix(self) -> str:
        return "" if self.code == "nl" else f"{self.code}/"

    @property
    def is_source(self) -> bool:
        return self.code == "nl"


VARIANTS = (
    Variant("nl", "Nederlands", "nl", "nl", "nl"),
    Variant("a2", "Makkelijk Nederlands", "nl", "nl", "nl-x-a2"),
    Variant("ar", "العربية", "ar", "ar", "ar", "rtl"),
    Variant("tr", "Türkçe", "tr", "tr", "tr"),
    Variant("en", "English", "en", "en", "en"),
)
VARIANT_BY_CODE = {v.code: v for v in VARIANTS}
DOMAINS = ("messages", "content")

TRANSLATED, FUZZY, DRAFT, MISSING, SOURCE = ("vertaald", "fuzzy", "ongecontroleerd",
                                               "ontbreekt", "bron")


def po_path(root: Path, variant: str, domain: str) -> Path:
    return root / "translations" / variant / "LC_MESSAGES" / f"{domain}.po"


def pot_path(root: Path, domain: str) -> Path:
    return root / "translations" / f"{domain}.pot"


MAX_PO_BYTES = 16_000_000      # the largest catalog is under 1 MB
_KEYWORD = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(\[\d+\])?)\s+(".*)$')
_STRING = re.compile(r'^"(?:[^"\\]|\\.)*"\s*$')


def _scan_po(text: str, display: str, problems: Problems) -> bool:
    """Line by line, what babel would pass over silently: a string whose closing quote is
    missing (its last character would be dropped) or a line that is no part of a .po."""
    ok = True
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = _KEYWORD.match(stripped)
        string = match.group(3) if match else stripped if stripped.startswith('"') else None
        if string is None:
            word = stripped.split()[0][:30]
            problems.add(Location(display, number, 1), "",
                         f"deze regel hoort niet in een vertaalbestand (hij begint met "
                         f"'{word}').", "Een regel begint met msgid, msgstr, msgctxt, een # of "
                         "een \" (vervolg van de tekst erboven).", code="po-onleesbaar")
            ok = False
        elif not _STRING.match(string):
            problems.add(Location(display, number, line.index('"') + 1), "",
                         "de tekst tussen aanhalingstekens wordt op deze regel niet goed "
                         "afgesloten.", "Zet aan het eind een \"; een \" in de tekst zelf "
                         "schrijft u als \\\".", code="po-onleesbaar")
            ok = False
    return ok


def _parse_po(text: str, locale: str | None):
    return read_po(io.BytesIO(text.encode("utf-8")), locale=locale, abort_invalid=True)


def read_po_checked(path: Path, display: str, problems: Problems,
                    locale: str | None = None) -> PoCatalog | None:
    """A .po read strictly: located Dutch problems instead of dropped characters or
    babel's English; a byte-order mark and Windows line ends are fine."""
    text = read_bounded(path, display, problems, limit=MAX_PO_BYTES)
    if text is None or not _scan_po(text, display, problems):
        return None
    try:
        return _parse_po(text, locale)
    except Exception as exc:  # babel raises several kinds; each one is reported, located
        line = getattr(exc, "lineno", 0) or 0
        problems.add(Location(display, line, 1 if line else 0), "",
                     "dit vertaalbestand kan niet worden gelezen: de opbouw van msgid en "
                     "msgstr klopt hier niet.", "Vergelijk met een goed stuk van het bestand: "
                     "msgctxt (mag), dan msgid, dan msgstr.", code="po-onleesbaar")
        return None


def load_po(path: Path, locale: str | None = None) -> PoCatalog | None:
    """A catalog for use after validation (BOM and CRLF accepted, like the check)."""
    if not path.exists():
        return None
    text = decode_located(path.read_bytes(), str(path), Problems())
    if text is None:
        return None
    return _parse_po(text, locale)


_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!?]|&#|&[a-z]+;|javascript\s*:", re.IGNORECASE)


def has_markup(text: str) -> bool:
    """Markup in a translation: tags, character references or a javascript: link."""
    return bool(_MARKUP.search(text or ""))


def state_of(message) -> str:
    if message is None or not message.string:
        return MISSING
    if message.fuzzy:
        return FUZZY
    if UNREVIEWED in message.flags:
        return DRAFT
    return TRANSLATED


class Translator:
    """Looks up interface and content strings for one variant and records their states."""

    def __init__(self, root: Path, variant: Variant):
        self.variant = variant
        self.catalogs = {}
        if not variant.is_source:
            for domain in DOMAINS:
                self.catalogs[domain] = load_po(po_path(root, variant.code, domain))
        self.states: list[str] = []

    def _lookup(self, domain: str, msgid: str, context: str | None):
        catalog = self.catalogs.get(domain)
        if catalog is None:
            return None
        return catalog.get(msgid, context=context)

    def ui(self, msgid: str) -> str:
        """Interface string: fuzzy and missing fall back to the Dutch text."""
        if self.variant.is_source:
            return msgid
        message = self._lookup("messages", msgid, None)
        state = state_of(message)
        self.states.append(state)
        return message.string if state in (TRANSLATED, DRAFT) else msgid

    def content(self, context: str, msgid: str) -> str:
        """Content string: a fuzzy translation is still shown (marked), a missing one
        falls back to Dutch B1; the page notes both."""
        if self.variant.is_source:
            return msgid
        message = self._lookup("content", msgid, context)
        state = state_of(message)
        self.states.append(state)
        return msgid if state == MISSING else message.string

    def reset(self) -> None:
        self.states = []

    def page_state(self) -> str:
        """The weakest state among the strings used since the last reset."""
        for state in (MISSING, FUZZY, DRAFT):
            if state in self.states:
                return state
        return TRANSLATED if self.states else SOURCE


def placeholders(text: str) -> set[str]:
    return {m.group(0) for m in PLACEHOLDER.finditer(text or "")}


def content_messages(catalog: Catalog):
    """Yield (context, msgid, location, key) for every translatable content text."""
    for kind, table in (("norm", catalog.normen), ("loket", catalog.loketten),
                        ("regeling", catalog.regelingen)):
        for item in table.values():
            for key, text in item.texts.items():
                yield f"{kind}:{item.id}", text, item.path, key
    for flow in catalog.flows.values():
        for key, text in flow.texts.items():
            yield f"route:{flow.id}", text, flow.path, key
    for question in catalog.vragen:
        for key, text in question.texts.items():
            yield f"vraag:{question.id}", text, "vragen.yaml", key


def check_translations(root: Path, catalog: Catalog) -> Problems:
    """Translations must keep every placeholder of their Dutch source."""
    problems = Problems()
    for variant in VARIANTS:
        if variant.is_source:
            continue
        for domain in DOMAINS:
            path = po_path(root, variant.code, domain)
            if not path.exists():
                continue
            display = str(path.relative_to(root))
            po = read_po_checked(path, display, problems)
            if po is None:
                continue
            for message in po:
                if not message.id or not message.string:
                    continue
                broken = [_check_translated_text(text, message, display, domain, problems)
                          for text in _strings_of(message.string)]
                if message.fuzzy or any(broken):   # one mistake, one message
                    continue
                if TYPED_AMOUNT.search(PLACEHOLDER.sub("", message.string)) and \
                        not TYPED_AMOUNT.search(message.id):
                    problems.add(Location(str(path.relative_to(root)), message.lineno or 0, 1),
                                 message.context or "",
                                 "de vertaling bevat een bedrag dat niet in het Nederlands staat.",
                                 "Typ geen bedragen in vertalingen; neem de plaatshouder over.",
                                 code="po-bedrag")
                wanted, got = placeholders(message.id), placeholders(message.string)
                if wanted != got:
                    line = message.lineno or 0
                    missing = ", ".join(sorted(wanted - got)) or "-"
                    extra = ", ".join(sorted(got - wanted)) or "-"
                    problems.add(Location(str(path.relative_to(root)), line, 1),
                                 message.context or "",
                                 f"de vertaling heeft andere plaatshouders dan het Nederlands "
                                 f"(ontbreekt: {missing}; extra: {extra}).",
                                 "Neem de plaatshouders tussen {} precies over.",
                                 code="po-plaatshouder")
    return problems


def _strings_of(value) -> list[str]:
    return [t for t in (value if isinstance(value, (list, tuple)) else [value]) if t]


def _check_translated_text(text: str, message, display: str, domain: str,
                           problems: Problems) -> bool:
    """Every translation, fuzzy ones too (they are shown): placeholders that parse, and no
    markup in interface texts (mkdocs writes the site name and menu titles unescaped).
    True when a placeholder is broken."""
    where = Location(display, message.lineno or 0, 1)
    broken = broken_placeholders(text)
    for written in broken:
        problems.add(where, message.context or "",
                     f"'{written}' is geen goede plaatshouder; zo komt het met haakjes en al "
                     "op de pagina.", PLACEHOLDER_HINT, code="kapotte-plaatshouder")
    if domain == "messages" and has_markup(text) and not has_markup(message.id):
        problems.add(where, message.context or "",
                     "de vertaling bevat HTML-opmaak of een script (zoals <b> of <script>).",
                     "Een vertaling is gewone tekst; haal de opmaak weg.", code="po-opmaak")
    return bool(broken)


def fix_plural_forms(catalog, locale: str) -> None:
    """Give Arabic catalogs the CLDR plural order (babel's header swaps slots 4 and 5)."""
    if locale == "ar":
        catalog._num_plurals = 6
        catalog._plural_expr = ARABIC_PLURAL_EXPR


def text_direction(variant: Variant) -> str:
    return Locale.parse(variant.babel).text_direction
