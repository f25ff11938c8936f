"""The editors' side of ``regels:``: validation with Dutch messages for editors, and the rules
the check judges each published regeling by. Both read the condition records in
``engine/condition_types.py``; nothing here is shipped to the browser."""
from __future__ import annotations

from difflib import get_close_matches

from ..engine.answers import ANSWER_KEYS
from ..engine.condition_types import CONDITIONS
from ..engine.conditions import AOW_AGE
from ..engine.situations import MATCHERS

UNPUBLISHED = ("gesloten", "concept")


def is_published(regeling) -> bool:
    return regeling.status not in UNPUBLISHED


def derived_situation_rule(regeling) -> dict | None:
    """The ``situatie`` rule the check adds to a regeling without testable limits (no rules,
    or only 'leeftijd' and 'beoordeling'), from its situaties and themas; None when none of
    them can be matched against the answers."""
    kinds = [CONDITIONS.get(r.get("type")) for r in regeling.regels if isinstance(r, dict)]
    if any(k is not None and k.situational for k in kinds):
        return None
    if kinds and not any(k is not None and k.name == "beoordeling" for k in kinds):
        return None          # only conclusive limits such as 'leeftijd' (the AOW): complete
    een_van = [s for s in (*regeling.situaties, *regeling.themas) if s in MATCHERS]
    if not een_van:
        return None
    return {"type": "situatie", "een_van": list(dict.fromkeys(een_van)),
            "beslist": regeling.aanbieder}


def rules_for(regeling) -> list[dict]:
    """The rules the check judges *regeling* by (empty: it does not take part)."""
    if not is_published(regeling):
        return []
    rules = [dict(rule) for rule in regeling.regels]
    derived = derived_situation_rule(regeling)
    return rules + [derived] if derived else rules


def coverage(catalog) -> dict:
    """How many published regelingen the check judges, and how many by testable limits."""
    published = [r for r in catalog.regelingen.values() if is_published(r)]
    judged = [r for r in published if rules_for(r)]
    limits = [r for r in judged if any(
        CONDITIONS[x["type"]].conclusive and CONDITIONS[x["type"]].situational
        for x in rules_for(r) if x.get("type") in CONDITIONS)]
    return {"beoordeeld": len(judged), "totaal": len(published),
            "met_grenzen": len(limits),
            "niet_beoordeeld": sorted(r.id for r in published if r not in judged)}


def type_problems(block, table: dict, noun: str, unknown: str) -> list:
    """A block that names its kind under ``type`` (a rule, a calculation): a problem when it
    is no block with a type, or the type is not in *table* (with a did-you-mean)."""
    kinds = "Soorten: " + ", ".join(table) + "."
    if not isinstance(block, dict) or "type" not in block:
        return [((), f"{noun} moet een blok zijn met minstens 'type'.", kinds)]
    name = block["type"]
    if name not in table:
        close = get_close_matches(str(name), table, n=1)
        return [(("type",), f"{unknown} '{name}'.",
                 f"Bedoelt u '{close[0]}'?" if close else kinds)]
    return []


def check_rule(rule, has_parameter) -> list:
    """Problems with one rule as (subpath, message, hint); used by ``routekaart validate``."""
    problems = type_problems(rule, CONDITIONS, "een regel", "onbekend soort regel")
    if problems:
        return problems
    name = rule["type"]
    kind = CONDITIONS[name]
    out = []
    for key in rule:
        if key != "type" and key not in kind.args:
            close = get_close_matches(key, kind.args, n=1)
            out.append(((key,), f"'{key}' hoort niet bij een regel van soort '{name}'.",
                        f"Bedoelt u '{close[0]}'?" if close else
                        "Mogelijk: " + ", ".join(kind.args) + "."))
    for key, arg in kind.args.items():
        if key not in rule:
            if arg.required:
                out.append(((), f"de regel '{name}' mist '{key}'.", ""))
            continue
        out += _check_value(kind, rule, key, arg.kind, rule[key], has_parameter)
    if kind.exactly_one and sum(k in rule for k in kind.exactly_one) != 1:
        out.append(((), f"gebruik bij '{name}' precies één van "
                    + " of ".join(f"'{k}'" for k in kind.exactly_one) + ".", ""))
    if kind.at_least_one and not any(k in rule for k in kind.at_least_one):
        out.append(((), f"de regel '{name}' heeft een grens nodig ("
                    + " of ".join(f"'{k}'" for k in kind.at_least_one) + ").", ""))
    return out


def _check_value(kind, rule: dict, key: str, arg_kind: str, value, has_parameter) -> list:
    if arg_kind == "grens" and not _is_limit(value, has_parameter):
        return [((key,), f"'{value}' is geen getal en geen bestaande parameter.",
                 "Gebruik een getal of de naam van een bedrag onder 'parameters'.")]
    if arg_kind == "tekst" and (not isinstance(value, str) or not value.strip()):
        return [((key,), f"'{key}' moet een tekst zijn.", "")]
    if arg_kind == "getal" and (isinstance(value, bool) or not isinstance(value, int | float)):
        return [((key,), f"'{key}' moet een getal zijn.", "")]
    if arg_kind == "vraag":
        if value not in ANSWER_KEYS or ANSWER_KEYS[value][0] not in kind.vraag_kinds:
            options = [k for k, v in ANSWER_KEYS.items() if v[0] in kind.vraag_kinds]
            return [((key,), f"'{value}' is hier geen bruikbare vraag.",
                     "Mogelijk: " + ", ".join(options) + ".")]
        return []
    if arg_kind == "norm":
        missing = [k for k in ("alleenstaand", "partners") if not has_parameter(f"{value}.{k}")]
        if missing:
            return [((key,), f"de norm '{value}' bestaat niet of mist " + ", ".join(missing)
                     + ".", "Zie de map normen/.")]
        if not has_parameter(AOW_AGE):
            return [((key,), "de norm 'aow' met 'leeftijd' ontbreekt; die is nodig om de "
                     "juiste regel van de norm te kiezen.", "")]
        return []
    if arg_kind in ("waarden", "situaties", "studies"):
        if not isinstance(value, list) or not value:
            what = "een lijst met antwoorden" if arg_kind == "waarden" else "een lijst"
            return [((key,), f"'{key}' moet {what} zijn.", "")]
        if arg_kind == "waarden":
            vraag = rule.get("vraag")
            if vraag not in ANSWER_KEYS:
                return []
            options = ANSWER_KEYS[vraag][1]
            allowed, what = ((True, False) if options is None else options), f"'{vraag}'"
        else:
            allowed, what = kind.choices[key], f"'{key}'"
        return [((key, i), f"'{item}' is geen mogelijk antwoord op {what}." if arg_kind ==
                 "waarden" else f"'{item}' is geen mogelijke waarde van {what}.",
                 "Mogelijk: " + ", ".join(str(a).lower() for a in allowed) + ".")
                for i, item in enumerate(value) if item not in allowed]
    return []


def _is_limit(value, has_parameter) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and has_parameter(value)
