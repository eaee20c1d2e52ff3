"""Keras models whose output and input names can be known statically."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import libcst as cst

from kgen.lint.facts.resolve import Resolver, Site

_MAX_DEPTH = 4
_NOT_LAYERS = frozenset({"Input", "InputLayer", "InputSpec"})
_MODEL_FACTORIES = frozenset(
    {
        "keras.Model",
        "keras.Sequential",
        "keras.models.load_model",
        "keras.models.clone_model",
        "keras.models.model_from_json",
    }
)


@dataclass(frozen=True)
class Output:
    """One model output: the key Keras matches on and the layer that produced it.

    ``key`` is the dict key for dict outputs and the layer name for list outputs; it is
    None when unknown. ``unnamed`` is True only for a Keras layer built without ``name=``.
    """

    key: str | None
    layer_name: str | None
    layer: cst.Call | None
    unnamed: bool = False


@dataclass(eq=False)
class Model:
    """A multi-output model: where it is built, its outputs, inputs and named layers."""

    node: cst.CSTNode
    label: str
    structure: str  # "list" or "dict"
    outputs: tuple[Output, ...]
    inputs: tuple[str, ...] | None
    named_layers: tuple[tuple[str, cst.Call], ...]
    functional: bool

    @property
    def names(self) -> tuple[str, ...] | None:
        """Every output key, in order, or None when one is unknown."""
        keys = tuple(output.key for output in self.outputs)
        return None if any(key is None for key in keys) else keys  # type: ignore[return-value]

    def positional_names(self) -> tuple[str, ...]:
        """The output names in the order Keras matches list entries to them.

        Keras pairs a list with dict outputs in sorted-key order, not in the order written.
        """
        names = self.names or ()
        return tuple(sorted(names)) if self.structure == "dict" else names

    def describe(self) -> str:
        """``model `m` (outputs 'a', 'b')`` for messages."""
        names = ", ".join(repr(key) for key in self.names or ())
        return f"model `{self.label}` (outputs {names})"


def keyword(call: cst.Call, name: str, position: int | None = None) -> cst.BaseExpression | None:
    """The value of argument ``name``, passed by keyword or at ``position``."""
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == name:
            return arg.value
    if position is not None:
        positional = [arg for arg in call.args if arg.keyword is None and not arg.star]
        if position < len(positional) and all(not arg.star for arg in call.args[:position]):
            return positional[position].value
    return None


def has_star_arguments(call: cst.Call) -> bool:
    """Whether the call passes ``*args`` or ``**kwargs`` (its arguments are then unknowable)."""
    return any(arg.star for arg in call.args)


class ModelReader:
    """Reads model constructions through the resolver, memoizing one Model per construction."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self._memo: dict[int, Model | None] = {}

    def qualify(self, node: cst.CSTNode, site: Site) -> str | None:
        """The canonical Keras/TensorFlow name of an expression, if it is one.

        None when the imported name is also assigned or defined in the module or the
        enclosing scope: ``class EarlyStopping(...)`` shadows the Keras callback.
        """
        if not isinstance(node, (cst.Name, cst.Attribute)):
            return None
        head = node
        while isinstance(head, cst.Attribute):
            head = head.value
        if not isinstance(head, cst.Name):
            return None
        if head.value in site.scope.bindings or head.value in site.index.root.bindings:
            return None
        return site.index.imports.qualify(node)

    def model_of(self, node: cst.CSTNode, site: Site, label: str | None = None) -> Model | None:
        """The multi-output model an expression certainly evaluates to, else None."""
        if site.depth > _MAX_DEPTH:
            return None
        if isinstance(node, cst.Name):
            label = label or node.value
        found = self.resolver.deref(node, site)
        if found is None or not isinstance(found[0], cst.Call):
            return None
        call, site = found
        assert isinstance(call, cst.Call)
        if self.qualify(call.func, site) == "keras.Model":
            return self._memoized(call, site, lambda: self._functional(call, site, label))
        target = self.resolver.deref(call.func, site)
        if target is None:
            return None
        definition, home = target
        if isinstance(definition, cst.FunctionDef):
            body = self.resolver.enter(definition, home, call, site)
            returned = self.resolver.returned(definition, body)
            if returned is None:
                return None
            return self.model_of(returned[0], returned[1], label or f"{definition.name.value}()")
        if isinstance(definition, cst.ClassDef) and self._is_model_class(definition, home):
            return self._memoized(definition, home, lambda: self._subclassed(definition, home))
        return None

    def is_keras_model(self, node: cst.CSTNode, site: Site) -> bool:
        """Whether an expression certainly is a Keras model, of any number of outputs."""
        found = self.resolver.evaluate(node, site)
        if found is None or not isinstance(found[0], cst.Call):
            return False
        call, where = found
        assert isinstance(call, cst.Call)
        if self.qualify(call.func, where) in _MODEL_FACTORIES:
            return True
        target = self.resolver.deref(call.func, where)
        return (
            target is not None
            and isinstance(target[0], cst.ClassDef)
            and self._is_model_class(target[0], target[1])
        )

    def _memoized(
        self, node: cst.CSTNode, site: Site, build: Callable[[], Model | None]
    ) -> Model | None:
        """One Model per construction, unless it depends on a call's arguments."""
        if site.arguments:
            return build()
        if id(node) not in self._memo:
            self._memo[id(node)] = build()
        return self._memo[id(node)]

    # functional models ----------------------------------------------------
    def _functional(self, call: cst.Call, site: Site, label: str | None) -> Model | None:
        outputs_arg = keyword(call, "outputs", 1)
        if outputs_arg is None or has_star_arguments(call):
            return None
        found = self.resolver.deref(outputs_arg, site)
        if found is None:
            return None
        outputs_node, outputs_site = found
        if isinstance(outputs_node, (cst.List, cst.Tuple)):
            if any(isinstance(e, cst.StarredElement) for e in outputs_node.elements):
                return None
            structure = "list"
            outputs = tuple(self._list_output(e.value, outputs_site) for e in outputs_node.elements)
            values = [e.value for e in outputs_node.elements]
        elif isinstance(outputs_node, cst.Dict):
            dict_outputs = self._dict_outputs(outputs_node, outputs_site)
            if dict_outputs is None:
                return None
            structure, outputs = "dict", dict_outputs
            values = [e.value for e in outputs_node.elements if isinstance(e, cst.DictElement)]
        else:
            return None
        if len(outputs) < 2:
            return None
        name = keyword(call, "name")
        model_name = self.resolver.string(name, site) if name is not None else None
        return Model(
            node=call,
            label=model_name or label or "model",
            structure=structure,
            outputs=outputs,
            inputs=self._input_names(keyword(call, "inputs", 0), site),
            named_layers=self._named_layers(values, outputs_site),
            functional=True,
        )

    def _list_output(self, node: cst.BaseExpression, site: Site) -> Output:
        layer, name, unnamed = self.produced_by(node, site)
        return Output(key=name, layer_name=name, layer=layer, unnamed=unnamed)

    def _dict_outputs(self, node: cst.Dict, site: Site) -> tuple[Output, ...] | None:
        items = self.resolver.string_items(node, site)
        if items is None:
            return None
        outputs = []
        for key, element in items:
            layer, name, _ = self.produced_by(element.value, site)
            outputs.append(Output(key=key, layer_name=name, layer=layer))
        return tuple(outputs)

    def produced_by(
        self, node: cst.CSTNode, site: Site
    ) -> tuple[cst.Call | None, str | None, bool]:
        """(layer constructor, its name, whether it certainly has no ``name=``) of a tensor."""
        found = self.resolver.deref(node, site)
        if found is None or not isinstance(found[0], cst.Call):
            return None, None, False
        call, site = found
        assert isinstance(call, cst.Call)
        layer = self.layer_constructor(call.func, site)
        if layer is not None:
            return (layer[0], *self._layer_name(*layer))
        qualified = self.qualify(call.func, site) or ""
        if qualified == "keras.Input" or (
            qualified.startswith("keras.layers.") and qualified[13:14].islower()
        ):
            return (call, *self._layer_name(call, site))  # an input, or layers.add(...)
        return None, None, False

    def _layer_name(self, call: cst.Call, site: Site) -> tuple[str | None, bool]:
        name = keyword(call, "name")
        if name is None:
            return None, not has_star_arguments(call)
        return self.resolver.string(name, site), False

    def layer_constructor(self, node: cst.CSTNode, site: Site) -> tuple[cst.Call, Site] | None:
        """The ``layers.X(...)`` call a callee expression certainly is, else None."""
        found = self.resolver.deref(node, site)
        if found is None or not isinstance(found[0], cst.Call):
            return None
        call, site = found
        assert isinstance(call, cst.Call)
        qualified = self.qualify(call.func, site) or ""
        layer_class = qualified.removeprefix("keras.layers.")
        if layer_class == qualified or not layer_class[:1].isupper() or "." in layer_class:
            return None
        return None if layer_class in _NOT_LAYERS else (call, site)

    def _named_layers(
        self, outputs: list[cst.BaseExpression], site: Site
    ) -> tuple[tuple[str, cst.Call], ...]:
        """Distinct layer constructors with a literal name reached backwards from the outputs,
        in the order of the statements that build them."""
        seen: set[int] = set()
        layers: dict[int, tuple[int, str, cst.Call]] = {}
        pending: list[tuple[cst.CSTNode, Site]] = [(node, site) for node in outputs]
        while pending and len(seen) < 10_000:
            node, where = pending.pop()
            found = self.resolver.deref(node, where)
            if found is None or id(found[0]) in seen:
                continue
            node, where = found
            seen.add(id(node))
            if isinstance(node, cst.Call):
                layer = self.layer_constructor(node.func, where)
                if layer is not None:
                    name, _ = self._layer_name(*layer)
                    if name is not None:
                        layers[id(layer[0])] = (layer[1].order, name, layer[0])
                pending.extend((arg.value, where) for arg in node.args)
            elif isinstance(node, (cst.List, cst.Tuple)):
                pending.extend((e.value, where) for e in node.elements)
        ordered = sorted(layers.values(), key=lambda item: item[0])
        return tuple((name, layer) for _, name, layer in ordered)

    def _input_names(self, node: cst.BaseExpression | None, site: Site) -> tuple[str, ...] | None:
        if node is None:
            return None
        found = self.resolver.deref(node, site)
        if found is None:
            return None
        node, site = found
        if isinstance(node, (cst.List, cst.Tuple)):
            items = [e.value for e in node.elements]
        elif isinstance(node, cst.Dict):
            items = [e.value for e in node.elements if isinstance(e, cst.DictElement)]
            if len(items) != len(node.elements):
                return None
        else:
            items = [node]
        names = [self._input_name(item, site) for item in items]
        return None if any(name is None for name in names) else tuple(names)  # type: ignore[arg-type]

    def _input_name(self, node: cst.BaseExpression, site: Site) -> str | None:
        found = self.resolver.deref(node, site)
        if found is None or not isinstance(found[0], cst.Call):
            return None
        call, site = found
        assert isinstance(call, cst.Call)
        if self.qualify(call.func, site) != "keras.Input":
            return None
        name = keyword(call, "name")
        return None if name is None else self.resolver.string(name, site)

    # subclassed models ----------------------------------------------------
    def _is_model_class(self, definition: cst.ClassDef, home: Site) -> bool:
        for base in definition.bases:
            if self.qualify(base.value, home) == "keras.Model":
                return True
            found = self.resolver.deref(base.value, home)
            if found and isinstance(found[0], cst.ClassDef) and found[0] is not definition:
                return self._is_model_class(found[0], found[1])
        return False

    def _subclassed(self, definition: cst.ClassDef, home: Site) -> Model | None:
        call = next(
            (
                statement
                for statement in definition.body.body
                if isinstance(statement, cst.FunctionDef) and statement.name.value == "call"
            ),
            None,
        )
        if call is None:
            return None
        scope = home.index.scopes[call]
        key_sets = set()
        for order, path, value in scope.returns:
            if value is None:
                return None
            found = self.resolver.deref(value, Site(home.index, scope, order, path))
            if found is None or not isinstance(found[0], cst.Dict):
                return None
            keys = self._dict_outputs(found[0], found[1])
            if keys is None:
                return None
            key_sets.add(tuple(output.key for output in keys))
        if len(key_sets) != 1:
            return None
        keys = key_sets.pop()
        if len(keys) < 2:
            return None
        return Model(
            node=definition,
            label=definition.name.value,
            structure="dict",
            outputs=tuple(Output(key=key, layer_name=None, layer=None) for key in keys),
            inputs=None,
            named_layers=(),
            functional=False,
        )
