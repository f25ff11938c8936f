"""Shared fixtures: copies of the repository data, a real build, a local server, Chromium."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import threading
from pathlib import Path

import pytest

from site_builder.data.document_kinds import DATA_LOCATIONS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
DATA = DATA_LOCATIONS + ("translations", "overrides", "mkdocs.yml")
TODAY = dt.date(2026, 12, 5)
CHROMIUM = "/usr/bin/chromium"
# Every build in the tests shares the repository's compression cache (brotli is slow).
os.environ.setdefault("ROUTEKAART_CACHE", str(ROOT / ".build-cache"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]


def copy_repo(target: Path, source: Path = ROOT) -> Path:
    for name in DATA:
        path = source / name
        if path.is_dir():
            shutil.copytree(path, target / name)
        elif path.exists():
            shutil.copy(path, target / name)
    if (source / "node_modules").exists():
        (target / "node_modules").symlink_to(source / "node_modules")
    return target


@pytest.fixture
def repo(tmp_path) -> Path:
    """A private copy of the real repository's data, safe to break."""
    return copy_repo(tmp_path / "repo")


@pytest.fixture
def minimal(tmp_path) -> Path:
    """A tiny valid repository (one regeling, one loket, the AOW norm)."""
    target = tmp_path / "minimal"
    shutil.copytree(FIXTURES / "minimal", target)
    return target


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real repository, built once for the whole test session."""
    from site_builder.build.site import build_site

    out = tmp_path_factory.mktemp("build") / "site"
    build_site(ROOT, out, progress=lambda *_: None, today=TODAY)
    return out


@pytest.fixture(scope="session")
def site_url(built_site):
    from site_builder.build.static_server import make_server

    server = make_server(built_site, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium ontbreekt: ./run test installeert Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 412, "height": 915})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def turned_over(tmp_path_factory):
    """A copy of the repository taken through the yearly turnover exactly as
    docs/redactie/jaarovergang.md tells editors to: its commands in order, and its filled-in
    example for the zorgtoeslag income limit. Three more figures are filled in the same way
    (one equal to 2026), the rest stay open. Returns the steps, the repository, the text the
    tool wrote before filling in, and the preview site the guide's build command made."""
    from tests.editing import (ZORGTOESLAG, fill_in, guide_commands, guide_example, run)

    root = copy_repo(tmp_path_factory.mktemp("turnover") / "repo")
    steps = guide_commands("jaarovergang.md")
    reports = [run(args, root) for args in steps[:2]]          # the report, then --schrijf
    assert all(r.returncode == 0 for r in reports), [r.stderr for r in reports]
    written = (root / ZORGTOESLAG).read_text(encoding="utf-8")
    empty, filled = guide_example("jaarovergang.md", "leeg"), guide_example("jaarovergang.md",
                                                                              "ingevuld")
    start = written.index(empty, written.index("inkomensgrens_alleen:"))
    assert start < written.index("inkomensgrens_partner:")
    (root / ZORGTOESLAG).write_text(written[:start] + filled + written[start + len(empty):],
                                    encoding="utf-8")
    source = "https://www.belastingdienst.nl/wps/wcm/connect/nl/zorgtoeslag/zorgtoeslag"
    fill_in(root / ZORGTOESLAG, "inkomensgrens_partner", 51142, source)     # stays the same
    fill_in(root / ZORGTOESLAG, "vermogensgrens_alleen", 150000, source)    # changes
    fill_in(root / "normen/bijstandsnorm.yaml", "alleenstaand", 1430.50, source, "secundair")
    results = [run(args, root) for args in steps[2:]]           # validate, build --peildatum
    assert all(r.returncode == 0 for r in results), [r.stdout + r.stderr for r in results]
    site = root / steps[3][steps[3].index("--uit") + 1]
    return {"steps": steps, "root": root, "written": written, "empty": empty, "site": site}
