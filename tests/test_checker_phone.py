"""The checker on a phone (390×844) in nl, a2 and ar: every question's field and "Volgende" in
view without scrolling, Back and Forward between questions, one answer changed from the
"Controleer uw antwoorden" list, a printout of at most two A4 pages, nothing sent anywhere.

Every step waits for the state the page reports and acts on what it just read."""
from __future__ import annotations

import io
from urllib.parse import urlparse

import pytest

from tests.checker_driver import RESIDENT, answer_all, checker_state, wait_for_question

PHONE = {"width": 390, "height": 844}
VARIANTS = {"nl": "", "a2": "a2/", "ar": "ar/"}
ALL_VARIANTS = {**VARIANTS, "tr": "tr/", "en": "en/"}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE)
    requests, errors = [], []
    context.on("request", lambda r: requests.append(r))
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield page, requests, errors
    context.close()


def _in_view(page, locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["x"] >= 0 and \
        box["y"] + box["height"] <= PHONE["height"] and box["x"] + box["width"] <= PHONE["width"]


def _assert_question_in_view(page, form, qid) -> None:
    """The question's first control (field, first option or first tick box) and its
    "Volgende" button (when it has one) lie inside the phone's screen as shown."""
    field = form.locator("input, .rk-optie").first
    assert _in_view(page, field), f"{qid}: het invulveld staat buiten beeld"
    submit = form.locator("button[type=submit]")
    if submit.count():
        assert _in_view(page, submit), f"{qid}: 'Volgende' staat buiten beeld"
    assert page.evaluate("document.scrollingElement.scrollWidth") == PHONE["width"]


def _shown_regelingen(page) -> dict:
    """regeling id -> status of every result card on the results screen."""
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        '#rk-checker section.rk-resultaat')].map((s) => [s.getAttribute('aria-labelledby')
        .slice(5), s.dataset.status]))""")


@pytest.mark.parametrize("variant", VARIANTS)
def test_household_completes_the_check_with_every_field_in_view(phone, site_url, variant):
    page, requests, errors = phone
    page.goto(f"{site_url}/{VARIANTS[variant]}check/")
    seen = []
    asked = answer_all(page, on_question=lambda p, form, qid: (
        seen.append(qid), _assert_question_in_view(p, form, qid)))
    assert len(asked) >= 5 and seen == asked
    assert "gemeente" in asked and "leeftijd" in asked
    shown = _shown_regelingen(page)
    assert "ja" in shown.values()
    # the answers are listed with a "Wijzig" button each, and the actions sit near the top
    assert page.locator("#rk-antwoorden .rk-wijzig").count() == len(asked)
    for action in (".rk-print", ".rk-aanpassen", ".rk-wis"):
        box = page.locator(f"#rk-checker {action}").bounding_box()
        assert box and box["y"] + box["height"] <= 2 * PHONE["height"], action
    # "waarschijnlijk niet" is folded away behind one control
    folded = page.locator("#rk-checker details.rk-groep--nee")
    if "nee" in shown.values():
        assert folded.count() == 1 and not folded.evaluate("d => d.open")
    assert errors == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_back_and_forward_move_between_questions(phone, site_url, variant):
    page, requests, errors = phone
    page.goto(f"{site_url}/{VARIANTS[variant]}check/")
    first = wait_for_question(page)
    assert page.locator("#rk-intro").is_visible()           # the intro before question 1 only
    form = page.locator(f"#rk-checker form[data-vraag='{first}']")
    typed = form.locator("input[type=text]").count() > 0
    if typed:
        form.locator("input[type=text]").fill("34")
        form.locator("button[type=submit]").click()
    else:
        form.locator(".rk-optie").first.click()
    second = wait_for_question(page, other_than=first)
    assert second and not page.locator("#rk-intro").is_visible()
    page.locator(f"#rk-checker form[data-vraag='{second}'] .rk-weetniet").click()
    third = wait_for_question(page, other_than=second)
    assert third not in (None, first, second)
    page.go_back()
    assert wait_for_question(page, other_than=third) == second
    page.go_back()
    assert wait_for_question(page, other_than=second) == first
    again = page.locator(f"#rk-checker form[data-vraag='{first}']")
    if typed:                                                # the answer given is filled in
        assert again.locator("input[type=text]").input_value() == "34"
    else:
        assert again.locator(".rk-optie").first.get_attribute("aria-pressed") == "true"
    page.go_forward()
    assert wait_for_question(page, other_than=first) == second
    page.go_forward()
    assert wait_for_question(page, other_than=second) == third
    answer_all(page)
    assert checker_state(page)[0] == "results"
    page.go_back()                                           # from the results to the last question
    last = wait_for_question(page)
    assert last is not None
    page.go_forward()
    page.wait_for_selector("#rk-checker[data-state=results]")
    assert errors == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_changing_one_answer_from_the_list_updates_the_results(phone, site_url, variant):
    page, requests, errors = phone
    page.goto(f"{site_url}/{VARIANTS[variant]}check/")
    answer_all(page)
    before = _shown_regelingen(page)
    assert any(r.startswith("dh-") for r in before), "een inwoner van Den Haag"
    page.locator("#rk-checker .rk-aanpassen").click()
    page.locator("#rk-antwoorden .rk-wijzig[data-vraag='gemeente']").click()
    page.wait_for_selector("#rk-checker form[data-vraag='gemeente']")
    page.locator("#rk-checker form[data-vraag='gemeente'] .rk-optie").nth(1).click()  # Zoetermeer
    if wait_for_question(page, other_than="gemeente"):     # a question the new answer opens
        answer_all(page)
    page.wait_for_selector("#rk-checker[data-state=results]")
    after = _shown_regelingen(page)
    assert not any(r.startswith("dh-") for r in after)
    assert any(r.startswith("zm-") for r in after)
    row = page.locator("#rk-antwoorden .rk-overzicht__rij", has=page.locator(
        ".rk-wijzig[data-vraag='gemeente']"))
    assert "Zoetermeer" in row.inner_text()
    assert errors == []


@pytest.mark.parametrize("variant", ALL_VARIANTS)
def test_printed_summary_is_at_most_two_a4_pages(phone, site_url, variant):
    from pypdf import PdfReader

    page, requests, errors = phone
    page.goto(f"{site_url}/{ALL_VARIANTS[variant]}check/")
    answer_all(page)
    shown = _shown_regelingen(page)
    names = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        '#rk-checker section.rk-resultaat')].map((s) => [s.getAttribute('aria-labelledby')
        .slice(5), s.querySelector('h4, h5').textContent.trim()]))""")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert 1 <= len(pdf.pages) <= 2
    text = " ".join(p.extract_text() for p in pdf.pages)
    flat = " ".join(text.split())
    address = page.url.split("#")[0]                          # the site's address
    assert address in page.locator("#rk-checker .rk-afdruk").text_content()
    if variant != "ar":                 # pypdf reorders right-to-left text; ar is checked below
        assert address in flat.replace(" ", "")
    likely = [" ".join(names[r].split()) for r, status in shown.items() if status == "ja"]
    assert likely
    if variant != "ar":                 # pypdf reorders right-to-left text; ar is checked below
        assert all(name in flat for name in likely), likely
    if variant == "nl":
        assert "Mijn antwoorden" in flat and "Eerst doen" in flat
        assert "Gemaakt op" in flat
        niet = [names[r] for r, status in shown.items() if status == "nee"
                and not any(names[r] in names[o] for o in shown if o != r)]
        assert niet and not any(n in flat for n in niet), "niets van 'waarschijnlijk niet'"
    if variant == "ar":
        direction = page.evaluate("getComputedStyle(document.querySelector('.rk-afdruk')).direction")
        assert direction == "rtl"
    assert errors == []


