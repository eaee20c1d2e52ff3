"""``# noqa`` suppression: bare, or with codes, on a finding's line or its statement's first line.

Only real comments count: the source is tokenized, so ``"# noqa"`` inside a string does not
suppress anything. Codes are matched exactly (no prefixes); ``# noqa:`` followed by no valid
code suppresses nothing. KG001 (the file cannot be parsed) cannot be suppressed.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterable

from kgen.lint.finding import Finding

_NOQA = re.compile(
    r"#\s*noqa(?P<colon>\s*:\s*(?P<codes>[A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*)?)?", re.I
)
ALL_CODES = None  # what a bare noqa comment suppresses
UNSUPPRESSIBLE = frozenset({"KG001"})


def apply_noqa(findings: list[Finding], source: str) -> list[Finding]:
    """The findings that no ``# noqa`` comment in ``source`` suppresses."""
    if not findings or "noqa" not in source.lower():
        return findings
    directives = noqa_directives(source)
    return [finding for finding in findings if not _suppressed(finding, directives)]


def noqa_directives(source: str) -> dict[int, frozenset[str] | None]:
    """Map each line holding a noqa comment to its codes (``None`` for a bare ``# noqa``)."""
    directives: dict[int, frozenset[str] | None] = {}
    for line, comment in _comments(source):
        match = _NOQA.search(comment)
        if match is None:
            continue
        if match.group("colon") is None:
            directives[line] = ALL_CODES
        elif match.group("codes"):
            directives[line] = frozenset(re.split(r"[\s,]+", match.group("codes").upper()))
    return directives


def _comments(source: str) -> Iterable[tuple[int, str]]:
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT:
                yield token.start[0], token.string
    except (tokenize.TokenError, SyntaxError):
        return


def _suppressed(finding: Finding, directives: dict[int, frozenset[str] | None]) -> bool:
    if finding.code in UNSUPPRESSIBLE:
        return False
    for line in {finding.line, finding.statement_line or finding.line}:
        if line in directives:
            codes = directives[line]
            if codes is ALL_CODES or finding.code in codes:
                return True
    return False
