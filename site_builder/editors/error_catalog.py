"""Data as code: the catalogue of every problem ``routekaart validate`` can report. It is long
because every code carries its meaning, what to do and a real example line, which the guide prints.

Each problem is created with ``Problems.add(..., code="...")`` or
``Problems.warn(..., code="...")`` (see :mod:`site_builder.data.errors`); the code is the
key of one :class:`ErrorKind` here. The editors' guide is generated from this
catalogue, so the texts are written for the editors: plain Dutch at level B1,
addressed to the reader as "u".

* ``ernst`` is ``"fout"`` (the build stops) or ``"waarschuwing"`` (the site is still
  built; ``--strict`` makes warnings count as errors too).
* ``voorbeeld`` is a line exactly as the validator prints it:
  ``bestand:regel:kolom: veld: [waarschuwing: ]melding hint``.
* ``GROUPS`` lists every code exactly once, in the order of the guide.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..vocabulary import ERROR, WARNING


@dataclass(frozen=True)
class ErrorKind:
    code: str
    titel: str        # short Dutch title
    ernst: str        # "fout", "waarschuwing" or "fout of waarschuwing"
    betekenis: str    # what it means, 1-3 plain B1 sentences
    oplossing: str    # what to do, 1-3 sentences
    voorbeeld: str    # a line exactly as `routekaart validate` prints it
    bestand: str = "" # which kind of file: regeling, loket, norm, route, vragen.yaml, vertaling


_ALL_YAML = "regeling, loket, norm, route, vragen.yaml"

_KINDS = (
    # --- Het bestand zelf en de YAML-opmaak ---------------------------------------------------
    ErrorKind(
        code="geen-yaml",
        titel="Bestand hoort niet in deze map",
        ernst=ERROR,
        betekenis="In de mappen regelingen/, loketten/ en normen/ mogen alleen bestanden staan "
                  "die eindigen op .yaml. Hier staat een ander soort bestand, bijvoorbeeld een "
                  "Word-bestand of een kopie met een andere naam.",
        oplossing="Geef een gegevensbestand een naam die eindigt op .yaml. Hoort het bestand "
                  "er niet bij? Zet het dan ergens anders neer of haal het weg.",
        voorbeeld="loketten/zoetermeer/gemeente-zoetermeer.docx: dit bestand hoort hier niet: "
                  "alleen .yaml-bestanden. Hernoem het naar .yaml of haal het weg.",
        bestand="regeling, loket, norm",
    ),
    ErrorKind(
        code="geen-utf8",
        titel="Bestand is niet als UTF-8 opgeslagen",
        ernst=ERROR,
        betekenis="Het bestand is opgeslagen op een manier die het programma niet kan lezen. "
                  "Dat gebeurt soms als u het bestand in een ander programma bewaart, zoals "
                  "Kladblok of Word. Letters met een accent, zoals é of ë, gaan dan mis.",
        oplossing="Open het bestand in VS Code, klik rechtsonder op de naam van de tekenset en "
                  "kies 'Save with Encoding' (Opslaan met codering) en dan 'UTF-8'. Kijk daarna "
                  "of de letters met een accent nog goed staan.",
        voorbeeld="loketten/den-haag/helpdesk-geldzaken.yaml:7:14: het bestand is geen "
                  "UTF-8-tekst: het teken op deze plek (byte 0xe9) is in een andere tekenset "
                  "opgeslagen. Sla het bestand op als UTF-8.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="leeg-bestand",
        titel="Leeg bestand",
        ernst=ERROR,
        betekenis="Het bestand bestaat, maar er staat niets in, of alleen regels met uitleg "
                  "die beginnen met een hekje (#). Het programma weet dan niet wat het moet "
                  "tonen.",
        oplossing="Vul het bestand, of haal het weg. Wilt u een nieuwe regeling of een nieuw "
                  "loket maken? Gebruik dan 'routekaart nieuw': dan krijgt u een bestand met "
                  "alle velden en uitleg erbij.",
        voorbeeld="regelingen/zoetermeer/zm-energietoeslag.yaml:1:1: het bestand is leeg.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="yaml-syntax",
        titel="De YAML-opmaak klopt niet",
        ernst=ERROR,
        betekenis="Het programma kan het bestand niet lezen, omdat de YAML-opmaak niet klopt. "
                  "In YAML staat op elke regel 'naam: waarde', en het inspringen (het aantal "
                  "spaties aan het begin van een regel) laat zien wat bij elkaar hoort. Een tab, "
                  "een spatie te veel of te weinig, een dubbele punt midden in een tekst of een "
                  "aanhalingsteken dat niet wordt gesloten, is al genoeg.",
        oplossing="Kijk op de genoemde regel en op de regel erboven; de melding zegt wat er mis "
                  "lijkt. Gebruik alleen spaties (geen tabs), laat regels die bij elkaar horen "
                  "even ver inspringen, en zet een tekst met een dubbele punt erin tussen "
                  "aanhalingstekens. Los deze fout eerst op: meldingen in andere bestanden dat "
                  "deze regeling of dit loket 'niet bestaat', verdwijnen dan vanzelf.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:5:28: de YAML-opmaak klopt hier niet: "
                  "er staat een dubbele punt op een plek waar dat niet kan (zet zo'n tekst "
                  "tussen aanhalingstekens). Kijk naar inspringing, dubbele punten en "
                  "aanhalingstekens op deze regel of de regel erboven.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="dubbele-sleutel",
        titel="Naam staat twee keer in hetzelfde blok",
        ernst=ERROR,
        betekenis="In één blok mag elke naam maar één keer voorkomen. Hier staat dezelfde naam "
                  "(van een veld, een stap of een parameter) twee keer. Het programma gebruikt "
                  "alleen de eerste en slaat de tweede over.",
        oplossing="Kijk op beide regels; de melding noemt ook de regel van de eerste. Haal de "
                  "dubbele weg, of geef de tweede een eigen naam als het echt iets anders is.",
        voorbeeld="flows/inwoners-geldzorgen.yaml:40:3: stappen.spoed: de stap 'spoed' staat "
                  "twee keer in dit blok (eerst op regel 29). Haal een van de twee weg of geef "
                  "een andere naam.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="sleutel-geen-tekst",
        titel="Naam vóór de dubbele punt is geen gewone tekst",
        ernst=ERROR,
        betekenis="Vóór de dubbele punt moet een gewone naam staan, zoals 'naam' of 'talen'; "
                  "die naam heet ook wel de 'sleutel'. Hier staat iets anders, bijvoorbeeld een "
                  "lijst tussen [ ] of een blok tussen { }. Het programma slaat deze regel over.",
        oplossing="Schrijf een gewone veldnaam vóór de dubbele punt. Hoort de lijst bij een "
                  "veld? Zet hem dan áchter de dubbele punt, bijvoorbeeld 'talen: [nl, en]'.",
        voorbeeld="loketten/den-haag/helpdesk-geldzaken.yaml:11:1: een sleutel moet gewone "
                  "tekst zijn.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="onleesbare-waarde",
        titel="Waarde kan niet worden gelezen",
        ernst=ERROR,
        betekenis="Het programma kan een waarde niet lezen. Dat gebeurt vooral als een waarde "
                  "begint met een uitroepteken (! of !!): YAML ziet dat als een speciaal teken. "
                  "Het stuk na 'kan niet worden gelezen:' is de technische reden, in het Engels.",
        oplossing="Zet een tekst die met een uitroepteken begint helemaal tussen "
                  "aanhalingstekens. Staat er '!!' met een woord vóór een waarde? Haal dat weg en "
                  "schrijf alleen de waarde, bijvoorbeeld 1401.51.",
        voorbeeld="normen/bijstandsnorm.yaml:35:17: parameters.alleenstaand.waarden[2].waarde: "
                  "deze waarde kan niet worden gelezen: could not convert string to float: "
                  "'1.401,51'.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="onmogelijke-datum",
        titel="Datum bestaat niet",
        ernst=ERROR,
        betekenis="Hier staat een datum in de vorm JJJJ-MM-DD, maar die dag bestaat niet in de "
                  "kalender, zoals 30 februari of maand 13.",
        oplossing="Schrijf een echte datum als JJJJ-MM-DD: eerst het jaar, dan de maand, dan de "
                  "dag. Bijvoorbeeld 2026-01-01 voor 1 januari 2026.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:45:19: gecontroleerd_op: '2026-02-30' "
                  "is geen bestaande datum. Schrijf een echte datum als JJJJ-MM-DD, bijvoorbeeld "
                  "2026-01-01.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="geen-blok",
        titel="Bestand is geen blok met velden",
        ernst=ERROR,
        betekenis="Een bestand voor een regeling, loket of norm bestaat uit velden onder "
                  "elkaar, elk als 'naam: waarde'. Dit bestand is iets anders, bijvoorbeeld een "
                  "lijst (regels die met een streepje beginnen) of één losse tekst.",
        oplossing="Begin de velden niet met een streepje en laat ze niet inspringen: 'id:', "
                  "'naam:' en de andere velden staan helemaal links. Vergelijk het met een "
                  "bestaand bestand van hetzelfde soort, of begin opnieuw met 'routekaart nieuw'.",
        voorbeeld="normen/aow.yaml:1:1: dit bestand moet een norm beschrijven als een blok met "
                  "velden (naam: waarde).",
        bestand="regeling, loket, norm",
    ),
    ErrorKind(
        code="onbekend-gebied",
        titel="Map is geen bekend gebied",
        ernst=ERROR,
        betekenis="Regelingen en loketten staan in een map per gebied: landelijk, den-haag of "
                  "zoetermeer. Dit bestand staat in een map met een andere naam. Het wordt wel "
                  "gecontroleerd, maar het komt niet op de site.",
        oplossing="Zet het bestand in de goede map, bijvoorbeeld regelingen/den-haag/. Let op "
                  "de schrijfwijze: kleine letters, en een streepje in den-haag. Een nieuw "
                  "gebied kan alleen een ontwikkelaar toevoegen.",
        voorbeeld="regelingen/denhaag/dh-ooievaarspas.yaml: de map 'denhaag' is geen gebied; "
                  "gebruik 'landelijk', 'den-haag', 'zoetermeer'. Bedoelt u 'den-haag'?",
        bestand="regeling, loket",
    ),
    ErrorKind(
        code="id-bestandsnaam",
        titel="Id is anders dan de bestandsnaam",
        ernst=ERROR,
        betekenis="Het veld 'id' moet precies gelijk zijn aan de naam van het bestand, zonder "
                  ".yaml. De id wordt het webadres van de pagina, en andere bestanden verwijzen "
                  "ernaar.",
        oplossing="Verander de id of de bestandsnaam, zodat ze gelijk zijn. Verwijzen andere "
                  "bestanden al naar de oude naam (onder 'loketten', 'zie_ook' of in een "
                  "routekaart)? Kies dan die naam, dan hoeft u verder niets aan te passen.",
        voorbeeld="regelingen/den-haag/dh-bijzondere-bijstand.yaml:2:5: id: de id "
                  "'dh-bijzondere-bijstand-2026' moet gelijk zijn aan de bestandsnaam "
                  "'dh-bijzondere-bijstand'. Noem het bestand 'dh-bijzondere-bijstand-2026.yaml' "
                  "of verander de id in 'dh-bijzondere-bijstand'.",
        bestand="regeling, loket, norm, route",
    ),
    ErrorKind(
        code="dubbele-id",
        titel="Id bestaat al",
        ernst=ERROR,
        betekenis="Twee bestanden van hetzelfde soort hebben dezelfde id. Dat gebeurt ook als "
                  "twee bestanden in verschillende gebied-mappen dezelfde naam hebben. Het tweede "
                  "bestand wordt niet gebruikt.",
        oplossing="Geef een van de twee een andere bestandsnaam en dezelfde nieuwe id. "
                  "Regelingen van een gemeente beginnen met de gemeente, bijvoorbeeld "
                  "'dh-' voor Den Haag en 'zm-' voor Zoetermeer.",
        voorbeeld="regelingen/zoetermeer/schuldhulpmaatje.yaml:2:5: id: de id "
                  "'schuldhulpmaatje' bestaat al (regelingen/landelijk/schuldhulpmaatje.yaml). "
                  "Elke regeling heeft een eigen id; kies een andere naam.",
        bestand="regeling, loket, norm",
    ),

    # --- Velden en waarden --------------------------------------------------------------------
    ErrorKind(
        code="verplicht-veld",
        titel="Verplicht veld ontbreekt",
        ernst=ERROR,
        betekenis="Elk soort bestand heeft velden die er altijd in moeten staan, zoals 'naam' "
                  "of 'gecontroleerd_op'. Dit veld ontbreekt, of het staat er wel, maar er staat "
                  "niets achter de dubbele punt.",
        oplossing="Voeg het veld toe en vul het in; de melding zegt wat erin hoort. Staat het "
                  "veld er al? Kijk dan of de naam goed gespeld is en of het even ver inspringt "
                  "als de velden eromheen.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:2:1: aanbieder: het verplichte veld "
                  "'aanbieder' ontbreekt. Voeg het toe: Wie de regeling uitvoert, bijvoorbeeld "
                  "'Dienst Toeslagen'.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="onbekend-veld",
        titel="Onbekend veld",
        ernst=ERROR,
        betekenis="Dit veld kent het programma niet. Meestal is de naam verkeerd gespeld, of "
                  "staat het veld in het verkeerde blok doordat het inspringen niet klopt. Wat "
                  "in een onbekend veld staat, komt niet op de site.",
        oplossing="Verbeter de naam; vaak stelt de melding de goede naam voor ('Bedoelt u …?'). "
                  "Kijk anders in de redactiehandleiding welke velden er zijn. Als de naam klopt, "
                  "verdwijnt ook de melding dat een verplicht veld ontbreekt.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:8:1: samenvating: onbekend veld "
                  "'samenvating' in een regeling. Bedoelt u 'samenvatting'?",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="verkeerd-type",
        titel="Verkeerd soort waarde",
        ernst=ERROR,
        betekenis="Het veld verwacht een bepaald soort waarde, bijvoorbeeld een datum, een "
                  "getal, ja of nee, of een lijst. Hier staat iets anders. De melding zegt wat er "
                  "verwacht wordt en wat er nu staat.",
        oplossing="Schrijf de waarde zoals de melding vraagt. Een datum als 2026-01-01, ja of "
                  "nee als true of false, een bedrag zonder euroteken en met een punt voor de "
                  "centen (1401.51), en een lijst tussen [ ] of als regels met een streepje "
                  "ervoor.",
        voorbeeld="loketten/den-haag/helpdesk-geldzaken.yaml:12:9: inloop: verwacht ja of nee "
                  "(true of false), maar hier staat tekst.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="lege-tekst",
        titel="Lege tekst",
        ernst=ERROR,
        betekenis="Achter dit veld staat een tekst zonder inhoud, bijvoorbeeld alleen twee "
                  "aanhalingstekens of alleen spaties.",
        oplossing="Vul een tekst in. Is het veld niet verplicht en hebt u er niets over te "
                  "zeggen? Haal dan de hele regel weg.",
        voorbeeld="loketten/den-haag/helpdesk-geldzaken.yaml:9:23: telefoon_toelichting: deze "
                  "tekst is leeg. Vul een tekst in of haal het veld weg.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="meer-regels",
        titel="Tekst moet op één regel",
        ernst=ERROR,
        betekenis="Sommige velden, zoals 'naam', 'titel' en 'samenvatting', zijn een korte tekst "
                  "op één regel. Hier bestaat de tekst uit meer regels, bijvoorbeeld doordat er "
                  "een '|' achter de dubbele punt staat.",
        oplossing="Maak er één korte zin van. Wilt u een lange regel in het bestand over meer "
                  "regels verdelen? Zet dan '>-' achter de dubbele punt in plaats van '|'; op de "
                  "site wordt het dan toch één regel.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:8:15: samenvatting: deze tekst moet "
                  "op één regel staan.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="onbekende-keuze",
        titel="Geen van de vaste keuzes",
        ernst=ERROR,
        betekenis="Dit veld heeft een vaste lijst met keuzes, zoals 'soort', 'status', 'themas' "
                  "en 'talen'. Wat hier staat, komt niet in die lijst voor. Vaak is het een "
                  "tikfout of een hoofdletter.",
        oplossing="Kies een van de waarden uit de melding en schrijf die precies zo, met kleine "
                  "letters en streepjes. Vaak stelt de melding de goede keuze al voor "
                  "('Bedoelt u …?').",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:4:8: soort: verwacht een van "
                  "'toeslag', 'uitkering', 'gemeentelijke-regeling', 'schuldhulp', 'fonds', "
                  "'loket'; hier staat 'toelsag'. Bedoelt u 'toeslag'?",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="geen-id",
        titel="Ongeldige naam",
        ernst=ERROR,
        betekenis="Namen waarmee bestanden naar elkaar verwijzen (een id, bijvoorbeeld onder "
                  "'loketten' of 'zie_ook'), en de namen van parameters en stappen, mogen alleen "
                  "kleine letters, cijfers en streepjes bevatten. Hier staat een hoofdletter, "
                  "een spatie of een ander teken in.",
        oplossing="Schrijf de naam met kleine letters a-z, cijfers en streepjes (-), zonder "
                  "spaties of accenten, bijvoorbeeld 'bijzondere-bijstand'. Bij parameters en "
                  "stappen mag ook een liggend streepje (_), bijvoorbeeld 'max_toeslag_alleen'.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:39:11: zie_ook[0]: 'Huurtoeslag' is "
                  "geen geldige naam: gebruik kleine letters a-z, cijfers en streepjes. "
                  "Bijvoorbeeld 'bijzondere-bijstand'.",
        bestand="regeling, loket, norm, route",
    ),
    ErrorKind(
        code="geen-url",
        titel="Geen volledig webadres",
        ernst=ERROR,
        betekenis="Hier hoort een volledig webadres dat begint met https://. Wat er staat, "
                  "begint daar niet mee, of er staat een spatie of een ander teken in dat niet in "
                  "een webadres hoort.",
        oplossing="Open de pagina in uw browser en kopieer het adres uit de adresbalk; dan "
                  "staat https:// er vanzelf voor. Een adres met http:// (zonder s) mag niet: "
                  "kijk of de pagina ook met https:// werkt.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:32:16: aanvraag_link: "
                  "'www.belastingdienst.nl/wps/wcm/connect/nl/zorgtoeslag/zorgtoeslag' is geen "
                  "volledig webadres dat begint met https://. Kopieer het adres uit de adresbalk "
                  "van de browser.",
        bestand="regeling, loket, norm, route",
    ),
    ErrorKind(
        code="te-laag",
        titel="Getal is te laag",
        ernst=ERROR,
        betekenis="Voor sommige getallen geldt een ondergrens: lager mag niet. Dit getal is "
                  "lager dan het kleinste getal dat hier mag.",
        oplossing="Kijk of het getal klopt, bijvoorbeeld of er per ongeluk een minteken voor "
                  "staat. De melding noemt het kleinste getal dat mag.",
        voorbeeld="regelingen/landelijk/kinderbijslag.yaml:61:16: "
                  "parameters.leeftijd_tot.waarden[0].waarde: -1 is te laag: het kleinste "
                  "toegestane getal is 0.",
        bestand="",
    ),
    ErrorKind(
        code="geen-telefoonnummer",
        titel="Telefoonnummer klopt niet",
        ernst=ERROR,
        betekenis="Bij 'telefoon' staat iets dat geen telefoonnummer is, bijvoorbeeld tekst "
                  "of een nummer met letters. Op een telefoon tikt een inwoner het nummer aan "
                  "om te bellen; dan moet het een echt nummer zijn.",
        oplossing="Schrijf alleen het nummer, met cijfers en spaties (en eventueel + of -), "
                  "zoals '14 070'. Zet uitleg zoals 'gratis' in 'telefoon_toelichting'.",
        voorbeeld="loketten/den-haag/helpdesk-geldzaken.yaml:9:11: telefoon: 'bel 14 070' is "
                  "geen telefoonnummer om in te toetsen. Gebruik alleen cijfers, spaties en "
                  "eventueel + of -, bijvoorbeeld '14 070' of '+31 70 353 30 00'.",
        bestand="loket",
    ),
    ErrorKind(
        code="geen-emailadres",
        titel="E-mailadres klopt niet",
        ernst=ERROR,
        betekenis="Bij 'email' staat iets dat geen e-mailadres is. De site maakt er een "
                  "link van die het mailprogramma opent; met een fout adres komt de mail "
                  "nergens aan.",
        oplossing="Schrijf het adres zoals u het in een mailprogramma typt, zonder 'mailto:', "
                  "bijvoorbeeld 'info@denhaag.nl'.",
        voorbeeld="loketten/zoetermeer/zm-bewindvoerdersdesk.yaml:12:8: email: "
                  "'bewindvoerdersdesk(at)zoetermeer.nl' is geen e-mailadres. Schrijf het adres "
                  "zonder 'mailto:', bijvoorbeeld 'info@denhaag.nl'.",
        bestand="loket",
    ),
    ErrorKind(
        code="openingstijden",
        titel="Openingstijden kloppen niet",
        ernst=ERROR,
        betekenis="Openingstijden schrijft u in een vaste notatie (die van OpenStreetMap), zodat "
                  "de site kan laten zien of het loket nu open is. Wat hier staat, kan het "
                  "programma niet lezen; de melding zegt welk stukje niet klopt.",
        oplossing="Gebruik de Engelse afkortingen voor de dagen (Mo Tu We Th Fr Sa Su, en PH "
                  "voor feestdagen) en tijden met vier cijfers, zoals 09:00-17:00. Zet een "
                  "puntkomma tussen de delen, bijvoorbeeld 'Mo-Fr 09:00-17:00; Sa 10:00-12:00; "
                  "PH off'.",
        voorbeeld="loketten/landelijk/belastingdienst.yaml:11:17: openingstijden: de "
                  "openingstijden kloppen niet: onbekende dag in 'Ma-Do' (gebruik Mo Tu We Th Fr "
                  "Sa Su PH). Schrijf bijvoorbeeld 'Mo-Fr 09:00-17:00; Sa 10:00-12:00; PH off'.",
        bestand="loket",
    ),

    # --- Nieuwe bestanden en concepten --------------------------------------------------------
    ErrorKind(
        code="concept",
        titel="Concept: nog niet op de site",
        ernst=WARNING,
        betekenis="Dit bestand heeft 'status: concept'. Zo begint elk bestand dat u maakt met "
                  "'routekaart nieuw'. De velden worden wel gecontroleerd, maar de regeling of "
                  "het loket komt nog niet op de site, en andere bestanden kunnen er nog niet "
                  "naar verwijzen.",
        oplossing="Vul alle regels met 'IN TE VULLEN' in en zet 'status' op 'open' (of op "
                  "'te-controleren' als u de gegevens nog niet in een openbare bron hebt "
                  "gevonden). Controleer daarna opnieuw met 'routekaart validate'.",
        voorbeeld="regelingen/den-haag/dh-energietoeslag.yaml:24:9: status: waarschuwing: deze "
                  "regeling is een concept en komt nog niet op de site. Vul alles in en zet "
                  "'status' op 'open' (of 'te-controleren').",
        bestand="regeling, loket",
    ),
    ErrorKind(
        code="invulinstructie",
        titel="Invulinstructie nog niet vervangen",
        ernst=ERROR,
        betekenis="Dit bestand is geen concept meer, maar er staat nog een instructie uit het "
                  "nieuwe bestand in: een tekst die begint met 'IN TE VULLEN:', of een "
                  "voorbeeldadres op in-te-vullen.invalid. Zo'n tekst mag niet op de site komen.",
        oplossing="Vervang elke instructie door de echte tekst of het echte webadres; zoek in "
                  "het bestand op 'IN TE VULLEN' en 'in-te-vullen.invalid' om ze allemaal te "
                  "vinden. Een veld dat niet verplicht is, mag u ook weghalen. Zet 'status' terug "
                  "op 'concept' als u nog niet klaar bent.",
        voorbeeld="regelingen/den-haag/dh-energietoeslag.yaml:12:7: naam: hier staat nog een "
                  "invulinstructie uit het nieuwe bestand. Vervang die door de echte tekst of "
                  "het echte webadres.",
        bestand="regeling, loket",
    ),

    # --- Verwijzingen tussen bestanden --------------------------------------------------------
    ErrorKind(
        code="onbekend-loket",
        titel="Loket bestaat niet",
        ernst=ERROR,
        betekenis="Onder 'loketten' noemt deze regeling een loket dat niet bestaat. De naam moet "
                  "precies gelijk zijn aan de id van een loket in de map loketten/ (de "
                  "bestandsnaam zonder .yaml). Een loket dat nog een concept is, telt ook nog "
                  "niet mee.",
        oplossing="Verbeter de naam; vaak stelt de melding de goede voor ('Bedoelt u …?'). "
                  "Bestaat het loket echt nog niet? Maak het dan aan met 'routekaart nieuw "
                  "loket'.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:38:12: loketten[0]: het loket "
                  "'dienst-toeslag' bestaat niet. Bedoelt u 'dienst-toeslagen'?",
        bestand="regeling",
    ),
    ErrorKind(
        code="onbekende-regeling",
        titel="Regeling onder zie_ook bestaat niet",
        ernst=ERROR,
        betekenis="Onder 'zie_ook' noemt deze regeling een andere regeling die niet bestaat. De "
                  "naam moet precies gelijk zijn aan de id van een regeling (de bestandsnaam "
                  "zonder .yaml). Een regeling die nog een concept is, telt ook nog niet mee.",
        oplossing="Verbeter de naam; vaak stelt de melding de goede voor ('Bedoelt u …?'). Is de "
                  "andere regeling weggehaald? Haal de verwijzing dan ook weg.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:39:11: zie_ook[0]: de regeling "
                  "'huurtoeslagen' bestaat niet. Bedoelt u 'huurtoeslag'?",
        bestand="regeling",
    ),
    ErrorKind(
        code="geen-ingang",
        titel="Geen loket en geen aanvraaglink",
        ernst=ERROR,
        betekenis="Deze regeling noemt geen loket en heeft ook geen 'aanvraag_link'. Inwoners "
                  "lezen dan wel wat de regeling is, maar niet waar ze die kunnen aanvragen of "
                  "hulp kunnen krijgen.",
        oplossing="Zet minstens één loket onder 'loketten' (de id van een loket), of vul "
                  "'aanvraag_link' in met het webadres waar inwoners de regeling aanvragen.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:2:1: loketten: deze regeling noemt "
                  "geen loket en geen aanvraag_link. Inwoners moeten weten waar ze heen kunnen: "
                  "voeg er minstens één toe.",
        bestand="regeling",
    ),
    ErrorKind(
        code="zie-ook-eenzijdig",
        titel="Zie ook werkt maar één kant op",
        ernst=ERROR,
        betekenis="Deze regeling noemt een andere regeling onder 'zie_ook', maar die andere "
                  "noemt deze niet terug. Verwante regelingen verwijzen altijd naar elkaar, zodat "
                  "de lezer vanaf beide pagina's de andere vindt.",
        oplossing="Zet de id van deze regeling onder 'zie_ook' in het andere bestand; de melding "
                  "noemt welk bestand dat is. Hoort de verwijzing er niet bij? Haal hem dan hier "
                  "weg.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:39:10: zie_ook: 'kindgebonden-budget' "
                  "noemt 'zorgtoeslag' niet terug onder zie_ook. Voeg 'zorgtoeslag' toe aan "
                  "zie_ook in regelingen/landelijk/kindgebonden-budget.yaml.",
        bestand="regeling",
    ),
    ErrorKind(
        code="tweeling",
        titel="Landelijke regeling ontbreekt onder zie_ook",
        ernst=ERROR,
        betekenis="Deze gemeentelijke regeling heeft dezelfde naam als een landelijke regeling, "
                  "met de gemeente ervoor, zoals 'dh-bijzondere-bijstand' en "
                  "'bijzondere-bijstand'. Zo'n tweeling moet naar de landelijke regeling "
                  "verwijzen, en de landelijke terug.",
        oplossing="Zet de landelijke regeling onder 'zie_ook' in dit bestand, en deze regeling "
                  "onder 'zie_ook' in het landelijke bestand.",
        voorbeeld="regelingen/den-haag/dh-bijzondere-bijstand.yaml:2:5: zie_ook: de landelijke "
                  "regeling 'bijzondere-bijstand' hoort bij deze regeling. Zet "
                  "'bijzondere-bijstand' onder zie_ook (en 'dh-bijzondere-bijstand' in "
                  "bijzondere-bijstand).",
        bestand="regeling",
    ),
    ErrorKind(
        code="dubbele-naam",
        titel="Naam wordt al gebruikt",
        ernst=ERROR,
        betekenis="Twee regelingen in hetzelfde gebied hebben dezelfde naam; hoofdletters tellen "
                  "daarbij niet mee. Inwoners kunnen ze dan in overzichten en zoekresultaten niet "
                  "uit elkaar houden.",
        oplossing="Maak de naam van een van de twee duidelijk anders, bijvoorbeeld door te "
                  "zeggen voor wie de regeling is of wat die oplevert. Is het per ongeluk een "
                  "kopie van een ander bestand? Haal de kopie dan weg.",
        voorbeeld="regelingen/den-haag/dh-ooievaarspas.yaml:3:7: naam: de naam 'Ooievaarspas' "
                  "wordt in den-haag al gebruikt door "
                  "regelingen/den-haag/dh-kinderen-doen-mee.yaml. Maak de naam duidelijk anders.",
        bestand="regeling",
    ),
    ErrorKind(
        code="loket-ongebruikt",
        titel="Loket wordt nergens genoemd",
        ernst=WARNING,
        betekenis="Geen enkele regeling en geen enkele routekaart noemt dit loket. Lezers komen "
                  "er dan vanaf een regeling of een route nooit terecht.",
        oplossing="Noem het loket onder 'loketten' bij de regelingen waarbij het helpt, of in "
                  "een uitkomst van een routekaart. Bestaat het loket niet meer? Haal het "
                  "bestand dan weg.",
        voorbeeld="loketten/den-haag/wijkcentrum-escamp.yaml:2:5: id: waarschuwing: het loket "
                  "'wijkcentrum-escamp' wordt door geen enkele regeling genoemd. Noem het bij een "
                  "regeling onder 'loketten', of haal het weg.",
        bestand="loket",
    ),

    # --- Bedragen, parameters en regels voor de check -----------------------------------------
    ErrorKind(
        code="bedrag-in-tekst",
        titel="Bedrag getypt in een tekst",
        ernst=ERROR,
        betekenis="In een tekst staat een bedrag dat met de hand is getypt, zoals '€ 129' of "
                  "'129 euro'. Zo'n bedrag verandert niet vanzelf als het volgend jaar anders "
                  "wordt, en in de vertalingen klopt het dan ook niet meer.",
        oplossing="Zet het bedrag onder 'parameters', met de datum vanaf wanneer het geldt en de "
                  "bron. Schrijf in de tekst de naam van de parameter tussen accolades, "
                  "bijvoorbeeld {max_toeslag_alleen}; de site vult dan het juiste bedrag in.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:17:15: wat_krijgt_u: er staat een "
                  "bedrag in de tekst. Zet bedragen onder 'parameters' (met datum en bron) en "
                  "gebruik hier {naam}, dan klopt het in alle talen en elk jaar.",
        bestand="regeling, loket, norm",
    ),
    ErrorKind(
        code="onbekende-plaatshouder",
        titel="Plaatshouder noemt een onbekend bedrag",
        ernst=ERROR,
        betekenis="Een plaatshouder is een naam tussen accolades in een tekst, zoals "
                  "{max_toeslag_alleen}; op de site komt daar het bedrag te staan. Deze "
                  "plaatshouder noemt een parameter die niet in dit bestand staat en ook niet in "
                  "een norm.",
        oplossing="Maak de naam precies gelijk aan een parameter onder 'parameters'; vaak stelt "
                  "de melding de goede voor. Voor een bedrag uit een norm schrijft u de norm en "
                  "de naam met een punt ertussen, bijvoorbeeld {bijstandsnorm.alleenstaand}.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:17:15: wat_krijgt_u: de plaatshouder "
                  "{max_toeslag_alleenstaand} verwijst naar een bedrag dat niet bestaat. Bedoelt "
                  "u 'max_toeslag_alleen'?",
        bestand="regeling, loket, norm",
    ),
    ErrorKind(
        code="parameter-zonder-waarde",
        titel="Parameter zonder waarde",
        ernst=ERROR,
        betekenis="Deze parameter heeft geen enkele waarde onder 'waarden'. De site en de check "
                  "weten dan niet welk bedrag ze moeten gebruiken.",
        oplossing="Zet onder 'waarden' minstens één waarde, met 'vanaf', 'waarde', 'bron' en "
                  "'zekerheid'. Wordt de parameter nergens gebruikt? Haal hem dan weg.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:101:1: parameters.max_toeslag_alleen: "
                  "deze parameter heeft geen enkele waarde. Voeg een waarde toe met vanaf, "
                  "waarde, bron en zekerheid.",
        bestand="regeling, norm",
    ),
    ErrorKind(
        code="brondatum-ontbreekt",
        titel="Bedrag zonder datum van de bron",
        ernst=ERROR,
        betekenis="Bij dit bedrag staat een bron, maar niet van wanneer die bron is. Lezers en "
                  "professionals moeten kunnen zien hoe oud een cijfer is; een cijfer voor 2027 "
                  "uit een bron van 2023 is iets anders dan een uit een bron van december 2026.",
        oplossing="Zet bij de waarde 'bron_datum:' met de datum die op de pagina of in het "
                  "document staat (publicatie of 'laatst gewijzigd'), bijvoorbeeld 2026-11-14. "
                  "Noemt de bron geen datum? Schrijf dan 'geen datum'. Zet ook 'geraadpleegd:' "
                  "met de dag waarop u de bron opende.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:72:9: "
                  "parameters.inkomensgrens_alleen.waarden[1].bron_datum: bij dit bedrag staat "
                  "niet van wanneer de bron is. Voeg 'bron_datum:' toe met de datum die op de "
                  "bron staat, of 'geen datum' als de bron geen datum noemt. Zo ziet een lezer "
                  "hoe oud het cijfer is.",
        bestand="regeling, norm",
    ),
    ErrorKind(
        code="dubbele-vanaf",
        titel="Twee waarden met dezelfde datum",
        ernst=ERROR,
        betekenis="Bij deze parameter staan twee waarden met dezelfde 'vanaf'-datum. Het "
                  "programma weet dan niet welk bedrag vanaf die dag geldt.",
        oplossing="Houd één waarde per datum over. Is het een nieuw bedrag voor een nieuw jaar? "
                  "Verbeter dan de datum, bijvoorbeeld naar 1 januari van dat jaar.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:56:16: "
                  "parameters.inkomensgrens_alleen.waarden[1].vanaf: er staat al een waarde "
                  "vanaf 2025-01-01 (nummer 1). Elke datum mag maar één keer voorkomen.",
        bestand="regeling, norm",
    ),
    ErrorKind(
        code="volgorde-waarden",
        titel="Waarden staan niet op volgorde",
        ernst=ERROR,
        betekenis="De waarden van een parameter staan op volgorde van datum: de oudste bovenaan, "
                  "de nieuwste onderaan. Hier staat een waarde met een oudere datum onder een "
                  "nieuwere.",
        oplossing="Zet de waarden op volgorde van 'vanaf', met de oudste bovenaan. Kijk ook of "
                  "de datum klopt; vaak is het jaartal verkeerd getypt.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:56:16: "
                  "parameters.inkomensgrens_alleen.waarden[1].vanaf: de datums staan niet op "
                  "volgorde: 2024-01-01 komt na 2025-01-01. Zet de oudste waarde bovenaan.",
        bestand="regeling, norm",
    ),
    ErrorKind(
        code="bron-ontbreekt",
        titel="Bedrag zonder bron",
        ernst=ERROR,
        betekenis="Bij deze waarde staat wel een bedrag, maar geen bron. Elk bedrag op de site "
                  "moet na te kijken zijn in een openbare bron: zonder bron geen bedrag.",
        oplossing="Zet bij de waarde 'bron:' met het webadres van de pagina of het document "
                  "waar het bedrag staat. Vindt u het bedrag alleen in een andere bron dan de "
                  "officiële, bijvoorbeeld een nieuwsbericht? Gebruik die dan en zet 'zekerheid' "
                  "op 'secundair'.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:56:9: "
                  "parameters.inkomensgrens_alleen.waarden[1].bron: dit bedrag heeft geen bron. "
                  "Voeg 'bron:' toe met het webadres waar dit bedrag staat; zonder bron geen "
                  "bedrag.",
        bestand="regeling, norm",
    ),
    ErrorKind(
        code="tot-voor-vanaf",
        titel="Einddatum ligt vóór de begindatum",
        ernst=ERROR,
        betekenis="Bij deze waarde ligt 'tot' (de laatste dag waarop de waarde geldt) vóór "
                  "'vanaf' (de eerste dag). Dat kan niet: een waarde kan pas aflopen nadat hij is "
                  "ingegaan.",
        oplossing="Kijk beide datums na. Vaak is het jaartal verkeerd, bijvoorbeeld 2025-12-31 "
                  "waar 2026-12-31 bedoeld is.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:58:14: "
                  "parameters.inkomensgrens_alleen.waarden[1].tot: 'tot' (2025-12-31) ligt voor "
                  "'vanaf' (2026-01-01). Een waarde kan pas aflopen nadat hij is ingegaan.",
        bestand="regeling, norm",
    ),
    ErrorKind(
        code="regel",
        titel="Regel voor de check klopt niet",
        ernst=ERROR,
        betekenis="Onder 'regels' staan de voorwaarden die de check kan toetsen, zoals een "
                  "leeftijd of een inkomensgrens. Deze regel kan het programma niet gebruiken: "
                  "het soort ('type') is onbekend, er mist iets, er staat iets bij dat niet bij "
                  "dit soort hoort, of een grens noemt een bedrag dat niet bestaat. De melding "
                  "zegt wat er mis is.",
        oplossing="Kijk in de redactiehandleiding onder 'Soorten regels' wat bij dit soort regel "
                  "hoort. Een grens is een getal of de naam van een parameter uit hetzelfde "
                  "bestand, of uit een norm (zoals bijstandsnorm.alleenstaand). Vaak stelt de "
                  "melding de goede naam voor.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:133:13: regels[1].alleen: "
                  "'inkomensgrens_alleenstaand' is geen getal en geen bestaande parameter. "
                  "Gebruik een getal of de naam van een bedrag onder 'parameters'.",
        bestand="regeling",
    ),
    ErrorKind(
        code="berekening",
        titel="Berekening van het bedrag klopt niet",
        ernst=ERROR,
        betekenis="Onder 'berekening' staat hoe de check het bedrag van deze regeling uitrekent: "
                  "een soort ('type') en de namen van de parameters die de berekening gebruikt. "
                  "Deze berekening kan het programma niet gebruiken: het soort is onbekend, er "
                  "mist een parameter, er staat iets bij dat niet bij dit soort hoort, of een "
                  "naam verwijst naar een bedrag dat niet bestaat. De melding zegt wat er mis is.",
        oplossing="Kijk in de redactiehandleiding onder 'Soorten berekeningen' wat bij dit soort "
                  "hoort. Schrijf geen getallen in de berekening: zet elk bedrag onder "
                  "'parameters' (met datum en bron) of gebruik een norm, en noem hier de naam. "
                  "Vaak stelt de melding de goede naam voor.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:150:20: berekening.standaardpremie: "
                  "'standaardpremi' is geen bestaande parameter. Bedoelt u 'standaardpremie'?",
        bestand="regeling",
    ),

    # --- Routekaarten -------------------------------------------------------------------------
    ErrorKind(
        code="route-onbekende-stap",
        titel="Stap bestaat niet",
        ernst=ERROR,
        betekenis="De 'start' van de route, een antwoord of een 'naar' verwijst naar een stap "
                  "die niet onder 'stappen' staat. De lezer zou dan nergens uitkomen.",
        oplossing="Maak de naam precies gelijk aan de naam van een stap; vaak stelt de melding "
                  "de goede voor. Of voeg de ontbrekende stap toe.",
        voorbeeld="flows/inwoners-geldzorgen.yaml:69:15: "
                  "stappen.gemeente-kiezen.antwoorden[1].naar: de stap 'hulp-zoetermer' bestaat "
                  "niet. Bedoelt u 'hulp-zoetermeer'?",
        bestand="route",
    ),
    ErrorKind(
        code="route-te-weinig-antwoorden",
        titel="Vraag met te weinig antwoorden",
        ernst=ERROR,
        betekenis="Een stap met 'soort: vraag' laat de lezer kiezen, dus hij heeft minstens "
                  "twee antwoorden nodig. Deze vraag heeft er minder.",
        oplossing="Voeg een antwoord toe, met een 'tekst' en een 'naar'. Is er eigenlijk niets "
                  "te kiezen? Maak er dan een advies van: 'soort: advies' met één 'naar'.",
        voorbeeld="flows/inwoners-geldzorgen.yaml:62:5: stappen.gemeente-kiezen: de vraag "
                  "'gemeente-kiezen' heeft 1 antwoord(en); een vraag heeft er minstens twee. "
                  "Maak er een advies van (met 'naar') of voeg een antwoord toe.",
        bestand="route",
    ),
    ErrorKind(
        code="route-doodlopend",
        titel="Stap loopt dood",
        ernst=ERROR,
        betekenis="Deze stap is geen uitkomst, maar er gaat ook geen pad verder: er is geen "
                  "'naar' en er zijn geen antwoorden. De lezer kan dan niet verder.",
        oplossing="Geef de stap een 'naar' met de volgende stap, of antwoorden die ergens "
                  "naartoe gaan. Is dit het einde van de route? Maak er dan een uitkomst van "
                  "('soort: uitkomst') en noem de regelingen of loketten waar de lezer "
                  "terechtkan.",
        voorbeeld="flows/inwoners-geldzorgen.yaml:30:5: stappen.spoed: de stap 'spoed' loopt "
                  "dood: er gaat geen pad verder. Geef een 'naar' of antwoorden, of maak het een "
                  "'uitkomst'.",
        bestand="route",
    ),
    ErrorKind(
        code="route-uitkomst-vervolg",
        titel="Uitkomst met een vervolg",
        ernst=ERROR,
        betekenis="Deze stap is een uitkomst, dus het einde van de route. Toch heeft hij een "
                  "'naar' of antwoorden.",
        oplossing="Haal 'naar' en 'antwoorden' weg. Moet de route hier nog verder? Maak de stap "
                  "dan een advies (met 'naar') of een vraag (met antwoorden).",
        voorbeeld="flows/inwoners-geldzorgen.yaml:71:5: stappen.hulp-den-haag: de uitkomst "
                  "'hulp-den-haag' heeft toch een vervolg. Een uitkomst is het einde van de "
                  "route.",
        bestand="route",
    ),
    ErrorKind(
        code="route-lege-uitkomst",
        titel="Uitkomst zonder regeling of loket",
        ernst=ERROR,
        betekenis="Deze uitkomst noemt geen regeling en geen loket. Aan het eind van een route "
                  "moet de lezer weten waar hij terechtkan.",
        oplossing="Zet minstens één id onder 'regelingen' of 'loketten'. Verschilt het loket per "
                  "gemeente? Gebruik dan 'loketten_per_gemeente' met 'den-haag' en 'zoetermeer'.",
        voorbeeld="flows/inwoners-geldzorgen.yaml:79:5: stappen.hulp-zoetermeer: de uitkomst "
                  "'hulp-zoetermeer' noemt geen regeling en geen loket. Zeg waar de lezer "
                  "terechtkan.",
        bestand="route",
    ),
    ErrorKind(
        code="route-onbekende-regeling",
        titel="Regeling in de route bestaat niet",
        ernst=ERROR,
        betekenis="Een stap van de route noemt onder 'regelingen' een regeling die niet bestaat. "
                  "De naam moet precies gelijk zijn aan de id van een regeling (de bestandsnaam "
                  "zonder .yaml); een regeling die nog een concept is, telt nog niet mee.",
        oplossing="Verbeter de naam; vaak stelt de melding de goede voor ('Bedoelt u …?'). Is de "
                  "regeling weggehaald? Haal hem dan ook uit de route.",
        voorbeeld="flows/inwoners-geldzorgen.yaml:84:31: stappen.hulp-zoetermeer.regelingen[1]: "
                  "de regeling 'huurtoeslagen' bestaat niet. Bedoelt u 'huurtoeslag'?",
        bestand="route",
    ),
    ErrorKind(
        code="route-onbekend-loket",
        titel="Loket in de route bestaat niet",
        ernst=ERROR,
        betekenis="Een stap van de route noemt onder 'loketten' of 'loketten_per_gemeente' een "
                  "loket dat niet bestaat. De naam moet precies gelijk zijn aan de id van een "
                  "loket (de bestandsnaam zonder .yaml); een loket dat nog een concept is, telt "
                  "nog niet mee.",
        oplossing="Verbeter de naam; vaak stelt de melding de goede voor ('Bedoelt u …?'). "
                  "Bestaat het loket echt nog niet? Maak het dan aan met 'routekaart nieuw "
                  "loket'.",
        voorbeeld="flows/inwoners-geldzorgen.yaml:85:16: stappen.hulp-zoetermeer.loketten[0]: "
                  "het loket 'dienst-toeslag' bestaat niet. Bedoelt u 'dienst-toeslagen'?",
        bestand="route",
    ),
    ErrorKind(
        code="route-onbereikbaar",
        titel="Stap is niet te bereiken",
        ernst=ERROR,
        betekenis="Vanaf de start van de route komt een lezer nooit bij deze stap: geen enkel "
                  "antwoord en geen enkele 'naar' leidt ernaartoe, ook niet via een omweg.",
        oplossing="Laat een antwoord of een 'naar' van een andere stap naar deze stap wijzen. "
                  "Is de stap niet meer nodig? Haal hem dan weg.",
        voorbeeld="flows/inwoners-geldzorgen.yaml:79:5: stappen.hulp-zoetermeer: de stap "
                  "'hulp-zoetermeer' is vanaf de start niet te bereiken. Verwijs ernaar vanuit "
                  "een andere stap, of haal hem weg.",
        bestand="route",
    ),
    ErrorKind(
        code="route-kring",
        titel="Route loopt in een kring",
        ernst=ERROR,
        betekenis="Als de lezer de route volgt, komt hij weer uit bij een stap waar hij al was. "
                  "De melding laat de kring zien, met een pijl (→) tussen de stappen. Een route "
                  "moet altijd vooruitgaan naar een uitkomst.",
        oplossing="Zoek het antwoord of de 'naar' die terugwijst naar een eerdere stap, en laat "
                  "die naar een nieuwe stap of een uitkomst wijzen. Een knop om terug te gaan "
                  "hoeft u niet zelf te maken: elke pagina van de route heeft die al.",
        voorbeeld="flows/inwoners-geldzorgen.yaml:62:5: stappen.gemeente-kiezen: de route loopt "
                  "in een kring: begin → spoed → gemeente-kiezen → begin. Een route gaat altijd "
                  "vooruit naar een uitkomst.",
        bestand="route",
    ),

    # --- De vragen van de check (vragen.yaml) -------------------------------------------------
    ErrorKind(
        code="onbekende-vraag",
        titel="Onbekende vraag",
        ernst=ERROR,
        betekenis="Elke vraag in vragen.yaml hoort bij een vaste antwoordsleutel die de check "
                  "kent, zoals 'leeftijd' of 'gemeente'. Deze 'id' is geen van die sleutels, dus "
                  "de check kan niets met het antwoord; de vraag wordt overgeslagen.",
        oplossing="Verbeter de id; vaak stelt de melding de goede voor ('Bedoelt u …?'). Een "
                  "nieuwe soort vraag kan alleen een ontwikkelaar toevoegen, omdat de check ook "
                  "moet leren wat hij met het antwoord doet.",
        voorbeeld="vragen.yaml:13:9: vragen[1].id: 'leeftyd' is geen antwoordsleutel van de "
                  "check. Bedoelt u 'leeftijd'?",
        bestand="vragen.yaml",
    ),
    ErrorKind(
        code="dubbele-vraag",
        titel="Vraag staat er twee keer in",
        ernst=ERROR,
        betekenis="Deze vraag staat twee keer in vragen.yaml. Alleen de eerste wordt gebruikt.",
        oplossing="Haal een van de twee weg. Wilt u iets anders vragen? Kijk dan of u de "
                  "verkeerde id hebt gebruikt.",
        voorbeeld="vragen.yaml:21:9: vragen[3].id: de vraag 'leeftijd' staat er twee keer in.",
        bestand="vragen.yaml",
    ),
    ErrorKind(
        code="verkeerde-soort",
        titel="Verkeerde soort antwoord bij een vraag",
        ernst=ERROR,
        betekenis="Bij elke vraag hoort een vaste soort antwoord, bijvoorbeeld een heel getal "
                  "bij 'leeftijd' of ja/nee bij 'partner'. Bij deze vraag staat onder 'soort' "
                  "iets anders dan de check verwacht.",
        oplossing="Zet 'soort' op de soort die de melding noemt.",
        voorbeeld="vragen.yaml:14:12: vragen[1].soort: de vraag 'leeftijd' heeft een antwoord "
                  "van soort 'geheel', niet 'keuze'.",
        bestand="vragen.yaml",
    ),
    ErrorKind(
        code="onbekende-optie",
        titel="Knop met een onbekend antwoord",
        ernst=ERROR,
        betekenis="Bij een keuzevraag heeft elke knop een 'waarde' die de check kent. Deze "
                  "waarde kent de check niet, dus met deze knop kan hij niets.",
        oplossing="Verander 'waarde' in een van de antwoorden die de check kent (vaak stelt de "
                  "melding er een voor). De 'tekst' op de knop mag u vrij kiezen; alleen de "
                  "'waarde' ligt vast.",
        voorbeeld="vragen.yaml:35:18: vragen[5].opties[1].waarde: 'koopwoning' is geen "
                  "mogelijk antwoord op 'woonsituatie'.",
        bestand="vragen.yaml",
    ),
    ErrorKind(
        code="optie-ontbreekt",
        titel="Antwoord zonder knop",
        ernst=ERROR,
        betekenis="De check kent bij deze vraag een antwoord waarvoor nog geen knop is. "
                  "Inwoners voor wie dat antwoord geldt, kunnen het dan niet kiezen.",
        oplossing="Zet onder 'opties' een knop voor elk antwoord uit de melding, met 'waarde' "
                  "(precies zoals in de melding) en 'tekst' (wat er op de knop staat).",
        voorbeeld="vragen.yaml:5:5: vragen[0].opties: deze antwoorden hebben nog geen knop: "
                  "anders.",
        bestand="vragen.yaml",
    ),

    # --- Vertalingen --------------------------------------------------------------------------
    ErrorKind(
        code="po-onleesbaar",
        titel="Vertaalbestand kan niet worden gelezen",
        ernst=ERROR,
        betekenis="Een regel van een vertaalbestand (een .po-bestand in de map translations/) "
                  "klopt niet: een tekst tussen aanhalingstekens wordt niet afgesloten (dan zou "
                  "er stil een teken wegvallen), een regel hoort er niet in, of msgid en msgstr "
                  "staan niet in de goede volgorde.",
        oplossing="Ga naar de genoemde regel en vergelijk hem met een goed stuk van het "
                  "bestand. Of laat het vertaalprogramma (zoals Poedit) het bestand opnieuw "
                  "opslaan.",
        voorbeeld="translations/tr/LC_MESSAGES/content.po:1387:8: de tekst tussen "
                  "aanhalingstekens wordt op deze regel niet goed afgesloten. Zet aan het eind "
                  "een \"; een \" in de tekst zelf schrijft u als \\\".",
        bestand="vertaling",
    ),
    ErrorKind(
        code="po-plaatshouder",
        titel="Vertaling heeft andere plaatshouders",
        ernst=ERROR,
        betekenis="In de Nederlandse tekst staan plaatshouders tussen accolades, zoals "
                  "{max_toeslag_alleen}; daar komt op de site een bedrag. De vertaling moet "
                  "precies dezelfde plaatshouders hebben, anders ontbreekt er een bedrag of staat "
                  "er een verkeerd bedrag.",
        oplossing="Neem de plaatshouders tussen { } letterlijk over uit het Nederlands, zonder "
                  "ze te vertalen; de melding zegt welke ontbreken en welke te veel zijn. Alleen "
                  "de tekst eromheen vertaalt u, en de volgorde mag anders zijn.",
        voorbeeld="translations/ar/LC_MESSAGES/content.po:11472:1: regeling:zorgtoeslag: de "
                  "vertaling heeft andere plaatshouders dan het Nederlands (ontbreekt: "
                  "{max_toeslag_alleen}; extra: {max_toeslag}). Neem de plaatshouders tussen {} "
                  "precies over.",
        bestand="vertaling",
    ),
    ErrorKind(
        code="po-bedrag",
        titel="Bedrag getypt in een vertaling",
        ernst=ERROR,
        betekenis="In de vertaling staat een getypt bedrag, zoals '129 euro', dat niet in de "
                  "Nederlandse tekst staat. Zo'n bedrag verandert niet mee als het bedrag "
                  "verandert.",
        oplossing="Haal het bedrag uit de vertaling en neem de plaatshouder uit het Nederlands "
                  "over, bijvoorbeeld {max_toeslag_alleen}.",
        voorbeeld="translations/ar/LC_MESSAGES/content.po:11443:1: regeling:zorgtoeslag: de "
                  "vertaling bevat een bedrag dat niet in het Nederlands staat. Typ geen "
                  "bedragen in vertalingen; neem de plaatshouder over.",
        bestand="vertaling",
    ),

    # --- Leesbaarheid -------------------------------------------------------------------------
    ErrorKind(
        code="leesbaarheid",
        titel="Tekst is misschien te moeilijk",
        ernst=WARNING,
        betekenis="Een tekst is waarschijnlijk te moeilijk voor zijn taalniveau: B1 voor de "
                  "gewone Nederlandse teksten, A2 voor Makkelijk Nederlands. Het programma telt "
                  "hoe lang de zinnen en de woorden zijn (de Flesch-Douma-score: hoe hoger, hoe "
                  "makkelijker). Het is een hulpmiddel, geen oordeel: heel korte teksten, zoals "
                  "namen, worden niet gemeten.",
        oplossing="Maak lange zinnen korter: één gedachte per zin, met korte, bekende woorden. "
                  "De melding noemt het getal en de grens, zodat u ziet hoeveel het scheelt. "
                  "Vindt u de tekst na nalezen toch duidelijk, dan mag de waarschuwing blijven "
                  "staan.",
        voorbeeld="regelingen/landelijk/aio-aanvulling.yaml: voor_wie: waarschuwing: "
                  "B1-leesbaarheid: een zin heeft 28 woorden (B1: hoogstens 25). Maak de zinnen "
                  "korter of gebruik kortere woorden.",
        bestand="regeling, loket, norm, route, vragen.yaml, vertaling",
    ),

    # --- Jaarlijks onderhoud en verouderde gegevens -------------------------------------------
    ErrorKind(
        code="waarde-in-te-vullen",
        titel="Bedrag voor het nieuwe jaar nog niet ingevuld",
        ernst=WARNING,
        betekenis="'routekaart jaarovergang --schrijf' heeft hier een regel voor het nieuwe jaar "
                  "klaargezet, maar 'waarde' is nog leeg. Tot u het invult, toont de site het "
                  "bedrag van vorig jaar met het jaartal erbij, zoals '(bedrag van 2026; het "
                  "bedrag voor 2027 is nog niet bekend)'. De check gebruikt het oude bedrag niet "
                  "en zegt bij deze voorwaarde 'misschien'.",
        oplossing="Zoek het nieuwe bedrag op en vul 'waarde' en 'bron' in. Zet 'zekerheid' op "
                  "'bevestigd' als de bron officieel is. De uitleg achter het hekje (#) mag u "
                  "daarna weghalen.",
        voorbeeld="normen/bijstandsnorm.yaml:42:16: parameters.alleenstaand.waarden[3].waarde: "
                  "waarschuwing: het bedrag vanaf 2027-01-01 is nog niet ingevuld. Vul het "
                  "bedrag en de bron in. Tot dan noemt de site het vorige bedrag mét zijn jaartal "
                  "en zegt de check 'misschien'.",
        bestand="regeling, norm",
    ),
    ErrorKind(
        code="verouderd",
        titel="Lang niet nagekeken",
        ernst=WARNING,
        betekenis="Volgens 'gecontroleerd_op' heeft niemand dit bestand in de afgelopen twaalf "
                  "maanden nagekeken. Adressen, telefoonnummers, voorwaarden en routes "
                  "veranderen; wat lang niet is nagekeken, klopt misschien niet meer.",
        oplossing="Kijk alle gegevens na in de bronnen; loop bij een routekaart de hele route "
                  "na. Verbeter wat niet meer klopt en zet bij 'gecontroleerd_op' de datum van "
                  "vandaag, als JJJJ-MM-DD.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:45:19: gecontroleerd_op: "
                  "waarschuwing: voor het laatst gecontroleerd op 2025-10-02, langer dan twaalf "
                  "maanden geleden. Kijk de gegevens na en zet de datum van vandaag.",
        bestand="regeling, loket, norm, route",
    ),
    ErrorKind(
        code="bron-ouder-dan-jaar",
        titel="Bron is ouder dan het jaar van het bedrag",
        ernst=WARNING,
        betekenis="Het bedrag geldt vanaf een datum in een bepaald jaar, maar de bron die u "
                  "erbij noemt heeft een datum van een eerder jaar. Dan is niet zeker dat het "
                  "bedrag in dat jaar nog klopt. De site zou een oud bedrag laten zien alsof het "
                  "nieuw is.",
        oplossing="Zoek een bron die het bedrag voor dat jaar noemt, het liefst van de "
                  "instantie zelf. Zet het webadres bij 'bron' en de datum die de bron zelf "
                  "noemt bij 'bron_datum'. Noemt de bron geen datum? Schrijf dan 'geen datum'.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:52:21: "
                  "parameters.inkomensgrens_alleen.waarden[1].bron_datum: waarschuwing: het "
                  "bedrag vanaf 2026-01-01 rust op een bron van 2024-03-12, van vóór 2026. Zoek "
                  "een bron die dit bedrag voor 2026 noemt en zet die met haar eigen datum bij "
                  "'bron' en 'bron_datum'.",
        bestand="regeling, norm",
    ),
    ErrorKind(
        code="toekomst-datum",
        titel="Controledatum ligt in de toekomst",
        ernst=ERROR,
        betekenis="De datum bij 'gecontroleerd_op' ligt na vandaag. Dat kan niet: u kunt niet "
                  "nakijken op een dag die nog moet komen. Vaak is het een tikfout in het jaar "
                  "of de maand.",
        oplossing="Zet de datum waarop u de gegevens echt hebt nagekeken, als JJJJ-MM-DD.",
        voorbeeld="loketten/den-haag/helpdesk-geldzaken.yaml:18:19: gecontroleerd_op: de datum "
                  "2026-12-23 ligt in de toekomst. Zet de datum waarop u de gegevens echt hebt "
                  "nagekeken.",
        bestand="regeling, loket, norm",
    ),

    # --- Grenzen en beveiliging (issue 15) ------------------------------------------------------
    ErrorKind(
        code="yaml-alias",
        titel="YAML-verwijzing (& of *)",
        ernst=ERROR,
        betekenis="In YAML kunt u met &naam een stuk een naam geven en het met *naam ergens "
                  "anders herhalen. Dat gebruiken we niet: het maakt bestanden moeilijk te lezen, "
                  "en een paar regels kunnen zo uitgroeien tot miljarden, waardoor alles vastloopt.",
        oplossing="Schrijf de waarde gewoon uit op elke plek waar u hem nodig hebt.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:4:12: hier staat een YAML-verwijzing "
                  "(&grens); die gebruiken we niet. Schrijf de waarde gewoon uit op elke plek "
                  "waar hij nodig is.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="te-diep",
        titel="Te veel lagen in elkaar",
        ernst=ERROR,
        betekenis="Blokken en lijsten zitten veel dieper in elkaar dan in een gewoon bestand. "
                  "Meestal is een haakje [ of { niet gesloten.",
        oplossing="Kijk vanaf de genoemde regel of elk haakje ook weer gesloten wordt.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:12:40: de blokken en lijsten zitten hier "
                  "meer dan 30 lagen diep in elkaar. Kijk of er haakjes [ of { niet gesloten zijn.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="bestand-te-groot",
        titel="Bestand is veel te groot",
        ernst=ERROR,
        betekenis="Het bestand is groter dan een gegevensbestand ooit hoeft te zijn. Meestal is "
                  "er per ongeluk een grote tekst in geplakt.",
        oplossing="Ga naar de genoemde regel (de langste van het bestand) en haal weg wat er niet "
                  "hoort.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:9:1: het bestand is groter dan 1,0 MB "
                  "(het meeste dat kan); de langste regel is deze. Haal de tekst weg die per "
                  "ongeluk is geplakt.",
        bestand=_ALL_YAML + ", vertaling",
    ),
    ErrorKind(
        code="tekst-te-lang",
        titel="Eén tekst is veel te lang",
        ernst=ERROR,
        betekenis="Eén veld bevat veel meer tekst dan een pagina kan tonen. Meestal is er iets "
                  "per ongeluk geplakt.",
        oplossing="Maak de tekst korter, of haal weg wat er per ongeluk in staat.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:8:13: wat_is_het: deze tekst is 25.000 "
                  "tekens lang; het meeste dat kan is 20.000. Maak de tekst korter; is er per "
                  "ongeluk iets geplakt?",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="bestand-onleesbaar",
        titel="Bestand kan niet worden geopend",
        ernst=ERROR,
        betekenis="Het programma mag of kan het bestand niet openen, bijvoorbeeld omdat het een "
                  "map is of omdat de rechten niet kloppen.",
        oplossing="Kijk of het een gewoon bestand is dat u zelf kunt openen.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml: het bestand kan niet worden gelezen "
                  "(Permission denied).",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="link-kring",
        titel="Snelkoppeling die nergens uitkomt",
        ernst=ERROR,
        betekenis="Het bestand is een snelkoppeling (link) naar een bestand dat niet bestaat, of "
                  "naar zichzelf. Zonder deze melding zou het bestand stil worden overgeslagen.",
        oplossing="Haal de link weg en zet het echte bestand op deze plek.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml: dit bestand is een snelkoppeling (link) "
                  "die nergens uitkomt of in een kring naar zichzelf wijst. Haal de link weg en "
                  "zet het echte bestand hier neer.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="link-buiten-repo",
        titel="Snelkoppeling naar buiten de site",
        ernst=ERROR,
        betekenis="Het bestand is een snelkoppeling naar een bestand buiten de map van de site. "
                  "Zo'n bestand staat niet in de geschiedenis van de site en kan zomaar "
                  "veranderen; het wordt niet gelezen.",
        oplossing="Zet het echte bestand op deze plek.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml: dit bestand is een snelkoppeling (link) "
                  "naar een bestand buiten de map van de site. Zet het echte bestand hier neer; "
                  "gegevens van buiten worden niet gelezen.",
        bestand=_ALL_YAML,
    ),
    ErrorKind(
        code="bedrag-notatie",
        titel="Bedrag in de verkeerde schrijfwijze",
        ernst=ERROR,
        betekenis="Een bedrag staat er met een euroteken, een komma of een punt voor de "
                  "duizendtallen. YAML leest 40.857 als veertig euro en 86 cent, en '€ 1.650,-' "
                  "als tekst; de check zou dan met een verkeerd bedrag rekenen.",
        oplossing="Schrijf alleen cijfers, zonder punt voor duizendtallen, en centen na een punt: "
                  "40857 of 1430.50.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:20:16: parameters.inkomensgrens_alleen."
                  "waarden[0].waarde: 40.857 leest als 40,857 euro, met een punt voor de centen. "
                  "Bedoelt u 40857? Schrijf bedragen zonder punt voor duizendtallen; centen na "
                  "een punt (1430.50).",
        bestand="regeling, norm",
    ),
    ErrorKind(
        code="negatief-bedrag",
        titel="Negatief bedrag",
        ernst=ERROR,
        betekenis="Een bedrag of grens is kleiner dan 0. Dan zou de check voor iedereen 'nee' "
                  "zeggen.",
        oplossing="Haal het minteken weg. Is er geen grens meer? Schrijf dan 'geen'.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:20:16: parameters.inkomensgrens_alleen."
                  "waarden[0].waarde: -40857 is negatief; een bedrag of grens is 0 of meer. Haal "
                  "het minteken weg. Is er geen grens meer? Schrijf dan 'geen'.",
        bestand="regeling, norm",
    ),
    ErrorKind(
        code="vanaf-ver-weg",
        titel="Datum ver in de toekomst",
        ernst="fout of waarschuwing",
        betekenis="Een bedrag gaat pas over vele jaren in (fout: meer dan tien jaar, bijna altijd "
                  "een tikfout zoals 2062 voor 2026), of een jaarbedrag gaat meer dan een jaar "
                  "vooruit in (waarschuwing). Door een tikfout verdwijnt het bedrag van dit jaar "
                  "van de site.",
        oplossing="Zet de datum waarop het bedrag echt ingaat, meestal 1 januari van dit of "
                  "volgend jaar.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:19:16: parameters.inkomensgrens_alleen."
                  "waarden[0].vanaf: de datum 2062-01-01 ligt 36 jaar in de toekomst; is het een "
                  "tikfout? Bedoelt u 2026 of 2027? Zet de datum waarop het bedrag echt ingaat.",
        bestand="regeling, norm",
    ),
    ErrorKind(
        code="kapotte-plaatshouder",
        titel="Plaatshouder klopt niet",
        ernst=ERROR,
        betekenis="Een tekst of vertaling bevat iets wat op een plaatshouder lijkt, maar niet "
                  "goed is geschreven: de sluitende } ontbreekt, of een percentage mist het "
                  "%-teken. Op de pagina zou dan de tekst met haakjes en al staan in plaats van "
                  "het bedrag.",
        oplossing="Schrijf {naam}, {norm.naam} of {norm.naam:130%}. Neem in vertalingen de "
                  "plaatshouder precies over uit het Nederlands.",
        voorbeeld="regelingen/landelijk/zorgtoeslag.yaml:9:15: wat_krijgt_u: "
                  "'{bijstandsnorm.alleenstaand:130}' is geen goede plaatshouder; zo komt het met "
                  "haakjes en al op de pagina. Schrijf een plaatshouder als {naam}, {norm.naam} of "
                  "{norm.naam:130%}: met een sluitende }, en een percentage met %.",
        bestand="regeling, loket, norm, vertaling",
    ),
    ErrorKind(
        code="gebied-map",
        titel="Regeling staat in de map van een andere gemeente",
        ernst=ERROR,
        betekenis="De map (den-haag, zoetermeer of landelijk) bepaalt voor wie een regeling op "
                  "de site en in de check staat. Deze regeling hoort bij een andere gemeente dan "
                  "haar map: haar id, al haar loketten of een regel wijzen daarop. Inwoners van de "
                  "verkeerde gemeente zouden haar dan aangeboden krijgen.",
        oplossing="Zet het bestand in de map van de goede gemeente, of verbeter de id, de "
                  "loketten of de regel.",
        voorbeeld="regelingen/zoetermeer/dh-ooievaarspas.yaml:1:5: id: de id begint met 'dh-' "
                  "(een regeling van Den Haag), maar het bestand staat in regelingen/zoetermeer/. "
                  "Zet het bestand in regelingen/den-haag/; de map bepaalt voor wie de regeling "
                  "op de site en in de check staat.",
        bestand="regeling",
    ),
    ErrorKind(
        code="route-gesloten-regeling",
        titel="Route eindigt bij een gesloten regeling",
        ernst=ERROR,
        betekenis="Een uitkomst van een routekaart noemt een regeling met status 'gesloten'. "
                  "Lezers zouden dan worden doorgestuurd naar iets wat niet meer bestaat.",
        oplossing="Haal de regeling uit de uitkomst, of noem de regeling die ervoor in de plaats "
                  "kwam.",
        voorbeeld="flows/geldzorgen.yaml:40:11: stappen.energie.regelingen[0]: de regeling "
                  "'energietoeslag' is gesloten; de route stuurt lezers hier naar iets wat niet "
                  "meer bestaat. Haal de regeling uit deze uitkomst of noem wat ervoor in de "
                  "plaats kwam.",
        bestand="route",
    ),
    ErrorKind(
        code="po-opmaak",
        titel="Opmaak of script in een vertaling van de website",
        ernst=ERROR,
        betekenis="Een vertaling van een tekst van de website zelf (menu, sitenaam, knoppen) "
                  "bevat HTML, zoals <b> of <script>. Sommige van die teksten komen zonder "
                  "bescherming in de pagina; opmaak of een script zou dan echt werken.",
        oplossing="Een vertaling is gewone tekst. Haal de opmaak weg.",
        voorbeeld="translations/en/LC_MESSAGES/messages.po:120:1: de vertaling bevat HTML-opmaak "
                  "of een script (zoals <b> of <script>). Een vertaling is gewone tekst; haal de "
                  "opmaak weg.",
        bestand="vertaling",
    ),
)

CATALOG: dict[str, ErrorKind] = {k.code: k for k in _KINDS}

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Het bestand zelf en de YAML-opmaak", (
        "geen-yaml", "geen-utf8", "leeg-bestand", "yaml-syntax", "dubbele-sleutel",
        "sleutel-geen-tekst", "onleesbare-waarde", "onmogelijke-datum", "geen-blok",
        "onbekend-gebied", "id-bestandsnaam", "dubbele-id", "yaml-alias", "te-diep",
        "bestand-te-groot", "tekst-te-lang", "bestand-onleesbaar", "link-kring",
        "link-buiten-repo", "gebied-map")),
    ("Velden en waarden", (
        "verplicht-veld", "onbekend-veld", "verkeerd-type", "lege-tekst", "meer-regels",
        "onbekende-keuze", "geen-id", "geen-url", "te-laag", "openingstijden", "geen-telefoonnummer",
        "geen-emailadres")),
    ("Nieuwe bestanden en concepten", (
        "concept", "invulinstructie")),
    ("Verwijzingen tussen bestanden", (
        "onbekend-loket", "onbekende-regeling", "geen-ingang", "zie-ook-eenzijdig", "tweeling",
        "dubbele-naam", "loket-ongebruikt")),
    ("Bedragen, parameters en regels voor de check", (
        "bedrag-in-tekst", "onbekende-plaatshouder", "parameter-zonder-waarde", "dubbele-vanaf",
        "volgorde-waarden", "bron-ontbreekt", "brondatum-ontbreekt", "tot-voor-vanaf", "regel", "bedrag-notatie",
        "negatief-bedrag", "vanaf-ver-weg", "kapotte-plaatshouder", "berekening")),
    ("Routekaarten", (
        "route-onbekende-stap", "route-te-weinig-antwoorden", "route-doodlopend",
        "route-uitkomst-vervolg", "route-lege-uitkomst", "route-onbekende-regeling",
        "route-onbekend-loket", "route-onbereikbaar", "route-kring",
        "route-gesloten-regeling")),
    ("De vragen van de check (vragen.yaml)", (
        "onbekende-vraag", "dubbele-vraag", "verkeerde-soort", "onbekende-optie",
        "optie-ontbreekt")),
    ("Vertalingen", (
        "po-onleesbaar", "po-plaatshouder", "po-bedrag", "po-opmaak")),
    ("Leesbaarheid", (
        "leesbaarheid",)),
    ("Jaarlijks onderhoud en verouderde gegevens", (
        "waarde-in-te-vullen", "verouderd", "bron-ouder-dan-jaar", "toekomst-datum")),
)
