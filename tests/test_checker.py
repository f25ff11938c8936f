"""The checker in Chromium: a resident completes it in nl and ar; answers never leave the tab."""
from __future__ import annotations

from urllib.parse import urlparse

import pytest

from tests.checker_driver import RESIDENT, answer_all


@pytest.fixture
def recorded(browser):
    context = browser.new_context(viewport={"width": 412, "height": 915})
    requests = []
    context.on("request", lambda r: requests.append(r))
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page, requests, errors
    context.close()


def test_resident_completes_checker_in_dutch(recorded, site_url):
    page, requests, errors = recorded
    page.goto(f"{site_url}/check/")
    asked = answer_all(page)
    assert "gemeente" in asked and "leeftijd" in asked
    results = page.locator("#rk-checker")
    assert results.locator(".rk-groep--ja > h3", has_text="Waarschijnlijk wel").count() == 1
    card = results.locator("section.rk-resultaat[aria-labelledby='rk-r-dh-ooievaarspas']")
    assert card.count() == 1
    assert "Klopt:" in card.text_content()                          # under "Waarom?"
    assert "1.234,56" in card.text_content().replace("\xa0", " ")   # the resident's own income
    assert errors == []


def test_resident_completes_checker_in_arabic(recorded, site_url):
    page, requests, errors = recorded
    page.goto(f"{site_url}/ar/check/")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # Arabic-Indic digits and the Arabic comma, as typed on an Arabic keyboard
    answers = {**RESIDENT, "leeftijd": ("number", "٤٧"), "kinderen": ("text", "٤، ٩"),
               "netto_inkomen_maand": ("number", "1.234,56")}
    answer_all(page, answers)
    text = page.locator("#rk-checker").inner_text()
    assert any("\u0600" <= ch <= "\u06ff" for ch in text)
    assert page.locator("#rk-checker section.rk-resultaat").count() >= 3
    assert "47" in text          # the age typed in Arabic digits was understood
    assert errors == []


def test_answers_never_leave_the_browser(recorded, site_url):
    page, requests, errors = recorded
    page.goto(f"{site_url}/check/")
    answer_all(page)
    hosts = {urlparse(r.url).hostname for r in requests}
    assert hosts == {"127.0.0.1"}
    for request in requests:
        parts = urlparse(request.url)
        blob = parts.path + "?" + parts.query + (request.post_data or "")
        for value in ("1234.56", "1234,56", "23456", "47"):
            assert value not in blob, (value, request.url)
        assert request.method == "GET"
    storage = page.evaluate("[localStorage.length, sessionStorage.length, document.cookie]")
    assert storage == [0, 0, ""]


def test_clear_button_forgets_everything(recorded, site_url):
    page, requests, errors = recorded
    page.goto(f"{site_url}/check/")
    answer_all(page)
    page.get_by_role("button", name="Wis mijn antwoorden").click()
    page.wait_for_selector("#rk-checker form[data-vraag]")
    assert page.locator("#rk-checker .rk-gewist").count() == 1
    assert page.locator("#rk-checker section.rk-resultaat").count() == 0


def test_checker_page_allows_wasm_and_nothing_else(site_url, built_site):
    html = (built_site / "check" / "index.html").read_text(encoding="utf-8")
    assert "script-src 'self' 'wasm-unsafe-eval'" in html
    other = (built_site / "regelingen" / "zorgtoeslag" / "index.html").read_text(encoding="utf-8")
    assert "wasm-unsafe-eval" not in other


def test_without_javascript_the_page_says_so(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/check/")
    text = page.locator("article").inner_text()
    assert "JavaScript" in text
    page.locator("article a", has_text="Alle regelingen").last.click()
    assert page.url.endswith("/regelingen/")
    context.close()
