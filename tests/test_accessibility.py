"""WCAG 2.1 A/AA on every page type in every variant, keyboard-only use of the checker and a
route, and a checker that survives many random residents without a console error."""
from __future__ import annotations

import random
import time

import pytest

from tests.checker_driver import answer_all, checker_state
from tests.test_browser import axe_violations

VARIANTS = ["", "a2/", "ar/", "tr/", "en/"]
PAGE_TYPES = {
    "home": "",
    "doelgroep": "ik-help-iemand/",
    "overzicht": "thema/toeslagen/",
    "alle regelingen": "regelingen/",
    "regeling": "regelingen/zorgtoeslag/",
    "gesloten regeling": "regelingen/dh-brommer-sloop-tegoed/",
    "loketten": "loketten/",
    "loket": "loketten/helpdesk-geldzaken/",
    "routekaarten": "routes/",
    "route-overzicht": "routes/inwoners-geldzorgen/",
    "routestap": "routes/inwoners-geldzorgen/begin/",
    "wat verandert er": "veranderingen/2026/",
    "over": "over/",
    "check (begin)": "check/",
}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_every_page_type_has_no_wcag_violations(browser, site_url, variant, kind):
    assert axe_violations(browser, f"{site_url}/{variant}{PAGE_TYPES[kind]}") == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_checker_with_results_shown_has_no_wcag_violations(browser, site_url, variant):
    assert axe_violations(browser, f"{site_url}/{variant}check/", prepare=answer_all) == []


# --- keyboard only ---------------------------------------------------------------------------

def tab_to(page, selector: str, limit: int = 80) -> None:
    """Press Tab (only Tab) until the focused element matches *selector*."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => !!document.activeElement && document.activeElement.matches(s)",
                         selector):
            visible = page.evaluate("""() => {
                const s = getComputedStyle(document.activeElement);
                return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
                    || s.boxShadow !== 'none';
            }""")
            assert visible, f"focus on {selector} is not visible"
            return
    raise AssertionError(f"{selector} is not reachable with Tab")


def test_checker_can_be_completed_with_the_keyboard_only(page, site_url):
    page.goto(f"{site_url}/check/")
    answers = {"gemeente": "button", "leeftijd": "47", "partner": "button",
               "woonsituatie": "button", "inkomensbron": "button",
               "netto_inkomen_maand": "1234", "toetsingsinkomen_jaar": "23456",
               "vermogen": "1500", "kale_huur": "650", "kinderen": "4"}
    asked = []
    deadline = time.time() + 120
    while time.time() < deadline:
        state, qid = checker_state(page)
        if state == "results":
            break
        if not qid or (asked and asked[-1] == qid):
            time.sleep(0.05)
            continue
        asked.append(qid)
        form = f"#rk-checker form[data-vraag='{qid}']"
        answer = answers.get(qid)
        if answer == "button":
            tab_to(page, f"{form} .rk-optie")
            page.keyboard.press("Enter")
        elif answer is not None and page.locator(f"{form} input").count():
            tab_to(page, f"{form} input")
            page.keyboard.type(answer)
            page.keyboard.press("Enter")
        else:
            tab_to(page, f"{form} .rk-weetniet")
            page.keyboard.press("Enter")
    else:
        raise AssertionError(f"no results with the keyboard; asked {asked}")
    assert len(asked) >= 5
    assert page.locator("#rk-checker [data-status]").count() > 0 or \
        page.locator("#rk-checker").inner_text().strip()
    tab_to(page, "#rk-checker .rk-wis", limit=600)       # the results can be cleared too


def test_a_route_can_be_followed_with_the_keyboard_only(page, site_url):
    page.goto(f"{site_url}/routes/inwoners-geldzorgen/")
    tab_to(page, "article a.md-button[href$='begin/']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    visited = []
    for _ in range(15):
        visited.append(page.url)
        if page.locator("a.rk-antwoord").count() == 0:
            break
        tab_to(page, "a.rk-antwoord")
        with page.expect_navigation():
            page.keyboard.press("Enter")
    assert page.locator("a.rk-antwoord").count() == 0, "no outcome reached"
    assert len(visited) >= 2 and page.url != visited[0]


# --- random residents ------------------------------------------------------------------------

def _random_answer(rng: random.Random, page, form: str) -> None:
    """One random answer: an option, "Ik weet het niet", or any text (also nonsense) in a
    field. The form may already be gone when the page moved on; then nothing happens."""
    from playwright.sync_api import Error as PlaywrightError

    try:
        # Count each kind of control once and act on those numbers: the page may move on
        # between two reads (the race that once gave "empty range for randrange()").
        n_options = page.locator(f"{form} .rk-optie").count()
        n_boxes = page.locator(f"{form} input[type=checkbox]").count()
        n_fields = page.locator(f"{form} input[type=text]").count()
        choice = rng.random()
        if choice < 0.15:
            page.locator(f"{form} .rk-weetniet").click(timeout=2000)
        elif n_boxes:
            for i in range(n_boxes):
                if rng.random() < 0.5:
                    page.locator(f"{form} input[type=checkbox]").nth(i).check(timeout=2000)
            page.locator(f"{form} button[type=submit]").click(timeout=2000)
        elif n_options and (not n_fields or choice < 0.5):
            page.locator(f"{form} .rk-optie").nth(rng.randrange(n_options)).click(timeout=2000)
        elif n_fields:
            fields = page.locator(f"{form} input[type=text]")
            text = rng.choice(["0", "-5", "17", "18", "67", "1.234,56", "٤٥", "99999999",
                               "abc", "", "4, 9", str(rng.randint(0, 60000))])
            fields.first.fill(text, timeout=2000)
            page.locator(f"{form} button[type=submit]").click(timeout=2000)
    except PlaywrightError:
        pass


def test_many_random_residents_never_cause_a_console_error(browser, site_url):
    rng = random.Random(20261123)
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{site_url}/check/")
    completed = 0
    for _run in range(12):
        deadline = time.time() + 90
        steps = 0
        while time.time() < deadline:
            state, qid = checker_state(page)
            if state == "results":
                completed += 1
                break
            if not qid:
                time.sleep(0.05)
                continue
            _random_answer(rng, page, f"#rk-checker form[data-vraag='{qid}']")
            steps += 1
            time.sleep(0.02)
        page.locator("#rk-checker[data-state=results] .rk-wis").click(timeout=10000)
        page.wait_for_selector("#rk-checker[data-state=question]")   # cleared: question 1
    context.close()
    assert completed == 12
    assert errors == []
