"""Export the declared schemas as JSON Schema, so VS Code (yaml-language-server) checks and
completes the editors' files while they type, with the Dutch explanations as hover text."""
from __future__ import annotations

import json
from pathlib import Path

from ...engine.answers import ANSWER_KEYS
from ...engine.condition_types import CONDITIONS
from .documents import SCHEMAS
from .fields import Field, Schema
from .kinds import KINDS

SCHEMA_DIR = "schemas"
GLOBS = {"regeling": ["regelingen/*/*.yaml"], "loket": ["loketten/*/*.yaml"],
         "norm": ["normen/*.yaml"], "route": ["flows/*.yaml"], "vragen": ["vragen.yaml"]}


def all_schemas() -> dict:
    from ..flows import FLOW
    from ..questionnaire import VRAGEN

    return {**SCHEMAS, "route": FLOW, "vragen": VRAGEN}


_ARG_SCHEMAS = {
    "grens": {"type": ["number", "string"]},
    "getal": {"type": "number"},
    "vraag": {"enum": sorted(ANSWER_KEYS)},
    "waarden": {"type": "array"},
}


def _arg_schema(kind, key: str, arg) -> dict:
    if key in kind.choices:
        return {"type": "array", "items": {"enum": list(kind.choices[key])},
                "description": arg.doc}
    return {**_ARG_SCHEMAS.get(arg.kind, {"type": "string"}), "description": arg.doc}


def _rule_schema() -> dict:
    variants = []
    for name, kind in CONDITIONS.items():
        props: dict = {"type": {"const": name}}
        for key, arg in kind.args.items():
            props[key] = _arg_schema(kind, key, arg)
        variants.append({"type": "object", "properties": props, "additionalProperties": False,
                         "required": ["type"] + [k for k, a in kind.args.items() if a.required],
                         "description": f"Regel van soort '{name}'. {kind.guide}"})
    return {"oneOf": variants}


def field_schema(f: Field) -> dict:
    doc = {"description": f.doc, "markdownDescription": f.doc}
    if f.kind == "object":
        return {**object_schema(f.schema), **doc}
    if f.kind == "lijst" and f.key == "regels":
        return {"type": "array", "items": _rule_schema(), **doc}
    schema = KINDS[f.kind].json_schema(f, field_schema)
    if not f.required:   # validation reads an optional field left empty ('key:') as absent
        schema = {"anyOf": [schema, {"type": "null"}]} if schema else schema
    return {**schema, **doc}


def object_schema(schema: Schema) -> dict:
    return {
        "type": "object",
        "description": schema.doc,
        "properties": {f.key: field_schema(f) for f in schema.fields},
        "required": [f.key for f in schema.fields if f.required],
        "additionalProperties": False,
    }


def document_schema(name: str) -> dict:
    schema = all_schemas()[name]
    return {"$schema": "http://json-schema.org/draft-07/schema#",
            "title": f"Routekaart: {schema.name}", **object_schema(schema)}


def write_schemas(root: Path) -> list[str]:
    written = []
    folder = root / SCHEMA_DIR
    folder.mkdir(exist_ok=True)
    for name in all_schemas():
        path = folder / f"{name}.schema.json"
        text = json.dumps(document_schema(name), ensure_ascii=False, indent=2) + "\n"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(str(path.relative_to(root)))
    settings = root / ".vscode" / "settings.json"
    settings.parent.mkdir(exist_ok=True)
    mapping = {f"./{SCHEMA_DIR}/{name}.schema.json": GLOBS[name] for name in all_schemas()}
    text = json.dumps({"yaml.schemas": mapping, "yaml.validate": True,
                       "yaml.completion": True, "yaml.hover": True,
                       "files.associations": {"*.po": "po"}}, indent=2) + "\n"
    settings.write_text(text, encoding="utf-8")
    written.append(str(settings.relative_to(root)))
    return written
