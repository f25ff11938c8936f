"""Export the declared schemas as JSON Schema, so VS Code (yaml-language-server) checks and
completes the editors' files while they type, with the Dutch explanations as hover text."""
from __future__ import annotations

import json
from pathlib import Path

from ...engine.answers import ANSWER_KEYS
from ...engine.conditions import CONDITIONS
from .documents import SCHEMAS
from .fields import ID_PATTERN, Field, Schema

SCHEMA_DIR = "schemas"
GLOBS = {"regeling": ["regelingen/*/*.yaml"], "loket": ["loketten/*/*.yaml"],
         "norm": ["normen/*.yaml"], "route": ["flows/*.yaml"], "vragen": ["vragen.yaml"]}


def all_schemas() -> dict:
    from ..flows import FLOW
    from ..questionnaire import VRAGEN

    return {**SCHEMAS, "route": FLOW, "vragen": VRAGEN}


def _rule_schema() -> dict:
    variants = []
    for name, (_fn, spec) in CONDITIONS.items():
        props: dict = {"type": {"const": name}}
        for key, (kind, _required, doc) in spec.items():
            if kind == "grens":
                props[key] = {"type": ["number", "string"], "description": doc}
            elif kind == "getal":
                props[key] = {"type": "number", "description": doc}
            elif kind == "vraag":
                props[key] = {"enum": sorted(ANSWER_KEYS), "description": doc}
            elif kind == "waarden":
                props[key] = {"type": "array", "description": doc}
            else:
                props[key] = {"type": "string", "description": doc}
        variants.append({"type": "object", "properties": props, "additionalProperties": False,
                         "required": ["type"] + [k for k, v in spec.items() if v[1]],
                         "description": f"Regel van soort '{name}'."})
    return {"oneOf": variants}


def field_schema(f: Field) -> dict:
    doc = {"description": f.doc, "markdownDescription": f.doc}
    kind = f.kind
    if kind in ("tekst", "regel"):
        return {"type": "string", "minLength": 1, **doc}
    if kind == "url":
        url = {"type": "string", "pattern": "^https://", "format": "uri"}
        if f.key == "bron" and not f.required:   # an entry awaiting its figure (jaarovergang)
            return {"anyOf": [url, {"type": "null"}], **doc}
        return {**url, **doc}
    if kind == "datum":
        return {"type": "string", "format": "date",
                "pattern": r"^\d{4}-\d{2}-\d{2}$", **doc}
    if kind == "brondatum":
        return {"anyOf": [{"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
                          {"const": "geen datum"}], **doc}
    if kind == "geheel":
        return {"type": "integer", **doc}
    if kind == "getal":
        return {"type": "number", **doc}
    if kind == "waarde":
        # empty (null) while an entry awaits its figure: the validator warns, as it does here
        return {"anyOf": [{"type": "number"}, {"const": "geen"}, {"type": "null"}], **doc}
    if kind == "janee":
        return {"type": "boolean", **doc}
    if kind == "keuze":
        return {"enum": list(f.choices), **doc}
    if kind == "id":
        return {"type": "string", "pattern": ID_PATTERN.pattern, **doc}
    if kind == "lijst":
        items = _rule_schema() if f.key == "regels" else field_schema(f.item)
        return {"type": "array", "items": items, **doc}
    if kind == "tabel":
        return {"type": "object", "additionalProperties": field_schema(f.item), **doc}
    if kind == "object":
        return {**object_schema(f.schema), **doc}
    return doc


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
