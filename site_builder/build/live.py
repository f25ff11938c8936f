"""The editor loop of ``routekaart serve``: the Dutch pages an edit touches, in about a second.

A ``LiveBuilder`` keeps the Dutch variant's Markdown and mkdocs output in a work folder between
edits. After a change it loads the catalog (errors stop here, with file:line), renders the
Dutch pages, writes only the Markdown that differs and lets mkdocs rebuild just those pages
(``dirty``). The new pages get the published form (offline check, CSP) and are put into the
served site one by one (rename, so a reader never sees half a file). A change to the theme,
mkdocs.yml or the set of pages rebuilds the whole Dutch variant in the work folder instead.
The full build of all variants runs afterwards, in the background (see ``serve``).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..data.catalog import load_catalog
from ..data.errors import Problems
from .assets import asset_urls, install_assets
from .compress import compress_fast, compressible, is_immutable
from .failure import BuildFailed
from .postprocess import external_loads, secure_page
from .variant import VariantJob, mkdocs_build, render, write_pages

WHOLE_VARIANT = ("overrides", "mkdocs.yml")   # changes here change every page's frame


@dataclass
class LiveResult:
    urls: list[str] = field(default_factory=list)     # the served pages that changed
    seconds: float = 0.0
    problems: Problems | None = None                   # data errors: nothing was changed


def page_url(rel: str) -> str:
    """The URL path of a Markdown page (``regelingen/x.md`` -> ``/regelingen/x/``)."""
    if not rel.endswith(".md"):
        return "/" + rel
    stem = rel[:-3]
    if stem == "index" or stem.endswith("/index"):
        return "/" + stem[:-5]
    return f"/{stem}/"


def output_file(rel: str) -> str:
    """The file mkdocs writes for a page (``regelingen/x.md`` -> ``regelingen/x/index.html``)."""
    url = page_url(rel)
    return url[1:] + "index.html" if url.endswith("/") else url[1:]


class LiveBuilder:
    def __init__(self, root: Path, site: Path, work: Path, peildatum: dt.date | None = None,
                 cache: Path | None = None):
        self.root, self.site, self.work = root, site, work
        self.peildatum = peildatum
        self.cache = cache or Path(os.environ.get("ROUTEKAART_CACHE") or root / ".build-cache")
        self.pages: dict | None = None        # what the work folder holds
        self.nav = None

    def _job(self) -> VariantJob:
        today = dt.date.today()
        peildatum = self.peildatum or today
        return VariantJob(self.root, "nl", self.work / "docs", self.work / "mkdocs-nl.yml",
                          self.work / "site", self.work / "site", peildatum,
                          peildatum != today, False, asset_urls(self.root), self.cache,
                          compress=False)

    def update(self, changed: list[Path] | None = None, before_writing=lambda: None
               ) -> LiveResult:
        """Bring the served Dutch pages up to date; *changed* None = everything.
        *before_writing* runs just before the served site is touched (the background build
        must have stopped by then)."""
        t0 = time.perf_counter()
        catalog, problems = load_catalog(self.root)
        if problems.errors:
            return LiveResult(problems=problems, seconds=time.perf_counter() - t0)
        job = self._job()
        rendered, config, _ctx, _base = render(job, catalog)
        whole = (self.pages is None or changed is None or rendered.nav != self.nav
                 or set(rendered.pages) != set(self.pages)
                 or any(self._frame_changed(path) for path in changed))
        if whole:
            shutil.rmtree(job.docs_dir, ignore_errors=True)
        written = write_pages(job.docs_dir, rendered.pages, only_changed=not whole)
        if written or whole:
            mkdocs_build(config, job.config_path, dirty=not whole, cache=self.cache)
        self.pages, self.nav = rendered.pages, rendered.nav
        files = self._all_output(job.site_dir) if whole else [output_file(r) for r in written]
        before_writing()
        if whole:
            install_assets(self.root, self.site)
        urls = self._publish(job.site_dir, files)
        return LiveResult(urls=urls, seconds=time.perf_counter() - t0)

    def _frame_changed(self, path: Path) -> bool:
        rel = path.relative_to(self.root).parts if path.is_relative_to(self.root) else ()
        return bool(rel) and rel[0] in WHOLE_VARIANT

    @staticmethod
    def _all_output(site_dir: Path) -> list[str]:
        return [p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file()]

    def _publish(self, built: Path, files: list[str]) -> list[str]:
        """Put the built files into the served site: pages secured, each replaced at once."""
        urls = []
        for rel in files:
            source, target = built / rel, self.site / rel
            if not source.exists():
                continue
            data = source.read_bytes()
            if rel.endswith(".html"):
                html = data.decode("utf-8")
                loads = external_loads(html)
                if loads:
                    raise BuildFailed(f"{rel} laadt iets van een andere site: {loads[0]}")
                data = secure_page(html).encode("utf-8")
                urls.append("/" + rel[: -len("index.html")] if rel.endswith("index.html")
                            else "/" + rel)
            elif target.exists() and is_immutable(rel) and target.stat().st_size == len(data):
                continue      # a hashed theme file: the same name is the same content
            target.parent.mkdir(parents=True, exist_ok=True)
            _replace_file(target, data)
            for suffix in (".br", ".gz"):
                Path(str(target) + suffix).unlink(missing_ok=True)
            if compressible(target) and not rel.endswith(".html"):
                br, gz = compress_fast(data)
                _replace_file(Path(str(target) + ".br"), br)
                _replace_file(Path(str(target) + ".gz"), gz)
        return sorted(urls)


def _replace_file(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.live.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)
