"""Drive the checker in a real browser like a resident: answer what is asked, read results."""
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


def answer_all(page, answers=RESIDENT, timeout=90.0) -> list[str]:
    """Answer every question shown; returns the ids asked, in order."""
    asked = []
    deadline = time.time() + timeout
    while time.time() < deadline:
        if page.locator("#rk-checker[data-state=results]").count():
            return asked
        form = page.locator("#rk-checker form[data-vraag]")
        if not form.count():
            time.sleep(0.1)
            continue
        qid = form.get_attribute("data-vraag")
        if asked and asked[-1] == qid:
            time.sleep(0.05)
            continue
        asked.append(qid)
        kind, value = answers.get(qid, ("unknown", None))
        if kind == "button":
            form.locator(".rk-optie").nth(OPTION_LABELS[value]).click()
        elif kind in ("number", "text"):
            form.locator("input").first.fill(value)
            form.locator("button[type=submit]").click()
        else:
            form.locator(".rk-weetniet").click()
    raise AssertionError(f"geen uitkomst na {timeout} s; gevraagd: {asked}")
