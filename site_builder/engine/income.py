"""The gross yearly income of a resident who only knows the net monthly income: a rule of
thumb from two dated parameters, and the rough range around it.

The rule: gross per year = net per month × (drempelinkomen / the couples' bijstandsnorm), the
yearly gross minimum wage with holiday pay against the net minimum wage per month with holiday
pay. The range runs from twelve net months (no tax at all) to as far above the estimate as that
lies below it. Both the amounts (``calculations``) and the income limits (``conditions``) use
it; an estimate may show that a limit is met, never that it is not. Standard library only: this
runs in the browser (Pyodide) too.
"""
from __future__ import annotations

INCOME_RULE = ("toeslagen.drempelinkomen", "bijstandsnorm.partners")


def estimated_income(net_per_month: float, gross_rule: float, net_rule: float) -> float:
    """The point estimate of the gross yearly income."""
    return net_per_month * (gross_rule / net_rule)


def income_spread(net_per_month: float, gross_rule: float, net_rule: float) -> tuple:
    """(lowest, highest) plausible gross yearly income for *net_per_month*."""
    point = estimated_income(net_per_month, gross_rule, net_rule)
    low = net_per_month * 12
    return low, point + (point - low)


def income_range(ctx) -> tuple | None:
    """(lowest, highest) gross yearly income for a resident who gave only the net monthly
    income, from the two figures of the rule on *ctx*'s peildatum; None when the gross income
    is known, the net income is not, or a figure of the rule is missing or unconfirmed."""
    net = ctx.answer("netto_inkomen_maand")
    if ctx.answer("toetsingsinkomen_jaar") is not None or net is None:
        return None
    rule = [ctx.limit(ref) for ref in INCOME_RULE]
    if any(l.missing or l.unverified or isinstance(l.value, bool)
           or not isinstance(l.value, int | float) for l in rule):
        return None
    return income_spread(net, rule[0].value, rule[1].value)
