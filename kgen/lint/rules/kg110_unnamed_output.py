"""KG110: a model referenced by output name whose output layer has no ``name=``."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.models import Model
from kgen.lint.facts.usages import KeyedDict
from kgen.lint.rules.base import FactRule, Invalid, Report

_UNNAMED = """\
import keras
from keras import layers

inputs = keras.Input(shape=(8,))
seg = layers.Dense(1, name="seg")(inputs)
cls = layers.Dense(3)(inputs)
model = keras.Model(inputs, [seg, cls])
"""


class UnnamedOutput(FactRule):
    """
    What it does: finds list outputs produced by a layer without ``name=`` on a model whose
    ``loss``/``metrics``/``loss_weights``/label dicts are keyed by name.

    Why: Keras names such a layer ``dense_1``, ``dense_2``…, by construction order; the keys
    that match today break when a layer is added above.

    Instead: give every output layer a ``name=`` (or build the model with dict outputs).
    """

    code = "KG110"
    name = "unnamed-output"
    summary = "a multi-output model referenced by key has an output layer without `name=`"
    severity = "warning"
    valid = (
        _UNNAMED.replace("layers.Dense(3)", 'layers.Dense(3, name="cls")')
        + 'model.compile(loss={"seg": "mse", "cls": "mse"})\n',
        _UNNAMED + 'model.compile(loss=["mse", "mse"])\n',
    )
    invalid = (Invalid(_UNNAMED + 'model.compile(loss={"seg": "mse", "dense_1": "mse"})\n', 6, 7),)

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        keyed = {id(c.model) for c in facts.compiles if _keyed(c.loss, c.metrics, c.loss_weights)}
        keyed |= {id(use.model) for use in facts.data if use.role == "y" and _keyed(use.structure)}
        for model in facts.models:
            if id(model) in keyed:
                yield from _unnamed(model)


def _keyed(*structures: object) -> bool:
    return any(isinstance(structure, KeyedDict) for structure in structures)


def _unnamed(model: Model) -> Iterator[Report]:
    for position, output in enumerate(model.outputs, start=1):
        if model.structure == "list" and output.unnamed and output.layer is not None:
            yield Report(
                output.layer,
                f"output {position} of model `{model.label}` is referenced by name but its "
                "layer has no name=; Keras generates one (dense_1, …) that changes with "
                "construction order: add name=",
            )
