"""``./run bench``: measure speed and size for BENCHMARKS.md (never timed assertions in tests).

Measures: the engine per answer set (CPython and Pyodide), the checker page's bytes on a
first and a repeat visit (counted by the local server, which also serves the worker's
requests), time until the engine is ready and the wait after the last answer for a resident
who answers one question every 3 seconds, unthrottled and on emulated mobile networks;
the bytes of a regeling page's first visit (and what opening search adds); Lighthouse
scores of typical pages (``bench_lighthouse``); and the full build of the repository's
data and of a 10× larger generated copy (``bench_scale``). ``bench_report`` writes the
report.

Environment: ``BENCH_REPEATS`` (default 3) runs per figure, ``BENCH_SCALE`` (default 10).
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from .bench_report import SEARCH_WORD, write_report

ROOT = Path(__file__).resolve().parents[2]
PROFILES = [("geen beperking", None), ("9 Mbit/s, 60 ms", (9_000_000, 60)),
            ("1,6 Mbit/s, 150 ms", (1_600_000, 150))]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]


def _engine_cpython(data: dict, cases: list, rounds: int = 30) -> dict:
    from site_builder.engine.core import evaluate

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
    from site_builder.build.assets import engine_wheel

    name, wheel = engine_wheel()
    (tmp / name).write_bytes(wheel)
    (tmp / "in.json").write_text(json.dumps({**data, "cases": cases, "rounds": 30}))
    script = Path(__file__).resolve().parent / "bench_pyodide.mjs"
    run = subprocess.run(["node", str(script), str(tmp / name), str(tmp / "in.json")],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    if run.returncode:
        return {"error": run.stderr[-500:]}
    return json.loads(run.stdout)


class _CountingServer:
    def __init__(self, site: Path):
        from site_builder.build.static_server import Handler, QuietServer

        counter = self
        self.reset()

        class Counting(Handler):
            encoding = ""

            def send_header(self, keyword, value):
                if keyword == "Content-Encoding":
                    self.encoding = value
                if keyword == "Content-Length":
                    counter.bytes += int(value)
                    counter.resources.append((self.path.split("?", 1)[0], int(value),
                                              self.encoding))
                super().send_header(keyword, value)

            def send_response(self, code, message=None):
                counter.requests += 1
                super().send_response(code, message)

            def end_headers(self):
                counter.header_bytes += sum(len(line) for line in
                                            getattr(self, "_headers_buffer", [])) + 2
                super().end_headers()

        from functools import partial

        self.server = QuietServer(("127.0.0.1", 0), partial(Counting, directory=str(site)))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def reset(self):
        self.bytes = self.requests = self.header_bytes = 0
        self.resources: list[tuple[str, int, str]] = []

    def snapshot(self) -> dict:
        return {"bytes": self.bytes, "header_bytes": self.header_bytes,
                "requests": self.requests,
                "resources": sorted(self.resources, key=lambda r: -r[1])}


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


WEIGHT_PAGES = [("regeling", "regelingen/zorgtoeslag/"),
                ("regeling, Arabisch", "ar/regelingen/zorgtoeslag/")]


def poll(page, script: str, timeout: float = 60.0):
    """Evaluate *script* until it gives a truthy value (wait_for_function cannot run under
    the page's CSP, which forbids eval); returns the last value."""
    deadline = time.time() + timeout
    while True:
        value = page.evaluate(script)
        if value or time.time() > deadline:
            return value
        time.sleep(0.1)


def _page_weight(site: Path) -> dict:
    """First visit of a regeling page (empty cache, search not opened), then opening search."""
    from playwright.sync_api import sync_playwright

    server = _CountingServer(site)
    out: dict = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for label, path in WEIGHT_PAGES:
            context = browser.new_context(viewport={"width": 412, "height": 823})
            page = context.new_page()
            server.reset()
            page.goto(f"{server.url}/{path}")
            page.wait_for_load_state("networkidle")
            time.sleep(0.5)
            first = server.snapshot()
            server.reset()
            page.keyboard.press("/")  # Material's shortcut: open search
            page.keyboard.type(SEARCH_WORD)
            found = poll(page, "() => document.querySelectorAll("
                                "'.md-search-result__link').length")
            page.wait_for_load_state("networkidle")
            out[label] = {"path": path, "first": first, "search": server.snapshot(),
                          "search_results": found}
            context.close()
        browser.close()
    server.server.shutdown()
    return out


def _lighthouse(site: Path, repeats: int) -> dict:
    from . import bench_lighthouse
    from site_builder.build.static_server import make_server

    server = make_server(site, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        return {"version": bench_lighthouse.version(),
                "pages": bench_lighthouse.run_pages(url, repeats)}
    except Exception as exc:  # report, do not lose the other measurements
        return {"error": str(exc)[-500:]}
    finally:
        server.shutdown()


def _amount_cases() -> list:
    """Answer sets that give every kind of amount (zorgtoeslag with a known and an estimated
    income, kinderbijslag, kindgebonden budget, bijstand, AIO, a fixed local amount)."""
    base = {"leeftijd": 35, "vermogen": 0, "woonsituatie": "huur", "kale_huur": 650}
    sets = [
        {**base, "partner": False, "kinderen": [4, 9], "toetsingsinkomen_jaar": 24000,
         "netto_inkomen_maand": 1650, "gemeente": "den-haag"},
        {**base, "partner": False, "kinderen": [6], "netto_inkomen_maand": 1300,
         "gemeente": "zoetermeer", "jaren_laag_inkomen": 4},
        {**base, "partner": True, "partner_leeftijd": 40, "kinderen": [1, 3, 14],
         "toetsingsinkomen_jaar": 36000, "netto_inkomen_maand": 2200},
        {**base, "leeftijd": 70, "partner": False, "kinderen": [], "aow_volledig": False,
         "netto_inkomen_maand": 1100, "gemeente": "den-haag"},
    ]
    return [{"antwoorden": a, "peildatum": day} for a in sets
            for day in ("2025-07-01", "2026-07-01")]


def amounts_part(data: dict) -> tuple[dict, dict]:
    """Engine time per answer set including all amounts, CPython and Pyodide."""
    cases = _amount_cases()
    cpython = _engine_cpython(data, cases)
    with tempfile.TemporaryDirectory() as tmp:
        pyodide = _engine_pyodide(data, cases, Path(tmp))
    return cpython, pyodide


def main(argv=None) -> None:
    from .bench_scale import scaled_build
    from site_builder.data.catalog import load_catalog
    from site_builder.language.i18n import VARIANT_BY_CODE, Translator
    from site_builder.render.rules_export import bundle

    sys.path.insert(0, str(ROOT))
    from tests.engine_cases import load_cases

    repeats = int(os.environ.get("BENCH_REPEATS", "3"))
    factor = int(os.environ.get("BENCH_SCALE", "10"))
    catalog, _ = load_catalog(ROOT)
    variant = VARIANT_BY_CODE["nl"]
    data = bundle(catalog, Translator(ROOT, variant), variant)
    cases = load_cases()
    if argv and argv[0] == "bedragen":      # only the amounts part, printed, nothing written
        print(json.dumps(dict(zip(("cpython", "pyodide"), amounts_part(data))), indent=2))
        return
    print("engine (CPython) …", flush=True)
    cpython = _engine_cpython(data, cases)
    print("engine with every amount (CPython and Pyodide) …", flush=True)
    amounts = amounts_part(data)
    with tempfile.TemporaryDirectory() as tmp:
        print("engine (Pyodide in Node) …", flush=True)
        pyodide = _engine_pyodide(data, cases, Path(tmp))
    with tempfile.TemporaryDirectory(prefix="routekaart-bench-") as tmp:
        print("build 1× (a copy of the repository's data) …", flush=True)
        one = scaled_build(Path(tmp) / "x1", 1, repeats)
        site = one["site"]
        print("browser …", flush=True)
        browser = _browser_runs(site, repeats)
        print("page weight …", flush=True)
        weight = _page_weight(site)
        print("lighthouse …", flush=True)
        lighthouse = _lighthouse(site, repeats)
        print(f"build {factor}× (generated copies of every regeling) …", flush=True)
        many = scaled_build(Path(tmp) / f"x{factor}", factor, repeats)
    write_report(cpython, pyodide, one, browser, len(cases), repeats,
                 weight=weight, lighthouse=lighthouse, scaling=(one, many), amounts=amounts)
    from .bench_speed import run_all, write_section

    write_section(run_all()["lines"])


if __name__ == "__main__":
    main(sys.argv[1:])