def test_no_request_leaves_the_machine_on_a_phone(phone, site_url):
    page, requests, errors = phone
    page.goto(f"{site_url}/ar/check/")
    answer_all(page, {**RESIDENT, "leeftijd": ("number", "٤٧")})
    page.locator("#rk-antwoorden .rk-wijzig").first.click()
    wait_for_question(page)
    assert {urlparse(r.url).hostname for r in requests} == {"127.0.0.1"}
    assert all(r.method == "GET" for r in requests)
    assert page.evaluate("[localStorage.length, sessionStorage.length, document.cookie]") == \
        [0, 0, ""]
    assert "47" not in page.evaluate("JSON.stringify(history.state)")


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_unreadable_amount_gets_a_clear_message(phone, site_url, variant):
    page, requests, errors = phone
    page.goto(f"{site_url}/{VARIANTS[variant]}check/")
    qid = wait_for_question(page)
    form = page.locator(f"#rk-checker form[data-vraag='{qid}']")
    while not form.locator("input[type=text]").count():   # the engine's order: skip to a typed one
        form.locator(".rk-weetniet").click()
        qid = wait_for_question(page, other_than=qid)
        form = page.locator(f"#rk-checker form[data-vraag='{qid}']")
    form.locator("input[type=text]").fill("veel")
    form.locator("button[type=submit]").click()
    error = form.locator(".rk-fout")
    error.wait_for(state="visible")
    assert "veel" in error.inner_text()                    # says what it could not read
    assert form.locator("input[aria-invalid=true]").count() == 1
    assert checker_state(page) == ("question", qid)
    form.locator("input[type=text]").fill("34 jaar" if qid == "leeftijd" else "€ 1.650,-")
    form.locator("button[type=submit]").click()
    assert wait_for_question(page, other_than=qid) != qid


