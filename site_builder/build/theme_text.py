"""A mkdocs hook: the site name and menu titles reach Material as escaped HTML, once.

Material's templates print these values unescaped in most places (``{{ config.site_name }}``,
menu links, the page heading) and with ``| e`` in a few (the logo's title, the footer's
previous/next labels). Escaping the text beforehand left those few escaped twice ("Werk
&amp;amp; inkomen"); escaping it here and marking it as HTML (markupsafe's ``Markup``, which
``| e`` leaves alone) makes every place show the translated text exactly as typed.

mkdocs loads this file by path (``hooks:`` in the generated config), so it imports nothing
from the package.
"""
from __future__ import annotations

from markupsafe import Markup


def _marked(text):
    return Markup.escape(text) if isinstance(text, str) else text


def _mark_items(items) -> None:
    for item in items:
        item.title = _marked(item.title)
        _mark_items(getattr(item, "children", None) or [])


def on_config(config):
    config.site_name = _marked(config.site_name)
    return config


def on_nav(nav, config, files):
    _mark_items(nav.items)
    return nav
