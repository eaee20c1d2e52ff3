"""KG106: a label dict that leaves out an output."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.usages import KeyedDict
from kgen.lint.rules.base import FactRule, Invalid, Report, missing_entries
from kgen.lint.rules.examples import LIST_MODEL


class LabelMissingOutput(FactRule):
    """
    What it does: finds label dicts (``y=``, dataset labels) without an entry for every
    output.

    Why: Keras raises ``ValueError: y_true and y_pred have different structures`` inside
    ``fit``; even a head compiled with ``loss=None`` needs its key in a label dict
    (``KeyError: "The path: (0,) ..."``).

    Instead: give a label for every output.
    """

    code = "KG106"
    name = "label-missing-output"
    summary = "a label dict is missing an output"
    valid = (
        LIST_MODEL + 'model.evaluate(x, {"seg": y_seg, "cls": y_cls})\n',
        LIST_MODEL + 'labels = {"seg": y_seg}\nlabels["cls"] = y_cls\nmodel.evaluate(x, labels)\n',
    )
    invalid = (Invalid(LIST_MODEL + 'model.evaluate(x, y={"cls": y_cls})\n', 8, 21),)

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for use in facts.data:
            if use.role == "y" and isinstance(use.structure, KeyedDict):
                note = f" (labels of {use.method})"
                yield from missing_entries("label", use.structure, use.model, note)
