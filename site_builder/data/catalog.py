"""Load every data folder, validate it and build the frozen :class:`Catalog`.

Checks that need more than one file live here: unique ids, file name = id,
references from regelingen to loketten and to other regelingen, placeholders that
name existing parameters, and the conditions the checker can judge.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..engine import conditions
from .errors import Location, Problems, did_you_mean, relative
from .flows import load_flows
from .source_years import check_source_years
from .questionnaire import load_questions
from .model import (PLACEHOLDER, TYPED_AMOUNT, Address, Catalog, Loket, Norm, Parameter,
                    ParameterValue,
                    Regeling, Source)
from .schema.documents import ADRES as _ADRES
from .document_kinds import LOKET as LOKET_FILES, NORM as NORM_FILES, REGELING as REGELING_FILES
from .document_kinds import ROUTE as ROUTE_FILES
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
    doc = load_document(path, display, problems)
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



def _check_references(catalog: Catalog, docs: dict, problems: Problems) -> None:
    for regeling in catalog.regelingen.values():
        doc = docs[("regeling", regeling.id)]
        for i, loket_id in enumerate(regeling.loketten):
            if loket_id not in catalog.loketten:
                hint = did_you_mean(loket_id, catalog.loketten)
                problems.add(doc.loc(("loketten", i)), f"loketten[{i}]",
                             f"het loket '{loket_id}' bestaat niet.",
                             hint or "Maak het loket aan in loketten/ of verbeter de naam.",
                             code="onbekend-loket")
        for i, other in enumerate(regeling.zie_ook):
            if other not in catalog.regelingen:
                hint = did_you_mean(other, catalog.regelingen)
                problems.add(doc.loc(("zie_ook", i)), f"zie_ook[{i}]",
                             f"de regeling '{other}' bestaat niet.",
                             hint or "Verbeter de naam.", code="onbekende-regeling")
        if not regeling.loketten and not regeling.aanvraag_link:
            problems.add(doc.loc(()), "loketten",
                         "deze regeling noemt geen loket en geen aanvraag_link.",
                         "Inwoners moeten weten waar ze heen kunnen: voeg er minstens één toe.",
                         code="geen-ingang")


def _check_consistency(catalog: Catalog, docs: dict, problems: Problems) -> None:
    """Checks across the catalogue: used loketten, unique names, twins that know each other."""
    used = {loket for r in catalog.regelingen.values() for loket in r.loketten}
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
            for subpath, message, hint in conditions.check_rule(
                    rule, lambda ref, r=regeling: catalog.parameter(r, ref) is not None):
                path = ("regels", i) + tuple(subpath)
                problems.add(doc.loc(path), dotted(path), message, hint, code="regel")


def load_catalog(root: Path, today: dt.date | None = None) -> tuple[Catalog, Problems]:
    """Load and check every data file under *root*; never raises for bad input."""
    loader = _Loader(Path(root), today or dt.date.today())
    normen = loader.normen()
    loketten = loader.loketten()
    regelingen = loader.regelingen()
    vragen = load_questions(Path(root), loader.problems)
    flows = load_flows(Path(root), regelingen, loketten, loader.problems, loader.today)
    files = loader.files + (1 if vragen else 0) + len(ROUTE_FILES.files(Path(root)))
    catalog = Catalog(regelingen, loketten, normen, files, vragen, flows)
    _check_references(catalog, loader.docs, loader.problems)
    _check_placeholders(catalog, loader.docs, loader.problems)
    _check_parameters(catalog, loader.docs, loader.problems)
    check_source_years(catalog, loader.docs, loader.problems)
    _check_rules(catalog, loader.docs, loader.problems)
    _check_consistency(catalog, loader.docs, loader.problems)
    return catalog, loader.problems
