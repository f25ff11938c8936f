"""Evaluate every regeling's rules for one set of answers: JSON in, JSON out."""
from __future__ import annotations

import json

from .answers import AnswersUnreadable, load_answers, plausibility, read_answers
from .calculations import estimate
from .condition_types import CONDITIONS, evaluate_rule
from .conditions import NIET, ONBEKEND, ONLY_IF, VOLDAAN, Context
from .ranking import JA, MISSCHIEN, NEE, first_steps, rank
from .texts_nl import FORMAT_NL, TEXTS_NL

__all__ = ["JA", "MISSCHIEN", "NEE", "evaluate", "evaluate_json"]

_TWIN_OUTCOME = {JA: VOLDAAN, MISSCHIEN: ONBEKEND, NEE: NIET}


def _applies(regeling: dict, gemeente) -> bool:
    gebied = regeling.get("gebied", "landelijk")
    return gebied == "landelijk" or gemeente is None or gemeente == gebied


def _status(reasons: list[dict]) -> str:
    outcomes = {r["uitkomst"] for r in reasons}
    if NIET in outcomes:
        return NEE
    conclusive = all(CONDITIONS[r["voorwaarde"]].conclusive for r in reasons
                     if r["voorwaarde"] in CONDITIONS)
    return MISSCHIEN if ONBEKEND in outcomes or not conclusive else JA


def _loketten(regeling: dict, gebieden: dict, gemeente) -> list[str]:
    """The regeling's loketten for this resident: national ones and their own gemeente's."""
    return [loket for loket in regeling.get("loketten", ())
            if gemeente is None or gebieden.get(loket, "landelijk") in ("landelijk", gemeente)]


def _judge(regeling: dict, ctx: Context, gemeente, doubts: list) -> dict:
    reasons = []
    if regeling.get("gebied", "landelijk") != "landelijk" and gemeente is None:
        reasons.append({"voorwaarde": "gemeente", "uitkomst": ONBEKEND,
                        "tekst": ctx.say(f"gemeente.{regeling['gebied']}")})
    reasons += _without_moot(ctx, [(rule, evaluate_rule(ctx, rule))
                                   for rule in regeling.get("regels", [])])
    if doubts and NIET not in {r["uitkomst"] for r in reasons}:
        reasons += doubts      # unlikely answers together: never "ja"
    status = _status(reasons)
    themas = list(regeling.get("themas", ()))
    return {"regeling": regeling["id"], "status": status, "redenen": reasons,
            "thema": themas[0] if themas else "", "themas": themas,
            "toetsbaar": any(CONDITIONS[r["type"]].conclusive
                             for r in regeling.get("regels", ()) if r.get("type") in CONDITIONS),
            "gebied": regeling.get("gebied", "landelijk")}


def _without_moot(ctx: Context, judged: list) -> list:
    """The reasons of *judged* (rule, reason) pairs, without a "does not apply, so met" one
    whose deciding answer already fails another rule here: "U huurt geen woning" ticked off
    under "U woont bij iemand in huis" reads as a contradiction, and adds nothing."""
    failed = {rule.get("vraag") for rule, reason in judged if reason["uitkomst"] == NIET}
    return [reason for rule, reason in judged
            if not (reason["uitkomst"] == VOLDAAN and rule.get("vraag") in ONLY_IF
                    and ctx.not_applicable(rule["vraag"])
                    and ONLY_IF[rule["vraag"]][0] in failed)]


def _follow_local_twin(item: dict, twin: dict, gemeente: str, ctx: Context) -> None:
    """A national regeling that the resident's gemeente runs with its own rules takes the
    local outcome, and says so, so the two never disagree without a reason."""
    item["status"] = twin["status"]
    item["zie"] = twin["regeling"]
    naam = ctx.texts.get(f"waarde.gemeente.{gemeente}", gemeente)
    item["redenen"] = [{"voorwaarde": "gemeente-regeling",
                        "uitkomst": _TWIN_OUTCOME[twin["status"]],
                        "tekst": ctx.say(f"lokaal.{twin['status']}", gemeente=naam)}]


def evaluate(rules: dict, answers: dict, peildatum: str, texts: dict | None = None,
             fmt: dict | None = None, trace: dict | None = None) -> dict:
    """Judge every regeling in *rules* for *answers* on *peildatum* (``YYYY-MM-DD``).

    Returns ``{"peildatum", "resultaten": [...], "eerst_doen": [...]}``; each result has
    ``regeling``, ``status``, ``redenen``, ``thema``, ``themas``, ``toetsbaar``, ``gebied``,
    ``loketten``, ``ingeklapt``, ``rang`` and, for a national regeling that the resident's
    gemeente runs with its own rules, ``zie``. The order of the answers never matters;
    unknown answers give ``misschien``. A regeling with a ``berekening`` that is not ``nee`` also carries ``bedrag`` (the
    amounts contract), or ``bedrag: null`` with ``bedrag_reden`` saying why there is no
    number. *trace*, when given, receives the parameter values every amount used.
    """
    texts = {**TEXTS_NL, **(texts or {})}
    fmt = {**FORMAT_NL, **(fmt or {})}
    answers = {k: v for k, v in sorted(answers.items()) if v is not None}
    gemeente = answers.get("gemeente")
    parameters = rules.get("parameters", {})
    gebieden = rules.get("loketten", {})
    results, by_id, ctx = [], {}, None
    doubts = [{"voorwaarde": "antwoorden", "uitkomst": ONBEKEND,
               "tekst": _fill(texts.get(key, key), values, fmt)}
              for key, values in plausibility(answers)]
    for regeling in sorted(rules.get("regelingen", []), key=lambda r: r["id"]):
        if not _applies(regeling, gemeente):
            continue
        ctx = Context(answers, peildatum, parameters, regeling, texts, fmt)
        item = _judge(regeling, ctx, gemeente, doubts)
        item["loketten"] = _loketten(regeling, gebieden, gemeente)
        if regeling.get("berekening") and item["status"] != NEE:
            amount = estimate(ctx, regeling["berekening"], trace)
            if "reden" in amount:
                item["bedrag"], item["bedrag_reden"] = None, amount["reden"]
            else:
                item["bedrag"] = amount
        results.append(item)
        by_id[regeling["id"]] = (regeling, item)
    for regeling, item in by_id.values():
        twin = by_id.get(regeling.get("lokaal", {}).get(gemeente, ""))
        if twin is not None:
            _follow_local_twin(item, twin[1], gemeente, ctx)
    for item in results:
        item["ingeklapt"] = item["status"] == NEE or "zie" in item
        if item["status"] == NEE:   # what is still unknown no longer matters: do not ask it,
            item.pop("bedrag", None)  # and a twin's 'nee' leaves no amount to show
            item.pop("bedrag_reden", None)
            item["redenen"] = [r for r in item["redenen"] if r["uitkomst"] != ONBEKEND]
    rank(results, gemeente)
    out = {"peildatum": peildatum, "resultaten": results,
           "eerst_doen": first_steps(results, answers, texts)}
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
