"""``routekaart serve``: serves on 127.0.0.1, rebuilds on a change, survives a broken edit."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request



def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def _wait_for(predicate, timeout=120.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if predicate():
                return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


def test_serve_rebuilds_on_change_and_keeps_site_on_error(repo):
    port = _free_port()
    log = repo / "serve.log"
    process = subprocess.Popen([sys.executable, "-m", "site_builder.cli", "serve", "--poort",
                                str(port)], cwd=repo, stdout=log.open("w"),
                               stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/regelingen/zorgtoeslag/"
    try:
        assert _wait_for(lambda: "Zorgtoeslag" in _get(url)), "site not served"
        path = repo / "regelingen/landelijk/zorgtoeslag.yaml"
        original = path.read_text()
        path.write_text(original.replace("naam: Zorgtoeslag", "naam: Zorgtoeslag Nieuw"))
        assert _wait_for(lambda: "Zorgtoeslag Nieuw" in _get(url)), "no rebuild after change"
        path.write_text(original.replace("soort: toeslag", "soort: kapot"))
        assert _wait_for(lambda: "De vorige versie blijft zichtbaar." in log.read_text())
        assert "Zorgtoeslag Nieuw" in _get(url)       # previous good site still served
    finally:
        process.terminate()
        process.wait(timeout=30)
    output = log.read_text()
    assert "soort: verwacht een van" in output
    assert "De vorige versie blijft zichtbaar." in output
    assert "Traceback" not in output
