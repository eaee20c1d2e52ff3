"""Run corpus scripts under real Keras and record what happened to each, as JSON.

Usage: ``python corpus_runner.py OUT.json SCRIPT...``. TensorFlow is imported once;
each script then runs as ``__main__`` (a ``.py`` file, a module of a package, or a
notebook's code cells) in a fresh Keras session, with the working directory set to an
empty temporary folder. This only observes; ``test_corpus_truth.py`` judges the
observations against each script's ``# truth:`` header.

For each script it records the exception that escaped (type and message), every
warning and log record, and for every ``Model.fit`` call the history of the first
epoch and which layers' weights that call changed and which it left unchanged.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import runpy
import sys
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import keras
import numpy as np

MAGIC_PREFIXES = ("%", "!")


class FitRecorder:
    """Wraps ``keras.Model.fit`` to note, per call, the history and the untouched layers."""

    def __init__(self) -> None:
        self.fits: list[dict[str, Any]] = []
        self._original_fit = keras.Model.fit

    def __enter__(self) -> FitRecorder:
        recorder = self

        def recording_fit(model: keras.Model, *args: Any, **kwargs: Any) -> Any:
            before = layer_weights(model)
            history = recorder._original_fit(model, *args, **kwargs)
            after = layer_weights(model)
            unchanged = {
                name
                for name, weights in before.items()
                if name in after and all(map(np.array_equal, weights, after[name]))
            }
            recorder.fits.append(
                {
                    "history": {key: values[0] for key, values in history.history.items()},
                    "unchanged_layers": sorted(unchanged),
                    "changed_layers": sorted(set(after) - unchanged),
                }
            )
            return history

        keras.Model.fit = recording_fit
        return self

    def __exit__(self, *exc_info: object) -> None:
        keras.Model.fit = self._original_fit


def layer_weights(model: keras.Model) -> dict[str, list[np.ndarray]]:
    """The trainable weights of each built layer that has some, by layer name."""
    return {
        layer.name: [np.array(weight) for weight in layer.trainable_weights]
        for layer in model.layers
        if layer.trainable_weights
    }


class LogCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def isolated_run(corpus_dir: Path) -> Iterator[None]:
    """A fresh Keras session, an empty working directory, no corpus modules left behind."""
    keras.backend.clear_session()
    keras.utils.set_random_seed(0)
    path_before = list(sys.path)
    cwd_before = os.getcwd()
    with tempfile.TemporaryDirectory() as work_dir:
        os.chdir(work_dir)
        try:
            yield
        finally:
            os.chdir(cwd_before)
            sys.path[:] = path_before
            forget_modules_under(corpus_dir)


def forget_modules_under(folder: Path) -> None:
    """Unload modules imported from ``folder``, so two corpus packages never mix."""
    for name, module in list(sys.modules.items()):
        if str(getattr(module, "__file__", None) or "").startswith(str(folder)):
            del sys.modules[name]


def notebook_source(notebook: Path) -> str:
    """The code cells joined into one module, without IPython magics and shell lines."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    lines = [
        line
        for cell in cells
        if cell["cell_type"] == "code"
        for line in "".join(cell["source"]).splitlines()
        if not line.lstrip().startswith(MAGIC_PREFIXES)
    ]
    return "\n".join(lines) + "\n"


def package_root(script: Path) -> Path | None:
    """The folder above the outermost package holding ``script``, if it is in one."""
    root = None
    folder = script.parent
    while (folder / "__init__.py").exists():
        root = folder.parent
        folder = folder.parent
    return root


def execute(script: Path) -> None:
    """Run one script the way its user would: ``python``, ``python -m`` or Jupyter."""
    if script.suffix == ".ipynb":
        code = compile(notebook_source(script), str(script), "exec")
        exec(code, {"__name__": "__main__", "__file__": str(script)})
        return
    root = package_root(script)
    if root is None:
        sys.path.insert(0, str(script.parent))
        runpy.run_path(str(script), run_name="__main__")
        return
    sys.path.insert(0, str(root))
    module = ".".join(script.relative_to(root).with_suffix("").parts)
    runpy.run_module(module, run_name="__main__", alter_sys=True)


def observe(script: Path) -> dict[str, Any]:
    logs = LogCollector()
    logging.getLogger().addHandler(logs)
    error = None
    with (
        isolated_run(script.parent),
        FitRecorder() as recorder,
        warnings.catch_warnings(record=True) as caught,
        contextlib.redirect_stdout(io.StringIO()),
    ):
        warnings.simplefilter("always")
        try:
            execute(script)
        except BaseException as exception:  # the scripts' failures are the observations
            error = {"type": type(exception).__name__, "message": str(exception)}
    logging.getLogger().removeHandler(logs)
    return {
        "error": error,
        "warnings": [str(warning.message) for warning in caught] + logs.messages,
        "fits": recorder.fits,
    }


def main(out_path: str, scripts: list[str]) -> None:
    sys.dont_write_bytecode = True  # importing a corpus package must not write into the repo
    report = {script: observe(Path(script).resolve()) for script in scripts}
    Path(out_path).write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
