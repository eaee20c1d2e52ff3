"""Shared fixtures for the ``kgen new`` tests: every spec the smoke matrix covers."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kgen.new import read_spec
from kgen.new.examples import example_names
from kgen.new.spec import Spec

SPECS_DIR = Path(__file__).parent / "specs"
MATRIX_FILES = sorted(SPECS_DIR.iterdir())
JSON_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict, "array": list, "string": str, "integer": int, "number": (int, float),
    "boolean": bool,
}
SPEC_IDS = [*example_names(), *(path.name for path in MATRIX_FILES)]


def spec_by_id(spec_id: str) -> Spec:
    """A bundled example by name, or a matrix spec under ``specs/`` by file name."""
    if spec_id in example_names():
        return read_spec(example=spec_id)
    return read_spec(SPECS_DIR / spec_id)


@pytest.fixture
def specs_dir() -> Path:
    """The folder of the matrix specs (real files, runnable by hand with ``kgen new``)."""
    return SPECS_DIR


@pytest.fixture(params=SPEC_IDS)
def any_spec(request: pytest.FixtureRequest) -> Spec:
    """Each bundled example and each matrix spec in turn."""
    return spec_by_id(request.param)


def _schema_errors(value: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """Errors of ``value`` against the JSON Schema keywords the spec schema uses."""
    errors: list[str] = []
    if "oneOf" in schema:
        matches = [option for option in schema["oneOf"] if not _schema_errors(value, option)]
        return [] if len(matches) == 1 else [f"{path}: matches {len(matches)} of oneOf"]
    kind = schema.get("type")
    if (kind and not isinstance(value, JSON_TYPES[kind])) or (
        kind in ("integer", "number") and isinstance(value, bool)
    ):
        return [f"{path}: not of type {kind}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in enum")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{path}: {value!r} below minimum")
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        errors.append(f"{path}: {value!r} not above exclusiveMinimum")
    if isinstance(value, list):
        errors += _array_errors(value, schema, path)
    if isinstance(value, dict):
        errors += _object_errors(value, schema, path)
    return errors


def _array_errors(value: list, schema: dict[str, Any], path: str) -> list[str]:
    errors = []
    if not schema.get("minItems", 0) <= len(value) <= schema.get("maxItems", len(value)):
        errors.append(f"{path}: wrong number of items")
    for index, item in enumerate(value):
        errors += _schema_errors(item, schema.get("items", {}), f"{path}[{index}]")
    return errors


def _object_errors(value: dict, schema: dict[str, Any], path: str) -> list[str]:
    errors = [f"{path}: missing {key}" for key in schema.get("required", ()) if key not in value]
    if len(value) < schema.get("minProperties", 0):
        errors.append(f"{path}: too few properties")
    properties = schema.get("properties", {})
    for key, item in value.items():
        errors += _schema_errors(key, schema.get("propertyNames", {}), f"{path}.{key} (name)")
        extra = schema.get("additionalProperties", {})
        if key not in properties and extra is False:
            errors.append(f"{path}: unexpected {key}")
        else:
            errors += _schema_errors(item, properties.get(key, extra or {}), f"{path}.{key}")
    return errors


@pytest.fixture
def schema_errors() -> Callable[[Any, dict[str, Any]], list[str]]:
    """A tiny JSON Schema checker for the keywords ``kgen schema`` emits."""
    return _schema_errors
