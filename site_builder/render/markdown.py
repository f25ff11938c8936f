"""Escaping editors' text so it can only ever be text on the page.

Text from YAML is HTML-escaped (no tag, script or attribute survives) and the
characters that Markdown treats as syntax are backslash-escaped, so a ``*`` or
``[link](javascript:...)`` in a YAML field stays literal text.
"""
from __future__ import annotations

import re

from markupsafe import Markup, escape

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!-])")


def md_escape(text) -> Markup:
    if isinstance(text, Markup):
        return text
    # Markdown syntax first (on the raw text), then HTML, so entities stay intact.
    escaped = _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")
    return Markup(str(escape(escaped)))


def url(value: str) -> Markup:
    """A validated https URL, safe inside an HTML attribute or a Markdown link."""
    text = str(value)
    if not text.startswith("https://") and not text.startswith("tel:") \
            and not text.startswith("mailto:"):
        raise ValueError(f"refusing non-https link {text!r}")
    return Markup(str(escape(text)).replace("(", "%28").replace(")", "%29"))


# Dutch phone numbers as written in our texts: 0800/0900 numbers, the gemeente's 14 0xx
# and regular 10-digit numbers with optional spaces or dashes.
_PHONE = re.compile(r"(?<![\d+])(?:0[89]00[ -]?\d{4}|14 ?0\d{2}|0\d{2,3}[ -]?\d{3}[ -]?\d{2,4})"
                    r"(?![\d])")


def tel_links(text) -> Markup:
    """*text* escaped like :func:`md_escape`, with every phone number a tap-to-call link."""
    raw, parts, last = str(text), [], 0
    for match in _PHONE.finditer(raw):
        number = match.group(0)
        digits = "".join(ch for ch in number if ch.isdigit())
        parts += [md_escape(raw[last:match.start()]),
                  Markup('<a href="tel:{}" dir="ltr">{}</a>').format(digits, number)]
        last = match.end()
    parts.append(md_escape(raw[last:]))
    return Markup("").join(parts)
