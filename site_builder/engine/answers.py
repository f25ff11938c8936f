"""The answer keys: the contract between questions, engine, command line and tests.

Also the reading of answers, which runs in the browser too: a JSON text is read with
bounds (size, nesting, no duplicate keys, no Infinity), typed answers are read
tolerantly ("€ 1.650,-", "1650 euro", "34 jaar", Arabic-Indic digits), and answers that
cannot all be true together give warnings (the check then says "misschien", never "ja").
"""
from __future__ import annotations

import json
import math
import re

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
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))


# --- reading typed numbers -----------------------------------------------------------------

MAX_INPUT_CHARS = 100_000      # a full set of answers is about 500 characters
MAX_NESTING = 8                # the answers need 2 levels (an object with lists)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789,.")
_UNITS = re.compile(r"(?i)(€|\beur(o|o's|os)?\b|\bper\s+(maand|jaar)\b|\bp/?m\b|"
                    r"\bjaar\b|\bjr\.?|\bjaren\b|\bmaanden\b|,-+$|\.-+$|,—$)")
_WHOLE = re.compile(r"^\d+$")
_DUTCH_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_DUTCH_DECIMAL = re.compile(r"^\d{1,3}(\.\d{3})*,\d{1,2}$|^\d+,\d{1,2}$")
_POINT_DECIMAL = re.compile(r"^\d+\.\d{1,2}$")
_COMMA_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+$")
NUMBER_HINT = "Schrijf alleen cijfers, bijvoorbeeld 1650 of 1650,50."


def parse_number(text: str) -> tuple[float | int | None, str]:
    """A number typed by a person: ``(number, "")`` or ``(None, Dutch message)``.

    Accepts "1650", "1.650", "1.650,50", "1650,5", "1650.50", "€ 1.650,-", "1650 euro",
    "34 jaar" and Arabic-Indic digits; refuses what could mean two things ("1,650").
    """
    if not isinstance(text, str):
        return None, "Dit is geen tekst met een getal."
    if len(text) > 100:
        return None, "Dit is te lang voor een getal. " + NUMBER_HINT
    cleaned = _UNITS.sub("", text.translate(_DIGITS))
    cleaned = re.sub(r"(?<=\d)[\s\u00a0\u202f'’](?=\d{3}\b)", "", cleaned).strip()
    if cleaned.startswith("-") or cleaned.startswith("−"):
        return None, "Een bedrag of leeftijd kan niet kleiner zijn dan 0."
    if _WHOLE.match(cleaned):
        return int(cleaned), ""
    if _DUTCH_THOUSANDS.match(cleaned):
        return int(cleaned.replace(".", "")), ""
    if _DUTCH_DECIMAL.match(cleaned):
        return float(cleaned.replace(".", "").replace(",", ".")), ""
    if _POINT_DECIMAL.match(cleaned):
        return float(cleaned), ""
    if _COMMA_THOUSANDS.match(cleaned):
        return None, (f"'{text[:30]}' kan twee dingen betekenen. Schrijf het zonder komma, "
                      "bijvoorbeeld 1650.")
    shown = text if len(text) <= 30 else text[:30] + "…"
    return None, f"'{shown}' kunnen we niet als getal lezen. " + NUMBER_HINT


def parse_answer(key: str, value):
    """One answer as typed or sent: ``(value, "")`` or ``(None, Dutch message)``.
    Numbers may be text ("€ 1.650,-", "34 jaar"); ages of children a list or "4, 9"."""
    kind = ANSWER_KEYS.get(key, (None, None))[0]
    if kind in ("getal", "geheel") and isinstance(value, str):
        number, problem = parse_number(value)
        if problem:
            return None, problem
        if kind == "geheel" and number != int(number):
            return None, f"'{value}' moet een heel getal zijn."
        return (int(number) if kind == "geheel" else number), ""
    if kind == "leeftijden" and isinstance(value, str):
        parts = [p for p in re.split(r"[;,،\s]+(?:en\s+)?|\s+en\s+", value.strip()) if p]
        ages = []
        for part in parts:
            number, problem = parse_number(part)
            if problem or number != int(number):
                return None, (f"'{value[:30]}' kunnen we niet als leeftijden lezen. Schrijf "
                              "de leeftijden met een komma ertussen, bijvoorbeeld 4, 9.")
            ages.append(int(number))
        return ages, ""
    if kind == "leeftijden" and isinstance(value, list):
        out = []
        for item in value:
            number, problem = parse_answer("leeftijd", item)
            if problem:
                return None, problem
            out.append(number)
        return out, ""
    return value, ""


