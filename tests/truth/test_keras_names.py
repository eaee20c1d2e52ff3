"""The identifier tables in kgen.keras_names agree with the installed Keras, both ways."""

from __future__ import annotations

import json
import re

import pytest
from truth_probe import run_probe

from kgen.keras_names import (
    LOSS_IDENTIFIERS,
    METRIC_IDENTIFIERS,
    UNUSABLE_LOSS_IDENTIFIERS,
    UNUSABLE_METRIC_IDENTIFIERS,
    is_loss_identifier,
    is_metric_identifier,
)

# Near misses users write (keras-facts.md); registry names other than compile's special
# cases are matched case-sensitively, so "Mae" is one too.
NEAR_MISS_LOSSES = ("huber_loss", "logcosh", "cce", "binary_crossentopy", "Mae")
NEAR_MISS_METRICS = ("rmse", "acuracy", "ce", "crossentropy")

TABLES = {
    "loss": (LOSS_IDENTIFIERS, UNUSABLE_LOSS_IDENTIFIERS, is_loss_identifier),
    "metric": (METRIC_IDENTIFIERS, UNUSABLE_METRIC_IDENTIFIERS, is_metric_identifier),
}


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict:
    extras = {
        "loss": sorted({*LOSS_IDENTIFIERS, *UNUSABLE_LOSS_IDENTIFIERS, *NEAR_MISS_LOSSES}),
        "metric": sorted({*METRIC_IDENTIFIERS, *UNUSABLE_METRIC_IDENTIFIERS, *NEAR_MISS_METRICS}),
    }
    work_dir = tmp_path_factory.mktemp("identifiers")
    return run_probe("identifier_probe.py", work_dir, json.dumps(extras))


def names_with(measured: dict, role: str, verdict: str) -> set[str]:
    return {name for name, result in measured[role].items() if result["verdict"] == verdict}


@pytest.mark.parametrize("role", TABLES)
def test_every_table_entry_trains(measured: dict, role: str) -> None:
    usable, _, _ = TABLES[role]
    assert sorted(usable - names_with(measured, role, "ok")) == []


@pytest.mark.parametrize("role", TABLES)
def test_every_usable_registry_name_is_in_the_table(measured: dict, role: str) -> None:
    _, _, accepts = TABLES[role]
    registry = set(measured["registry"][role])
    usable_in_keras = registry & names_with(measured, role, "ok")
    assert sorted(name for name in usable_in_keras if not accepts(name)) == []


@pytest.mark.parametrize("role", TABLES)
def test_unusable_table_matches_keras(measured: dict, role: str) -> None:
    _, unusable, _ = TABLES[role]
    registry = set(measured["registry"][role])
    assert sorted(registry & names_with(measured, role, "unusable")) == sorted(unusable)


@pytest.mark.parametrize("role", TABLES)
def test_unusable_reasons_name_the_missing_arguments(measured: dict, role: str) -> None:
    _, unusable, _ = TABLES[role]
    for name, reason in unusable.items():
        keras_reason = measured[role][name]["reason"]
        required = re.search(r"missing \d+ required positional arguments?: (.*)", keras_reason)
        missing = re.findall(r"'(\w+)'", required.group(1)) if required else []
        assert all(argument in reason for argument in missing), (name, reason, keras_reason)


@pytest.mark.parametrize(
    ("role", "names"), [("loss", NEAR_MISS_LOSSES), ("metric", NEAR_MISS_METRICS)]
)
def test_near_misses_are_unknown_to_keras_and_to_the_table(
    measured: dict, role: str, names: tuple[str, ...]
) -> None:
    _, _, accepts = TABLES[role]
    assert {name: measured[role][name]["verdict"] for name in names} == dict.fromkeys(
        names, "unknown"
    )
    assert [name for name in names if accepts(name)] == []


@pytest.mark.parametrize(("role", "name"), [("loss", "CrossEntropy"), ("metric", "ACC")])
def test_compile_special_cases_ignore_case(measured: dict, role: str, name: str) -> None:
    _, _, accepts = TABLES[role]
    assert measured[role][name]["verdict"] == "ok"
    assert accepts(name)
