"""Hostile text in every editors' text field stays text, and every page keeps its defences.

The tiny fixture repository gets the same hostile text (a script, an event handler, a
javascript: link in Markdown and in HTML, bold HTML, a template expression) in every free
text field of its regeling, loket and norm, found by walking the declared schema, so a new
text field is covered without touching this file. Then:

* the HTML holds none of it as markup, and shows each field literally, exactly as typed;
* in Chromium, with the page's security policy switched *off* (so only escaping protects),
  nothing runs and the text is visible as typed;
* every page has a strict Content Security Policy (scripts from the site itself and inline
  scripts by hash only; WebAssembly only on the checker page) that the site's own scripts
  do not violate, and a visit leaves no cookies and nothing in any browser storage.

What already exists elsewhere and is not repeated here: the offline check and the presence
of a policy on every page of the real site (test_build), answers not leaving the checker
(test_checker).
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import threading
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from site_builder.language.i18n import VARIANTS
from site_builder.data.schema.documents import SCHEMAS
from tests.checker_driver import answer_all
from tests.conftest import FIXTURES, ROOT, TODAY

HOSTILE = ('<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1"> '
           '[klik](javascript:window.__pwned=1) <a href="javascript:alert(1)">x</a> '
           '<b>vet</b> {{ 7*7 }}')
FOLDERS = {"regelingen": "regeling", "loketten": "loket", "normen": "norm"}
TEXT_KINDS = ("tekst", "regel")
# Kinds with their own notation, filled too: their stricter validation refuses free text
# (and must keep refusing it).
STRICT_KINDS = ("telefoon", "email", "openingstijden")
REFUSED = {"loket.openingstijden", "loket.telefoon", "loket.email"}
# Text fields that never reach the site: notes for editors, and the fixture's norm, which no
# text of the fixture uses.
NOT_SHOWN = re.compile(r"^norm\.|\.toelichting$")
PAGES = {"home": "", "regeling": "regelingen/test-regeling/", "loket": "loketten/test-loket/",
         "checker": "check/", "regelingen": "regelingen/", "loketten": "loketten/"}


def marked(field: str) -> str:
    """The hostile text as written into *field*; the marker says which field it was."""
    return f"{HOSTILE} ⟦{field}⟧"


def fill_text_fields(schema, data: dict, kind: str, prefix: str = "") -> list[str]:
    """Put hostile text into every free-text field of *schema* in *data*, present or not;
    returns the dotted names of the fields filled."""
    filled = []
    for f in schema.fields:
        name = f"{prefix}{f.key}"
        if f.kind in TEXT_KINDS + STRICT_KINDS:
            data[f.key] = marked(f"{kind}.{name}")
            filled.append(f"{kind}.{name}")
        elif f.kind == "lijst" and f.item.kind in TEXT_KINDS:
            data[f.key] = [marked(f"{kind}.{name}[{i}]") for i in range(2)]
            filled += [f"{kind}.{name}[{i}]" for i in range(2)]
        elif f.kind == "lijst" and f.item.kind == "object":
            for i, item in enumerate(data.get(f.key) or []):
                filled += fill_text_fields(f.item.schema, item, kind, f"{name}[{i}].")
        elif f.kind == "tabel" and f.item is not None and f.item.kind == "object":
            for key, item in (data.get(f.key) or {}).items():
                filled += fill_text_fields(f.item.schema, item, kind, f"{name}.{key}.")
        elif f.kind == "object":
            filled += fill_text_fields(f.schema, data.setdefault(f.key, {}), kind, f"{name}.")
    return filled


class HostileSite:
    def __init__(self, root: Path, fields: list[str], refused: set[str]):
        self.root, self.fields, self.refused = root, fields, refused
        self.site = root / "site"


def _write_hostile(root: Path) -> tuple[list[str], dict]:
    fields, originals = [], {}
    for folder, kind in FOLDERS.items():
        for path in sorted((root / folder).rglob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            originals[path] = dict(data)
            if kind == "regeling":
                data["status"] = "te-controleren"   # so that status_toelichting is shown
            fields += fill_text_fields(SCHEMAS[kind], data, kind)
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                            encoding="utf-8")
    return fields, originals


def _restore_refused(root: Path, refused: set[str], originals: dict) -> None:
    """Give refused fields their valid fixture value back, so the rest can be built."""
    for path, original in originals.items():
        kind = FOLDERS[path.relative_to(root).parts[0]]
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for field in refused:
            owner, _, key = field.partition(".")
            if owner == kind and "." not in key and "[" not in key:
                if key in original:
                    data[key] = original[key]
                else:
                    data.pop(key, None)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> HostileSite:
    from site_builder.build.checks import full_check
    from site_builder.build.site import build_site

    root = tmp_path_factory.mktemp("hostile") / "repo"
    shutil.copytree(FIXTURES / "minimal", root)
    for name in ("translations", "overrides", "mkdocs.yml", "vragen.yaml"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    (root / "node_modules").symlink_to(ROOT / "node_modules")
    fields, originals = _write_hostile(root)
    _, problems = full_check(root, TODAY)
    refused = set()
    for problem in problems.errors:
        folder = Path(problem.location.path).parts[0]
        kind = FOLDERS.get(folder, folder)
        refused.add(f"{kind}.{problem.field}")
    _restore_refused(root, refused, originals)
    build_site(root, root / "site", progress=lambda *_: None, today=TODAY)
    return HostileSite(root, fields, refused)


# --- the HTML ----------------------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
EVENT_HANDLER = re.compile(r"^on(?!en$)[a-z]+$")   # onerror, onclick …, not "open"


class _Markup(HTMLParser):
    """What a page would *do*: its elements, attributes, inline scripts and visible text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self.csp: list[str] = []
        self.first_script_before_csp = False
        self._stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self._stack.append(tag)
        self._element(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._element(tag, attrs)

    def _element(self, tag, attrs):
        values = dict(attrs)
        for name, value in attrs:
            if EVENT_HANDLER.match(name):
                self.problems.append(f"<{tag} {name}=…>: een event-handler")
            if value and re.sub(r"[\s\x00-\x1f]", "", value).lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}={value!r}>: een javascript:-link")
        if tag == "img" and values.get("src") == "x":
            self.problems.append("<img src=x>: een ingevoegde afbeelding")
        if tag == "meta" and (values.get("http-equiv") or "").lower() == \
                "content-security-policy":
            self.csp.append(values.get("content") or "")
        if tag == "script" and not self.csp:
            self.first_script_before_csp = True
        if tag == "script":
            self._script_type = (values.get("type") or "").lower()

    def handle_endtag(self, tag):
        if tag in self._stack:
            while self._stack.pop() != tag:
                pass

    def handle_data(self, data):
        if self._stack and self._stack[-1] == "script":
            self.scripts.append(data)
            if getattr(self, "_script_type", "") == "application/json":
                # data for a script, never run: safe while nothing in it can close the element
                if "<" in data:
                    self.problems.append("<script type=application/json> met een '<' erin")
                json.loads(data)
                return
            if "__pwned" in data:
                self.problems.append("<script> met ingevoegde code")
            return
        if self._stack and self._stack[-1] == "b" and data.strip() == "vet":
            self.problems.append("<b>vet</b> is vet gedrukt in plaats van tekst")
        self.text.append(data)


