"""Hostile translations stay text in every built file; ordinary punctuation is not mangled.

A copy of the real repository gets hostile text (a script, an image with an event handler, an
attribute break-out with an SVG, a javascript: URL, a template expression) in EVERY msgstr of
the English ``messages.po`` and ``content.po``, each followed by a marker naming the entry and
by the placeholders of its Dutch source (so that only the markup is wrong). Validation refuses
the interface translations (``po-opmaak``) and passes the content ones (those are escaped as
text); the test asserts exactly that, then builds once with that one rule passed over through
``build_site``'s test-only parameter, so the escaping behind the rule is what is tested.

Every built file that carries hostile text is then read in its own language: HTML (nothing
becomes an element, an attribute or a link; each entry reads exactly as typed), the search
index (Material shows it as HTML), the checker's JSON (read by scripts that only set text),
the SVG route diagrams (parsed as XML) and the route PDFs (their text, their links). A file
of any other kind that carries it fails the test. In Chromium, with the page's security policy
bypassed, nothing runs on the home page, a regeling page and the checker.

The Turkish variant of the same build gets a site name, a menu title and a regeling name with
an apostrophe and an ampersand: they must read exactly as written in the page, the menu, the
browser tab and the search index (escaped once, never twice).
"""
from __future__ import annotations

import json
import re
import threading
import time
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po

from site_builder.data.model import PLACEHOLDER
from site_builder.language.i18n import has_markup, po_path
from tests.checker_driver import answer_all
from tests.conftest import ROOT, TODAY, copy_repo
from tests.test_security import analyse, plain

HOSTILE = ('<script>window.__pwned=1</script> <img src=x onerror=alert(1)> '
           '"><svg onload=alert(1)> javascript:alert(1) {{ 7*7 }}')
VARIANT = "en"
MARKER = re.compile(r"⟦([mc]\d+)⟧")
# Ordinary punctuation in the Turkish variant: (domain, context, msgid) -> translation.
PUNCTUATED = {
    ("messages", None, "Routekaart geldzorgen"): "Werk & inkomen: zzp'er",
    ("messages", None, "Ik ben werkgever"): "Ik ben zzp'er & werkgever",
    ("content", "regeling:dh-kwijtschelding", "Kwijtschelding gemeentelijke belastingen Den Haag"):
        "Ik ben zzp'er & \"Werk\" <inkomen>",
}
REGELING = "regelingen/dh-kwijtschelding/index.html"
PAGES = {"home": "", "regeling": "regelingen/dh-kwijtschelding/", "checker": "check/"}


def marked(tag: str) -> str:
    return f"{HOSTILE} ⟦{tag}⟧"


def _rewrite(path: Path, locale: str, change) -> None:
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    for message in catalog:
        if message.id:
            change(message)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=0)


def _make_hostile(root: Path) -> dict[str, int]:
    """Hostile text in every English msgstr; returns how many entries per domain."""
    counts = {}
    for domain, tag in (("messages", "m"), ("content", "c")):
        numbers = iter(range(10**6))

        def hostile(message, tag=tag, numbers=numbers):
            source = message.id if isinstance(message.id, str) else message.id[0]
            kept = " ".join(m.group(0) for m in PLACEHOLDER.finditer(source))
            text = f"{marked(f'{tag}{next(numbers)}')} {kept}".rstrip()
            message.string = (text if isinstance(message.id, str)
                              else tuple(text for _ in message.string))
            message.flags.discard("fuzzy")   # a fuzzy interface text would not be shown

        _rewrite(po_path(root, VARIANT, domain), VARIANT, hostile)
        counts[domain] = next(numbers)
    return counts


def _punctuate(root: Path) -> None:
    for domain in ("messages", "content"):
        def change(message, domain=domain):
            text = PUNCTUATED.get((domain, message.context, message.id))
            if text is not None:
                message.string = text
                message.flags.discard("fuzzy")
        _rewrite(po_path(root, "tr", domain), "tr", change)


class Built:
    def __init__(self, root: Path, counts: dict, refused: list, seconds: float):
        self.root, self.counts, self.refused, self.seconds = root, counts, refused, seconds
        self.site = root / "site"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    from site_builder.build.checks import full_check
    from site_builder.build.site import build_site

    root = copy_repo(tmp_path_factory.mktemp("hostile-po") / "repo")
    counts = _make_hostile(root)
    _punctuate(root)
    _, problems = full_check(root, TODAY)
    started = time.perf_counter()
    build_site(root, root / "site", progress=lambda *_: None, today=TODAY,
               _pass_over=frozenset({"po-opmaak"}))
    return Built(root, counts, problems.errors, time.perf_counter() - started)


# --- validation ----------------------------------------------------------------------------

