"""Publishing: host files with the cache policy, the nginx and GitHub Pages examples, and
the atomic copy to a web root."""
from __future__ import annotations

import functools
import http.server
import re
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import yaml

from site_builder.build.publish import IMMUTABLE_PREFIXES, LONG, PAGE, cache_control
from tests.conftest import ROOT


def test_build_writes_host_files_with_a_year_of_caching_for_versioned_folders(built_site):
    headers = (built_site / "_headers").read_text(encoding="utf-8")
    assert (built_site / ".nojekyll").exists()
    for prefix in ("/pyodide/", "/engine/", "/ar/assets/javascripts/"):
        assert re.search(rf"^{re.escape(prefix)}\*\n  Cache-Control: {re.escape(LONG)}$",
                         headers, re.M), prefix
    # every cached-for-a-year folder exists in the build, and only holds versioned files
    for prefix in IMMUTABLE_PREFIXES:
        folder = built_site / prefix.strip("/")
        assert folder.is_dir() and any(folder.rglob("*.*")), prefix
    assert any((built_site / "pyodide").glob("*/pyodide.asm.wasm"))


def test_cache_policy_for_pages_and_assets():
    assert cache_control("/pyodide/314.0.7/pyodide.asm.wasm") == LONG
    assert cache_control("/ar/assets/javascripts/bundle.abc.min.js") == LONG
    assert cache_control("/ar/regelingen/zorgtoeslag/") == PAGE
    assert cache_control("/regelingen/zorgtoeslag/index.html?x=1") == PAGE
    assert cache_control("/check/data.json") not in (LONG, PAGE)   # changes with each build


def test_nginx_example_caches_the_same_folders():
    conf = (ROOT / "deploy" / "nginx-routekaart.conf").read_text(encoding="utf-8")
    pattern = re.search(r"location ~ (\^\S+) \{", conf).group(1)
    for url in ("/pyodide/314.0.7/pyodide.asm.wasm", "/engine/ab12/x.whl",
                "/tr/assets/stylesheets/main.css", "/assets/javascripts/bundle.js"):
        assert re.match(pattern, url) and cache_control(url) == LONG, url
    for url in ("/regelingen/zorgtoeslag/", "/check/data.json", "/ar/index.html"):
        assert not re.match(pattern, url) and cache_control(url) != LONG, url
    assert "gzip_static on;" in conf and "application/wasm wasm" in conf


def test_github_pages_workflow_builds_with_the_readme_command_and_uploads_site():
    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())
    steps = flow["jobs"]["bouwen"]["steps"]
    assert any(step.get("run") == "./run build" for step in steps)
    upload = next(s for s in steps if "upload-pages-artifact" in s.get("uses", ""))
    assert upload["with"]["path"] == "site"
    assert "deploy-pages" in str(flow["jobs"]["publiceren"]["steps"])


def _serve_plain(folder: Path):
    """Any static host: a plain file server without precompression or special headers."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_publish_replaces_the_web_root_at_once_and_works_on_a_plain_host(built_site, tmp_path):
    target = tmp_path / "www"
    target.mkdir()
    (target / "oud-bestand.html").write_text("oud", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "site_builder.cli", "publiceer", str(target),
                             "--uit", str(built_site)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert not (target / "oud-bestand.html").exists()
    source = {p.relative_to(built_site) for p in built_site.rglob("*") if p.is_file()}
    assert {p.relative_to(target) for p in target.rglob("*") if p.is_file()} == source
    assert not list(tmp_path.glob(".www.*"))                  # no half-copied folders left
    server = _serve_plain(target)
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        for path in ("/", "/regelingen/zorgtoeslag/", "/ar/check/", "/check/data.json",
                     "/routes/inwoners-geldzorgen/"):
            with urllib.request.urlopen(base + path) as response:
                assert response.status == 200, path
        wasm = next(target.glob("pyodide/*/pyodide.asm.wasm")).relative_to(target).as_posix()
        with urllib.request.urlopen(f"{base}/{wasm}") as response:
            assert response.read(4) == b"\0asm"
    finally:
        server.shutdown()


def test_publish_refuses_an_incomplete_site_and_keeps_the_old_one(tmp_path):
    half = tmp_path / "half"
    half.mkdir()
    (half / "index.html").write_text("<p>half</p>", encoding="utf-8")
    target = tmp_path / "www"
    target.mkdir()
    (target / "index.html").write_text("goed", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "site_builder.cli", "publiceer", str(target),
                             "--uit", str(half)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "geen complete site" in result.stderr and "Traceback" not in result.stderr
    assert (target / "index.html").read_text(encoding="utf-8") == "goed"
