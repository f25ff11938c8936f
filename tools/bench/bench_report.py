"""``./run bench``, report part: BENCHMARKS.md from the measurements of ``bench.py`` (engine,
checker page, resident, page weight, Lighthouse, build and scaling), as Markdown tables.
"""
from __future__ import annotations

import datetime as dt
import os
import platform
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WEIGHT_BUDGET = 150 * 1024
SEARCH_WORD = "huurtoeslag"


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
