"""The condition types a regeling's ``regels`` can use: a name -> function table.

Each condition compares the resident's answers with a limit and gives one reason:
``voldaan``, ``niet-voldaan`` or ``onbekend``, with a sentence in the reader's
language. Limits are numbers or names of dated parameters; a parameter without a
value for the peildatum gives ``onbekend`` (never last year's figure), and an
unconfirmed figure never gives ``niet-voldaan``.
"""
from __future__ import annotations

from .answers import ANSWER_KEYS
from .parameters import value_at, year_of

NEAR_LIMIT = 0.05

VOLDAAN, NIET, ONBEKEND = "voldaan", "niet-voldaan", "onbekend"

NORM_KEYS = ("alleenstaand", "partners", "aow_alleenstaand", "aow_partners", "jong_alleenstaand",
             "jong_partners_zonder_kinderen", "jong_partners_met_kinderen",
             "jong_gemengd_zonder_kinderen", "jong_gemengd_met_kinderen")
AOW_AGE = "aow.leeftijd"


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
    if limit.value and abs(value - limit.value) <= NEAR_LIMIT * abs(limit.value):
        text += " " + ctx.say("grens.dichtbij")
    if limit.unverified and outcome == VOLDAAN:
        text += " " + ctx.say("grens.onbevestigd")
    return _reason(rule, outcome, text)


def _household_limit(ctx: Context, rule: dict, key: str, answer_key: str, show) -> dict:
    value = ctx.answer(answer_key)
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


