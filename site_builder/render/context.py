"""What page templates may call: :class:`PageContext` puts translations, figures, sources
with their dates, opening hours and relative links of one language variant in words."""
from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date, get_day_names
from markupsafe import Markup

from ..data import opening_hours
from ..language.i18n import N_, Translator, Variant
from ..data.model import Catalog, Loket, Regeling
from ..data.schema.kinds import NO_DATE, UNKNOWN_DATE
from ..data.schema.text_kinds import tel_digits
from ..vocabulary import GEBIEDEN, SITUATIES, SOORTEN, TALEN, THEMAS, ZEKERHEDEN
from . import amounts, figures
from .markdown import md_escape, url

DAY_KEYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")

# how a loket without a counter (``geen_bezoekadres``) is reached, keyed by its code
ZONDER_BALIE_TEXT = {
    "alleen-telefonisch": N_("Dit loket heeft geen balie. U kunt alleen bellen."),
    "alleen-online": N_("Dit loket heeft geen balie. U regelt alles online, via de website."),
    "aan-huis": N_("Dit loket heeft geen balie. Een medewerker komt bij u thuis."),
    "via-verwijzing": N_("Dit loket heeft geen balie. U komt hier alleen via een hulpverlener "
                         "die u doorverwijst."),
}



class PageContext:
    """What templates may call: translations, figures and links for one variant."""

    def __init__(self, catalog: Catalog, variant: Variant, translator: Translator,
                 peildatum: dt.date):
        self.catalog, self.variant, self.tr, self.peildatum = catalog, variant, translator, \
            peildatum
        self.locale = variant.babel

    # --- strings -------------------------------------------------------------------
    def _(self, msgid: str) -> str:
        return self.tr.ui(msgid)

    def t(self, item, field: str) -> str:
        """A content text of *item* in this variant (without placeholders filled)."""
        kind = {Regeling: "regeling", Loket: "loket"}.get(type(item), "norm")
        source = item.texts[field]
        return self.tr.content(f"{kind}:{item.id}", source)

    def text(self, item, field: str) -> Markup:
        """A content text with its figures filled in, escaped for Markdown."""
        owner = item if isinstance(item, Regeling) else None
        return amounts.fill(self.t(item, field), owner, self.catalog, self.peildatum,
                            self.locale, self._)

    def tf(self, flow, key: str, fill: bool = False):
        """A text of a routekaart in this variant; with *fill*, escaped with figures."""
        text = self.tr.content(f"route:{flow.id}", flow.texts[key])
        if fill:
            return amounts.fill(text, None, self.catalog, self.peildatum, self.locale, self._)
        return text

    def date(self, value: dt.date) -> str:
        return format_date(value, "long", locale=self.locale)

    def thema(self, key: str) -> str:
        return self._(THEMAS[key])

    def gebied(self, key: str) -> str:
        return self._(GEBIEDEN[key])

    def situatie(self, key: str) -> str:
        return self._(SITUATIES[key])

    def soort(self, key: str) -> str:
        return self._(SOORTEN[key])

    def zekerheid(self, key: str) -> str:
        return self._(ZEKERHEDEN[key])

    def taal(self, code: str) -> str:
        return self._(TALEN.get(code, code))

    # --- figures ---------------------------------------------------------------------
    def parameter_rows(self, regeling: Regeling) -> list[dict]:
        rows = []
        for key, param in regeling.parameters.items():
            shown = amounts.show(param, self.peildatum, self.locale, self._)
            rows.append({
                "herkomst": self.value_source(regeling, shown.value) if shown.value else "",
                "omschrijving": self.t(regeling, f"parameters.{key}.omschrijving"),
                "bedrag": shown.text + (self._unit(param, shown.value) if shown.value else ""),
                "vanaf": self.date(shown.value.vanaf) if shown.value else "",
                "bron": shown.value.bron if shown.value else "",
                "zekerheid": self.zekerheid(shown.value.zekerheid) if shown.value else "",
                "unverified": shown.unverified,
            })
        return rows

    def example_rows(self, regeling: Regeling) -> list:
        """Example amounts computed by the engine (render/examples.py)."""
        from .examples import ExampleTables

        if not hasattr(self, "_examples"):
            self._examples = ExampleTables(self)
        return self._examples.rows(regeling)

    def example_heading(self, regeling: Regeling) -> str:
        """The translated heading of the example amounts' column (per maand/kwartaal/jaar)."""
        from .examples import heading

        return self._(heading(regeling))

    def _unit(self, param, value) -> str:
        """The unit after an amount (" per maand"); nothing for 'geen' or a bare number."""
        unit = amounts.UNIT_LABELS[param.eenheid]
        return " " + self._(unit) if unit and value.waarde != "geen" else ""

    def figure(self, param, value) -> str:
        """One written value of *param* as a page shows it: amount, unit, certainty."""
        text = amounts.show_value(value.waarde, param.eenheid, self.locale, self._)
        text += self._unit(param, value)
        if value.zekerheid == "onbevestigd":
            text += " " + self._("(nog niet bevestigd)")
        return text

    def history(self, regeling: Regeling) -> list[dict]:
        """Every written value of every parameter that has more than one, oldest first."""
        rows = []
        for key, param in regeling.parameters.items():
            if len(param.waarden) < 2:
                continue
            for value in param.waarden:
                rows.append({
                    "omschrijving": self.t(regeling, f"parameters.{key}.omschrijving"),
                    "vanaf": self.date(value.vanaf), "bedrag": self.figure(param, value),
                    "bron": value.bron, "zekerheid": self.zekerheid(value.zekerheid),
                    "herkomst": self.value_source(regeling, value)})
        return rows

    # --- sources and their dates -------------------------------------------------------
    def _source_link(self, owner, address: str, markdown: bool) -> Markup:
        label = figures.source_label(owner, address)
        return Markup('<a href="{}" lang="nl">{}</a>').format(
            url(address), md_escape(label) if markdown else label)

    def _sentence(self, msgid: str, markdown: bool = False, **values) -> Markup:
        """A translated sentence with {name} parts replaced by *values* (Markup or text)."""
        out = []
        for part in re.split(r"(\{[a-z]+\})", self._(msgid)):
            name = part[1:-1] if part.startswith("{") and part.endswith("}") else None
            if name in values:
                out.append(Markup.escape(values[name]))
            else:
                out.append(md_escape(part) if markdown else Markup.escape(part))
        return Markup("").join(out)

    def value_source(self, owner, value, markdown: bool = False) -> Markup:
        """"bron: <link>, van <datum>" and "geopend op <datum>" for one figure."""
        link = self._source_link(owner, value.bron, markdown)
        if value.bron_datum == NO_DATE:
            parts = [self._sentence(N_("bron zonder datum: {bron}"), markdown, bron=link)]
        elif value.bron_datum == UNKNOWN_DATE:
            parts = [self._sentence(N_("bron: {bron}, datum van de bron onbekend"), markdown,
                                    bron=link)]
        elif value.bron_datum is not None:
            parts = [self._sentence(N_("bron: {bron}, van {datum}"), markdown, bron=link,
                                    datum=self.date(value.bron_datum))]
        else:
            parts = [self._sentence(N_("bron: {bron}"), markdown, bron=link)]
        if value.geraadpleegd:
            parts.append(self._sentence(N_("geopend op {datum}"), markdown,
                                        datum=self.date(value.geraadpleegd)))
        return Markup("; ").join(parts)

    def source_dates(self, source, markdown: bool = True) -> Markup:
        """", van <datum>, geopend op <datum>" after a link in a list of sources."""
        parts = []
        if source.datum == NO_DATE:
            parts.append(self._sentence(N_("zonder datum"), markdown))
        elif source.datum == UNKNOWN_DATE:
            parts.append(self._sentence(N_("datum onbekend"), markdown))
        elif source.datum is not None:
            parts.append(self._sentence(N_("van {datum}"), markdown,
                                        datum=self.date(source.datum)))
        if source.geraadpleegd:
            parts.append(self._sentence(N_("geopend op {datum}"), markdown,
                                        datum=self.date(source.geraadpleegd)))
        return Markup("").join(Markup(", ") + part for part in parts)

    def reached_without_counter(self, loket: Loket) -> str:
        """How a loket without a visiting address is reached, in words ("" when unknown)."""
        key = loket.geen_bezoekadres
        return self._(ZONDER_BALIE_TEXT[key]) if key else ""

    # --- loketten ------------------------------------------------------------------------
    def opening_rows(self, loket: Loket) -> list[dict]:
        if not loket.openingstijden:
            return []
        week = opening_hours.parse(loket.openingstijden)
        names = get_day_names("wide", locale=self.locale)
        rows = []
        for index, key in enumerate(DAY_KEYS):
            times = week[key]
            rows.append({"dag": names[index],
                         "tijden": ", ".join(f"{a} – {b}" for a, b in times) if times
                         else self._("gesloten")})
        if week.get("PH") == []:
            rows.append({"dag": self._("Feestdagen"), "tijden": self._("gesloten")})
        return rows

    def opening_summary(self, loket: Loket) -> str:
        """Compact opening hours, e.g. "maandag – vrijdag 09:00 – 17:00"."""
        rows = [r for r in self.opening_rows(loket) if r["dag"] != self._("Feestdagen")]
        groups: list[list] = []
        for row in rows:
            if groups and groups[-1][1] == row["tijden"]:
                groups[-1][0].append(row["dag"])
            else:
                groups.append([[row["dag"]], row["tijden"]])
        parts = []
        for days, times in groups:
            if times == self._("gesloten"):
                continue
            label = days[0] if len(days) == 1 else f"{days[0]} – {days[-1]}"
            parts.append(f"{label} {times}")
        return "; ".join(parts)

    def day_names(self) -> list[tuple[str, str]]:
        names = get_day_names("wide", locale=self.locale)
        return [(key, names[i]) for i, key in enumerate(DAY_KEYS)]

    def root(self, page: str) -> Markup:
        """Relative path from *page* to the site root (above the variant folder)."""
        return Markup("../" * (url_depth(page) + (1 if self.variant.prefix else 0)))

    def tel(self, number: str) -> Markup:
        return url(f"tel:{tel_digits(number)}")

    # --- links (relative to the page) ----------------------------------------------
    def link(self, page: str, target: str) -> Markup:
        """Relative link from Markdown *page* to Markdown *target*; mkdocs rewrites it."""
        depth = page.count("/")
        return Markup("../" * depth + target)

    def href(self, page: str, target: str) -> Markup:
        """Link for raw HTML (which mkdocs does not rewrite), in directory-URL form."""
        return Markup("../" * url_depth(page) + url_of(target)) or Markup("./")

    def regelingen_for(self, **filters) -> list[Regeling]:
        out = []
        for regeling in self.catalog.regelingen.values():
            if "thema" in filters and filters["thema"] not in regeling.themas:
                continue
            if "gebied" in filters and regeling.gebied != filters["gebied"]:
                continue
            if "situatie" in filters and filters["situatie"] not in regeling.situaties:
                continue
            if "loket" in filters and filters["loket"] not in regeling.loketten:
                continue
            out.append(regeling)
        return sorted(out, key=lambda r: (r.status == "gesloten", self.t(r, "naam").lower()))


def url_of(page: str) -> str:
    """The directory URL of a Markdown page: "a/index.md" -> "a/", "a/b.md" -> "a/b/"."""
    if page == "index.md":
        return ""
    if page.endswith("/index.md"):
        return page[: -len("index.md")]
    return page[:-3] + "/"


def url_depth(page: str) -> int:
    return url_of(page).count("/")
