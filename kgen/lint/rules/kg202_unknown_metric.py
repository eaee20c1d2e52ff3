"""KG202: an unknown metric identifier string."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.keras_names import METRIC_IDENTIFIERS, UNUSABLE_METRIC_IDENTIFIERS, is_metric_identifier
from kgen.lint.facts import ModuleFacts
from kgen.lint.rules.base import FactRule, Invalid, Report, unknown_identifier

_MODEL = "import keras\n\nmodel = keras.Sequential([keras.layers.Dense(1)])\n"


class UnknownMetric(FactRule):
    """
    What it does: checks metric strings given to ``compile`` (in lists, nested lists and
    dict values) against the identifiers Keras 3 accepts.

    Why: ``ValueError: Could not interpret metric identifier`` only at the first ``fit``.
    ``"acc"`` and ``"accuracy"`` work (special-cased by ``compile``); ``"rmse"`` does not.

    Instead: use a listed identifier (``kgen.keras_names.METRIC_IDENTIFIERS``) or a metric
    object.
    """

    code = "KG202"
    name = "unknown-metric"
    summary = "an unknown metric identifier string"
    valid = (
        _MODEL + 'model.compile(loss="mse", metrics=["acc", "root_mean_squared_error"])\n',
        "import keras\n\n\nclass Trainer:\n    def compile(self, loss, metrics): ...\n\n\n"
        'Trainer().compile(loss="mse", metrics=["spearmanr_corr"])\n',
    )
    invalid = (
        Invalid(_MODEL + 'model.compile(loss="mse", metrics=["rmse"])\n', 4, 36),
        Invalid(_MODEL + 'model.compile(loss="mse", metrics=["mean_io_u"])\n', 4, 36),
    )

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for identifier in facts.identifiers:
            if identifier.kind == "metric":
                report = unknown_identifier(
                    "metric",
                    identifier.value,
                    identifier.node,
                    is_metric_identifier,
                    METRIC_IDENTIFIERS,
                    UNUSABLE_METRIC_IDENTIFIERS,
                )
                if report is not None:
                    yield report
