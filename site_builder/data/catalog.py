"""Load every data folder, validate it and build the frozen :class:`Catalog`.

Checks that need more than one file live here: unique ids, file name = id,
references from regelingen to loketten and to other regelingen, placeholders that
name existing parameters, and the conditions the checker can judge.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .calculation_checks import check_berekening
from .errors import Location, Problems, did_you_mean, relative
from .flows import load_flows
from .source_years import check_source_years
from .questionnaire import load_questions
from .rules import check_rule
from .model import (PLACEHOLDER, TYPED_AMOUNT, Address, Catalog, Loket, Norm, Parameter,
                    ParameterValue,
                    Regeling, Source)
from .schema.documents import ADRES as _ADRES
from .document_kinds import LOKET as LOKET_FILES, NORM as NORM_FILES, REGELING as REGELING_FILES
from .document_kinds import ROUTE as ROUTE_FILES, VRAGEN as VRAGEN_FILE
from .schema.kinds import KINDS
from .schema.documents import LOKET, NORM, REGELING
from .schema.kinds import SCAFFOLD_TEXT, SCAFFOLD_URL
from ..vocabulary import GEBIEDEN
from .schema.fields import validate_mapping
from .yamlio import Document, dotted, load_document

STALE_AFTER_DAYS = 365


def _strings(value, path: tuple):
    """(path, text) for every string in a loaded YAML value."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, path + (i,))


def _load(root: Path, path: Path, schema, problems: Problems):
    display = relative(path, root)
    if path.suffix not in (".yaml", ".yml"):
        problems.add(Location(display), "", "dit bestand hoort hier niet: alleen .yaml-bestanden.",
                     "Hernoem het naar .yaml of haal het weg.", code="geen-yaml")
        return None, None
    doc = load_document(path, display, problems, root)
    if doc is None:
        return None, None
    if not isinstance(doc.data, dict):
        problems.add(doc.loc(()), "", f"dit bestand moet {schema.name} beschrijven als een blok "
                     "met velden (naam: waarde).", code="geen-blok")
        return None, None
    data = validate_mapping(schema, doc.data, doc, (), problems)
    if "id" in data and data["id"] != path.stem:
        problems.add(doc.loc(("id",)), "id",
                     f"de id '{data['id']}' moet gelijk zijn aan de bestandsnaam '{path.stem}'.",
                     f"Noem het bestand '{data['id']}.yaml' of verander de id in '{path.stem}'.",
                     code="id-bestandsnaam")
    return doc, data


def _gebied(root: Path, path: Path, problems: Problems) -> str | None:
    gebied = path.parent.name
    if gebied not in GEBIEDEN:
        hint = did_you_mean(gebied, GEBIEDEN)
        problems.add(Location(relative(path, root)), "",
                     f"de map '{gebied}' is geen gebied; gebruik "
                     + ", ".join(f"'{g}'" for g in GEBIEDEN) + ".", hint, code="onbekend-gebied")
        return None
    return gebied


def _parameters(raw: dict, doc: Document, base: tuple, prefix: str) -> dict:
    out = {}
    for key, value in (raw or {}).items():
        waarden = tuple(
            ParameterValue(w["vanaf"], w["waarde"], w["bron"], w["zekerheid"],
                           doc.loc(base + (key, "waarden", i)).line, w.get("tot"),
                           w.get("bron_datum"), w.get("geraadpleegd"))
            for i, w in enumerate(value.get("waarden", []))
            if {"vanaf", "waarde", "bron", "zekerheid"} <= set(w))
        out[key] = Parameter(prefix + key, value.get("omschrijving", key),
                             value.get("eenheid", "euro"), value.get("periode", "jaar"),
                             waarden, doc.path, doc.loc(base + (key,), key=True).line)
    return out


def _sources(raw) -> tuple:
    return tuple(Source(b["url"], b.get("titel", ""), b.get("datum"), b.get("geraadpleegd"))
                 for b in raw or [] if "url" in b)


