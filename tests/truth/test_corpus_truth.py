"""Every corpus script behaves under real Keras exactly as its ``# truth:`` header claims.

All scripts (the lint corpus and the Keras behaviour scripts of docs/keras-behaviour.md)
run in one subprocess that imports TensorFlow once; see corpus_runner.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from truth_header import FAILURE_KINDS, check, read_claims
from truth_probe import TRUTH_DIR, run_probe

CORPUS_DIR = TRUTH_DIR.parent / "corpus"
BEHAVIOUR_DIR = TRUTH_DIR / "behaviour"
SCRIPT_SUFFIXES = (".py", ".ipynb")


def truth_scripts(folder: Path) -> list[Path]:
    """The files under ``folder`` that state a truth (library modules of a package do not)."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.suffix in SCRIPT_SUFFIXES and "# truth: " in path.read_text(encoding="utf-8")
    )


SCRIPTS = truth_scripts(CORPUS_DIR) + truth_scripts(BEHAVIOUR_DIR)


def script_id(path: Path) -> str:
    return str(path.relative_to(TRUTH_DIR.parent))


@pytest.fixture(scope="module")
def observed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    work_dir = tmp_path_factory.mktemp("corpus_truth")
    report = run_probe("corpus_runner.py", work_dir, *map(str, SCRIPTS))
    return {script_id(Path(path)): seen for path, seen in report.items()}


@pytest.mark.parametrize("script", SCRIPTS, ids=script_id)
def test_script_behaves_as_its_header_claims(observed: dict[str, dict], script: Path) -> None:
    seen = observed[script_id(script)]
    failures = {
        str(claim): problems for claim in read_claims(script) if (problems := check(claim, seen))
    }
    assert failures == {}, f"{script_id(script)}: claims that do not hold: {failures}"


@pytest.mark.parametrize("script", truth_scripts(CORPUS_DIR), ids=script_id)
def test_corpus_script_claims_fit_its_folder(script: Path) -> None:
    kinds = {claim.kind for claim in read_claims(script)}
    if script.is_relative_to(CORPUS_DIR / "buggy"):
        assert kinds & FAILURE_KINDS, "a buggy script must claim how Keras fails"
    else:
        assert "trains" in kinds, "a clean script must claim that it trains"
        assert not kinds & FAILURE_KINDS, "a clean script must not claim a failure"


def test_every_corpus_folder_has_scripts() -> None:
    assert {path.relative_to(CORPUS_DIR).parts[0] for path in truth_scripts(CORPUS_DIR)} == {
        "clean",
        "buggy",
    }
