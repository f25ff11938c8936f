"""How the condition types a regeling's ``regels`` can use are judged (the evaluation
functions); the table of types, one record each, is in ``condition_types``.

Each condition compares the resident's answers with a limit and gives one reason:
``voldaan``, ``niet-voldaan`` or ``onbekend``, with a sentence in the reader's
language. Limits are numbers or names of dated parameters; a parameter without a
value for the peildatum gives ``onbekend`` (never last year's figure), and an
unconfirmed figure never gives ``niet-voldaan``.
"""
from __future__ import annotations

from .income import income_range
from .parameters import value_at, year_of

NEAR_LIMIT = 0.05

VOLDAAN, NIET, ONBEKEND = "voldaan", "niet-voldaan", "onbekend"

NORM_KEYS = ("alleenstaand", "partners", "aow_alleenstaand", "aow_partners", "jong_alleenstaand",
             "jong_partners_zonder_kinderen", "jong_partners_met_kinderen",
             "jong_gemengd_zonder_kinderen", "jong_gemengd_met_kinderen")
AOW_AGE = "aow.leeftijd"

# An answer that is only asked when an earlier answer is this (the same as ``alleen_als`` in
# vragen.yaml; a test keeps the two equal). When that earlier answer is known and different,
# the later question does not apply: "no arrears" means no months of arrears.
ONLY_IF = {
    "partner_leeftijd": ("partner", "is", True),
    "kale_huur": ("woonsituatie", "is", "huur"),
    "uitkering": ("inkomensbron", "is", "uitkering"),
    "studie": ("inkomensbron", "is", "studiefinanciering"),
    "zorgpremie_achterstand_maanden": ("achterstanden", "bevat", "zorgverzekering"),
}


def prerequisite(answers: dict, key: str) -> str | None:
    """The earlier answer *key* waits for, or None when *key* may be asked now (or never)."""
    if key in ONLY_IF and answers.get(ONLY_IF[key][0]) is None:
        return ONLY_IF[key][0]
    return None


def not_applicable(answers: dict, key: str) -> bool:
    """True when an earlier answer says question *key* does not apply to this resident."""
    if key not in ONLY_IF:
        return False
    earlier, how, wanted = ONLY_IF[key]
    value = answers.get(earlier)
    if value is None:
        return False
    return wanted not in value if how == "bevat" else value != wanted


class Limit:
    """A resolved limit: a number, ``"geen"`` (no limit), or missing."""

    def __init__(self, value=None, year=None, unverified=False, missing=False, ref=""):
        self.value, self.year, self.unverified = value, year, unverified
        self.missing, self.ref = missing, ref

    def scaled(self, factor: float) -> "Limit":
        if isinstance(self.value, int | float):
            return Limit(round(self.value * factor, 2), self.year, self.unverified,
                         self.missing, self.ref)
        return self


class Context:
    def __init__(self, answers: dict, peildatum: str, parameters: dict, regeling: dict,
                 texts: dict, fmt: dict):
        self.answers, self.peildatum, self.parameters = answers, peildatum, parameters
        self.regeling, self.texts, self.fmt = regeling, texts, fmt

    def answer(self, key):
        return self.answers.get(key)

    def not_applicable(self, key) -> bool:
        return not_applicable(self.answers, key)

    def parameter(self, ref: str):
        return self.parameters.get(f"{self.regeling['id']}/{ref}") or self.parameters.get(ref)

    def limit(self, spec) -> Limit:
        if isinstance(spec, int | float) and not isinstance(spec, bool):
            return Limit(spec)
        param = self.parameter(str(spec))
        if param is None:
            return Limit(missing=True, ref=str(spec))
        entry = value_at(param, self.peildatum)
        if entry is None:
            return Limit(missing=True, year=int(self.peildatum[:4]), ref=str(spec))
        return Limit(entry["waarde"], year_of(entry), entry.get("zekerheid") == "onbevestigd",
                     ref=str(spec))

    def money(self, amount) -> str:
        return self.fmt.get("euro", "€ {n}").replace("{n}", self.number(amount, money=True))

    def number(self, value, money=False) -> str:
        if isinstance(value, float) and value != int(value) or (money and value != int(value)):
            whole, frac = f"{value:.2f}".split(".")
        else:
            whole, frac = str(int(value)), ""
        negative = whole.startswith("-")
        digits = whole.lstrip("-")
        groups = []
        while len(digits) > 3:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        groups.insert(0, digits)
        text = self.fmt.get("group", ".").join(groups)
        if frac:
            text += self.fmt.get("decimal", ",") + frac
        return ("-" if negative else "") + text

    def say(self, key: str, **values) -> str:
        template = self.texts.get(key)
        if template is None:
            template = self.texts.get(key.split(".", 1)[0] + ".*." + key.rsplit(".", 1)[-1], key)
        for name, value in values.items():
            template = template.replace("{" + name + "}", str(value))
        return template


