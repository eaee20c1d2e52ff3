"""KG104: a ``loss_weights`` dict with a key that names no output, or missing outputs."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.usages import KeyedDict
from kgen.lint.rules.base import FactRule, Invalid, Report, missing_entries, wrong_keys
from kgen.lint.rules.examples import DICT_MODEL, LIST_MODEL


class LossWeightsKey(FactRule):
    """
    What it does: checks that a ``loss_weights`` dict has exactly one entry per output.

    Why: for list outputs Keras raises ``KeyError`` at the first ``fit``. For dict outputs a
    misspelt key is accepted without a word: Keras re-packs the weights in sorted-key order,
    so each head silently gets the other's weight.

    Instead: key every weight by its output name.
    """

    code = "KG104"
    name = "loss-weights-key"
    summary = "a `loss_weights` dict key is not an output name, or outputs are missing"
    valid = (
        DICT_MODEL + 'model.compile(loss="mse", loss_weights={"mask": 1.0, "label": 0.2})\n',
        LIST_MODEL + 'model.compile(loss="mse", loss_weights=[1.0, 0.2])\n',
    )
    invalid = (
        Invalid(
            DICT_MODEL + 'model.compile(loss="mse", loss_weights={"Mask": 1.0, "label": 0.2})\n',
            8,
            41,
        ),
        Invalid(LIST_MODEL + 'model.compile(loss="mse", loss_weights={"seg": 1.0})\n', 8, 40),
    )

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for compiled in facts.compiles:
            weights = compiled.loss_weights
            if not isinstance(weights, KeyedDict):
                continue
            effect = (
                "Keras silently re-packs the weights in sorted-key order"
                if compiled.model.structure == "dict"
                else "Keras raises KeyError at the first fit"
            )
            yield from wrong_keys("loss_weights", weights, compiled.model, f" ({effect})")
            yield from missing_entries("loss_weights", weights, compiled.model, f" ({effect})")
