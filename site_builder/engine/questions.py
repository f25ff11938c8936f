"""Adaptive questions: ask next what can still change the most outcomes.

A question is worth asking when some regeling is still open (not "nee") and one of its
conditions is unknown because that answer is missing, or its amount cannot be computed
without that answer. A question that cannot change any
outcome is never asked, nor one that an earlier answer rules out (no partner: no partner's
age), nor one before the answer it depends on. Which answers a condition needs is read from
its record in ``condition_types``.
"""
from __future__ import annotations

import json

from .calculations import CALCULATIONS
from .condition_types import needs
from .conditions import ONBEKEND, not_applicable, prerequisite
from .core import NEE, evaluate


def _askable(keys, known: dict) -> list[str]:
    """*keys* without what is known or ruled out, each waiting key replaced by its
    prerequisite (``kale_huur`` before ``woonsituatie`` is known: ask ``woonsituatie``)."""
    out = []
    for key in keys:
        while (earlier := prerequisite(known, key)) is not None:
            key = earlier
        if key not in known and not not_applicable(known, key) and key not in out:
            out.append(key)
    return out


def wanted_questions(rules: dict, answers: dict, asked, peildatum: str) -> dict[str, int]:
    """For each question not yet asked: how many open regelingen it could still change."""
    asked = set(asked)
    known = {k: v for k, v in answers.items() if v is not None}
    result = evaluate(rules, known, peildatum)
    by_id = {r["id"]: r for r in rules.get("regelingen", [])}
    counts: dict[str, int] = {}
    for item in result["resultaten"]:
        if item["status"] == NEE or "zie" in item:
            continue
        regeling = by_id[item["regeling"]]
        wanted: list[str] = []
        reasons = [r for r in item["redenen"] if r["voorwaarde"] not in
                   ("gemeente", "gemeente-regeling")]
        if any(r["voorwaarde"] == "gemeente" and r["uitkomst"] == ONBEKEND
               for r in item["redenen"]):
            wanted.append("gemeente")
        for rule, reason in zip(regeling.get("regels", []), reasons):
            if reason["uitkomst"] == ONBEKEND:
                wanted += needs(rule, known)
        spec = regeling.get("berekening")
        if spec and not item.get("bedrag") and spec.get("type") in CALCULATIONS:
            wanted += list(CALCULATIONS[spec["type"]].answers)   # what the amount still needs
        for key in _askable(wanted, known):
            if key not in asked:
                counts[key] = counts.get(key, 0) + 1
    return counts


def next_question(rules: dict, answers: dict, asked, peildatum: str, order) -> str | None:
    """The id of the best next question, or None when nothing can change any more.

    *answers* holds the given answers (``None`` = "weet ik niet"); *asked* lists every
    question already shown; *order* is the questionnaire order, used to break ties.
    """
    counts = wanted_questions(rules, answers, asked, peildatum)
    order = list(order)
    candidates = [k for k in order if counts.get(k)]
    if not candidates:
        return None
    return max(candidates, key=lambda k: (counts[k], -order.index(k)))


def next_step(rules: dict, answers: dict, asked, peildatum: str, order) -> dict:
    """The next question with where the reader is: ``{"vraag": id or None, "nummer": n,
    "ongeveer": m}`` for "Vraag n van ongeveer m". *m* counts the questions asked so far and
    every question that could still change an open regeling; it shrinks as answers rule
    regelingen out."""
    counts = wanted_questions(rules, answers, asked, peildatum)
    order = list(order)
    candidates = [k for k in order if counts.get(k)]
    vraag = max(candidates, key=lambda k: (counts[k], -order.index(k))) if candidates else None
    done = len(set(asked))
    return {"vraag": vraag, "nummer": done + 1 if vraag else done,
            "ongeveer": done + len(candidates)}


def next_question_json(rules_json: str, answers_json: str, asked_json: str, peildatum: str,
                       order_json: str) -> str:
    """The browser's entry point for :func:`next_question`."""
    return json.dumps(next_question(json.loads(rules_json), json.loads(answers_json),
                                    json.loads(asked_json), peildatum, json.loads(order_json)))


def next_step_json(rules_json: str, answers_json: str, asked_json: str, peildatum: str,
                   order_json: str) -> str:
    """The browser's entry point for :func:`next_step`."""
    return json.dumps(next_step(json.loads(rules_json), json.loads(answers_json),
                                json.loads(asked_json), peildatum, json.loads(order_json)))
