"""A local static server that behaves like a good production host, plus the editor loop.

* Serves precompressed ``.br`` / ``.gz`` files when the browser accepts them.
* Long cache lifetimes for versioned assets (Pyodide, the engine wheel, theme assets),
  ``no-cache`` for pages, so repeat visits do not download Pyodide again.
* Binds to 127.0.0.1 only.
* ``routekaart serve`` (``serve_forever``) builds the Dutch pages first and serves them, then
  builds all variants in the background. It watches the data: after a change the Dutch pages
  that the change touches are rebuilt at once (``live``), the open browser tab reloads by
  itself, and the other variants follow in a background build. A broken edit shows its
  problems with file:line in the terminal and on the page; the last good page stays served.
  Only this server adds the reload script (``web/livereload.js``) to pages, as it sends them;
  the built files never contain it.
"""
from __future__ import annotations

import hashlib
import http.server
import json
import mimetypes
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from ..data.document_kinds import DATA_LOCATIONS
from .publish import PAGE, SECURITY, cache_control

WATCHED = DATA_LOCATIONS + ("translations", "overrides", "mkdocs.yml", "docs")
EXTRA_TYPES = {".wasm": "application/wasm", ".mjs": "text/javascript",
               ".whl": "application/zip", ".json": "application/json",
               ".webmanifest": "application/manifest+json"}
LIVE = "/__routekaart/"
LIVE_SCRIPT = Path(__file__).resolve().parent.parent / "web" / "livereload.js"
PACKAGE_PARENT = Path(__file__).resolve().parents[2]
POLL = 0.2        # seconds between looks at the data files
NOTHING_BUILT = ('<!doctype html><html lang="nl"><head><meta charset="utf-8">'
                 '<title>Nog niet gebouwd</title></head><body><h1>Deze pagina is nog niet '
                 'gebouwd</h1><p>Er staat een fout in de gegevens. Herstel de fout en sla het '
                 'bestand op; deze pagina laadt dan vanzelf opnieuw.</p></body></html>')
KEEPALIVE = 15.0


class LiveState:
    """What the open pages need to know: the site's version, which pages changed in which
    version, and the current build error (None when the last edit built)."""

    def __init__(self):
        self.server = f"{os.getpid()}-{time.time_ns()}"
        self.version = 0
        self.changed: dict[str, int] = {}
        self.error: str | None = None
        self._cond = threading.Condition()

    def publish(self, urls: list[str]) -> None:
        with self._cond:
            self.version += 1
            for url in urls:
                self.changed[url] = self.version
            self.error = None
            self._cond.notify_all()

    def fail(self, message: str) -> None:
        with self._cond:
            self.version += 1
            self.error = message
            self._cond.notify_all()

    def message(self, page: str, since: int) -> dict:
        with self._cond:
            reload = max(self.changed.get(page, 0), self.changed.get("*", 0)) > since
            return {"server": self.server, "version": self.version, "error": self.error,
                    "reload": reload}

    def wait(self, seen: int, timeout: float) -> int:
        with self._cond:
            self._cond.wait_for(lambda: self.version != seen, timeout)
            return self.version


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **EXTRA_TYPES}
    live: LiveState | None = None

    def log_message(self, format, *args):  # quiet by default; tests read no logs
        if os.environ.get("ROUTEKAART_SERVE_LOG"):
            super().log_message(format, *args)

    def _cache_control(self, path: str) -> str:
        return PAGE if path.endswith(".html") else cache_control(self.path)

    def do_GET(self):
        if self.live is not None and self.path.startswith(LIVE):
            return self._live_request()
        return super().do_GET()

    def send_head(self):
        path = self.translate_path(self.path)
        if self.live is not None and self.live.error and not os.path.exists(
                os.path.join(path, "index.html") if os.path.isdir(path) else path):
            return self._live_page(None)        # nothing built yet: the error on a page
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # redirect to the slash form
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            return super().send_head()
        if self.live is not None and path.endswith(".html"):
            return self._live_page(path)
        accepted = self.headers.get("Accept-Encoding", "")
        chosen, encoding = path, None
        for suffix, name in ((".br", "br"), (".gz", "gzip")):
            if name in accepted and os.path.isfile(path + suffix):
                chosen, encoding = path + suffix, name
                break
        ctype = self.extensions_map.get(Path(path).suffix) or \
            mimetypes.guess_type(path)[0] or "application/octet-stream"
        handle = open(chosen, "rb")
        stat = os.fstat(handle.fileno())
        if self.headers.get("If-None-Match") == _etag(stat):
            handle.close()
            self.send_response(304)
            self.send_header("ETag", _etag(stat))
            self.send_header("Cache-Control", self._cache_control(path))
            self.end_headers()
            return None
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(stat.st_size))
        self.send_header("Cache-Control", self._cache_control(path))
        self.send_header("ETag", _etag(stat))
        for name, value in SECURITY.items():
            self.send_header(name, value)
        self.end_headers()
        return handle

    # --- live preview (only when serve_forever runs the editor loop) -----------------------

    def _send_bytes(self, data: bytes, ctype: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for name, value in SECURITY.items():
            self.send_header(name, value)
        self.end_headers()

    def _live_page(self, path: str | None):
        """The page with the reload script added (the file on disk stays as built); with no
        *path*, a page that only holds the build error (shown by the script)."""
        import io

        if path is None:
            html = NOTHING_BUILT
        else:
            with open(path, "rb") as handle:
                html = handle.read().decode("utf-8")
        tag = (f'<script src="{LIVE}livereload.js" data-versie="{self.live.version}" '
               'defer></script>')
        html = html.replace("</body>", tag + "</body>", 1) if "</body>" in html else html + tag
        data = html.encode("utf-8")
        self._send_bytes(data, "text/html; charset=utf-8")
        return io.BytesIO(data)

    def _live_request(self):
        url = urlsplit(self.path)
        if url.path == LIVE + "livereload.js":
            data = LIVE_SCRIPT.read_bytes()
            self._send_bytes(data, "text/javascript; charset=utf-8")
            self.wfile.write(data)
        elif url.path == LIVE + "events":
            query = parse_qs(url.query)
            page = query.get("pagina", ["/"])[0]
            since = int(query.get("versie", ["0"])[0] or 0)
            self._events(page, since)
        else:
            self.send_error(404)

    def _events(self, page: str, since: int) -> None:
        """Server-Sent Events: the state now, then after every change; a comment now and then
        keeps the connection open."""
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = -1
        try:
            while True:
                if self.live.version != seen:
                    state = self.live.message(page, since)
                    seen = state["version"]
                    self.wfile.write(f"event: state\ndata: {json.dumps(state)}\n\n".encode())
                else:
                    self.wfile.write(b": wacht\n\n")
                self.wfile.flush()
                self.live.wait(seen, KEEPALIVE)
        except (BrokenPipeError, ConnectionResetError, ValueError):
            return


def _etag(stat) -> str:
    return f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_server(site: Path, port: int = 0, live: LiveState | None = None) -> QuietServer:
    """A server for *site* on 127.0.0.1 (port 0 picks a free port); with *live*, pages get
    the reload script and ``/__routekaart/events`` tells them about changes."""
    handler_class = Handler if live is None else type("LiveHandler", (Handler,), {"live": live})
    handler = partial(handler_class, directory=str(site))
    return QuietServer(("127.0.0.1", port), handler)


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
