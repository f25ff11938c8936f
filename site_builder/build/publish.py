"""Publishing the built site to a static host.

One cache policy serves three places: the local server (``routekaart serve``), the
``_headers`` file that Netlify and Cloudflare Pages read, and the nginx configuration
in ``deploy/``. Content-addressed folders (Pyodide by version, the engine by hash,
material's hashed bundles) may be cached for a year; pages must be revalidated.
``publish`` copies a complete build into a folder (a mounted web root, for instance)
and swaps it in at once, so visitors never see half a site.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..language.i18n import VARIANTS

IMMUTABLE_PREFIXES = ("/pyodide/", "/engine/", "/assets/javascripts/", "/assets/stylesheets/")
VARIANT_PREFIXES = tuple("/" + v.prefix.rstrip("/") if v.prefix else "" for v in VARIANTS)
LONG = "public, max-age=31536000, immutable"
PAGE = "no-cache"
OTHER = "public, max-age=3600"
SECURITY = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


class PublishError(Exception):
    """A plain Dutch reason why the site was not published."""


def cache_control(url: str) -> str:
    """The Cache-Control header for a URL path of the built site."""
    url = url.split("?", 1)[0]
    if url.endswith(".html") or url.endswith("/"):
        return PAGE
    for prefix in IMMUTABLE_PREFIXES:
        if any(url.startswith(v + prefix) for v in VARIANT_PREFIXES):
            return LONG
    return OTHER


def headers_file() -> str:
    """The ``_headers`` file (Netlify, Cloudflare Pages): security headers everywhere and a
    year of caching for the content-addressed folders. Pages keep the host's default,
    which revalidates them."""
    lines = ["# Gemaakt door 'routekaart build'; zie docs/redactie/publiceren.md", "/*"]
    lines += [f"  {name}: {value}" for name, value in SECURITY.items()]
    for variant in VARIANT_PREFIXES:
        for prefix in IMMUTABLE_PREFIXES:
            lines += [f"{variant}{prefix}*", f"  Cache-Control: {LONG}"]
    return "\n".join(lines) + "\n"


def write_host_files(site: Path) -> None:
    (site / "_headers").write_text(headers_file(), encoding="utf-8")
    (site / ".nojekyll").write_text("", encoding="utf-8")   # GitHub Pages: serve as is


REQUIRED = ("check/data.json", "_headers", "cijfers.csv", "cijfers.json") + \
    tuple(f"{v.prefix}index.html" for v in VARIANTS)


def swap_in(new: Path, target: Path) -> None:
    """Put the folder *new* in place of *target* with two renames; the old one goes."""
    old = target.parent / f".{target.name}.oud-{os.getpid()}"
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def publish(site: Path, target: Path) -> int:
    """Copy the complete build in *site* to *target*, replacing it in one step."""
    missing = [name for name in REQUIRED if not (site / name).exists()]
    if missing:
        raise PublishError(f"'{site}' is geen complete site (ontbreekt: {', '.join(missing)}). "
                           "Bouw eerst met 'routekaart build'.")
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    incoming = target.parent / f".{target.name}.nieuw-{os.getpid()}"
    shutil.rmtree(incoming, ignore_errors=True)
    shutil.copytree(site, incoming)
    swap_in(incoming, target)
    return sum(1 for p in target.rglob("*") if p.is_file())
