"""Search in a real browser: the index loads only when the reader opens search, and then works.

Material for MkDocs would download ``search/search_index.json`` (and start its worker) on
every page; ``overrides/assets/laden-op-verzoek.js`` holds both back until search is
opened, and skips Material's sitemap downloads. These tests check both halves: nothing
search-related on a plain visit, and real results that lead to the right page after
opening search, in Dutch, Arabic and Turkish.
"""
from __future__ import annotations

import time
from urllib.parse import urlparse

import pytest

from tools.bench.bench import poll

SEARCH_FILES = ("search_index.json", "/workers/search.")
REGELING = "regelingen/zorgtoeslag/"


def _search_requests(page) -> list[str]:
    found: list[str] = []
    page.on("request", lambda request: found.append(request.url)
            if any(part in request.url for part in SEARCH_FILES) else None)
    return found


RESULT_LINKS = """() => [...document.querySelectorAll(
    '[data-md-component=search-result] .md-search-result__link')].map(a => a.href)"""


@pytest.mark.parametrize("path", [REGELING, "", "ik-zoek-hulp/", "check/"])
@pytest.mark.parametrize("variant", ["", "ar/"])
def test_a_page_visit_loads_no_search_index(page, site_url, variant, path):
    requested = _search_requests(page)
    page.goto(f"{site_url}/{variant}{path}")
    page.wait_for_load_state("networkidle")
    # the reader scrolls and clicks in the text: still no reason to load the index
    page.mouse.wheel(0, 600)
    page.locator("article h1").first.click()
    time.sleep(0.5)
    assert requested == []
    assert page.evaluate("document.getElementById('__search').checked") is False


def _settled(page, script: str, timeout: float = 30.0):
    """*script*'s value once it is non-empty and the same in two reads 0.5 s apart: Material
    searches while the reader types, so early results belong to the first letters."""
    deadline = time.time() + timeout
    last = None
    while time.time() < deadline:
        value = page.evaluate(script)
        if value and value == last:
            return value
        last = value
        time.sleep(0.5)
    return last


@pytest.mark.parametrize("variant, query, target, first", [
    ("", "huurtoeslag", "regelingen/huurtoeslag/", True),
    ("ar/", "بدل الإيجار", "ar/regelingen/huurtoeslag/", True),
    ("tr/", "kira", "tr/regelingen/huurtoeslag/", False),
])
def test_search_finds_the_page_after_opening_search(page, site_url, variant, query, target,
                                                      first):
    requested = _search_requests(page)
    page.goto(f"{site_url}/{variant}{REGELING}")
    page.wait_for_load_state("networkidle")
    assert requested == []
    # the magnifier in the header (the narrow-screen layout of the page fixture)
    page.locator("label.md-header__button[for=__search]").click()
    assert page.locator("input.md-search__input").evaluate("el => el === document.activeElement")
    page.keyboard.type(query)
    links = _settled(page, RESULT_LINKS)   # the results of the whole query, not of its start
    assert links, f"geen zoekresultaten voor {query!r}"
    index = [url for url in requested if url.endswith("search_index.json")]
    assert [urlparse(url).path for url in index] == [f"/{variant}search/search_index.json"]
    pages = [urlparse(url).path for url in links]
    wanted = f"/{target}"
    assert wanted in pages
    if first:
        assert pages[0] == wanted
    # the result is a real link to the right page
    page.locator(f"[data-md-component=search-result] a.md-search-result__link"
                 f"[href='{links[pages.index(wanted)]}']").first.click()
    page.wait_for_url(f"{site_url}{wanted}")
    assert page.locator("article h1").first.inner_text().startswith("Huurtoeslag")


def test_search_shortcut_loads_the_index(page, site_url):
    requested = _search_requests(page)
    page.goto(f"{site_url}/{REGELING}")
    page.wait_for_load_state("networkidle")
    assert requested == []
    page.keyboard.press("/")  # Material's shortcut: open search and focus the field
    assert poll(page, "() => document.getElementById('__search').checked")
    page.keyboard.type("zorgtoeslag")
    links = poll(page, RESULT_LINKS)
    assert "/regelingen/zorgtoeslag/" in [urlparse(url).path for url in links]
    assert any(url.endswith("/search/search_index.json") for url in requested)


def test_search_makes_no_requests_to_other_hosts(page, site_url):
    hosts: set[str | None] = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname))
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{site_url}/ar/{REGELING}")
    page.locator("label.md-header__button[for=__search]").click()
    page.keyboard.type("huurtoeslag")
    assert poll(page, RESULT_LINKS)
    assert hosts == {"127.0.0.1"}
    assert errors == []


def test_language_links_to_the_public_host_are_not_fetched(page, site_url):
    """With a public address (ROUTEKAART_URL) every page has hreflang links to that host;
    Material would download each one's sitemap.xml. A local copy must not contact it."""
    public = "https://routekaart.example.nl/"

    def with_public_links(route):
        response = route.fetch()
        links = "".join(f'<link rel="alternate" href="{public}{prefix}{REGELING}" '
                        f'hreflang="{lang}">' for prefix, lang in [("", "nl"), ("tr/", "tr")])
        body = response.text().replace('<link rel="icon"', links + '<link rel="icon"', 1)
        headers = {k: v for k, v in response.headers.items()
                   if k.lower() not in ("content-encoding", "content-length")}
        route.fulfill(response=response, body=body, headers=headers)

    page.route(f"{site_url}/{REGELING}", with_public_links)
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.goto(f"{site_url}/{REGELING}")
    page.wait_for_load_state("networkidle")
    assert page.locator(f"head link[hreflang=tr][href^='{public}']").count() == 1
    time.sleep(0.5)
    assert {urlparse(url).hostname for url in urls} == {"127.0.0.1"}
    assert not any(url.endswith("sitemap.xml") for url in urls)
    assert errors == []
