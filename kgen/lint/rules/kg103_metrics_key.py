"""KG103: a ``metrics`` dict key that names no output."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.usages import KeyedDict
from kgen.lint.rules.base import FactRule, Invalid, Report, wrong_keys
from kgen.lint.rules.examples import DICT_MODEL, LIST_MODEL


class MetricsKeyNotOutput(FactRule):
    """
    What it does: checks that every key of a ``metrics`` dict is an output name. Naming only
    some outputs is fine.

    Why: Keras raises ``ValueError: ... Invalid metrics`` (list outputs) or
    ``dictionary key mismatch`` (dict outputs) only once ``fit`` starts.

    Instead: key metrics by the output names, e.g. ``metrics={"cls": ["accuracy"]}``.
    """

    code = "KG103"
    name = "metrics-key-not-output"
    summary = "a `metrics` dict key is not an output name"
    valid = (
        LIST_MODEL + 'model.compile(loss="mse", metrics={"cls": ["accuracy"]})\n',
        DICT_MODEL + 'model.compile(loss="mse", metrics={"mask": "mae", "label": ["accuracy"]})\n',
    )
    invalid = (
        Invalid(LIST_MODEL + 'model.compile(loss="mse", metrics={"class": ["accuracy"]})\n', 8, 36),
    )

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for compiled in facts.compiles:
            if isinstance(compiled.metrics, KeyedDict):
                yield from wrong_keys("metrics", compiled.metrics, compiled.model)
