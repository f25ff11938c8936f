"""The checks that need more than one file: references between regelingen, loketten and
normen, placeholders that name existing parameters, the dates of values, the rules and
calculations the checker can judge, a gemeente's folder, and consistency across the catalogue.
"""
from __future__ import annotations

import datetime as dt
import re

from .calculation_checks import check_berekening
from .errors import Location, Problems, did_you_mean
from .model import PLACEHOLDER, TYPED_AMOUNT, Catalog, Norm
from .rules import check_rule
from .source_years import check_source_years
from .yamlio import dotted


def check_across_files(catalog: Catalog, docs: dict, problems: Problems, unreadable: dict,
                       today: dt.date) -> None:
    """Every cross-file check, in the order its messages are reported."""
    _check_references(catalog, docs, problems, unreadable)
    _check_placeholders(catalog, docs, problems)
    _check_broken_placeholders(catalog, docs, problems)
    _check_parameters(catalog, docs, problems)
    _check_value_dates(catalog, docs, problems, today)
    check_source_years(catalog, docs, problems)
    _check_rules(catalog, docs, problems)
    _check_berekeningen(catalog, docs, problems)
    _check_gebied(catalog, docs, problems)
    _check_consistency(catalog, docs, problems, unreadable)


def _check_references(catalog: Catalog, docs: dict, problems: Problems,
                      unreadable: dict) -> None:
    """Ids must exist; an id whose own file could not be read is not reported again."""
    for regeling in catalog.regelingen.values():
        doc = docs[("regeling", regeling.id)]
        for i, loket_id in enumerate(regeling.loketten):
            if loket_id not in catalog.loketten and loket_id not in unreadable["loket"]:
                hint = did_you_mean(loket_id, catalog.loketten)
                problems.add(doc.loc(("loketten", i)), f"loketten[{i}]",
                             f"het loket '{loket_id}' bestaat niet.",
                             hint or "Maak het loket aan in loketten/ of verbeter de naam.",
                             code="onbekend-loket")
        for i, other in enumerate(regeling.zie_ook):
            if other not in catalog.regelingen and other not in unreadable["regeling"]:
                hint = did_you_mean(other, catalog.regelingen)
                problems.add(doc.loc(("zie_ook", i)), f"zie_ook[{i}]",
                             f"de regeling '{other}' bestaat niet.",
                             hint or "Verbeter de naam.", code="onbekende-regeling")
        if not regeling.loketten and not regeling.aanvraag_link:
            problems.add(doc.loc(()), "loketten",
                         "deze regeling noemt geen loket en geen aanvraag_link.",
                         "Inwoners moeten weten waar ze heen kunnen: voeg er minstens één toe.",
                         code="geen-ingang")


def _check_consistency(catalog: Catalog, docs: dict, problems: Problems,
                       unreadable: dict) -> None:
    """Checks across the catalogue: used loketten, unique names, twins that know each other."""
    used = {loket for r in catalog.regelingen.values() for loket in r.loketten}
    if unreadable["regeling"]:   # the unreadable file may be the one that names a loket
        used |= set(catalog.loketten)
    for flow in catalog.flows.values():
        for step in flow.steps.values():
            used.update(step.loketten)
            for ids in step.per_gemeente.values():
                used.update(ids)
    for loket in catalog.loketten.values():
        if loket.id not in used:
            problems.warn(docs[("loket", loket.id)].loc(("id",)), "id",
                          f"het loket '{loket.id}' wordt door geen enkele regeling genoemd.",
                          "Noem het bij een regeling onder 'loketten', of haal het weg.",
                          code="loket-ongebruikt")
    names: dict = {}
    for regeling in sorted(catalog.regelingen.values(), key=lambda r: r.path):
        key = (regeling.gebied, regeling.naam.strip().lower())
        if key in names:
            problems.add(docs[("regeling", regeling.id)].loc(("naam",)), "naam",
                         f"de naam '{regeling.naam}' wordt in {regeling.gebied} al gebruikt door "
                         f"{names[key]}.", "Maak de naam duidelijk anders.", code="dubbele-naam")
        else:
            names[key] = regeling.path
    for regeling in catalog.regelingen.values():
        doc = docs[("regeling", regeling.id)]
        for other_id in regeling.zie_ook:
            other = catalog.regelingen.get(other_id)
            if other is not None and regeling.id not in other.zie_ook:
                problems.add(doc.loc(("zie_ook",)), "zie_ook",
                             f"'{other_id}' noemt '{regeling.id}' niet terug onder zie_ook.",
                             f"Voeg '{regeling.id}' toe aan zie_ook in {other.path}.",
                             code="zie-ook-eenzijdig")
        if regeling.gebied != "landelijk":
            twin = regeling.id.split("-", 1)[1] if "-" in regeling.id else ""
            if twin in catalog.regelingen and twin not in regeling.zie_ook:
                problems.add(doc.loc(("id",)), "zie_ook",
                             f"de landelijke regeling '{twin}' hoort bij deze regeling.",
                             f"Zet '{twin}' onder zie_ook (en '{regeling.id}' in {twin}).",
                             code="tweeling")


