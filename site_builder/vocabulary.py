"""Every fixed list of the project, declared once: gebieden and gemeenten, themes, situations,
kinds of regeling, statuses, certainties, units, languages and the two severities.

Each list maps a code (what editors write in YAML) to its Dutch name (what readers see; marked
with ``N_`` so ``routekaart i18n extract`` offers it to translators). Validation, the JSON Schema,
the editors' guide, the pages and the engine all read these tables. Standard library only: the
engine imports it too, so it ships in the engine wheel and runs in the browser.

Adding a gemeente is one line in ``GEBIEDEN`` (plus its folders and content).
"""
from __future__ import annotations


def N_(text: str) -> str:
    """Mark a string for translation without translating it here."""
    return text


NATIONAL = "landelijk"
GEBIEDEN = {
    NATIONAL: N_("Heel Nederland"),
    "den-haag": N_("Den Haag"),
    "zoetermeer": N_("Zoetermeer"),
}
GEMEENTEN = tuple(code for code in GEBIEDEN if code != NATIONAL)
# the link to each gebied's overview page, written whole so translators can decline the name
GEBIED_LINKS = {
    "den-haag": N_("Regelingen in Den Haag"),
    "zoetermeer": N_("Regelingen in Zoetermeer"),
    NATIONAL: N_("Regelingen in heel Nederland"),
}
OTHER_GEMEENTE = "anders"   # the check's answer for a resident of another gemeente

THEMAS = {
    "toeslagen": N_("Toeslagen"), "uitkeringen": N_("Uitkeringen"), "schulden": N_("Schulden"),
    "kinderen-school": N_("Kinderen en school"), "zorg": N_("Zorg"), "wonen": N_("Wonen"),
    "werk-ondernemen": N_("Werk en ondernemen"), "noodhulp": N_("Noodhulp"),
}

SITUATIES = {
    "kinderen": N_("Ik heb kinderen"), "jongeren": N_("Ik ben 18 tot 27 jaar"),
    "zzp": N_("Ik ben zzp'er of ondernemer"),
    "zorgpremie-achterstand": N_("Ik heb een achterstand bij mijn zorgverzekering"),
    "pensioen": N_("Ik ben met pensioen"), "geen-inkomen": N_("Ik heb (bijna) geen inkomen"),
    "huurachterstand": N_("Ik heb een huurachterstand"),
    "werk-laag-inkomen": N_("Ik werk, maar kom niet rond"),
    "beslag": N_("Er ligt beslag op mijn loon of uitkering"),
    "ziek-beperking": N_("Ik ben ziek of heb een beperking"), "student": N_("Ik studeer"),
    "toeslagenaffaire": N_("Ik ben gedupeerd door de toeslagenaffaire"),
}

SOORTEN = {
    "toeslag": N_("Toeslag"), "uitkering": N_("Uitkering"),
    "gemeentelijke-regeling": N_("Regeling van de gemeente"), "schuldhulp": N_("Schuldhulp"),
    "fonds": N_("Fonds"), "loket": N_("Hulp en advies"),
}

ZEKERHEDEN = {"bevestigd": N_("bevestigd"), "secundair": N_("uit een andere bron"),
              "onbevestigd": N_("nog niet bevestigd")}

STATUSSEN = ("open", "gesloten", "te-controleren", "concept")
EENHEDEN = ("euro-jaar", "euro-maand", "euro-kwartaal", "euro", "jaren", "maanden", "procent",
            "aantal")
PERIODES = ("jaar", "doorlopend")
ROLSTOEL = ("ja", "nee", "onbekend")
ZONDER_BALIE = ("alleen-telefonisch", "alleen-online", "aan-huis", "via-verwijzing")

TALEN = {
    "nl": N_("Nederlands"), "en": N_("Engels"), "ar": N_("Arabisch"), "tr": N_("Turks"),
    "pl": N_("Pools"), "de": N_("Duits"), "fr": N_("Frans"), "es": N_("Spaans"),
    "pap": N_("Papiaments"), "so": N_("Somalisch"), "ti": N_("Tigrinya"),
    "uk": N_("Oekraïens"), "ru": N_("Russisch"), "bg": N_("Bulgaars"), "ro": N_("Roemeens"),
    "zh": N_("Chinees"), "hi": N_("Hindi"), "ur": N_("Urdu"), "ber": N_("Berbers"),
    "fa": N_("Perzisch"), "ku": N_("Koerdisch"), "ps": N_("Pasjtoe"),
}

ERROR, WARNING = "fout", "waarschuwing"   # the two severities of a problem
