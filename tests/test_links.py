"""No broken link anywhere on the built site: files, anchors, other sites, the language menu."""
from __future__ import annotations

import os
import re
import shutil
import time

import pytest

from site_builder.language.i18n import VARIANTS
from site_builder.build.linkcheck import LinkChecker, check_links


def test_no_broken_links_on_the_built_site(built_site):
    started = time.perf_counter()
    checker = LinkChecker(built_site)
    problems = checker.run()
    elapsed = time.perf_counter() - started
    assert problems == [], f"{len(problems)} kapotte links:\n" + "\n".join(problems[:50])
    pages, links = checker.counts()
    assert pages > 500 and links > 20 * pages     # it really read the whole site
    print(f"linkcontrole: {links} links op {pages} pagina's in {elapsed:.1f} s")


def _link_or_copy(source, target):
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


@pytest.fixture
def site_copy(built_site, tmp_path):
    """The built pages (hard links where possible, so it is quick); replace a file before
    changing it, never write into it, or the session's site changes too."""
    copy = tmp_path / "site"
    shutil.copytree(built_site, copy, copy_function=_link_or_copy,
                    ignore=shutil.ignore_patterns("pyodide", "*.br", "*.gz", "*.map"))
    return copy


def _replace(path, html: str) -> None:
    path.unlink()   # a hard link: write a new file, not into the shared one
    path.write_text(html, encoding="utf-8")


def test_broken_links_and_anchors_in_a_copied_page_are_reported(site_copy):
    target = (site_copy / "en/regelingen/kinderopvangtoeslag/index.html").read_text("utf-8")
    anchor = re.search(r'<h2 id="([^"]+)"', target).group(1)
    page = site_copy / "en/regelingen/zorgtoeslag/index.html"
    html = page.read_text(encoding="utf-8")
    own = re.search(r'<h2 id="([^"]+)"', html).group(1)
    links = [
        "../niet-bestaand/", "../kinderopvangtoeslag/#bestaat-niet", "#ook-niet",
        "/en/regelingen/weg.html", "../../../../../etc/passwd",
        "http://www.example.org/", "https://exa mple.org/", "https://example/",
        "//www.example.org/", "https://www.example.org:99999/", "javascript:alert(1)",
        "mailto:iemand", "tel:06-1234", "ftp://example.org/",
        # these are fine and must not be reported:
        f"../kinderopvangtoeslag/?x=1#{anchor}", f"#{own}", "/en/check/", "../../", "./",
        "https://www.example.org/a?b=c#d", "mailto:info@example.org", "tel:+31701234567",
        "https://bücher.example/", "http://127.0.0.1:8000/",   # the page's own (local) host
    ]
    extra = "".join(f'<a href="{link}">x</a>\n' for link in links)
    html = html.replace("<head>", '<head><link rel="canonical" href="http://127.0.0.1:8000/'
                        'en/regelingen/zorgtoeslag/">', 1)
    _replace(page, html.replace("<article", extra + "<article", 1))
    rel = "en/regelingen/zorgtoeslag/index.html"
    found = [re.sub(r" \(regel \d+\)$", "", p) for p in check_links(site_copy, pages=[page])]
    assert sorted(found) == sorted(f"{rel}: {m}" for m in [
        "link naar '../niet-bestaand/' bestaat niet",
        "anker '#bestaat-niet' bestaat niet op en/regelingen/kinderopvangtoeslag/index.html",
        "anker '#ook-niet' bestaat niet op deze pagina",
        "link naar '/en/regelingen/weg.html' bestaat niet",
        "link naar '../../../../../etc/passwd' wijst buiten de site",
        "link 'http://www.example.org/' is niet beveiligd: gebruik https://",
        "link 'https://exa mple.org/' bevat spaties",
        "link 'https://example/' heeft geen geldige websitenaam",
        "link '//www.example.org/' heeft geen https: ervoor",
        "link 'https://www.example.org:99999/' is geen geldig adres",
        "link 'javascript:alert(1)' met javascript: is niet toegestaan",
        "e-mailadres in 'mailto:iemand' klopt niet",
        "telefoonnummer in 'tel:06-1234' klopt niet (alleen cijfers en +)",
        "link 'ftp://example.org/' heeft een onbekend soort adres (ftp:)",
    ])


def test_a_broken_language_menu_is_reported(site_copy):
    page = site_copy / "tr/loketten/index.html"
    html = page.read_text(encoding="utf-8")
    menu = re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"[^>]*class="md-select__link"', html)
    assert sorted(lang for _href, lang in menu) == sorted(v.hreflang for v in VARIANTS)
    hrefs = dict((lang, href) for href, lang in menu)
    html = html.replace(f'href="{hrefs["tr"]}" hreflang="tr"', 'href="./" hreflang="ar"', 1)
    html = html.replace(f'href="{hrefs["en"]}"', f'href="{hrefs["en"]}weg/"', 1)
    _replace(page, html)
    rel = "tr/loketten/index.html"
    found = [re.sub(r" \(regel \d+\)$", "", p) for p in check_links(site_copy, pages=[page])]
    assert sorted(found) == sorted(f"{rel}: {m}" for m in [
        "taalkeuze heeft 0 keer 'tr' (moet 1 zijn)",
        "taalkeuze heeft 2 keer 'ar' (moet 1 zijn)",
        "taalkeuze 'ar' wijst naar tr/loketten/index.html, niet naar een pagina in /ar/",
        f"link naar '{hrefs['en']}weg/' bestaat niet",
    ])
