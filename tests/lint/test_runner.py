"""Whole runs: unreadable and pathological files, parallel runs, worker failures."""

from __future__ import annotations

import multiprocessing
import os
import shutil
from pathlib import Path

import pytest

from kgen.lint.config import LintOptions
from kgen.lint.files import MAX_SOURCE_BYTES
from kgen.lint.runner import LintCrash, lint_paths

DATA = Path(__file__).parent / "data"
MODEL_LINES = "import keras\nmodel = keras.Model()\nx = {}\nmodel.fit(x)\n"


@pytest.mark.parametrize(
    ("expression", "reason"),
    [
        ("(" * 1000 + "1" + ")" * 1000, "too many nested parentheses"),
        ("[" * 1000 + "]" * 1000, "too many nested parentheses"),
        ("a" + ".b" * 5000, "too deeply nested"),
        ("+".join(["1"] * 5000), "too deeply nested"),
        ("(\n" + "    1 +\n" * 12000 + "    1\n)", "too deeply nested"),
        ("1 \\\n" + "    + 1 \\\n" * 12000 + "    + 1", "too deeply nested"),
    ],
    ids=["parentheses", "lists", "attributes", "operators", "bracketed-lines", "continuations"],
)
def test_deeply_nested_code_is_a_kg001_and_the_run_goes_on(
    write, project: Path, expression: str, reason: str
) -> None:
    write("deep.py", MODEL_LINES.format(expression))
    shutil.copyfile(DATA / "two_heads.py", project / "two_heads.py")
    deep, typo = lint_paths(["."], LintOptions(jobs=1))
    assert (deep.path, deep.code) == ("deep.py", "KG001")
    assert reason in deep.message
    assert (typo.path, typo.code) == ("two_heads.py", "KG101")


def test_unreadable_files_are_kg001_and_the_run_goes_on(write, project: Path) -> None:
    (project / "latin.py").write_bytes(b"import keras\nmodel.fit(x='\xe9')\n")
    filler = "# " + "x" * 98 + "\n"
    write("huge.py", "model.fit(x)\n" + filler * (MAX_SOURCE_BYTES // len(filler) + 1))
    write("huge_data.py", "DATA = 0\n" + filler * (MAX_SOURCE_BYTES // len(filler) + 1))
    write("bad.ipynb", '{"cells": [{"source": "model.fit(x)"')
    write("skipped.ipynb", "{")
    write("skipped.py", "def helper():\n    return 1\n")
    findings = lint_paths(["."], LintOptions(jobs=1))
    assert [(f.path, f.code, f.line) for f in findings] == [
        ("bad.ipynb", "KG001", 1),
        ("huge.py", "KG001", 1),
        ("latin.py", "KG001", 2),
    ]


def test_parallel_run_gives_the_serial_result(project: Path) -> None:
    for number in range(24):
        shutil.copyfile(DATA / "two_heads.py", project / f"script_{number:02}.py")
        shutil.copyfile(DATA / "two_heads.ipynb", project / f"notebook_{number:02}.ipynb")
    (project / "script_07.py").write_text("import keras\nmodel.fit(\n")
    serial = lint_paths(["."], LintOptions(jobs=1))
    assert len(serial) == 48
    assert lint_paths(["."], LintOptions(jobs=3)) == serial
    assert lint_paths(["."], LintOptions()) == serial


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the patch reaches forked workers only"
)
def test_a_worker_exception_becomes_a_one_line_crash_naming_the_file(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.py", "b.py", "c.py"):
        shutil.copyfile(DATA / "two_heads.py", project / name)

    def explode(source: str, path: str) -> list:
        raise ValueError(f"cannot analyse\n{path}")

    monkeypatch.setattr("kgen.lint.cache.analyze", explode)
    with pytest.raises(LintCrash, match=r"^internal error while linting a.py: ValueError: "):
        lint_paths(["."], LintOptions(jobs=2))


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the patch reaches forked workers only"
)
def test_a_dead_worker_process_is_a_one_line_crash(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.py", "b.py"):
        shutil.copyfile(DATA / "two_heads.py", project / name)
    monkeypatch.setattr("kgen.lint.cache.analyze", lambda source, path: os._exit(3))
    with pytest.raises(LintCrash, match=r"^a lint worker process died: [^\n]+$"):
        lint_paths(["."], LintOptions(jobs=2))
