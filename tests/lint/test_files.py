"""File discovery, default skips, excludes, the text pre-filter, and reading source bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgen.lint.config import LintOptions, SettingsResolver
from kgen.lint.files import (
    MAX_FILE_BYTES,
    UnreadableSource,
    decode_python,
    discover,
    may_hold_keras_code,
    read_bytes,
)
from kgen.lint.rules import RULES

KERAS = "import keras\n"


def _found(*paths: str, **options: object) -> list[str]:
    resolver = SettingsResolver(LintOptions(**options), RULES)  # type: ignore[arg-type]
    return [source.path for source in discover(paths or (".",), resolver.for_directory)]


def test_walks_directories_for_python_files_and_notebooks_sorted(write) -> None:
    for name in ("b.py", "a/z.py", "a/m.ipynb", "a/notes.txt", "a/stub.pyi", "c/deep/er/x.py"):
        write(name, KERAS)
    assert _found() == ["a/m.ipynb", "a/z.py", "b.py", "c/deep/er/x.py"]


def test_a_file_named_twice_is_listed_once(write, project: Path) -> None:
    write("a.py", KERAS)
    assert _found("a.py", "./a.py", str(project / "a.py"), ".") == ["a.py"]


@pytest.mark.parametrize(
    "directory",
    [".git", ".hg", ".venv", "venv", "env", "__pycache__", "build", "dist", ".tox", ".nox",
     ".mypy_cache", ".ruff_cache", "node_modules", "site-packages", "kgen.egg-info",
     ".ipynb_checkpoints"],
)  # fmt: skip
def test_default_skipped_directories(write, directory: str) -> None:
    write(f"{directory}/inner/x.py", KERAS)
    write("kept.py", KERAS)
    assert _found() == ["kept.py"]


def test_any_virtualenv_is_skipped_by_its_pyvenv_cfg(write) -> None:
    write("python3.11-env/pyvenv.cfg", "home = /usr/bin\n")
    write("python3.11-env/lib/x.py", KERAS)
    assert _found() == []


def test_a_file_named_on_the_command_line_is_linted_inside_a_skipped_directory(write) -> None:
    write("build/generated.py", KERAS)
    assert _found("build/generated.py") == ["build/generated.py"]
    assert _found("build") == ["build/generated.py"]


def test_a_named_file_without_a_python_suffix_is_linted(write) -> None:
    write("bin/train", "#!/usr/bin/env python\n" + KERAS)
    assert _found("bin/train") == ["bin/train"]


def test_configured_excludes_match_names_anywhere_and_paths_from_the_config(write) -> None:
    write("pyproject.toml", '[tool.kgen]\nexclude = ["*_pb2.py", "scripts/old", "gen/*.py"]\n')
    for name in ("a_pb2.py", "sub/b_pb2.py", "scripts/old/x.py", "scripts/new/y.py",
                 "gen/g.py", "sub/scripts/old/z.py", "sub/gen/h.py"):  # fmt: skip
        write(name, KERAS)
    assert _found() == ["scripts/new/y.py", "sub/gen/h.py", "sub/scripts/old/z.py"]


def test_config_excludes_apply_to_files_named_on_the_command_line(write) -> None:
    write("pyproject.toml", '[tool.kgen]\nexclude = ["legacy"]\nextend-exclude = ["*_old.py"]\n')
    write("legacy/deep/x.py", KERAS)
    write("model_old.py", KERAS)
    assert _found("legacy/deep/x.py", "model_old.py", "legacy") == []


def test_command_line_exclude_replaces_the_configured_one(write) -> None:
    write("pyproject.toml", '[tool.kgen]\nexclude = ["a.py"]\nextend-exclude = ["c.py"]\n')
    for name in ("a.py", "b.py", "c.py"):
        write(name, KERAS)
    assert _found(exclude=("b.py",)) == ["a.py"]


def test_excludes_of_a_nested_config_are_relative_to_its_directory(write) -> None:
    write("pyproject.toml", '[tool.kgen]\nexclude = ["one/x.py"]\n')
    write("sub/pyproject.toml", '[tool.kgen]\nexclude = ["two/*.py"]\n')
    for name in ("one/x.py", "two/y.py", "sub/one/x.py", "sub/two/y.py"):
        write(name, KERAS)
    assert _found() == ["sub/one/x.py", "two/y.py"]


@pytest.mark.parametrize(
    "text",
    [
        "class Net(keras.Model):\n    pass\n",
        "model = tf.keras.Sequential([])\n",
        "model.compile(loss='mse')\n",
        "history = net.fit (x, y)\n",
        "net.evaluate(x)\n",
        "net.train_on_batch(x, y)\n",
        "ds = tf.data.Dataset.from_tensor_slices(x)\n",
        "stop = EarlyStopping(monitor = 'val_a_loss')\n",
        "class Net(\n    keras.Model,\n):\n    pass\n",
        "net = Model(inputs, outputs)\n",
        "renamed = Layer(name='x')\n",
    ],
)
def test_pre_filter_keeps_anything_that_may_be_keras(text: str) -> None:
    assert may_hold_keras_code(text.encode())


@pytest.mark.parametrize(
    "text",
    [
        "import numpy as np\nprint(np.zeros(3))\n",
        "from keras import ops\n\nops.add(1, 2)\n",
        "from .nets import Model\n\nx = Input(shape=(3,))\ny = Dense(1, name='y')(x)\n",
        "class Callback:\n    pass\n",
        "def fit(x):\n    pass\n",
    ],
)
def test_pre_filter_skips_what_cannot_be_keras(text: str) -> None:
    assert not may_hold_keras_code(text.encode())


def test_decode_honours_bom_and_coding_line() -> None:
    assert decode_python("\ufeffx = 'é'\n".encode()) == "x = 'é'\n"
    latin = "# -*- coding: latin-1 -*-\nx = 'é'\n"
    assert decode_python(latin.encode("latin-1")) == latin


def test_decode_reports_the_line_of_an_undecodable_byte() -> None:
    with pytest.raises(UnreadableSource) as raised:
        decode_python(b"import keras\n\nx = '\xff'\n")
    assert raised.value.line == 3
    assert "cannot decode" in raised.value.reason


def test_read_refuses_a_huge_file_before_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.py"
    with huge.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(UnreadableSource, match=r"^too large to lint: 50.0 MiB, over the 50 MiB"):
        read_bytes(str(huge))
