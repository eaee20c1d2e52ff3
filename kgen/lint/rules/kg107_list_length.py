"""KG107: a per-output list whose length differs from the number of outputs."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.models import Model
from kgen.lint.facts.usages import Items, Structure
from kgen.lint.rules.base import FactRule, Invalid, Report
from kgen.lint.rules.examples import LIST_MODEL


class ListLength(FactRule):
    """
    What it does: checks that ``loss``, ``loss_weights``, nested ``metrics`` and label lists
    of a list-outputs model have one entry per output.

    Why: a ``loss`` list shorter than the outputs is accepted without a word and the heads
    at the end are never trained; a longer one raises ``KeyError: "The path: (2,) ..."``; a
    ``loss_weights`` list of the wrong length raises ``ValueError`` at the first ``fit``.

    Instead: one entry per output, in output order (``None`` for a head left untrained).
    """

    code = "KG107"
    name = "list-length-mismatch"
    summary = "a `loss`/`loss_weights`/`metrics`/`y` list length differs from the outputs"
    valid = (
        LIST_MODEL + 'model.compile(loss=["binary_crossentropy", None])\n',
        LIST_MODEL + 'model.compile(loss="mse", metrics=[["mae"], ["accuracy"]])\n',
        LIST_MODEL.replace("[seg, cls]", "outputs").replace(
            "model =", "outputs = [seg]\noutputs.append(cls)\nmodel ="
        )
        + 'model.compile(loss=["mse", "mse"])\n',
    )
    invalid = (
        Invalid(LIST_MODEL + 'model.compile(loss=["binary_crossentropy"])\n', 8, 20),
        Invalid(LIST_MODEL + 'model.compile(loss="mse", loss_weights=[1.0, 0.5, 0.1])\n', 8, 40),
    )

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for compiled in facts.compiles:
            lists = [("loss", compiled.loss), ("loss_weights", compiled.loss_weights)]
            if isinstance(compiled.metrics, Items) and compiled.metrics.nested:
                lists.append(("metrics", compiled.metrics))
            for what, structure in lists:
                yield from _check(what, structure, compiled.model)
        for use in facts.data:
            if use.role == "y":
                yield from _check("labels", use.structure, use.model)


def _check(what: str, structure: Structure | None, model: Model) -> Iterator[Report]:
    if not isinstance(structure, Items) or model.structure != "list":
        return
    have, want = len(structure.values), len(model.outputs)
    if have == want:
        return
    if what != "loss":
        effect = "Keras raises ValueError"
    elif have < want:
        effect = "Keras silently never trains the heads without a loss"
    else:
        effect = "Keras raises KeyError"
    yield Report(
        structure.node,
        f"{what} list has {have} entr{'y' if have == 1 else 'ies'} but {model.describe()} "
        f"has {want} outputs: {effect}",
    )
