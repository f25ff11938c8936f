"""The same engine wheel gives identical JSON in CPython and in real Pyodide (Node)."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from site_builder.build.assets import engine_wheel
from site_builder.data.catalog import load_catalog
from site_builder.engine.core import evaluate
from site_builder.language.i18n import VARIANT_BY_CODE, Translator
from site_builder.render.rules_export import bundle
from tests.conftest import ROOT, TODAY
from tests.engine_cases import load_cases


@pytest.mark.parametrize("taal", ["nl", "ar"])
def test_cpython_and_pyodide_agree_on_every_case(tmp_path, taal):
    node = shutil.which("node")
    assert node, "Node 20 is nodig voor deze test"
    catalog, _ = load_catalog(ROOT, TODAY)
    variant = VARIANT_BY_CODE[taal]
    data = bundle(catalog, Translator(ROOT, variant), variant)
    cases = load_cases()
    name, wheel = engine_wheel()
    (tmp_path / name).write_bytes(wheel)
    (tmp_path / "input.json").write_text(json.dumps({**data, "cases": cases}), encoding="utf-8")
    run = subprocess.run([node, str(ROOT / "tests" / "pyodide_runner.mjs"), str(tmp_path / name),
                          str(tmp_path / "input.json")], capture_output=True, text=True,
                         timeout=240, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-2000:]
    output = json.loads(run.stdout)
    assert output["python"].startswith("3.14")
    expected = [evaluate(data["rules"], c["antwoorden"], c["peildatum"], data["texts"],
                         data["format"]) for c in cases]
    assert len(output["results"]) == len(cases) > 0
    for case, got, want in zip(cases, output["results"], expected):
        assert got == want, case["id"]