def test_validation_refuses_markup_in_every_interface_translation_and_only_there(built):
    assert built.counts["messages"] > 250 and built.counts["content"] > 1500
    where = {(e.code, e.location.path) for e in built.refused}
    assert where == {("po-opmaak", f"translations/{VARIANT}/LC_MESSAGES/messages.po")}, where
    assert len(built.refused) == built.counts["messages"]
    assert not has_markup(PUNCTUATED[("messages", None, "Routekaart geldzorgen")])


def test_only_the_test_can_pass_over_a_rule(tmp_path):
    from site_builder.build.site import build_site

    with pytest.raises(ValueError):
        build_site(tmp_path, tmp_path / "site", _pass_over=frozenset({"po-plaatshouder"}))
    commands = sorted((ROOT / "site_builder" / "cli").glob("*.py"))
    assert commands
    for module in commands:
        assert "_pass_over" not in module.read_text(encoding="utf-8"), module.name


# --- every built file ----------------------------------------------------------------------

def literal(text: str, lines_broken: bool = False) -> list[str]:
    """Each marker in *text* must come right after the hostile text, exactly as typed (in a
    diagram or a PDF, lines break anywhere: there without regard to white space)."""
    squeeze = (lambda s: re.sub(r"\s+", "", s)) if lines_broken else (lambda s: s)
    text = squeeze(text)
    problems = []
    for match in MARKER.finditer(text):
        if not text[:match.end()].endswith(squeeze(marked(match.group(1)))):
            problems.append(f"{match.group(1)}: …{text[max(0, match.start() - 90):match.end()]}")
    return problems


def _html(path: Path) -> tuple[list[str], set[str]]:
    page = analyse(path.read_text(encoding="utf-8"))
    text = plain("".join(page.text))
    return page.problems + literal(text), set(MARKER.findall(text))


def _search_index(path: Path) -> tuple[list[str], set[str]]:
    """Material puts titles and texts of the index into the results as HTML."""
    problems, seen = [], set()
    for doc in json.loads(path.read_text(encoding="utf-8"))["docs"]:
        entry = analyse(f"<h1>{doc['title']}</h1><div>{doc['text']}</div>")
        text = plain("".join(entry.text))
        problems += [f"{doc['location']}: {p}" for p in entry.problems + literal(text)]
        seen |= set(MARKER.findall(text))
    return problems, seen


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _data_json(path: Path) -> tuple[list[str], set[str]]:
    """The checker's data (set as text by its scripts, which use no innerHTML) and the open
    data (cijfers.json) hold the text as typed: HTML-escaped here, a reader would see '&lt;'."""
    problems, seen = [], set()
    for text in _strings(json.loads(path.read_text(encoding="utf-8"))):
        if "⟦" in text or "__pwned" in text:
            problems += literal(plain(text))
            if "&lt;" in text or "&amp;" in text:
                problems.append(f"dubbel ontsnapt: {text[:90]}")
            seen |= set(MARKER.findall(text))
    return problems, seen


SVG = "{http://www.w3.org/2000/svg}"
SVG_ELEMENTS = {"svg", "title", "desc", "g", "rect", "text", "tspan", "path", "line",
                "polyline", "polygon", "defs", "marker", "circle", "style", "a"}


def _svg(path: Path) -> tuple[list[str], set[str]]:
    """Parsed as XML: only drawing elements, no handler, no script link; text as typed."""
    try:
        tree = ET.parse(path)
    except ET.ParseError as exc:
        return [f"geen geldige SVG: {exc}"], set()
    problems, texts = [], []
    for element in tree.iter():
        name = element.tag.replace(SVG, "")
        if name not in SVG_ELEMENTS:
            problems.append(f"element <{name}>")
        for attribute, value in element.attrib.items():
            if re.match(r"on", attribute.split("}")[-1], re.I):
                problems.append(f"<{name} {attribute}=…>")
            if re.sub(r"\s", "", value).lower().startswith("javascript:"):
                problems.append(f"<{name} {attribute}={value!r}>")
        if name in ("text", "tspan", "title", "desc"):
            texts.append(element.text or "")
            texts.append(element.tail or "")
    text = " ".join(texts)
    return problems + literal(text, lines_broken=True), set(MARKER.findall(text))


def _pdf(path: Path) -> tuple[list[str], set[str]]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    problems = []
    text = plain(" ".join(page.extract_text() or "" for page in reader.pages))
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            if action.get("/S") == "/JavaScript" or \
                    str(action.get("/URI", "")).lower().startswith("javascript:"):
                problems.append(f"link met script: {action}")
    if "/JavaScript" in str(reader.trailer["/Root"].get("/Names", {})):
        problems.append("het document bevat JavaScript")
    if not MARKER.search(text):
        problems.append("de vijandige tekst staat er niet (als tekst) in")
    problems += literal(text, lines_broken=True)
    if "&lt;" in text or "&amp;" in text:
        problems.append("dubbel ontsnapt")
    return problems, set(MARKER.findall(text))


