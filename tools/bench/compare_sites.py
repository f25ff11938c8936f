"""Do two builds hold the same site? ``python -m tools.bench.compare_sites OLD NEW``

Compares every file that is not a compressed copy (HTML, JSON, SVG, XML, PDF, scripts, …):
first byte for byte, and else after replacing the engine's content hash in paths
(``engine/<hash>/``) and ISO timestamps, and the PDF creation dates. Then checks that every
``.br``/``.gz`` of NEW decompresses to its file, and compares the brotli bytes per kind of
file. Exit status 1 when a file differs or is missing on one side.
"""
from __future__ import annotations

import gzip
import re
import sys
from collections import Counter
from pathlib import Path

import brotli

HASH = re.compile(r"(engine/)[0-9a-f]{12}(/)")
STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")
PDF_DATE = re.compile(rb"/(?:CreationDate|ModDate) \(D:[^)]*\)")


def _files(root: Path) -> dict:
    return {HASH.sub(r"\1HASH\2", p.relative_to(root).as_posix()): p for p in root.rglob("*")
            if p.is_file() and p.suffix not in (".br", ".gz")}


def _normal(rel: str, data: bytes) -> bytes:
    if rel.endswith(".pdf"):
        return PDF_DATE.sub(b"", data)
    text = data.decode("utf-8", "replace")
    return STAMP.sub("TIME", HASH.sub(r"\1HASH\2", text)).encode("utf-8")


def _kind(rel: str) -> str:
    if "search_index" in rel:
        return "search index"
    if rel.endswith(".html"):
        return "pages (HTML)"
    if rel.startswith(("pyodide/", "engine/")):
        return "Pyodide and engine"
    return "theme assets" if "assets/" in rel else "other"


def compare(old: Path, new: Path) -> dict:
    a, b = _files(old), _files(new)
    same = normalised = 0
    different = []
    for key in sorted(set(a) & set(b)):
        x, y = a[key].read_bytes(), b[key].read_bytes()
        if x == y:
            same += 1
        elif _normal(key, x) == _normal(key, y):
            normalised += 1
        else:
            different.append(key)
    broken = []
    sizes: dict = {"old": Counter(), "new": Counter()}
    for path in new.rglob("*"):
        if path.suffix not in (".br", ".gz") or not path.with_suffix("").is_file():
            continue
        packed = path.read_bytes()
        unpacked = brotli.decompress(packed) if path.suffix == ".br" else gzip.decompress(packed)
        if unpacked != path.with_suffix("").read_bytes():
            broken.append(path.relative_to(new).as_posix())
        rel = path.relative_to(new).as_posix()
        before = old / rel
        if path.suffix == ".br" and before.exists():
            sizes["new"][_kind(rel[:-3])] += len(packed)
            sizes["old"][_kind(rel[:-3])] += before.stat().st_size
    return {"same": same, "normalised": normalised, "different": different,
            "only_old": sorted(set(a) - set(b)), "only_new": sorted(set(b) - set(a)),
            "broken": broken, "sizes": sizes}


def main(argv=None) -> int:
    old, new = (Path(p) for p in (argv or sys.argv[1:]))
    result = compare(old, new)
    print(f"files compared: {result['same'] + result['normalised'] + len(result['different'])}"
          f"; byte-identical {result['same']}; identical after removing hashes and "
          f"timestamps {result['normalised']}; different {len(result['different'])}")
    print(f"only in {old}: {len(result['only_old'])}; only in {new}: {len(result['only_new'])}")
    for key in (result["different"] + result["only_old"] + result["only_new"])[:20]:
        print("  ", key)
    print(f"compressed copies that do not decompress to their file: {len(result['broken'])}")
    print("brotli bytes per kind (old -> new):")
    for kind in sorted(result["sizes"]["old"]):
        x, y = result["sizes"]["old"][kind], result["sizes"]["new"][kind]
        print(f"  {kind}: {x / 1024:.0f} KB -> {y / 1024:.0f} KB ({(y / x - 1) * 100:+.1f} %)")
    bad = result["different"] or result["only_old"] or result["only_new"] or result["broken"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
