"""mkdocs hooks for every build (``hooks:`` in the generated configuration).

The theme's Jinja templates are compiled to bytecode once and kept in the build cache
(``ROUTEKAART_JINJA_CACHE``), instead of again for each of the five variants and for every
edit that ``routekaart serve`` rebuilds. Jinja checks each template's source against its
bytecode, so an edited template is compiled anew.
"""
from __future__ import annotations

import os


def on_env(env, config, files):
    folder = os.environ.get("ROUTEKAART_JINJA_CACHE")
    if folder:
        from jinja2 import FileSystemBytecodeCache

        os.makedirs(folder, exist_ok=True)
        env.bytecode_cache = FileSystemBytecodeCache(folder)
    return env
