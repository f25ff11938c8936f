"""Language variants and gettext catalogs (babel) for interface and content strings.

Interface strings come from the page templates; content strings come from the
editors' YAML (msgctxt = the file's kind and id, msgid = the Dutch B1 text). A
translation is *vertaald*, *fuzzy* (its Dutch source changed), *ongecontroleerd*
(flag ``unreviewed``: drafted, not yet checked by a person) or *ontbreekt*; pages
say so, and a missing translation falls back to Dutch B1 with a visible note.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog as PoCatalog
from babel.messages.pofile import read_po

from ..vocabulary import N_  # noqa: F401 (re-exported: marks interface strings)
from ..data.errors import Location, Problems
from ..data.model import PLACEHOLDER, TYPED_AMOUNT, Catalog


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


def load_po(path: Path, locale: str | None = None) -> PoCatalog | None:
    if not path.exists():
        return None
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


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
            try:
                po = load_po(path)
            except Exception as exc:  # babel raises several kinds for broken files
                problems.add(Location(str(path.relative_to(root))), "",
                             f"dit vertaalbestand kan niet worden gelezen: {exc}.",
                             code="po-onleesbaar")
                continue
            if po is None:
                continue
            for message in po:
                if not message.id or not message.string or message.fuzzy:
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


def fix_plural_forms(catalog, locale: str) -> None:
    """Give Arabic catalogs the CLDR plural order (babel's header swaps slots 4 and 5)."""
    if locale == "ar":
        catalog._num_plurals = 6
        catalog._plural_expr = ARABIC_PLURAL_EXPR


def text_direction(variant: Variant) -> str:
    return Locale.parse(variant.babel).text_direction
