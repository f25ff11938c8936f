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
