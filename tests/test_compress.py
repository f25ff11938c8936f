"""Compression changes only the size: every .br and .gz decompresses to the file itself."""
from __future__ import annotations

import gzip
import os

import brotli

from site_builder.build.compress import (compress_file, files_to_compress, is_immutable,
                                         prune_cache)


def _assert_round_trip(site):
    checked = 0
    for path in site.rglob("*"):
        if path.suffix in (".br", ".gz"):
            original = path.with_suffix("").read_bytes()
            packed = path.read_bytes()
            unpacked = brotli.decompress(packed) if path.suffix == ".br" else \
                gzip.decompress(packed)
            assert unpacked == original, path
            checked += 1
    return checked


def test_built_site_compressed_copies_decompress_to_the_files(built_site):
    checked = _assert_round_trip(built_site)     # also mkdocs' own sitemap.xml.gz
    pages = files_to_compress(built_site)
    assert checked >= 2 * len(pages) and len(pages) > 1000
    for path, _rel in pages:
        assert os.path.exists(path + ".br") and os.path.exists(path + ".gz")


def test_compressed_copies_are_cached_by_content(tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    asset = site / "engine" / "abc123" / "checker.js"
    page = site / "regelingen" / "x" / "index.html"
    packed_zip = site / "pyodide" / "1.0" / "python_stdlib.zip"
    for path in (asset, page, packed_zip):
        path.parent.mkdir(parents=True)
    asset.write_text("const x = 1;\n" * 2000)
    page.write_text("<p>Zorgtoeslag</p>\n" * 500)
    packed_zip.write_bytes(os.urandom(5000))              # does not compress
    assert is_immutable("engine/abc123/checker.js") and not is_immutable("regelingen/x/index.html")
    for path, rel in files_to_compress(site):
        compress_file(path, rel, str(cache))
    assert _assert_round_trip(site) == 6
    cached = sorted(p.name for p in cache.iterdir())
    assert len(cached) == 6                                # three files, br + gz each
    assert sum(".b11g9." in name for name in cached) == 4  # brotli 11 for the immutable ones
    # a second build of the same asset takes the cached copy (changing it would show)
    for name in cached:
        if name.endswith(".br"):
            (cache / name).write_bytes(brotli.compress(b"cached", quality=1))
    compress_file(str(asset), "engine/abc123/checker.js", str(cache))
    assert brotli.decompress(asset.with_name("checker.js.br").read_bytes()) == b"cached"
    os.utime(cache / cached[0], (0, 0))                    # unused for decades
    assert prune_cache(cache) == 1
    assert len(list(cache.iterdir())) == 5