def parse_answer_json(key: str, text: str) -> str:
    """The browser's entry point: ``{"waarde": …}`` or ``{"fout": "…"}``."""
    value, problem = parse_answer(key, text)
    return json.dumps({"fout": problem} if problem else {"waarde": value}, ensure_ascii=False)


# --- reading a JSON text of answers ----------------------------------------------------------

class AnswersUnreadable(ValueError):
    """The text is not a usable set of answers; the message is short Dutch, no echo."""


def _nesting(text: str) -> int:
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_NESTING:
                return deepest
        elif char in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs):
    out = {}
    for key, value in pairs:
        if key in out:
            raise AnswersUnreadable(f"De vraag '{key[:40]}' staat twee keer in de antwoorden. "
                                    "Laat er één staan.")
        out[key] = value
    return out


def _finite(text: str):
    value = float(text)
    if not math.isfinite(value):
        raise AnswersUnreadable("Een getal in de antwoorden is te groot (oneindig). Schrijf "
                                "een gewoon getal.")
    return value


def _no_constant(name: str):
    raise AnswersUnreadable(f"'{name}' is geen getal dat we kunnen gebruiken. Schrijf een "
                            "gewoon getal, of null als u het niet weet.")


def load_answers(text: str) -> dict:
    """Read the answers from a JSON text, bounded; raises :class:`AnswersUnreadable`."""
    if len(text) > MAX_INPUT_CHARS:
        raise AnswersUnreadable(f"De antwoorden zijn te lang ({len(text):,} tekens; het meeste "
                                f"is {MAX_INPUT_CHARS:,}).".replace(",", "."))
    if _nesting(text) > MAX_NESTING:
        raise AnswersUnreadable(f"De antwoorden zitten meer dan {MAX_NESTING} lagen diep in "
                                "elkaar; zo ziet een antwoordbestand er niet uit.")
    try:
        answers = json.loads(text, object_pairs_hook=_no_duplicates, parse_float=_finite,
                             parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise AnswersUnreadable(f"De antwoorden zijn geen geldige JSON: {_json_reason(exc)} "
                                f"(regel {exc.lineno}, kolom {exc.colno}).") from None
    except RecursionError:  # pragma: no cover - the nesting check comes first
        raise AnswersUnreadable("De antwoorden zitten te diep in elkaar.") from None
    for key, value in answers.items() if isinstance(answers, dict) else ():
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10 ** 15:
            raise AnswersUnreadable(f"Het getal bij '{key[:40]}' is te groot.")
    return answers


_JSON_REASONS = {"Expecting value": "hier verwachten we een waarde",
                 "Expecting property name enclosed in double quotes":
                     "een naam moet tussen dubbele aanhalingstekens staan",
                 "Expecting ',' delimiter": "hier mist een komma",
                 "Expecting ':' delimiter": "hier mist een dubbele punt",
                 "Unterminated string starting at": "een tekst wordt niet afgesloten met \"",
                 "Extra data": "na het einde staat nog meer",
                 "Invalid control character at": "er staat een onzichtbaar teken in een tekst"}


def _json_reason(exc: json.JSONDecodeError) -> str:
    return _JSON_REASONS.get(exc.msg, "de opmaak klopt niet")


def _shown(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "…"


def check_answers(answers) -> list[str]:
    """Return plain-language problems with *answers*; an empty list means usable.

    ``None`` (or a missing key) always means "ik weet het niet" and is allowed.
    """
    if not isinstance(answers, dict):
        return ["De antwoorden moeten een JSON-object zijn, zoals {\"leeftijd\": 30}."]
    problems = []
    for key, value in answers.items():
        if key not in ANSWER_KEYS:
            problems.append(f"Onbekende vraag '{str(key)[:40]}'. Bekende vragen: "
                            + ", ".join(sorted(ANSWER_KEYS)) + ".")
            continue
        if value is None:
            continue
        kind, spec = ANSWER_KEYS[key]
        if kind == "keuze" and value not in spec:
            problems.append(f"'{key}' moet een van {', '.join(spec)} zijn, "
                            f"niet {_shown(value)}.")
        elif kind == "janee" and not isinstance(value, bool):
            problems.append(f"'{key}' moet true of false zijn, niet {_shown(value)}.")
        elif kind in ("geheel", "getal"):
            if not _is_number(value) or (kind == "geheel" and value != int(value)):
                word = "een heel getal" if kind == "geheel" else "een getal"
                problems.append(f"'{key}' moet {word} zijn, niet {_shown(value)}.")
            elif not spec[0] <= value <= spec[1]:
                problems.append(f"'{key}' = {value} kan niet: het moet tussen {spec[0]} en "
                                f"{spec[1]} liggen.")
        elif kind == "leeftijden":
            if not isinstance(value, list) or not all(
                    _is_number(v) and v == int(v) and spec[0] <= v <= spec[1] for v in value):
                problems.append(f"'{key}' moet een lijst met leeftijden van kinderen zijn "
                                f"(0 tot {spec[1]}), bijvoorbeeld [3, 8]; "
                                f"niet {_shown(value)}.")
        elif kind == "lijst":
            if not isinstance(value, list) or any(v not in spec for v in value):
                problems.append(f"'{key}' moet een lijst zijn met waarden uit "
                                f"{', '.join(spec)}; niet {_shown(value)}.")
    return problems


def read_answers(answers) -> tuple[dict | None, list[str]]:
    """Typed answers made into numbers, then checked: ``(answers, [])`` or
    ``(None, problems)``."""
    if not isinstance(answers, dict):
        return None, check_answers(answers)
    clean, problems = {}, []
    for key, value in answers.items():
        parsed, problem = parse_answer(key, value)
        if problem:
            problems.append(f"'{str(key)[:40]}': {problem}")
        clean[key] = parsed
    problems += check_answers(clean) if not problems else []
    return (None, problems) if problems else (clean, [])


# --- answers that cannot all be true -----------------------------------------------------

YOUNGEST_PARENT_GAP = 12     # a parent is at least this much older than a child
OLDEST_PARENT_GAP = 70       # ... and at most this much (grandparents raising children)
INCOME_MARGIN = 12_000       # euros a year of slack between net monthly and yearly income


def plausibility(answers: dict) -> list[tuple[str, dict]]:
    """Answers that are allowed one by one but unlikely together, as (text key, values);
    the engine then says "misschien" instead of "ja"."""
    out = []
    parents = [a for a in (answers.get("leeftijd"), answers.get("partner_leeftijd")
                           if answers.get("partner") is not False else None)
               if _is_number(a)]
    for child in answers.get("kinderen") or []:
        if not parents or not _is_number(child):
            continue
        if child > max(parents) - YOUNGEST_PARENT_GAP or child < min(parents) - OLDEST_PARENT_GAP:
            out.append(("plausibel.kind", {"kind": int(child),
                                           "ouder": int(max(parents))}))
            break
    netto, jaar = answers.get("netto_inkomen_maand"), answers.get("toetsingsinkomen_jaar")
    if _is_number(netto) and _is_number(jaar) and netto * 12 > jaar + INCOME_MARGIN \
            and netto * 12 > 3 * jaar:
        out.append(("plausibel.inkomen", {"per_maand": netto, "per_jaar": jaar}))
    return out
