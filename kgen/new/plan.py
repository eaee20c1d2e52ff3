"""Compute the plain render model that the templates of a generated project read.

All decisions live here, in Python: layer types, activations, label encodings, shapes and
what the callbacks monitor. The templates only lay these values out as code and text.
"""

from __future__ import annotations

from typing import Any

from kgen.new.fields import OPTIMIZERS
from kgen.new.spec import MERGE_LAYER, HeadSpec, InputSpec, Spec

MAXIMIZED_METRICS = frozenset(
    {
        "acc", "accuracy", "auc", "binaryaccuracy", "binaryiou", "categoricalaccuracy",
        "concordancecorrelation", "cosinesimilarity", "f1score", "fbetascore",
        "pearsoncorrelation", "precision", "r2score", "recall", "sparsecategoricalaccuracy",
        "sparsetopkcategoricalaccuracy", "topkcategoricalaccuracy", "truenegatives",
        "truepositives",
    }
)
"""Metrics that improve upwards, spelled lower-case without underscores."""

HEAD_LAYERS = {"mask": "conv2d", "sequence": "time_distributed"}
FEATURE_DICTS = {"mask": "maps", "sequence": "sequences"}
RANK_DICTS = {1: "vectors", 2: "sequences", 3: "maps"}


def metric_mode(metric: str) -> str:
    """``"max"`` if a higher value of ``metric`` is better, else ``"min"``."""
    return "max" if metric.lower().replace("_", "") in MAXIMIZED_METRICS else "min"


def monitor(spec: Spec) -> tuple[str, str]:
    """The logged name the callbacks watch and its ``mode``: ``("val_cls_accuracy", "max")``."""
    if spec.training.monitor == "loss":
        return "val_loss", "min"
    head, metric = spec.training.monitor.split(".", 1)
    return f"val_{head}_{metric}", metric_mode(metric)


def render_model(spec: Spec) -> dict[str, Any]:
    """The values every template of the generated project is rendered with."""
    heads = [_head(spec, head) for head in spec.heads]
    vector_sources = {head["source"] for head in heads if head["feeds"] == "vectors"}
    uses_features = None in vector_sources
    inputs = [_input(item, uses_features or item.name in vector_sources) for item in spec.inputs]
    monitor_name, monitor_mode = monitor(spec)
    return {
        "spec": spec,
        "inputs": inputs,
        "heads": heads,
        "uses_features": uses_features,
        "merge_layer": MERGE_LAYER if uses_features and len(inputs) > 1 else None,
        "feature_dicts": _feature_dicts(spec, inputs),
        "optimizer_class": OPTIMIZERS[spec.training.optimizer],
        "monitor": monitor_name,
        "monitor_mode": monitor_mode,
    }


def _feature_dicts(spec: Spec, inputs: list[dict[str, Any]]) -> list[str]:
    """The dicts ``build_model`` fills: vectors, sequences (rank 2) and maps (rank 3)."""
    names = {RANK_DICTS[len(item.shape)] for item in spec.inputs}
    if any(item["pooled"] for item in inputs):
        names.add("vectors")
    return sorted(names)


def _input(item: InputSpec, needs_vector: bool) -> dict[str, Any]:
    return {
        "name": item.name,
        "shape": item.shape,
        "encoder": item.encoder,
        "width": item.width,
        "layers": item.layer_names,
        "pooled": needs_vector and len(item.shape) > 1,
    }


def _head(spec: Spec, head: HeadSpec) -> dict[str, Any]:
    output_shape = _output_shape(spec, head)
    return {
        "name": head.name,
        "kind": head.kind,
        "layer": HEAD_LAYERS.get(head.kind, "dense"),
        "units": head.units,
        "activation": _activation(head),
        "loss": head.loss,
        "metrics": list(head.metrics),
        "weight": head.weight,
        "source": head.source,
        "feeds": FEATURE_DICTS.get(head.kind, "vectors"),
        "output_shape": output_shape,
        "label_shape": output_shape[:-1] if head.sparse else output_shape,
        "label_encoding": _label_encoding(head),
    }


def _activation(head: HeadSpec) -> str:
    if head.kind == "regression":
        return "linear"
    return "softmax" if head.softmax else "sigmoid"


def _label_encoding(head: HeadSpec) -> str:
    if head.kind == "regression":
        return "real"
    if head.sparse:
        return "sparse"
    return "onehot" if head.softmax else "binary"


def _output_shape(spec: Spec, head: HeadSpec) -> tuple[int, ...]:
    if head.kind not in FEATURE_DICTS:
        return (head.units,)
    source = next(item for item in spec.inputs if item.name == head.source)
    return (*source.shape[:-1], head.units)
