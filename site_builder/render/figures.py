"""Every figure with its source: for the page "Bronnen en cijfers" and as open data.

A figure is one written value of a parameter (``parameters.<naam>.waarden[i]``) of a
regeling or a norm. The open data (``cijfers.csv`` and ``cijfers.json`` at the site root)
is language-neutral: stable Dutch column names, ISO dates, the value as written in the
YAML, one row per value. Nothing here writes files; the build does.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from urllib.parse import urlsplit

from markupsafe import Markup

from ..data.model import Catalog, Norm, Parameter, ParameterValue, Regeling
from ..language.i18n import N_
from .amounts import show_value

CSV_NAME, JSON_NAME = "cijfers.csv", "cijfers.json"
# The columns of the open data; other sites read them, so never rename or reorder them.
COLUMNS = ("regeling", "parameter", "eenheid", "vanaf", "tot", "waarde", "zekerheid", "bron",
           "bron_datum", "geraadpleegd")


@dataclass(frozen=True)
class Figure:
    owner: Regeling | Norm
    param: Parameter
    value: ParameterValue

    @property
    def key(self) -> str:
        """The parameter's own name in its file (without the norm's prefix)."""
        return self.param.key.split(".")[-1]

    def record(self) -> dict:
        """The language-neutral fields, as JSON values (dates as ISO text, missing = None)."""
        value = self.value
        return {"regeling": self.owner.id, "parameter": self.param.key,
                "eenheid": self.param.eenheid, "vanaf": value.vanaf.isoformat(),
                "tot": _iso(value.tot), "waarde": value.waarde, "zekerheid": value.zekerheid,
                "bron": value.bron, "bron_datum": _iso(value.bron_datum),
                "geraadpleegd": _iso(value.geraadpleegd)}


def _iso(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def figures_of(owner: Regeling | Norm) -> list[Figure]:
    return [Figure(owner, param, value) for param in owner.parameters.values()
            for value in param.waarden]


def all_figures(catalog: Catalog) -> list[Figure]:
    """Every value of every parameter: regelingen by id, then the shared norms by id."""
    owners = sorted(catalog.regelingen.values(), key=lambda r: r.id) + \
        sorted(catalog.normen.values(), key=lambda n: n.id)
    return [figure for owner in owners for figure in figures_of(owner)]


def source_label(owner, address: str) -> str:
    """What a link to *address* says: the title the owner's sources give it, or the host."""
    for source in getattr(owner, "bronnen", ()):
        if source.url == address and source.titel:
            return source.titel
    host = urlsplit(address).hostname or address
    return host[4:] if host.startswith("www.") else host


def figure_groups(ctx, page: str) -> list[dict]:
    """The page "Bronnen en cijfers": per regeling (by name), then per norm, every figure
    with what it is, its value, the period, the source and its dates, and its certainty."""
    regelingen = sorted((r for r in ctx.catalog.regelingen.values() if r.parameters),
                        key=lambda r: ctx.t(r, "naam").lower())
    normen = sorted(ctx.catalog.normen.values(), key=lambda n: ctx.t(n, "naam").lower())
    groups = []
    for owner in regelingen + normen:
        is_regeling = isinstance(owner, Regeling)
        groups.append({
            "titel": ctx.t(owner, "naam"),
            "link": ctx.link(page, f"regelingen/{owner.id}.md") if is_regeling else "",
            "bronnen": () if is_regeling else owner.bronnen,
            "cijfers": [_item(ctx, figure) for figure in figures_of(owner)]})
    return groups


def _item(ctx, figure: Figure) -> dict:
    value, param = figure.value, figure.param
    text = show_value(value.waarde, param.eenheid, ctx.locale, ctx._) + ctx._unit(param, value)
    amount = Markup('<span class="rk-bedrag" data-parameter="{}" data-bron="{}" '
                    'data-vanaf="{}">{}</span>').format(param.key, value.bron,
                                                        value.vanaf.isoformat(), text)
    if value.tot:
        period = ctx._(N_("van {vanaf} tot en met {tot}")).replace(
            "{vanaf}", ctx.date(value.vanaf)).replace("{tot}", ctx.date(value.tot))
    else:
        period = ctx._(N_("vanaf {datum}")).replace("{datum}", ctx.date(value.vanaf))
    return {"omschrijving": ctx.t(figure.owner, f"parameters.{figure.key}.omschrijving"),
            "waarde": amount, "periode": period,
            "herkomst": ctx.value_source(figure.owner, value),
            "zekerheid": ctx.zekerheid(value.zekerheid)}


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def figures_csv(catalog: Catalog) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for figure in all_figures(catalog):
        record = figure.record()
        writer.writerow([_csv_cell(record[name]) for name in COLUMNS])
    return out.getvalue()


def figures_json(catalog: Catalog, translators: dict | None = None) -> str:
    """The same rows as the CSV; with *translators* (variant code -> Translator) each row
    also carries what the figure is (``omschrijving``) per variant."""
    rows = []
    for figure in all_figures(catalog):
        record = figure.record()
        if translators:
            context = ("regeling:" if isinstance(figure.owner, Regeling) else "norm:") + \
                figure.owner.id
            record["omschrijving"] = {code: tr.content(context, figure.param.omschrijving)
                                      for code, tr in translators.items()}
        rows.append(record)
    return json.dumps({"velden": list(COLUMNS), "cijfers": rows}, ensure_ascii=False,
                      indent=1) + "\n"


def open_data(catalog: Catalog, translators: dict | None = None) -> dict:
    """File name at the site root -> text, for the build to write."""
    return {CSV_NAME: figures_csv(catalog), JSON_NAME: figures_json(catalog, translators)}
