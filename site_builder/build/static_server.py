"""The local HTTP server: it behaves like a good production host, and it can tell open pages
about changes.

* Serves precompressed ``.br`` / ``.gz`` files when the browser accepts them.
* Long cache lifetimes for versioned assets (Pyodide, the engine wheel, theme assets),
  ``no-cache`` for pages, so repeat visits do not download Pyodide again.
* Binds to 127.0.0.1 only.
* With a :class:`LiveState` (``routekaart serve``), it adds the reload script
  (``web/livereload.js``) to pages as it sends them, and ``/__routekaart/events`` tells them
  about changes and build errors; the built files never contain the script.
"""
from __future__ import annotations

import http.server
import json
import mimetypes
import os
import threading
import time
from functools import partial
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .publish import PAGE, SECURITY, cache_control

EXTRA_TYPES = {".wasm": "application/wasm", ".mjs": "text/javascript",
               ".whl": "application/zip", ".json": "application/json",
               ".webmanifest": "application/manifest+json"}
LIVE = "/__routekaart/"
LIVE_SCRIPT = Path(__file__).resolve().parent.parent / "web" / "livereload.js"
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
