"""``./run bench``, scaling part: does the build stay linear when the content grows 10×?

Builds a copy of the repository's data (1×) and a copy with every regeling multiplied
(``factor``×) under the same conditions: each copy in its own temporary folder with its
own compression cache, warmed by one untimed build, then timed builds. The multiplied
regelingen are clearly generated test data (``<id>-testkopie-<k>``, "… (testkopie k)")
and exist only in the temporary folder, never in the repository.

What validation needs for the copies to pass:

* ``zie_ook`` must be mutual, so copy *k* points at copy *k* of the other regeling, and
  a municipal copy keeps its landelijke twin (``dh-x-testkopie-k`` ↔ ``x-testkopie-k``);
* names must be unique per gebied, hence the "(testkopie k)" suffix;
* every copy gets its translations in every variant (the original's entries under the new
  ``msgctxt``; the name with the same suffix), so the copies cost the build what real,
  translated regelingen cost.
"""
from __future__ import annotations

import io
import os
import statistics
import time
from contextlib import contextmanager
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
HEADER = ("# Gegenereerde testgegevens voor ./run bench (schaaltest): kopie {k} van '{id}'.\n"
          "# Alleen in een tijdelijke map; hoort niet in de repository.\n")


def copy_id(ident: str, k: int) -> str:
    return f"{ident}-testkopie-{k}"


def copy_name(name: str, k: int) -> str:
    return f"{name} (testkopie {k})"


def copy_inputs(target: Path) -> Path:
    """A copy of the repository's build inputs in *target* (node_modules is linked)."""
    import sys

    sys.path.insert(0, str(ROOT))
    from tests.conftest import copy_repo

    target.mkdir(parents=True, exist_ok=True)
    copy_repo(target)
    return target


def multiply(root: Path, factor: int) -> dict:
    """Add ``factor - 1`` generated copies of every regeling (and their translations)."""
    originals = sorted((root / "regelingen").glob("*/*.yaml"))
    names: dict[str, str] = {}
    added = 0
    for path in originals:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        ident = data.get("id") or path.stem
        names[ident] = data.get("naam", "")
        for k in range(2, factor + 1):
            copy = dict(data)
            copy["id"] = copy_id(ident, k)
            copy["naam"] = copy_name(data["naam"], k)
            if data.get("zie_ook"):
                copy["zie_ook"] = [copy_id(other, k) for other in data["zie_ook"]]
            text = HEADER.format(k=k, id=ident) + yaml.safe_dump(
                copy, allow_unicode=True, sort_keys=False, width=100)
            (path.parent / f"{copy['id']}.yaml").write_text(text, encoding="utf-8")
            added += 1
    translated = _multiply_translations(root, names, factor)
    return {"regelingen": len(originals), "copies": added, "translations": translated}


def _multiply_translations(root: Path, names: dict, factor: int) -> int:
    """Append the copies' entries to every content.po (the original text is left as is)."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    count = 0
    for po in sorted((root / "translations").glob("*/LC_MESSAGES/content.po")):
        with po.open("rb") as handle:
            catalog = read_po(handle)
        extra = Catalog(locale=catalog.locale, domain=catalog.domain)
        for message in catalog:
            context = message.context or ""
            if not message.id or not context.startswith("regeling:"):
                continue
            ident = context.split(":", 1)[1]
            if ident not in names:
                continue
            is_name = message.auto_comments == ["naam"] and message.id == names[ident]
            for k in range(2, factor + 1):
                msgid, msgstr = message.id, message.string
                if is_name:
                    msgid = copy_name(message.id, k)
                    msgstr = copy_name(message.string, k) if message.string else ""
                extra.add(msgid, msgstr, context=f"regeling:{copy_id(ident, k)}",
                          flags=message.flags, auto_comments=message.auto_comments)
                count += 1
        buffer = io.BytesIO()
        write_po(buffer, extra, omit_header=True, width=0)
        with po.open("ab") as handle:
            handle.write(b"\n# Gegenereerde testgegevens voor ./run bench (schaaltest)\n")
            handle.write(buffer.getvalue())
    return count


def cache_dir(label: str) -> Path:
    """A compression cache per data set, kept between bench runs (outside the repository),
    so that the 10× copy does not compress thousands of new pages on every run."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "routekaart-bench" / label


