"""Which figures change in a year: the data behind "Wat verandert er in <jaar>".

A change is a value that starts in the year and differs from the value written
before it. A figure that is not yet known on 1 January is listed apart, never
compared with last year's figure as if it were the new one.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..data.model import Catalog, Norm, Parameter, ParameterValue, Regeling


@dataclass(frozen=True)
class Change:
    owner: Regeling | Norm
    key: str                     # the parameter's own name, e.g. "inkomensgrens_alleen"
    param: Parameter
    old: ParameterValue
    new: ParameterValue


@dataclass(frozen=True)
class YearOfChanges:
    year: int
    changed: tuple               # Change, grouped by owner in catalogue order
    unchanged: int               # values that start in the year with the same figure
    unknown: tuple               # (owner, key, param) without a value on 1 January


def _active(catalog: Catalog):
    for owner, param in catalog.active_parameters():
        yield owner, param.key.split(".")[-1], param


def changes_in(catalog: Catalog, year: int) -> YearOfChanges:
    changed: list[Change] = []
    unchanged = 0
    unknown = []
    first_day = dt.date(year, 1, 1)
    for owner, key, param in _active(catalog):
        for previous, value in zip(param.waarden, param.waarden[1:]):
            if value.vanaf.year != year:
                continue
            if previous.waarde == value.waarde:
                unchanged += 1
            else:
                changed.append(Change(owner, key, param, previous, value))
        has_history = any(v.vanaf < first_day for v in param.waarden)
        if has_history and param.at(first_day) is None:
            unknown.append((owner, key, param))
    return YearOfChanges(year, tuple(changed), unchanged, tuple(unknown))


def years_with_pages(catalog: Catalog, peildatum: dt.date) -> list[int]:
    """From the first year with a changed figure up to the peildatum's year or the latest
    year with a written figure, whichever is later."""
    starts = [v.vanaf.year for _o, _k, p in _active(catalog) for v in p.waarden[1:]]
    if not starts:
        return []
    last = max([peildatum.year] + [v.vanaf.year for _o, _k, p in _active(catalog)
                                   for v in p.waarden])
    return list(range(min(starts), last + 1))


def grouped(changes: tuple) -> list[tuple]:
    """[(owner, [Change, ...]), ...] in the order the changes came."""
    out: list[tuple] = []
    for change in changes:
        if out and out[-1][0] is change.owner:
            out[-1][1].append(change)
        else:
            out.append((change.owner, [change]))
    return out
