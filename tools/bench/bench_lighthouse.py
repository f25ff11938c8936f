"""``./run bench``, Lighthouse part: scores of a few typical pages, median of several runs.

Runs the npm ``lighthouse`` (``node_modules/.bin/lighthouse``) with Debian's Chromium
(``CHROME_PATH=/usr/bin/chromium``, headless new, no sandbox) and Lighthouse's default
mobile preset (simulated 4G-like throttling, 4× CPU slowdown) against the local server.
Per page and category the median score of the runs is reported, with the audits that
cost points in most runs and the bytes transferred.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
BUDGETS = {"performance": 95, "accessibility": 100, "best-practices": 100}
PAGES = [  # (label, path)
    ("regeling", "regelingen/zorgtoeslag/"),
    ("regeling, Arabisch (rtl)", "ar/regelingen/zorgtoeslag/"),
    ("overzicht (thema)", "thema/toeslagen/"),
    ("routestap", "routes/inwoners-geldzorgen/begin/"),
    ("check", "check/"),
]
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
           "cumulative-layout-shift")
COMMAND = ("CHROME_PATH=/usr/bin/chromium node_modules/.bin/lighthouse URL "
           "--chrome-flags=\"--headless=new --no-sandbox --disable-gpu "
           "--disable-dev-shm-usage\" --only-categories=" + ",".join(CATEGORIES)
           + " --output=json")


def version() -> str:
    run = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True,
                         timeout=60)
    return run.stdout.strip()


def run_once(url: str, out: Path) -> dict:
    env = {**os.environ, "CHROME_PATH": CHROME}
    cmd = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
           "--only-categories=" + ",".join(CATEGORIES),
           "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)
    if run.returncode or not out.exists():
        raise RuntimeError(f"lighthouse faalde ({run.returncode}): {run.stderr[-400:]}")
    return summarize(json.loads(out.read_text(encoding="utf-8")))


def summarize(report: dict) -> dict:
    """Scores (0–100), metrics, transferred bytes and the audits that cost points."""
    audits = report["audits"]
    scores, failing = {}, {}
    for name, category in report["categories"].items():
        scores[name] = None if category["score"] is None else round(category["score"] * 100)
        for ref in category["auditRefs"]:
            audit = audits.get(ref["id"], {})
            if ref.get("weight", 0) > 0 and audit.get("score") is not None \
                    and audit["score"] < 1:
                failing[ref["id"]] = {"category": name, "title": audit.get("title", ""),
                                      "value": audit.get("displayValue", ""),
                                      "score": audit["score"]}
    requests = audits.get("network-requests", {}).get("details", {}).get("items", [])
    return {
        "scores": scores,
        "failing": failing,
        "metrics": {m: audits[m]["numericValue"] for m in METRICS if m in audits},
        "bytes": audits.get("total-byte-weight", {}).get("numericValue"),
        "requests": len(requests),
        "warnings": report.get("runWarnings", []),
    }


def run_pages(base_url: str, repeats: int, pages=PAGES, echo=print) -> dict:
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, path in pages:
            runs = []
            for i in range(repeats):
                echo(f"  lighthouse {path} ({i + 1}/{repeats})")
                runs.append(run_once(f"{base_url}/{path}", Path(tmp) / f"r{len(runs)}.json"))
            out[label] = combine(path, runs)
    return out


def combine(path: str, runs: list[dict]) -> dict:
    scores = {}
    for name in CATEGORIES:
        values = [r["scores"].get(name) for r in runs if r["scores"].get(name) is not None]
        scores[name] = statistics.median(values) if values else None
    counts: dict = {}
    for run in runs:
        for ident, info in run["failing"].items():
            counts.setdefault(ident, [0, info])[0] += 1
    failing = {ident: info for ident, (n, info) in counts.items() if n * 2 > len(runs)}
    return {
        "path": path, "runs": len(runs), "scores": scores, "failing": failing,
        "metrics": {m: statistics.median(r["metrics"][m] for r in runs)
                    for m in METRICS if all(m in r["metrics"] for r in runs)},
        "bytes": statistics.median(r["bytes"] for r in runs if r["bytes"] is not None),
        "requests": statistics.median(r["requests"] for r in runs),
        "warnings": sorted({w for r in runs for w in r["warnings"]}),
    }


def below_budget(result: dict) -> list[str]:
    return [f"{name} {result['scores'][name]:g} < {budget}"
            for name, budget in BUDGETS.items()
            if result["scores"].get(name) is not None and result["scores"][name] < budget]
