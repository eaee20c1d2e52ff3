"""``kgen lint`` on the corpus reports exactly the planted ``# expect:`` markers, file by file.

A marker is a trailing comment on the line where a finding belongs:
``# expect: KG101`` or ``# expect: KG101, KG106`` (format: tests/corpus/README.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kgen.lint.config import LintOptions
from kgen.lint.engine import lint_source
from kgen.lint.finding import Finding
from kgen.lint.rules import RULES
from kgen.lint.runner import lint_paths

CORPUS_DIR = Path(__file__).parent.parent / "corpus"
MARKER = re.compile(r"#\s*expect:\s*(?P<codes>KG\d{3}(?:\s*,\s*KG\d{3})*)\s*$")
RULE_CODES = frozenset(RULES)

# A place is (cell, line, code); cell is None outside notebooks, else 1-based among all cells.
Place = tuple[int | None, int, str]


def corpus_files(suffix: str) -> list[Path]:
    return sorted(CORPUS_DIR.rglob(f"*{suffix}"))


def markers_in(lines: list[str], cell: int | None = None) -> set[Place]:
    return {
        (cell, number, code.strip())
        for number, line in enumerate(lines, start=1)
        if (match := MARKER.search(line))
        for code in match["codes"].split(",")
    }


def expected_places(path: Path) -> set[Place]:
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".ipynb":
        return markers_in(text.splitlines())
    cells = json.loads(text)["cells"]
    return {
        place
        for number, cell in enumerate(cells, start=1)
        for place in markers_in("".join(cell["source"]).splitlines(), number)
    }


def source_line(path: Path, place: Place) -> str:
    cell, line, _ = place
    if cell is None:
        return path.read_text(encoding="utf-8").splitlines()[line - 1].strip()
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "".join(cells[cell - 1]["source"]).splitlines()[line - 1].strip()


def describe(place: Place) -> str:
    cell, line, code = place
    return f"{'' if cell is None else f'cell {cell}, '}line {line}: {code}"


def assert_findings_match(path: Path, findings: list[Finding]) -> None:
    reported = {(finding.cell, finding.line, finding.code): finding for finding in findings}
    expected = expected_places(path)
    missing = sorted(expected - reported.keys(), key=describe)
    unexpected = sorted(reported.keys() - expected, key=describe)
    report = [f"{describe(p)} expected, not reported: {source_line(path, p)}" for p in missing]
    report += [f"{describe(p)} reported, not expected: {reported[p].message}" for p in unexpected]
    assert not report, f"{path.relative_to(CORPUS_DIR)}:\n  " + "\n  ".join(report)


@pytest.mark.parametrize("path", corpus_files(".py"), ids=lambda p: str(p.relative_to(CORPUS_DIR)))
def test_python_file_findings_match_markers(path: Path) -> None:
    assert_findings_match(path, lint_source(path.read_text(encoding="utf-8"), str(path)))


@pytest.mark.parametrize(
    "path", corpus_files(".ipynb"), ids=lambda p: str(p.relative_to(CORPUS_DIR))
)
def test_notebook_findings_match_markers(path: Path) -> None:
    assert_findings_match(path, lint_paths([str(path)], LintOptions(jobs=1)))


def test_buggy_corpus_plants_every_rule() -> None:
    planted = {
        code
        for path in corpus_files(".py") + corpus_files(".ipynb")
        for _, _, code in expected_places(path)
    }
    assert sorted(RULE_CODES - planted) == []
    assert sorted(planted - RULE_CODES) == []


def test_clean_corpus_has_no_markers() -> None:
    clean = CORPUS_DIR / "clean"
    marked = [
        str(path.relative_to(CORPUS_DIR))
        for path in corpus_files(".py") + corpus_files(".ipynb")
        if path.is_relative_to(clean) and expected_places(path)
    ]
    assert marked == []
