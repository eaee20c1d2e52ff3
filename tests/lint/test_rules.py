"""Every rule's own examples: valid ones stay silent, invalid ones report exactly where stated."""

from __future__ import annotations

import pytest

from kgen.lint.engine import lint_source
from kgen.lint.rules import RULES

VALID = [(code, example) for code, rule in RULES.items() for example in rule.valid]
INVALID = [(code, example) for code, rule in RULES.items() for example in rule.invalid]


def test_every_rule_has_valid_and_invalid_examples() -> None:
    for code, rule in RULES.items():
        assert rule.valid and rule.invalid, f"{code} needs both kinds of examples"


@pytest.mark.parametrize(("code", "source"), VALID, ids=[code for code, _ in VALID])
def test_valid_example_is_silent(code: str, source: str) -> None:
    assert [f for f in lint_source(source, "example.py") if f.code == code] == []


@pytest.mark.parametrize(("code", "example"), INVALID, ids=[code for code, _ in INVALID])
def test_invalid_example_reports_at_the_stated_place(code: str, example) -> None:
    findings = [f for f in lint_source(example.code, "example.py") if f.code == code]
    assert [(f.line, f.column) for f in findings] == [(example.line, example.column)]


def test_rule_codes_match_their_modules_and_have_pages() -> None:
    for code, rule in RULES.items():
        assert rule.__module__.rsplit(".", 1)[-1].startswith(code.lower())
        page = rule.documentation()
        assert "What it does" in page and "Why" in page and "Instead" in page
