"""KG111: two layers of one model with the same ``name=``."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.models import keyword
from kgen.lint.rules.base import FactRule, Invalid, Report

_MODEL = """\
import keras
from keras import layers

inputs = keras.Input(shape=(8,), name="features")
hidden = layers.Dense(16, name="{hidden}")(inputs)
seg = layers.Dense(1, name="seg")(hidden)
cls = layers.Dense(3, name="cls")(hidden)
model = keras.Model(inputs, [seg, cls])
"""


class DuplicateLayerName(FactRule):
    """
    What it does: finds two distinct layers in one model's graph built with the same
    ``name=``.

    Why: Keras refuses the model: ``ValueError: The name "seg" is used 2 times in the
    model. All operation names should be unique.``

    Instead: give every layer a unique name.
    """

    code = "KG111"
    name = "duplicate-layer-name"
    summary = "two layers of one model have the same `name=`"
    valid = (_MODEL.format(hidden="trunk"),)
    invalid = (Invalid(_MODEL.format(hidden="seg"), 6, 28),)

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for model in facts.models:
            seen: dict[str, int] = {}
            for name, layer in model.named_layers:
                seen[name] = seen.get(name, 0) + 1
                if seen[name] == 2:
                    node = keyword(layer, "name")
                    yield Report(
                        node or layer,
                        f"layer name {name!r} is used by more than one layer of model "
                        f"`{model.label}`: Keras raises ValueError when building it",
                    )
