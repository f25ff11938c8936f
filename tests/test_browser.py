"""Real pages in Debian's Chromium: self-hosted, right-to-left, switcher, accessibility."""
from __future__ import annotations

from urllib.parse import urlparse

import pytest

from tests.conftest import ROOT

AXE = (ROOT / "node_modules" / "axe-core" / "axe.min.js")
PAGES = ["", "regelingen/zorgtoeslag/", "loketten/helpdesk-geldzaken/"]
VARIANTS = ["", "ar/"]


def axe_violations(browser, url: str, sabotage: str = "", prepare=None) -> list[str]:
    """WCAG 2.1 A/AA violations on *url*, after *prepare(page)* (for instance answering
    the checker) and *sabotage* (a script that breaks the page, to prove axe can fail)."""
    # axe is injected as an inline script, which the page's CSP rightly forbids.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(url)
    if prepare:
        prepare(page)
    if sabotage:
        page.evaluate(sabotage)
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
        return r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
    }""")
    context.close()
    return result


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("path", PAGES)
def test_pages_request_only_localhost(page, site_url, variant, path):
    hosts = []
    page.on("request", lambda request: hosts.append(urlparse(request.url).hostname))
    page.goto(f"{site_url}/{variant}{path}")
    page.wait_for_load_state("networkidle")
    assert hosts and set(hosts) == {"127.0.0.1"}


@pytest.mark.parametrize("path", PAGES)
def test_arabic_pages_are_right_to_left(page, site_url, path):
    page.goto(f"{site_url}/ar/{path}")
    assert page.get_attribute("html", "lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("path", PAGES)
def test_no_wcag_violations(browser, site_url, variant, path):
    assert axe_violations(browser, f"{site_url}/{variant}{path}") == []


def test_axe_check_can_fail(browser, site_url):
    found = axe_violations(browser, f"{site_url}/", sabotage=(
        "document.querySelector('article').insertAdjacentHTML('beforeend', "
        "'<img src=\\'/assets/favicon.svg\\'>')"))
    assert any(v.startswith("image-alt") for v in found)


def test_language_switcher_keeps_the_page(page, site_url):
    page.goto(f"{site_url}/regelingen/zorgtoeslag/")
    page.locator(".md-select__link[hreflang='ar']").first.evaluate("a => a.click()")
    page.wait_for_url(f"{site_url}/ar/regelingen/zorgtoeslag/")
    page.locator(".md-select__link[hreflang='nl']").first.evaluate("a => a.click()")
    page.wait_for_url(f"{site_url}/regelingen/zorgtoeslag/")


def test_pages_work_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/")
    page.get_by_role("link", name="Ik zoek hulp").first.click()
    assert page.url.endswith("/ik-zoek-hulp/")
    assert page.locator("h1").inner_text() == "Ik zoek hulp"
    context.close()


@pytest.mark.parametrize("moment, expected", [
    ("2026-11-23T10:00:00+01:00", "Nu open, tot 20:00."),                    # Monday morning
    ("2026-11-27T18:30:00+01:00", "Nu gesloten. Opent maandag om 08:00."),   # Friday evening
    ("2026-11-24T07:15:00+01:00", "Nu gesloten. Opent vandaag om 08:00."),   # Tuesday early
])
def test_loket_page_says_whether_it_is_open_now(browser, site_url, moment, expected):
    context = browser.new_context(timezone_id="Europe/Amsterdam")
    page = context.new_page()
    page.clock.set_fixed_time(moment)
    page.goto(f"{site_url}/loketten/dienst-toeslagen/")
    note = page.locator("p.rk-open")
    note.wait_for(state="visible")
    assert note.inner_text() == expected
    context.close()
