"""``./run bench``: measure speed and size, write BENCHMARKS.md (never timed assertions in tests).

Measures: the engine per answer set (CPython and Pyodide), the checker page's bytes on a
first and a repeat visit (counted by the local server, which also serves the worker's
requests), time until the engine is ready and the wait after the last answer for a resident
who answers one question every 3 seconds, unthrottled and on emulated mobile networks, and
the full build time.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROFILES = [("geen beperking", None), ("9 Mbit/s, 60 ms", (9_000_000, 60)),
            ("1,6 Mbit/s, 150 ms", (1_600_000, 150))]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]


def _engine_cpython(data: dict, cases: list, rounds: int = 30) -> dict:
    from .engine.core import evaluate

    per_set = []
    for _ in range(rounds):
        for case in cases:
            t0 = time.perf_counter()
            evaluate(data["rules"], case["antwoorden"], case["peildatum"], data["texts"],
                     data["format"])
            per_set.append((time.perf_counter() - t0) * 1000)
    return {"median_ms": statistics.median(per_set), "p95_ms": sorted(per_set)[int(.95 * len(per_set))],
            "runs": len(per_set)}


def _engine_pyodide(data: dict, cases: list, tmp: Path) -> dict:
    from .assets import engine_wheel

    name, wheel = engine_wheel()
    (tmp / name).write_bytes(wheel)
    (tmp / "in.json").write_text(json.dumps({**data, "cases": cases, "rounds": 30}))
    script = ROOT / "site_builder" / "bench_pyodide.mjs"
    run = subprocess.run(["node", str(script), str(tmp / name), str(tmp / "in.json")],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    if run.returncode:
        return {"error": run.stderr[-500:]}
    return json.loads(run.stdout)


class _CountingServer:
    def __init__(self, site: Path):
        from .serve import Handler, QuietServer

        counter = self
        self.bytes = 0
        self.requests = 0

        class Counting(Handler):
            def send_header(self, keyword, value):
                if keyword == "Content-Length":
                    counter.bytes += int(value)
                super().send_header(keyword, value)

            def send_response(self, code, message=None):
                counter.requests += 1
                super().send_response(code, message)

        from functools import partial

        self.server = QuietServer(("127.0.0.1", 0), partial(Counting, directory=str(site)))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def reset(self):
        self.bytes = self.requests = 0


def _resident(page, seconds_per_answer: float) -> dict:
    """Answer like a person: one question every few seconds; 'Ik weet het niet' when unsure."""
    from tests.checker_driver import answer_all

    answer_all(page, timeout=600, pause=seconds_per_answer)
    return page.evaluate("() => window.__rkTimings")


def _wait_ready(page, timeout: float = 120.0) -> None:
    """Poll (wait_for_function cannot run under the page's CSP, which forbids eval)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if page.evaluate("() => !!(window.__rkTimings && window.__rkTimings.engineReady)"):
            return
        time.sleep(0.05)
    raise TimeoutError("engine not ready")


def _browser_runs(site: Path, repeats: int) -> dict:
    from playwright.sync_api import sync_playwright

    server = _CountingServer(site)
    out: dict = {"profiles": {}}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        # bytes: first visit (empty cache) and repeat visit (same browser profile)
        context = browser.new_context()
        page = context.new_page()
        server.reset()
        page.goto(server.url + "/check/")
        _wait_ready(page)
        out["first_visit"] = {"bytes": server.bytes, "requests": server.requests}
        server.reset()
        t0 = time.perf_counter()
        page.goto(server.url + "/check/")
        _wait_ready(page)
        ready = page.evaluate("window.__rkTimings.engineReady")
        out["repeat_visit"] = {"bytes": server.bytes, "requests": server.requests,
                               "engine_ready_ms": ready,
                               "wall_ms": (time.perf_counter() - t0) * 1000}
        context.close()
        for label, network in PROFILES:
            runs = []
            for _ in range(repeats):
                context = browser.new_context()
                page = context.new_page()
                if network:
                    cdp = context.new_cdp_session(page)
                    cdp.send("Network.enable")
                    cdp.send("Network.emulateNetworkConditions", {
                        "offline": False, "latency": network[1],
                        "downloadThroughput": network[0] / 8,
                        "uploadThroughput": network[0] / 8 / 4})
                page.goto(server.url + "/check/", timeout=300_000)
                timings = _resident(page, 3.0)
                runs.append({"engine_ready_ms": timings["engineReady"] - timings["start"],
                             "wait_after_last_answer_ms":
                                 max(0.0, timings["resultShown"] - timings["lastAnswer"])})
                context.close()
            out["profiles"][label] = {
                "engine_ready_ms": statistics.median(r["engine_ready_ms"] for r in runs),
                "wait_after_last_answer_ms": statistics.median(
                    r["wait_after_last_answer_ms"] for r in runs),
                "runs": len(runs)}
        browser.close()
    server.server.shutdown()
    return out


def _build_time(repeats: int) -> dict:
    from .site import build_site

    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeats):
            t0 = time.perf_counter()
            build_site(ROOT, Path(tmp) / "site", progress=lambda *_: None)
            times.append(time.perf_counter() - t0)
        pages = sum(1 for _ in (Path(tmp) / "site").rglob("index.html"))
    return {"median_s": statistics.median(times), "pages": pages,
            "pages_per_s": pages / statistics.median(times), "runs": repeats}