def _reason(rule: dict, outcome: str, text: str) -> dict:
    return {"voorwaarde": rule.get("type", ""), "uitkomst": outcome, "tekst": text}


def _compare(ctx: Context, rule: dict, key: str, value, limit: Limit, direction: str,
             show) -> dict:
    """Compare *value* against *limit* (``max``: value <= limit; ``min``: value >= limit)."""
    if limit.missing:
        return _reason(rule, ONBEKEND, ctx.say("grens.ontbreekt", jaar=limit.year or "",
                                               naam=limit.ref))
    if limit.value == "geen":
        key_geen = f"{key}.geen" if f"{key}.geen" in ctx.texts else "grens.geen"
        return _reason(rule, VOLDAAN, ctx.say(key_geen, jaar=limit.year or ""))
    grens = show(limit.value)
    jaar = limit.year or ctx.peildatum[:4]
    if value is None:
        return _reason(rule, ONBEKEND, ctx.say(f"{key}.onbekend", grens=grens, jaar=jaar))
    ok = value <= limit.value if direction == "max" else value >= limit.value
    words = {"waarde": show(value), "grens": grens, "jaar": jaar}
    if ok:
        outcome, text = VOLDAAN, ctx.say(f"{key}.voldaan", **words)
    elif limit.unverified:
        outcome = ONBEKEND
        text = ctx.say(f"{key}.niet-voldaan", **words) + " " + ctx.say("grens.onbevestigd")
    else:
        outcome, text = NIET, ctx.say(f"{key}.niet-voldaan", **words)
    # "close to the limit, do the official proefberekening" is about money; an age or a count
    # of months is exact, and 68 against 67 is not close to anything
    if show == ctx.money and limit.value and \
            abs(value - limit.value) <= NEAR_LIMIT * abs(limit.value):
        text += " " + ctx.say("grens.dichtbij")
    if limit.unverified and outcome == VOLDAAN:
        text += " " + ctx.say("grens.onbevestigd")
    return _reason(rule, outcome, text)


def _household_limit(ctx: Context, rule: dict, key: str, value, show) -> dict:
    partner = ctx.answer("partner")
    alone, together = ctx.limit(rule["alleen"]), ctx.limit(rule["partner"])
    if partner is None:
        limits = [alone, together]
        if value is not None and all(not l.missing and l.value != "geen" for l in limits):
            if all(value <= l.value for l in limits):
                return _compare(ctx, rule, key, value, min(limits, key=lambda l: l.value),
                                "max", show)
            if all(value > l.value for l in limits):
                return _compare(ctx, rule, key, value, max(limits, key=lambda l: l.value),
                                "max", show)
        return _reason(rule, ONBEKEND, ctx.say("partner.onbekend"))
    return _compare(ctx, rule, key, value, together if partner else alone, "max", show)


def leeftijd(ctx: Context, rule: dict) -> dict:
    age = ctx.answer("leeftijd")
    years = ctx.number
    for bound, direction, key in (("min", "min", "leeftijd.min"),
                                  ("max", "max", "leeftijd.max"),
                                  ("onder", "max", "leeftijd.onder")):
        if bound not in rule:
            continue
        limit = ctx.limit(rule[bound])
        if bound == "onder" and isinstance(limit.value, int | float):
            limit = Limit(limit.value - 1 if limit.value == int(limit.value)
                          else int(limit.value), limit.year, limit.unverified, ref=limit.ref)
        reason = _compare(ctx, rule, key, age, limit, direction, years)
        if reason["uitkomst"] != VOLDAAN:
            return reason
    if age is None:
        return _reason(rule, ONBEKEND, ctx.say("leeftijd.onbekend"))
    return reason