def _reader(path: Path):
    if path.suffix == ".html":
        return _html
    if path.name == "search_index.json":
        return _search_index
    if path.suffix == ".json":
        return _data_json
    if path.suffix == ".svg":
        return _svg
    if path.suffix == ".pdf":
        return _pdf
    return None


def test_hostile_text_is_only_ever_text_in_every_built_file(built):
    problems, seen, kinds = [], set(), set()
    for path in sorted(built.site.rglob("*")):
        if not path.is_file() or path.suffix in (".br", ".gz"):
            continue   # compressed copies of the files read here
        rel = path.relative_to(built.site).as_posix()
        raw = path.read_bytes()
        hostile = b"__pwned" in raw or "⟦".encode() in raw or b"&lt;script" in raw
        if not hostile and not (path.suffix == ".pdf" and rel.startswith(VARIANT + "/")):
            continue
        reader = _reader(path)
        if reader is None:
            problems.append(f"{rel}: vijandige tekst in een bestand dat niemand controleert")
            continue
        kinds.add(path.suffix if path.name != "search_index.json" else "search")
        found, markers = reader(path)
        problems += [f"{rel}: {p}" for p in found]
        seen |= markers
    assert problems == [], f"{len(problems)} problemen:\n" + "\n".join(problems[:40])
    assert kinds >= {".html", "search", ".json", ".svg", ".pdf"}, kinds
    # Most entries reach the site; the markers read prove the check looked at real text.
    assert len({m for m in seen if m[0] == "m"}) > built.counts["messages"] // 2
    assert len({m for m in seen if m[0] == "c"}) > built.counts["content"] // 2
    print(f"\n{len(seen)} vermeldingen gelezen in {len(kinds)} soorten bestanden; "
          f"bouwen duurde {built.seconds:.0f} s")


# --- ordinary punctuation --------------------------------------------------------------------

def _visible(html: str) -> str:
    return plain("".join(analyse(html).text))


def _title(html: str) -> str:
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1))


def test_apostrophes_and_ampersands_read_as_written(built):
    site_name, menu, naam = PUNCTUATED.values()
    tr = built.site / "tr"
    html = (tr / REGELING).read_text(encoding="utf-8")
    visible = _visible(html)
    assert naam in visible and menu in visible and site_name in visible
    assert _title(html) == f"{naam} - {site_name}"
    nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>', html, re.S).group(0)
    assert menu in _visible(nav)
    home = (tr / "index.html").read_text(encoding="utf-8")
    assert _title(home).endswith(f" - {site_name}"), _title(home)
    menu_page = (tr / "ik-ben-werkgever" / "index.html").read_text(encoding="utf-8")
    assert _title(menu_page) == f"{menu} - {site_name}"
    before = (tr / "ik-help-iemand" / "index.html").read_text(encoding="utf-8")
    labels = []   # the logo's tooltip and label, the footer's "next" label …
    for page in (html, home, menu_page, before):
        labels += [unescape(v) for v in re.findall(r'(?:title|aria-label)="([^"]*)"', page)
                   if "zzp" in v]
    assert any(label == site_name for label in labels), labels
    assert any(label.endswith(f": {menu}") for label in labels), labels   # footer: next
    for text in [visible, _title(html), _title(home), _visible(home)] + labels:
        assert not re.search(r"&(amp|#39|#34|quot|lt|gt);", text), text   # never twice
    docs = json.loads((tr / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    entry = next(d for d in docs if d["location"] == "regelingen/dh-kwijtschelding/")
    assert _visible(f"<h1>{entry['title']}</h1>") == naam, entry["title"]
    assert any(_visible(f"<h1>{d['title']}</h1>") == menu for d in docs), \
        "de menutitel staat niet leesbaar in de zoekindex"


# --- in Chromium -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def url(built):
    from site_builder.build.static_server import make_server

    server = make_server(built.site, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{VARIANT}"
    server.shutdown()


def test_in_chromium_nothing_runs(browser, url):
    context = browser.new_context(bypass_csp=True)   # only the escaping protects
    page = context.new_page()
    events = []
    page.on("dialog", lambda d: (events.append("dialoog: " + d.message), d.dismiss()))
    page.on("pageerror", lambda error: events.append("fout: " + str(error)))
    for kind, path in PAGES.items():
        page.goto(f"{url}/{path}")
        page.wait_for_load_state("load")
        if kind == "checker":
            answer_all(page)
        seen = page.evaluate("() => [typeof window.__pwned, document.body.innerText,"
                             " document.title]")
        assert seen[0] == "undefined", kind
        assert HOSTILE in plain(seen[1]) and HOSTILE in seen[2], kind
        assert literal(plain(seen[1])) == [], kind
    assert events == []
    context.close()