def _check_placeholders(catalog: Catalog, docs: dict, problems: Problems) -> None:
    for kind, table in (("regeling", catalog.regelingen), ("loket", catalog.loketten),
                        ("norm", catalog.normen)):
        for item in table.values():
            doc = docs[(kind, item.id)]
            owner = item if kind == "regeling" else None
            titles = {f"bronnen[{i}].titel": b.titel for i, b in enumerate(item.bronnen)
                      if b.titel}   # a source's title is shown on the page too
            for key, text in {**item.texts, **titles}.items():
                if TYPED_AMOUNT.search(PLACEHOLDER.sub("", text)):
                    problems.add(doc.loc(_path_of(key)), key,
                                 "er staat een bedrag in de tekst.",
                                 "Zet bedragen onder 'parameters' (met datum en bron) en gebruik "
                                 "hier {naam}, dan klopt het in alle talen en elk jaar.",
                                 code="bedrag-in-tekst")
                for match in PLACEHOLDER.finditer(text):
                    ref = match.group(1)
                    if catalog.parameter(owner, ref) is None:
                        options = list(owner.parameters) if owner else []
                        options += [f"{n.id}.{k}" for n in catalog.normen.values()
                                    for k in n.parameters]
                        hint = did_you_mean(ref, options)
                        problems.add(doc.loc(_path_of(key)), key,
                                     f"de plaatshouder {{{ref}}} verwijst naar een bedrag dat "
                                     "niet bestaat.",
                                     hint or "Voeg het bedrag toe onder 'parameters'.",
                                     code="onbekende-plaatshouder")


_ATTEMPT = re.compile(r"\{(?=[A-Za-z_])")


def broken_placeholders(text: str) -> list[str]:
    """Every ``{name...`` in *text* that is not a whole, valid placeholder, as written."""
    out = []
    for match in _ATTEMPT.finditer(text or ""):
        if PLACEHOLDER.match(text, match.start()):
            continue
        end = text.find("}", match.start())
        stop = end + 1 if 0 <= end < match.start() + 60 else min(len(text), match.start() + 30)
        out.append(text[match.start():stop].split("\n")[0])
    return out


PLACEHOLDER_HINT = ("Schrijf een plaatshouder als {naam}, {norm.naam} of {norm.naam:130%}: "
                    "met een sluitende }, en een percentage met %.")


def _check_broken_placeholders(catalog: Catalog, docs: dict, problems: Problems) -> None:
    for kind, table in (("regeling", catalog.regelingen), ("loket", catalog.loketten),
                        ("norm", catalog.normen)):
        for item in table.values():
            doc = docs[(kind, item.id)]
            for key, text in item.texts.items():
                for written in broken_placeholders(text):
                    problems.add(doc.loc(_path_of(key)), key,
                                 f"'{written}' is geen goede plaatshouder; zo komt het met "
                                 "haakjes en al op de pagina.", PLACEHOLDER_HINT,
                                 code="kapotte-plaatshouder")


_LOCAL_PREFIX = {"dh-": "den-haag", "zm-": "zoetermeer"}
_GEMEENTE_NAMES = {"den-haag": "Den Haag", "zoetermeer": "Zoetermeer"}


def _check_gebied(catalog: Catalog, docs: dict, problems: Problems) -> None:
    """A regeling of one gemeente is never offered in the other: its folder decides who
    sees it, so the folder must match its id, its loketten and its rules."""
    for regeling in catalog.regelingen.values():
        doc = docs[("regeling", regeling.id)]
        meant = next((g for prefix, g in _LOCAL_PREFIX.items()
                      if regeling.id.startswith(prefix)), None)
        if meant and meant != regeling.gebied:
            problems.add(doc.loc(("id",)), "id",
                         f"de id begint met '{regeling.id[:3]}' (een regeling van "
                         f"{_GEMEENTE_NAMES[meant]}), maar het bestand staat in "
                         f"regelingen/{regeling.gebied}/.",
                         f"Zet het bestand in regelingen/{meant}/; de map bepaalt voor wie de "
                         "regeling op de site en in de check staat.", code="gebied-map")
            continue
        if regeling.gebied == "landelijk":
            continue
        other = next(g for g in _GEMEENTE_NAMES if g != regeling.gebied)
        places = [catalog.loketten[i].gebied for i in regeling.loketten if i in catalog.loketten]
        if places and all(g == other for g in places):
            problems.add(doc.loc(("loketten",)), "loketten",
                         f"deze regeling staat in regelingen/{regeling.gebied}/, maar al haar "
                         f"loketten zijn in {_GEMEENTE_NAMES[other]}.",
                         f"Staat het bestand in de goede map? Anders: noem een loket in "
                         f"{_GEMEENTE_NAMES[regeling.gebied]} of een landelijk loket.",
                         code="gebied-map")
        for i, rule in enumerate(regeling.regels):
            if isinstance(rule, dict) and rule.get("vraag") == "gemeente" and \
                    other in (rule.get("in") or ()):
                problems.add(doc.loc(("regels", i)), f"regels[{i}]",
                             f"deze regel laat inwoners van {_GEMEENTE_NAMES[other]} toe, maar "
                             f"de regeling staat in regelingen/{regeling.gebied}/.",
                             "Een regeling van één gemeente is alleen voor haar eigen inwoners.",
                             code="gebied-map")


