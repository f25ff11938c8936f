"""Evaluate every regeling's rules for one set of answers: JSON in, JSON out."""
from __future__ import annotations

import json

from .answers import check_answers
from .calculations import estimate
from .conditions import NIET, ONBEKEND, Context, evaluate_rule
from .texts_nl import FORMAT_NL, TEXTS_NL

JA, MISSCHIEN, NEE = "ja", "misschien", "nee"


def _applies(regeling: dict, gemeente) -> bool:
    gebied = regeling.get("gebied", "landelijk")
    return gebied == "landelijk" or gemeente is None or gemeente == gebied


def evaluate(rules: dict, answers: dict, peildatum: str, texts: dict | None = None,
             fmt: dict | None = None, trace: dict | None = None) -> dict:
    """Judge every regeling in *rules* for *answers* on *peildatum* (``YYYY-MM-DD``).

    Returns ``{"peildatum", "resultaten": [{"regeling", "status", "redenen"}]}``. The
    order of the answers never matters; unknown answers give ``misschien``. A regeling with
    a ``berekening`` that is not ``nee`` also carries ``bedrag`` (the amounts contract), or
    ``bedrag: null`` with ``bedrag_reden`` saying why there is no number. *trace*, when
    given, receives the parameter values every amount used (for pages that show them).
    """
    texts = {**TEXTS_NL, **(texts or {})}
    fmt = {**FORMAT_NL, **(fmt or {})}
    answers = {k: v for k, v in sorted(answers.items()) if v is not None}
    gemeente = answers.get("gemeente")
    parameters = rules.get("parameters", {})
    results = []
    for regeling in sorted(rules.get("regelingen", []), key=lambda r: r["id"]):
        if not _applies(regeling, gemeente):
            continue
        ctx = Context(answers, peildatum, parameters, regeling, texts, fmt)
        reasons = []
        if regeling.get("gebied", "landelijk") != "landelijk" and gemeente is None:
            reasons.append({"voorwaarde": "gemeente", "uitkomst": ONBEKEND,
                            "tekst": ctx.say(f"gemeente.{regeling['gebied']}")})
        reasons += [evaluate_rule(ctx, rule) for rule in regeling.get("regels", [])]
        outcomes = {r["uitkomst"] for r in reasons}
        status = NEE if NIET in outcomes else MISSCHIEN if ONBEKEND in outcomes else JA
        result = {"regeling": regeling["id"], "status": status, "redenen": reasons}
        if regeling.get("berekening") and status != NEE:
            amount = estimate(ctx, regeling["berekening"], trace)
            if "reden" in amount:
                result["bedrag"], result["bedrag_reden"] = None, amount["reden"]
            else:
                result["bedrag"] = amount
        results.append(result)
    return {"peildatum": peildatum, "resultaten": results}


def evaluate_json(rules_json: str, answers_json: str, peildatum: str,
                  texts_json: str = "{}", fmt_json: str = "{}") -> str:
    """The browser's entry point: strings in, a JSON string out."""
    answers = json.loads(answers_json)
    problems = check_answers(answers)
    if problems:
        return json.dumps({"fouten": problems}, ensure_ascii=False)
    result = evaluate(json.loads(rules_json), answers, peildatum, json.loads(texts_json),
                      json.loads(fmt_json))
    return json.dumps(result, ensure_ascii=False, sort_keys=True)
