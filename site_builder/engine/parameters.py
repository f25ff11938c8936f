"""Dated parameters: which value applies on a given date.

Standard library only, because the same code runs in the browser (Pyodide).
A value whose ``periode`` is ``jaar`` applies only in the calendar year it starts
in (until a newer value replaces it). So when the new year's figure is missing,
the answer is "no value", never last year's figure. A value with ``tot`` (a last
day) applies up to and including that day only.
"""
from __future__ import annotations

import datetime as dt


def as_date(value) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def value_at(parameter: dict, peildatum) -> dict | None:
    """Return the value entry (``vanaf``, ``waarde``, ``zekerheid``, ``bron``) valid on
    *peildatum*, or ``None`` when no value applies on that date."""
    day = as_date(peildatum)
    chosen = None
    for entry in parameter.get("waarden", ()):
        start = as_date(entry["vanaf"])
        if start <= day and (chosen is None or start >= as_date(chosen["vanaf"])):
            chosen = entry
    if chosen is None:
        return None
    if chosen.get("tot") and as_date(chosen["tot"]) < day:
        return None
    if parameter.get("periode", "jaar") == "jaar" and as_date(chosen["vanaf"]).year < day.year:
        return None
    return chosen


def year_of(entry: dict) -> int:
    return as_date(entry["vanaf"]).year
