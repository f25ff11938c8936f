"""After mkdocs: prove the site is self-hosted and give every page its security policy.

* Offline check: no page or stylesheet may load anything from another host
  (scripts, styles, images, fonts, frames). Plain links to other sites are fine.
* Content Security Policy: a ``<meta>`` tag on every page; inline scripts are
  allowed only by their SHA-256 hash.
* Valid HTML where mkdocs-material's own page frame is not (see ``valid_theme_html``).
"""
from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

LOADING_ATTRS = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"),
                 ("audio", "src"), ("video", "src"), ("embed", "src"), ("object", "data"),
                 ("image", "href"), ("use", "href")}
LOADING_LINK_RELS = {"stylesheet", "preload", "modulepreload", "icon", "prefetch",
                     "preconnect", "dns-prefetch", "manifest", "apple-touch-icon"}
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])(https?:)?//""", re.I)
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S | re.I)
EXTERNAL = re.compile(r"^(https?:)?//", re.I)
# mkdocs-material's base.html puts autocomplete="off" on its two checkbox toggles (menu
# drawer and search) so that Firefox does not restore them (reopen the menu) after "back"
# or a reload. HTML allows autocomplete only on text-like inputs, so the W3C checker
# rejects it on every page, and base.html has no block to override. We drop the attribute
# and keep the behaviour: a one-line script right after the toggles unticks them.
THEME_TOGGLE = re.compile(r'(<input class="md-toggle" data-md-toggle="(drawer|search)" '
                          r'type="checkbox" id="__\2") autocomplete="off">')
TOGGLE_RESET = ('<script>for(const id of["__drawer","__search"])'
                'document.getElementById(id).checked=!1</script>')


class OfflineError(Exception):
    pass


class _Resources(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name, value in attrs:
            if value and (tag, name) in LOADING_ATTRS and EXTERNAL.match(value):
                self.external.append(f"<{tag} {name}={value}>")
            if name == "srcset" and value and "//" in value:
                self.external.append(f"<{tag} srcset={value}>")
        if tag == "link":
            rels = set((values.get("rel") or "").lower().split())
            href = values.get("href") or ""
            if rels & LOADING_LINK_RELS and EXTERNAL.match(href):
                self.external.append(f"<link rel={values.get('rel')} href={href}>")
        style = values.get("style") or ""
        if CSS_URL.search(style):
            self.external.append(f"<{tag} style={style}>")


# Parsing whole pages is the slow part of the check, so the parser only sees the start tags
# that have an attribute which can load something. Comments and the raw text of <script> and
# <style> are removed first, as the parser itself would skip them; a quoted ">" stays inside
# its tag.
START_TAG = re.compile(r"""<[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>""")
RAW_TEXT = re.compile(r"(<(script|style)\b[^>]*>).*?(</\2\s*>)", re.S | re.I)
COMMENT = re.compile(r"<!--.*?-->", re.S)
MAY_LOAD = re.compile(r"\b(?:src|data|href|srcset|style)\s*=", re.I)


def _loading_tags(html: str) -> str:
    body = RAW_TEXT.sub(lambda m: m.group(1) + m.group(3), COMMENT.sub("", html))
    return "".join(tag for tag in START_TAG.findall(body) if MAY_LOAD.search(tag))


def external_loads(html: str) -> list[str]:
    parser = _Resources()
    parser.feed(_loading_tags(html))
    for block in re.findall(r"<style[^>]*>(.*?)</style>", html, re.S | re.I):
        if CSS_URL.search(block):
            parser.external.append("<style> met een adres van een andere site")
    return parser.external


def check_offline(site: Path) -> list[str]:
    problems = []
    for path in sorted(site.rglob("*.html")):
        for item in external_loads(path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(site)}: {item}")
    for path in sorted(site.rglob("*.css")):
        text = path.read_text(encoding="utf-8", errors="replace")
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
        if CSS_URL.search(text):
            problems.append(f"{path.relative_to(site)}: laadt iets van een andere site")
    return problems


def script_hashes(html: str) -> list[str]:
    hashes = []
    for _attrs, body in INLINE_SCRIPT.findall(html):
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        hashes.append("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    return sorted(set(hashes))


def csp_for(html: str, wasm: bool = False) -> str:
    scripts = ["'self'"] + (["'wasm-unsafe-eval'"] if wasm else []) + script_hashes(html)
    return "; ".join([
        "default-src 'self'",
        "script-src " + " ".join(scripts),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def valid_theme_html(html: str) -> str:
    """The page with Material's toggles made valid HTML (see THEME_TOGGLE)."""
    html, found = THEME_TOGGLE.subn(r"\1>", html)
    if found == 2:
        html = html.replace('id="__search">', 'id="__search">\n    ' + TOGGLE_RESET, 1)
    return html


def secure_page(html: str) -> str:
    """The page as published: valid theme HTML and its Content-Security-Policy meta tag."""
    html = valid_theme_html(html)
    wasm = 'data-needs-wasm' in html
    meta = ('<meta http-equiv="Content-Security-Policy" content="'
            + csp_for(html, wasm) + '">')
    return html.replace("<head>", "<head>\n    " + meta, 1)


def add_csp(site: Path) -> int:
    count = 0
    for path in site.rglob("*.html"):
        path.write_text(secure_page(path.read_text(encoding="utf-8")), encoding="utf-8")
        count += 1
    return count


def finish_pages(folder: Path) -> int:
    """Offline check, then the security policy, for every page under *folder* (one variant's
    output or the whole site); returns the number of pages."""
    problems = check_offline(folder)
    if problems:
        from .failure import BuildFailed

        raise BuildFailed("de site laadt iets van een andere site: " + "; ".join(problems[:10]))
    return add_csp(folder)


def finish_site(site: Path, progress=print) -> None:
    pages = finish_pages(site)
    progress(f"Controle: geen verzoeken naar andere sites; beveiligingsbeleid op {pages} "
             "pagina's")
