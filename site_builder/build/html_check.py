"""Is the built HTML valid? The W3C Nu HTML Checker (vnu.jar, from npm) answers.

One Java process checks a whole folder (starting Java costs seconds, checking a page
milliseconds), so ``check_html`` takes a folder or a list of files and returns one line per
error: ``file: line: message``, with the file relative to the folder checked.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = Path("node_modules") / "vnu-jar" / "build" / "dist" / "vnu.jar"


class CheckerUnavailable(Exception):
    """Java or vnu.jar is missing: the check could not run at all."""


def vnu_command(root: Path = ROOT) -> list[str]:
    java = shutil.which("java")
    if not java:
        raise CheckerUnavailable("Java ontbreekt; ./run test installeert het "
                                 "(default-jre-headless)")
    jar = Path(root) / VNU_JAR
    if not jar.exists():
        raise CheckerUnavailable(f"{jar} ontbreekt; 'npm ci' installeert de HTML-controle")
    return [java, "-jar", str(jar), "--errors-only", "--format", "json", "--stdout",
            "--skip-non-html"]


def _relative(url: str, base: Path) -> str:
    path = Path(unquote(urlsplit(url).path)) if url.startswith("file:") else Path(url)
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        return str(path)


def check_html(target: Path | list[Path], root: Path = ROOT,
               timeout: float = 900) -> list[str]:
    """Every HTML error in *target* (a folder, checked recursively, or a list of files)."""
    if isinstance(target, (list, tuple)):
        files = [Path(p).resolve() for p in target]
        if not files:
            return []
        base = Path(os.path.commonpath([f.parent for f in files]))
    else:
        files = [Path(target).resolve()]
        base = files[0] if files[0].is_dir() else files[0].parent
    result = subprocess.run(vnu_command(root) + [str(f) for f in files], capture_output=True,
                            text=True, timeout=timeout)
    try:
        messages = json.loads(result.stdout)["messages"]
    except (ValueError, KeyError) as exc:
        raise CheckerUnavailable(f"de HTML-controle gaf geen antwoord (code "
                                 f"{result.returncode}): {result.stderr.strip()[:500]}") from exc
    problems = []
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        where = _relative(message.get("url", "?"), base)
        line = message.get("lastLine") or message.get("firstLine") or 0
        problems.append(f"{where}: {line}: {message.get('message', '').strip()}")
    return problems

