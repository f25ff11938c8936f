"""Frozen model objects produced by validation; renderers and the engine export read these."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..engine.parameters import value_at

# an amount typed into a text instead of a placeholder: "€ 40", "40 euro", "40 EUR"
TYPED_AMOUNT = re.compile(r"€\s?\d|\d\s?(?:euro|EUR)\b|\beuro\s?\d", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\{([a-z0-9_-]+(?:\.[a-z0-9_-]+)?)(?::([0-9]+(?:[.,][0-9]+)?)%)?\}")


@dataclass(frozen=True)
class ParameterValue:
    vanaf: dt.date
    waarde: object  # a number, or "geen" when no limit applies
    bron: str
    zekerheid: str
    line: int = 0
    tot: dt.date | None = None   # last day this value applies, when known
    bron_datum: object = None    # the source's own date, or "geen datum"; None when not yet recorded
    geraadpleegd: dt.date | None = None  # the day an editor opened the source

    def as_dict(self) -> dict:
        out = {"vanaf": self.vanaf.isoformat(), "waarde": self.waarde, "bron": self.bron,
               "zekerheid": self.zekerheid}
        if self.tot:
            out["tot"] = self.tot.isoformat()
        return out


@dataclass(frozen=True)
class Parameter:
    key: str              # "inkomensgrens_alleen" or "bijstandsnorm.alleenstaand"
    omschrijving: str
    eenheid: str
    periode: str
    waarden: tuple
    path: str = ""
    line: int = 0

    def as_dict(self) -> dict:
        return {"eenheid": self.eenheid, "periode": self.periode,
                "waarden": [w.as_dict() for w in self.waarden]}

    def at(self, peildatum) -> ParameterValue | None:
        chosen = value_at(self.as_dict(), peildatum)
        if chosen is None:
            return None
        for value in self.waarden:
            if value.vanaf.isoformat() == chosen["vanaf"]:
                return value
        return None  # pragma: no cover


@dataclass(frozen=True)
class Source:
    url: str
    titel: str = ""
    datum: object = None         # the source's own date, or "geen datum"
    geraadpleegd: dt.date | None = None


@dataclass(frozen=True)
class Regeling:
    id: str
    gebied: str
    path: str
    naam: str
    soort: str
    aanbieder: str
    themas: tuple
    samenvatting: str
    wat_is_het: str
    voor_wie: str
    wat_krijgt_u: str
    voorwaarden: tuple
    hoe_aanvragen: str
    bronnen: tuple
    gecontroleerd_op: dt.date
    status: str = "open"
    status_toelichting: str = ""
    situaties: tuple = ()
    aanvraag_link: str = ""
    wat_meenemen: tuple = ()
    loketten: tuple = ()
    zie_ook: tuple = ()
    parameters: dict = field(default_factory=dict)
    regels: tuple = ()
    berekening: dict | None = None   # how the amount is computed (engine/calculations.py)

    @property
    def texts(self) -> dict:
        """Every translatable text of this regeling, keyed by field."""
        out = {"naam": self.naam, "samenvatting": self.samenvatting,
               "wat_is_het": self.wat_is_het, "voor_wie": self.voor_wie,
               "wat_krijgt_u": self.wat_krijgt_u, "hoe_aanvragen": self.hoe_aanvragen}
        if self.status_toelichting:
            out["status_toelichting"] = self.status_toelichting
        for i, text in enumerate(self.voorwaarden):
            out[f"voorwaarden[{i}]"] = text
        for i, text in enumerate(self.wat_meenemen):
            out[f"wat_meenemen[{i}]"] = text
        for key, param in self.parameters.items():
            out[f"parameters.{key}.omschrijving"] = param.omschrijving
        for i, rule in enumerate(self.regels):
            if isinstance(rule, dict) and isinstance(rule.get("uitleg"), str):
                out[f"regels[{i}].uitleg"] = rule["uitleg"]
        return out


@dataclass(frozen=True)
class Address:
    straat: str
    postcode: str
    plaats: str


@dataclass(frozen=True)
class Loket:
    id: str
    gebied: str
    path: str
    naam: str
    omschrijving: str
    website: str
    talen: tuple
    inloop: bool
    afspraak: bool
    bronnen: tuple
    gecontroleerd_op: dt.date
    adres: Address | None = None
    telefoon: str = ""
    telefoon_toelichting: str = ""
    email: str = ""
    openingstijden: str = ""
    openingstijden_toelichting: str = ""
    rolstoel: str = "onbekend"
    geen_bezoekadres: str = ""   # how to reach a loket without a counter, when it has none
    status: str = "open"

    @property
    def texts(self) -> dict:
        out = {"naam": self.naam, "omschrijving": self.omschrijving}
        if self.telefoon_toelichting:
            out["telefoon_toelichting"] = self.telefoon_toelichting
        if self.openingstijden_toelichting:
            out["openingstijden_toelichting"] = self.openingstijden_toelichting
        return out


@dataclass(frozen=True)
class Norm:
    id: str
    path: str
    naam: str
    omschrijving: str
    bronnen: tuple
    gecontroleerd_op: dt.date
    parameters: dict

    @property
    def texts(self) -> dict:
        out = {"naam": self.naam, "omschrijving": self.omschrijving}
        for key, param in self.parameters.items():
            out[f"parameters.{key}.omschrijving"] = param.omschrijving
        return out


@dataclass(frozen=True)
class Catalog:
    regelingen: dict
    loketten: dict
    normen: dict
    files: int = 0
    vragen: tuple = ()
    flows: dict = field(default_factory=dict)

    def parameter(self, owner: Regeling | None, ref: str) -> Parameter | None:
        """Resolve a placeholder name: a regeling's own parameter or ``norm.key``."""
        if "." in ref:
            norm_id, key = ref.split(".", 1)
            norm = self.normen.get(norm_id)
            return norm.parameters.get(key) if norm else None
        if owner is None:
            return None
        return owner.parameters.get(ref)

    def all_parameters(self):
        for norm in self.normen.values():
            yield norm, norm.parameters.values()
        for regeling in self.regelingen.values():
            yield regeling, regeling.parameters.values()

    def active_parameters(self):
        """(owner, parameter) for every norm and every regeling that is not closed: the
        figures that need a value each year."""
        for owner, params in self.all_parameters():
            if isinstance(owner, Regeling) and owner.status == "gesloten":
                continue
            for param in params:
                yield owner, param
