"""How complete the loketten are, as one summary line for ``routekaart validate``.

A resident needs to know where to go (a visiting address, or an explicit
``geen_bezoekadres``), when (opening hours), a number to call, and a link to the page about
this very service rather than an organisation's home page.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from .model import Catalog, Loket


def is_deep_link(address: str) -> bool:
    """A web address with a path beyond "/": a page about the service, not a home page."""
    return urlsplit(address or "").path.strip("/") != ""


def loket_summary(catalog: Catalog) -> str:
    loketten: list[Loket] = list(catalog.loketten.values())
    reached = sum(1 for l in loketten if l.adres is not None or l.geen_bezoekadres)
    hours = sum(1 for l in loketten if l.openingstijden)
    phone = sum(1 for l in loketten if l.telefoon)
    deep = sum(1 for l in loketten if is_deep_link(l.website))
    return (f"Loketten: {reached} van {len(loketten)} met bezoekadres of 'geen_bezoekadres', "
            f"{hours} met openingstijden, {phone} met telefoon, {deep} met een directe link")
