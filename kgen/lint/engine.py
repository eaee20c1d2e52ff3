"""Lint one module's source: parse once, index, extract facts, run every rule."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

from kgen.lint.facts import extract_facts
from kgen.lint.facts.resolve import find_module
from kgen.lint.facts.scopes import ModuleIndex, index_module
from kgen.lint.finding import Finding
from kgen.lint.rules import FACT_RULES
from kgen.lint.rules.base import FactRule, Report


class UnparsableSource(Exception):
    """A source that cannot be parsed, with the 1-based position and the reason."""

    def __init__(self, line: int, column: int, reason: str) -> None:
        super().__init__(reason)
        self.line, self.column, self.reason = line, column, reason


_BRACKET = re.compile(r"[()\[\]{}]")
_OPENING = frozenset("([{")
_MAX_BRACKET_DEPTH = 100
_MAX_LOGICAL_LINE = 2_000
_MAX_TREE_DEPTH = 400


def parse(source: str) -> cst.Module:
    """Parse a module with libcst, refusing sources that would crash or stall its parser.

    libcst's native parser overflows its stack on a few thousand nested brackets or unary
    operators and slows to a crawl on very long operator chains; such sources only come
    with deep brackets or very long lines, so only those are checked with CPython's parser.
    """
    if _looks_pathological(source):
        _check_depth(source)
    try:
        return cst.parse_module(source)
    except cst.ParserSyntaxError as error:
        _check_depth(source)  # CPython names the problem better, where it sees one
        raise UnparsableSource(error.raw_line, error.raw_column + 1, error.message) from None
    except RecursionError:
        raise UnparsableSource(1, 1, "too deeply nested to lint") from None


def _looks_pathological(source: str) -> bool:
    """Whether a source may nest deeply: deep brackets or a very long logical line.

    An expression deep enough to trouble libcst needs many characters in one logical line:
    a long physical line, a long bracketed span, or a run of backslash continuations.
    """
    if any(len(line) > _MAX_LOGICAL_LINE for line in source.splitlines()):
        return True
    if source.count("\\\n") * 50 > _MAX_LOGICAL_LINE:
        return True
    depth, opened_at = 0, 0
    for match in _BRACKET.finditer(source):
        if match.group() in _OPENING:
            if depth == 0:
                opened_at = match.start()
            depth += 1
            if depth > _MAX_BRACKET_DEPTH:
                return True
        elif depth:
            depth -= 1
            if depth == 0 and match.start() - opened_at > _MAX_LOGICAL_LINE:
                return True
    return False


def _check_depth(source: str) -> None:
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        raise UnparsableSource(error.lineno or 1, error.offset or 1, error.msg) from None
    except (RecursionError, MemoryError, ValueError):
        raise UnparsableSource(1, 1, "too deeply nested to lint") from None
    pending = [(tree, 0)]
    while pending:
        node, depth = pending.pop()
        if depth > _MAX_TREE_DEPTH:
            line = getattr(node, "lineno", 1)
            raise UnparsableSource(line, 1, f"too deeply nested to lint (over {depth} levels)")
        pending.extend((child, depth + 1) for child in ast.iter_child_nodes(node))


def _index_file(path: Path) -> ModuleIndex | None:
    try:
        return _index_text(str(path), path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


@lru_cache(maxsize=256)
def _index_text(path: str, text: str) -> ModuleIndex | None:
    """An imported module's index, parsed once per content in a process."""
    try:
        return index_module(parse(text), path)
    except UnparsableSource:
        return None


@dataclass(frozen=True)
class Lookup:
    """One search for an imported project module: who imported what, and the file found."""

    importer: str
    level: int
    module: str
    found: str | None


@dataclass
class Analysis:
    """A module's findings, and the module lookups they depend on."""

    findings: list[Finding]
    lookups: list[Lookup] = field(default_factory=list)


def analyze(source: str, path: str) -> Analysis:
    """Lint one module's source; see ``lint_source``. Also says which imports it followed."""
    try:
        module = parse(source)
    except UnparsableSource as error:
        line, column = error.line, error.column
        reason = f"cannot parse: {error.reason}"
        return Analysis([Finding(path, line, column, line, column, "KG001", reason)])
    lookups: list[Lookup] = []

    def load_module(importer: ModuleIndex, level: int, name: str) -> ModuleIndex | None:
        found = find_module(importer.path, level, name)
        if found == Path(importer.path).resolve():
            found = None
        lookups.append(Lookup(importer.path, level, name, None if found is None else str(found)))
        return None if found is None else _index_file(found)

    facts = extract_facts(index_module(module, path), load_module)
    reports = [(rule, report) for rule in FACT_RULES for report in rule.check(facts)]
    return Analysis(_locate(module, path, reports) if reports else [], lookups)


def lint_source(source: str, path: str) -> list[Finding]:
    """Return the findings for one module's source text, sorted by position.

    ``path`` is the file the source came from; it is used in findings and to find
    sibling modules that the source imports. A source that cannot be parsed gives
    one KG001 finding instead of an exception.
    """
    return analyze(source, path).findings


def _locate(
    module: cst.Module, path: str, reports: Iterable[tuple[FactRule, Report]]
) -> list[Finding]:
    """Turn reports into findings with positions, computed only for files that have any."""
    positions = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    statements = sorted(
        (where.start.line, where.end.line)
        for node, where in positions.items()
        if isinstance(node, (cst.SimpleStatementLine, cst.BaseCompoundStatement))
    )
    findings = set()
    for rule, report in reports:
        where: CodeRange = positions[report.node]
        findings.add(
            Finding(
                path=path,
                line=where.start.line,
                column=where.start.column + 1,
                end_line=where.end.line,
                end_column=where.end.column + 1,
                code=rule.code,
                message=report.message,
                severity=rule.severity,
                statement_line=_statement_line(statements, where.start.line),
            )
        )
    return sorted(findings, key=lambda f: (f.line, f.column, f.code, f.message))


def _statement_line(statements: list[tuple[int, int]], line: int) -> int:
    """First line of the innermost statement that holds ``line``."""
    holding = [start for start, end in statements if start <= line <= end]
    return max(holding) if holding else line
