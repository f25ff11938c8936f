"""Every link on the built site goes somewhere: files, anchors, other sites, the switcher.

``check_links(site_dir)`` reads each page once (standard-library ``html.parser``)
and returns plain Dutch messages, one per broken link, for example::

    en/regelingen/zorgtoeslag/index.html: link naar 'x/' bestaat niet

What counts as broken:

* an internal ``href``/``src`` (relative or starting with ``/``) to a file that does
  not exist; a directory address means its ``index.html``; the query string is ignored;
* an anchor (``#id``) that is not an ``id`` on the target page;
* a link to another site that is not a well-formed ``https://`` address (``http:``,
  ``//host``, spaces, no host, a bad port), and ``javascript:`` or unknown schemes; links
  to the page's own host (its canonical address, or *own_hosts*) may use ``http:``;
* a ``mailto:`` without a plain e-mail address, a ``tel:`` that is not a phone number;
* a language switcher that does not have exactly one entry per variant, each pointing to
  an existing page inside that variant.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from ..data.schema.text_kinds import EMAIL, TEL_HREF
from ..language.i18n import VARIANTS

# (tag, attribute) pairs whose value is an address the browser follows or loads.
LINK_ATTRS = {("a", "href"), ("area", "href"), ("link", "href"), ("img", "src"),
              ("script", "src"), ("iframe", "src"), ("source", "src"), ("audio", "src"),
              ("video", "src"), ("video", "poster"), ("embed", "src"), ("object", "data"),
              ("form", "action"), ("track", "src"), ("input", "src")}

SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
HOST_LABEL = re.compile(r"^(?!-)[\w-]{1,63}(?<!-)$")


@dataclass
class Link:
    tag: str
    attr: str
    value: str
    line: int


@dataclass
class ParsedPage:
    ids: set = field(default_factory=set)
    links: list = field(default_factory=list)
    switcher: list = field(default_factory=list)   # (hreflang, href) of the language menu
    host: str = ""     # the page's own host, from <link rel="canonical"> (set with site_url)


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name in ("id",) + (("name",) if tag == "a" else ()):
            if values.get(name):
                self.page.ids.add(values[name])
        line = self.getpos()[0]
        for name, value in attrs:
            if (tag, name) in LINK_ATTRS and value is not None:
                self.page.links.append(Link(tag, name, value, line))
            elif name == "srcset" and value:
                for candidate in value.split(","):
                    if candidate.strip():
                        self.page.links.append(Link(tag, name, candidate.split()[0], line))
        if tag == "link" and "canonical" in (values.get("rel") or "").lower().split():
            self.page.host = (urlsplit(values.get("href") or "").hostname or "").lower()
        classes = (values.get("class") or "").split()
        if tag == "a" and "md-select__link" in classes and values.get("hreflang"):
            self.page.switcher.append((values["hreflang"], values.get("href") or ""))

    handle_startendtag = handle_starttag


def parse_page(path: Path) -> ParsedPage:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser.page


class LinkChecker:
    """Checks one built site; parsed pages are cached, so each file is read once."""

    def __init__(self, site_dir: Path, own_hosts: frozenset = frozenset()):
        self.site = Path(site_dir).resolve()
        self.own_hosts = {h.lower() for h in own_hosts}
        self._pages: dict[Path, ParsedPage] = {}

    def page(self, path: Path) -> ParsedPage:
        if path not in self._pages:
            self._pages[path] = parse_page(path)
        return self._pages[path]

    # --- one address -------------------------------------------------------------------
    def check(self, source: Path, value: str) -> str | None:
        """Why *value*, found on page *source*, is broken; None when it is fine."""
        address = value.strip()
        if address != value or any(ch.isspace() for ch in address):
            return f"link {value!r} bevat spaties"
        if address.startswith("//"):
            return f"link {value!r} heeft geen https: ervoor"
        scheme = SCHEME.match(address)
        if scheme:
            return self._check_scheme(scheme.group(1).lower(), address, self.page(source).host)
        return self._check_internal(source, address)

    def _check_scheme(self, scheme: str, address: str, own_host: str) -> str | None:
        if scheme in ("http", "https"):
            return self._check_external(scheme, address, own_host)
        if scheme == "mailto":
            target = unquote(address[len("mailto:"):].split("?", 1)[0])
            if not all(EMAIL.match(part) for part in target.split(",")):
                return f"e-mailadres in {address!r} klopt niet"
            return None
        if scheme == "tel":
            if not TEL_HREF.match(address[len("tel:"):]):
                return f"telefoonnummer in {address!r} klopt niet (alleen cijfers en +)"
            return None
        if scheme == "data":
            return None if address.startswith("data:image/") else \
                f"link {address[:40]!r} met data: is niet toegestaan"
        if scheme == "javascript":
            return f"link {address!r} met javascript: is niet toegestaan"
        return f"link {address!r} heeft een onbekend soort adres ({scheme}:)"

    def _check_external(self, scheme: str, address: str, own_host: str) -> str | None:
        try:
            parts = urlsplit(address)
            host = parts.hostname or ""
            parts.port  # raises ValueError for a bad port
        except ValueError:
            return f"link {address!r} is geen geldig adres"
        if host in self.own_hosts or (own_host and host == own_host):
            return None
        if scheme != "https":
            return f"link {address!r} is niet beveiligd: gebruik https://"
        if not host or parts.netloc.endswith((":", "@")) or "." not in host \
                or not all(HOST_LABEL.match(label) for label in host.split(".")):
            return f"link {address!r} heeft geen geldige websitenaam"
        return None

    def _check_internal(self, source: Path, address: str) -> str | None:
        path, _, fragment = address.partition("#")
        path = path.split("?", 1)[0]
        if not path:
            target = source
        else:
            target = self.resolve(source, path)
            if target is None:
                return f"link naar {address!r} wijst buiten de site"
            if not target.is_file():
                return f"link naar {address!r} bestaat niet"
        if fragment and target.suffix == ".html":
            anchor = unquote(fragment)
            if anchor not in self.page(target).ids:
                where = "deze pagina" if target == source else \
                    target.relative_to(self.site).as_posix()
                return f"anker '#{anchor}' bestaat niet op {where}"
        return None

    def resolve(self, source: Path, path: str) -> Path | None:
        """The file a relative or root-relative *path* on page *source* points to."""
        path = unquote(path)
        if path.startswith("/"):
            parts = PurePosixPath(path).parts[1:]
        else:
            relative = source.parent.relative_to(self.site)
            parts = relative.parts + PurePosixPath(path).parts
        resolved: list[str] = []
        for part in parts:
            if part == "..":
                if not resolved:
                    return None
                resolved.pop()
            elif part not in (".", ""):
                resolved.append(part)
        target = self.site.joinpath(*resolved)
        if path.endswith("/") or target.is_dir():
            target = target / "index.html"
        return target

    # --- the language switcher -----------------------------------------------------------
    def check_switcher(self, source: Path, entries: list) -> list[str]:
        problems = []
        wanted = [v.hreflang for v in VARIANTS]
        found = [lang for lang, _href in entries]
        for lang in wanted:
            if found.count(lang) != 1:
                problems.append(f"taalkeuze heeft {found.count(lang)} keer '{lang}' "
                                "(moet 1 zijn)")
        for lang in sorted(set(found) - set(wanted)):
            problems.append(f"taalkeuze heeft een onbekende taal '{lang}'")
        prefixes = {v.hreflang: v.prefix for v in VARIANTS}
        others = [v.prefix for v in VARIANTS if v.prefix]
        for lang, href in entries:
            if lang not in prefixes or self.check(source, href):
                continue  # wrong language or broken link: reported already
            path = href.split("#")[0].split("?")[0]
            target = self.resolve(source, path) if path else source
            rel = target.relative_to(self.site).as_posix()
            prefix = prefixes[lang]
            inside = rel.startswith(prefix) if prefix else \
                not any(rel.startswith(other) for other in others)
            if not inside:
                problems.append(f"taalkeuze '{lang}' wijst naar {rel}, niet naar een pagina "
                                f"in /{prefix}")
        return problems

    def counts(self) -> tuple[int, int]:
        """(pages read, links found) so far."""
        return len(self._pages), sum(len(p.links) for p in self._pages.values())

    # --- the whole site ------------------------------------------------------------------
    def run(self, pages=None) -> list[str]:
        """Problems of every page, or only of *pages* (links into the rest are still checked)."""
        problems = []
        paths = sorted(self.site.rglob("*.html")) if pages is None else \
            [Path(p).resolve() for p in pages]
        for path in paths:
            page = self.page(path)
            rel = path.relative_to(self.site).as_posix()
            for link in page.links:
                if link.attr == "action" and not link.value:
                    continue
                reason = self.check(path, link.value)
                if reason:
                    problems.append(f"{rel}: {reason} (regel {link.line})")
            if not page.switcher:
                problems.append(f"{rel}: taalkeuze ontbreekt")
            else:
                problems.extend(f"{rel}: {p}" for p in self.check_switcher(path, page.switcher))
        return problems


def check_links(site_dir: Path, own_hosts: frozenset = frozenset(), pages=None) -> list[str]:
    """Every broken link on the built site in *site_dir*, as ``file: message (regel n)``.

    *own_hosts* are host names of this site itself (e.g. from ``site_url``); links to
    them are not held to the https rule, so a local preview address is fine. With *pages*
    (paths of HTML files in the site) only the links on those pages are checked.
    """
    return LinkChecker(site_dir, own_hosts).run(pages)