def main(argv=None) -> None:
    from .catalog import load_catalog
    from .i18n import VARIANT_BY_CODE, Translator
    from .rules_export import bundle

    sys.path.insert(0, str(ROOT))
    from tests.engine_cases import load_cases

    repeats = int(os.environ.get("BENCH_REPEATS", "3"))
    catalog, _ = load_catalog(ROOT)
    variant = VARIANT_BY_CODE["nl"]
    data = bundle(catalog, Translator(ROOT, variant), variant)
    cases = load_cases()
    print("engine (CPython) …", flush=True)
    cpython = _engine_cpython(data, cases)
    with tempfile.TemporaryDirectory() as tmp:
        print("engine (Pyodide in Node) …", flush=True)
        pyodide = _engine_pyodide(data, cases, Path(tmp))
    print("build …", flush=True)
    build = _build_time(repeats)
    with tempfile.TemporaryDirectory() as tmp:
        from .site import build_site

        site = Path(tmp) / "site"
        build_site(ROOT, site, progress=lambda *_: None)
        print("browser …", flush=True)
        browser = _browser_runs(site, repeats)
    write_report(cpython, pyodide, build, browser, len(cases), repeats)


def write_report(cpython, pyodide, build, browser, cases, repeats) -> None:
    kb = lambda n: f"{n / 1024:,.0f} KB".replace(",", ".")  # noqa: E731
    lines = [
        "# Benchmarks", "",
        f"Measured on {dt.date.today().isoformat()} with `./run bench` "
        f"(`python -m site_builder.bench`), {repeats} runs per browser figure (median), on "
        f"{platform.machine()} with {os.cpu_count()} cores, Python {platform.python_version()}. "
        "Machines are shared and noisy: read medians and ratios, not single numbers.", "",
        "## Engine: all regelingen for one answer set", "",
        "| runtime | median | p95 | runs | target |", "|---|---|---|---|---|",
        f"| CPython | {cpython['median_ms']:.3f} ms | {cpython['p95_ms']:.3f} ms | "
        f"{cpython['runs']} ({cases} boundary cases × 30) | < 10 ms |",
    ]
    if "median_ms" in pyodide:
        lines.append(f"| Pyodide {pyodide.get('python', '')} (Node) | {pyodide['median_ms']:.3f} ms"
                     f" | {pyodide['p95_ms']:.3f} ms | {pyodide['runs']} | – |")
    else:
        lines.append(f"| Pyodide (Node) | failed: {pyodide.get('error', '')[:200]} | | | |")
    first, repeat = browser["first_visit"], browser["repeat_visit"]
    lines += ["", "## Checker page: bytes over the wire (counted by the local server, brotli)", "",
              "| visit | bytes | requests with a body or 304 |", "|---|---|---|",
              f"| first (empty cache) | {kb(first['bytes'])} | {first['requests']} |",
              f"| repeat (same browser) | {kb(repeat['bytes'])} | {repeat['requests']} |", "",
              f"Repeat visit: engine ready after {repeat['engine_ready_ms'] / 1000:.2f} s "
              "(target < 2 s unthrottled).", "",
              "## Resident answering one question every 3 s", "",
              "| network | engine ready | wait after the last answer | target |",
              "|---|---|---|---|"]
    for label, row in browser["profiles"].items():
        target = "0 s wait" if label.startswith("9") else ""
        lines.append(f"| {label} | {row['engine_ready_ms'] / 1000:.1f} s | "
                     f"{row['wait_after_last_answer_ms'] / 1000:.2f} s | {target} |")
    lines += ["", "## Build", "",
              f"Full build of all five variants: median {build['median_s']:.1f} s for "
              f"{build['pages']} pages ({build['pages_per_s']:.0f} pages/s), {build['runs']} runs "
              "(with the compression cache warm).", ""]
    (ROOT / "BENCHMARKS.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
