"""The result cache: reused only while the file, its imported modules and kgen are unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kgen.cli import main
from kgen.lint.cache import ResultCache

MODEL = """\
import keras

def build_model():
    inputs = keras.Input(shape=(4,))
    a = keras.layers.Dense(1, name="{first}")(inputs)
    b = keras.layers.Dense(1, name="b")(inputs)
    return keras.Model(inputs, [a, b])
"""
TRAIN = """\
from model import build_model

model = build_model()
model.compile(loss={"a": "mse", "b": "mse"})
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "model.py").write_text(MODEL.format(first="a"))
    (tmp_path / "train.py").write_text(TRAIN)
    return tmp_path


def _lint(cache: ResultCache, path: Path) -> list[str]:
    return [f"{f.line}:{f.code}" for f in cache.analyze(path.read_text(), str(path))]


def _forbid_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(source: str, path: str) -> None:
        raise AssertionError(f"{path} was analysed again")

    monkeypatch.setattr("kgen.lint.cache.analyze", refuse)


def test_an_unchanged_file_is_not_analysed_again(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ResultCache(str(project / ".kgen_cache"))
    first = _lint(cache, project / "train.py")
    _forbid_analysis(monkeypatch)
    assert _lint(cache, project / "train.py") == first == []
    assert (project / ".kgen_cache" / ".gitignore").read_text().endswith("*\n")


def test_a_changed_file_is_analysed_again(project: Path) -> None:
    cache = ResultCache(str(project / ".kgen_cache"))
    _lint(cache, project / "train.py")
    (project / "train.py").write_text(TRAIN.replace('"a": "mse"', '"aa": "mse"'))
    assert _lint(cache, project / "train.py") == ["4:KG101"]


def test_a_changed_imported_module_invalidates_the_importer(project: Path) -> None:
    cache = ResultCache(str(project / ".kgen_cache"))
    assert _lint(cache, project / "train.py") == []
    (project / "model.py").write_text(MODEL.format(first="first"))
    assert _lint(cache, project / "train.py") == ["4:KG102", "4:KG101"]


def test_a_module_that_appears_invalidates_the_importer(project: Path) -> None:
    (project / "model.py").unlink()
    cache = ResultCache(str(project / ".kgen_cache"))
    assert _lint(cache, project / "train.py") == []
    (project / "model.py").write_text(MODEL.format(first="first"))
    assert _lint(cache, project / "train.py") == ["4:KG102", "4:KG101"]


def test_a_corrupt_entry_is_ignored(project: Path) -> None:
    cache = ResultCache(str(project / ".kgen_cache"))
    (project / "train.py").write_text(TRAIN.replace('"a": "mse"', '"aa": "mse"'))
    _lint(cache, project / "train.py")
    for entry in (project / ".kgen_cache").glob("*.json"):
        entry.write_text("{not json")
    assert _lint(cache, project / "train.py") == ["4:KG101"]


def test_an_unwritable_cache_only_costs_time(project: Path) -> None:
    (project / "blocker").write_text("a file where the cache directory should be")
    cache = ResultCache(str(project / "blocker" / "cache"))
    assert _lint(cache, project / "train.py") == []


def test_the_command_caches_in_the_working_directory_unless_told_not_to(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    assert CliRunner().invoke(main, ["lint", "--no-cache", "."]).exit_code == 0
    assert not (project / ".kgen_cache").exists()
    assert CliRunner().invoke(main, ["lint", "."]).exit_code == 0
    assert list((project / ".kgen_cache").glob("*.json"))
