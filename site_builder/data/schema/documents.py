"""The schemas of the editors' files: regelingen, loketten and normen.

Every field has a Dutch explanation (``doc``); those explanations appear in VS Code
through the exported JSON Schema and in the editors' guide.
"""
from __future__ import annotations

import re

from ...vocabulary import (EENHEDEN, PERIODES, ROLSTOEL, SITUATIES, SOORTEN, STATUSSEN, TALEN,
                           THEMAS, ZEKERHEDEN, ZONDER_BALIE)
from ..errors import Problems
from ..yamlio import Document, dotted
from .fields import Field, Schema
from .kinds import NO_DATE


def _values_in_order(value: dict, doc: Document, path, problems: Problems) -> None:
    waarden = value.get("waarden") or []
    seen = {}
    previous = None
    for i, item in enumerate(waarden):
        vanaf = item.get("vanaf")
        if vanaf is None:
            continue
        if vanaf in seen:
            problems.add(doc.loc(path + ("waarden", i, "vanaf")),
                         dotted(path + ("waarden", i, "vanaf")),
                         f"er staat al een waarde vanaf {vanaf} (nummer {seen[vanaf] + 1}).",
                         "Elke datum mag maar één keer voorkomen.", code="dubbele-vanaf")
        seen[vanaf] = i
        if previous is not None and vanaf < previous:
            problems.add(doc.loc(path + ("waarden", i, "vanaf")),
                         dotted(path + ("waarden", i, "vanaf")),
                         f"de datums staan niet op volgorde: {vanaf} komt na {previous}.",
                         "Zet de oudste waarde bovenaan.", code="volgorde-waarden")
        previous = vanaf


_THOUSANDS_DOT = re.compile(r"^\d{1,3}(\.\d{3})+$")


def _thousands_dot(value: dict, doc: Document, path, problems: Problems) -> None:
    """YAML reads 40.857 as forty euros and 86 cents; in euros three decimals are always
    a Dutch thousands dot, so the intended figure was 40857."""
    if not str(value.get("eenheid", "euro")).startswith("euro"):
        return
    for i, _item in enumerate(value.get("waarden") or []):
        where = path + ("waarden", i, "waarde")
        written = doc.scalars.get(where, "")
        if _THOUSANDS_DOT.match(written):
            problems.add(doc.loc(where), dotted(where),
                         f"{written} leest als {written.replace('.', ',')} euro, met een punt "
                         "voor de centen.",
                         f"Bedoelt u {written.replace('.', '')}? Schrijf bedragen zonder punt "
                         "voor duizendtallen; centen na een punt (1430.50).",
                         code="bedrag-notatie")


BRON = Schema("een bron", "Een openbare bron voor een feit.", (
    Field("titel", "regel", "Naam van de pagina of het document, bijvoorbeeld 'Belastingdienst: "
          "maximaal inkomen voor zorgtoeslag'.", required=False),
    Field("url", "url", "Het webadres van de bron (https://...)."),
    Field("datum", "brondatum", "De datum die de bron zelf noemt (publicatie of laatste "
          "wijziging), 'geen datum' als de bron geen datum noemt, of 'onbekend' als u de bron "
          "niet zelf hebt geopend (de site zegt dan 'datum onbekend').", required=False),
    Field("geraadpleegd", "datum", "De dag waarop een redacteur deze bron echt heeft geopend.",
          required=False),
))



