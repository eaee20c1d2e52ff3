"""Lint one module's source: parse once, extract facts, run every rule."""

from __future__ import annotations

import libcst as cst

from kgen.lint.finding import Finding


def lint_source(source: str, path: str) -> list[Finding]:
    """Return the findings for one module's source text, sorted by position.

    ``path`` is the file the source came from; it is used in findings and to find
    sibling modules that the source imports. A source that cannot be parsed gives
    one KG001 finding instead of an exception.
    """
    try:
        cst.parse_module(source)
    except cst.ParserSyntaxError as error:
        return [_parse_error(path, error.raw_line, error.raw_column + 1, error.message)]
    return []


def _parse_error(path: str, line: int, column: int, reason: str) -> Finding:
    return Finding(path, line, column, line, column, "KG001", f"cannot parse: {reason}")
