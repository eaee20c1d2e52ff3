"""The pre-commit hook definition runs ``kgen lint`` on Python files and notebooks."""

from __future__ import annotations

import shlex
from pathlib import Path

import yaml

from kgen.lint.config import tomllib

ROOT = Path(__file__).parents[2]


def test_hook_runs_the_kgen_console_script_on_python_and_jupyter_files() -> None:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert hook["id"] == "kgen-lint"
    assert hook["types_or"] == ["python", "jupyter"]
    assert hook["language"] == "python"
    command, subcommand = shlex.split(hook["entry"])
    assert (command in scripts, subcommand) == (True, "lint")
