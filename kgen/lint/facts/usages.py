"""Places that name a model's outputs or inputs: compile, fit/evaluate, datasets, callbacks."""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from kgen.lint.facts.models import Model, ModelReader, keyword
from kgen.lint.facts.resolve import Bound, Site
from kgen.lint.facts.scopes import Scope

DATASET_SOURCES = frozenset(
    {"tensorflow.data.Dataset.from_tensor_slices", "tensorflow.data.Dataset.from_tensors"}
)
DATASET_PASS_THROUGH = frozenset(
    {
        "batch",
        "shuffle",
        "prefetch",
        "repeat",
        "cache",
        "take",
        "skip",
        "padded_batch",
        "filter",
        "with_options",
        "shard",
        "rebatch",
    }
)
MONITOR_CALLBACKS = {
    # canonical class name -> position of ``monitor`` in its signature
    "keras.callbacks.EarlyStopping": 0,
    "keras.callbacks.ModelCheckpoint": 1,
    "keras.callbacks.ReduceLROnPlateau": 0,
}


@dataclass(frozen=True)
class Key:
    """A string key of a dict literal, the node to report on, and the value it maps to."""

    name: str
    node: cst.CSTNode
    value: cst.BaseExpression


@dataclass(frozen=True)
class KeyedDict:
    """A dict literal (or ``dict(...)`` call) whose keys are all known strings."""

    node: cst.CSTNode
    keys: tuple[Key, ...]
    site: Site


@dataclass(frozen=True)
class Items:
    """A list or tuple literal: one entry per output, by position."""

    node: cst.List | cst.Tuple
    values: tuple[cst.BaseExpression, ...]
    site: Site

    @property
    def nested(self) -> bool:
        """Whether an entry is itself a list, tuple or dict (per-output metric lists)."""
        return any(isinstance(value, (cst.List, cst.Tuple, cst.Dict)) for value in self.values)


Structure = KeyedDict | Items
Element = tuple[Bound, Bound]


@dataclass(frozen=True)
class Compile:
    """``model.compile(...)``, with its ``loss``, ``loss_weights`` and ``metrics`` when readable."""

    model: Model
    loss: Structure | None
    loss_weights: Structure | None
    metrics: Structure | None
    metric_names: dict[str, tuple[str, ...]] | None
    loss_heads: tuple[str, ...] | None
    shared_loss: bool


@dataclass(frozen=True)
class NamedData:
    """A dict or list of per-output labels (``role="y"``) or per-input features (``"x"``)."""

    model: Model
    role: str
    structure: Structure
    method: str


@dataclass(frozen=True)
class Monitor:
    """A callback with ``monitor=`` passed to a model's ``fit``."""

    model: Model
    callback_class: str
    monitor: str
    node: cst.CSTNode
    mode: str | None
    only_keras_callbacks: bool
    compiles: tuple[Compile, ...]


