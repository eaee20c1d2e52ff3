"""KG201: an unknown loss identifier string."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.keras_names import LOSS_IDENTIFIERS, UNUSABLE_LOSS_IDENTIFIERS, is_loss_identifier
from kgen.lint.facts import ModuleFacts
from kgen.lint.rules.base import FactRule, Invalid, Report, unknown_identifier

_MODEL = "import keras\n\nmodel = keras.Sequential([keras.layers.Dense(1)])\n"


class UnknownLoss(FactRule):
    """
    What it does: checks loss strings given to ``compile`` (alone, in a list or as dict
    values) against the identifiers Keras 3 accepts.

    Why: ``ValueError: Could not interpret loss identifier`` only at the first ``fit``.
    Near misses are common: ``"huber"`` and ``"log_cosh"`` work, ``"huber_loss"`` and
    ``"logcosh"`` do not.

    Instead: use a listed identifier (``kgen.keras_names.LOSS_IDENTIFIERS``) or a loss
    object.
    """

    code = "KG201"
    name = "unknown-loss"
    summary = "an unknown loss identifier string"
    valid = (_MODEL + 'model.compile(loss="binary_crossentropy")\n',)
    invalid = (
        Invalid(_MODEL + 'model.compile(loss="binary_crossentopy")\n', 4, 20),
        Invalid(
            "import keras\n\n\ndef train(model):\n"
            "    model.compile(loss={'a': 'msle', 'b': 'hubber'})\n\n\n"
            "train(keras.models.load_model('m.keras'))\n",
            5,
            43,
        ),
    )

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for identifier in facts.identifiers:
            if identifier.kind == "loss":
                report = unknown_identifier(
                    "loss",
                    identifier.value,
                    identifier.node,
                    is_loss_identifier,
                    LOSS_IDENTIFIERS,
                    UNUSABLE_LOSS_IDENTIFIERS,
                )
                if report is not None:
                    yield report