@pytest.mark.parametrize("variant", ALL_VARIANTS)
def test_results_show_amounts_their_working_and_the_total(phone, site_url, variant):
    """The household of RESIDENT (Den Haag, two children, renting) sees "about € … a month"
    on the likely regelingen, the working in the page's own language, and the total above
    the results; nothing leaves the machine."""
    import re

    from tests.language_check import dutch_sentences

    page, requests, errors = phone
    page.goto(f"{site_url}/{ALL_VARIANTS[variant]}check/")
    answer_all(page)
    euros = lambda text: int(re.sub(r"\D", "", re.search(r"\d[\d.,\s]*", text).group()))  # noqa: E731
    cards = page.locator("#rk-checker .rk-groep--ja .rk-bedrag-blok")
    assert cards.count() >= 2, "kinderbijslag and huurtoeslag give amounts for this household"
    amounts, rhythms = [], []
    for i in range(cards.count()):
        text = cards.nth(i).locator(".rk-bedrag-regel strong").inner_text()
        money = re.findall(r"€\s*(\d(?:[\d.,\s]*\d)?)|(\d(?:[\d.,\s]*\d)?)\s*€", text)
        numbers = [int(re.sub(r"\D", "", a or b)) for a, b in money]
        rhythm = cards.nth(i).get_attribute("data-uitbetaling")
        rhythms.append(rhythm)
        if rhythm == "kwartaal":    # "about € 1.087 a quarter (about € 362 a month)"
            assert len(numbers) == 2 and abs(numbers[0] - 3 * numbers[1]) <= 3, text
        if rhythm != "jaar":        # once a year is not a monthly amount: not in the total
            amounts.append(numbers[-1])
    assert "kwartaal" in rhythms, "kinderbijslag is shown per quarter"
    total = euros(page.locator("#rk-checker .rk-samen__bedrag").inner_text())
    assert all(a > 0 for a in amounts)
    assert abs(total - sum(amounts)) <= len(amounts)        # each card rounds on its own
    working = cards.first.locator("details.rk-berekening")
    working.locator("summary").click()
    steps = working.locator("li")
    assert steps.count() >= 2 and steps.first.is_visible()
    text = working.inner_text()
    if variant not in ("nl", "a2"):
        assert dutch_sentences(text) == [], "the working is in the page's language"
    assert {urlparse(r.url).hostname for r in requests} == {"127.0.0.1"}
    assert all(r.method == "GET" for r in requests)
    assert errors == []
