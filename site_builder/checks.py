"""Everything ``routekaart validate`` checks, in one place: data files and translations."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .catalog import load_catalog
from .errors import Problems
from .model import Catalog


def full_check(root: Path, today: dt.date | None = None) -> tuple[Catalog, Problems]:
    from .i18n import check_translations

    catalog, problems = load_catalog(root, today)
    problems.extend(check_translations(root, catalog))
    return catalog, problems
