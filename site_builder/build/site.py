"""Build the whole site: validate, render every variant, run mkdocs, check, swap in.

Everything is built in a staging folder next to the output. Only when every
variant has built and the offline check passed is the old ``site/`` replaced, by
renaming; a failure leaves the previous site byte-for-byte as it was.

Both cores work: the variants are built in worker processes (``ROUTEKAART_WORKERS``, default
the number of cores, 1 = everything in this process), and the slow brotli 11 of Pyodide starts
first so it runs alongside them (see ``compress``). SIGTERM or SIGINT stops the workers and
removes the staging folder; a folder left by a build that was killed outright (SIGKILL, power
loss) is removed by the next build.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from . import variant as variant_module
from .assets import asset_urls, install_assets, pyodide_dir, PYODIDE_FILES, _own_files
from .checks import full_check
from .compress import compress_file, files_to_compress, prune_cache, warm_cache
from .failure import BuildFailed, BuildInterrupted
from .progress import as_status
from .publish import swap_in, write_host_files
from .variant import VariantJob, build_variant
from ..language.i18n import VARIANTS, Translator
from ..render.figures import open_data

__all__ = ["BuildFailed", "BuildInterrupted", "build_site", "remove_stale_folders"]
STAGING = ".site-staging-"
# what a build or ``publish`` leaves while it runs: the staging folder, and the old and the
# incoming copy during a swap (``publish.swap_in``), each named after its process id
LEFTOVER = re.compile(r"^(?:\.site-staging-|\..+\.(?:oud|nieuw)-)(\d+)$")


def workers() -> int:
    wanted = os.environ.get("ROUTEKAART_WORKERS")
    return max(1, int(wanted)) if wanted else max(1, min(len(VARIANTS), os.cpu_count() or 1))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_in_background(paths: list[Path]) -> None:
    """Delete folders without waiting: on a disk mounted with ``discard`` deleting a site
    written minutes ago takes longer than building it. A separate process does it, so it
    finishes even when this one exits right after the build."""
    if paths:
        subprocess.Popen([sys.executable, "-c", _REMOVER, *map(str, paths)],
                         start_new_session=True, stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_REMOVER = "import shutil, sys\nfor p in sys.argv[1:]: shutil.rmtree(p, ignore_errors=True)"


def stale_folders(parent: Path) -> list[Path]:
    """Staging (and half-swapped) folders in *parent* that builds which no longer run left
    behind; a folder of a build that is still running is not one."""
    found = []
    if not parent.is_dir():
        return found
    for path in parent.iterdir():
        match = LEFTOVER.match(path.name)
        if match is None or not path.is_dir():
            continue
        pid = int(match.group(1))
        if pid != os.getpid() and _alive(pid):
            continue
        found.append(path)
    return found


def remove_stale_folders(parent: Path, wait: bool = False) -> list[Path]:
    """Remove what ``stale_folders`` finds (in the background unless *wait*)."""
    found = stale_folders(parent)
    if wait:
        for path in found:
            shutil.rmtree(path, ignore_errors=True)
    else:
        remove_in_background(found)
    return found


def _replace(site_dir: Path, out: Path) -> None:
    """Swap the new site in; the old one is deleted in the background."""
    old = out.parent / f".{out.name}.oud-{os.getpid()}"
    shutil.rmtree(old, ignore_errors=True)
    with _signals_held():           # never stop between the two renames: no site at all
        if out.exists():
            out.rename(old)
        swap_in(site_dir, out)
    remove_in_background([old] if old.exists() else [])


@contextmanager
def _signals_held():
    """SIGTERM and SIGINT wait until the block is done (then they act as usual)."""
    held = {signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


@contextmanager
def _signals_interrupt():
    """Turn SIGTERM into ``BuildInterrupted`` (SIGINT already raises KeyboardInterrupt), so
    the build's ``finally`` clean-up runs. Only the main thread can set handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupted(signum, _frame):
        raise BuildInterrupted(signum)

    previous = signal.signal(signal.SIGTERM, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _worker_init() -> None:
    # The parent decides: workers die on SIGTERM (Pool.terminate) and ignore Ctrl+C,
    # which the terminal sends to the whole process group.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()


def _die_with_parent() -> None:
    """On Linux, a worker is killed when the build is (SIGKILL leaves no time to stop it),
    so it cannot go on writing into a staging folder that the next build removes."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)      # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class _InProcess:
    """The Pool interface for ROUTEKAART_WORKERS=1: every task runs at once, here."""

    class _Done:
        def __init__(self, fn, args):
            self.value, self.error = None, None
            try:
                self.value = fn(*args)
            except Exception as exc:  # re-raised by get(), like a pool's result
                self.error = exc

        def ready(self):
            return True

        def get(self):
            if self.error:
                raise self.error
            return self.value

    def apply_async(self, fn, args):
        return self._Done(fn, args)

    def terminate(self):
        pass

    def close(self):
        pass

    def join(self):
        pass


def _pool(count: int):
    if count == 1:
        return _InProcess()
    return multiprocessing.get_context("fork").Pool(count, initializer=_worker_init)


def _wait(tasks: list, status, label: str, describe=lambda r: "") -> list:
    """Results of *tasks* in order, showing how many are done while waiting: the line ticks
    every half second in a terminal; elsewhere a line per finished task, and one every 10 s
    while none finishes."""
    done: dict = {}
    started = last = time.monotonic()
    while len(done) < len(tasks):
        for i, task in enumerate(tasks):
            if i not in done and task.ready():
                done[i] = task.get()
                status.count(label, len(done), len(tasks), describe(done[i]))
                last = time.monotonic()
        if len(done) < len(tasks):
            time.sleep(0.1)
            now = time.monotonic()
            if now - last >= (0.5 if status.terminal else 10.0):
                status.count(label, len(done), len(tasks), f"bezig, {now - started:.0f} s")
                last = now
    return [done[i] for i in range(len(tasks))]


def _compress_group(paths: list, rel: str, cache: str) -> int:
    """Compress identical files (the theme's bundle is in every variant) once."""
    saved = compress_file(paths[0], rel, cache)
    for other in paths[1:]:
        for suffix in (".br", ".gz"):
            shutil.copyfile(paths[0] + suffix, other + suffix)
    return saved * len(paths)


def _group_by_content(files: list) -> list:
    groups: dict = {}
    for path, rel in files:
        key = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        groups.setdefault(key, ([], rel))[0].append(path)
    return list(groups.values())


def _merge(site: Path, others: Path) -> None:
    """Move the other variants' folders (``others/a2`` …) into the Dutch site."""
    if others.is_dir():
        for child in others.iterdir():
            child.rename(site / child.name)


# Validation rules a test may pass over to reach the defence behind them (the escaping
# behind the refusal of markup in interface translations). Only a direct call of
# build_site can do so; no command, setting or environment variable reaches it.
TESTABLE_BEHIND = frozenset({"po-opmaak"})


def build_site(root: Path, out: Path, peildatum: dt.date | None = None, strict: bool = False,
               progress=print, today: dt.date | None = None,
               _pass_over: frozenset[str] = frozenset()) -> Path:
    """Validate and build all variants into *out* atomically; returns *out*.

    *_pass_over* is for tests only: error codes from TESTABLE_BEHIND to build despite."""
    if not _pass_over <= TESTABLE_BEHIND:
        raise ValueError(f"alleen {sorted(TESTABLE_BEHIND)} kan een test overslaan")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    status = as_status(progress)
    root = Path(root).resolve()
    out = (root / out) if not Path(out).is_absolute() else Path(out)
    started = time.perf_counter()
    out.parent.mkdir(parents=True, exist_ok=True)
    for stale in remove_stale_folders(out.parent):
        status(f"Achtergebleven map van een afgebroken bouw verwijderd: {stale.name}")
    status.update("Gegevens en vertalingen controleren …", final=True)
    catalog, problems = full_check(root, today)
    problems.items = [p for p in problems.items if p.code not in _pass_over]
    if problems.errors or (strict and problems.warnings):
        raise BuildFailed("er zijn fouten in de gegevens", problems, catalog.files)
    readability = [w for w in problems.warnings if w.code == "leesbaarheid"]
    for warning in problems.warnings:
        if warning.code != "leesbaarheid":
            status(warning.format())
    if readability:
        status(f"{len(readability)} teksten zijn misschien te moeilijk voor hun taalniveau; "
               "'routekaart validate' toont ze per bestand en sleutel.")
    status(f"Gegevens gecontroleerd in {time.perf_counter() - started:.1f} s")
    peildatum = peildatum or today or dt.date.today()
    preview = peildatum != (today or dt.date.today())
    cache = Path(os.environ.get("ROUTEKAART_CACHE") or root / ".build-cache")
    staging = out.parent / f"{STAGING}{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    site_dir, others = staging / "site", staging / "others"
    pool = None
    try:
        with _signals_interrupt():
            urls = asset_urls(root)
            variant_module.CATALOG = catalog
            pool = _pool(workers())
            # the slow brotli 11 of the big immutable assets starts first, next to the pages
            warming = [pool.apply_async(warm_cache, (str(pyodide_dir(root) / name), str(cache)))
                       for name in PYODIDE_FILES]
            warming += [pool.apply_async(warm_cache, (data, str(cache)))
                        for data in _own_files().values()]
            jobs = []
            for variant in VARIANTS:
                target = others / variant.prefix if variant.prefix else site_dir
                jobs.append(VariantJob(
                    root, variant.code, staging / "work" / "docs" / variant.code,
                    staging / "work" / f"mkdocs-{variant.code}.yml", target,
                    others if variant.prefix else site_dir, peildatum, preview, strict, urls,
                    cache))
            tasks = [pool.apply_async(build_variant, (job,)) for job in jobs]
            t0 = time.perf_counter()
            results = _wait(tasks, status, "Taalvarianten gebouwd",
                            lambda r: f"{r['code']}: {r['pages']} pagina's in {r['seconds']:.1f} s")
            status(f"{len(VARIANTS)} taalvarianten gebouwd in {time.perf_counter() - t0:.1f} s ("
                   + ", ".join(f"{r['code']} {r['seconds']:.1f} s" for r in results) + ")")
            status(f"Controle: geen verzoeken naar andere sites; beveiligingsbeleid op "
                   f"{sum(r['checked'] for r in results)} pagina's")
            _merge(site_dir, others)
            install_assets(root, site_dir)
            translators = {v.code: Translator(root, v) for v in VARIANTS}
            for name, text in open_data(catalog, translators).items():   # once, at the root
                (site_dir / name).write_text(text, encoding="utf-8")
                compress_file(str(site_dir / name), name, str(cache))
            write_host_files(site_dir)
            t0 = time.perf_counter()
            _wait(warming, status, "Pyodide en engine comprimeren (brotli 11, eenmalig)")
            groups = _group_by_content(files_to_compress(site_dir, immutable=True))
            assets = [pool.apply_async(_compress_group, (paths, rel, str(cache)))
                      for paths, rel in groups]
            saved = sum(_wait(assets, status, "Vaste bestanden comprimeren"))
            saved += sum(r["saved"] for r in results)
            files = sum(len(paths) for paths, _ in groups) + sum(r["compressed"] for r in results)
            prune_cache(cache)
            status(f"Gecomprimeerd: {files} bestanden (brotli en gzip), {saved // 1024} KB "
                   f"kleiner; vaste bestanden in {time.perf_counter() - t0:.1f} s")
            _replace(site_dir, out)
    except (BuildFailed, BuildInterrupted, KeyboardInterrupt):
        raise
    except Exception as exc:  # keep the old site whatever went wrong
        raise BuildFailed(f"onverwachte fout tijdens het bouwen: {exc!r}") from exc
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        variant_module.CATALOG = None
        shutil.rmtree(staging, ignore_errors=True)
    total = sum(r["pages"] for r in results)
    status(f"Klaar: {total} pagina's in {len(VARIANTS)} taalvarianten in "
           f"{time.perf_counter() - started:.1f} s, in {out}/")
    return out
