"""KG101: a ``loss`` dict key that names no output."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.usages import KeyedDict
from kgen.lint.rules.base import FactRule, Invalid, Report, wrong_keys
from kgen.lint.rules.examples import DICT_MODEL, LIST_MODEL


class LossKeyNotOutput(FactRule):
    """
    What it does: checks that every key of a ``loss`` dict given to ``compile`` is the name of
    one of the model's outputs (the layer name for list outputs, the dict key for dict outputs).

    Why: Keras only notices at the first ``fit``, minutes into a run, with
    ``ValueError: Expected keys ['seg', 'cls'] in loss dict``.

    Instead: spell the key as the output is named, e.g. ``loss={"seg": ..., "cls": ...}``.
    """

    code = "KG101"
    name = "loss-key-not-output"
    summary = "a `loss` dict key is not an output name"
    valid = (
        LIST_MODEL
        + 'model.compile(loss={"seg": "binary_crossentropy", "cls": "categorical_crossentropy"})\n',
        DICT_MODEL + 'model.compile(loss={"mask": "binary_crossentropy", "label": None})\n',
        LIST_MODEL + "model.compile(loss={name: 'mse' for name in model.output_names})\n",
        LIST_MODEL
        + 'loss = {"old_head": "mse"}\n\n\ndef train():\n'
        + '    loss = {"seg": "mse", "cls": "mse"}\n\n'
        + "    def step():\n        model.compile(loss=loss)\n\n    step()\n",
    )
    invalid = (
        Invalid(
            LIST_MODEL + 'model.compile(loss={"segm": "binary_crossentropy", "cls": "mse"})\n',
            8,
            21,
        ),
        Invalid(DICT_MODEL + 'model.compile(loss={"mask": "mse", "labels": "mse"})\n', 8, 36),
    )

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for compiled in facts.compiles:
            if isinstance(compiled.loss, KeyedDict):
                yield from wrong_keys("loss", compiled.loss, compiled.model)