def _complete(data: dict, schema) -> bool:
    return all(f.key in data for f in schema.fields if f.required)




def _with_defaults(data: dict, schema) -> dict:
    """Fill fields that were missing or invalid, so the cross-file checks still run and
    every problem is reported at once (a file with errors never reaches a build)."""
    out = dict(data)
    for f in schema.fields:
        if f.key not in out and f.required:
            out[f.key] = KINDS[f.kind].empty
    return out


class _Loader:
    def __init__(self, root: Path, today: dt.date):
        self.root = root
        self.today = today
        self.problems = Problems()
        self.docs: dict = {}
        self.files = 0
        self.unreadable: dict = {"regeling": set(), "loket": set(), "norm": set()}

    def _unique(self, table: dict, ident: str, doc: Document, kind: str) -> bool:
        if ident in table:
            problems = self.problems
            problems.add(doc.loc(("id",)), "id",
                         f"de id '{ident}' bestaat al ({table[ident].path}).",
                         f"{'Elk' if kind == 'loket' else 'Elke'} {kind} heeft een eigen id; "
                         "kies een andere naam.",
                         code="dubbele-id")
            return False
        return True

    def _stale(self, doc: Document, checked: dt.date | None) -> None:
        if checked is None:
            return
        if (self.today - checked).days > STALE_AFTER_DAYS:
            self.problems.warn(doc.loc(("gecontroleerd_op",)), "gecontroleerd_op",
                               f"voor het laatst gecontroleerd op {checked.isoformat()}, langer "
                               "dan twaalf maanden geleden.",
                               "Kijk de gegevens na en zet de datum van vandaag.",
                               code="verouderd")
        if checked > self.today:
            self.problems.add(doc.loc(("gecontroleerd_op",)), "gecontroleerd_op",
                              f"de datum {checked.isoformat()} ligt in de toekomst.",
                              "Zet de datum waarop u de gegevens echt hebt nagekeken.",
                              code="toekomst-datum")

    def normen(self) -> dict:
        out: dict = {}
        for path in NORM_FILES.files(self.root):
            self.files += 1
            doc, data = _load(self.root, path, NORM, self.problems)
            if doc is None:
                self.unreadable["norm"].add(path.stem)
            if doc is None:
                continue
            data = _with_defaults(data, NORM)
            data["id"] = data["id"] or path.stem
            if not self._unique(out, data["id"], doc, "norm"):
                continue
            self._stale(doc, data["gecontroleerd_op"])
            out[data["id"]] = Norm(data["id"], doc.path, data["naam"], data["omschrijving"],
                                   _sources(data["bronnen"]), data["gecontroleerd_op"],
                                   _parameters(data["parameters"], doc, ("parameters",),
                                               data["id"] + "."))
            self.docs[("norm", data["id"])] = doc
        return out

    def _draft(self, doc: Document, data: dict, kind: str) -> bool:
        """A concept is checked but not published; a finished file keeps no instruction."""
        if data.get("status") == "concept":
            self.problems.warn(doc.loc(("status",)), "status",
                               f"{'dit' if kind == 'loket' else 'deze'} {kind} is een concept "
                               "en komt nog niet op de site.",
                               "Vul alles in en zet 'status' op 'open' (of 'te-controleren').",
                               code="concept")
            return True
        for path, text in _strings(doc.data, ()):
            if SCAFFOLD_TEXT in text or SCAFFOLD_URL in text:
                self.problems.add(doc.loc(path), dotted(path),
                                  "hier staat nog een invulinstructie uit het nieuwe bestand.",
                                  "Vervang die door de echte tekst of het echte webadres.",
                                  code="invulinstructie")
        return False

    def loketten(self) -> dict:
        out: dict = {}
        for path in LOKET_FILES.files(self.root):
            self.files += 1
            gebied = _gebied(self.root, path, self.problems)
            doc, data = _load(self.root, path, LOKET, self.problems)
            if doc is None:
                self.unreadable["loket"].add(path.stem)
            if doc is None or gebied is None:
                continue
            data = _with_defaults(data, LOKET)
            data["id"] = data["id"] or path.stem
            if self._draft(doc, data, "loket") or not self._unique(out, data["id"], doc, "loket"):
                continue
            self._stale(doc, data["gecontroleerd_op"])
            adres = Address(**data["adres"]) if _complete(data.get("adres") or {}, _ADRES) else None
            fields = {k: v for k, v in data.items() if k not in ("adres", "bronnen", "talen")}
            out[data["id"]] = Loket(gebied=gebied, path=doc.path, adres=adres,
                                    bronnen=_sources(data["bronnen"]),
                                    talen=tuple(data["talen"]), **fields)
            self.docs[("loket", data["id"])] = doc
        return out

    def regelingen(self) -> dict:
        out: dict = {}
        for path in REGELING_FILES.files(self.root):
            self.files += 1
            gebied = _gebied(self.root, path, self.problems)
            doc, data = _load(self.root, path, REGELING, self.problems)
            if doc is None:
                self.unreadable["regeling"].add(path.stem)
            if doc is None or gebied is None:
                continue
            data = _with_defaults(data, REGELING)
            data["id"] = data["id"] or path.stem
            if self._draft(doc, data, "regeling") or \
                    not self._unique(out, data["id"], doc, "regeling"):
                continue
            self._stale(doc, data["gecontroleerd_op"])
            params = _parameters(data.get("parameters"), doc, ("parameters",), "")
            fields = {k: v for k, v in data.items() if k not in ("parameters", "bronnen")}
            for key in ("themas", "situaties", "voorwaarden", "wat_meenemen", "loketten",
                        "zie_ook", "regels"):
                if key in fields:
                    fields[key] = tuple(fields[key])
            out[data["id"]] = Regeling(gebied=gebied, path=doc.path, parameters=params,
                                       bronnen=_sources(data["bronnen"]), **fields)
            self.docs[("regeling", data["id"])] = doc
        return out



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
            for key, text in item.texts.items():
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


