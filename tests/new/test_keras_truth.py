"""The Keras facts ``kgen new`` relies on, checked against the installed Keras."""

from __future__ import annotations

import pytest

from kgen.keras_names import METRIC_IDENTIFIERS
from kgen.new.fields import OPTIMIZERS
from kgen.new.plan import metric_mode

keras = pytest.importorskip("keras")

KERAS_MODE = {"up": "max", "down": "min"}


def directed_metrics() -> dict[str, str]:
    """Metric identifier -> the mode Keras itself infers (``_direction``), where it has one."""
    modes = {}
    for name in sorted(METRIC_IDENTIFIERS - {"acc"}):  # "acc" works only inside compile()
        direction = getattr(keras.metrics.get(name), "_direction", None)
        if direction in KERAS_MODE:
            modes[name] = KERAS_MODE[direction]
    return modes


def test_monitor_modes_agree_with_keras() -> None:
    modes = directed_metrics()
    assert len(modes) > 40
    assert {name: metric_mode(name) for name in modes} == modes


@pytest.mark.parametrize("class_name", sorted(OPTIMIZERS.values()))
def test_optimizer_classes_exist(class_name: str) -> None:
    optimizer = getattr(keras.optimizers, class_name)(learning_rate=0.01)
    assert float(optimizer.learning_rate) == pytest.approx(0.01)
