"""A small parser for the OpenStreetMap ``opening_hours`` syntax (the common subset).

Supported: ``24/7``; rules separated by ``;``; day lists and ranges (``Mo-Fr``,
``Mo,We``); ``PH`` (public holidays); times ``09:00-17:00`` separated by ``,``;
``off``. Example: ``Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-12:00; PH off``.
The browser script computes "nu open" from the same string.
"""
from __future__ import annotations

import re

DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
_TIME = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


class OpeningHoursError(ValueError):
    pass


def _days(spec: str) -> list[str]:
    out: list[str] = []
    for part in spec.split(","):
        part = part.strip()
        if part == "PH":
            out.append("PH")
        elif "-" in part:
            start, end = part.split("-", 1)
            if start not in DAYS or end not in DAYS:
                raise OpeningHoursError(f"onbekende dag in '{part}' (gebruik Mo Tu We Th Fr Sa Su PH)")
            i, j = DAYS.index(start), DAYS.index(end)
            out += [DAYS[k % 7] for k in range(i, (j if j >= i else j + 7) + 1)]
        elif part in DAYS:
            out.append(part)
        else:
            raise OpeningHoursError(f"onbekende dag '{part}' (gebruik Mo Tu We Th Fr Sa Su PH)")
    return out


def _times(spec: str) -> list[tuple[str, str]]:
    if spec.strip() == "off":
        return []
    out = []
    for part in spec.split(","):
        match = _TIME.match(part.strip())
        if not match:
            raise OpeningHoursError(f"'{part.strip()}' is geen tijd als 09:00-17:00")
        start, end = f"{match[1]}:{match[2]}", f"{match[3]}:{match[4]}"
        if end <= start:
            raise OpeningHoursError(f"in '{part.strip()}' ligt de eindtijd niet na de begintijd")
        out.append((start, end))
    return out


def parse(text: str) -> dict[str, list[tuple[str, str]]]:
    """Map each day (and ``PH``) to its opening intervals; later rules override earlier."""
    text = text.strip()
    if text == "24/7":
        return {d: [("00:00", "24:00")] for d in DAYS}
    week: dict[str, list[tuple[str, str]]] = {d: [] for d in DAYS}
    for rule in filter(None, (r.strip() for r in text.split(";"))):
        if " " not in rule:
            raise OpeningHoursError(f"'{rule}' mist dagen of tijden")
        day_spec, time_spec = rule.split(" ", 1)
        days = _days(day_spec)
        times = _times(time_spec)
        for day in days:
            week[day] = times
    return week
