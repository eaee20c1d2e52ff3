"""The one record every rule, the engine and every reporter share."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Finding:
    """A problem at a place in a file; lines and columns are 1-based.

    ``statement_line`` is the first line of the statement holding the finding, where a
    ``# noqa`` comment also suppresses it. ``cell`` is set for notebook findings, whose
    ``line`` and ``end_line`` then count inside that cell.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    message: str
    severity: str = "error"
    statement_line: int | None = None
    cell: int | None = None

    def moved(self, **changes: object) -> Finding:
        """Return a copy with some fields changed."""
        return replace(self, **changes)