def analyse(html: str) -> _Markup:
    parser = _Markup()
    parser.feed(html)
    parser.close()
    return parser


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def literal_problems(text: str) -> list[str]:
    """Each field marker in *text* must come right after the hostile text, exactly as typed."""
    problems = []
    for match in re.finditer(r"⟦([^⟧]+)⟧", text):
        if not text[:match.end()].endswith(marked(match.group(1))):
            shown = text[max(0, match.start() - 60):match.end()]
            problems.append(f"{match.group(1)} staat er niet letterlijk: …{shown}")
    return problems


def test_the_analysis_finds_injected_markup():
    page = analyse(f"<p>{HOSTILE} ⟦x⟧</p>")
    assert len(page.problems) == 5, page.problems   # script, img, onerror, javascript:, <b>
    missing = literal_problems(plain("".join(page.text)))
    assert len(missing) == 1 and missing[0].startswith("x staat er niet letterlijk"), missing
    escaped = analyse("<p>" + HOSTILE.replace("&", "&amp;").replace("<", "&lt;") + " ⟦x⟧</p>")
    assert escaped.problems == []
    assert literal_problems(plain("".join(escaped.text))) == []


def test_stricter_fields_refuse_hostile_text(hostile):
    assert hostile.refused == REFUSED


def test_no_hostile_text_becomes_markup_and_every_field_shows_literally(hostile):
    pages = sorted(hostile.site.rglob("*.html"))
    assert len(pages) > 5 * len(PAGES)
    shown = set()
    problems = []
    for path in pages:
        html = path.read_text(encoding="utf-8")
        page = analyse(html)
        rel = path.relative_to(hostile.site).as_posix()
        problems += [f"{rel}: {p}" for p in page.problems]
        text = plain("".join(page.text))
        problems += [f"{rel}: {p}" for p in literal_problems(text)]
        shown |= set(re.findall(r"⟦([^⟧]+)⟧", text))
        assert "{{" not in html.replace("{{ 7*7 }}", ""), rel   # nothing rendered as template
    assert problems == [], "\n".join(problems[:30])
    regeling = (hostile.site / PAGES["regeling"] / "index.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;vet&lt;/b&gt;" in regeling
    for variant in VARIANTS:   # the browser tab shows the name as typed, too
        for kind in ("regeling", "loket"):
            html = (hostile.site / variant.prefix / PAGES[kind] / "index.html").read_text(
                encoding="utf-8")
            title = unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1))
            assert title.startswith(marked(f"{kind}.naam")), (variant.code, title)
    expected = {f for f in hostile.fields if f not in REFUSED and not NOT_SHOWN.search(f)}
    assert expected - shown == set(), "velden die nergens op de site staan"
    assert any(f.endswith(".toelichting") for f in hostile.fields)   # the walk reaches deep


