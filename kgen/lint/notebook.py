"""A Jupyter notebook as one Python module, and findings mapped back to its cells.

The code cells are joined in order. IPython syntax that is not Python becomes ``pass`` (or
``name = ...`` for an assignment), one line for one, so that line numbers stay mapped: line
magics (``%time x``), cell magics (a cell starting with ``%%``, blanked whole), shell lines
(``!ls``, ``files = !ls``, with their backslash continuations) and help lines (``model?``,
``??model``). Such lines are recognised only where a logical line starts, never inside
brackets, a continued line or a multi-line string.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass

from kgen.lint.finding import Finding

_ESCAPED_LINE = re.compile(
    r"\s*(?:[%!]"  # line magic or shell command
    r"|[\w.,\s]+=\s*[%!]"  # result = !ls, result = %timeit ...
    r"|\?{1,2}\s*[\w.*]+\s*$"  # ?model, ??model
    r"|[\w.*]+\s*\?{1,2}\s*$)"  # model?, model.fit??
)
_ASSIGNED_ESCAPE = re.compile(r"(\s*[\w.,\s]+=\s*)[%!]")
_OPENING, _CLOSING = "([{", ")]}"


class MalformedNotebook(Exception):
    """A notebook that is not valid JSON or not nbformat 4, with the 1-based position."""

    def __init__(self, reason: str, line: int = 1, column: int = 1) -> None:
        super().__init__(reason)
        self.reason, self.line, self.column = reason, line, column


@dataclass(frozen=True)
class NotebookModule:
    """The code cells as one module; ``cells[i]`` starts at module line ``starts[i]``."""

    source: str
    starts: tuple[int, ...]
    cells: tuple[int, ...]

    def locate(self, finding: Finding) -> Finding:
        """The finding with its cell (1-based among all cells) and its lines inside the cell."""
        if not self.cells:
            return finding
        index = max(bisect.bisect_right(self.starts, finding.line) - 1, 0)
        offset = self.starts[index] - 1
        return finding.moved(
            cell=self.cells[index],
            line=finding.line - offset,
            end_line=max(finding.end_line - offset, 1),
        )


def notebook_module(text: str) -> NotebookModule | None:
    """Convert a notebook's JSON text; ``None`` for a notebook in a language other than Python."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        reason = f"invalid notebook JSON: {error.msg}"
        raise MalformedNotebook(reason, error.lineno, error.colno) from None
    cells = document.get("cells") if isinstance(document, dict) else None
    if not isinstance(cells, list) or not all(isinstance(cell, dict) for cell in cells):
        raise MalformedNotebook("not a notebook: no list of cells (nbformat 4 expected)")
    if _language(document) not in ("python", None):
        return None
    lines: list[str] = []
    starts, numbers = [], []
    for number, cell in enumerate(cells, start=1):
        if cell.get("cell_type") != "code":
            continue
        code = _python_lines(_cell_lines(cell, number))
        if code:
            starts.append(len(lines) + 1)
            numbers.append(number)
            lines.extend(code)
    return NotebookModule("".join(lines), tuple(starts), tuple(numbers))


def _language(document: dict[str, object]) -> str | None:
    metadata = document.get("metadata")
    info = metadata.get("language_info") if isinstance(metadata, dict) else None
    name = info.get("name") if isinstance(info, dict) else None
    return name.lower() if isinstance(name, str) else None


def _cell_lines(cell: dict[str, object], number: int) -> list[str]:
    source = cell.get("source", "")
    if isinstance(source, list) and all(isinstance(part, str) for part in source):
        source = "".join(source)
    if not isinstance(source, str):
        raise MalformedNotebook(f"not a notebook: cell {number} has no source text")
    lines = source.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def _python_lines(lines: list[str]) -> list[str]:
    """The cell's lines with IPython-only lines blanked; a ``%%`` cell is blanked whole."""
    if lines and lines[0].lstrip().startswith("%%"):
        return ["\n"] * len(lines)
    scanner = _LogicalLines()
    python = []
    escape_continues = False
    for line in lines:
        if escape_continues:
            python.append("\n")  # the rest of a shell command or magic continued with ``\``
        elif scanner.at_start and _ESCAPED_LINE.match(line):
            python.append(_placeholder(line))
        else:
            scanner.feed(line)
            python.append(line)
            continue
        escape_continues = line.rstrip("\r\n").endswith("\\")
    return python


def _placeholder(line: str) -> str:
    """Python standing in for an IPython line, on one line, valid where the line stood.

    ``pass`` keeps an ``if`` block whose only statement was ``%pip install`` valid;
    ``files = !ls`` keeps its name bound, to an opaque value.
    """
    assignment = _ASSIGNED_ESCAPE.match(line)
    if assignment is not None:
        return f"{assignment.group(1)}...\n"
    indent = line[: len(line) - len(line.lstrip())]
    return f"{indent}pass\n"


class _LogicalLines:
    """Tracks whether the next physical line starts a logical line: no open bracket,
    no open multi-line string, no backslash continuation."""

    def __init__(self) -> None:
        self.depth = 0
        self.quote: str | None = None
        self.continued = False

    @property
    def at_start(self) -> bool:
        return self.depth == 0 and self.quote is None and not self.continued

    def feed(self, line: str) -> None:
        text = line.rstrip("\r\n")
        position, commented = 0, False
        while position < len(text):
            if self.quote is not None:
                position = self._close_string(text, position, self.quote)
                continue
            char = text[position]
            if char == "#":
                commented = True
                break
            if char in "'\"":
                self.quote = char * 3 if text.startswith(char * 3, position) else char
                position += len(self.quote)
                continue
            if char in _OPENING:
                self.depth += 1
            elif char in _CLOSING:
                self.depth = max(self.depth - 1, 0)
            position += 1
        self.continued = not commented and text.endswith("\\")
        if self.quote is not None and len(self.quote) == 1 and not self.continued:
            self.quote = None  # an unterminated one-line string: Python reports it

    def _close_string(self, text: str, position: int, quote: str) -> int:
        """Position after the open string's end on this line, or the line's end."""
        while position < len(text):
            if text[position] == "\\":
                position += 2
            elif text.startswith(quote, position):
                self.quote = None
                return position + len(quote)
            else:
                position += 1
        return position
