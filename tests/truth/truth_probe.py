"""Run probes under real Keras in a subprocess, so pytest itself never imports TensorFlow."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

TRUTH_DIR = Path(__file__).parent
PROBE_TIMEOUT_S = 900


def run_probe(script: str, work_dir: Path, *arguments: str) -> Any:
    """Run ``tests/truth/<script> OUT ARGS...`` in ``work_dir`` and return the JSON it wrote."""
    if importlib.util.find_spec("tensorflow") is None:
        pytest.skip("truth tests need TensorFlow: pip install -e '.[test]'")
    out_path = work_dir / f"{Path(script).stem}.json"
    completed = subprocess.run(
        [sys.executable, str(TRUTH_DIR / script), str(out_path), *arguments],
        capture_output=True,
        text=True,
        timeout=PROBE_TIMEOUT_S,
        cwd=work_dir,
        env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"},
        check=False,
    )
    if completed.returncode != 0:
        pytest.fail(f"{script} exited {completed.returncode}:\n{completed.stderr[-4000:]}")
    return json.loads(out_path.read_text(encoding="utf-8"))
