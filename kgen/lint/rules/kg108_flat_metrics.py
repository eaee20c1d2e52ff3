"""KG108: a flat ``metrics`` list on a multi-output model."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.usages import Items
from kgen.lint.rules.base import FactRule, Invalid, Report
from kgen.lint.rules.examples import DICT_MODEL, LIST_MODEL


class FlatMetricsList(FactRule):
    """
    What it does: finds a flat ``metrics=["accuracy"]`` list on a model with several
    outputs when its length differs from the number of outputs, and a flat list on a model
    with dict outputs whose keys are not written in sorted order.

    Why: Keras 3 matches a flat list to the outputs by position and raises
    ``ValueError: tuple arity mismatch`` (list outputs) or ``Expected an instance of dict``
    (dict outputs) at the first ``fit``; Keras 2 broadcast it. On dict outputs a list of the
    right length is matched in sorted-key order, so metrics silently land on other heads.

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
    invalid = (
        Invalid(LIST_MODEL + 'model.compile(loss="mse", metrics=["accuracy"])\n', 8, 35),
        Invalid(DICT_MODEL + 'model.compile(loss="mse", metrics=["mae", "accuracy"])\n', 8, 35),
    )

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for compiled in facts.compiles:
            metrics, model = compiled.metrics, compiled.model
            if not isinstance(metrics, Items) or model.names is None:
                continue
            if metrics.nested:
                continue
            if len(metrics.values) != len(model.outputs):
                yield Report(
                    metrics.node,
                    f"flat metrics list of {len(metrics.values)} on {model.describe()}: "
                    "Keras 3 raises ValueError at the first fit; use a dict keyed by output "
                    "name or one list per output",
                )
            elif model.positional_names() != model.names:
                pairs = ", ".join(
                    f"{name!r} gets {cst.Module([]).code_for_node(value)}"
                    for name, value in zip(model.positional_names(), metrics.values, strict=True)
                )
                yield Report(
                    metrics.node,
                    f"flat metrics list on {model.describe()} is matched in sorted-key order "
                    f"({pairs}); use a dict keyed by output name",
                )
