"""Adaptive questions: ask next what can still change the most outcomes.

A question is worth asking when some regeling is still open (not "nee") and one of its
conditions is unknown because that answer is missing. A question that cannot change any
outcome is never asked.
"""
from __future__ import annotations

from .conditions import ONBEKEND, VOLDAAN
from .core import NEE, evaluate


def _needs(rule: dict, answers: dict) -> list[str]:
    """The missing answers this rule needs, in the order a person would give them."""
    kind = rule.get("type")
    household = ["partner"]
    if kind == "leeftijd":
        keys = ["leeftijd"]
    elif kind in ("antwoord", "antwoord_bevat", "getal"):
        keys = [rule["vraag"]]
    elif kind == "toetsingsinkomen_max":
        keys = household + ["toetsingsinkomen_jaar"]
    elif kind == "vermogen_max":
        keys = household + ["vermogen"]
        if "alleenstaande_ouder" in rule and answers.get("partner") is False:
            keys.insert(1, "kinderen")
    elif kind == "inkomen_norm_max":
        keys = ["partner", "leeftijd"]
        if answers.get("partner"):
            keys.append("partner_leeftijd")
        if answers.get("leeftijd") is not None and answers["leeftijd"] < 21 or \
                (answers.get("partner") and (answers.get("partner_leeftijd") or 99) < 21):
            keys.append("kinderen")
        keys.append("netto_inkomen_maand")
    elif kind == "kinderen":
        keys = ["kinderen"]
    elif kind == "huur_jongeren_max":
        keys = ["leeftijd", "kinderen", "kale_huur"]
    else:
        keys = []
    return [k for k in keys if k not in answers]


def next_question(rules: dict, answers: dict, asked, peildatum: str, order) -> str | None:
    """The id of the best next question, or None when nothing can change any more.

    *answers* holds the given answers (``None`` = "weet ik niet"); *asked* lists every
    question already shown; *order* is the questionnaire order, used to break ties.
    """
    asked = set(asked)
    known = {k: v for k, v in answers.items() if v is not None}
    result = evaluate(rules, known, peildatum)
    by_id = {r["id"]: r for r in rules.get("regelingen", [])}
    counts: dict[str, int] = {}
    for item in result["resultaten"]:
        if item["status"] == NEE:
            continue
        regeling = by_id[item["regeling"]]
        wanted: set[str] = set()
        for reason in item["redenen"]:
            if reason["uitkomst"] == VOLDAAN:
                continue
            if reason["voorwaarde"] == "gemeente":
                wanted.add("gemeente")
        for rule, reason in zip(regeling.get("regels", []),
                                [r for r in item["redenen"] if r["voorwaarde"] != "gemeente"]):
            if reason["uitkomst"] == ONBEKEND:
                wanted.update(_needs(rule, known))
        for key in wanted:
            if key not in asked:
                counts[key] = counts.get(key, 0) + 1
    candidates = [k for k in order if counts.get(k)]
    if not candidates:
        return None
    return max(candidates, key=lambda k: (counts[k], -list(order).index(k)))


def next_question_json(rules_json: str, answers_json: str, asked_json: str, peildatum: str,
                       order_json: str) -> str:
    """The browser's entry point for :func:`next_question`."""
    import json

    return json.dumps(next_question(json.loads(rules_json), json.loads(answers_json),
                                    json.loads(asked_json), peildatum, json.loads(order_json)))
