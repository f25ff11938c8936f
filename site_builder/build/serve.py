"""``routekaart serve``: the editor loop around the local server (``static_server.py``).

``serve_forever`` builds the Dutch pages first and serves them, then builds all variants in
the background. It watches the data: after a change the Dutch pages that the change touches
are rebuilt at once (``live``), the open browser tab reloads by itself, and the other
variants follow in a background build. A broken edit shows its problems with file:line in
the terminal and on the page; the last good page stays served.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from ..data.document_kinds import DATA_LOCATIONS
from .static_server import LiveState, make_server

WATCHED = DATA_LOCATIONS + ("translations", "overrides", "mkdocs.yml", "docs")
PACKAGE_PARENT = Path(__file__).resolve().parents[2]
POLL = 0.2        # seconds between looks at the data files


def _snapshot(root: Path) -> dict:
    state = {}
    for name in WATCHED:
        base = root / name
        paths = [base] if base.is_file() else base.rglob("*") if base.is_dir() else []
        for path in paths:
            if path.is_file():
                state[str(path)] = path.stat().st_mtime_ns
    return state


def page_hashes(site: Path) -> dict:
    """URL path -> hash of every served page, to tell which pages a build changed."""
    hashes = {}
    for path in site.rglob("*.html"):
        rel = path.relative_to(site).as_posix()
        url = "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        hashes[url] = hashlib.sha1(path.read_bytes()).digest()
    return hashes


class BackgroundBuild:
    """``routekaart build`` of all variants in a child process, which a new edit stops
    (the build removes its staging folder on SIGTERM)."""

    def __init__(self, root: Path, out: Path, peildatum, echo, done):
        self.root, self.out, self.peildatum = root, out, peildatum
        self.echo, self.done = echo, done
        self.process: subprocess.Popen | None = None
        self._stopped: set[int] = set()       # pids of builds stopped on purpose

    def start(self) -> None:
        self.stop()
        args = [sys.executable, "-m", "site_builder.cli", "build", "--uit", str(self.out)]
        if self.peildatum:
            args += ["--peildatum", self.peildatum.isoformat()]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            [str(PACKAGE_PARENT)] + [p for p in [os.environ.get("PYTHONPATH")] if p])}
        self.process = subprocess.Popen(args, cwd=self.root, env=env, text=True,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL)
        threading.Thread(target=self._follow, args=(self.process,), daemon=True).start()

    def _follow(self, process: subprocess.Popen) -> None:
        lines = []
        for line in process.stdout:
            line = line.rstrip("\n")
            lines.append(line)
            self.echo(f"  [alle talen] {line}")
        code = process.wait()
        if process.pid not in self._stopped:
            self.done(code, lines)

    def stop(self, wait: bool = True) -> None:
        """Stop the build (it removes its staging folder); *wait* False only asks, and
        ``wait_stopped`` waits later."""
        if self.process is not None and self.process.poll() is None:
            self._stopped.add(self.process.pid)
            self.process.terminate()
        if wait:
            self.wait_stopped()

    def wait_stopped(self) -> None:
        process, self.process = self.process, None
        if process is not None:
            process.wait()

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


def _problem_text(problems) -> str:
    return "\n".join(p.format() for p in problems.sorted() if p.severity == "fout")


class Editor:
    """The loop: a change -> Dutch pages now -> all variants in the background."""

    def __init__(self, root: Path, site: Path, peildatum, echo):
        from .live import LiveBuilder

        self.root, self.site, self.echo = root, site, echo
        self.work = Path(tempfile.mkdtemp(prefix="routekaart-serve-"))
        self.live = LiveState()
        self.builder = LiveBuilder(root, site, self.work, peildatum)
        self.full = BackgroundBuild(root, site, peildatum, echo, self._full_done)
        self._before: dict = {}

    def change(self, changed: list[Path] | None) -> bool:
        """Rebuild after *changed* files (None: everything); True when the pages built."""
        from .failure import BuildFailed

        self.full.stop(wait=False)       # it stops while the Dutch pages are rendered
        try:
            result = self.builder.update(changed, before_writing=self.full.wait_stopped)
        except BuildFailed as failure:
            return self._failed(str(failure))
        finally:
            self.full.wait_stopped()
        if result.problems is not None:
            for problem in result.problems.sorted():
                if problem.severity == "fout":
                    self.echo(problem.format())
            return self._failed(_problem_text(result.problems))
        shown = ", ".join(result.urls[:3]) + (" …" if len(result.urls) > 3 else "")
        self.echo(f"Nederlands bijgewerkt in {result.seconds:.1f} s: {len(result.urls)} "
                  f"pagina's{' (' + shown + ')' if result.urls else ''}. De andere talen "
                  "volgen op de achtergrond.")
        self.live.publish(result.urls)
        self._before = page_hashes(self.site)
        self.full.start()
        return True

    def _failed(self, text: str) -> bool:
        self.live.fail(text)
        self.echo("Niet bijgewerkt: er staat een fout in de gegevens (zie hierboven en op de "
                  "pagina). De vorige versie blijft zichtbaar.")
        return False

    def _full_done(self, code: int, lines: list[str]) -> None:
        if code == 0:
            after = page_hashes(self.site)
            changed = [url for url, digest in after.items() if self._before.get(url) != digest]
            self.live.publish(changed)
            self.echo(f"Alle talen bijgewerkt ({len(changed)} pagina's anders dan de "
                      "Nederlandse voorvertoning).")
        else:
            self.live.fail("\n".join(lines[-15:]))
            self.echo("De andere talen zijn niet gebouwd (zie hierboven). De vorige versie "
                      "blijft zichtbaar.")

    def close(self) -> None:
        self.full.done = lambda *_: None      # stopping: a build cut short is no error
        self.full.stop()
        shutil.rmtree(self.work, ignore_errors=True)


def _changes(before: dict, after: dict) -> list[Path]:
    return sorted(Path(p) for p in set(before) | set(after) if before.get(p) != after.get(p))


def serve_forever(root: Path, out: Path, port: int, echo=print, peildatum=None) -> None:
    root = Path(root).resolve()
    site = out if out.is_absolute() else root / out
    site.mkdir(parents=True, exist_ok=True)
    previous = None
    if threading.current_thread() is threading.main_thread():
        def stop(_signum, _frame):
            raise KeyboardInterrupt
        previous = signal.signal(signal.SIGTERM, stop)
    editor = Editor(root, site, peildatum, echo)
    server = None
    try:
        seen = _snapshot(root)                    # an edit made while building still counts
        echo("De Nederlandse pagina's worden gebouwd …")
        editor.change(None)
        server = make_server(site, port, editor.live)
        echo(f"De site staat op http://127.0.0.1:{server.server_address[1]}/ (stoppen: Ctrl+C)")
        threading.Thread(target=server.serve_forever, daemon=True).start()
        while True:
            time.sleep(POLL)
            now = _snapshot(root)
            if now == seen:
                continue
            time.sleep(0.05)                      # let the editor finish writing
            now = _snapshot(root)
            changed, seen = _changes(seen, now), now
            echo("Wijziging: " + ", ".join(_shown(root, p) for p in changed[:3])
                 + (" …" if len(changed) > 3 else ""))
            editor.change(changed)
    except KeyboardInterrupt:
        echo("Gestopt.")
    finally:
        if server is not None:
            server.shutdown()
        editor.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _shown(root: Path, path: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)
