"""Measure which strings ``compile(loss=...)`` and ``compile(metrics=...)`` accept.

Run as a script under real Keras; prints one JSON object to the file named by the
only argument::

    {"loss": {"mse": {"verdict": "ok", "reason": ""}, ...}, "metric": {...}}

Each candidate is compiled into a tiny model and trained on one batch. The verdict
is ``ok`` when that step runs, ``unknown`` when Keras cannot interpret the string
("Could not interpret ... identifier"), and ``unusable`` for any other failure (a
class that needs constructor arguments, an abstract base class).
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from collections.abc import Callable

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import keras
import numpy as np
from keras.src import losses as keras_losses
from keras.src import metrics as keras_metrics

BATCH = 4
CLASSES = 3
# Strings that compile() special-cases (case-insensitively) before asking the registry.
COMPILE_SPECIAL_LOSSES = ("crossentropy", "ce", "CE", "CrossEntropy")
COMPILE_SPECIAL_METRICS = ("accuracy", "acc", "ACC", "Acc")
# Identifiers whose functions need sequence or embedding shapes instead of one-hot classes.
SEQUENCE_LOSSES = frozenset({"ctc", "CTC"})
EMBEDDING_LOSSES = frozenset({"circle", "Circle"})

# A model, its inputs, its labels, and a loss that fits them (for probing metrics).
Batch = tuple[keras.Model, np.ndarray, np.ndarray, str]


def classes_batch() -> Batch:
    """A softmax classifier and one-hot labels: what most losses and metrics expect."""
    inputs = keras.Input((4,))
    outputs = keras.layers.Dense(CLASSES, activation="softmax")(inputs)
    labels = np.eye(CLASSES, dtype="float32")[np.arange(BATCH) % CLASSES]
    x = np.random.rand(BATCH, 4).astype("float32")
    return keras.Model(inputs, outputs), x, labels, "categorical_crossentropy"


def sparse_batch() -> Batch:
    """A softmax classifier and integer class labels, for the ``sparse_*`` identifiers."""
    model, x, labels, _ = classes_batch()
    return model, x, labels.argmax(axis=-1), "sparse_categorical_crossentropy"


def sequence_batch() -> Batch:
    """Per-timestep softmax and integer label sequences, the shapes CTC needs."""
    inputs = keras.Input((6, 4))
    outputs = keras.layers.Dense(CLASSES, activation="softmax")(inputs)
    labels = np.ones((BATCH, 2), dtype="int32")
    x = np.random.rand(BATCH, 6, 4).astype("float32")
    return keras.Model(inputs, outputs), x, labels, "ctc"


def embedding_batch() -> Batch:
    """Embeddings and integer class labels, the shapes the Circle loss needs."""
    inputs = keras.Input((4,))
    outputs = keras.layers.Dense(8)(inputs)
    labels = np.arange(BATCH, dtype="int32") % 2
    x = np.random.rand(BATCH, 4).astype("float32")
    return keras.Model(inputs, outputs), x, labels, "circle"


def batch_for(name: str) -> Batch:
    """The model and data an identifier needs: label shapes differ between families."""
    if name in SEQUENCE_LOSSES:
        return sequence_batch()
    if name in EMBEDDING_LOSSES:
        return embedding_batch()
    if name.lower().startswith("sparse"):
        return sparse_batch()
    return classes_batch()


def train_one_batch(name: str, role: str) -> None:
    """Compile ``name`` as a loss (``role="loss"``) or a metric and train one batch."""
    model, x, y, fitting_loss = batch_for(name)
    if role == "loss":
        model.compile(optimizer="sgd", loss=name, run_eagerly=True)
    else:
        model.compile(optimizer="sgd", loss=fitting_loss, metrics=[name], run_eagerly=True)
    model.train_on_batch(x, y)


def verdict(run: Callable[[], None]) -> dict[str, str]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            run()
    except Exception as error:  # every failure is data here, not a crash
        first_line = next(iter(str(error).splitlines()), "")
        reason = f"{type(error).__name__}: {first_line}"
        kind = "unknown" if "Could not interpret" in reason else "unusable"
        return {"verdict": kind, "reason": reason[:200]}
    return {"verdict": "ok", "reason": ""}


def probe(names: set[str], role: str) -> dict[str, dict[str, str]]:
    return {name: verdict(lambda name=name: train_one_batch(name, role)) for name in sorted(names)}


def main(out_path: str, extra_losses: list[str], extra_metrics: list[str]) -> None:
    keras.utils.set_random_seed(0)
    loss_names = set(keras_losses.ALL_OBJECTS_DICT) | set(COMPILE_SPECIAL_LOSSES)
    metric_names = set(keras_metrics.ALL_OBJECTS_DICT) | set(COMPILE_SPECIAL_METRICS)
    report = {
        "registry": {"loss": sorted(loss_names), "metric": sorted(metric_names)},
        "loss": probe(loss_names | set(extra_losses), "loss"),
        "metric": probe(metric_names | set(extra_metrics), "metric"),
    }
    with open(out_path, "w", encoding="utf-8") as stream:
        json.dump(report, stream, indent=1, sort_keys=True)


if __name__ == "__main__":
    arguments = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    main(sys.argv[1], arguments.get("loss", []), arguments.get("metric", []))
