"""Build the whole site: validate, render every variant, run mkdocs, check, swap in.

Everything is built in a staging folder next to the output. Only when every
variant has built and the offline check passed is the old ``site/`` replaced, by
renaming; a failure leaves the previous site byte-for-byte as it was.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import time
from pathlib import Path

import yaml

from .assets import asset_urls, install_assets, precompress
from .checks import full_check
from ..data.errors import Problems
from ..language.i18n import N_, VARIANTS, Translator, Variant
from ..render.figures import open_data
from ..render.flow_pdf import site_url, write_route_pdfs
from .publish import swap_in, write_host_files
from ..render.pages import PageContext, RenderedSite, render_variant


PREVIEW_TEXT = N_("Voorbeeld: zo leest deze site op {datum}. Dit is nog niet de echte site.")


class BuildFailed(Exception):
    def __init__(self, message: str, problems: Problems | None = None, files: int = 0):
        super().__init__(message)
        self.problems = problems
        self.files = files


def _base_config(root: Path) -> dict:
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
    config["not_in_nav"] = "\n".join(["/regelingen/*", "/loketten/*", "/thema/*", "/routes/*",
                                      "/gemeente/*", "/situatie/*"])
    config["theme"] = {**base["theme"], "language": variant.theme,
                       "custom_dir": str(root / base["theme"]["custom_dir"])}
    config["plugins"] = [{"search": {"lang": [variant.babel]}}]
    config["hooks"] = [str(Path(__file__).with_name("theme_text.py"))]
    config["extra"] = {**base.get("extra", {}), "alternate": _alternates(),
                       "variant": variant.code, "public_url": public_url(base), **extra}
    return config


def _write_pages(docs_dir: Path, pages: dict) -> None:
    for rel, text in pages.items():
        path = docs_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def _mkdocs_build(config: dict, config_path: Path) -> list[str]:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    config_path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
                           encoding="utf-8")
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        cfg = load_config(config_file=str(config_path))
        build(cfg)
    except (MkDocsException, SystemExit) as exc:
        raise BuildFailed(f"mkdocs kon de site niet bouwen ({exc}); "
                          + "; ".join(collector.messages[-5:]))
    finally:
        logger.removeHandler(collector)
    return collector.messages


# Validation rules a test may pass over to reach the defence behind them (the escaping
# behind the refusal of markup in interface translations). Only a direct call of
# build_site can do so; no command, setting or environment variable reaches it.
TESTABLE_BEHIND = frozenset({"po-opmaak"})


def build_site(root: Path, out: Path, peildatum: dt.date | None = None, strict: bool = False,
               progress=print, today: dt.date | None = None,
               _pass_over: frozenset[str] = frozenset()) -> Path:
    """Validate and build all variants into *out* atomically; returns *out*.

    *_pass_over* is for tests only: error codes from TESTABLE_BEHIND to build despite."""
    if not _pass_over <= TESTABLE_BEHIND:
        raise ValueError(f"alleen {sorted(TESTABLE_BEHIND)} kan een test overslaan")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    root = Path(root).resolve()
    out = (root / out) if not Path(out).is_absolute() else Path(out)
    started = time.perf_counter()
    catalog, problems = full_check(root, today)
    problems.items = [p for p in problems.items if p.code not in _pass_over]
    if problems.errors or (strict and problems.warnings):
        raise BuildFailed("er zijn fouten in de gegevens", problems, catalog.files)
    readability = [w for w in problems.warnings if w.code == "leesbaarheid"]
    for warning in problems.warnings:
        if warning.code != "leesbaarheid":
            progress(warning.format())
    if readability:
        progress(f"{len(readability)} teksten zijn misschien te moeilijk voor hun taalniveau; "
                 "'routekaart validate' toont ze per bestand en sleutel.")
    peildatum = peildatum or today or dt.date.today()
    preview = peildatum != (today or dt.date.today())
    base = _base_config(root)
    staging = out.parent / f".site-staging-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    work = staging / "work"
    site_dir = staging / "site"
    try:
        total = 0
        urls = asset_urls(root)
        translators: dict = {}   # variant code -> Translator, for the open data
        for variant in VARIANTS:
            t0 = time.perf_counter()
            translator = Translator(root, variant)
            translators[variant.code] = translator
            rendered = render_variant(catalog, variant, translator, peildatum, urls)
            docs_dir = work / "docs" / variant.code
            _write_pages(docs_dir, rendered.pages)
            target = site_dir / variant.prefix if variant.prefix else site_dir
            banner = ""
            if preview:
                from babel.dates import format_date

                banner = translator.ui(PREVIEW_TEXT).replace(
                    "{datum}", format_date(peildatum, "long", locale=variant.babel))
            config = variant_config(root, base, variant, rendered, docs_dir, target, strict,
                                    {"peildatum": peildatum.isoformat(), "preview_text": banner})
            warnings = _mkdocs_build(config, work / f"mkdocs-{variant.code}.yml")
            if strict and warnings:
                raise BuildFailed("mkdocs gaf waarschuwingen: " + "; ".join(warnings[:5]))
            write_route_pdfs(PageContext(catalog, variant, translator, peildatum), site_dir,
                             site_url(base))
            total += len(rendered.pages)
            progress(f"{variant.code}: {len(rendered.pages)} pagina's gebouwd in "
                     f"{time.perf_counter() - t0:.1f} s")
        from .postprocess import finish_site

        install_assets(root, site_dir)
        for name, text in open_data(catalog, translators).items():   # once, at the site root
            (site_dir / name).write_text(text, encoding="utf-8")
        finish_site(site_dir, progress)
        write_host_files(site_dir)
        t0 = time.perf_counter()
        cache = Path(os.environ.get("ROUTEKAART_CACHE") or root / ".build-cache")
        files, saved = precompress(site_dir, cache)
        progress(f"Gecomprimeerd: {files} bestanden (brotli en gzip), {saved // 1024} KB kleiner, "
                 f"in {time.perf_counter() - t0:.1f} s")
        swap_in(site_dir, out)
    except BuildFailed:
        raise
    except Exception as exc:  # keep the old site whatever went wrong
        raise BuildFailed(f"onverwachte fout tijdens het bouwen: {exc!r}") from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    progress(f"Klaar: {total} pagina's in {len(VARIANTS)} taalvarianten in "
             f"{time.perf_counter() - started:.1f} s, in {out}/")
    return out


