"""Routekaarten (``flows/<id>.yaml``): referral routes as data, with graph checks.

A route holds routing only: questions whose answers lead to other steps, advice steps,
and outcomes that name regelingen and loketten by id (per gemeente where they differ).
Eligibility stays in the regelingen; wording goes through the translation catalogs.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problems, did_you_mean, relative
from .schema.documents import BRONNEN_FIELD, GECONTROLEERD
from .schema.fields import Field, Schema, validate_mapping
from .yamlio import Document, dotted, load_document
from ..vocabulary import GEMEENTEN

SOORTEN = ("vraag", "advies", "uitkomst")
DOELGROEPEN = ("inwoners", "professionals", "werkgevers")

ANTWOORD = Schema("een antwoord", "Een antwoord op een vraag: een link naar de volgende stap.", (
    Field("tekst", "regel", "De tekst van het antwoord.", translatable=True),
    Field("naar", "id", "De id van de stap waar dit antwoord naartoe gaat."),
))
PER_GEMEENTE = Schema("loketten per gemeente", "Loketten die per gemeente verschillen.", (
    Field("den-haag", "lijst", "Loketten in Den Haag.", required=False,
          item=Field("loket", "id", "Id van een loket.")),
    Field("zoetermeer", "lijst", "Loketten in Zoetermeer.", required=False,
          item=Field("loket", "id", "Id van een loket.")),
))
STAP = Schema("een stap", "Eén stap van de route: één pagina.", (
    Field("soort", "keuze", "'vraag' (met antwoorden), 'advies' (met 'naar') of 'uitkomst' "
          "(einde, met regelingen en loketten).", choices=SOORTEN),
    Field("titel", "regel", "Korte titel van de stap.", translatable=True),
    Field("tekst", "tekst", "De tekst van de stap, in gewone woorden.", translatable=True),
    Field("punten", "lijst", "Wat te doen, één punt per regel.", required=False,
          item=Field("punt", "tekst", "Eén punt.", translatable=True)),
    Field("antwoorden", "lijst", "Bij een vraag: minstens twee antwoorden.", required=False,
          item=Field("antwoord", "object", "Eén antwoord.", schema=ANTWOORD)),
    Field("naar", "id", "Bij advies: de volgende stap.", required=False),
    Field("regelingen", "lijst", "Bij een uitkomst: ids van regelingen.", required=False,
          item=Field("regeling", "id", "Id van een regeling.")),
    Field("loketten", "lijst", "Loketten voor iedereen.", required=False,
          item=Field("loket", "id", "Id van een loket.")),
    Field("loketten_per_gemeente", "object", "Loketten die per gemeente verschillen.",
          required=False, schema=PER_GEMEENTE),
))
FLOW = Schema("een routekaart", "Een verwijsroute voor inwoners, professionals of werkgevers.", (
    Field("id", "id", "Korte naam, gelijk aan de bestandsnaam."),
    Field("titel", "regel", "De titel van de routekaart.", translatable=True),
    Field("doelgroep", "keuze", "Voor wie de route is.", choices=DOELGROEPEN),
    Field("samenvatting", "tekst", "Eén of twee zinnen: waarvoor is deze route?",
          translatable=True),
    Field("start", "id", "De id van de eerste stap."),
    Field("stappen", "tabel", "De stappen, met hun id als naam.",
          item=Field("stap", "object", "Eén stap.", schema=STAP)),
    BRONNEN_FIELD,
    GECONTROLEERD,
))


@dataclass(frozen=True)
class Step:
    id: str
    soort: str
    titel: str
    tekst: str
    punten: tuple = ()
    antwoorden: tuple = ()        # ((tekst, naar), ...)
    naar: str = ""
    regelingen: tuple = ()
    loketten: tuple = ()
    per_gemeente: dict = field(default_factory=dict)

    @property
    def targets(self) -> list[str]:
        return [target for _text, target in self.antwoorden] + ([self.naar] if self.naar else [])


@dataclass(frozen=True)
class Flow:
    id: str
    path: str
    titel: str
    doelgroep: str
    samenvatting: str
    start: str
    steps: dict
    bronnen: tuple
    gecontroleerd_op: dt.date

    @property
    def texts(self) -> dict:
        out = {"titel": self.titel, "samenvatting": self.samenvatting}
        for step in self.steps.values():
            out[f"stappen.{step.id}.titel"] = step.titel
            out[f"stappen.{step.id}.tekst"] = step.tekst
            for i, text in enumerate(step.punten):
                out[f"stappen.{step.id}.punten[{i}]"] = text
            for i, (text, _target) in enumerate(step.antwoorden):
                out[f"stappen.{step.id}.antwoorden[{i}].tekst"] = text
        return out

    def order(self, start: str | None = None) -> list[str]:
        """Steps in reading order (breadth-first from the start, or from *start*)."""
        seen, queue = [], [start or self.start]
        while queue:
            current = queue.pop(0)
            if current in seen or current not in self.steps:
                continue
            seen.append(current)
            queue.extend(self.steps[current].targets)
        return seen

    def parents(self) -> dict:
        """For the 'terug' link: the step through which a reader first reaches each step."""
        parents, queue = {}, [self.start]
        seen = {self.start}
        while queue:
            current = queue.pop(0)
            for target in self.steps[current].targets:
                if target in self.steps and target not in seen:
                    seen.add(target)
                    parents[target] = current
                    queue.append(target)
        return parents


def _step(key: str, raw: dict) -> Step:
    per = raw.get("loketten_per_gemeente") or {}
    return Step(key, raw.get("soort", "advies"), raw.get("titel", key), raw.get("tekst", ""),
                tuple(raw.get("punten", ())),
                tuple((a["tekst"], a["naar"]) for a in raw.get("antwoorden", ())
                      if "tekst" in a and "naar" in a),
                raw.get("naar", ""), tuple(raw.get("regelingen", ())),
                tuple(raw.get("loketten", ())), {g: tuple(per.get(g, ())) for g in GEMEENTEN
                                                 if per.get(g)})


def _graph_checks(flow: Flow, doc: Document, regelingen, loketten, problems: Problems) -> None:
    steps = flow.steps
    here = lambda *path: doc.loc(("stappen",) + path)  # noqa: E731
    if flow.start not in steps:
        problems.add(doc.loc(("start",)), "start", f"de startstap '{flow.start}' bestaat niet.",
                     did_you_mean(flow.start, steps), code="route-onbekende-stap")
    for step in steps.values():
        base = f"stappen.{step.id}"
        for i, (_text, target) in enumerate(step.antwoorden):
            if target not in steps:
                problems.add(here(step.id, "antwoorden", i, "naar"),
                             f"{base}.antwoorden[{i}].naar",
                             f"de stap '{target}' bestaat niet.", did_you_mean(target, steps),
                             code="route-onbekende-stap")
        if step.naar and step.naar not in steps:
            problems.add(here(step.id, "naar"), f"{base}.naar",
                         f"de stap '{step.naar}' bestaat niet.", did_you_mean(step.naar, steps),
                         code="route-onbekende-stap")
        if step.soort == "vraag" and len(step.antwoorden) < 2:
            problems.add(here(step.id), base, f"de vraag '{step.id}' heeft "
                         f"{len(step.antwoorden)} antwoord(en); een vraag heeft er minstens twee.",
                         "Maak er een advies van (met 'naar') of voeg een antwoord toe.",
                         code="route-te-weinig-antwoorden")
        if step.soort != "uitkomst" and not step.targets:
            problems.add(here(step.id), base, f"de stap '{step.id}' loopt dood: er gaat geen "
                         "pad verder.", "Geef een 'naar' of antwoorden, of maak het een "
                         "'uitkomst'.", code="route-doodlopend")
        if step.soort == "uitkomst" and step.targets:
            problems.add(here(step.id), base, f"de uitkomst '{step.id}' heeft toch een "
                         "vervolg.", "Een uitkomst is het einde van de route.",
                         code="route-uitkomst-vervolg")
        if step.soort == "uitkomst" and not (step.regelingen or step.loketten or
                                             step.per_gemeente):
            problems.add(here(step.id), base, f"de uitkomst '{step.id}' noemt geen regeling "
                         "en geen loket.", "Zeg waar de lezer terechtkan.",
                         code="route-lege-uitkomst")
        for i, rid in enumerate(step.regelingen):
            if rid not in regelingen:
                problems.add(here(step.id, "regelingen", i), f"{base}.regelingen[{i}]",
                             f"de regeling '{rid}' bestaat niet.", did_you_mean(rid, regelingen),
                             code="route-onbekende-regeling")
            elif getattr(regelingen[rid], "status", "") == "gesloten":
                problems.add(here(step.id, "regelingen", i), f"{base}.regelingen[{i}]",
                             f"de regeling '{rid}' is gesloten; de route stuurt lezers hier "
                             "naar iets wat niet meer bestaat.",
                             "Haal de regeling uit deze uitkomst of noem wat ervoor in de "
                             "plaats kwam.", code="route-gesloten-regeling")
        named = [(("loketten", i), lid) for i, lid in enumerate(step.loketten)]
        named += [(("loketten_per_gemeente", g, i), lid) for g, ids in step.per_gemeente.items()
                  for i, lid in enumerate(ids)]
        for path, lid in named:
            if lid not in loketten:
                problems.add(here(step.id, *path), dotted(("stappen", step.id) + path),
                             f"het loket '{lid}' bestaat niet.", did_you_mean(lid, loketten),
                             code="route-onbekend-loket")
    if flow.start in steps:
        reachable = set(flow.order())
        for step in steps.values():
            if step.id not in reachable:
                problems.add(here(step.id), f"stappen.{step.id}",
                             f"de stap '{step.id}' is vanaf de start niet te bereiken.",
                             "Verwijs ernaar vanuit een andere stap, of haal hem weg.",
                             code="route-onbereikbaar")
        _cycles(flow, doc, problems)


def _cycles(flow: Flow, doc: Document, problems: Problems) -> None:
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in flow.steps[node].targets:
            if target not in flow.steps:
                continue
            if state.get(target) == 1:
                loop = trail[trail.index(target):] + [target] if target in trail else [target]
                problems.add(doc.loc(("stappen", node)), f"stappen.{node}",
                             "de route loopt in een kring: " + " → ".join(loop) + ".",
                             "Een route gaat altijd vooruit naar een uitkomst.",
                             code="route-kring")
            elif state.get(target) is None:
                visit(target, trail + [target])
        state[node] = 2

    visit(flow.start, [flow.start])


def load_flows(root: Path, paths, regelingen, loketten, problems: Problems,
               today: dt.date) -> dict:
    out: dict = {}
    for path in paths:
        if path.suffix != ".yaml":
            continue
        display = relative(path, root)
        doc = load_document(path, display, problems, root)
        if doc is None or not isinstance(doc.data, dict):
            continue
        data = validate_mapping(FLOW, doc.data, doc, (), problems)
        if data.get("id") and data["id"] != path.stem:
            problems.add(doc.loc(("id",)), "id", f"de id '{data['id']}' moet gelijk zijn aan de "
                         f"bestandsnaam '{path.stem}'.", code="id-bestandsnaam")
        if not {"id", "titel", "start", "stappen", "gecontroleerd_op"} <= set(data):
            continue
        steps = {key: _step(key, raw) for key, raw in data["stappen"].items()}
        flow = Flow(data["id"], display, data["titel"], data.get("doelgroep", "inwoners"),
                    data.get("samenvatting", ""), data["start"], steps,
                    tuple(data.get("bronnen", ())), data["gecontroleerd_op"])
        _graph_checks(flow, doc, regelingen, loketten, problems)
        if (today - flow.gecontroleerd_op).days > 365:
            problems.warn(doc.loc(("gecontroleerd_op",)), "gecontroleerd_op",
                          f"deze route is voor het laatst gecontroleerd op "
                          f"{flow.gecontroleerd_op.isoformat()}, langer dan twaalf maanden "
                          "geleden.", "Loop de route na en zet de datum van vandaag.",
                          code="verouderd")
        out[flow.id] = flow
    return out
