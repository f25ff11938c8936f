"""Example amounts on a regeling page, computed by the engine itself while rendering.

The page and the check can never disagree: each row is a set of answers judged by
``engine.core.evaluate`` with the same rules and parameters the check uses. A household
that would get "nee" shows no amount. Each amount cell names the parameters it used and
their sources (``data-parameters``, ``data-bronnen``), so a test can trace every figure.
The households below are example answers, not facts: every figure comes from parameters.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from ..engine.conditions import NIET
from ..engine.core import NEE, evaluate
from ..language.i18n import N_
from . import amounts
from .rules_export import number_format, parameters, texts


@dataclass(frozen=True)
class Example:
    label: str          # translatable, with {inkomen}/{netto}/{huur} placeholders
    answers: dict


ADULT = {"leeftijd": 35, "vermogen": 0, "woonsituatie": "huur"}
ALONE = {**ADULT, "partner": False, "kinderen": []}
COUPLE = {**ADULT, "partner": True, "partner_leeftijd": 35, "kinderen": []}


def _incomes(base: dict, label: str, incomes) -> tuple:
    return tuple(Example(label, {**base, "toetsingsinkomen_jaar": i}) for i in incomes)


EXAMPLES = {
    "toeslag_afbouw":
        _incomes(ALONE, N_("Alleen, inkomen {inkomen} per jaar"), (15000, 25000, 30000, 35000))
        + _incomes(COUPLE, N_("Met toeslagpartner, samen {inkomen} per jaar"),
                   (25000, 35000, 45000)),
    "bedrag_per_kind": (
        Example(N_("Eén kind van 3 jaar, met partner, samen {inkomen} per jaar"),
                {**COUPLE, "kinderen": [3], "toetsingsinkomen_jaar": 25000}),
        Example(N_("Eén kind van 8 jaar, zonder partner, {inkomen} per jaar"),
                {**ALONE, "kinderen": [8], "toetsingsinkomen_jaar": 25000}),
        Example(N_("Eén kind van 14 jaar, zonder partner, {inkomen} per jaar"),
                {**ALONE, "kinderen": [14], "toetsingsinkomen_jaar": 25000}),
        Example(N_("Twee kinderen van 3 en 8 jaar, met partner, samen {inkomen} per jaar"),
                {**COUPLE, "kinderen": [3, 8], "toetsingsinkomen_jaar": 25000}),
    ),
    # per age group (a regeling shows only its own), incomes that fit that group's norms
    "aanvulling_tot_norm": tuple(
        Example(label, {**base, "leeftijd": age, "partner_leeftijd": age,
                        "netto_inkomen_maand": net})
        for age, some, together in ((19, 200, 300), (35, 800, 1000), (70, 800, 1000))
        for label, base, net in (
            (N_("Alleen, {leeftijd} jaar, netto {netto} per maand"), ALONE, 0),
            (N_("Alleen, {leeftijd} jaar, netto {netto} per maand"), ALONE, some),
            (N_("Met partner, {leeftijd} jaar, netto {netto} per maand"), COUPLE, together))),
    "vast_bedrag": (
        Example(N_("Alleen"), {**ALONE, "leeftijd": 35}),
        Example(N_("Alleenstaande ouder"), {**ALONE, "kinderen": [6]}),
        Example(N_("Met partner"), COUPLE),
    ),
    "huurtoeslag": tuple(
        Example(N_("Alleen, huur {huur}, inkomen {inkomen} per jaar"),
                {**ALONE, "kale_huur": rent, "toetsingsinkomen_jaar": income})
        for rent in (500, 700) for income in (15000, 25000)),
}


# The amount column's heading, by how often the money comes (``berekening.uitbetaling``);
# each cell shows the amount of one payment.
HEADINGS = {"maand": N_("Ongeveer per maand"), "kwartaal": N_("Ongeveer per kwartaal"),
            "jaar": N_("Ongeveer per jaar")}


def heading(regeling) -> str:
    """The untranslated heading of the amount column for *regeling*."""
    return HEADINGS[(regeling.berekening or {}).get("uitbetaling", "maand")]


def _wrong_age(result: dict) -> bool:
    return any(r["voorwaarde"] == "leeftijd" and r["uitkomst"] == NIET
               for r in result["redenen"])


@dataclass(frozen=True)
class Row:
    label: str
    amount: Markup | None     # the amount cell's content, traced; None = no amount


class ExampleTables:
    """Computes the example rows of every regeling with a ``berekening`` for one variant."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.params = parameters(ctx.catalog)
        self.texts = texts(ctx.tr)
        self.fmt = number_format(ctx.variant.babel)

    def rows(self, regeling) -> list[Row]:
        if not regeling.berekening or not regeling.regels:
            return []
        rules = {"parameters": self.params, "regelingen": [
            {"id": regeling.id, "gebied": regeling.gebied, "regels": list(regeling.regels),
             "berekening": regeling.berekening}]}
        gemeente = None if regeling.gebied == "landelijk" else regeling.gebied
        out, day = [], self.ctx.peildatum.isoformat()
        for example in EXAMPLES.get(regeling.berekening["type"], ()):
            answers = {**example.answers, "gemeente": gemeente} if gemeente else example.answers
            if "aow_volledig" not in answers and answers.get("leeftijd", 0) >= 67:
                answers = {**answers, "aow_volledig": False}
            trace: dict = {}
            result = evaluate(rules, answers, day, self.texts, self.fmt, trace)["resultaten"][0]
            if _wrong_age(result):
                continue    # an example of another age group says nothing about this regeling
            out.append(Row(self._label(example), self._cell(result, trace)))
        if all(row.amount is None for row in out):
            return []
        return out

    def _label(self, example: Example) -> str:
        a, locale = example.answers, self.ctx.locale
        text = self.ctx._(example.label)
        for key, value in (("inkomen", a.get("toetsingsinkomen_jaar")),
                           ("netto", a.get("netto_inkomen_maand")), ("huur", a.get("kale_huur"))):
            if value is not None:
                text = text.replace("{" + key + "}", amounts.money(value, locale))
        return text.replace("{leeftijd}", amounts.number(a.get("leeftijd", 0), locale))

    def _cell(self, result: dict, trace: dict) -> Markup | None:
        amount = result.get("bedrag")
        if result["status"] == NEE:
            return Markup(escape(self.ctx._("geen")))
        if not amount:
            return None
        names = " ".join(sorted(trace))
        sources = " ".join(sorted({e["bron"] for e in trace.values()}))
        since = max(e["vanaf"] for e in trace.values()) if trace else ""
        shown = amounts.money(amount["per_keer"], self.ctx.locale)
        return Markup('<span class="rk-voorbeeldbedrag" data-parameters="{}" data-bronnen="{}" '
                      'data-vanaf="{}">{}</span>').format(names, sources, since, shown)
