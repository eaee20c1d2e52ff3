"""KG114: per-output ``loss_weights`` with one shared ``loss``."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.usages import Items, KeyedDict
from kgen.lint.rules.base import FactRule, Invalid, Report
from kgen.lint.rules.examples import DICT_MODEL, LIST_MODEL


class SharedLossWeights(FactRule):
    """
    What it does: finds a ``loss_weights`` dict or list with several entries next to a single
    loss string or loss object shared by every output.

    Why: Keras counts a shared loss as one loss and raises ``ValueError: `loss_weights` must
    match the number of losses, got 1 losses and 2 weights`` at the first ``fit``.

    Instead: give ``loss`` per output too, e.g. ``loss={"seg": "mse", "cls": "mse"}``.
    """

    code = "KG114"
    name = "shared-loss-weights"
    summary = "per-output `loss_weights` next to one shared `loss`"
    valid = (
        LIST_MODEL + 'model.compile(loss={"seg": "mse", "cls": "mse"}, loss_weights=[1.0, 0.2])\n',
        DICT_MODEL + 'model.compile(loss="mse")\n',
    )
    invalid = (
        Invalid(
            LIST_MODEL + 'model.compile(loss="mse", loss_weights={"seg": 1.0, "cls": 0.2})\n', 8, 40
        ),
        Invalid(
            DICT_MODEL
            + "model.compile(loss=keras.losses.MeanSquaredError(), loss_weights=[1, 2])\n",
            8,
            66,
        ),
    )

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for compiled in facts.compiles:
            weights = compiled.loss_weights
            count = len(weights.keys) if isinstance(weights, KeyedDict) else 0
            count = len(weights.values) if isinstance(weights, Items) else count
            if compiled.shared_loss and count > 1:
                assert weights is not None
                yield Report(
                    weights.node,
                    f"{count} loss_weights but one shared loss on {compiled.model.describe()}: "
                    "Keras counts it as one loss and raises ValueError at the first fit; "
                    "give the loss per output",
                )