class UsageReader:
    """Reads compile/fit/dataset/callback facts for a resolved model."""

    def __init__(self, models: ModelReader) -> None:
        self.models = models
        self.resolver = models.resolver

    def structure(self, node: cst.CSTNode | None, site: Site) -> Structure | None:
        """A keyed dict or a list literal an expression certainly is, else None."""
        if node is None:
            return None
        found = self.resolver.evaluate(node, site)
        if found is None:
            return None
        node, site = found
        if isinstance(node, cst.Dict):
            return self._keyed(node, site)
        if isinstance(node, (cst.List, cst.Tuple)):
            if any(isinstance(e, cst.StarredElement) for e in node.elements):
                return None
            return Items(node, tuple(e.value for e in node.elements), site)
        if (
            isinstance(node, cst.Call)
            and isinstance(node.func, cst.Name)
            and node.func.value == "dict"
            and self.resolver.lookup("dict", site) is None
            and node.args
            and all(arg.keyword is not None for arg in node.args)
        ):
            keys = tuple(Key(a.keyword.value, a.keyword, a.value) for a in node.args)  # type: ignore[union-attr]
            return KeyedDict(node, keys, site)
        return None

    def _keyed(self, node: cst.Dict, site: Site) -> KeyedDict | None:
        items = self.resolver.string_items(node, site)
        if items is None:
            return None
        keys = tuple(Key(key, element.key, element.value) for key, element in items)
        return KeyedDict(node, keys, site)

    # compile ------------------------------------------------------------------
    def compile(self, model: Model, call: cst.Call, site: Site) -> Compile:
        """The names a ``compile`` call uses."""
        metrics = keyword(call, "metrics", 3)
        return Compile(
            model=model,
            loss=self.structure(keyword(call, "loss", 1), site),
            loss_weights=self.structure(keyword(call, "loss_weights", 2), site),
            metrics=self.structure(metrics, site),
            metric_names=self._metric_names(model, metrics, site),
            loss_heads=self._loss_heads(model, keyword(call, "loss", 1), site),
            shared_loss=self._is_shared_loss(keyword(call, "loss", 1), site),
        )

    def _is_shared_loss(self, loss: cst.CSTNode | None, site: Site) -> bool:
        """Whether ``loss`` is one string or loss object applied to every output."""
        found = None if loss is None else self.resolver.evaluate(loss, site)
        return found is not None and (
            self.resolver.string(*found) is not None or isinstance(found[0], cst.Call)
        )

    def _loss_heads(
        self, model: Model, loss: cst.CSTNode | None, site: Site
    ) -> tuple[str, ...] | None:
        """The outputs that get a loss, when known."""
        names = model.names
        if names is None or loss is None:
            return None
        structure = self.structure(loss, site)
        if isinstance(structure, KeyedDict):
            with_loss = {key.name for key in structure.keys if not _is_none(key.value)}
            return tuple(name for name in names if name in with_loss)
        if isinstance(structure, Items):
            pairs = zip(model.positional_names(), structure.values, strict=False)
            return tuple(name for name, value in pairs if not _is_none(value))
        return names if self._is_shared_loss(loss, site) else None

    def _metric_names(
        self, model: Model, metrics: cst.CSTNode | None, site: Site
    ) -> dict[str, tuple[str, ...]] | None:
        """Per output, the metric names Keras logs, when every metric is a string."""
        names = model.names
        if names is None:
            return None
        if metrics is None:
            return dict.fromkeys(names, ())
        structure = self.structure(metrics, site)
        if isinstance(structure, KeyedDict):
            per_output = {
                key.name: self._string_list(key.value, structure.site) for key in structure.keys
            }
            if any(value is None for value in per_output.values()):
                return None
            return {name: per_output.get(name) or () for name in names}  # type: ignore[misc]
        if isinstance(structure, Items) and len(structure.values) == len(names):
            lists = [self._string_list(value, structure.site) for value in structure.values]
            if any(value is None for value in lists):
                return None
            return dict(zip(model.positional_names(), lists, strict=True))  # type: ignore[arg-type]
        return None

    def _string_list(self, node: cst.CSTNode, site: Site) -> tuple[str, ...] | None:
        single = self.resolver.string(node, site)
        if single is not None:
            return (single,)
        found = self.resolver.deref(node, site)
        if found is None or not isinstance(found[0], (cst.List, cst.Tuple)):
            return None
        values = [self.resolver.string(e.value, found[1]) for e in found[0].elements]
        return None if any(v is None for v in values) else tuple(values)  # type: ignore[arg-type]

    # fit / evaluate -------------------------------------------------------------
    def data(self, model: Model, call: cst.Call, method: str, site: Site) -> list[NamedData]:
        """Label and feature structures passed to a training or evaluation call."""
        uses = self._pair(model, method, keyword(call, "x", 0), keyword(call, "y", 1), site)
        validation = keyword(call, "validation_data") if method == "fit" else None
        if validation is not None:
            found = self.resolver.deref(validation, site)
            if found and isinstance(found[0], cst.Tuple) and len(found[0].elements) >= 2:
                x, y = (e.value for e in found[0].elements[:2])
                uses += self._pair(model, method, x, y, found[1])
            else:
                uses += self._pair(model, method, validation, None, site)
        return uses

    def _pair(
        self,
        model: Model,
        method: str,
        x: cst.CSTNode | None,
        y: cst.CSTNode | None,
        site: Site,
    ) -> list[NamedData]:
        x_site = y_site = site
        if x is not None and y is None:
            element = self.dataset_element(x, site)
            if element is not None:
                (x, x_site), (y, y_site) = element
        uses = []
        for role, node, where in (("x", x, x_site), ("y", y, y_site)):
            structure = self.structure(node, where)
            if structure is not None:
                uses.append(NamedData(model, role, structure, method))
        return uses

    def dataset_element(self, node: cst.CSTNode, site: Site, depth: int = 0) -> Element | None:
        """The (features, labels) expressions of a ``tf.data.Dataset`` element, when known."""
        found = self.resolver.deref(node, site)
        if found is None or not isinstance(found[0], cst.Call) or depth > 40:
            return None
        call, site = found
        assert isinstance(call, cst.Call)
        if self.models.qualify(call.func, site) in DATASET_SOURCES and call.args:
            return self._pair_of(call.args[0].value, site)
        if isinstance(call.func, cst.Attribute):
            method = call.func.attr.value
            if method in DATASET_PASS_THROUGH:
                return self.dataset_element(call.func.value, site, depth + 1)
            if method == "map" and call.args:
                upstream = self.dataset_element(call.func.value, site, depth + 1)
                return self._mapped(call.args[0].value, site, upstream)
            return None
        target = self.resolver.deref(call.func, site)
        if target is None or not isinstance(target[0], cst.FunctionDef):
            return None
        body = self.resolver.enter(target[0], target[1], call, site)
        returned = self.resolver.returned(target[0], body)
        return None if returned is None else self.dataset_element(*returned, depth + 1)

    def _pair_of(self, node: cst.CSTNode, site: Site) -> Element | None:
        found = self.resolver.deref(node, site)
        if found is None or not isinstance(found[0], cst.Tuple) or len(found[0].elements) < 2:
            return None
        first, second = found[0].elements[:2]
        return (first.value, found[1]), (second.value, found[1])

    def _mapped(
        self, function: cst.CSTNode, site: Site, upstream: Element | None
    ) -> Element | None:
        """The element after ``.map(function)``; parameters passed through keep their values."""
        if isinstance(function, cst.Lambda):
            parameters = [p.name.value for p in function.params.params]
            scope = Scope(function, site.scope, opaque=set(parameters))
            returned: Bound | None = (function.body, Site(site.index, scope, site.order, site.path))
        else:
            found = self.resolver.deref(function, site)
            if found is None or not isinstance(found[0], cst.FunctionDef):
                return None
            definition, home = found
            parameters = [p.name.value for p in definition.params.params]
            body = Site(home.index, home.index.scopes[definition], 1 << 30, ())
            returned = self.resolver.returned(definition, body)
        pair = None if returned is None else self._pair_of(*returned)
        if pair is None:
            return None
        return (
            _passed_through(pair[0], parameters, upstream),
            _passed_through(pair[1], parameters, upstream),
        )

    # callbacks ------------------------------------------------------------------
    def monitors(
        self, model: Model, call: cst.Call, site: Site, compiles: tuple[Compile, ...]
    ) -> list[Monitor]:
        """Callbacks with a ``monitor`` among the ``callbacks=`` of a ``fit`` call."""
        callbacks = self.structure(keyword(call, "callbacks"), site)
        if not isinstance(callbacks, Items):
            return []
        found_callbacks = []
        only_keras = True
        for value in callbacks.values:
            found = self.resolver.deref(value, callbacks.site)
            qualified = None
            if found is not None and isinstance(found[0], cst.Call):
                qualified = self.models.qualify(found[0].func, found[1])
            if qualified is None or not qualified.startswith("keras.callbacks."):
                only_keras = False
            if qualified in MONITOR_CALLBACKS:
                found_callbacks.append((found[0], found[1], qualified))  # type: ignore[index]
        monitors = []
        for callback, where, qualified in found_callbacks:
            monitor_node = keyword(callback, "monitor", MONITOR_CALLBACKS[qualified])
            if monitor_node is None:
                continue
            literal = self.resolver.deref(monitor_node, where)
            monitor = None if literal is None else self.resolver.string(*literal)
            mode_node = keyword(callback, "mode")
            mode = None if mode_node is None else self.resolver.string(mode_node, where)
            if monitor is None or (mode_node is not None and mode is None):
                continue
            monitors.append(
                Monitor(model, qualified, monitor, literal[0], mode, only_keras, compiles)  # type: ignore[index]
            )
        return monitors


def _passed_through(part: Bound, parameters: list[str], upstream: Element | None) -> Bound:
    """A mapped element part that is just a parameter stands for that part of the input."""
    node = part[0]
    if isinstance(node, cst.Name) and node.value in parameters[:2] and upstream is not None:
        return upstream[parameters.index(node.value)]
    return part


def _is_none(node: cst.CSTNode) -> bool:
    return isinstance(node, cst.Name) and node.value == "None"
