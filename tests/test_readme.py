"""The README's promises: its test command is what CI runs, and its lint example is real."""

from __future__ import annotations

import re
from pathlib import Path

from kgen.lint.engine import lint_source

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_quick_start_has_exactly_two_commands_and_ci_runs_the_second() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", quick_start, flags=re.DOTALL)
    assert len(commands) == 2
    ci_script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci_script.splitlines()


def test_lint_example_reports_what_the_readme_shows() -> None:
    before = _blocks("python")[0]
    shown = re.findall(r"^train\.py:(\d+):(\d+): (KG\d+) (.*)$", _blocks("console")[0], re.M)
    findings = lint_source(before, "train.py")
    assert [(str(f.line), str(f.column), f.code, f.message) for f in findings] == shown