def load_catalog(root: Path, today: dt.date | None = None) -> tuple[Catalog, Problems]:
    """Load and check every data file under *root*; never raises for bad input."""
    loader = _Loader(Path(root), today or dt.date.today())
    normen = loader.normen()
    loketten = loader.loketten()
    regelingen = loader.regelingen()
    routes = ROUTE_FILES.files(Path(root))
    vragen = load_questions(Path(root), VRAGEN_FILE.files(Path(root)), loader.problems)
    known = {**regelingen, **{i: None for i in loader.unreadable["regeling"]}}
    known_loketten = {**loketten, **{i: None for i in loader.unreadable["loket"]}}
    flows = load_flows(Path(root), routes, known, known_loketten, loader.problems,
                       loader.today)
    files = loader.files + (1 if vragen else 0) + len([p for p in routes if p.suffix == ".yaml"])
    catalog = Catalog(regelingen, loketten, normen, files, vragen, flows)
    _check_references(catalog, loader.docs, loader.problems, loader.unreadable)
    _check_placeholders(catalog, loader.docs, loader.problems)
    _check_broken_placeholders(catalog, loader.docs, loader.problems)
    _check_parameters(catalog, loader.docs, loader.problems)
    _check_value_dates(catalog, loader.docs, loader.problems, loader.today)
    check_source_years(catalog, loader.docs, loader.problems)
    _check_rules(catalog, loader.docs, loader.problems)
    _check_berekeningen(catalog, loader.docs, loader.problems)
    _check_gebied(catalog, loader.docs, loader.problems)
    _check_consistency(catalog, loader.docs, loader.problems, loader.unreadable)
    return catalog, loader.problems
