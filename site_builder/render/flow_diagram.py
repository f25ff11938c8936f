"""The overview diagram of a routekaart, drawn at build time with Graphviz (``dot``).

The SVG is self-contained (no script, no web font) and shown as an image beside the step
list, which is what screen readers use. Labels are the translated step titles; in Arabic
the browser shapes and orders them right-to-left.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import textwrap

STYLE = {
    "vraag": 'shape=box, style="rounded,filled", fillcolor="#fff4e5", color="#8a3b00"',
    "advies": 'shape=box, style="filled", fillcolor="#ffffff", color="#0b5c4a"',
    "uitkomst": 'shape=box, style="filled,bold", fillcolor="#e0f2ea", color="#07402f"',
}


class DiagramError(Exception):
    pass


def _quote(text: str, width: int = 22) -> str:
    wrapped = "\n".join(textwrap.wrap(text, width)) or text
    return '"' + wrapped.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot_source(flow, title_of, answer_of) -> str:
    lines = ["digraph route {", '  graph [rankdir=TB, nodesep=0.3, ranksep=0.35, '
             'bgcolor="transparent"];',
             '  node [fontname="DejaVu Sans", fontsize=11, margin="0.12,0.06"];',
             '  edge [fontname="DejaVu Sans", fontsize=9, color="#5a5a5a"];']
    for step_id in flow.order():
        step = flow.steps[step_id]
        lines.append(f'  "{step_id}" [label={_quote(title_of(step_id))}, {STYLE[step.soort]}];')
    for step_id in flow.order():
        step = flow.steps[step_id]
        for index, (_text, target) in enumerate(step.antwoorden):
            lines.append(f'  "{step_id}" -> "{target}" '
                         f'[label={_quote(answer_of(step_id, index), 16)}];')
        if step.naar:
            lines.append(f'  "{step_id}" -> "{step.naar}";')
    lines.append("}")
    return "\n".join(lines)


def render_svg(source: str) -> tuple[str, int, int]:
    """SVG text and its size in CSS pixels."""
    dot = shutil.which("dot")
    if dot is None:
        raise DiagramError("Graphviz (dot) ontbreekt; ./run installeert het Debian-pakket "
                           "graphviz.")
    run = subprocess.run([dot, "-Tsvg"], input=source.encode("utf-8"), capture_output=True,
                         timeout=60)
    if run.returncode:
        raise DiagramError(run.stderr.decode("utf-8", "replace")[:300])
    svg = run.stdout.decode("utf-8")
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)
    match = re.search(r'width="(\d+)pt" height="(\d+)pt"', svg)
    width, height = (int(int(match.group(1)) * 4 / 3), int(int(match.group(2)) * 4 / 3)) \
        if match else (600, 800)
    return svg, width, height
