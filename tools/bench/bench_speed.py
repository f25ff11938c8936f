"""``./run bench`` (or ``./run bench snelheid`` alone): build speed and the editor loop.

Side by side, in one run, each figure the median of ``BENCH_REPEATS`` (default 3) runs:

* **cold build**: ``routekaart build`` of a copy of the repository's data with an empty
  compression cache (what a fresh clone does once);
* **warm build**: the same again with the cache that the cold build filled;
* **edit → page**: ``routekaart serve`` running, one YAML edit (the zorgtoeslag's name), until
  the served Dutch page has the new text (``BENCH_EDITS``, default 5, edits);
* **fresh clone → first page**: ``git clone`` of this repository into a temporary folder,
  ``./run serve`` until the home page is served, with its own ``.venv`` and ``node_modules``
  installed from PyPI and npm (installs included), and once more after removing the site and
  the cache (installs excluded). Skipped with ``BENCH_CLONE=0``.

Every figure also records the CPU seconds (user + system, child processes included) and the
load average, because the machine is shared: wall time on a busy machine says more about the
neighbours than about the build; CPU seconds / 2 is what two free cores would need at best.
"""
from __future__ import annotations

import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START = "<!-- bench_speed: begin -->"
END = "<!-- bench_speed: end -->"
COMMAND = "Command: `./run bench snelheid` (`python -m tools.bench.bench_speed`)"
TARGETS = {"cold": 60.0, "warm": 15.0, "edit": 3.0}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _env(cache: Path) -> dict:
    return {**os.environ, "ROUTEKAART_CACHE": str(cache), "PYTHONPATH": str(ROOT),
            "CI": "1"}


def _routekaart(args: list[str], cwd: Path, cache: Path) -> dict:
    load = os.getloadavg()[0]
    cpu, t0 = _cpu(), time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "site_builder.cli", *args], cwd=cwd,
                         env=_env(cache), capture_output=True, text=True, timeout=3600)
    if run.returncode:
        raise RuntimeError(run.stdout[-2000:] + run.stderr[-2000:])
    return {"wall": time.perf_counter() - t0, "cpu": _cpu() - cpu, "load": load}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _served(url: str, text: str | None = None) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            body = response.read().decode("utf-8", "replace")
    except OSError:
        return False
    return text is None or text in body


def _wait(predicate, timeout: float, poll: float = 0.02) -> float:
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if predicate():
            return time.perf_counter() - t0
        time.sleep(poll)
    raise TimeoutError("timed out")


def builds(workdir: Path, repeats: int, echo=print) -> dict:
    """Cold builds (each in an empty cache) and warm builds (a filled cache)."""
    from .bench_scale import copy_inputs

    root = copy_inputs(workdir / "data")
    cold, warm = [], []
    for i in range(repeats):
        cache = workdir / f"cache-{i}"
        echo(f"  cold build {i + 1}/{repeats} …", flush=True)
        cold.append(_routekaart(["build"], root, cache))
        echo(f"  warm build {i + 1}/{repeats} …", flush=True)
        warm.append(_routekaart(["build"], root, cache))
        if i:
            shutil.rmtree(cache, ignore_errors=True)
    pages = sum(1 for _ in (root / "site").rglob("index.html"))
    return {"cold": cold, "warm": warm, "pages": pages}


def edits(workdir: Path, count: int, echo=print) -> dict:
    """``routekaart serve`` and *count* edits of one regeling; seconds until served."""
    from .bench_scale import copy_inputs

    root = copy_inputs(workdir / "serve")
    cache = workdir / "cache-0"              # filled by the builds, like an editor's clone
    port = _free_port()
    log = (workdir / "serve.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "site_builder.cli", "serve", "--poort",
                                str(port)], cwd=root, env=_env(cache), stdout=log,
                               stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/regelingen/zorgtoeslag/"
    path = root / "regelingen" / "landelijk" / "zorgtoeslag.yaml"
    original = path.read_text(encoding="utf-8")
    times, loads = [], []
    try:
        _wait(lambda: _served(url, "Zorgtoeslag"), 600, 0.2)
        for i in range(count):
            time.sleep(2.0)
            name = f"Zorgtoeslag proef {i}"
            echo(f"  edit {i + 1}/{count} …", flush=True)
            loads.append(os.getloadavg()[0])
            t0 = time.perf_counter()
            path.write_text(original.replace("naam: Zorgtoeslag", f"naam: {name}", 1),
                            encoding="utf-8")
            _wait(lambda: _served(url, name), 120)
            times.append(time.perf_counter() - t0)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=120)
        log.close()
    reported = [float(s) for s in re.findall(r"Nederlands bijgewerkt in ([\d.]+) s",
                                             (workdir / "serve.log").read_text())[1:]]
    return {"times": times, "loads": loads, "rebuild": reported}