def antwoord(ctx: Context, rule: dict) -> dict:
    vraag = rule["vraag"]
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
    return _household_limit(ctx, rule, "toetsingsinkomen_max", "toetsingsinkomen_jaar",
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
    return _household_limit(ctx, rule, "vermogen_max", "vermogen", ctx.money)


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

# name -> (function, {argument: (kind, required, explanation)})
CONDITIONS = {
    "leeftijd": (leeftijd, {
        "min": ("grens", False, "minimale leeftijd (getal of parameter)"),
        "max": ("grens", False, "hoogste leeftijd, die telt nog mee"),
        "onder": ("grens", False, "leeftijd moet hieronder liggen (bijvoorbeeld aow.leeftijd)"),
    }),
    "antwoord": (antwoord, {
        "vraag": ("vraag", True, "de vraag (antwoordsleutel)"),
        "in": ("waarden", False, "toegestane antwoorden"),
        "niet_in": ("waarden", False, "antwoorden die niet mogen"),
    }),
    "antwoord_bevat": (antwoord_bevat, {
        "vraag": ("vraag", True, "een vraag met een lijst als antwoord (achterstanden)"),
        "een_van": ("waarden", True, "minstens één van deze moet in het antwoord staan"),
    }),
    "getal": (getal, {
        "vraag": ("vraag", True, "een vraag met een getal als antwoord"),
        "min": ("grens", False, "minimaal (getal of parameter)"),
        "max": ("grens", False, "maximaal (getal of parameter)"),
    }),
    "toetsingsinkomen_max": (toetsingsinkomen_max, {
        "alleen": ("grens", True, "hoogste toetsingsinkomen per jaar zonder toeslagpartner"),
        "partner": ("grens", True, "hoogste toetsingsinkomen per jaar met toeslagpartner"),
    }),
    "vermogen_max": (vermogen_max, {
        "alleen": ("grens", True, "hoogste vermogen zonder partner"),
        "partner": ("grens", True, "hoogste vermogen met partner"),
        "alleenstaande_ouder": ("grens", False, "hoogste vermogen voor een alleenstaande ouder "
                                "(zonder partner, met een kind jonger dan 18 thuis)"),
    }),
    "inkomen_norm_max": (inkomen_norm_max, {
        "norm": ("norm", True, "de norm, bijvoorbeeld bijstandsnorm"),
        "percentage": ("getal", False, "percentage van de norm (standaard 100)"),
    }),
    "kinderen": (kinderen, {
        "min_leeftijd": ("getal", False, "jongste leeftijd die telt (standaard 0)"),
        "max_leeftijd": ("getal", False, "oudste leeftijd die telt (standaard 17)"),
        "min_aantal": ("getal", False, "hoeveel kinderen in die leeftijd (standaard 1)"),
    }),
    "huur_jongeren_max": (huur_jongeren_max, {
        "onder": ("grens", True, "leeftijd waaronder de huurgrens geldt (zonder kind onder 18)"),
        "max": ("grens", True, "hoogste kale huur voor die jongeren, of 'geen'"),
    }),
    "beoordeling": (beoordeling, {
        "uitleg": ("tekst", True, "wie beslist en wat de inwoner moet meenemen; de check zegt "
                   "hier altijd 'misschien'"),
    }),
}

_VRAAG_KINDS = {"antwoord": ("keuze", "janee"), "antwoord_bevat": ("lijst",),
                "getal": ("getal", "geheel")}


def evaluate_rule(ctx: Context, rule: dict) -> dict:
    return CONDITIONS[rule["type"]][0](ctx, rule)


def check_rule(rule, has_parameter) -> list:
    """Problems with one rule as (subpath, message, hint); used by ``routekaart validate``."""
    from difflib import get_close_matches

    if not isinstance(rule, dict) or "type" not in rule:
        return [((), "een regel moet een blok zijn met minstens 'type'.",
                 "Soorten: " + ", ".join(CONDITIONS) + ".")]
    kind = rule["type"]
    if kind not in CONDITIONS:
        close = get_close_matches(str(kind), CONDITIONS, n=1)
        return [(("type",), f"onbekend soort regel '{kind}'.",
                 f"Bedoelt u '{close[0]}'?" if close else
                 "Soorten: " + ", ".join(CONDITIONS) + ".")]
    spec = CONDITIONS[kind][1]
    out = []
    for key in rule:
        if key != "type" and key not in spec:
            close = get_close_matches(key, spec, n=1)
            out.append(((key,), f"'{key}' hoort niet bij een regel van soort '{kind}'.",
                        f"Bedoelt u '{close[0]}'?" if close else
                        "Mogelijk: " + ", ".join(spec) + "."))
    for key, (arg_kind, required, _doc) in spec.items():
        if key not in rule:
            if required:
                out.append(((), f"de regel '{kind}' mist '{key}'.", ""))
            continue
        value = rule[key]
        if arg_kind == "grens" and not _is_limit(value, has_parameter):
            out.append(((key,), f"'{value}' is geen getal en geen bestaande parameter.",
                        "Gebruik een getal of de naam van een bedrag onder 'parameters'."))
        elif arg_kind == "tekst" and (not isinstance(value, str) or not value.strip()):
            out.append(((key,), f"'{key}' moet een tekst zijn.", ""))
        elif arg_kind == "getal" and (isinstance(value, bool) or
                                      not isinstance(value, int | float)):
            out.append(((key,), f"'{key}' moet een getal zijn.", ""))
        elif arg_kind == "vraag":
            allowed = _VRAAG_KINDS[kind]
            if value not in ANSWER_KEYS or ANSWER_KEYS[value][0] not in allowed:
                options = [k for k, v in ANSWER_KEYS.items() if v[0] in allowed]
                out.append(((key,), f"'{value}' is hier geen bruikbare vraag.",
                            "Mogelijk: " + ", ".join(options) + "."))
        elif arg_kind == "norm":
            missing = [k for k in ("alleenstaand", "partners") if not has_parameter(f"{value}.{k}")]
            if missing:
                out.append(((key,), f"de norm '{value}' bestaat niet of mist "
                            + ", ".join(missing) + ".", "Zie de map normen/."))
            elif not has_parameter(AOW_AGE):
                out.append(((key,), "de norm 'aow' met 'leeftijd' ontbreekt; die is nodig om "
                            "de juiste regel van de norm te kiezen.", ""))
        elif arg_kind == "waarden":
            vraag = rule.get("vraag")
            if not isinstance(value, list) or not value:
                out.append(((key,), f"'{key}' moet een lijst met antwoorden zijn.", ""))
            elif vraag in ANSWER_KEYS:
                options = ANSWER_KEYS[vraag][1]
                allowed = (True, False) if options is None else options
                for i, item in enumerate(value):
                    if item not in allowed:
                        out.append(((key, i), f"'{item}' is geen mogelijk antwoord op "
                                    f"'{vraag}'.", "Mogelijk: "
                                    + ", ".join(str(a).lower() for a in allowed) + "."))
    if kind == "antwoord" and ("in" in rule) == ("niet_in" in rule):
        out.append(((), "gebruik bij 'antwoord' precies één van 'in' of 'niet_in'.", ""))
    if kind in ("leeftijd", "getal") and not any(k in rule for k in ("min", "max", "onder")):
        out.append(((), f"de regel '{kind}' heeft een grens nodig ('min' of 'max').", ""))
    return out


def _is_limit(value, has_parameter) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and has_parameter(value)