def _does_not_apply(ctx: Context, rule: dict, ok: bool) -> dict:
    """The question of *rule* does not apply (an earlier answer rules it out)."""
    return _reason(rule, VOLDAAN if ok else NIET, ctx.say(f"nvt.{rule['vraag']}"))


def antwoord(ctx: Context, rule: dict) -> dict:
    vraag = rule["vraag"]
    if ctx.not_applicable(vraag):
        return _does_not_apply(ctx, rule, "niet_in" in rule)
    value = ctx.answer(vraag)
    label = ctx.texts.get(f"waarde.{vraag}.{_str(value)}", _str(value))
    if value is None:
        return _reason(rule, ONBEKEND, ctx.say(f"antwoord.{vraag}.onbekend"))
    ok = (value in rule["in"]) if "in" in rule else (value not in rule["niet_in"])
    key = f"antwoord.{vraag}.{'voldaan' if ok else 'niet-voldaan'}"
    return _reason(rule, VOLDAAN if ok else NIET, ctx.say(key, antwoord=label))


def antwoord_bevat(ctx: Context, rule: dict) -> dict:
    vraag = rule["vraag"]
    value = ctx.answer(vraag)
    if value is None:
        return _reason(rule, ONBEKEND, ctx.say(f"antwoord_bevat.{vraag}.onbekend"))
    wanted = [v for v in value if v in rule["een_van"]]
    labels = ", ".join(ctx.texts.get(f"waarde.{vraag}.{v}", v) for v in wanted)
    key = f"antwoord_bevat.{vraag}.{'voldaan' if wanted else 'niet-voldaan'}"
    return _reason(rule, VOLDAAN if wanted else NIET, ctx.say(key, antwoord=labels))


def getal(ctx: Context, rule: dict) -> dict:
    vraag = rule["vraag"]
    if ctx.not_applicable(vraag):
        return _does_not_apply(ctx, rule, "min" not in rule)
    value = ctx.answer(vraag)
    show = ctx.money if vraag in MONEY_ANSWERS else ctx.number
    reason = None
    for bound in ("min", "max"):
        if bound in rule:
            reason = _compare(ctx, rule, f"getal.{vraag}.{bound}", value, ctx.limit(rule[bound]),
                              bound, show)
            if reason["uitkomst"] != VOLDAAN:
                return reason
    return reason


def toetsingsinkomen_max(ctx: Context, rule: dict) -> dict:
    """The gross yearly income against the limit for this household. Without it, the top of
    the range estimated from the net monthly income shows the limit is met when it stays
    clearly (more than NEAR_LIMIT) below it; otherwise the rule stays "onbekend" — an estimate
    never gives "niet-voldaan"."""
    income = ctx.answer("toetsingsinkomen_jaar")
    reason = _household_limit(ctx, rule, "toetsingsinkomen_max", income, ctx.money)
    partner = ctx.answer("partner")
    if income is not None or reason["uitkomst"] != ONBEKEND or partner is None:
        return reason
    spread = income_range(ctx)
    limit = ctx.limit(rule["partner" if partner else "alleen"])
    if spread is None or not isinstance(limit.value, int | float) or \
            spread[1] > limit.value * (1 - NEAR_LIMIT):
        return reason
    return _compare(ctx, rule, "toetsingsinkomen_max.geschat", round(spread[1]), limit, "max",
                    ctx.money)


def vermogen_max(ctx: Context, rule: dict) -> dict:
    """Assets against the limit for this household; a single parent (no partner, children
    under 18 at home) gets ``alleenstaande_ouder`` when the regeling gives one."""
    if "alleenstaande_ouder" in rule and ctx.answer("partner") is False:
        children = ctx.answer("kinderen")
        if children is None:
            alone, parent = ctx.limit(rule["alleen"]), ctx.limit(rule["alleenstaande_ouder"])
            value = ctx.answer("vermogen")
            if value is not None and all(isinstance(l.value, int | float) for l in (alone, parent)):
                if value <= min(alone.value, parent.value):
                    return _compare(ctx, rule, "vermogen_max", value, alone, "max", ctx.money)
                if value > max(alone.value, parent.value):
                    return _compare(ctx, rule, "vermogen_max", value, parent, "max", ctx.money)
            return _reason(rule, ONBEKEND, ctx.say("kinderen.onbekend", min="0", max="17"))
        if any(age < 18 for age in children):
            return _compare(ctx, rule, "vermogen_max", ctx.answer("vermogen"),
                            ctx.limit(rule["alleenstaande_ouder"]), "max", ctx.money)
    return _household_limit(ctx, rule, "vermogen_max", ctx.answer("vermogen"), ctx.money)


