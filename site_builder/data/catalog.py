"""Load every data folder, validate it and build the frozen :class:`Catalog`.

Per file: the schema, file name = id, the gebied folder, drafts and left-over
instructions, stale dates; unique ids across files. The checks that need more than one
file (references, placeholders, rules, calculations, ...) are in :mod:`.cross_checks`.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .cross_checks import check_across_files
from .errors import Location, Problems, did_you_mean, relative
from .flows import load_flows
from .questionnaire import load_questions
from .model import Address, Catalog, Loket, Norm, Parameter, ParameterValue, Regeling, Source
from .schema.documents import ADRES as _ADRES
from .document_kinds import LOKET as LOKET_FILES, NORM as NORM_FILES, REGELING as REGELING_FILES
from .document_kinds import ROUTE as ROUTE_FILES, VRAGEN as VRAGEN_FILE
from .schema.kinds import KINDS
from .schema.documents import LOKET, NORM, REGELING
from .schema.text_kinds import SCAFFOLD_TEXT, SCAFFOLD_URL
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

    def _documents(self, kind, schema, out: dict):
        """Each usable file of *kind* as (doc, data, gebied): counted, read, its defaults
        filled and its id checked; unreadable files are remembered, concepts skipped."""
        per_gebied = kind.layout == "per-gebied"
        for path in kind.files(self.root):
            self.files += 1
            gebied = _gebied(self.root, path, self.problems) if per_gebied else None
            doc, data = _load(self.root, path, schema, self.problems)
            if doc is None:
                self.unreadable[kind.name].add(path.stem)
            if doc is None or (per_gebied and gebied is None):
                continue
            data = _with_defaults(data, schema)
            data["id"] = data["id"] or path.stem
            if kind.scaffold and self._draft(doc, data, kind.name) or \
                    not self._unique(out, data["id"], doc, kind.name):
                continue
            self._stale(doc, data["gecontroleerd_op"])
            self.docs[(kind.name, data["id"])] = doc
            yield doc, data, gebied

    def normen(self) -> dict:
        out: dict = {}
        for doc, data, _ in self._documents(NORM_FILES, NORM, out):
            out[data["id"]] = Norm(data["id"], doc.path, data["naam"], data["omschrijving"],
                                   _sources(data["bronnen"]), data["gecontroleerd_op"],
                                   _parameters(data["parameters"], doc, ("parameters",),
                                               data["id"] + "."))
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
        for doc, data, gebied in self._documents(LOKET_FILES, LOKET, out):
            adres = Address(**data["adres"]) if _complete(data.get("adres") or {}, _ADRES) else None
            fields = {k: v for k, v in data.items() if k not in ("adres", "bronnen", "talen")}
            out[data["id"]] = Loket(gebied=gebied, path=doc.path, adres=adres,
                                    bronnen=_sources(data["bronnen"]),
                                    talen=tuple(data["talen"]), **fields)
        return out

    def regelingen(self) -> dict:
        out: dict = {}
        for doc, data, gebied in self._documents(REGELING_FILES, REGELING, out):
            params = _parameters(data.get("parameters"), doc, ("parameters",), "")
            fields = {k: v for k, v in data.items() if k not in ("parameters", "bronnen")}
            for key in ("themas", "situaties", "voorwaarden", "wat_meenemen", "loketten",
                        "zie_ook", "regels"):
                if key in fields:
                    fields[key] = tuple(fields[key])
            out[data["id"]] = Regeling(gebied=gebied, path=doc.path, parameters=params,
                                       bronnen=_sources(data["bronnen"]), **fields)
        return out


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
    check_across_files(catalog, loader.docs, loader.problems, loader.unreadable,
                       loader.today)
    return catalog, loader.problems
