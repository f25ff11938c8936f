"""Conditions about the resident's situation rather than a limit: studying with
studiefinanciering, and whether a regeling serves the situation the answers describe.

A regeling without testable limits (a voedselbank, schuldhulp, a fund) still takes part in
the check: it is shown when the answers match one of its ``situaties`` or ``themas`` and
hidden when the answers rule them all out. Matching never makes a "ja": the organisation
decides, and the reason says who.
"""
from __future__ import annotations

from .answers import STUDIES
from .conditions import AOW_AGE, NIET, ONBEKEND, VOLDAAN, Context, _reason

JONGEREN_TOT = 27          # "jongeren": up to and including this age (the funds' own limit)


def _has(value, wanted) -> bool | None:
    return None if value is None else wanted in value


def _is(value, *wanted) -> bool | None:
    return None if value is None else value in wanted


def _either(*parts) -> bool | None:
    """True when any part is true; unknown when none is true but one is unknown."""
    if any(p is True for p in parts):
        return True
    return None if any(p is None for p in parts) else False


def _aow_age(ctx: Context):
    value = ctx.limit(AOW_AGE).value
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _at_least(value, limit) -> bool | None:
    return None if value is None or limit is None else value >= limit


def _ziek(ctx: Context, a: dict) -> bool | None:
    uitkering = False if ctx.not_applicable("uitkering") else \
        _is(a.get("uitkering"), "wia", "wajong", "ziektewet")
    return _either(a.get("ziek"), uitkering)


def _schulden(a: dict) -> bool | None:
    achterstanden = a.get("achterstanden")
    return _either(a.get("schulden"), None if achterstanden is None else bool(achterstanden))


# situatie or thema -> (the answers it reads, in asking order; test(ctx, answers))
# Left out on purpose: 'werk-laag-inkomen' and the themes toeslagen, uitkeringen, zorg, wonen,
# werk-ondernemen and kinderen-school (school and study too) fit far too many residents, so
# they would show regelingen to people they are not for.
MATCHERS = {
    "kinderen": (("kinderen",), lambda c, a: None if a.get("kinderen") is None
                 else any(age <= 17 for age in a["kinderen"])),
    "jongeren": (("leeftijd",), lambda c, a: None if a.get("leeftijd") is None
                 else a["leeftijd"] <= JONGEREN_TOT),
    "zzp": (("inkomensbron",), lambda c, a: _is(a.get("inkomensbron"), "zzp")),
    "geen-inkomen": (("inkomensbron",), lambda c, a: _is(a.get("inkomensbron"), "geen")),
    "student": (("inkomensbron",), lambda c, a: _is(a.get("inkomensbron"),
                                                     "studiefinanciering")),
    "pensioen": (("leeftijd", "inkomensbron"), lambda c, a: _either(
        _at_least(a.get("leeftijd"), _aow_age(c)), _is(a.get("inkomensbron"), "aow"))),
    "zorgpremie-achterstand": (("achterstanden",),
                               lambda c, a: _has(a.get("achterstanden"), "zorgverzekering")),
    "huurachterstand": (("achterstanden",), lambda c, a: _has(a.get("achterstanden"), "huur")),
    "schulden": (("schulden", "achterstanden"), lambda c, a: _schulden(a)),
    "beslag": (("schulden", "achterstanden"), lambda c, a: _schulden(a)),
    "ziek-beperking": (("ziek", "inkomensbron", "uitkering"), _ziek),
    "toeslagenaffaire": (("toeslagenaffaire",), lambda c, a: a.get("toeslagenaffaire")),
    "noodhulp": (("nood", "woonsituatie"), lambda c, a: _either(
        a.get("nood"), _is(a.get("woonsituatie"), "geen-vaste-woonplek"))),
}


def situatie(ctx: Context, rule: dict) -> dict:
    """Voldaan when the answers match one of the situations the regeling serves."""
    wanted = [k for k in rule["een_van"] if k in MATCHERS]
    found = {k: MATCHERS[k][1](ctx, ctx.answers) for k in wanted}
    matched = [k for k in wanted if found[k] is True]
    if matched:
        labels = ", ".join(dict.fromkeys(ctx.say(f"situatie.naam.{k}") for k in matched))
        text = ctx.say("situatie.voldaan", situaties=labels)
        if rule.get("beslist"):
            text += " " + ctx.say("situatie.beslist", beslist=rule["beslist"])
        return _reason(rule, VOLDAAN, text)
    if any(v is None for v in found.values()):
        return _reason(rule, ONBEKEND, ctx.say("situatie.onbekend"))
    return _reason(rule, NIET, ctx.say("situatie.niet-voldaan"))


def situatie_needs(rule: dict, answers: dict) -> list[str]:
    keys: list[str] = []
    for name in rule["een_van"]:
        for key in MATCHERS.get(name, ((),))[0]:
            if key not in keys:
                keys.append(key)
    return keys


def student(ctx: Context, rule: dict) -> dict:
    """Studying with studiefinanciering excludes the regeling (for the levels listed)."""
    bron = ctx.answer("inkomensbron")
    if bron is None:
        return _reason(rule, ONBEKEND, ctx.say("student.onbekend"))
    if bron != "studiefinanciering":
        return _reason(rule, VOLDAAN, ctx.say("student.voldaan"))
    excluded = rule["uitgesloten"]
    if all(level in excluded for level in STUDIES):
        return _reason(rule, NIET, ctx.say("student.niet-voldaan"))
    level = ctx.answer("studie")
    if level is None:
        return _reason(rule, ONBEKEND, ctx.say("student.studie.onbekend"))
    label = ctx.texts.get(f"waarde.studie.{level}", level)
    ok = level not in excluded
    return _reason(rule, VOLDAAN if ok else NIET,
                   ctx.say(f"student.studie.{'voldaan' if ok else 'niet-voldaan'}",
                           antwoord=label))


def student_needs(rule: dict, answers: dict) -> list[str]:
    if answers.get("inkomensbron") == "studiefinanciering" and \
            not all(level in rule["uitgesloten"] for level in STUDIES):
        return ["inkomensbron", "studie"]
    return ["inkomensbron"]
