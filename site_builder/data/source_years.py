"""A figure for year N that rests only on a source dated before year N (a warning).

Each value of a parameter names one source (``bron``) and that source's own date
(``bron_datum``). When the source is older than the year the figure applies to, nobody has
shown that the figure still holds that year: the site would present an old figure as current.
"""
from __future__ import annotations

from .errors import Problems
from .model import Catalog, Norm
from .yamlio import dotted, is_date


def check_source_years(catalog: Catalog, docs: dict, problems: Problems) -> None:
    """Warn (``bron-ouder-dan-jaar``) for each value whose bron_datum lies in an earlier year
    than its vanaf; a source with ``geen datum`` or no date recorded is not judged here."""
    for owner, params in catalog.all_parameters():
        doc = docs[("norm" if isinstance(owner, Norm) else "regeling", owner.id)]
        written = doc.data.get("parameters") if isinstance(doc.data, dict) else None
        for param in params:
            key = param.key.split(".")[-1]
            raw = written.get(key) if isinstance(written, dict) else None
            waarden = raw.get("waarden") if isinstance(raw, dict) else None
            for i, item in enumerate(waarden if isinstance(waarden, list) else ()):
                if not isinstance(item, dict):
                    continue
                vanaf, datum = item.get("vanaf"), item.get("bron_datum")
                if is_date(vanaf) and is_date(datum) and datum.year < vanaf.year:
                    path = ("parameters", key, "waarden", i, "bron_datum")
                    problems.warn(
                        doc.loc(path), dotted(path),
                        f"het bedrag vanaf {vanaf.isoformat()} rust op een bron van "
                        f"{datum.isoformat()}, van vóór {vanaf.year}.",
                        f"Zoek een bron die dit bedrag voor {vanaf.year} noemt en zet die met "
                        "haar eigen datum bij 'bron' en 'bron_datum'.",
                        code="bron-ouder-dan-jaar")
