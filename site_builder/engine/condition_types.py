"""The condition types of ``regels:``, one record each: the single place that says how a type
is judged, which answers it needs, which fields a rule of that type has, which sentences it
uses and how the editors' guide explains it.

Adding a condition type means adding one record here (and its sentences in ``texts_nl``).
Readers: the engine (``evaluate_rule``), the adaptive questions (``needs``), the editors'
validation (``data/rules.py``), the JSON Schema export and the guide page "Soorten regels".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from . import conditions as c
from .situations import MATCHERS, STUDIES, situatie, situatie_needs, student, student_needs


@dataclass(frozen=True)
class Arg:
    """One field of a rule. ``kind``: grens (number or parameter name), getal, tekst, vraag
    (an answer key), waarden (answers to that question), norm, situaties, studies."""
    kind: str
    required: bool
    doc: str


@dataclass(frozen=True)
class ConditionType:
    name: str
    evaluate: Callable                 # (Context, rule) -> reason
    needs: Callable                    # (rule, known answers) -> answer keys, asking order
    args: dict                         # field -> Arg
    texts: tuple                       # prefixes of its sentences in texts_nl
    guide: str                         # Dutch explanation for editors
    example: str                       # a YAML example, as an editor writes it
    vraag_kinds: tuple = ()            # answer kinds that fit its 'vraag' field
    exactly_one: tuple = ()            # exactly one of these fields
    at_least_one: tuple = ()           # at least one of these fields
    conclusive: bool = True            # all voldaan can make "waarschijnlijk wel"
    situational: bool = True           # says something about the resident's situation or means
    choices: dict = field(default_factory=dict)   # field -> allowed items, for lists


def _income_needs(rule: dict, answers: dict) -> list[str]:
    # the net monthly income stands in for an unknown gross yearly income (see income.py)
    return ["partner", "toetsingsinkomen_jaar", "netto_inkomen_maand"]


def _vermogen_needs(rule: dict, answers: dict) -> list[str]:
    keys = ["partner", "vermogen"]
    if "alleenstaande_ouder" in rule and answers.get("partner") is False:
        keys.insert(1, "kinderen")
    return keys


def _norm_needs(rule: dict, answers: dict) -> list[str]:
    keys = ["partner", "leeftijd"]
    if answers.get("partner"):
        keys.append("partner_leeftijd")
    age = answers.get("leeftijd")
    if age is not None and age < 21 or \
            (answers.get("partner") and (answers.get("partner_leeftijd") or 99) < 21):
        keys.append("kinderen")
    return keys + ["netto_inkomen_maand"]


def _vraag_needs(rule: dict, answers: dict) -> list[str]:
    return [rule["vraag"]]


_HOUSEHOLD = "Met of zonder (toeslag)partner geldt een andere grens."

TYPES = (
    ConditionType(
        "leeftijd", c.leeftijd, lambda rule, answers: ["leeftijd"],
        {"min": Arg("grens", False, "minimale leeftijd (getal of parameter)"),
         "max": Arg("grens", False, "hoogste leeftijd, die telt nog mee"),
         "onder": Arg("grens", False, "leeftijd moet hieronder liggen (bijvoorbeeld "
                      "aow.leeftijd)")},
        ("leeftijd.",),
        "De leeftijd van de inwoner. 'min' en 'max' tellen zelf mee; 'onder' niet: met "
        "'onder: aow.leeftijd' is de regeling voor wie de AOW-leeftijd nog niet heeft.",
        "- type: leeftijd\n  min: 21\n  onder: aow.leeftijd",
        at_least_one=("min", "max", "onder"), situational=False),
    ConditionType(
        "antwoord", c.antwoord, _vraag_needs,
        {"vraag": Arg("vraag", True, "de vraag (antwoordsleutel)"),
         "in": Arg("waarden", False, "toegestane antwoorden"),
         "niet_in": Arg("waarden", False, "antwoorden die niet mogen")},
        ("antwoord.", "waarde.", "nvt."),
        "Het antwoord op een keuzevraag of ja/nee-vraag moet een van 'in' zijn, of mag geen "
        "van 'niet_in' zijn. Is de vraag niet gesteld omdat een eerder antwoord haar uitsluit "
        "(geen uitkering, geen huurwoning), dan telt dat als 'geen van deze'.",
        "- type: antwoord\n  vraag: inkomensbron\n  in: [loondienst, uitkering, geen]",
        vraag_kinds=("keuze", "janee"), exactly_one=("in", "niet_in")),
    ConditionType(
        "antwoord_bevat", c.antwoord_bevat, _vraag_needs,
        {"vraag": Arg("vraag", True, "een vraag met een lijst als antwoord (achterstanden)"),
         "een_van": Arg("waarden", True, "minstens één van deze moet in het antwoord staan")},
        ("antwoord_bevat.", "waarde."),
        "Een lijstvraag (zoals achterstanden) moet minstens één van 'een_van' bevatten.",
        "- type: antwoord_bevat\n  vraag: achterstanden\n  een_van: [huur, energie]",
        vraag_kinds=("lijst",)),
    ConditionType(
        "getal", c.getal, _vraag_needs,
        {"vraag": Arg("vraag", True, "een vraag met een getal als antwoord"),
         "min": Arg("grens", False, "minimaal (getal of parameter)"),
         "max": Arg("grens", False, "maximaal (getal of parameter)")},
        ("getal.", "nvt."),
        "Een getal uit de antwoorden (kale huur, maanden achterstand, jaren laag inkomen) "
        "tussen 'min' en 'max'. Sluit een eerder antwoord de vraag uit (geen achterstand bij "
        "de zorgverzekering), dan is een regel met 'min' niet voldaan.",
        "- type: getal\n  vraag: zorgpremie_achterstand_maanden\n  min: aanbod_na_maanden",
        vraag_kinds=("getal", "geheel"), at_least_one=("min", "max")),
    ConditionType(
        "toetsingsinkomen_max", c.toetsingsinkomen_max,
        _income_needs,
        {"alleen": Arg("grens", True, "hoogste toetsingsinkomen per jaar zonder toeslagpartner"),
         "partner": Arg("grens", True, "hoogste toetsingsinkomen per jaar met toeslagpartner")},
        ("toetsingsinkomen_max.", "partner."),
        "Het bruto jaarinkomen van het huishouden (toetsingsinkomen, zoals bij toeslagen) is "
        "niet hoger dan de grens. Weet de inwoner het niet, dan schat de check het uit het "
        "netto inkomen per maand; ligt zelfs de bovenkant van die schatting ruim (5 %) onder "
        "de grens, dan is de regel voldaan (met die uitleg), anders blijft hij onbekend. "
        + _HOUSEHOLD,
        "- type: toetsingsinkomen_max\n  alleen: inkomensgrens_alleen\n"
        "  partner: inkomensgrens_partner"),
    ConditionType(
        "vermogen_max", c.vermogen_max, _vermogen_needs,
        {"alleen": Arg("grens", True, "hoogste vermogen zonder partner"),
         "partner": Arg("grens", True, "hoogste vermogen met partner"),
         "alleenstaande_ouder": Arg("grens", False, "hoogste vermogen voor een alleenstaande "
                                    "ouder (zonder partner, met een kind jonger dan 18 thuis)")},
        ("vermogen_max.", "partner.", "kinderen.onbekend"),
        "Spaargeld en bezit zijn niet hoger dan de grens. " + _HOUSEHOLD
        + " Met 'alleenstaande_ouder' geldt voor een ouder zonder partner een eigen grens.",
        "- type: vermogen_max\n  alleen: bijstandsnorm.vermogen_alleenstaand\n"
        "  partner: bijstandsnorm.vermogen_gezin"),
    ConditionType(
        "inkomen_norm_max", c.inkomen_norm_max, _norm_needs,
        {"norm": Arg("norm", True, "de norm, bijvoorbeeld bijstandsnorm"),
         "percentage": Arg("getal", False, "percentage van de norm (standaard 100)")},
        ("inkomen_norm_max.", "huishouden."),
        "Het netto maandinkomen is niet hoger dan een percentage van een norm. De check kiest "
        "de regel van de norm die bij het huishouden past (alleen, partners, jonger dan 21, "
        "AOW-leeftijd); daarom moet de norm 'aow' met 'leeftijd' bestaan.",
        "- type: inkomen_norm_max\n  norm: bijstandsnorm\n  percentage: 130"),
    ConditionType(
        "kinderen", c.kinderen, lambda rule, answers: ["kinderen"],
        {"min_leeftijd": Arg("getal", False, "jongste leeftijd die telt (standaard 0)"),
         "max_leeftijd": Arg("getal", False, "oudste leeftijd die telt (standaard 17)"),
         "min_aantal": Arg("getal", False, "hoeveel kinderen in die leeftijd (standaard 1)")},
        ("kinderen.",),
        "Er wonen genoeg kinderen van de goede leeftijd bij de inwoner.",
        "- type: kinderen\n  min_leeftijd: 4\n  max_leeftijd: 17"),
    ConditionType(
        "huur_jongeren_max", c.huur_jongeren_max,
        lambda rule, answers: ["leeftijd", "kinderen", "kale_huur"],
        {"onder": Arg("grens", True, "leeftijd waaronder de huurgrens geldt (zonder kind onder "
                      "18 thuis), bijvoorbeeld een parameter"),
         "max": Arg("grens", True, "hoogste kale huur voor die jongeren, of 'geen'")},
        ("huur_jongeren_max.",),
        "Een huurgrens die alleen voor jongeren geldt: wie jonger is dan 'onder' en geen kind "
        "jonger dan 18 thuis heeft, mag hoogstens 'max' kale huur betalen (zoals bij de "
        "huurtoeslag tot en met 2025). Ouderen en ouders vallen er niet onder.",
        "- type: huur_jongeren_max\n  onder: leeftijd_jongeren\n  max: huurgrens_jongeren"),
    ConditionType(
        "student", student, student_needs,
        {"uitgesloten": Arg("studies", True, "voor welke studenten met studiefinanciering de "
                            "regeling niet is: mbo, hbo-wo of allebei")},
        ("student.", "waarde.studie."),
        "Wie studeert met studiefinanciering van DUO, krijgt de regeling niet. Met "
        "'uitgesloten: [mbo, hbo-wo]' geldt dat voor alle studenten (zoals bij de bijstand); "
        "met 'uitgesloten: [hbo-wo]' alleen voor studenten van een hogeschool of universiteit. "
        "De check vraagt dan naar de soort opleiding.",
        "- type: student\n  uitgesloten: [hbo-wo]",
        choices={"uitgesloten": STUDIES}),
    ConditionType(
        "situatie", situatie, situatie_needs,
        {"een_van": Arg("situaties", True, "situaties of thema's waarvoor de regeling is; "
                        "minstens één moet bij de inwoner passen"),
         "beslist": Arg("tekst", False, "wie beslist (staat in de uitleg bij de uitkomst)")},
        ("situatie.",),
        "De regeling past bij de situatie van de inwoner: minstens één van 'een_van' klopt "
        "volgens de antwoorden. De check zegt dan 'misschien', nooit 'waarschijnlijk wel', en "
        "noemt wie beslist. Heeft een regeling geen toetsbare regels (of alleen 'leeftijd' en "
        "'beoordeling'), dan maakt de check deze regel zelf uit haar 'situaties' en 'themas', "
        "met de aanbieder als wie beslist. Te algemeen om te toetsen en daarom overgeslagen: "
        "werk-laag-inkomen en de thema's toeslagen, uitkeringen, zorg, wonen, "
        "werk-ondernemen en kinderen-school.",
        "- type: situatie\n  een_van: [toeslagenaffaire]",
        conclusive=False, choices={"een_van": tuple(MATCHERS)}),
    ConditionType(
        "beoordeling", c.beoordeling, lambda rule, answers: [],
        {"uitleg": Arg("tekst", True, "wie beslist en wat de inwoner moet meenemen; de check "
                       "zegt hier altijd 'misschien'")},
        (),
        "Een voorwaarde die alleen een medewerker kan beoordelen. De check zegt 'misschien' en "
        "toont de uitleg: wie beslist en wat de inwoner meeneemt.",
        "- type: beoordeling\n  uitleg: >-\n    De gemeente kijkt naar uw hele situatie. Neem "
        "uw bankafschriften mee.",
        situational=False),
)

CONDITIONS = {t.name: t for t in TYPES}


def evaluate_rule(ctx: c.Context, rule: dict) -> dict:
    return CONDITIONS[rule["type"]].evaluate(ctx, rule)


def needs(rule: dict, answers: dict) -> list[str]:
    """The answers this rule reads, in the order a person would give them."""
    kind = CONDITIONS.get(rule.get("type"))
    return kind.needs(rule, answers) if kind else []
