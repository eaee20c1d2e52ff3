"""KG203: ``layers.Layer(name=...)`` applied to a tensor as an identity rename."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.lint.facts import ModuleFacts
from kgen.lint.rules.base import FactRule, Invalid, Report

_PREFIX = "from tensorflow import keras\n\nx = keras.Input(shape=(4,))\n"


class LayerRename(FactRule):
    """
    What it does: finds the base class ``keras.layers.Layer(name=...)`` called on a tensor,
    the rename trick of older Keras code (and of the article kgen grew from).

    Why: Keras 3 raises ``NotImplementedError: Could not automatically infer the output
    shape / dtype of 'x' (of type Layer)`` when the model is built.

    Instead: ``keras.layers.Identity(name=...)``.
    """

    code = "KG203"
    name = "layer-rename"
    summary = "`layers.Layer(name=...)` used as an identity rename"
    valid = (_PREFIX + 'out = keras.layers.Identity(name="seg")(x)\n',)
    invalid = (Invalid(_PREFIX + 'out = keras.layers.Layer(name="seg")(x)\n', 4, 7),)

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for layer in facts.plain_layers:
            yield Report(
                layer,
                "keras.layers.Layer(...) cannot be called on a tensor in Keras 3 (it raises "
                "NotImplementedError); use keras.layers.Identity(name=...) to rename",
            )
