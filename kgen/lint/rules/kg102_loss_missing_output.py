"""KG102: an output with no entry in the ``loss`` dict."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.usages import KeyedDict
from kgen.lint.rules.base import FactRule, Invalid, Report, missing_entries
from kgen.lint.rules.examples import DICT_MODEL, LIST_MODEL


class LossMissingOutput(FactRule):
    """
    What it does: finds outputs that a ``loss`` dict leaves out (an explicit ``None`` value
    is fine: it means "do not train this head" on purpose).

    Why: for list outputs Keras raises ``ValueError: Expected keys ... in loss dict`` at the
    first ``fit``; for dict outputs it says nothing and the head is silently never trained.

    Instead: give every output a loss, or ``None`` to leave a head untrained deliberately.
    """

    code = "KG102"
    name = "loss-missing-output"
    summary = "an output has no entry in the `loss` dict"
    valid = (
        LIST_MODEL + 'model.compile(loss={"seg": "binary_crossentropy", "cls": None})\n',
        LIST_MODEL + 'model.compile(loss="mse")\n',
    )
    invalid = (
        Invalid(DICT_MODEL + 'model.compile(loss={"mask": "binary_crossentropy"})\n', 8, 20),
        Invalid(LIST_MODEL + 'model.compile(loss={"cls": "categorical_crossentropy"})\n', 8, 20),
    )

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for compiled in facts.compiles:
            if not isinstance(compiled.loss, KeyedDict):
                continue
            effect = (
                "that head is silently never trained"
                if compiled.model.structure == "dict"
                else "Keras raises ValueError at the first fit"
            )
            note = f": {effect}; add it, or map it to None to leave it untrained on purpose"
            yield from missing_entries("loss", compiled.loss, compiled.model, note)