def test_search_index_holds_hostile_text_only_as_text(hostile):
    """Material's search shows index entries as HTML, so they must be escaped too."""
    for variant in VARIANTS:
        index = hostile.site / variant.prefix / "search" / "search_index.json"
        docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
        found = [d for d in docs if "⟦" in d["text"] + d["title"]]
        assert found, variant.code
        for doc in found:
            entry = analyse(f"<h1>{doc['title']}</h1><div>{doc['text']}</div>")
            assert entry.problems == [], (variant.code, doc["location"], entry.problems)
            assert literal_problems(plain("".join(entry.text))) == [], doc["location"]


# --- the Content Security Policy ------------------------------------------------------------

def policy(html: str) -> dict[str, list[str]]:
    page = analyse(html)
    assert len(page.csp) == 1, "precies één Content-Security-Policy"
    assert not page.first_script_before_csp, "het beleid moet vóór het eerste script staan"
    directives = {}
    for part in page.csp[0].split(";"):
        if part.strip():
            name, *sources = part.split()
            directives[name] = sources
    return directives


def test_every_page_type_has_a_strict_content_security_policy(hostile):
    checked = set()
    for path in sorted(hostile.site.rglob("*.html")):
        rel = path.relative_to(hostile.site).as_posix()
        html = path.read_text(encoding="utf-8")
        csp = policy(html)
        checker = rel.endswith("check/index.html")
        scripts = csp["script-src"]
        assert scripts[0] == "'self'", rel
        allowed = {"'self'"} | ({"'wasm-unsafe-eval'"} if checker else set())
        extra = [s for s in scripts if s not in allowed and not s.startswith("'sha256-")]
        assert extra == [], (rel, extra)
        assert ("'wasm-unsafe-eval'" in scripts) == checker, rel
        for body in analyse(html).scripts:   # every inline script is allowed by its hash
            digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in scripts, (rel, body[:60])
        assert csp["default-src"] == ["'self'"] and csp["object-src"] == ["'none'"], rel
        assert csp["base-uri"] == ["'self'"] and csp["form-action"] == ["'self'"], rel
        checked.add(next((k for k, v in PAGES.items() if v and rel.endswith(v + "index.html")),
                         "other"))
    assert checked >= set(PAGES) - {"home"}


