"""Reporters: ruff-like text, or one JSON array."""

from __future__ import annotations

import json
from collections.abc import Sequence

from kgen.lint.finding import Finding

FORMATS = ("text", "json")


def render(findings: Sequence[Finding], output_format: str) -> str:
    """The report in ``output_format`` (one of ``FORMATS``); empty text when all is clean."""
    return render_json(findings) if output_format == "json" else render_text(findings)


def render_text(findings: Sequence[Finding]) -> str:
    """``path:line:col: CODE message`` lines (notebooks: ``path:cell N:line:col:``), a count."""
    if not findings:
        return ""
    lines = [f"{_place(finding)}: {finding.code} {finding.message}" for finding in findings]
    count = len(findings)
    lines.append(f"Found {count} error{'' if count == 1 else 's'}.")
    return "\n".join(lines) + "\n"


def render_json(findings: Sequence[Finding]) -> str:
    """One JSON array; a notebook finding also has ``cell``."""
    return json.dumps([as_json(finding) for finding in findings], indent=2) + "\n"


def as_json(finding: Finding) -> dict[str, object]:
    """The finding as the JSON object the reporter prints."""
    record: dict[str, object] = {
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "code": finding.code,
        "severity": finding.severity,
        "message": finding.message,
        "fix": None,
    }
    if finding.cell is not None:
        record["cell"] = finding.cell
    return record


def _place(finding: Finding) -> str:
    cell = "" if finding.cell is None else f"cell {finding.cell}:"
    return f"{finding.path}:{cell}{finding.line}:{finding.column}"
