"""The answer keys: the contract between questions, engine, command line and tests."""
from __future__ import annotations

from ..vocabulary import GEMEENTEN as _GEMEENTEN, OTHER_GEMEENTE

GEMEENTEN = (*_GEMEENTEN, OTHER_GEMEENTE)
WOONSITUATIES = ("huur", "koop", "inwonend", "geen-vaste-woonplek")
INKOMENSBRONNEN = ("loondienst", "zzp", "uitkering", "aow", "studiefinanciering", "geen")
UITKERINGEN = ("bijstand", "ww", "wia", "wajong", "ziektewet", "anders")
STUDIES = ("mbo", "hbo-wo")
ACHTERSTANDEN = ("huur", "energie", "water", "zorgverzekering", "belasting", "overig")

# key -> (kind, options or (minimum, maximum))
ANSWER_KEYS = {
    "gemeente": ("keuze", GEMEENTEN),
    "leeftijd": ("geheel", (0, 120)),
    "partner": ("janee", None),
    "partner_leeftijd": ("geheel", (0, 120)),
    "kinderen": ("leeftijden", (0, 30)),
    "woonsituatie": ("keuze", WOONSITUATIES),
    "kale_huur": ("getal", (0, 10_000)),
    "netto_inkomen_maand": ("getal", (0, 100_000)),
    "toetsingsinkomen_jaar": ("getal", (0, 10_000_000)),
    "vermogen": ("getal", (0, 100_000_000)),
    "inkomensbron": ("keuze", INKOMENSBRONNEN),
    "uitkering": ("keuze", UITKERINGEN),
    "studie": ("keuze", STUDIES),
    "ziek": ("janee", None),
    "aow_volledig": ("janee", None),
    "jaren_laag_inkomen": ("getal", (0, 80)),
    "schulden": ("janee", None),
    "achterstanden": ("lijst", ACHTERSTANDEN),
    "zorgpremie_achterstand_maanden": ("geheel", (0, 600)),
    "beschermingsbewind": ("janee", None),
    "nood": ("janee", None),
    "toeslagenaffaire": ("janee", None),
}


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


def check_answers(answers) -> list[str]:
    """Return plain-language problems with *answers*; an empty list means usable.

    ``None`` (or a missing key) always means "ik weet het niet" and is allowed.
    """
    if not isinstance(answers, dict):
        return ["De antwoorden moeten een JSON-object zijn, zoals {\"leeftijd\": 30}."]
    problems = []
    for key, value in answers.items():
        if key not in ANSWER_KEYS:
            problems.append(f"Onbekende vraag '{key}'. Bekende vragen: "
                            + ", ".join(sorted(ANSWER_KEYS)) + ".")
            continue
        if value is None:
            continue
        kind, spec = ANSWER_KEYS[key]
        if kind == "keuze" and value not in spec:
            problems.append(f"'{key}' moet een van {', '.join(spec)} zijn, niet {value!r}.")
        elif kind == "janee" and not isinstance(value, bool):
            problems.append(f"'{key}' moet true of false zijn, niet {value!r}.")
        elif kind in ("geheel", "getal"):
            if not _is_number(value) or (kind == "geheel" and value != int(value)):
                word = "een heel getal" if kind == "geheel" else "een getal"
                problems.append(f"'{key}' moet {word} zijn, niet {value!r}.")
            elif not spec[0] <= value <= spec[1]:
                problems.append(f"'{key}' = {value} kan niet: het moet tussen {spec[0]} en "
                                f"{spec[1]} liggen.")
        elif kind == "leeftijden":
            if not isinstance(value, list) or not all(
                    _is_number(v) and v == int(v) and spec[0] <= v <= spec[1] for v in value):
                problems.append(f"'{key}' moet een lijst met leeftijden van kinderen zijn "
                                f"(0 tot {spec[1]}), bijvoorbeeld [3, 8]; niet {value!r}.")
        elif kind == "lijst":
            if not isinstance(value, list) or any(v not in spec for v in value):
                problems.append(f"'{key}' moet een lijst zijn met waarden uit "
                                f"{', '.join(spec)}; niet {value!r}.")
    return problems
