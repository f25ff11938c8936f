"""Every built page is valid HTML for the W3C Nu HTML Checker (vnu.jar), in all variants."""
from __future__ import annotations

from site_builder.build.html_check import check_html
from site_builder.language.i18n import VARIANTS


def test_every_page_of_every_variant_is_valid_html(built_site):
    pages = list(built_site.rglob("*.html"))
    for variant in VARIANTS:  # the check really covers every variant
        assert (built_site / variant.prefix / "index.html") in pages, variant.code
    assert len(pages) > 500
    problems = check_html(built_site)   # one Java process for the whole site
    assert problems == [], f"{len(problems)} HTML-fouten:\n" + "\n".join(problems[:50])


def test_html_check_reports_file_line_and_message(built_site, tmp_path):
    """The gate can fail: a broken small page and a broken copy of a built page."""
    (tmp_path / "goed.html").write_text(
        '<!DOCTYPE html>\n<html lang="nl"><head><title>Goed</title></head>\n'
        '<body><p>Goed.</p></body></html>\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "fout.html").write_text(
        '<!DOCTYPE html>\n<html lang="nl"><head><title>Fout</title></head>\n<body>\n'
        '<input type="checkbox" id="x" autocomplete="off">\n'
        '<a href="//../en/">taal</a>\n</body></html>\n', encoding="utf-8")
    html = (built_site / "regelingen" / "zorgtoeslag" / "index.html").read_text(encoding="utf-8")
    (tmp_path / "kopie.html").write_text(
        html.replace("<article", '<i id="x"></i><i id="x"></i><article', 1), encoding="utf-8")
    problems = check_html(tmp_path)   # one Java process for all three
    fout = [p for p in problems if p.startswith("sub/fout.html: ")]
    assert len(fout) == 2, problems
    assert fout[0].startswith("sub/fout.html: 4: Attribute “autocomplete”")
    assert fout[1].startswith("sub/fout.html: 5: Bad value “//../en/”")
    kopie = [p for p in problems if p.startswith("kopie.html: ")]
    assert len(kopie) == 1 and "Duplicate ID “x”" in kopie[0], problems
    assert len(problems) == 3, problems   # nothing about goed.html