def _value_filled(value: dict, doc: Document, path, problems: Problems) -> None:
    """An entry prepared by the jaarovergang may wait for its figure; a figure needs a source."""
    raw = doc.data
    for part in path:
        raw = raw[part] if isinstance(raw, (dict, list)) else None
    raw = raw if isinstance(raw, dict) else {}
    vanaf = value.get("vanaf")
    if raw.get("waarde") is None:
        when = f"vanaf {vanaf}" if vanaf else "hier"
        problems.warn(doc.loc(path + ("waarde",)), dotted(path + ("waarde",)),
                      f"het bedrag {when} is nog niet ingevuld.",
                      "Vul het bedrag en de bron in. Tot dan noemt de site het vorige bedrag mét "
                      "zijn jaartal en zegt de check 'misschien'.",
                      code="waarde-in-te-vullen")
    elif raw.get("bron") is None:
        problems.add(doc.loc(path), dotted(path + ("bron",)), "dit bedrag heeft geen bron.",
                     "Voeg 'bron:' toe met het webadres waar dit bedrag staat; zonder bron "
                     "geen bedrag.", code="bron-ontbreekt")
    elif raw.get("bron_datum") is None:
        problems.add(doc.loc(path), dotted(path + ("bron_datum",)),
                     "bij dit bedrag staat niet van wanneer de bron is.",
                     f"Voeg 'bron_datum:' toe met de datum die op de bron staat, of '{NO_DATE}' "
                     "als de bron geen datum noemt. Zo ziet een lezer hoe oud het cijfer is.",
                     code="brondatum-ontbreekt")
    tot = value.get("tot")
    if vanaf and tot and tot < vanaf:
        problems.add(doc.loc(path + ("tot",)), dotted(path + ("tot",)),
                     f"'tot' ({tot}) ligt voor 'vanaf' ({vanaf}).",
                     "Een waarde kan pas aflopen nadat hij is ingegaan.", code="tot-voor-vanaf")


WAARDE = Schema("een waarde", "Eén bedrag of grens, geldig vanaf een datum.", (
    Field("vanaf", "datum", "De datum vanaf wanneer deze waarde geldt, meestal 1 januari "
          "(bijvoorbeeld 2026-01-01)."),
    Field("waarde", "waarde", "Het bedrag of getal. Schrijf 'geen' als er vanaf deze datum geen "
          "grens meer is. Leeg laten mag alleen tijdens de jaarovergang: dan zegt de site 'nog "
          "niet bekend'.", required=False),
    Field("bron", "url", "Webadres waar dit bedrag staat. Verplicht zodra er een bedrag staat: "
          "zonder bron geen bedrag.", required=False),
    Field("bron_datum", "brondatum", "De datum die de bron zelf noemt (publicatie of laatste "
          "wijziging), 'geen datum' als de bron geen datum noemt, of 'onbekend' als u de bron "
          "niet zelf hebt geopend (de site zegt dan 'datum onbekend').", required=False),
    Field("geraadpleegd", "datum", "De dag waarop een redacteur de bron van dit bedrag echt "
          "heeft geopend.", required=False),
    Field("zekerheid", "keuze", "Hoe zeker het bedrag is: 'bevestigd' (officiële bron), "
          "'secundair' (alleen in een andere bron gezien) of 'onbevestigd' (nog niet gevonden; "
          "de site toont 'nog niet bevestigd' en de check zegt nooit 'nee' op grond hiervan).",
          choices=tuple(ZEKERHEDEN)),
    Field("tot", "datum", "De laatste dag waarop deze waarde geldt, als die al vaststaat "
          "(bijvoorbeeld bij een tijdelijke regeling). Daarna is er geen waarde meer tot er een "
          "nieuwe staat.", required=False),
    Field("toelichting", "tekst", "Korte uitleg voor redacteuren, bijvoorbeeld hoe het bedrag is "
          "berekend. Komt niet op de site.", required=False),
), checks=(_value_filled,))

PARAMETER = Schema("een parameter", "Een bedrag of grens met waarden per datum.", (
    Field("omschrijving", "regel", "Wat dit bedrag is, in gewone woorden, bijvoorbeeld "
          "'Hoogste inkomen als u alleen woont'.", translatable=True),
    Field("eenheid", "keuze", "Waarin het bedrag is uitgedrukt.", choices=EENHEDEN),
    Field("periode", "keuze", "'jaar': een waarde geldt alleen in het jaar van 'vanaf' (tot er "
          "een nieuwe is), zodat een ontbrekend nieuw jaar opvalt. 'doorlopend': een waarde geldt "
          "tot er een nieuwe komt (bijvoorbeeld een leeftijd).", choices=PERIODES),
    Field("waarden", "lijst", "De waarden, oudste eerst.",
          item=Field("waarde", "object", "Eén waarde.", schema=WAARDE)),
), checks=(_values_in_order, _thousands_dot))

