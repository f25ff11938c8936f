"""The text-like field kinds: free text, one line, phone number, e-mail address, OSM
opening hours and web address, with the one regex each that validation, VS Code and the
link checker share. Registered in ``KINDS`` in ``kinds.py``.
"""
from __future__ import annotations

import re

from ..opening_hours import OpeningHoursError, parse as parse_opening_hours
from .kind_base import Kind, Walk, json_string, type_name

URL_PATTERN = re.compile(r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:[0-9]+)?(/[^\s<>\"']*)?$")
PHONE = re.compile(r"^\+?[0-9][0-9 -]{2,18}[0-9]$")          # as an editor types it
TEL_HREF = re.compile(r"^\+?[0-9]{3,15}$")                   # as it appears in a tel: link
EMAIL = re.compile(r"^[^@\s<>\"'(),]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
OPEN_VALUE = "IN TE VULLEN"  # the marker `routekaart jaarovergang --schrijf` puts in new entries
SCAFFOLD_TEXT = OPEN_VALUE + ":"          # instructions in a file made by `routekaart nieuw`
SCAFFOLD_URL = "in-te-vullen.invalid"      # the host of its placeholder web addresses


def tel_digits(phone: str) -> str:
    """The number as dialled: digits and a leading +, as used in ``tel:`` links."""
    return "".join(ch for ch in phone if ch.isdigit() or ch == "+")


class Text(Kind):
    name, description = "tekst", "een tekst"

    def check(self, field, value, at):
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            return self.wrong(field, value, at)
        if not value.strip():
            return at.add("deze tekst is leeg.", "Vul een tekst in of haal het veld weg.",
                          code="lege-tekst")
        return self.refine(value.strip(), at)

    def refine(self, value: str, at: Walk):
        return value

    def json_schema(self, field, item_schema):
        return {"type": "string", "minLength": 1}

    def scaffold(self, field, ident, today):
        first = field.doc.split(". ")[0].rstrip(".")
        return json_string(f"{SCAFFOLD_TEXT} {first}.")


class Line(Text):
    name, description = "regel", "een korte tekst op één regel"

    def refine(self, value, at):
        if "\n" in value:
            return at.add("deze tekst moet op één regel staan.", code="meer-regels")
        return value


class PatternLine(Line):
    """A one-line text that must match *pattern* (a phone number, an e-mail address)."""
    pattern = re.compile(".*")
    message = hint = code = ""

    def refine(self, value, at):
        if super().refine(value, at) is None:
            return None
        if not self.pattern.match(value):
            return at.add(self.message.format(value=value), self.hint, code=self.code)
        return value

    def json_schema(self, field, item_schema):
        return {"type": "string", "pattern": self.pattern.pattern}


class Phone(PatternLine):
    name = "telefoon"
    description = "een telefoonnummer om in te toetsen (cijfers, spaties, + of -)"
    pattern = PHONE
    code = "geen-telefoonnummer"
    message = "'{value}' is geen telefoonnummer om in te toetsen."
    hint = ("Gebruik alleen cijfers, spaties en eventueel + of -, bijvoorbeeld '14 070' of "
            "'+31 70 353 30 00'.")


class Email(PatternLine):
    name, description = "email", "een e-mailadres zoals info@denhaag.nl"
    pattern = EMAIL
    code = "geen-emailadres"
    message = "'{value}' is geen e-mailadres."
    hint = "Schrijf het adres zonder 'mailto:', bijvoorbeeld 'info@denhaag.nl'."


class OpeningHours(Line):
    name = "openingstijden"
    description = "openingstijden in OpenStreetMap-notatie, bijvoorbeeld 'Mo-Fr 09:00-17:00'"

    def refine(self, value, at):
        if super().refine(value, at) is None:
            return None
        try:
            parse_opening_hours(value)
        except OpeningHoursError as exc:
            return at.add(f"de openingstijden kloppen niet: {exc}.",
                          "Schrijf bijvoorbeeld 'Mo-Fr 09:00-17:00; Sa 10:00-12:00; PH off'.",
                          code="openingstijden")
        return value

    def json_schema(self, field, item_schema):
        return {"type": "string", "minLength": 1}


class Url(Kind):
    name, description = "url", "een webadres dat begint met https://"

    def hint(self, field):
        return "Kopieer het adres uit de adresbalk van de browser."

    def check(self, field, value, at):
        if not isinstance(value, str) or not URL_PATTERN.match(value.strip()):
            shown = value if isinstance(value, str) else type_name(value)
            return at.add(f"'{shown}' is geen volledig webadres dat begint met https://.",
                          self.hint(field), code="geen-url")
        return value.strip()

    def json_schema(self, field, item_schema):
        return {"type": "string", "pattern": "^https://", "format": "uri"}

    def scaffold(self, field, ident, today):
        return f"https://{SCAFFOLD_URL}/{field.key}"