def fresh_clone(workdir: Path, echo=print) -> dict:
    """``./run serve`` in a fresh clone: installs included, then excluded."""
    clone = workdir / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    out = {}
    for label in ("with installs", "without installs"):
        if label == "without installs":
            for name in ("site", ".build-cache"):
                shutil.rmtree(clone / name, ignore_errors=True)
        port = _free_port()
        echo(f"  fresh clone, ./run serve ({label}) …", flush=True)
        env = {k: v for k, v in os.environ.items()
               if k not in ("PYTHONPATH", "ROUTEKAART_CACHE", "VIRTUAL_ENV")}
        log_path = workdir / f"clone-{label.replace(' ', '-')}.log"
        log = log_path.open("w")
        load, cpu, t0 = os.getloadavg()[0], _cpu(), time.perf_counter()
        process = subprocess.Popen(["./run", "serve", "--poort", str(port)], cwd=clone, env=env,
                                   stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wall = _wait(lambda: _served(f"http://127.0.0.1:{port}/", "Routekaart"), 3600, 0.2)
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=120)
            log.close()
        text = log_path.read_text(errors="replace")
        steps = re.findall(r"==> (.+): klaar in (\d+) s", text)
        out[label] = {"wall": wall, "cpu": _cpu() - cpu, "load": load, "steps": steps}
    return out


def _median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def report_lines(result: dict, repeats: int) -> list[str]:
    b = result["builds"]
    e = result["edits"]
    lines = [START, "## Build speed and the editor loop (issue 16)", "",
             f"{COMMAND}; part of `./run bench`. {repeats} runs per build figure, "
             f"{len(e['times'])} edits; medians. Wall time on this shared machine depends on "
             "the other sessions, so every row also gives the CPU seconds of the build "
             "(user + system, worker processes included) and the load average when it "
             "started; CPU / 2 is what two otherwise idle cores need at least.", "",
             "| what | median wall | runs (wall) | median CPU | load avg | target |",
             "|---|---|---|---|---|---|"]
    for key, label in (("cold", "cold build, empty cache (5 variants)"),
                       ("warm", "warm build (cache filled)")):
        runs = b[key]
        lines.append(f"| {label} | {_median(runs, 'wall'):.1f} s | "
                     + ", ".join(f"{r['wall']:.1f}" for r in runs)
                     + f" | {_median(runs, 'cpu'):.1f} s | "
                     + ", ".join(f"{r['load']:.1f}" for r in runs)
                     + f" | ≤ {TARGETS[key]:.0f} s |")
    if e["times"]:
        lines.append(f"| one YAML edit → changed Dutch page served | "
                     f"{statistics.median(e['times']):.2f} s | "
                     + ", ".join(f"{t:.2f}" for t in e["times"])
                     + " | – | " + ", ".join(f"{x:.1f}" for x in e["loads"])
                     + f" | ≤ {TARGETS['edit']:.0f} s |")
    clone = result.get("clone")
    if clone:
        for label, row in clone.items():
            lines.append(f"| fresh clone: `./run serve` to first page, {label} | "
                         f"{row['wall']:.1f} s | 1 run | {row['cpu']:.1f} s | "
                         f"{row['load']:.1f} | – |")
    lines += ["", f"The build made {b['pages']} pages. "]
    if e["rebuild"]:
        lines[-1] += ("In the editor loop the server itself reported the Dutch rebuild at "
                      f"median {statistics.median(e['rebuild']):.2f} s per edit; the rest is "
                      "noticing the change (it looks every 0.2 s) and fetching the page.")
    if clone:
        for label, row in clone.items():
            if row["steps"]:
                lines += ["", f"Install steps of the fresh clone ({label}): "
                          + "; ".join(f"{name} {secs} s" for name, secs in row["steps"]) + "."]
    lines.append(END)
    return lines


def run_all(echo=print) -> dict:
    repeats = int(os.environ.get("BENCH_REPEATS", "3"))
    with tempfile.TemporaryDirectory(prefix="routekaart-speed-") as tmp:
        tmp = Path(tmp)
        echo("build speed (cold and warm) …", flush=True)
        result = {"builds": builds(tmp, repeats, echo)}
        echo("editor loop …", flush=True)
        result["edits"] = edits(tmp, int(os.environ.get("BENCH_EDITS", "5")), echo)
        if os.environ.get("BENCH_CLONE", "1") != "0":
            echo("fresh clone …", flush=True)
            result["clone"] = fresh_clone(tmp, echo)
    result["lines"] = report_lines(result, repeats)
    return result


def write_section(lines: list[str], path: Path = ROOT / "BENCHMARKS.md") -> None:
    """Put the section into BENCHMARKS.md, replacing an earlier one (the rest stays)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    block = "\n".join(lines)
    if START in text and END in text:
        text = text[:text.index(START)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    result = run_all()
    write_section(result["lines"])
    print("\n".join(result["lines"]))


if __name__ == "__main__":
    main()
