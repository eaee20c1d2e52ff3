"""``kgen rule``: the catalog and each rule's page, like ``ruff rule``."""

from __future__ import annotations

from click.testing import CliRunner

from kgen.cli import main
from kgen.lint.rules import RULES


def test_without_code_lists_every_rule() -> None:
    result = CliRunner().invoke(main, ["rule"])
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.output.splitlines()] == list(RULES)


def test_page_has_the_headings_and_a_reported_example() -> None:
    result = CliRunner().invoke(main, ["rule", "kg104"])
    assert result.exit_code == 0
    assert result.output.startswith("KG104 (loss-weights-key):")
    for heading in ("What it does:", "Why:", "Instead:", "Example (reported at line", "Silent:"):
        assert heading in result.output


def test_unknown_code_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["rule", "KG999"])
    assert result.exit_code == 2
    assert "unknown rule 'KG999'" in result.output