FAR_FUTURE_YEARS = 10    # an AOW age is fixed about five years ahead; 2062 is a typo


def _check_value_dates(catalog: Catalog, docs: dict, problems: Problems,
                       today: dt.date) -> None:
    """A value that starts decades ahead is a typing mistake (2062 for 2026); a yearly
    figure that starts two or more years ahead is worth a second look; a source opened in
    the future cannot be."""
    for owner, params in catalog.all_parameters():
        kind = "norm" if isinstance(owner, Norm) else "regeling"
        doc = docs[(kind, owner.id)]
        for param in params:
            key = param.key.split(".")[-1]
            for i, value in enumerate(param.waarden):
                path = ("parameters", key, "waarden", i)
                ahead = value.vanaf.year - today.year
                if ahead > FAR_FUTURE_YEARS:
                    problems.add(doc.loc(path + ("vanaf",)), dotted(path + ("vanaf",)),
                                 f"de datum {value.vanaf.isoformat()} ligt {ahead} jaar in de "
                                 "toekomst; is het een tikfout?",
                                 f"Bedoelt u {today.year} of {today.year + 1}? Zet de datum "
                                 "waarop het bedrag echt ingaat.", code="vanaf-ver-weg")
                elif ahead > 1 and param.periode == "jaar":
                    problems.warn(doc.loc(path + ("vanaf",)), dotted(path + ("vanaf",)),
                                  f"de datum {value.vanaf.isoformat()} ligt meer dan een jaar in "
                                  "de toekomst.", "Klopt dat? Een jaarbedrag is meestal pas een "
                                  "paar maanden vooraf bekend.", code="vanaf-ver-weg")
                if value.geraadpleegd and value.geraadpleegd > today:
                    problems.add(doc.loc(path + ("geraadpleegd",)),
                                 dotted(path + ("geraadpleegd",)),
                                 f"de datum {value.geraadpleegd.isoformat()} ligt in de "
                                 "toekomst.", "Zet de dag waarop u de bron echt hebt geopend.",
                                 code="toekomst-datum")


def _path_of(key: str) -> tuple:
    path: list = []
    for part in key.replace("]", "").split("."):
        if "[" in part:
            name, index = part.split("[")
            path += [name, int(index)]
        else:
            path.append(part)
    return tuple(path)


def _check_parameters(catalog: Catalog, docs: dict, problems: Problems) -> None:
    for owner, params in catalog.all_parameters():
        kind = "norm" if isinstance(owner, Norm) else "regeling"
        doc = docs[(kind, owner.id)]
        raw = doc.data.get("parameters") if isinstance(doc.data, dict) else None
        for param in params:
            key = param.key.split(".")[-1]
            written = (raw or {}).get(key, {}) if isinstance(raw, dict) else {}
            if not (written.get("waarden") if isinstance(written, dict) else None):
                problems.add(Location(doc.path, param.line, 1), f"parameters.{param.key}",
                             "deze parameter heeft geen enkele waarde.",
                             "Voeg een waarde toe met vanaf, waarde, bron en zekerheid.",
                             code="parameter-zonder-waarde")


def _check_rules(catalog: Catalog, docs: dict, problems: Problems) -> None:
    for regeling in catalog.regelingen.values():
        doc = docs[("regeling", regeling.id)]
        for i, rule in enumerate(regeling.regels):
            for subpath, message, hint in check_rule(
                    rule, lambda ref, r=regeling: catalog.parameter(r, ref) is not None):
                path = ("regels", i) + tuple(subpath)
                problems.add(doc.loc(path), dotted(path), message, hint, code="regel")


def _check_berekeningen(catalog: Catalog, docs: dict, problems: Problems) -> None:
    for regeling in catalog.regelingen.values():
        if regeling.berekening is None:
            continue
        doc = docs[("regeling", regeling.id)]
        options = list(regeling.parameters) + [f"{n.id}.{k}" for n in catalog.normen.values()
                                               for k in n.parameters]
        for subpath, message, hint in check_berekening(
                regeling.berekening,
                lambda ref, r=regeling: catalog.parameter(r, ref) is not None, options):
            path = ("berekening",) + tuple(subpath)
            problems.add(doc.loc(path), dotted(path), message, hint, code="berekening")
