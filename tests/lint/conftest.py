"""Fixtures for the ``kgen lint`` plumbing tests: a project in a temporary directory."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kgen.cli import main
from kgen.lint.cache import ResultCache
from kgen.lint.config import LintOptions, SettingsResolver
from kgen.lint.files import SourceFile
from kgen.lint.finding import Finding
from kgen.lint.rules import RULES
from kgen.lint.runner import lint_file

DATA = Path(__file__).parent / "data"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project directory, made the current directory."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def write(project: Path) -> Callable[[str, str], Path]:
    """Write a file under the project (text dedented), creating its directories."""

    def write_file(relative: str, text: str) -> Path:
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write_file


@pytest.fixture
def broken(write: Callable[[str, str], Path]) -> Path:
    """``broken.py``: a Keras script with a syntax error on line 2 (KG001 at 2:14)."""
    return write("broken.py", "import keras\nmodel.compile(loss=\n")


@pytest.fixture
def copy_data(project: Path) -> Callable[[str, str], Path]:
    """Copy a file from ``tests/lint/data`` into the project under a new relative name."""

    def copy(name: str, relative: str) -> Path:
        target = project / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(DATA / name, target)
        return target

    return copy


@pytest.fixture
def kgen_lint() -> Callable[..., Result]:
    """Run ``kgen lint ARGS`` in this process; ``result.output`` holds stdout and stderr."""

    def run(*args: str) -> Result:
        return CliRunner().invoke(main, ["lint", *args], catch_exceptions=False)

    return run


@pytest.fixture
def lint_one(project: Path) -> Callable[..., list[Finding]]:
    """Lint one project file as a run would, with default settings unless options are given."""

    def lint(path: str, **options: object) -> list[Finding]:
        resolver = SettingsResolver(LintOptions(**options), RULES)  # type: ignore[arg-type]
        return lint_file(SourceFile(path, resolver.for_directory(str(project))), ResultCache(None))

    return lint
