"""Order the results for a reader and pick what to do first.

``rang`` orders every result (1 = show first): "ja" before "misschien", folded results
last; within a group results with testable limits and an estimated amount come first, then
the resident's own gemeente. ``eerst_doen`` holds at most three steps: urgent help when the
answers show an urgent need, the money most likely missed (a toeslag before an uitkering,
which a resident more often already has; the higher estimate first), and the one loket that
helps with the most of the resident's regelingen.
"""
from __future__ import annotations

JA, MISSCHIEN, NEE = "ja", "misschien", "nee"

_ORDER = {JA: 0, MISSCHIEN: 1, NEE: 2}
MONEY_THEMES = ("toeslagen", "uitkeringen")
URGENT_ARREARS = ("huur", "energie", "water")


def _per_month(item: dict) -> float:
    bedrag = item.get("bedrag") or {}
    value = bedrag.get("per_maand") if isinstance(bedrag, dict) else None
    return float(value) if isinstance(value, int | float) else 0.0


def _key(item: dict, gemeente):
    return (item["ingeklapt"], _ORDER[item["status"]], not item.get("toetsbaar"),
            -_per_month(item), item.get("gebied") != gemeente, item["regeling"])


def rank(results: list[dict], gemeente) -> None:
    """Give every result its ``rang`` (the list itself keeps its order by id)."""
    for number, item in enumerate(sorted(results, key=lambda i: _key(i, gemeente)), start=1):
        item["rang"] = number


def _say(texts: dict, key: str, **values) -> str:
    text = texts.get(key, key)
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def is_urgent(answers: dict) -> bool:
    arrears = answers.get("achterstanden") or ()
    return bool(answers.get("nood")) or answers.get("woonsituatie") == "geen-vaste-woonplek" \
        or any(a in arrears for a in URGENT_ARREARS)


def first_steps(results: list[dict], answers: dict, texts: dict) -> list[dict]:
    shown = sorted((i for i in results if not i["ingeklapt"]), key=lambda i: i["rang"])
    steps = []
    if is_urgent(answers):
        urgent = [i for i in shown if "noodhulp" in i.get("themas", ())]
        if urgent:
            steps.append({"soort": "nood", "regeling": urgent[0]["regeling"],
                          "tekst": _say(texts, "eerst.nood")})
    money = [i for i in shown if i["status"] == JA
             and any(t in MONEY_THEMES for t in i.get("themas", ()))]
    if money:
        best = min(money, key=lambda i: ("toeslagen" not in i.get("themas", ()),
                                         -_per_month(i), i["rang"]))
        steps.append({"soort": "geld", "regeling": best["regeling"],
                      "tekst": _say(texts, "eerst.geld")})
    counts: dict[str, list[str]] = {}
    for item in shown:
        if item["status"] != JA and not item.get("toetsbaar", True):
            continue      # help only matched to the situation is folded on the page
        for loket in item.get("loketten", ()):
            counts.setdefault(loket, []).append(item["regeling"])
    if counts:
        loket = min(counts, key=lambda k: (-len(counts[k]), k))
        steps.append({"soort": "loket", "loket": loket, "regelingen": counts[loket],
                      "tekst": _say(texts, "eerst.loket", aantal=len(counts[loket]))})
    return steps[:3]
