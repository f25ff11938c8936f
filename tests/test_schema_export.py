"""The exported JSON Schema (for VS Code) accepts every real file and rejects mistakes."""
from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
import yaml

from site_builder.data.schema.jsonschema import GLOBS, all_schemas, document_schema
from tests.conftest import FIXTURES, ROOT


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@pytest.mark.parametrize("name", sorted(GLOBS))
def test_committed_schema_is_current_and_accepts_every_file(name):
    committed = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text())
    assert committed == document_schema(name), "voer 'routekaart schema' uit"
    files = [p for pattern in GLOBS[name] for p in ROOT.glob(pattern)]
    assert files
    for path in files:
        jsonschema.validate(_plain(yaml.safe_load(path.read_text())), committed)


def test_schema_rejects_a_broken_regeling():
    schema = document_schema("regeling")
    data = _plain(yaml.safe_load((FIXTURES / "broken" / "three-mistakes.yaml").read_text()))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_every_field_has_a_dutch_description():
    for schema in all_schemas().values():
        for field in schema.fields:
            assert len(field.doc) > 10, (schema.name, field.key)


def test_vscode_is_wired_to_the_schemas():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text())
    assert settings["yaml.schemas"]["./schemas/regeling.schema.json"] == ["regelingen/*/*.yaml"]
