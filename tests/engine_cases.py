"""Load the per-regeling boundary cases and run them through the engine (CPython side)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

CASES = Path(__file__).parent / "cases"


def load_cases() -> list[dict]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["gevallen"]:
            peildatum = case["peildatum"]
            if isinstance(peildatum, dt.date):
                peildatum = peildatum.isoformat()
            out.append({"id": f"{data['regeling']}: {case['naam']}",
                        "regeling": data["regeling"], "peildatum": peildatum,
                        "antwoorden": case["antwoorden"], "status": case["status"]})
    return out


def status_of(result: dict, regeling: str) -> str:
    for item in result["resultaten"]:
        if item["regeling"] == regeling:
            return item["status"]
    return "geen"
