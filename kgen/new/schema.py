"""The spec's JSON Schema (draft 2020-12), built from the same field tables as the validator.

Editors use it to complete and check spec files (e.g. the YAML language server's
``# yaml-language-server: $schema=...`` comment).
"""

from __future__ import annotations

import copy
from typing import Any

from kgen.keras_names import LOSS_IDENTIFIERS, METRIC_IDENTIFIERS
from kgen.new.fields import (
    HEAD_FIELDS,
    IDENTIFIER_PATTERN,
    INPUT_FIELDS,
    KINDS,
    ROOT_FIELDS,
    TRAINING_FIELDS,
    Field,
)

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"
LEAF_TYPES: dict[str, dict[str, Any]] = {
    "identifier": {"type": "string", "pattern": IDENTIFIER_PATTERN},
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "strings": {"type": "array", "items": {"type": "string"}, "minItems": 1},
    "shape": {
        "type": "array",
        "items": {"type": "integer", "minimum": 1},
        "minItems": 1,
        "maxItems": 3,
    },
}


def spec_schema() -> dict[str, Any]:
    """The JSON Schema of a kgen head spec."""
    head = _object(HEAD_FIELDS)
    head["properties"]["loss"]["enum"] = sorted(LOSS_IDENTIFIERS)
    head["properties"]["metrics"]["items"]["enum"] = sorted(METRIC_IDENTIFIERS)
    sections = {
        "inputs": _named({"oneOf": [LEAF_TYPES["shape"], _object(INPUT_FIELDS)]}),
        "heads": _named({"oneOf": [{"enum": list(KINDS)}, head]}),
        "training": _object(TRAINING_FIELDS),
    }
    schema = _object(ROOT_FIELDS, sections)
    return {"$schema": SCHEMA_URI, "title": "kgen head spec", **schema}


def _named(value_schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "minProperties": 1,
        "propertyNames": {"pattern": IDENTIFIER_PATTERN},
        "additionalProperties": value_schema,
    }


def _object(fields: dict[str, Field], sections: dict[str, Any] | None = None) -> dict[str, Any]:
    properties = {
        key: {**(sections or {}).get(key, {}), **_leaf(field)} for key, field in fields.items()
    }
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    required = [key for key, field in fields.items() if field.required]
    if required:
        schema["required"] = required
    return schema


def _leaf(field: Field) -> dict[str, Any]:
    schema = copy.deepcopy(LEAF_TYPES.get(field.type, {}))
    schema["description"] = field.description
    if field.choices:
        schema["enum"] = list(field.choices)
    if field.minimum is not None:
        schema["exclusiveMinimum" if field.exclusive_minimum else "minimum"] = field.minimum
    if field.default is not None:
        schema["default"] = field.default
    return schema
