"""KG112: a dict-outputs model keyed by its output *layer* names instead of its dict keys."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.usages import KeyedDict
from kgen.lint.rules.base import FactRule, Invalid, Report, layer_name_keys
from kgen.lint.rules.examples import DICT_MODEL


class LayerNameKey(FactRule):
    """
    What it does: on a model built with dict outputs (``keras.Model(x, {"mask": seg})``),
    finds ``loss``/``metrics``/``loss_weights``/label keys that are an output's layer name
    rather than its dict key.

    Why: for dict outputs Keras matches the dict keys; ``model.output_names`` still shows the
    layer names, which misleads. A loss keyed by layer name fails with ``KeyError: "The path:
    ('seg',) in the loss argument, can't be found"``; a ``loss_weights`` key is silently
    re-packed onto the wrong head.

    Instead: use the dict key the output was given.
    """

    code = "KG112"
    name = "layer-name-key"
    summary = "a dict-outputs model referenced by output layer names instead of dict keys"
    valid = (DICT_MODEL + 'model.compile(loss={"mask": "mse", "label": "mse"})\n',)
    invalid = (Invalid(DICT_MODEL + 'model.compile(loss={"seg": "mse", "label": "mse"})\n', 8, 21),)

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        places = [
            (what, structure, compiled.model)
            for compiled in facts.compiles
            for what, structure in (
                ("loss", compiled.loss),
                ("metrics", compiled.metrics),
                ("loss_weights", compiled.loss_weights),
            )
        ]
        places += [("label", use.structure, use.model) for use in facts.data if use.role == "y"]
        for what, structure, model in places:
            if not isinstance(structure, KeyedDict):
                continue
            misused = layer_name_keys(model)
            for key in structure.keys:
                if key.name in misused:
                    yield Report(
                        key.node,
                        f"{what} key {key.name!r} is the layer name of output "
                        f"{misused[key.name]!r} of {model.describe()}; a model built with dict "
                        f"outputs is keyed by the dict keys: use {misused[key.name]!r}",
                    )
