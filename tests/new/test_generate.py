"""Rendering, the generated code's cleanliness, safe writing, the CLI, and packaging."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kgen.cli import main
from kgen.lint.engine import lint_source
from kgen.new import SpecError, TargetError, generate
from kgen.new.document import tomllib
from kgen.new.render import pyrepr, render_project
from kgen.new.schema import spec_schema
from kgen.new.spec import Spec, parse_spec

REPO = Path(__file__).resolve().parents[2]
PYTHON_FILES = ("train.py", "tests/test_train.py")
GENERATED = {".pre-commit-config.yaml", "README.md", "kgen.yaml", "requirements.txt",
             "tests/test_train.py", "train.py"}


def test_generated_python_compiles_and_lints_clean(any_spec: Spec) -> None:
    files = render_project(any_spec)
    assert set(files) == GENERATED
    for name in PYTHON_FILES:
        compile(files[name], name, "exec")
        assert lint_source(files[name], name) == []


def test_generated_project_passes_ruff(any_spec: Spec, tmp_path: Path) -> None:
    for name, text in render_project(any_spec).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    ruff = [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache"]
    for selection in ([], ["--select", "E,F,W,I,B,UP,SIM", "--line-length", "100"]):
        result = subprocess.run([*ruff, *selection, str(tmp_path)], capture_output=True,
                                text=True)
        assert result.returncode == 0, result.stdout


def test_spec_strings_reach_code_only_as_literals() -> None:
    hostile = 'x"); import os; os.system("echo pwned'
    assert ast.literal_eval(pyrepr(hostile)) == hostile
    assert ast.literal_eval(pyrepr(["a", ("b",), {"c": 1.5}])) == ["a", ("b",), {"c": 1.5}]
    with pytest.raises(SpecError):
        parse_spec(f"inputs: {{x: [2]}}\nheads:\n  y: {{kind: binary, loss: '{hostile}'}}\n",
                   "evil.yaml")


def test_kgen_yaml_is_the_normalized_spec(any_spec: Spec) -> None:
    written = parse_spec(render_project(any_spec)["kgen.yaml"], "kgen.yaml")
    assert written == any_spec


def test_examples_validate_against_the_schema(any_spec: Spec, schema_errors) -> None:
    schema = spec_schema()
    assert schema_errors(any_spec.to_document(), schema) == []
    assert schema_errors({"inputs": {"x": [2]}, "heads": {"y": "binry"}}, schema)
    assert schema_errors({"inputs": {"x": [2]}, "heads": {"y": "binary"}, "extra": 1}, schema)


def test_example_files_validate_against_the_schema(schema_errors) -> None:
    folder = REPO / "kgen" / "new" / "examples"
    for path in folder.glob("*.yaml"):
        assert schema_errors(yaml.safe_load(path.read_text()), spec_schema()) == [], path


def test_refuses_a_non_empty_directory_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(TargetError, match="not empty; use --force"):
        generate(example="shared_loss", target=tmp_path)
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]


def test_force_overwrites_generated_files_and_keeps_the_users(tmp_path: Path) -> None:
    generate(example="shared_loss", target=tmp_path)
    (tmp_path / "train.py").write_text("edited")
    (tmp_path / "notes.txt").write_text("mine")
    planned = generate(example="shared_loss", target=tmp_path, force=True)
    actions = {item.path.name: item.action for item in planned}
    assert actions["train.py"] == "overwrite"
    assert actions["README.md"] == "unchanged"
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert "def build_model" in (tmp_path / "train.py").read_text()
    leftovers = [path for path in tmp_path.rglob(".*") if path.name != ".pre-commit-config.yaml"]
    assert leftovers == []


def test_new_files_are_readable_and_complete(tmp_path: Path) -> None:
    generate(example="scan_triage", target=tmp_path / "project")
    written = {path.relative_to(tmp_path / "project").as_posix()
               for path in (tmp_path / "project").rglob("*") if path.is_file()}
    assert written == GENERATED
    assert (tmp_path / "project" / "train.py").stat().st_mode & 0o777 == 0o644


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    planned = generate(example="scan_triage", target=tmp_path / "new", dry_run=True)
    assert {item.action for item in planned} == {"create"}
    assert not (tmp_path / "new").exists()


def test_a_file_in_the_way_stops_everything(tmp_path: Path) -> None:
    (tmp_path / "tests").write_text("a file where kgen needs a folder")
    with pytest.raises(TargetError, match="tests: is a file"):
        generate(example="shared_loss", target=tmp_path, force=True)
    assert [path.name for path in tmp_path.iterdir()] == ["tests"]


def test_target_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("")
    with pytest.raises(TargetError, match="not a directory"):
        generate(example="shared_loss", target=tmp_path / "taken")


def test_cli_new_prints_one_line_errors_with_exit_code_2(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text("inputs: {x: [4]}\nheads:\n  y: {kind: multiclass}\n")
    result = CliRunner().invoke(main, ["new", str(spec), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"Error: {spec}:3: heads.y: a multiclass head needs 'classes'; add `classes: N`"]
    assert not (tmp_path / "out").exists()


def test_cli_new_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    target = str(tmp_path / "p")
    dry = runner.invoke(main, ["new", "--example", "shared_loss", "-o", target, "--dry-run"])
    assert (dry.exit_code, dry.output.count("would create")) == (0, len(GENERATED))
    assert runner.invoke(main, ["new", "--example", "shared_loss", "-o", target]).exit_code == 0
    again = runner.invoke(main, ["new", "--example", "shared_loss", "-o", target])
    assert (again.exit_code, "not empty" in again.output) == (2, True)
    assert runner.invoke(main, ["new", "--example", "nope"]).exit_code == 2
    assert runner.invoke(main, ["new"]).exit_code == 2
    spec = str(REPO / "tests" / "new" / "specs" / "vector_heads.yaml")
    assert runner.invoke(main, ["new", spec, "--example", "shared_loss"]).exit_code == 2


def test_cli_examples_and_schema() -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["examples"]).output.splitlines()
    assert [line.split()[0] for line in listed] == ["scan_triage", "sequence_tagging",
                                                   "shared_loss"]
    assert json.loads(runner.invoke(main, ["schema"]).output) == spec_schema()


def test_kgen_new_imports_no_tensorflow(tmp_path: Path) -> None:
    code = (
        "import sys; from kgen.cli import main\n"
        f"main(['new', '--example', 'scan_triage', '-o', {str(tmp_path / 'p')!r}],"
        " standalone_mode=False)\n"
        "heavy = sorted({'tensorflow', 'keras'} & set(sys.modules))\n"
        "assert not heavy, heavy\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)
    assert (tmp_path / "p" / "train.py").is_file()


def test_pyproject_lists_every_package() -> None:
    """Packages are listed (templates/ maps to kgen.templates), so a new one must be added."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = {
        ".".join(folder.relative_to(REPO).parts)
        for folder in [REPO / "kgen", *(REPO / "kgen").rglob("*")]
        if folder.is_dir() and any(folder.glob("*.py"))
    }
    assert found | {"kgen.templates"} == set(config["packages"])
    assert config["package-dir"]["kgen.templates"] == "templates"