# --- in Chromium -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_url(hostile):
    from site_builder.build.static_server import make_server

    server = make_server(hostile.site, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def visit(page, url: str, checker: bool = False) -> dict:
    """Open *url* (and run the checker to its results); what happened, read from the page."""
    page.goto(url)
    page.wait_for_load_state("load")
    if checker:
        answer_all(page)
    return page.evaluate("""() => ({
        pwned: typeof window.__pwned,
        text: document.body.innerText,
        title: document.title,
    })""")


def _watch(page) -> list[str]:
    events = []
    page.on("dialog", lambda dialog: (events.append("dialoog: " + dialog.message),
                                      dialog.dismiss()))
    page.on("pageerror", lambda error: events.append("fout: " + str(error)))
    return events


@pytest.mark.parametrize("variant", ["", "ar/"])
def test_in_chromium_nothing_runs_and_the_text_shows_as_typed(browser, hostile_url, variant):
    # With the policy bypassed, only escaping stands between the text and the browser.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    events = _watch(page)
    expected = {"regeling": ["regeling.naam", "regeling.wat_is_het", "regeling.voorwaarden[1]",
                             "loket.naam"],
                "loket": ["loket.naam", "loket.omschrijving", "regeling.naam"],
                "regelingen": ["regeling.naam", "regeling.samenvatting"],
                "checker": ["regeling.naam", "regeling.samenvatting"]}
    for kind, path in PAGES.items():
        seen = visit(page, f"{hostile_url}/{variant}{path}", checker=kind == "checker")
        assert seen["pwned"] == "undefined", (kind, variant)
        text = plain(seen["text"])
        for field in expected.get(kind, []):
            assert marked(field) in text, (kind, variant, field)
        assert literal_problems(text) == [], (kind, variant)
        if kind in ("regeling", "loket"):
            assert seen["title"].startswith(marked(f"{kind}.naam")), seen["title"]
    assert events == []
    context.close()


def test_the_browser_check_would_see_injected_code(browser, hostile_url):
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    events = _watch(page)
    url = f"{hostile_url}/{PAGES['regeling']}"
    html = (page.request.get(url)).text()
    escaped = "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;"
    assert escaped in html
    head, article = html.split("<article", 1)   # (in <title> a tag would be text anyway)
    broken = head + "<article" + article.replace(
        escaped, '<img src=x onerror="window.__pwned=1;alert(1)">', 1)
    page.route(url, lambda route: route.fulfill(body=broken, content_type="text/html"))
    page.goto(url)
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__pwned") == "number"
    assert events == ["dialoog: 1"]
    context.close()


def test_pages_obey_their_policy_and_store_nothing(browser, hostile_url):
    context = browser.new_context()
    page = context.new_page()
    events = _watch(page)
    violations = []
    page.on("console", lambda m: violations.append(m.text)
            if "Content Security Policy" in m.text else None)
    for variant in ("", "ar/"):
        for kind, path in PAGES.items():
            visit(page, f"{hostile_url}/{variant}{path}", checker=kind == "checker")
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    assert violations == [] and events == []
    assert context.cookies() == []
    stored = page.evaluate("""async () => ({
        local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,
        indexeddb: (await indexedDB.databases()).map(d => d.name),
        caches: await caches.keys(),
    })""")
    assert stored == {"local": 0, "session": 0, "cookie": "", "indexeddb": [], "caches": []}
    context.close()
