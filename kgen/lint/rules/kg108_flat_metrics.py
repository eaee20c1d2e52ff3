"""KG108: a flat ``metrics`` list on a multi-output model."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.usages import Items
from kgen.lint.rules.base import FactRule, Invalid, Report
from kgen.lint.rules.examples import LIST_MODEL


class FlatMetricsList(FactRule):
    """
    What it does: finds ``metrics=["accuracy"]`` on a model with several outputs, when the
    list's length differs from the number of outputs.

    Why: Keras 3 matches a flat list to the outputs by position and raises
    ``ValueError: tuple arity mismatch`` at the first ``fit`` (Keras 2 broadcast it).

    Instead: a dict keyed by output name (``{"cls": ["accuracy"]}``) or one list per output
    (``[["mae"], ["accuracy"]]``).
    """

    code = "KG108"
    name = "flat-metrics-list"
    summary = "a flat `metrics=[...]` list on a multi-output model"
    valid = (
        LIST_MODEL + 'model.compile(loss="mse", metrics={"seg": ["mae"], "cls": ["accuracy"]})\n',
        LIST_MODEL + 'model.compile(loss="mse", metrics=["mae", "accuracy"])\n',
    )
    invalid = (Invalid(LIST_MODEL + 'model.compile(loss="mse", metrics=["accuracy"])\n', 8, 35),)

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for compiled in facts.compiles:
            metrics, model = compiled.metrics, compiled.model
            if not isinstance(metrics, Items) or model.structure != "list":
                continue
            nested = any(isinstance(v, (cst.List, cst.Tuple, cst.Dict)) for v in metrics.values)
            if nested or len(metrics.values) == len(model.outputs):
                continue
            yield Report(
                metrics.node,
                f"flat metrics list of {len(metrics.values)} on {model.describe()}: Keras 3 "
                "raises 'tuple arity mismatch'; use a dict keyed by output name "
                "or one list per output",
            )