PARAMETERS_FIELD = Field(
    "parameters", "tabel", "Bedragen en grenzen van deze regeling. Gebruik ze in teksten als "
    "{naam}; een gedeelde norm als {bijstandsnorm.alleenstaand}.", required=False,
    item=Field("parameter", "object", "Eén bedrag of grens.", schema=PARAMETER))

BRONNEN_FIELD = Field("bronnen", "lijst", "Openbare bronnen voor de informatie op deze pagina.",
                      item=Field("bron", "object", "Eén bron.", schema=BRON))

GECONTROLEERD = Field("gecontroleerd_op", "datum", "De datum waarop een redacteur alles op deze "
                      "pagina voor het laatst heeft nagekeken.")

REGELING = Schema("een regeling", "Een regeling: toeslag, uitkering, gemeentelijke regeling, "
                  "schuldhulp, fonds of loket.", (
    Field("id", "id", "Korte naam, gelijk aan de bestandsnaam zonder .yaml. Wordt het webadres."),
    Field("naam", "regel", "De naam zoals inwoners die kennen.", translatable=True),
    Field("soort", "keuze", "Wat voor regeling het is.", choices=tuple(SOORTEN)),
    Field("aanbieder", "regel", "Wie de regeling uitvoert, bijvoorbeeld 'Dienst Toeslagen'."),
    Field("status", "keuze", "'open' (aan te vragen), 'gesloten' (gestopt; wordt niet meer "
          "aangeboden), 'te-controleren' (niet in openbare bronnen bevestigd) of 'concept' "
          "(nieuw en nog niet af; komt niet op de site).",
          required=False, choices=STATUSSEN),
    Field("status_toelichting", "tekst", "Uitleg bij de status, bijvoorbeeld sinds wanneer de "
          "regeling gesloten is.", required=False, translatable=True),
    Field("themas", "lijst", "Onder welke thema's de regeling valt.",
          item=Field("thema", "keuze", "Een thema.", choices=tuple(THEMAS))),
    Field("situaties", "lijst", "Voor welke situaties de regeling vooral belangrijk is.",
          required=False,
          item=Field("situatie", "keuze", "Een situatie.", choices=tuple(SITUATIES))),
    Field("samenvatting", "regel", "Eén zin: wat levert het op? Staat in overzichten.",
          translatable=True),
    Field("wat_is_het", "tekst", "Wat de regeling is, in taalniveau B1.", translatable=True),
    Field("voor_wie", "tekst", "Voor wie de regeling is.", translatable=True),
    Field("wat_krijgt_u", "tekst", "Wat u krijgt. Bedragen alleen als {parameter}.",
          translatable=True),
    Field("voorwaarden", "lijst", "De voorwaarden in gewone woorden, één per regel.",
          item=Field("voorwaarde", "tekst", "Eén voorwaarde.", translatable=True)),
    Field("hoe_aanvragen", "tekst", "Hoe u de regeling aanvraagt.", translatable=True),
    Field("aanvraag_link", "url", "Webadres waar u de regeling aanvraagt of leest hoe.",
          required=False),
    Field("wat_meenemen", "lijst", "Wat u nodig hebt bij de aanvraag.", required=False,
          item=Field("document", "regel", "Eén ding om mee te nemen.", translatable=True)),
    Field("loketten", "lijst", "Ids van loketten die helpen (bestanden in loketten/).",
          required=False, item=Field("loket", "id", "Id van een loket.")),
    Field("zie_ook", "lijst", "Ids van verwante regelingen.", required=False,
          item=Field("regeling", "id", "Id van een regeling.")),
    BRONNEN_FIELD,
    GECONTROLEERD,
    PARAMETERS_FIELD,
    Field("regels", "lijst", "Voorwaarden die de check kan toetsen (zie 'Soorten regels' in de "
          "handleiding).", required=False,
          item=Field("regel", "vrij", "Eén toetsbare voorwaarde met een 'type'.")),
    Field("berekening", "vrij", "Hoe de check het bedrag uitrekent: een blok met 'type' (zie "
          "'Soorten berekeningen' in de handleiding) en de namen van de parameters die de "
          "berekening gebruikt. Geen getallen: elk bedrag staat onder 'parameters' of in een "
          "norm, met datum en bron.", required=False),
))

