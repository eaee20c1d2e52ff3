"""KG105: a label dict key that names no output."""

from __future__ import annotations

from collections.abc import Iterator

from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.usages import KeyedDict
from kgen.lint.rules.base import FactRule, Invalid, Report, wrong_keys
from kgen.lint.rules.examples import LIST_MODEL

_DATASET = (
    "import numpy as np\nimport tensorflow as tf\n"
    "x = np.zeros((8, 8))\n"
    "ds = tf.data.Dataset.from_tensor_slices(\n"
    '    (x, {"seg": np.zeros((8, 1)), "cls": np.zeros((8, 3))})\n'
    ').map(lambda f, y: (f, {"seg": y["seg"], "clss": y["cls"]})).batch(4)\n'
    "model.fit(ds)\n"
)


class LabelKeyNotOutput(FactRule):
    """
    What it does: checks the keys of label dicts — ``y=`` of ``fit``, ``evaluate``,
    ``train_on_batch``, ``test_on_batch``, ``validation_data``, and the label part of a
    ``tf.data.Dataset`` element, through ``map``/``batch``/``shuffle``/``prefetch`` chains.

    Why: Keras fails deep inside ``fit`` with ``TypeError: Expected float32, but got sgx of
    type 'str'`` or ``y_true and y_pred have different structures`` — nothing names the key.

    Instead: key labels by the output names.
    """

    code = "KG105"
    name = "label-key-not-output"
    summary = "a label dict key is not an output name"
    valid = (
        LIST_MODEL + 'model.fit(x, {"seg": y_seg, "cls": y_cls})\n',
        LIST_MODEL + "model.fit(x, {name: labels[name] for name in names})\n",
    )
    invalid = (
        Invalid(LIST_MODEL + 'model.fit(x, {"sgx": y_seg, "cls": y_cls})\n', 8, 15),
        Invalid(LIST_MODEL + _DATASET, 13, 42),
    )

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        for use in facts.data:
            if use.role == "y" and isinstance(use.structure, KeyedDict):
                note = f" (labels of {use.method})"
                yield from wrong_keys("label", use.structure, use.model, note)
