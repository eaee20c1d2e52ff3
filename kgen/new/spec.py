"""Load a head spec (YAML or TOML) and validate it into frozen dataclasses.

Every problem raises a ``SpecError`` naming the file, the field path, the YAML line where
known, and the fix. Nothing here imports Keras: loss and metric names are checked against
the static tables in ``kgen.keras_names``.

Example:
    >>> spec = parse_spec("inputs: {x: [4]}\\nheads: {y: binary}\\n", "demo.yaml")
    >>> spec.heads[0].loss
    'binary_crossentropy'
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kgen.keras_names import LOSS_IDENTIFIERS, METRIC_IDENTIFIERS, closest
from kgen.new.document import Document, FieldPath, SpecError, parse_document
from kgen.new.fields import (
    ENCODER_WIDTH,
    ENCODERS_BY_RANK,
    HEAD_FIELDS,
    IDENTIFIER_PATTERN,
    INPUT_FIELDS,
    ROOT_FIELDS,
    TRAINING_FIELDS,
    Field,
)

MERGE_LAYER = "features"
"""Name of the layer that concatenates the inputs' feature vectors (several inputs only)."""

ENCODER_ROLES: dict[str, tuple[str, ...]] = {
    "mlp": ("dense",),
    "lstm": ("lstm", "pool"),
    "gru": ("gru", "pool"),
    "conv1d": ("conv", "pool"),
    "conv2d": ("conv1", "conv2", "pool"),
}
"""The layers each encoder adds, named ``<input>_<role>``."""

SIZE_KEY: dict[str, str | None] = {
    "binary": None,
    "multiclass": "classes",
    "multilabel": "classes",
    "regression": "units",
    "mask": "classes",
    "sequence": "classes",
}
MIN_SIZE = {"multiclass": 2, "sequence": 2}
DEFAULT_SIZE = {"binary": 1, "regression": 1, "mask": 1}
SOURCE_RANK = {"mask": 3, "sequence": 2}
"""Kinds that read a per-position input, and that input's rank."""

RANK_NAMES = {
    2: "a sequence input [steps, features]",
    3: "an image input [height, width, channels]",
}
RESERVED_HEAD_NAMES = ("loss", "val")


@dataclass(frozen=True)
class InputSpec:
    """One model input and the encoder that turns it into features."""

    name: str
    shape: tuple[int, ...]
    encoder: str
    width: int

    @property
    def layer_names(self) -> dict[str, str]:
        """The encoder's layer names by role, e.g. ``{"pool": "image_pool"}``."""
        return {role: f"{self.name}_{role}" for role in ENCODER_ROLES[self.encoder]}


@dataclass(frozen=True)
class HeadSpec:
    """One model output; ``units`` counts its values per position (1 for binary)."""

    name: str
    kind: str
    units: int
    loss: str
    metrics: tuple[str, ...]
    weight: float
    source: str | None
    sparse: bool

    @property
    def softmax(self) -> bool:
        """Whether the head picks one class out of several (softmax)."""
        return uses_softmax(self.kind, self.units)


@dataclass(frozen=True)
class TrainingSpec:
    """Defaults of the generated ``train.py`` and what its callbacks monitor."""

    epochs: int
    batch_size: int
    optimizer: str
    learning_rate: float
    monitor: str
    patience: int


@dataclass(frozen=True)
class Spec:
    """A validated head spec."""

    name: str
    description: str
    inputs: tuple[InputSpec, ...]
    heads: tuple[HeadSpec, ...]
    training: TrainingSpec

    def to_document(self) -> dict[str, Any]:
        """The spec with every default spelled out, ready to dump as YAML."""
        document: dict[str, Any] = {"name": self.name}
        if self.description:
            document["description"] = self.description
        document["inputs"] = {item.name: _input_document(item) for item in self.inputs}
        document["heads"] = {head.name: _head_document(head) for head in self.heads}
        document["training"] = dict(vars(self.training))
        return document