PHASES = [  # (module, function, label): the build's steps, timed by wrapping them; the timed
    # builds run in one process (ROUTEKAART_WORKERS=1) so that every step is seen here
    ("site_builder.build.site", "full_check", "validation"),
    ("site_builder.build.variant", "render_variant", "pages from templates (Jinja)"),
    ("site_builder.build.variant", "mkdocs_build", "mkdocs (Markdown, theme, search index)"),
    ("site_builder.build.variant", "write_route_pdfs", "route PDFs"),
    ("site_builder.build.postprocess", "check_offline", "offline check (HTML parsed)"),
    ("site_builder.build.postprocess", "add_csp", "CSP meta tags"),
    ("site_builder.build.variant", "compress_file", "compression (warm cache)"),
    ("site_builder.build.site", "compress_file", "compression (warm cache)"),
]


@contextmanager
def _timed_phases(totals: dict):
    import importlib

    saved = []
    for module_name, name, label in PHASES:
        module = importlib.import_module(module_name)
        original = getattr(module, name)

        def timed(*args, __original=original, __label=label, **kwargs):
            t0 = time.perf_counter()
            try:
                return __original(*args, **kwargs)
            finally:
                totals[__label] = totals.get(__label, 0.0) + time.perf_counter() - t0

        saved.append((module, name, original))
        setattr(module, name, timed)
    try:
        yield totals
    finally:
        for module, name, original in saved:
            setattr(module, name, original)


def timed_builds(root: Path, repeats: int, cache: Path) -> dict:
    """Build *root* ``repeats`` times after one untimed build that warms *cache*."""
    from site_builder.build.site import build_site

    out = root / "site"
    previous = os.environ.get("ROUTEKAART_CACHE")
    previous_workers = os.environ.get("ROUTEKAART_WORKERS")
    os.environ["ROUTEKAART_CACHE"] = str(cache)
    os.environ["ROUTEKAART_WORKERS"] = "1"
    times, phases = [], []
    try:
        build_site(root, out, progress=lambda *_: None)
        for _ in range(repeats):
            totals: dict = {}
            with _timed_phases(totals):
                t0 = time.perf_counter()
                build_site(root, out, progress=lambda *_: None)
                times.append(time.perf_counter() - t0)
            phases.append(totals)
    finally:
        for name, value in (("ROUTEKAART_CACHE", previous),
                            ("ROUTEKAART_WORKERS", previous_workers)):
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    pages = sum(1 for _ in out.rglob("index.html"))
    html_bytes = sum(p.stat().st_size for p in out.rglob("*.html"))
    median = statistics.median(times)
    labels = [label for _, _, label in PHASES]
    return {"median_s": median, "times": times, "pages": pages, "pages_per_s": pages / median,
            "html_bytes": html_bytes, "runs": repeats, "site": out,
            "phases": {label: statistics.median(p.get(label, 0.0) for p in phases)
                       for label in labels}}


def scaled_build(workdir: Path, factor: int, repeats: int, echo=print) -> dict:
    """Copy the data, multiply it *factor*× (1 = as is), build it warm; the timings."""
    root = copy_inputs(workdir)
    grown = multiply(root, factor) if factor > 1 else {
        "regelingen": len(list((root / "regelingen").glob("*/*.yaml"))), "copies": 0,
        "translations": 0}
    echo(f"  {factor}×: {grown['regelingen'] + grown['copies']} regelingen; one warm-up build "
         f"and {repeats} timed builds …", flush=True)
    result = timed_builds(root, repeats, cache_dir(f"x{factor}"))
    return {**result, **grown, "factor": factor}