ADRES = Schema("een adres", "Een bezoekadres.", (
    Field("straat", "regel", "Straat en huisnummer."),
    Field("postcode", "regel", "Postcode, bijvoorbeeld '2511 BT'."),
    Field("plaats", "regel", "Plaats."),
))

LOKET = Schema("een loket", "Een plek waar inwoners terechtkunnen: adres, telefoon, "
               "openingstijden.", (
    Field("id", "id", "Korte naam, gelijk aan de bestandsnaam zonder .yaml."),
    Field("naam", "regel", "De naam van het loket.", translatable=True),
    Field("omschrijving", "tekst", "Waarmee dit loket helpt, in taalniveau B1.",
          translatable=True),
    Field("adres", "object", "Bezoekadres (weglaten als er geen balie is).", required=False,
          schema=ADRES),
    Field("geen_bezoekadres", "keuze", "Als er geen balie is: hoe inwoners dit loket bereiken. "
          "'alleen-telefonisch', 'alleen-online', 'aan-huis' (een medewerker komt bij u) of "
          "'via-verwijzing' (alleen via een hulpverlener).", required=False,
          choices=ZONDER_BALIE),
    Field("telefoon", "telefoon", "Telefoonnummer zoals u het intoetst, bijvoorbeeld '14 070'.",
          required=False),
    Field("telefoon_toelichting", "regel", "Bijvoorbeeld 'gratis' of 'lokaal tarief'.",
          required=False, translatable=True),
    Field("website", "url", "Website van het loket."),
    Field("email", "email", "E-mailadres, bijvoorbeeld 'info@denhaag.nl'.", required=False),
    Field("openingstijden", "openingstijden", "Openingstijden in OpenStreetMap-notatie, bijvoorbeeld "
          "'Mo-Fr 09:00-17:00; PH off'.", required=False),
    Field("openingstijden_toelichting", "tekst", "Extra uitleg bij de tijden.", required=False,
          translatable=True),
    Field("talen", "lijst", "Talen die er gesproken worden (taalcodes, bijvoorbeeld nl, en, ar, "
          "tr).", item=Field("taal", "keuze", "Een taalcode.", choices=tuple(TALEN))),
    Field("inloop", "janee", "Kunt u zonder afspraak langskomen?"),
    Field("afspraak", "janee", "Kunt u een afspraak maken?"),
    Field("rolstoel", "keuze", "Is het gebouw toegankelijk met een rolstoel?", required=False,
          choices=ROLSTOEL),
    Field("status", "keuze", "'open', 'gesloten', 'te-controleren' (gegevens nog niet in een "
          "openbare bron bevestigd; de site zegt dat erbij) of 'concept' (nieuw en nog niet af; "
          "komt niet op de site).", required=False, choices=STATUSSEN),
    BRONNEN_FIELD,
    GECONTROLEERD,
))

NORM = Schema("een norm", "Een norm die meerdere regelingen gebruiken, zoals de "
              "bijstandsnormen.", (
    Field("id", "id", "Korte naam, gelijk aan de bestandsnaam zonder .yaml."),
    Field("naam", "regel", "Naam van de norm.", translatable=True),
    Field("omschrijving", "tekst", "Wat de norm is.", translatable=True),
    BRONNEN_FIELD,
    GECONTROLEERD,
    Field("parameters", "tabel", "De bedragen van de norm. Gebruik ze als {norm.naam}.",
          item=Field("parameter", "object", "Eén bedrag.", schema=PARAMETER)),
))

SCHEMAS = {"regeling": REGELING, "loket": LOKET, "norm": NORM}
