"""KG109: an ``x`` dict key that names no input, or an input missing from it."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.keras_names import closest
from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.usages import KeyedDict
from kgen.lint.rules.base import FactRule, Invalid, Report, did_you_mean, quoted

_TWO_INPUTS = """\
import keras
from keras import layers

title = keras.Input(shape=(4,), name="title")
meta = keras.Input(shape=(2,), name="meta")
j = layers.concatenate([title, meta])
model = keras.Model([title, meta], [layers.Dense(1, name="a")(j), layers.Dense(1, name="b")(j)])
"""


class InputKey(FactRule):
    """
    What it does: checks the keys of feature dicts (``x=`` and dataset features) against the
    names of the model's ``keras.Input`` layers.

    Why: a missing input raises ``ValueError: Missing data for input "title"`` inside
    ``fit``; a misspelt extra key is silently ignored.

    Instead: key features by the ``name=`` of each ``keras.Input``.
    """

    code = "KG109"
    name = "input-key"
    summary = "an `x` dict key is not an input name, or an input is missing"
    valid = (_TWO_INPUTS + 'model.fit({"title": t, "meta": m}, [ya, yb])\n',)
    invalid = (Invalid(_TWO_INPUTS + 'model.fit({"titel": t, "meta": m}, [ya, yb])\n', 8, 12),)

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for use in facts.data:
            inputs = use.model.inputs
            if use.role != "x" or not isinstance(use.structure, KeyedDict) or not inputs:
                continue
            keys = [key.name for key in use.structure.keys]
            wrong = [key for key in use.structure.keys if key.name not in inputs]
            for key in wrong:
                yield Report(
                    key.node,
                    f"feature key {key.name!r} (for {use.method}) is not an input of model "
                    f"`{use.model.label}` (inputs {quoted(inputs)})"
                    + did_you_mean(key.name, inputs),
                )
            meant = {closest(key.name, inputs) for key in wrong}
            missing = [name for name in inputs if name not in keys and name not in meant]
            if missing:
                yield Report(
                    use.structure.node,
                    f"feature dict (for {use.method}) has no entry for input {quoted(missing)} "
                    f"of model `{use.model.label}`",
                )
