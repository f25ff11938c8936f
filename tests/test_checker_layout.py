"""Site-wide phone layout at 390 px: no page of any type in any variant scrolls sideways (in
Arabic too, where anything sticking out cut off the start of lines and the menu button), the
footer speaks the page's language, and phone numbers can be tapped to call."""
from __future__ import annotations

import pytest

from tests.checker_driver import answer_all
from tests.test_accessibility import PAGE_TYPES, VARIANTS

PHONE = {"width": 390, "height": 844}
PAGES = {**PAGE_TYPES, "ik zoek hulp": "ik-zoek-hulp/", "werkgever": "ik-ben-werkgever/",
         "situatie": "situatie/kinderen/", "gemeente": "gemeente/den-haag/"}


@pytest.fixture(scope="module")
def phone_page(browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    yield page
    context.close()


def _overflow(page) -> tuple:
    return tuple(page.evaluate("""() => [document.scrollingElement.scrollWidth,
        window.innerWidth, document.scrollingElement.scrollLeft]"""))


@pytest.mark.parametrize("variant", VARIANTS)
def test_no_page_scrolls_sideways_on_a_phone(phone_page, site_url, variant):
    wide = {}
    for kind, path in PAGES.items():
        phone_page.goto(f"{site_url}/{variant}{path}")
        width, viewport, _left = _overflow(phone_page)
        if width != viewport:
            wide[kind] = width
    assert wide == {}, f"breder dan {PHONE['width']} px: {wide}"


@pytest.mark.parametrize("variant", ["", "ar/"])
def test_checker_results_do_not_scroll_sideways(phone_page, site_url, variant):
    phone_page.goto(f"{site_url}/{variant}check/")
    answer_all(phone_page)
    phone_page.locator("#rk-checker details").evaluate_all("ds => ds.forEach(d => d.open = true)")
    assert _overflow(phone_page)[:2] == (PHONE["width"], PHONE["width"])


@pytest.mark.parametrize("variant", VARIANTS)
def test_menu_button_and_language_menu_are_on_screen(phone_page, site_url, variant):
    phone_page.goto(f"{site_url}/{variant}regelingen/zorgtoeslag/")
    for selector in ("label.md-header__button[for=__drawer]", ".md-header__option .md-select",
                     "label.md-header__button[for=__search]"):
        box = phone_page.locator(selector).first.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], selector
    phone_page.locator(".md-header__option .md-select button").focus()
    menu = phone_page.locator(".md-select__inner").bounding_box()
    assert menu["x"] >= 0 and menu["x"] + menu["width"] <= PHONE["width"]


def test_footer_in_every_variant_and_tap_to_call(built_site):
    names = set()
    for variant in VARIANTS:
        html = (built_site / variant / "index.html").read_text(encoding="utf-8")
        footer = html[html.index('<div class="md-copyright__highlight">'):]
        names.add(footer[:footer.index("·")])
        assert "Den Haag en Zoetermeer" not in footer
    assert len(names) >= 4            # a2 shares the Dutch name; every other variant its own
    for variant in VARIANTS:
        page = (built_site / variant / "ik-zoek-hulp" / "index.html").read_text(encoding="utf-8")
        assert 'href="tel:08008115"' in page and 'href="tel:14079"' in page
        home = (built_site / variant / "index.html").read_text(encoding="utf-8")
        article = home[home.index("<article"):]
        assert article.index("rk-check-cta") < article.index("rk-doors")


@pytest.mark.parametrize("variant", ["", "ar/"])
def test_amounts_table_is_read_as_cards_on_a_phone(phone_page, site_url, variant, browser):
    """On a phone each figure shows its amount, its date and its source inside the screen
    (no table that hides the source to the side), with the column names as labels."""
    phone_page.goto(f"{site_url}/{variant}regelingen/huurtoeslag/")
    table = phone_page.locator("table.rk-bedragen").first
    cells = table.locator("tbody tr").first.locator("td")
    assert cells.count() == 4
    for i in range(4):
        box = cells.nth(i).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 0.5, i
    labels = [cells.nth(i).evaluate("td => getComputedStyle(td, '::before').content")
              for i in range(4)]
    assert labels[0] == "none" and labels[1].startswith('"') and labels[2].startswith('"')
    # wide screens keep the ordinary table
    wide = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    wide.goto(f"{site_url}/{variant}regelingen/huurtoeslag/")
    assert wide.locator("table.rk-bedragen").first.evaluate(
        "t => getComputedStyle(t).display") == "table"
    wide.context.close()


def test_amounts_cards_pass_axe_on_a_phone(browser, site_url):
    from tests.test_browser import axe_violations

    def narrow(page):
        page.set_viewport_size(PHONE)

    for variant in ("", "ar/"):
        assert axe_violations(browser, f"{site_url}/{variant}regelingen/huurtoeslag/",
                              prepare=narrow) == []


def test_unconfirmed_notice_is_not_small_print(phone_page, site_url):
    """What a reader must know before going somewhere ('Nog niet bevestigd') is as large as
    the text around it."""
    phone_page.goto(f"{site_url}/loketten/helpdesk-geldzaken/")
    sizes = phone_page.evaluate("""() => ['.admonition p', 'article > p'].map(
        s => getComputedStyle(document.querySelector(s)).fontSize)""")
    assert sizes[0] == sizes[1], sizes
