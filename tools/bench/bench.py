"""``./run bench``: measure speed and size, write BENCHMARKS.md (never timed assertions in tests).

Measures: the engine per answer set (CPython and Pyodide), the checker page's bytes on a
first and a repeat visit (counted by the local server, which also serves the worker's
requests), time until the engine is ready and the wait after the last answer for a resident
who answers one question every 3 seconds, unthrottled and on emulated mobile networks;
the bytes of a regeling page's first visit (and what opening search adds); Lighthouse
scores of typical pages (``bench_lighthouse``); and the full build of the repository's
data and of a 10× larger generated copy (``bench_scale``).

Environment: ``BENCH_REPEATS`` (default 3) runs per figure, ``BENCH_SCALE`` (default 10).
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
        from site_builder.build.serve import Handler, QuietServer

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
WEIGHT_BUDGET = 150 * 1024
SEARCH_WORD = "huurtoeslag"


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
    from site_builder.build.serve import make_server

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


def _kb(n: float) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    if n >= 10 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1024:.1f} KB"


COMMAND = "Command: `./run bench` (`python -m tools.bench.bench`)"


def _weight_lines(weight: dict) -> list[str]:
    lines = ["", "## Page weight: first visit of a regeling page", "",
             f"{COMMAND}, `_page_weight`: Debian's Chromium through Playwright, a new browser "
             "context (empty cache), 412 px wide, served by the local server with brotli; the "
             "server counts every response (bodies and headers). Search is not opened. Budget: "
             f"{_kb(WEIGHT_BUDGET)} (search index excluded).", "",
             "| page | transferred (bodies + headers) | bodies | requests | search index loaded"
             " | budget 150 KB |", "|---|---|---|---|---|---|"]
    for label, row in weight.items():
        first = row["first"]
        total = first["bytes"] + first["header_bytes"]
        index = any("search_index" in r[0] for r in first["resources"])
        lines.append(f"| {label} (`/{row['path']}`) | {_kb(total)} | {_kb(first['bytes'])} | "
                     f"{first['requests']} | {'yes' if index else 'no'} | "
                     f"{'met' if total <= WEIGHT_BUDGET else 'NOT met'} |")
    for label, row in weight.items():
        first = row["first"]
        lines += ["", f"Biggest resources, {label}:", "",
                  "| resource | bytes | encoding |", "|---|---|---|"]
        for path, size, encoding in first["resources"][:8]:
            lines.append(f"| `{path}` | {_kb(size)} | {encoding or 'none'} |")
    for label, row in weight.items():
        search = row["search"]
        parts = ", ".join(f"`{path.rsplit('/', 1)[-1]}` {_kb(size)}"
                          for path, size, _ in search["resources"][:4])
        lines.append("")
        lines.append(f"Opening search on the {label} page and typing “{SEARCH_WORD}” then "
                     f"loads {_kb(search['bytes'] + search['header_bytes'])} in "
                     f"{search['requests']} requests ({parts}); "
                     f"{row['search_results']} result links.")
    return lines


def _lighthouse_lines(lighthouse: dict, repeats: int) -> list[str]:
    from . import bench_lighthouse as lh

    lines = ["", "## Lighthouse (mobile preset, median of runs)", "",
             f"{COMMAND}, `bench_lighthouse.run_pages`: for each page {repeats}× "
             f"`{lh.COMMAND}` against the local server (precompressed brotli). "
             "Lighthouse's default mobile preset simulates a slow 4G network and a 4× "
             "slower CPU. Budgets: performance ≥ 95, accessibility 100, best practices 100; "
             "SEO for information."]
    if "error" in lighthouse:
        return lines + ["", f"Lighthouse failed: {lighthouse['error']}"]
    lines += ["", f"Lighthouse {lighthouse['version']}.", "",
              "| page | performance | accessibility | best practices | SEO | transferred | "
              "FCP | LCP | TBT | CLS |", "|---|---|---|---|---|---|---|---|---|---|"]
    for label, row in lighthouse["pages"].items():
        sc, m = row["scores"], row["metrics"]
        cell = lambda v: "–" if v is None else f"{v:g}"  # noqa: E731
        lines.append(
            f"| {label} (`/{row['path']}`) | {cell(sc['performance'])} | "
            f"{cell(sc['accessibility'])} | {cell(sc['best-practices'])} | {cell(sc['seo'])} | "
            f"{_kb(row['bytes'])} | {m['first-contentful-paint'] / 1000:.1f} s | "
            f"{m['largest-contentful-paint'] / 1000:.1f} s | "
            f"{m['total-blocking-time']:.0f} ms | {m['cumulative-layout-shift']:.3f} |")
    lines.append("")
    below = {label: lh.below_budget(row) for label, row in lighthouse["pages"].items()}
    if not any(below.values()):
        lines.append("All pages meet the budgets (median scores).")
    for label, items in below.items():
        if items:
            lines.append(f"Below budget: {label}: {', '.join(items)}.")
    for label, row in lighthouse["pages"].items():
        if row["failing"]:
            audits = "; ".join(f"{info['category']}: {ident} ({info['title']}"
                               + (f", {info['value']}" if info["value"] else "") + ")"
                               for ident, info in sorted(row["failing"].items()))
            lines.append(f"- {label}, audits that cost points in most runs: {audits}.")
        if row["warnings"]:
            lines.append(f"- {label}, Lighthouse warnings: {'; '.join(row['warnings'])}.")
    return lines


def _scaling_lines(one: dict, many: dict) -> list[str]:
    factor = many["factor"]
    t_ratio = many["median_s"] / one["median_s"]
    p_ratio = many["pages"] / one["pages"]
    b_ratio = many["html_bytes"] / one["html_bytes"]
    lines = ["", f"## Scaling: {factor}× the regelingen", "",
             f"{COMMAND}, `bench_scale.scaled_build`: the repository's data copied into a "
             f"temporary folder (1×), and a second copy with {factor - 1} generated copies of "
             "every regeling (`<id>-testkopie-<k>`, with their translations, names and mutual "
             "`zie_ook`; test data only, never in the repository). Each copy is built once to "
             "warm its own compression cache, then timed; median of "
             f"{many['runs']} builds.", "",
             "| data | regelingen | pages | HTML | build (median) | pages/s |",
             "|---|---|---|---|---|---|"]
    for row in (one, many):
        lines.append(f"| {row['factor']}× | {row['regelingen'] + row['copies']} | "
                     f"{row['pages']} | {_kb(row['html_bytes'])} | {row['median_s']:.1f} s | "
                     f"{row['pages_per_s']:.0f} |")
    verdict = ("grows no worse than linearly" if t_ratio <= p_ratio * 1.1 else
               "grows FASTER than the number of pages")
    lines += ["",
              f"Build time {factor}×/1× = **{t_ratio:.2f}** against pages {factor}×/1× = "
              f"**{p_ratio:.2f}** (HTML bytes {b_ratio:.2f}): the build time {verdict} "
              f"(time ratio / page ratio = {t_ratio / p_ratio:.2f}). Only the regelingen grow "
              f"{factor}×; loketten, routes and fixed pages do not, while the overview pages "
              "(themes, situations, municipalities) list every regeling and grow with them.",
              "", "Where the time goes (median seconds per step):", "",
              f"| step | 1× | {factor}× | ratio |", "|---|---|---|---|"]
    for label, value in one["phases"].items():
        other = many["phases"].get(label, 0.0)
        ratio = f"{other / value:.1f}" if value > 0.05 else "–"
        lines.append(f"| {label} | {value:.1f} s | {other:.1f} s | {ratio} |")
    return lines


def write_report(cpython, pyodide, build, browser, cases, repeats, weight=None,
                 lighthouse=None, scaling=None, amounts=None) -> None:
    lines = [
        "# Benchmarks", "",
        f"Measured on {dt.date.today().isoformat()} with `./run bench` "
        f"(`python -m tools.bench.bench`), {repeats} runs per figure (median), on "
        f"{platform.machine()} with {os.cpu_count()} cores, Python {platform.python_version()}. "
        "Machines are shared and noisy: read medians and ratios, not single numbers.", "",
        "## Engine: all regelingen for one answer set", "",
        f"{COMMAND}, `_engine_cpython` and `_engine_pyodide`.", "",
        "| runtime | median | p95 | runs | target |", "|---|---|---|---|---|",
        f"| CPython | {cpython['median_ms']:.3f} ms | {cpython['p95_ms']:.3f} ms | "
        f"{cpython['runs']} ({cases} boundary cases × 30) | < 10 ms |",
    ]
    if "median_ms" in pyodide:
        lines.append(f"| Pyodide {pyodide.get('python', '')} (Node) | {pyodide['median_ms']:.3f} ms"
                     f" | {pyodide['p95_ms']:.3f} ms | {pyodide['runs']} | – |")
    else:
        lines.append(f"| Pyodide (Node) | failed: {pyodide.get('error', '')[:200]} | | | |")
    for label, row in zip(("CPython", "Pyodide (Node)"), amounts or ()):
        if "median_ms" in row:
            lines.append(f"| {label}, answer sets with every amount (`amounts_part`) | "
                         f"{row['median_ms']:.3f} ms | {row['p95_ms']:.3f} ms | {row['runs']} | "
                         f"{'< 10 ms' if label == 'CPython' else '–'} |")
    first, repeat = browser["first_visit"], browser["repeat_visit"]
    lines += ["", "## Checker page: bytes over the wire (counted by the local server, brotli)", "",
              f"{COMMAND}, `_browser_runs` (response bodies; headers not counted).", "",
              "| visit | bytes | requests with a body or 304 |", "|---|---|---|",
              f"| first (empty cache) | {_kb(first['bytes'])} | {first['requests']} |",
              f"| repeat (same browser) | {_kb(repeat['bytes'])} | {repeat['requests']} |", "",
              f"Repeat visit: engine ready after {repeat['engine_ready_ms'] / 1000:.2f} s "
              "(target < 2 s unthrottled).", "",
              "## Resident answering one question every 3 s", "",
              f"{COMMAND}, `_browser_runs` (median of {repeats} residents per network).", "",
              "| network | engine ready | wait after the last answer | target |",
              "|---|---|---|---|"]
    for label, row in browser["profiles"].items():
        target = "0 s wait" if label.startswith("9") else ""
        lines.append(f"| {label} | {row['engine_ready_ms'] / 1000:.1f} s | "
                     f"{row['wait_after_last_answer_ms'] / 1000:.2f} s | {target} |")
    if weight:
        lines += _weight_lines(weight)
    if lighthouse:
        lines += _lighthouse_lines(lighthouse, repeats)
    lines += ["", "## Build", "",
              f"{COMMAND}, `bench_scale.scaled_build` on a copy of the repository's data.", "",
              f"Full build of all five variants: median {build['median_s']:.1f} s for "
              f"{build['pages']} pages ({build['pages_per_s']:.0f} pages/s), {build['runs']} runs "
              "(with the compression cache warm), in one process (`ROUTEKAART_WORKERS=1`, so that "
              "every step can be timed; the two-core figures are in the next section)."]
    if scaling:
        lines += _scaling_lines(*scaling)
    lines.append("")
    (ROOT / "BENCHMARKS.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