def uses_softmax(kind: str, units: int) -> bool:
    """Whether a head of ``kind`` with ``units`` values per position is a softmax."""
    return kind in ("multiclass", "sequence") or (kind == "mask" and units > 1)


def default_loss(kind: str, units: int, sparse: bool) -> str:
    """The loss a head gets when its spec names none."""
    if kind == "regression":
        return "mse"
    if sparse:
        return "sparse_categorical_crossentropy"
    return "categorical_crossentropy" if uses_softmax(kind, units) else "binary_crossentropy"


def default_metrics(kind: str) -> tuple[str, ...]:
    """The metrics a head gets when its spec names none."""
    return {"regression": ("mae",), "multilabel": ("binary_accuracy",)}.get(kind, ("accuracy",))


def generated_layer_names(inputs: Iterable[InputSpec]) -> set[str]:
    """Names of the layers kgen adds besides the inputs and the heads."""
    inputs = tuple(inputs)
    names = {name for item in inputs for name in item.layer_names.values()}
    return names | {MERGE_LAYER} if len(inputs) > 1 else names


def load_spec(path: Path) -> Spec:
    """Read and validate the spec file at ``path`` (TOML if it ends in ``.toml``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise SpecError(str(path), (), f"cannot read the spec: {reason}",
                        "give a readable YAML or TOML file") from None
    return parse_spec(text, str(path))


def parse_spec(text: str, source: str) -> Spec:
    """Validate spec ``text``; ``source`` names the file in errors and picks the format."""
    return _Validator(parse_document(text, source)).spec(Path(source).stem)


def _input_document(item: InputSpec) -> dict[str, Any]:
    width_key = ENCODER_WIDTH[item.encoder][0]
    return {"shape": list(item.shape), "encoder": item.encoder, width_key: item.width}


def _head_document(head: HeadSpec) -> dict[str, Any]:
    document: dict[str, Any] = {"kind": head.kind}
    size_key = SIZE_KEY[head.kind]
    if size_key:
        document[size_key] = head.units
    document.update(loss=head.loss, metrics=list(head.metrics), weight=head.weight)
    if head.source:
        document["from"] = head.source
    if head.softmax:
        document["sparse"] = head.sparse
    return document


class _Validator:
    """Turns one parsed document into a ``Spec`` or raises the first problem found."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def fail(self, path: FieldPath, problem: str, fix: str = "") -> SpecError:
        return self.document.error(path, problem, fix)

    def spec(self, stem: str) -> Spec:
        data = self.document.data
        if not isinstance(data, dict):
            raise self.fail((), "a spec must be a mapping with 'inputs' and 'heads'",
                            "start from `kgen new --example scan_triage --dry-run`")
        values = self.fields(data, ROOT_FIELDS, ())
        inputs = self.inputs(values["inputs"])
        heads = self.heads(values["heads"], inputs)
        self.check_unique_names(inputs, heads)
        self.check_inputs_used(inputs, heads)
        default_name = stem if re.match(IDENTIFIER_PATTERN, stem) and stem.isascii() else "model"
        return Spec(
            name=values.get("name") or default_name,
            description=values.get("description", ""),
            inputs=inputs,
            heads=heads,
            training=self.training(values.get("training", {}), heads),
        )

    # -- generic field reading ------------------------------------------------------------

    def fields(self, data: dict[str, Any], table: dict[str, Field], path: FieldPath) -> dict:
        """Check keys and value types of one mapping against its field table."""
        for key in data:
            if key not in table:
                hint = closest(key, table)
                fix = f"did you mean {hint!r}?" if hint else f"use one of: {', '.join(table)}"
                raise self.fail((*path, key), f"unknown key {key!r}", fix)
        for key, field in table.items():
            if field.required and key not in data:
                raise self.fail(path, f"missing required key {key!r}", f"add `{key}:`")
        return {key: self.value(data[key], table[key], (*path, key)) for key in data}

    def value(self, value: Any, field: Field, path: FieldPath) -> Any:
        checker = getattr(self, f"check_{field.type}", None)
        value = checker(value, path) if checker else value
        if field.choices and value not in field.choices:
            hint = closest(str(value), field.choices)
            fix = f"did you mean {hint!r}?" if hint else f"use one of: {', '.join(field.choices)}"
            raise self.fail(path, f"unknown value {value!r}", fix)
        if field.minimum is not None:
            self.check_minimum(value, field, path)
        return value

    def check_minimum(self, value: float, field: Field, path: FieldPath) -> None:
        too_small = value <= field.minimum if field.exclusive_minimum else value < field.minimum
        if too_small:
            relation = ">" if field.exclusive_minimum else ">="
            raise self.fail(path, f"expected a number {relation} {field.minimum:g}, got {value!r}",
                            f"use a value {relation} {field.minimum:g}")

    def check_string(self, value: Any, path: FieldPath) -> str:
        if not isinstance(value, str):
            raise self.fail(path, f"expected a string, got {value!r}", "quote the value")
        return value

    def check_identifier(self, value: Any, path: FieldPath) -> str:
        return self.check_name(self.check_string(value, path), path)

    def check_integer(self, value: Any, path: FieldPath) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(path, f"expected an integer, got {value!r}", "write a whole number")
        return value

    def check_number(self, value: Any, path: FieldPath) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(path, f"expected a number, got {value!r}", "write a number")
        return float(value)

    def check_boolean(self, value: Any, path: FieldPath) -> bool:
        if not isinstance(value, bool):
            raise self.fail(path, f"expected true or false, got {value!r}", "write true or false")
        return value

    def check_strings(self, value: Any, path: FieldPath) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail(path, f"expected a non-empty list of strings, got {value!r}",
                            "write e.g. [accuracy]")
        return tuple(self.check_string(item, (*path, index)) for index, item in enumerate(value))

    def check_shape(self, value: Any, path: FieldPath) -> tuple[int, ...]:
        if not isinstance(value, list) or not 1 <= len(value) <= 3:
            raise self.fail(path, f"expected a list of 1 to 3 sizes, got {value!r}",
                            "write [features], [steps, features] or [height, width, channels]")
        for index, size in enumerate(value):
            if isinstance(size, bool) or not isinstance(size, int) or size < 1:
                raise self.fail((*path, index), f"expected a positive integer, got {size!r}",
                                "sizes are whole numbers >= 1")
        return tuple(value)

    def check_name(self, name: str, path: FieldPath) -> str:
        if not re.match(IDENTIFIER_PATTERN, name) or not name.isascii():
            raise self.fail(path, f"{name!r} is not a valid name",
                            "use letters, digits and underscores, not starting with a digit")
        if keyword.iskeyword(name):
            raise self.fail(path, f"{name!r} is a Python keyword", f"rename it, e.g. {name}_")
        return name

    def mapping(self, value: Any, path: FieldPath, fix: str) -> dict[str, Any]:
        if not isinstance(value, dict) or not value:
            raise self.fail(path, f"expected a non-empty mapping, got {value!r}", fix)
        return value

    # -- sections -------------------------------------------------------------------------

    def inputs(self, data: Any) -> tuple[InputSpec, ...]:
        data = self.mapping(data, ("inputs",), "write e.g. `inputs: {image: [64, 64, 3]}`")
        return tuple(self.input(name, value) for name, value in data.items())

    def input(self, name: str, value: Any) -> InputSpec:
        path: FieldPath = ("inputs", name)
        self.check_name(name, path)
        if isinstance(value, list):
            value = {"shape": value}
        values = self.fields(self.mapping(value, path, "write `[size, ...]` or `{shape: [...]}`"),
                             INPUT_FIELDS, path)
        shape = values["shape"]
        choices = ENCODERS_BY_RANK[len(shape)]
        encoder = values.get("encoder", choices[0])
        if encoder not in choices:
            raise self.fail((*path, "encoder"),
                            f"{encoder} does not fit {name!r} of shape {list(shape)}",
                            f"use one of: {', '.join(choices)}")
        width_key, default_width = ENCODER_WIDTH[encoder]
        for key in {"units", "filters"} - {width_key}:
            if key in values:
                raise self.fail((*path, key), f"the {encoder} encoder has no {key!r}",
                                f"write {width_key!r} instead")
        return InputSpec(name, shape, encoder, values.get(width_key, default_width))

    def heads(self, data: Any, inputs: tuple[InputSpec, ...]) -> tuple[HeadSpec, ...]:
        data = self.mapping(data, ("heads",), "write e.g. `heads: {label: binary}`")
        return tuple(self.head(name, value, inputs) for name, value in data.items())

    def head(self, name: str, value: Any, inputs: tuple[InputSpec, ...]) -> HeadSpec:
        path: FieldPath = ("heads", name)
        self.check_head_name(name, path)
        if isinstance(value, str):
            value = {"kind": value}
        values = self.fields(self.mapping(value, path, "write a kind or `{kind: ...}`"),
                             HEAD_FIELDS, path)
        kind = values["kind"]
        units = self.head_units(kind, values, path)
        sparse = self.head_sparse(kind, units, values, path)
        return HeadSpec(
            name=name,
            kind=kind,
            units=units,
            loss=self.loss(values.get("loss") or default_loss(kind, units, sparse), path),
            metrics=self.metrics(values.get("metrics") or default_metrics(kind), path),
            weight=values.get("weight", HEAD_FIELDS["weight"].default),
            source=self.head_source(kind, values.get("from"), inputs, path),
            sparse=sparse,
        )

    def check_head_name(self, name: str, path: FieldPath) -> None:
        self.check_name(name, path)
        if name in RESERVED_HEAD_NAMES or name.startswith("val_"):
            raise self.fail(path, f"{name!r} clashes with the names Keras logs "
                            "(loss, val_loss, val_<head>_<metric>)", "rename the head")

    def head_units(self, kind: str, values: dict[str, Any], path: FieldPath) -> int:
        size_key = SIZE_KEY[kind]
        for key in {"classes", "units"} - {size_key}:
            if key in values:
                fix = f"write {size_key!r} instead" if size_key else "remove it"
                raise self.fail((*path, key), f"a {kind} head has no {key!r}", fix)
        if size_key is None:
            return DEFAULT_SIZE[kind]
        if size_key not in values and kind not in DEFAULT_SIZE:
            raise self.fail(path, f"a {kind} head needs {size_key!r}", f"add `{size_key}: N`")
        units = values.get(size_key, DEFAULT_SIZE.get(kind, 1))
        minimum = MIN_SIZE.get(kind, 1)
        if units < minimum:
            fix = "use kind: binary" if kind == "multiclass" else f"use {minimum} or more"
            raise self.fail((*path, size_key), f"a {kind} head needs at least {minimum} "
                            f"{size_key}, got {units}", fix)
        return units

    def head_sparse(self, kind: str, units: int, values: dict[str, Any], path: FieldPath) -> bool:
        sparse = values.get("sparse", False)
        if sparse and not uses_softmax(kind, units):
            raise self.fail((*path, "sparse"), f"sparse labels need a softmax head; this {kind} "
                            f"head has {units} unit(s) per position", "remove `sparse`")
        return sparse

    def head_source(self, kind: str, source: str | None, inputs: tuple[InputSpec, ...],
                    path: FieldPath) -> str | None:
        names = [item.name for item in inputs]
        if source is not None and source not in names:
            hint = closest(source, names)
            fix = f"did you mean {hint!r}?" if hint else f"use one of: {', '.join(names)}"
            raise self.fail((*path, "from"), f"no input named {source!r}", fix)
        rank = SOURCE_RANK.get(kind)
        if rank is None:
            return source
        fitting = [item.name for item in inputs if len(item.shape) == rank]
        needs = f"a {kind} head needs {RANK_NAMES[rank]}"
        if not fitting:
            raise self.fail(path, f"{needs}, and the spec has none",
                            "add one under inputs or change the kind")
        if source is not None and source not in fitting:
            raise self.fail((*path, "from"), f"{needs}; {source!r} is not one",
                            f"use one of: {', '.join(fitting)}")
        if source is None and len(fitting) > 1:
            raise self.fail(path, f"ambiguous: {', '.join(fitting)} could all feed this {kind} "
                            "head", f"add `from: {fitting[0]}` (or another of them)")
        return source or fitting[0]

    def loss(self, loss: str, path: FieldPath) -> str:
        return self.identifier_in(loss, LOSS_IDENTIFIERS, "loss", (*path, "loss"))

    def metrics(self, metrics: tuple[str, ...], path: FieldPath) -> tuple[str, ...]:
        for index, metric in enumerate(metrics):
            self.identifier_in(metric, METRIC_IDENTIFIERS, "metric", (*path, "metrics", index))
        if len(set(metrics)) != len(metrics):
            raise self.fail((*path, "metrics"), "a metric is listed twice", "list each once")
        return metrics

    def identifier_in(self, name: str, known: frozenset[str], what: str,
                      path: FieldPath) -> str:
        if name not in known:
            hint = closest(name, known)
            fix = f"did you mean {hint!r}?" if hint else f"see keras.{what}es"
            raise self.fail(path, f"unknown Keras {what} {name!r}", fix)
        return name

    def check_unique_names(self, inputs: tuple[InputSpec, ...],
                           heads: tuple[HeadSpec, ...]) -> None:
        """Keras needs every layer name once: inputs, heads and kgen's own layers."""
        generated = generated_layer_names(inputs)
        for item in inputs:
            if item.name in generated:
                raise self.fail(("inputs", item.name), f"{item.name!r} is also the name of a "
                                "layer kgen adds; Keras needs unique layer names",
                                "rename the input")
        taken = {item.name: "an input" for item in inputs}
        taken.update({name: "a layer kgen adds" for name in generated})
        for head in heads:
            if head.name in taken:
                raise self.fail(("heads", head.name), f"{head.name!r} is already the name of "
                                f"{taken[head.name]}; Keras needs unique layer names",
                                "rename the head")

    def check_inputs_used(self, inputs: tuple[InputSpec, ...],
                          heads: tuple[HeadSpec, ...]) -> None:
        """Every input must reach an output, or Keras builds a model it cannot train."""
        if any(head.source is None for head in heads):
            return
        used = {head.source for head in heads}
        for item in inputs:
            if item.name not in used:
                raise self.fail(("inputs", item.name), f"no head reads input {item.name!r}",
                                "remove the input or drop `from:` on a head that should use it")

    def training(self, data: Any, heads: tuple[HeadSpec, ...]) -> TrainingSpec:
        if not isinstance(data, dict):
            raise self.fail(("training",), f"expected a mapping, got {data!r}",
                            "write e.g. `training: {epochs: 10}`")
        values = self.fields(data, TRAINING_FIELDS, ("training",))
        settings = {key: values.get(key, field.default) for key, field in TRAINING_FIELDS.items()}
        self.check_monitor(settings["monitor"], heads)
        return TrainingSpec(**settings)

    def check_monitor(self, monitor: str, heads: tuple[HeadSpec, ...]) -> None:
        path: FieldPath = ("training", "monitor")
        choices = ["loss", *(f"{head.name}.{metric}" for head in heads for metric in head.metrics)]
        if monitor not in choices:
            hint = closest(monitor, choices)
            fix = f"did you mean {hint!r}?" if hint else f"use one of: {', '.join(choices)}"
            raise self.fail(path, f"{monitor!r} is not 'loss' or '<head>.<metric>' of this spec",
                            fix)
