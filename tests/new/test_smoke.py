"""Generated projects train under real TensorFlow: every bundled example and matrix spec.

Each project runs its own generated smoke test (``tests/test_train.py``) in a subprocess:
``train.py --epochs 1 --samples 8`` on synthetic data, then ``keras.models.load_model`` and
``predict``. The projects run two at a time to use both cores.
"""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from kgen.new import read_spec, write_project

from .conftest import SPEC_IDS, spec_by_id

TIMEOUT_S = 600


def run_generated_tests(project: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
               "--rootdir", str(project), str(project / "tests")]
    return subprocess.run(command, capture_output=True, text=True, cwd=project,
                          timeout=TIMEOUT_S)


@pytest.fixture(scope="module")
def smoke_runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, subprocess.CompletedProcess]:
    root = tmp_path_factory.mktemp("smoke")
    projects = [root / spec_id.replace(".", "_") for spec_id in SPEC_IDS]
    for spec_id, project in zip(SPEC_IDS, projects, strict=True):
        write_project(spec_by_id(spec_id), project)
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(SPEC_IDS, pool.map(run_generated_tests, projects), strict=True))


@pytest.mark.parametrize("spec_id", SPEC_IDS)
def test_generated_project_trains_and_its_model_reloads(
    smoke_runs: dict[str, subprocess.CompletedProcess], spec_id: str
) -> None:
    result = smoke_runs[spec_id]
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "1 passed" in result.stdout


@pytest.fixture(scope="module")
def shared_loss_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("data") / "shared_loss"
    write_project(read_spec(example="shared_loss"), project)
    return project


def run_train(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(project / "train.py"), "--epochs", "1", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=project,
                          timeout=TIMEOUT_S)


def test_data_from_npz_trains(shared_loss_project: Path, tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    classes = np.eye(5, dtype="float32")
    np.savez(tmp_path / "data.npz", features=rng.random((10, 10)),
             output1=classes[rng.integers(0, 5, 10)], output2=classes[rng.integers(0, 5, 10)])
    result = run_train(shared_loss_project, "--data", str(tmp_path / "data.npz"),
                       "--output-dir", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr[-4000:]
    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text())
    assert set(metrics["heads"]) == {"output1", "output2"}
    assert {"loss", "accuracy", "val_loss", "val_accuracy"} <= set(metrics["heads"]["output1"])
    assert "output1: " in result.stdout and "output2: " in result.stdout


def test_wrong_npz_fails_naming_every_problem(shared_loss_project: Path, tmp_path: Path) -> None:
    np.savez(tmp_path / "bad.npz", features=np.zeros((6, 7)), output1=np.zeros((6, 5)))
    result = run_train(shared_loss_project, "--data", str(tmp_path / "bad.npz"),
                       "--output-dir", str(tmp_path / "out"))
    assert result.returncode == 2
    message = result.stderr.strip().splitlines()[-1]
    assert "missing key 'output2'" in message
    assert "'features' has shape (6, 7), expected (N, 10)" in message
    assert not (tmp_path / "out").exists()
