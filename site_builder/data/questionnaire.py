"""``vragen.yaml``: the checker's questions, validated against the engine's answer keys."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..engine.answers import ANSWER_KEYS
from .errors import Problems, did_you_mean, relative
from .schema.fields import Field, Schema, validate_mapping
from .yamlio import dotted, load_document

KINDS = ("keuze", "janee", "geheel", "getal", "leeftijden", "lijst")

OPTIE = Schema("een antwoordmogelijkheid", "Een knop bij een vraag.", (
    Field("waarde", "regel", "De waarde die de check gebruikt (zie de antwoordsleutels)."),
    Field("tekst", "regel", "De tekst op de knop.", translatable=True),
))
VOORWAARDE = Schema("een voorwaarde voor een vraag", "Stel de vraag alleen als…", (
    Field("vraag", "regel", "Het id van een eerdere vraag."),
    Field("is", "vrij", "…het antwoord hierop dit is.", required=False),
    Field("bevat", "regel", "…het antwoord (een lijst) dit bevat.", required=False),
))
VRAAG = Schema("een vraag", "Eén vraag van de check, één scherm.", (
    Field("id", "regel", "De antwoordsleutel, bijvoorbeeld 'leeftijd'."),
    Field("soort", "keuze", "Soort antwoord.", choices=KINDS),
    Field("vraag", "regel", "De vraag in gewone woorden.", translatable=True),
    Field("uitleg", "tekst", "Hulp bij de vraag.", required=False, translatable=True),
    Field("eenheid", "regel", "Eenheid naast het invulveld, bijvoorbeeld 'euro per maand'.",
          required=False, translatable=True),
    Field("opties", "lijst", "De knoppen (bij keuze en lijst).", required=False,
          item=Field("optie", "object", "Eén knop.", schema=OPTIE)),
    Field("alleen_als", "object", "Stel de vraag alleen als een eerder antwoord dit is.",
          required=False, schema=VOORWAARDE),
))
VRAGEN = Schema("de vragenlijst", "Alle vragen van de check.", (
    Field("vragen", "lijst", "De vragen, in volgorde.",
          item=Field("vraag", "object", "Eén vraag.", schema=VRAAG)),
))
_ANSWER_KIND = {"keuze": "keuze", "janee": "janee", "geheel": "geheel", "getal": "getal",
                "leeftijden": "leeftijden", "lijst": "lijst"}


@dataclass(frozen=True)
class Question:
    id: str
    soort: str
    vraag: str
    uitleg: str = ""
    eenheid: str = ""
    opties: tuple = ()          # ((waarde, tekst), ...)
    alleen_als: dict | None = None

    @property
    def texts(self) -> dict:
        out = {"vraag": self.vraag}
        if self.uitleg:
            out["uitleg"] = self.uitleg
        if self.eenheid:
            out["eenheid"] = self.eenheid
        for i, (_value, text) in enumerate(self.opties):
            out[f"opties[{i}].tekst"] = text
        return out


def load_questions(root: Path, paths, problems: Problems) -> tuple:
    """The questions from the first of *paths* (the table of document kinds names them)."""
    if not paths:
        return ()
    doc = load_document(paths[0], relative(paths[0], root), problems, root)
    if doc is None or not isinstance(doc.data, dict):
        return ()
    data = validate_mapping(VRAGEN, doc.data, doc, (), problems)
    out = []
    seen = set()
    for i, item in enumerate(data.get("vragen", [])):
        base = ("vragen", i)
        qid = item.get("id")
        if qid not in ANSWER_KEYS:
            problems.add(doc.loc(base + ("id",)), dotted(base + ("id",)),
                         f"'{qid}' is geen antwoordsleutel van de check.",
                         did_you_mean(qid, ANSWER_KEYS), code="onbekende-vraag")
            continue
        if qid in seen:
            problems.add(doc.loc(base + ("id",)), dotted(base + ("id",)),
                         f"de vraag '{qid}' staat er twee keer in.", code="dubbele-vraag")
            continue
        seen.add(qid)
        kind, options = ANSWER_KEYS[qid]
        if item.get("soort") and _ANSWER_KIND[item["soort"]] != kind:
            problems.add(doc.loc(base + ("soort",)), dotted(base + ("soort",)),
                         f"de vraag '{qid}' heeft een antwoord van soort '{kind}', niet "
                         f"'{item['soort']}'.", code="verkeerde-soort")
        opties = tuple((o["waarde"], o["tekst"]) for o in item.get("opties", [])
                       if "waarde" in o and "tekst" in o)
        if kind in ("keuze", "lijst"):
            values = [v for v, _ in opties]
            for j, value in enumerate(values):
                if value not in options:
                    problems.add(doc.loc(base + ("opties", j, "waarde")),
                                 dotted(base + ("opties", j, "waarde")),
                                 f"'{value}' is geen mogelijk antwoord op '{qid}'.",
                                 did_you_mean(value, options), code="onbekende-optie")
            missing = [o for o in options if o not in values]
            if missing:
                problems.add(doc.loc(base), dotted(base + ("opties",)),
                             "deze antwoorden hebben nog geen knop: " + ", ".join(missing) + ".",
                             code="optie-ontbreekt")
        out.append(Question(qid, item.get("soort", kind), item.get("vraag", qid),
                            item.get("uitleg", ""), item.get("eenheid", ""), opties,
                            item.get("alleen_als")))
    return tuple(out)
