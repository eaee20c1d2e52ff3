"""``kgen lint`` on the command line: exit codes, output formats, errors, start-up imports."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Lint = Callable[..., Result]
JSON_KEYS = {
    "path", "line", "column", "end_line", "end_column", "code", "severity", "message", "fix",
}  # fmt: skip


def test_clean_project_exits_0_and_prints_nothing(write, kgen_lint: Lint) -> None:
    write("train.py", "import keras\nmodel = keras.Sequential()\n")
    result = kgen_lint()
    assert (result.exit_code, result.output) == (0, "")


def test_findings_exit_1_in_ruff_like_text(copy_data, broken: Path, kgen_lint: Lint) -> None:
    copy_data("two_heads.py", "pkg/two_heads.py")
    result = kgen_lint(".")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "broken.py:2:14: KG001 cannot parse: '(' was never closed"
    assert lines[1].startswith("pkg/two_heads.py:14:9: KG101 loss key 'segm' is not an output")
    assert lines[2:] == ["Found 2 errors."]


def test_one_finding_is_counted_in_the_singular(broken: Path, kgen_lint: Lint) -> None:
    assert kgen_lint("broken.py").output.splitlines()[-1] == "Found 1 error."


def test_json_output_has_exactly_the_documented_keys(copy_data, kgen_lint: Lint) -> None:
    copy_data("two_heads.py", "two_heads.py")
    copy_data("two_heads.ipynb", "two_heads.ipynb")
    result = kgen_lint("--output-format", "json")
    assert result.exit_code == 1
    notebook, script = json.loads(result.output)  # sorted by path: .ipynb before .py
    assert set(script) == JSON_KEYS
    assert set(notebook) == JSON_KEYS | {"cell"}
    assert script == {
        "path": "two_heads.py", "line": 14, "column": 9, "end_line": 14, "end_column": 15,
        "code": "KG101", "severity": "error", "message": script["message"], "fix": None,
    }  # fmt: skip
    assert (notebook["path"], notebook["cell"], notebook["line"]) == ("two_heads.ipynb", 6, 2)


def test_json_output_of_a_clean_run_is_an_empty_array(project: Path, kgen_lint: Lint) -> None:
    result = kgen_lint("--output-format", "json")
    assert (result.exit_code, json.loads(result.output)) == (0, [])


def test_select_and_ignore_options(copy_data, broken: Path, kgen_lint: Lint) -> None:
    copy_data("two_heads.py", "two_heads.py")
    assert kgen_lint("--select", "KG1").output.count(": KG") == 1
    assert kgen_lint("--select", "KG001,KG101", "--ignore", "KG0").output.count(": KG1") == 1
    assert kgen_lint("--ignore", "KG001", "--ignore", "KG101").exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--select", "KG999"), "Error: --select: unknown rule code 'KG999'"),
        (("--ignore", "XX1"), "Error: --ignore: unknown rule code 'XX1'"),
        (("--jobs", "0"), "Invalid value for '-j' / '--jobs'"),
        (("missing.py",), "Path 'missing.py' does not exist"),
        (("--output-format", "xml"), "Invalid value for '--output-format'"),
    ],
)
def test_usage_errors_exit_2_with_one_reason(project: Path, kgen_lint: Lint, args, message) -> None:
    result = kgen_lint(*args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_internal_failure_is_one_line_naming_the_file(
    copy_data, kgen_lint: Lint, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_data("two_heads.py", "two_heads.py")

    def explode(source: str, path: str) -> list:
        raise KeyError("no such fact")

    monkeypatch.setattr("kgen.lint.cache.analyze", explode)
    result = kgen_lint("--jobs", "1")
    assert result.exit_code == 2
    assert result.output == (
        "Error: internal error while linting two_heads.py: KeyError: 'no such fact'\n"
    )


def _modules_after(code: str, cwd: Path) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=cwd, capture_output=True, text=True, check=True
    )
    return set(run.stdout.split())


def test_cli_start_up_imports_neither_libcst_nor_the_runner(tmp_path: Path) -> None:
    modules = _modules_after("import kgen.cli", tmp_path)
    assert not {"libcst", "kgen.lint.runner", "tensorflow", "keras"} & modules


def test_help_and_a_lint_run_import_no_tensorflow_or_keras(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "train.py").write_text("import keras\nkeras.Model().fit(x, y)\n")
    for args in (["--help"], ["lint", "--help"], ["lint", "--jobs", "2", "."]):
        code = (
            "from kgen.cli import main\n"
            f"try:\n    main({args!r})\nexcept SystemExit:\n    pass"
        )
        modules = _modules_after(code, tmp_path)
        assert not {"tensorflow", "keras"} & modules, args
    assert "libcst" in modules  # the probe did lint


def test_console_script_lints_and_exits_1(copy_data, project: Path) -> None:
    copy_data("two_heads.py", "two_heads.py")
    kgen = Path(sys.executable).with_name("kgen")
    run = subprocess.run([str(kgen), "lint"], cwd=project, capture_output=True, text=True)
    assert (run.returncode, run.stderr) == (1, "")
    assert run.stdout.startswith("two_heads.py:14:9: KG101 ")
