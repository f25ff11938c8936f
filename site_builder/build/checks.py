"""Everything ``routekaart validate`` checks, in one place: data files and translations."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..data.catalog import load_catalog
from ..data.errors import Location, Problems
from ..data.model import Catalog


def full_check(root: Path, today: dt.date | None = None) -> tuple[Catalog, Problems]:
    from ..language.i18n import check_translations

    catalog, problems = load_catalog(root, today)
    problems.extend(check_translations(root, catalog))
    problems.extend(readability_problems(root, catalog))
    return catalog, problems


def readability_problems(root: Path, catalog: Catalog) -> Problems:
    """B1 source texts and A2 rewrites that are too hard for their level (warnings)."""
    from ..language.i18n import content_messages, load_po, po_path
    from ..language.readability import problems_with

    problems = Problems()
    seen = set()
    for context, text, path, key in content_messages(catalog):
        if (context, text) in seen:
            continue
        seen.add((context, text))
        for reason in problems_with(text, "nl"):
            problems.warn(Location(path), key, f"B1-leesbaarheid: {reason}.",
                          "Maak de zinnen korter of gebruik kortere woorden.",
                          code="leesbaarheid")
    a2 = load_po(po_path(root, "a2", "content"))
    for message in a2 or []:
        if not message.id or not message.string:
            continue
        for reason in problems_with(message.string, "a2"):
            problems.warn(Location("translations/a2/LC_MESSAGES/content.po", message.lineno, 1),
                          message.context or "", f"A2-leesbaarheid: {reason}.",
                          "Eén gedachte per zin, korte woorden.", code="leesbaarheid")
    return problems