def household_norm_key(answers: dict, aow_age) -> str | None:
    """Which line of a norm table fits this household; None when the answers do not say."""
    partner, age = answers.get("partner"), answers.get("leeftijd")
    if partner is None or age is None or aow_age is None:
        return None
    if not partner:
        if age >= aow_age:
            return "aow_alleenstaand"
        return "jong_alleenstaand" if age < 21 else "alleenstaand"
    partner_age = answers.get("partner_leeftijd")
    if partner_age is None:
        return None
    if age >= aow_age or partner_age >= aow_age:
        return "aow_partners"
    young = (age < 21) + (partner_age < 21)
    if young == 0:
        return "partners"
    children = answers.get("kinderen")
    if children is None:
        return None
    kind = "met_kinderen" if children else "zonder_kinderen"
    return f"jong_partners_{kind}" if young == 2 else f"jong_gemengd_{kind}"


def inkomen_norm_max(ctx: Context, rule: dict) -> dict:
    aow = ctx.limit(AOW_AGE)
    aow_age = aow.value if isinstance(aow.value, int | float) else None
    line = household_norm_key(ctx.answers, aow_age)
    percentage = rule.get("percentage", 100)
    if line is None:
        return _reason(rule, ONBEKEND, ctx.say("huishouden.onbekend"))
    norm = ctx.limit(f"{rule['norm']}.{line}").scaled(percentage / 100)
    reason = _compare(ctx, rule, "inkomen_norm_max", ctx.answer("netto_inkomen_maand"), norm,
                      "max", ctx.money)
    reason["tekst"] = reason["tekst"].replace("{percentage}", ctx.number(percentage))
    return reason


def kinderen(ctx: Context, rule: dict) -> dict:
    ages = ctx.answer("kinderen")
    low, high = rule.get("min_leeftijd", 0), rule.get("max_leeftijd", 17)
    needed = rule.get("min_aantal", 1)
    words = {"min": ctx.number(low), "max": ctx.number(high)}
    if ages is None:
        return _reason(rule, ONBEKEND, ctx.say("kinderen.onbekend", **words))
    count = sum(1 for a in ages if low <= a <= high)
    ok = count >= needed
    return _reason(rule, VOLDAAN if ok else NIET,
                   ctx.say("kinderen.voldaan" if ok else "kinderen.niet-voldaan", **words))


def huur_jongeren_max(ctx: Context, rule: dict) -> dict:
    """A rent limit only for the young: someone under ``onder`` years without a child under 18
    at home may pay at most ``max`` kale huur (huurtoeslag before 2026)."""
    young = ctx.limit(rule["onder"])
    limit = ctx.limit(rule["max"])
    age, children = ctx.answer("leeftijd"), ctx.answer("kinderen")
    rent = ctx.answer("kale_huur")
    words = {"leeftijd": ctx.number(young.value) if isinstance(young.value, int | float) else ""}
    exempt = (age is not None and isinstance(young.value, int | float) and age >= young.value) \
        or (children is not None and any(a < 18 for a in children))
    if exempt and not young.missing:
        return _reason(rule, VOLDAAN, ctx.say("huur_jongeren_max.nvt", **words))
    reason = _compare(ctx, rule, "huur_jongeren_max", rent, limit, "max", ctx.money)
    if reason["uitkomst"] == NIET and (age is None or children is None):
        reason["uitkomst"] = ONBEKEND
    for name, value in words.items():
        reason["tekst"] = reason["tekst"].replace("{" + name + "}", value)
    return reason


def beoordeling(ctx: Context, rule: dict) -> dict:
    """A condition only a person can judge: always ``onbekend``, with who decides and why."""
    return _reason(rule, ONBEKEND, rule["uitleg"])


def _str(value) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)


MONEY_ANSWERS = ("kale_huur", "netto_inkomen_maand", "toetsingsinkomen_jaar", "vermogen")
