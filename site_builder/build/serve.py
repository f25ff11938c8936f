"""A local static server that behaves like a good production host, plus a rebuild watcher.

* Serves precompressed ``.br`` / ``.gz`` files when the browser accepts them.
* Long cache lifetimes for versioned assets (Pyodide, the engine wheel, theme assets),
  ``no-cache`` for pages, so repeat visits do not download Pyodide again.
* Binds to 127.0.0.1 only. Rebuilds when an editor's file changes; a failed rebuild
  prints its problems and keeps serving the previous site.
"""
from __future__ import annotations

import http.server
import mimetypes
import os
import threading
import time
from functools import partial
from pathlib import Path

from ..data.document_kinds import DATA_LOCATIONS
from .publish import PAGE, SECURITY, cache_control

WATCHED = DATA_LOCATIONS + ("translations", "overrides", "mkdocs.yml", "docs")
EXTRA_TYPES = {".wasm": "application/wasm", ".mjs": "text/javascript",
               ".whl": "application/zip", ".json": "application/json",
               ".webmanifest": "application/manifest+json"}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **EXTRA_TYPES}

    def log_message(self, format, *args):  # quiet by default; tests read no logs
        if os.environ.get("ROUTEKAART_SERVE_LOG"):
            super().log_message(format, *args)

    def _cache_control(self, path: str) -> str:
        return PAGE if path.endswith(".html") else cache_control(self.path)

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # redirect to the slash form
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            return super().send_head()
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


def _etag(stat) -> str:
    return f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_server(site: Path, port: int = 0) -> QuietServer:
    """A server for *site* on 127.0.0.1 (port 0 picks a free port)."""
    handler = partial(Handler, directory=str(site))
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


def serve_forever(root: Path, out: Path, port: int, echo=print, peildatum=None) -> None:
    from .site import BuildFailed, build_site

    def rebuild() -> None:
        try:
            build_site(root, out, peildatum=peildatum, progress=echo)
        except BuildFailed as failure:
            if failure.problems is not None:
                for problem in failure.problems.sorted():
                    if problem.severity == "fout":
                        echo(problem.format())
            echo(f"Niet opnieuw gebouwd: {failure}. De vorige versie blijft zichtbaar.")

    rebuild()
    site = (root / out).resolve()
    site.mkdir(parents=True, exist_ok=True)
    server = make_server(site, port)
    echo(f"De site staat op http://127.0.0.1:{server.server_address[1]}/ (stoppen: Ctrl+C)")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    seen = _snapshot(root)
    try:
        while True:
            time.sleep(1.0)
            now = _snapshot(root)
            if now != seen:
                seen = now
                echo("Wijziging gezien; de site wordt opnieuw gebouwd …")
                rebuild()
    except KeyboardInterrupt:
        echo("Gestopt.")
    finally:
        server.shutdown()
