"""The calculation types a regeling's ``berekening`` can use: one record per type.

A record holds everything about one type: its name, the arguments it takes (names of dated
parameters, or plain settings), the answers it needs, the function that computes the
amount and the Dutch guide text for editors. No figure lives here: every amount comes
from a dated, sourced parameter, resolved for the peildatum. A parameter without a value
for that date, or one marked ``onbevestigd``, gives no amount and a reason instead — never
last year's figure. Standard library only: this runs in the browser (Pyodide) too.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .conditions import AOW_AGE, Context, household_norm_key
from .income import INCOME_RULE, estimated_income, income_range
from .parameters import value_at, year_of

MONTHS = {"euro-maand": 1, "euro-kwartaal": 3, "euro-jaar": 12}
# ``uitbetaling``: how often the money is paid, as months per payment. The page says "per
# jaar" for a once-a-year payment instead of a monthly share nobody receives.
PAYMENTS = {"maand": 1, "kwartaal": 3, "jaar": 12}


class NoAmount(Exception):
    """No amount can be given; carries the text key and its values for the reason."""

    def __init__(self, key: str, **values):
        super().__init__(key)
        self.key, self.values = key, values


@dataclass(frozen=True)
class Argument:
    kind: str          # "parameter" (a parameter name), "norm", "leeftijden", "url",
                       # "uitbetaling" (a key of PAYMENTS), "uitkering" (an answer value)
    required: bool
    doc: str


@dataclass(frozen=True)
class Calculation:
    name: str
    arguments: dict     # argument name -> Argument
    answers: tuple      # the answer keys the amount depends on
    compute: Callable   # (Calc, spec) -> euros per month (float)
    guide: str          # Dutch, for the editors' guide


class Calc:
    """What a compute function may use: parameters, answers, income and the working."""

    def __init__(self, ctx: Context, income_override=None, trace: dict | None = None):
        self.ctx, self.lines, self.income_override = ctx, [], income_override
        self.income_estimated = False
        self.trace = {} if trace is None else trace   # parameter name -> value entry used

    def answer(self, key):
        return self.ctx.answer(key)

    def need(self, key):
        value = self.ctx.answer(key)
        if value is None:
            raise NoAmount(f"bedrag.nodig.{key}")
        return value

    def value(self, ref: str) -> float:
        """The parameter *ref* on the peildatum; no value or unconfirmed -> NoAmount."""
        param = self.ctx.parameter(str(ref))
        year = self.ctx.peildatum[:4]
        entry = value_at(param, self.ctx.peildatum) if param else None
        if entry is None or not isinstance(entry.get("waarde"), int | float):
            raise NoAmount("bedrag.ontbreekt", naam=ref, jaar=year)
        if entry.get("zekerheid") == "onbevestigd":
            raise NoAmount("bedrag.onbevestigd", naam=ref, jaar=year_of(entry))
        self.trace[str(ref)] = entry
        return float(entry["waarde"])

    def per_month(self, ref: str) -> float:
        """A money parameter converted to euros per month by its unit."""
        amount = self.value(ref)
        param = self.ctx.parameter(str(ref))
        return amount / MONTHS.get(param.get("eenheid"), 12) if param else amount

    def year(self) -> str:
        return self.ctx.peildatum[:4]

    def say(self, key: str, **values) -> None:
        shown = {k: self.ctx.money(v) if isinstance(v, float) else v for k, v in values.items()}
        self.lines.append(self.ctx.say(key, **shown))

    def income(self) -> float:
        """Gross yearly household income: the answer, or an estimate from net monthly income."""
        if self.income_override is not None:
            self.income_estimated = True
            return self.income_override
        given = self.ctx.answer("toetsingsinkomen_jaar")
        if given is not None:
            return float(given)
        net = self.ctx.answer("netto_inkomen_maand")
        if net is None:
            raise NoAmount("bedrag.nodig.toetsingsinkomen_jaar")
        self.income_estimated = True
        estimate = round(estimated_income(net, *self.income_rule()), 2)
        self.say("bedrag.inkomen.geschat", inkomen=estimate)
        return estimate

    def income_rule(self) -> tuple:
        """The two dated figures of the rule of thumb (see ``income``), traced like any other."""
        return tuple(self.value(ref) for ref in INCOME_RULE)


# --- the compute functions -------------------------------------------------------------

def toeslag_afbouw(calc: Calc, spec: dict) -> float:
    partner = calc.need("partner")
    income = calc.income()
    premie = calc.value(spec["standaardpremie"]) * (2 if partner else 1)
    drempel = calc.value(spec["drempelinkomen"])
    share = calc.value(spec["percentage_partner" if partner else "percentage_alleen"])
    afbouw = calc.value(spec["afbouwpercentage"])
    normpremie = share / 100 * drempel + afbouw / 100 * max(0.0, income - drempel)
    calc.say("bedrag.toeslag_afbouw.premie", premie=premie, jaar=calc.year())
    calc.say("bedrag.toeslag_afbouw.normpremie", normpremie=round(normpremie, 2),
             inkomen=income)
    yearly = max(0.0, premie - normpremie)
    calc.say("bedrag.toeslag_afbouw.uitkomst", jaarbedrag=round(yearly, 2),
             maandbedrag=round(yearly / 12, 2))
    return yearly / 12


def _household_children(calc: Calc) -> list:
    return sorted(calc.need("kinderen"))


def bedrag_per_kind(calc: Calc, spec: dict) -> float:
    ages = [a for a in _household_children(calc) if a <= 17]
    if not ages:
        raise NoAmount("bedrag.nodig.kinderen")
    monthly = 0.0
    for rank, age in enumerate(ages):
        child = 0.0
        base = spec.get("eerste_kind") if rank == 0 else spec.get("volgend_kind")
        if base:
            child += calc.per_month(base)
        for bracket in spec.get("leeftijden", ()):
            if bracket["van"] <= age <= bracket["tot"]:
                child += calc.per_month(bracket["bedrag"])
        monthly += child
        calc.say("bedrag.bedrag_per_kind.kind", leeftijd=age, bedrag=round(child, 2))
    if spec.get("alleenstaande_ouder") and calc.need("partner") is False:
        extra = calc.per_month(spec["alleenstaande_ouder"])
        monthly += extra
        calc.say("bedrag.bedrag_per_kind.alleenstaande_ouder", bedrag=round(extra, 2))
    if spec.get("afbouwpercentage"):
        partner = calc.need("partner")
        income = calc.income()
        drempel = calc.value(spec["drempel_partner" if partner else "drempel_alleen"])
        percentage = calc.value(spec["afbouwpercentage"])
        cut = percentage / 100 * max(0.0, income - drempel) / 12
        calc.say("bedrag.afbouw", inkomen=income, drempel=drempel,
                 percentage=calc.ctx.number(percentage), korting=round(cut, 2))
        monthly = max(0.0, monthly - cut)
    calc.say("bedrag.uitkomst", maandbedrag=round(monthly, 2), jaarbedrag=round(monthly * 12, 2))
    return monthly


def aanvulling_tot_norm(calc: Calc, spec: dict) -> float:
    aow = calc.ctx.limit(AOW_AGE)
    line = household_norm_key(calc.ctx.answers,
                              aow.value if isinstance(aow.value, int | float) else None)
    if line is None:
        raise NoAmount("bedrag.nodig.huishouden")
    if spec.get("zelfde_uitkering") and calc.answer("uitkering") == spec["zelfde_uitkering"]:
        raise NoAmount("bedrag.al_ontvangen")   # the net income already is this uitkering
    norm = calc.value(f"{spec['norm']}.{line}")
    income = float(calc.need("netto_inkomen_maand"))
    calc.say("bedrag.aanvulling_tot_norm.norm", norm=norm, jaar=calc.year())
    calc.say("bedrag.aanvulling_tot_norm.inkomen", inkomen=income)
    amount = max(0.0, norm - income)
    calc.say("bedrag.aanvulling_tot_norm.uitkomst" if amount else
             "bedrag.aanvulling_tot_norm.geen", maandbedrag=round(amount, 2))
    return amount


def vast_bedrag(calc: Calc, spec: dict) -> float:
    partner = calc.need("partner")
    if partner:
        ref = spec["partners"]
    elif spec.get("alleenstaande_ouder"):
        ref = spec["alleenstaande_ouder"] if any(a < 18 for a in _household_children(calc)) \
            else spec["alleenstaand"]
    else:
        ref = spec["alleenstaand"]
    amount = calc.value(ref)
    monthly = calc.per_month(ref)
    calc.say("bedrag.vast_bedrag.uitkomst", bedrag=amount, jaar=calc.year(),
             maandbedrag=round(monthly, 2))
    return monthly


def huurtoeslag(calc: Calc, spec: dict) -> float:
    """Wet op de huurtoeslag (rules from 2026): above a fixed basishuur the rent is paid for
    100% up to the kwaliteitskortingsgrens, for a percentage up to the aftoppingsgrens and for
    a percentage above it (every household since 2025), counting the rent only up to the
    maximale rekenhuur (the kwaliteitskortingsgrens for young people without children). From
    that a percentage of the yearly income above the inkomensijkpunt goes off (lineaire
    afbouw). Each figure is chosen for one person or more persons."""
    rent = float(calc.need("kale_huur"))
    partner = calc.need("partner")
    age = calc.need("leeftijd")
    children = _household_children(calc)
    persons = 1 + bool(partner) + len(children)
    size = "een" if persons == 1 else "meer"
    income = calc.income()
    kwaliteit = calc.value(spec["kwaliteitskortingsgrens"])
    aftop = calc.value(spec["aftoppingsgrens_meer"] if persons >= 3 else
                       spec["aftoppingsgrens_een"])
    ceiling = calc.value(spec["maximale_rekenhuur"])
    oldest = max(age, calc.answer("partner_leeftijd") or 0) if partner else age
    if oldest < calc.value(spec["jongeren_leeftijd"]) and not children:
        ceiling = min(ceiling, kwaliteit)
    rekenhuur = min(rent, ceiling)
    basishuur = calc.value(spec[f"basishuur_{size}"])
    calc.say("bedrag.huurtoeslag.rekenhuur", huur=rekenhuur, jaar=calc.year())
    calc.say("bedrag.huurtoeslag.basishuur", basishuur=basishuur)
    full = max(0.0, min(rekenhuur, kwaliteit) - basishuur)
    middle_share = calc.value(spec["percentage_tot_aftopping"]) / 100
    middle = middle_share * max(0.0, min(rekenhuur, aftop) - max(kwaliteit, basishuur))
    top_share = calc.value(spec["percentage_boven_aftopping"]) / 100
    top = top_share * max(0.0, rekenhuur - max(aftop, basishuur))
    amount = full + middle + top
    calc.say("bedrag.huurtoeslag.delen", grens=float(kwaliteit), vol=round(full, 2),
             rest=round(middle + top, 2))
    drempel = calc.value(spec[f"inkomensijkpunt_{size}"])
    percentage = calc.value(spec[f"afbouwpercentage_{size}"])
    cut = percentage / 100 * max(0.0, income - drempel) / 12
    if cut:
        calc.say("bedrag.afbouw", inkomen=income, drempel=drempel,
                 percentage=calc.ctx.number(percentage), korting=round(cut, 2))
    amount = max(0.0, amount - cut)
    calc.say("bedrag.uitkomst", maandbedrag=round(amount, 2), jaarbedrag=round(amount * 12, 2))
    return amount


def _arg(doc: str, required: bool = True, kind: str = "parameter") -> Argument:
    return Argument(kind, required, doc)


# Arguments every calculation type takes, besides its own.
COMMON_ARGUMENTS = {
    "proefberekening": _arg("webadres van de officiële proefberekening", False, "url"),
    "uitbetaling": _arg("hoe vaak het geld komt: maand (standaard), kwartaal of jaar (één keer "
                        "per jaar); de check noemt het bedrag zo", False, "uitbetaling"),
}


def _calculation(name, arguments, answers, compute, guide) -> Calculation:
    return Calculation(name, {**arguments, **COMMON_ARGUMENTS}, answers, compute, guide)


CALCULATIONS = {c.name: c for c in (
    _calculation("toeslag_afbouw", {
        "standaardpremie": _arg("de standaardpremie per persoon per jaar"),
        "drempelinkomen": _arg("het drempelinkomen per jaar"),
        "percentage_alleen": _arg("percentage van het drempelinkomen zonder toeslagpartner"),
        "percentage_partner": _arg("percentage van het drempelinkomen met toeslagpartner"),
        "afbouwpercentage": _arg("percentage van het inkomen boven het drempelinkomen"),
    }, ("partner", "toetsingsinkomen_jaar"), toeslag_afbouw,
        "Standaardpremie min normpremie (zorgtoeslag). Met een toeslagpartner telt de "
        "standaardpremie twee keer. De normpremie is een percentage van het drempelinkomen plus "
        "het afbouwpercentage van het inkomen boven het drempelinkomen."),
    _calculation("bedrag_per_kind", {
        "leeftijden": _arg("lijst van {van, tot, bedrag}: bedrag per kind in die leeftijd",
                           False, "leeftijden"),
        "eerste_kind": _arg("bedrag voor het eerste (jongste) kind", False),
        "volgend_kind": _arg("bedrag voor elk volgend kind", False),
        "alleenstaande_ouder": _arg("extra bedrag voor een ouder zonder partner", False),
        "afbouwpercentage": _arg("percentage van het inkomen boven de drempel dat eraf gaat",
                                 False),
        "drempel_alleen": _arg("inkomensdrempel zonder partner (nodig met afbouw)", False),
        "drempel_partner": _arg("inkomensdrempel met partner (nodig met afbouw)", False),
    }, ("kinderen", "partner", "toetsingsinkomen_jaar"), bedrag_per_kind,
        "Een bedrag per kind tot en met 17 jaar: per leeftijdsgroep (kinderbijslag), of voor "
        "het eerste en elk volgend kind met een extra bedrag per leeftijd (kindgebonden budget). "
        "Met 'alleenstaande_ouder' komt er voor een ouder zonder partner een bedrag bij; met "
        "'afbouwpercentage' gaat er een percentage van het inkomen boven de drempel af. De "
        "eenheid van elk bedrag (per kwartaal, per jaar) komt uit de parameter."),
    _calculation("aanvulling_tot_norm", {
        "norm": _arg("de norm, bijvoorbeeld bijstandsnorm", True, "norm"),
        "zelfde_uitkering": _arg("het antwoord op 'uitkering' dat deze regeling zelf is (bij "
                                 "bijstand: bijstand); wie die al krijgt, heeft dat geld al in "
                                 "zijn netto inkomen en krijgt geen bedrag erbij", False,
                                 "uitkering"),
    }, ("partner", "leeftijd", "partner_leeftijd", "kinderen", "netto_inkomen_maand"),
        aanvulling_tot_norm,
        "De norm voor dit huishouden min het netto inkomen per maand, nooit minder dan nul "
        "(bijstand, AIO-aanvulling). De regel van de norm hangt af van partner en leeftijd."),
    _calculation("vast_bedrag", {
        "alleenstaand": _arg("bedrag voor iemand zonder partner"),
        "alleenstaande_ouder": _arg("bedrag voor een ouder zonder partner met een kind onder "
                                    "de 18", False),
        "partners": _arg("bedrag voor gehuwden of samenwonenden"),
    }, ("partner", "kinderen"), vast_bedrag,
        "Een vast bedrag per soort huishouden (bijvoorbeeld de individuele inkomenstoeslag). "
        "Een bedrag per jaar wordt per maand omgerekend."),
    _calculation("huurtoeslag", {
        "kwaliteitskortingsgrens": _arg("tot deze huur wordt alles boven de basishuur vergoed"),
        "aftoppingsgrens_een": _arg("aftoppingsgrens voor 1 of 2 personen"),
        "aftoppingsgrens_meer": _arg("aftoppingsgrens voor 3 of meer personen"),
        "maximale_rekenhuur": _arg("tot deze huur rekent Dienst Toeslagen mee"),
        "jongeren_leeftijd": _arg("is de oudste volwassene jonger (zonder kinderen), dan telt "
                                  "de huur alleen tot de kwaliteitskortingsgrens"),
        "basishuur_een": _arg("basishuur per maand voor één persoon"),
        "basishuur_meer": _arg("basishuur per maand voor meer personen"),
        "inkomensijkpunt_een": _arg("boven dit jaarinkomen gaat er huurtoeslag af (één persoon)"),
        "inkomensijkpunt_meer": _arg("boven dit jaarinkomen gaat er huurtoeslag af (meer "
                                     "personen)"),
        "afbouwpercentage_een": _arg("zoveel procent van het inkomen boven het ijkpunt gaat er "
                                     "per jaar af (één persoon)"),
        "afbouwpercentage_meer": _arg("zoveel procent van het inkomen boven het ijkpunt gaat "
                                      "er per jaar af (meer personen)"),
        "percentage_tot_aftopping": _arg("vergoed deel tussen kwaliteitskortings- en "
                                         "aftoppingsgrens"),
        "percentage_boven_aftopping": _arg("vergoed deel boven de aftoppingsgrens"),
    }, ("kale_huur", "partner", "leeftijd", "partner_leeftijd", "kinderen",
        "toetsingsinkomen_jaar"), huurtoeslag,
        "Huurtoeslag volgens de Wet op de huurtoeslag (regels vanaf 2026): boven de vaste "
        "basishuur wordt de huur tot de kwaliteitskortingsgrens helemaal vergoed, tot de "
        "aftoppingsgrens voor een percentage en daarboven (tot de maximale rekenhuur) voor een "
        "ander percentage. Daarna gaat er een percentage af van het jaarinkomen boven het "
        "inkomensijkpunt. Elk cijfer bestaat voor één persoon en voor meer personen."),
)}


def estimate(ctx: Context, spec: dict, trace: dict | None = None) -> dict:
    """The ``bedrag`` of one regeling (see the amounts contract), or ``{"reden": ...}``.
    *trace*, when given, receives every parameter value the amount used."""
    calculation = CALCULATIONS[spec["type"]]
    calc = Calc(ctx, trace=trace)
    try:
        monthly = calculation.compute(calc, spec)
    except NoAmount as missing:
        return {"reden": ctx.say(missing.key, **missing.values)}
    bereik = None
    if calc.income_estimated:
        spread = income_range(ctx)
        if spread is not None:
            ends = []
            for income in spread:
                try:
                    ends.append(calculation.compute(Calc(ctx, income, calc.trace), spec))
                except NoAmount:
                    ends = []
                    break
            if ends and round(min(ends), 2) != round(max(ends), 2):
                bereik = {"min_per_maand": round(min(ends + [monthly]), 2),
                          "max_per_maand": round(max(ends + [monthly]), 2)}
                calc.say("bedrag.bereik", min=bereik["min_per_maand"],
                         max=bereik["max_per_maand"])
    rhythm = spec.get("uitbetaling", "maand")
    per_payment = round(monthly * PAYMENTS[rhythm], 2)
    if rhythm != "maand":
        calc.say(f"bedrag.uitbetaling.{rhythm}", bedrag=per_payment)
    return {"per_maand": round(monthly, 2), "per_jaar": round(monthly * 12, 2),
            "uitbetaling": rhythm, "per_keer": per_payment,
            "berekening": calc.lines, "schatting": True, "bereik": bereik,
            "geschat_inkomen": calc.income_estimated,
            "proefberekening": spec.get("proefberekening")}
