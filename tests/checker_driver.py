"""Drive the checker in a real browser like a resident: answer what is asked, read results.

Used by the browser tests and by the benchmark (which answers one question every 3 s)."""
from __future__ import annotations

import time

RESIDENT = {  # a single adult in Den Haag with a low income (an oracle-known household)
    "gemeente": ("button", "den-haag"), "leeftijd": ("number", "47"),
    "partner": ("button", "false"), "partner_leeftijd": ("unknown", None),
    "kinderen": ("text", "4, 9"), "woonsituatie": ("button", "huur"),
    "kale_huur": ("number", "650"), "inkomensbron": ("button", "loondienst"),
    "netto_inkomen_maand": ("number", "1234.56"), "toetsingsinkomen_jaar": ("number", "23456"),
    "vermogen": ("number", "1500"),
}
OPTION_LABELS = {"den-haag": 0, "false": 1, "huur": 0, "loondienst": 0}
_STATE = """() => {
  const root = document.getElementById('rk-checker');
  const form = root && root.querySelector('form[data-vraag]');
  return [root && root.getAttribute('data-state'), form && form.getAttribute('data-vraag')];
}"""


def checker_state(page) -> tuple:
    """(state of the checker, id of the question shown) as the page says it."""
    return tuple(page.evaluate(_STATE))


def wait_for_question(page, other_than=None, timeout=90.0) -> str | None:
    """Wait until the checker shows a question (other than *other_than*) or the results;
    returns the question's id, or None for the results."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        state, qid = page.evaluate(_STATE)
        if state == "results":
            return None
        if state == "question" and qid and qid != other_than:
            return qid
        time.sleep(0.05)
    raise AssertionError(f"geen nieuwe vraag na {timeout} s (nog steeds {other_than})")


def answer_all(page, answers=RESIDENT, timeout=90.0, pause=0.0, keyboard=False,
               on_question=None) -> list[str]:
    """Answer every question shown (waiting *pause* seconds before each answer); returns the
    ids asked, in order. With *keyboard*, only the keyboard is used. *on_question(page, form,
    qid)* is called on each question as it is shown, before it is answered."""
    asked = []
    deadline = time.time() + timeout
    while time.time() < deadline:
        state, qid = page.evaluate(_STATE)
        if state == "results":
            return asked
        if state != "question" or not qid or (asked and asked[-1] == qid):
            time.sleep(0.05)
            continue
        time.sleep(pause)
        asked.append(qid)
        form = page.locator(f"#rk-checker form[data-vraag='{qid}']")
        if on_question:
            on_question(page, form, qid)
        kind, value = answers.get(qid, ("unknown", None))
        if kind == "button":
            target = form.locator(".rk-optie").nth(OPTION_LABELS[value])
        elif kind in ("number", "text"):
            field = form.locator("input").first
            if keyboard:
                field.focus()
                page.keyboard.type(value)
                page.keyboard.press("Enter")
                continue
            field.fill(value)
            target = form.locator("button[type=submit]")
        else:
            target = form.locator(".rk-weetniet")
        if keyboard:
            target.focus()
            page.keyboard.press("Enter")
        else:
            target.click()
    raise AssertionError(f"geen uitkomst na {timeout} s; gevraagd: {asked}")
