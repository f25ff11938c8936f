"""The editors' side of ``berekening:``: validation with Dutch messages for editors. It reads
the calculation records in ``engine/calculations.py`` (their arguments and the kinds of
those arguments); nothing here is shipped to the browser."""
from __future__ import annotations

from difflib import get_close_matches

from ..engine.answers import UITKERINGEN
from ..engine.calculations import CALCULATIONS, PAYMENTS
from .rules import type_problems


def check_berekening(spec, has_parameter, options=()) -> list:
    """Problems with one ``berekening`` block as (subpath, message, hint)."""
    problems = type_problems(spec, CALCULATIONS, "een berekening", "onbekende soort berekening")
    if problems:
        return problems
    kind = spec["type"]
    arguments = CALCULATIONS[kind].arguments
    out = []
    for key in spec:
        if key != "type" and key not in arguments:
            close = get_close_matches(key, arguments, n=1)
            out.append(((key,), f"'{key}' hoort niet bij een berekening van soort '{kind}'.",
                        f"Bedoelt u '{close[0]}'?" if close else
                        "Mogelijk: " + ", ".join(arguments) + "."))
    for key, argument in arguments.items():
        if key not in spec:
            if argument.required:
                out.append(((), f"de berekening '{kind}' mist '{key}' ({argument.doc}).", ""))
            continue
        out += _check_argument(key, argument, spec[key], has_parameter, options)
    if kind == "bedrag_per_kind":
        if not any(k in spec for k in ("leeftijden", "eerste_kind")):
            out.append(((), "de berekening 'bedrag_per_kind' heeft 'leeftijden' of "
                        "'eerste_kind' nodig.", ""))
        if "afbouwpercentage" in spec:
            for key in ("drempel_alleen", "drempel_partner"):
                if key not in spec:
                    out.append(((), f"met 'afbouwpercentage' is ook '{key}' nodig.", ""))
    return out


def _check_argument(key, argument, value, has_parameter, options) -> list:
    if argument.kind == "parameter":
        if not isinstance(value, str) or not has_parameter(value):
            close = get_close_matches(str(value), options, n=1)
            return [((key,), f"'{value}' is geen bestaande parameter.",
                     f"Bedoelt u '{close[0]}'?" if close else
                     "Gebruik de naam van een bedrag onder 'parameters' of een norm "
                     "(norm.naam).")]
    elif argument.kind == "norm":
        if not has_parameter(f"{value}.alleenstaand"):
            return [((key,), f"de norm '{value}' bestaat niet.", "Zie de map normen/.")]
    elif argument.kind == "url":
        if not isinstance(value, str) or not value.startswith("https://"):
            return [((key,), f"'{key}' moet een webadres zijn dat begint met https://.", "")]
    elif argument.kind in ("uitbetaling", "uitkering"):
        allowed = PAYMENTS if argument.kind == "uitbetaling" else UITKERINGEN
        if value not in allowed:
            close = get_close_matches(str(value), allowed, n=1)
            return [((key,), f"'{key}' moet een van {', '.join(allowed)} zijn, niet '{value}'.",
                     f"Bedoelt u '{close[0]}'?" if close else "")]
    elif argument.kind == "leeftijden":
        if not isinstance(value, list) or not value:
            return [((key,), "'leeftijden' moet een lijst zijn met van, tot en bedrag.", "")]
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, dict) or not all(k in item for k in ("van", "tot", "bedrag")):
                out.append(((key, i), "elke leeftijdsgroep heeft 'van', 'tot' en 'bedrag'.", ""))
            elif not has_parameter(str(item["bedrag"])):
                out.append(((key, i, "bedrag"), f"'{item['bedrag']}' is geen bestaande "
                            "parameter.", "Gebruik de naam van een bedrag onder 'parameters'."))
        return out
    return []
