"""``routekaart serve``: serves on 127.0.0.1, rebuilds the Dutch page an edit touches, reloads
the open browser tab by itself, and after a broken edit keeps the last good page with the
error (file:line) in the terminal and on the page."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def _wait_for(predicate, timeout=180.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if predicate():
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def test_serve_reloads_the_edited_page_and_shows_a_broken_edit(repo, browser):
    port = _free_port()
    log = repo / "serve.log"
    process = subprocess.Popen([sys.executable, "-m", "site_builder.cli", "serve", "--poort",
                                str(port)], cwd=repo, stdout=log.open("w"),
                               stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/regelingen/zorgtoeslag/"
    page = browser.new_page()
    try:
        assert _wait_for(lambda: "Zorgtoeslag" in _get(url)), "site not served"
        page.goto(url)
        page.evaluate("() => { window.__nietHerladen = true; }")
        assert page.evaluate("() => window.__nietHerladen") is True
        path = repo / "regelingen/landelijk/zorgtoeslag.yaml"
        original = path.read_text()
        path.write_text(original.replace("naam: Zorgtoeslag", "naam: Zorgtoeslag Nieuw"))
        assert _wait_for(lambda: "Zorgtoeslag Nieuw" in _get(url)), "no rebuild after change"
        # the tab reloaded by itself: the new title, and the marker of the old page is gone
        assert _wait_for(lambda: "Zorgtoeslag Nieuw" in page.title()
                         and page.evaluate("() => window.__nietHerladen") is None, 60)
        page.evaluate("() => { window.__nietHerladen = true; }")

        path.write_text(original.replace("naam: Zorgtoeslag", "naam: Zorgtoeslag Nieuw")
                        .replace("soort: toeslag", "soort: kapot"))
        overlay = page.locator("#routekaart-bouwfout")
        assert _wait_for(lambda: overlay.count() == 1, 60), "no error on the page"
        text = overlay.inner_text()
        assert "regelingen/landelijk/zorgtoeslag.yaml:" in text and "soort" in text
        line = text.split("regelingen/landelijk/zorgtoeslag.yaml:", 1)[1].split(":", 1)[0]
        assert line.isdigit()
        assert page.evaluate("() => window.__nietHerladen") is True   # the last good page
        assert "Zorgtoeslag Nieuw" in page.title()
        assert _wait_for(lambda: "De vorige versie blijft zichtbaar." in log.read_text())
        assert "Zorgtoeslag Nieuw" in _get(url)       # previous good site still served

        path.write_text(original)                        # fixed: the error goes
        assert _wait_for(lambda: overlay.count() == 0 and "Zorgtoeslag Nieuw" not in
                         page.title(), 60)
    finally:
        page.close()
        process.terminate()
        process.wait(timeout=60)
    output = log.read_text()
    assert "soort: verwacht een van" in output
    assert "Traceback" not in output
    # only the server adds the reload script; the files on disk are the published pages
    built = (repo / "site" / "regelingen" / "zorgtoeslag" / "index.html").read_text()
    assert "livereload" not in built and "__routekaart" not in built
    assert not [p.name for p in repo.iterdir() if p.name.startswith(".site-staging")]


def test_live_server_parts_without_a_build(tmp_path):
    """In-process: the reload script, the event stream and the page for 'nothing built yet'."""
    import json
    import threading

    from site_builder.build.static_server import LiveState, make_server

    live = LiveState()
    server = make_server(tmp_path, 0, live)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        live.fail("regelingen/landelijk/x.yaml:3:7: soort: verwacht een van …")
        page = _get(base + "/")
        assert "nog niet gebouwd" in page and 'src="/__routekaart/livereload.js"' in page
        assert "EventSource" in _get(base + "/__routekaart/livereload.js")
        (tmp_path / "index.html").write_text("<html><head></head><body><p>Thuis</p></body></html>")
        live.publish(["/"])
        page = _get(base + "/")
        assert "Thuis" in page and 'data-versie="2"' in page
        with urllib.request.urlopen(base + "/__routekaart/events?pagina=/&versie=1",
                                    timeout=10) as stream:
            lines = [stream.readline().decode() for _ in range(2)]
        state = json.loads(lines[1].removeprefix("data: "))
        assert lines[0] == "event: state\n"
        assert state["reload"] is True and state["error"] is None and state["version"] == 2
        with urllib.request.urlopen(base + "/__routekaart/events?pagina=/&versie=2",
                                    timeout=10) as stream:
            stream.readline()
            assert json.loads(stream.readline().decode()[6:])["reload"] is False
    finally:
        server.shutdown()
    # without the editor loop nothing of this exists
    plain = make_server(tmp_path, 0)
    threading.Thread(target=plain.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{plain.server_address[1]}"
        assert "livereload" not in _get(base + "/")
        try:
            _get(base + "/__routekaart/livereload.js")
            raise AssertionError("the reload script is served without serve's editor loop")
        except urllib.error.HTTPError as error:
            assert error.code == 404
    finally:
        plain.shutdown()
