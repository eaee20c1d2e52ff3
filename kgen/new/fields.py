"""The spec's vocabulary: every key, its type and its limits, as data.

Both the validator (``kgen.new.spec``) and the JSON Schema export (``kgen.new.schema``)
read these tables, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

IDENTIFIER_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]*$"

KINDS = ("binary", "multiclass", "multilabel", "regression", "mask", "sequence")

ENCODERS_BY_RANK: dict[int, tuple[str, ...]] = {
    1: ("mlp",),
    2: ("lstm", "gru", "conv1d"),
    3: ("conv2d",),
}
"""Encoders that fit an input of each rank; the first is the default."""

ENCODERS = tuple(encoder for group in ENCODERS_BY_RANK.values() for encoder in group)

ENCODER_WIDTH: dict[str, tuple[str, int]] = {
    "mlp": ("units", 32),
    "lstm": ("units", 32),
    "gru": ("units", 32),
    "conv1d": ("filters", 16),
    "conv2d": ("filters", 16),
}
"""The key that sizes each encoder, and its default."""

OPTIMIZERS: dict[str, str] = {
    "adam": "Adam",
    "adamw": "AdamW",
    "sgd": "SGD",
    "rmsprop": "RMSprop",
    "adagrad": "Adagrad",
    "adamax": "Adamax",
    "nadam": "Nadam",
    "adadelta": "Adadelta",
    "ftrl": "Ftrl",
    "lion": "Lion",
}
"""Spec optimizer name -> class in ``keras.optimizers``."""


@dataclass(frozen=True)
class Field:
    """One key of a spec mapping.

    ``type`` is one of identifier, string, integer, number, boolean, shape (a list of 1 to 3
    positive integers) or strings (a list of strings).
    """

    type: str
    description: str
    minimum: float | None = None
    exclusive_minimum: bool = False
    choices: tuple[str, ...] = ()
    default: Any = None
    required: bool = False


ROOT_FIELDS: dict[str, Field] = {
    "name": Field("identifier", "Model name, a Python identifier (default: the file's stem)."),
    "description": Field("string", "One line about the model, shown in the README."),
    "inputs": Field("inputs", "Input name -> shape (without the batch dim).", required=True),
    "heads": Field("heads", "Head name -> head; the name is the output's key.", required=True),
    "training": Field("training", "Training settings."),
}

INPUT_FIELDS: dict[str, Field] = {
    "shape": Field("shape", "Shape without the batch dim: [features], [steps, features] "
                   "or [height, width, channels].", required=True),
    "encoder": Field("string", "Encoder; default by rank: 1 -> mlp, 2 -> lstm, 3 -> conv2d.",
                     choices=ENCODERS),
    "units": Field("integer", "Width of an mlp, lstm or gru encoder.", minimum=1),
    "filters": Field("integer", "Filters of a conv1d or conv2d encoder.", minimum=1),
}

HEAD_FIELDS: dict[str, Field] = {
    "kind": Field("string", "What the head predicts.", choices=KINDS, required=True),
    "classes": Field("integer", "Number of classes (multiclass, multilabel, mask, sequence).",
                     minimum=1),
    "units": Field("integer", "Number of values a regression head predicts.", minimum=1),
    "loss": Field("string", "Keras loss identifier; default by kind."),
    "metrics": Field("strings", "Keras metric identifiers; default by kind."),
    "weight": Field("number", "Loss weight.", minimum=0, default=1.0),
    "from": Field("identifier", "Input whose features feed the head (default: all inputs; "
                  "required when several inputs could feed a mask or sequence head)."),
    "sparse": Field("boolean", "Integer class labels instead of one-hot (multiclass, "
                    "sequence, mask with several classes).", default=False),
}

TRAINING_FIELDS: dict[str, Field] = {
    "epochs": Field("integer", "Default number of epochs.", minimum=1, default=10),
    "batch_size": Field("integer", "Default batch size.", minimum=1, default=32),
    "optimizer": Field("string", "Optimizer.", choices=tuple(OPTIMIZERS), default="adam"),
    "learning_rate": Field("number", "Learning rate.", minimum=0, exclusive_minimum=True,
                           default=0.001),
    "monitor": Field("string", "What checkpointing and early stopping watch: 'loss' or "
                     "'<head>.<metric>'.", default="loss"),
    "patience": Field("integer", "Epochs without improvement before stopping early.",
                      minimum=0, default=5),
}
