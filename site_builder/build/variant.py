"""One language variant from catalog to finished folder: pages, mkdocs, route PDFs, checks.

``build_variant`` is what a worker process runs (the build gives each of the two cores a
variant at a time); it writes only inside its own folder, so variants never touch each
other's files. The catalog is loaded and checked once by the parent and reaches the workers
by ``fork``, without pickling.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..vocabulary import GEBIEDEN, GEMEENTEN
from ..language.i18n import N_, VARIANT_BY_CODE, VARIANTS, Translator, Variant
from ..render.flow_pdf import site_url, write_route_pdfs
from ..render.context import PageContext
from ..render.pages import RenderedSite, render_variant
from .compress import compress_file, files_to_compress
from .failure import BuildFailed
from .postprocess import finish_pages

PREVIEW_TEXT = N_("Voorbeeld: zo leest deze site op {datum}. Dit is nog niet de echte site.")
NOT_IN_NAV = ["/regelingen/*", "/loketten/*", "/thema/*", "/routes/*", "/gemeente/*",
              "/situatie/*"]
CATALOG = None   # set by the parent before the worker processes fork
HOOKS = Path(__file__).resolve().parent / "mkdocs_hooks.py"


def base_config(root: Path) -> dict:
    with (root / "mkdocs.yml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _alternates() -> list[dict]:
    return [{"name": v.name, "link": "/" + v.prefix, "lang": v.hreflang, "prefix": v.prefix,
             "code": v.code, "html_lang": v.babel} for v in VARIANTS]


def public_url(base: dict) -> str:
    """The site's public address with a final slash, or "" while unknown (no hreflang then)."""
    url = os.environ.get("ROUTEKAART_URL") or base.get("site_url") or ""
    return url.rstrip("/") + "/" if url else ""


def variant_config(root: Path, base: dict, variant: Variant, rendered: RenderedSite,
                   docs_dir: Path, site_dir: Path, strict: bool, extra: dict) -> dict:
    config = dict(base)
    config["site_name"] = rendered.site_name
    config["docs_dir"] = str(docs_dir)
    config["site_dir"] = str(site_dir)
    config["strict"] = strict
    config["nav"] = rendered.nav
    config["not_in_nav"] = "\n".join(NOT_IN_NAV)
    config["theme"] = {**base["theme"], "language": variant.theme,
                       "custom_dir": str(root / base["theme"]["custom_dir"])}
    config["plugins"] = [{"search": {"lang": [variant.babel]}}]
    config["hooks"] = [str(HOOKS), str(HOOKS.with_name("theme_text.py"))]
    config["extra"] = {**base.get("extra", {}), "alternate": _alternates(),
                       "variant": variant.code, "public_url": public_url(base),
                       "gemeenten": [GEBIEDEN[code] for code in GEMEENTEN], **extra}
    return config


def write_pages(docs_dir: Path, pages: dict, only_changed: bool = False) -> list[str]:
    """Write the rendered pages; with *only_changed*, leave files whose text is the same
    (so their modification time stays and a dirty mkdocs build skips them). Returns the
    pages written."""
    written = []
    for rel, text in pages.items():
        path = docs_dir / rel
        if only_changed and path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(rel)
    return written


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def mkdocs_build(config: dict, config_path: Path, dirty: bool = False,
                 cache: Path | None = None) -> list[str]:
    """Run mkdocs on *config*; returns its warnings. *dirty* rebuilds only pages whose
    Markdown is newer than their HTML (the editor loop); *cache* keeps compiled templates."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    config_path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
                           encoding="utf-8")
    if cache is not None:
        os.environ["ROUTEKAART_JINJA_CACHE"] = str(cache / "jinja")
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        cfg = load_config(config_file=str(config_path))
        build(cfg, dirty=dirty)
    except (MkDocsException, SystemExit) as exc:
        raise BuildFailed(f"mkdocs kon de site niet bouwen ({exc}); "
                          + "; ".join(collector.messages[-5:]))
    finally:
        logger.removeHandler(collector)
    return collector.messages


@dataclass
class VariantJob:
    root: Path
    code: str
    docs_dir: Path       # Markdown written here
    config_path: Path
    site_dir: Path       # this variant's output folder (its own URL prefix already applied)
    pdf_root: Path       # the folder that the variant's prefix is relative to (route PDFs)
    peildatum: dt.date
    preview: bool
    strict: bool
    urls: dict
    cache: Path
    compress: bool = True


def render(job: VariantJob, catalog=None):
    """The variant's pages and its mkdocs configuration (no files written)."""
    catalog = catalog or CATALOG
    variant = VARIANT_BY_CODE[job.code]
    translator = Translator(job.root, variant)
    rendered = render_variant(catalog, variant, translator, job.peildatum, job.urls)
    banner = ""
    if job.preview:
        from babel.dates import format_date

        banner = translator.ui(PREVIEW_TEXT).replace(
            "{datum}", format_date(job.peildatum, "long", locale=variant.babel))
    base = base_config(job.root)
    config = variant_config(job.root, base, variant, rendered, job.docs_dir, job.site_dir,
                            job.strict, {"peildatum": job.peildatum.isoformat(),
                                         "preview_text": banner})
    return rendered, config, PageContext(catalog, variant, translator, job.peildatum), base


def build_variant(job: VariantJob) -> dict:
    """Build one variant completely into ``job.site_dir``; returns what it did."""
    t0 = time.perf_counter()
    rendered, config, ctx, base = render(job)
    write_pages(job.docs_dir, rendered.pages)
    warnings = mkdocs_build(config, job.config_path, cache=job.cache)
    if job.strict and warnings:
        raise BuildFailed("mkdocs gaf waarschuwingen: " + "; ".join(warnings[:5]))
    write_route_pdfs(ctx, job.pdf_root, site_url(base), job.cache)
    checked = finish_pages(job.site_dir)
    saved = compressed = 0
    if job.compress:
        for path, rel in files_to_compress(job.site_dir, immutable=False):
            saved += compress_file(path, rel, str(job.cache))
            compressed += 1
    return {"code": job.code, "pages": len(rendered.pages), "checked": checked,
            "compressed": compressed, "saved": saved, "seconds": time.perf_counter() - t0}
