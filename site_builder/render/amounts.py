"""Figures on pages: parameters formatted per locale, with their year and certainty.

A text never holds a figure itself; it names a parameter as ``{naam}`` (or
``{norm.naam}``, optionally ``{norm.naam:130%}``), and this module fills in the value
that applies on the peildatum. When that year's value is missing, the latest
earlier value is shown *with its year*, never silently as if it were current.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from babel import Locale
from babel.numbers import format_currency, format_decimal
from markupsafe import Markup, escape

from ..language.i18n import N_
from ..data.model import PLACEHOLDER, Catalog, Parameter, ParameterValue
from .markdown import md_escape, tel_links

MONEY_UNITS = ("euro-jaar", "euro-maand", "euro-kwartaal", "euro")


def money(value, locale: str) -> str:
    amount = Decimal(str(value))
    if amount == amount.to_integral_value():
        pattern = Locale.parse(locale).currency_formats["standard"].pattern
        pattern = pattern.split(";")[0].replace(".00", "")
        return format_currency(amount, "EUR", format=pattern, locale=locale,
                               currency_digits=False)
    return format_currency(amount, "EUR", locale=locale)


def number(value, locale: str) -> str:
    return format_decimal(Decimal(str(value)), locale=locale)


def show_value(value, eenheid: str, locale: str, ui) -> str:
    if value == "geen":
        return ui("geen grens")
    if eenheid in MONEY_UNITS:
        return money(value, locale)
    if eenheid == "procent":
        return number(value, locale) + "%"
    if eenheid == "jaren":
        return ui("{n} jaar").replace("{n}", number(value, locale))
    if eenheid == "maanden":
        return ui("{n} maanden").replace("{n}", number(value, locale))
    return number(value, locale)


UNIT_LABELS = {"euro-jaar": N_("per jaar"), "euro-maand": N_("per maand"),
               "euro-kwartaal": N_("per kwartaal"), "euro": "", "jaren": "", "maanden": "",
               "procent": "", "aantal": ""}


@dataclass(frozen=True)
class Shown:
    """A parameter value as a page shows it."""

    text: str
    value: ParameterValue | None
    current: bool          # True when the value applies in the peildatum's year
    unverified: bool


def choose(param: Parameter, peildatum: dt.date) -> tuple[ParameterValue | None, bool]:
    """The value for *peildatum*, or else the latest earlier one (flagged not current)."""
    value = param.at(peildatum)
    if value is not None:
        return value, True
    earlier = [w for w in param.waarden if w.vanaf <= peildatum]
    return (earlier[-1] if earlier else None), False


def show(param: Parameter, peildatum: dt.date, locale: str, ui, factor: float = 1.0) -> Shown:
    value, current = choose(param, peildatum)
    if value is None:
        return Shown(ui("nog niet bekend"), None, False, False)
    raw = value.waarde
    if raw != "geen" and factor != 1.0:
        raw = round(float(Decimal(str(raw)) * Decimal(str(factor))), 2)
    text = show_value(raw, param.eenheid, locale, ui)
    if not current:
        text += " " + ui("(bedrag van {jaar}; het bedrag voor {peiljaar} is nog niet bekend)") \
            .replace("{jaar}", str(value.vanaf.year)).replace("{peiljaar}", str(peildatum.year))
    unverified = value.zekerheid == "onbevestigd"
    if unverified:
        text += " " + ui("(nog niet bevestigd)")
    return Shown(text, value, current, unverified)


def fill(text: str, owner, catalog: Catalog, peildatum: dt.date, locale: str, ui,
         plain: bool = False):
    """Escape *text* for Markdown/HTML and replace its placeholders with figures; phone
    numbers become tap-to-call links.

    With ``plain=True`` the result is unescaped text (for JSON read by the checker script,
    which only ever sets it as text)."""
    if plain:
        return PLACEHOLDER.sub(lambda m: _shown(m, owner, catalog, peildatum, locale, ui),
                               text)
    out = []
    position = 0
    for match in PLACEHOLDER.finditer(text):
        out.append(tel_links(text[position:match.start()]))
        shown = _show_match(match, owner, catalog, peildatum, locale, ui)
        if shown is None:  # validation refuses unknown placeholders; never in a real build
            out.append(md_escape(match.group(0)))
        else:
            source = shown.value.bron if shown.value else ""
            since = shown.value.vanaf.isoformat() if shown.value else ""
            out.append(Markup('<span class="rk-bedrag" data-parameter="{}" data-bron="{}" '
                              'data-vanaf="{}">{}</span>').format(match.group(1), source, since,
                                                                   md_escape(shown.text)))
        position = match.end()
    out.append(tel_links(text[position:]))
    return Markup("").join(out)


def _show_match(match, owner, catalog: Catalog, peildatum: dt.date, locale: str,
                ui) -> Shown | None:
    param = catalog.parameter(owner, match.group(1))
    if param is None:
        return None
    factor = float(match.group(2).replace(",", ".")) / 100 if match.group(2) else 1.0
    return show(param, peildatum, locale, ui, factor)


def _shown(match, owner, catalog: Catalog, peildatum: dt.date, locale: str, ui) -> str:
    shown = _show_match(match, owner, catalog, peildatum, locale, ui)
    return shown.text if shown else match.group(0)


__all__ = ["fill", "show", "money", "number", "choose", "Shown", "UNIT_LABELS", "escape"]
