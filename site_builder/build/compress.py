"""Precompressed copies (``.br`` and ``.gz``) next to every compressible file of the site.

Where the effort pays differs by file, and every result is kept in the compression cache
(``.build-cache/``) under the hash of the file's content, so no build compresses the same
bytes twice and a fresh clone pays once:

* **Immutable assets** (Pyodide, the engine wheel and scripts, the theme's hashed bundles:
  everything ``publish.cache_control`` gives a year of caching) get brotli 11 and gzip 9.
  The 9.6 MB Pyodide wasm alone takes about 30 s of one core, so the build starts these
  first, next to the pages (see ``site``). A file that brotli cannot shrink by 10 % at a fast
  setting (``python_stdlib.zip`` is already a zip) keeps the fast setting: quality 11 would
  save a few KB for ten seconds of work.
* **Pages and the other files** get brotli 10 and gzip 9: within 1 % of brotli 11 on our
  pages at less than half its time (about 10 ms a page). After an edit only the pages whose
  bytes changed miss the cache.
* ``routekaart serve``'s editor loop uses ``compress_fast`` (brotli 5) for the few files it
  replaces; the background build then writes the cached copies.

Only the compressed size differs between settings; the decompressed bytes are the file.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import time
from pathlib import Path

import brotli

from .publish import LONG, cache_control

COMPRESSIBLE = (".js", ".mjs", ".wasm", ".json", ".css", ".html", ".svg", ".whl", ".xml",
                ".zip")
MIN_SIZE = 512
PAGE_LEVELS = {"br": 10, "gz": 9}
ASSET_LEVELS = {"br": 11, "gz": 9}
FAST_BROTLI = 5
WORTH_IT = 0.9          # brotli 11 only when the fast setting already shrinks the file by 10 %
CACHE_KEEP_DAYS = 14    # unused cache entries older than this are removed


def compressible(path: Path) -> bool:
    return path.suffix in COMPRESSIBLE and path.stat().st_size >= MIN_SIZE


def is_immutable(rel: str) -> bool:
    """True for files a host may cache for a year (the URL is versioned or hashed)."""
    return cache_control("/" + rel) == LONG


def _brotli(data: bytes, quality: int) -> bytes:
    return brotli.compress(data, quality=quality)


def _gzip(data: bytes, level: int) -> bytes:
    return gzip.compress(data, level, mtime=0)


def compress_fast(data: bytes) -> tuple[bytes, bytes]:
    return _brotli(data, FAST_BROTLI), _gzip(data, 6)


def _compress(data: bytes, levels: dict) -> tuple[bytes, bytes]:
    if levels is ASSET_LEVELS:
        fast = _brotli(data, FAST_BROTLI)
        if len(fast) > WORTH_IT * len(data):
            return fast, _gzip(data, 6)
    return _brotli(data, levels["br"]), _gzip(data, levels["gz"])


def _cache_names(data: bytes, levels: dict) -> tuple[str, str]:
    key = hashlib.sha256(data).hexdigest()
    tag = f"b{levels['br']}g{levels['gz']}"
    return f"{key}.{tag}.br", f"{key}.{tag}.gz"


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def cached(data: bytes, cache: Path, levels: dict = ASSET_LEVELS) -> tuple[bytes, bytes]:
    """Brotli and gzip of *data* at *levels*, from the cache or computed once into it."""
    paths = [cache / name for name in _cache_names(data, levels)]
    if all(p.exists() for p in paths):
        now = time.time()
        for p in paths:
            os.utime(p, (now, now))           # in use: keep it
        return paths[0].read_bytes(), paths[1].read_bytes()
    br, gz = _compress(data, levels)
    cache.mkdir(parents=True, exist_ok=True)
    _write_atomic(paths[0], br)
    _write_atomic(paths[1], gz)
    return br, gz


def warm_cache(source: str | bytes, cache: str) -> int:
    """Fill the cache for one immutable asset (a path or its bytes); for a worker process,
    started before the pages are built so the slow brotli 11 runs alongside them."""
    data = Path(source).read_bytes() if isinstance(source, str) else source
    cached(data, Path(cache))
    return len(data)


def compress_file(path: str, rel: str, cache: str) -> int:
    """Write ``path.br`` and ``path.gz``; returns the bytes brotli saves."""
    data = Path(path).read_bytes()
    br, gz = cached(data, Path(cache), ASSET_LEVELS if is_immutable(rel) else PAGE_LEVELS)
    Path(path + ".br").write_bytes(br)
    Path(path + ".gz").write_bytes(gz)
    return len(data) - len(br)


def files_to_compress(site: Path, immutable: bool | None = None,
                      skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(path, path relative to *site*) of compressible files, largest first; *immutable*
    True/False keeps only that kind; *skip* leaves out top-level folders."""
    found = []
    for path in site.rglob("*"):
        rel = path.relative_to(site).as_posix()
        if rel.split("/", 1)[0] in skip or not path.is_file() or not compressible(path):
            continue
        if immutable is not None and is_immutable(rel) != immutable:
            continue
        found.append((path.stat().st_size, str(path), rel))
    return [(p, r) for _size, p, r in sorted(found, reverse=True)]


def prune_cache(cache: Path, keep_days: int = CACHE_KEEP_DAYS) -> int:
    """Remove cache entries nobody used for *keep_days* (each use refreshes the time)."""
    if not cache.is_dir():
        return 0
    limit = time.time() - keep_days * 86400
    removed = 0
    for entry in cache.iterdir():
        if entry.is_file() and entry.stat().st_mtime < limit:
            entry.unlink(missing_ok=True)
            removed += 1
    return removed
