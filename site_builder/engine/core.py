"""Evaluate every regeling's rules for one set of answers: JSON in, JSON out."""
from __future__ import annotations

import json

from .answers import AnswersUnreadable, load_answers, plausibility, read_answers
from .conditions import NIET, ONBEKEND, Context, evaluate_rule
from .texts_nl import FORMAT_NL, TEXTS_NL

JA, MISSCHIEN, NEE = "ja", "misschien", "nee"


def _applies(regeling: dict, gemeente) -> bool:
    gebied = regeling.get("gebied", "landelijk")
    return gebied == "landelijk" or gemeente is None or gemeente == gebied


def evaluate(rules: dict, answers: dict, peildatum: str, texts: dict | None = None,
             fmt: dict | None = None) -> dict:
    """Judge every regeling in *rules* for *answers* on *peildatum* (``YYYY-MM-DD``).

    Returns ``{"peildatum", "resultaten": [{"regeling", "status", "redenen"}]}``. The
    order of the answers never matters; unknown answers give ``misschien``.
    """
    texts = {**TEXTS_NL, **(texts or {})}
    fmt = {**FORMAT_NL, **(fmt or {})}
    answers = {k: v for k, v in sorted(answers.items()) if v is not None}
    gemeente = answers.get("gemeente")
    parameters = rules.get("parameters", {})
    doubts = [{"voorwaarde": "antwoorden", "uitkomst": ONBEKEND,
               "tekst": _fill(texts.get(key, key), values, fmt)}
              for key, values in plausibility(answers)]
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
        if doubts and NIET not in {r["uitkomst"] for r in reasons}:
            reasons += doubts      # unlikely answers together: never "ja"
        outcomes = {r["uitkomst"] for r in reasons}
        status = NEE if NIET in outcomes else MISSCHIEN if ONBEKEND in outcomes else JA
        results.append({"regeling": regeling["id"], "status": status, "redenen": reasons})
    out = {"peildatum": peildatum, "resultaten": results}
    if doubts:
        out["waarschuwingen"] = [d["tekst"] for d in doubts]
    return out


def _fill(text: str, values: dict, fmt: dict) -> str:
    for name, value in values.items():
        shown = value
        if name in ("per_maand", "per_jaar"):
            whole = f"{round(value):,}".replace(",", fmt.get("group", "."))
            shown = fmt.get("euro", "€ {n}").replace("{n}", whole)
        text = text.replace("{" + name + "}", str(shown))
    return text


def evaluate_json(rules_json: str, answers_json: str, peildatum: str,
                  texts_json: str = "{}", fmt_json: str = "{}") -> str:
    """The browser's entry point: strings in, a JSON string out."""
    try:
        answers, problems = read_answers(load_answers(answers_json))
    except AnswersUnreadable as exc:
        answers, problems = None, [str(exc)]
    if problems:
        return json.dumps({"fouten": problems}, ensure_ascii=False)
    result = evaluate(json.loads(rules_json), answers, peildatum, json.loads(texts_json),
                      json.loads(fmt_json))
    return json.dumps(result, ensure_ascii=False, sort_keys=True)
