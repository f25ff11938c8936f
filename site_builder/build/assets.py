"""Browser assets of the checker: Pyodide from npm, our engine wheel, the scripts.

They are shared by all language variants and live once at the site root under versioned
or content-hashed paths (``/pyodide/314.0.7/``, ``/engine/<hash>/``), so a host may cache
them for a year. ``compress`` gives them brotli 11, computed once per content and kept in
``.build-cache/``.
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                 "pyodide-lock.json", "package.json")
PACKAGE = Path(__file__).resolve().parent.parent
WEB = PACKAGE / "web"
ENGINE = PACKAGE / "engine"
WHEEL_NAME = "routekaart_engine"
WHEEL_VERSION = "0.1.0"


class AssetError(Exception):
    pass


def pyodide_dir(root: Path) -> Path:
    return root / "node_modules" / "pyodide"


def pyodide_version(root: Path) -> str:
    package = pyodide_dir(root) / "package.json"
    if not package.exists():
        raise AssetError("Pyodide ontbreekt in node_modules/; voer 'npm ci' uit (./run doet dat).")
    return json.loads(package.read_text(encoding="utf-8"))["version"]


def _record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def engine_wheel() -> tuple[str, bytes]:
    """A pure-Python wheel holding ``site_builder.engine`` and the vocabulary it reads
    (deterministic bytes)."""
    files = {"site_builder/__init__.py": b'"""Routekaart (engine-only distribution)."""\n',
             "site_builder/vocabulary.py": (PACKAGE / "vocabulary.py").read_bytes()}
    for path in sorted(ENGINE.glob("*.py")):
        files[f"site_builder/engine/{path.name}"] = path.read_bytes()
    dist = f"{WHEEL_NAME}-{WHEEL_VERSION}.dist-info"
    files[f"{dist}/METADATA"] = (f"Metadata-Version: 2.1\nName: {WHEEL_NAME}\n"
                                 f"Version: {WHEEL_VERSION}\nRequires-Python: >=3.11\n"
                                 "Summary: Routekaart eligibility engine\n").encode()
    files[f"{dist}/WHEEL"] = (b"Wheel-Version: 1.0\nGenerator: routekaart\n"
                              b"Root-Is-Purelib: true\nTag: py3-none-any\n")
    record = "".join(f"{name},{_record_hash(data)},{len(data)}\n" for name, data in files.items())
    files[f"{dist}/RECORD"] = (record + f"{dist}/RECORD,,\n").encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return f"{WHEEL_NAME}-{WHEEL_VERSION}-py3-none-any.whl", buffer.getvalue()


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


SCRIPTS = ("checker.js", "worker.js", "opening.js")


def _own_files() -> dict:
    """URL (relative to the site root) -> bytes for our content-hashed wheel and scripts."""
    wheel_name, wheel = engine_wheel()
    files = {f"engine/{content_hash(wheel)}/{wheel_name}": wheel}
    for name in SCRIPTS:
        data = (WEB / name).read_bytes()
        files[f"engine/{content_hash(data)}/{name}"] = data
    return files


def asset_urls(root: Path) -> dict:
    """Where pages find the assets: {"pyodide": "pyodide/<version>/", "wheel": …, "checker.js": …}."""
    urls = {"pyodide": f"pyodide/{pyodide_version(root)}/"}
    for url in _own_files():
        name = url.rsplit("/", 1)[-1]
        urls["wheel" if name.endswith(".whl") else name] = url
    return urls


def install_assets(root: Path, site: Path) -> None:
    """Copy Pyodide, the engine wheel and the scripts into *site*, once for all variants."""
    target = site / "pyodide" / pyodide_version(root)
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copyfile(pyodide_dir(root) / name, target / name)
    for url, data in _own_files().items():
        path = site / url
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
