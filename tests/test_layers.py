"""The package's folders are its layers, and imports only go down.

vocabulary (fixed lists) ← engine (pure; runs in the browser) ← data (load, schema, model)
← language (catalogs, readability) ← render (model → Markdown) ← build (mkdocs, assets, serve)
← editors (jaarovergang, scaffolding, guide) ← cli. A module may import its own layer and
the layers below it, never a layer above; and no two modules import each other in a loop.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "site_builder"
LAYERS = ("vocabulary", "engine", "data", "language", "render", "build", "editors", "cli")
MAX_LINES = 400


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> str:
    return module.split(".")[1] if module.count(".") else ""


def _imports(path: Path) -> set[str]:
    """Absolute names of the site_builder modules *path* imports (also inside functions)."""
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("site_builder"):
                found.add(target)
                for alias in node.names:            # "from .. import opening_hours"
                    candidate = f"{target}.{alias.name}"
                    if (ROOT / Path(*candidate.split("."))).with_suffix(".py").exists():
                        found.add(candidate)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("site_builder")}
    return found


MODULES = {_module(p): p for p in sorted(PACKAGE.rglob("*.py"))}
GRAPH = {name: {m for m in _imports(path) if m in MODULES and m != name}
         for name, path in MODULES.items()}


def test_every_module_sits_in_a_layer():
    loose = [m for m in MODULES if m != "site_builder" and _layer(m) not in LAYERS]
    assert loose == [], "modules outside the layer folders: " + ", ".join(loose)


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m != "site_builder"))
def test_imports_only_go_down(module):
    rank = LAYERS.index(_layer(module))
    upward = sorted(m for m in GRAPH[module]
                    if _layer(m) in LAYERS and LAYERS.index(_layer(m)) > rank)
    assert upward == [], f"{module} imports from a higher layer: {upward}"


def test_the_engine_and_the_vocabulary_need_nothing_else():
    for module, imports in GRAPH.items():
        if _layer(module) in ("engine", "vocabulary"):
            assert all(_layer(m) in ("engine", "vocabulary") for m in imports), module


def test_no_import_loops():
    seen, stack, loops = set(), [], []

    def visit(node):
        if node in stack:
            loops.append(stack[stack.index(node):] + [node])
            return
        if node in seen:
            return
        seen.add(node)
        stack.append(node)
        for child in sorted(GRAPH[node]):
            if child.startswith(node + "."):   # a package importing its own submodule
                continue
            visit(child)
        stack.pop()

    for module in sorted(GRAPH):
        visit(module)
    assert loops == [], "import loops: " + "; ".join(" → ".join(loop) for loop in loops)


def test_modules_stay_small_unless_they_are_data_and_say_so():
    for path in [*MODULES.values(), *sorted((ROOT / "tools").rglob("*.py"))]:
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > MAX_LINES:
            assert "data as code" in "\n".join(lines[:12]).lower(), \
                f"{path.relative_to(ROOT)} has {len(lines)} lines (more than {MAX_LINES})"
