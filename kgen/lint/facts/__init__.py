"""Facts about one module: its models and every place that names their outputs or inputs.

Extracted once per file into plain records; rules only compare them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import libcst as cst

from kgen.lint.facts.models import Model, ModelReader, keyword
from kgen.lint.facts.resolve import ModuleLoader, Resolver, Site
from kgen.lint.facts.scopes import TRAINING_METHODS, CallSite, ModuleIndex
from kgen.lint.facts.usages import Compile, Monitor, NamedData, UsageReader

__all__ = ["Identifier", "ModuleFacts", "extract_facts"]

_CALLER_DEPTH = 2


@dataclass(frozen=True)
class Identifier:
    """A loss or metric identifier string given to ``compile``."""

    kind: str  # "loss" or "metric"
    value: str
    node: cst.CSTNode


@dataclass
class ModuleFacts:
    """What one module says about multi-output models."""

    models: list[Model] = field(default_factory=list)
    compiles: list[Compile] = field(default_factory=list)
    data: list[NamedData] = field(default_factory=list)
    monitors: list[Monitor] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    plain_layers: list[cst.Call] = field(default_factory=list)

    def add_model(self, model: Model) -> None:
        """Record a model once, however many places refer to it."""
        if all(known is not model for known in self.models):
            self.models.append(model)


class _Extractor:
    def __init__(self, index: ModuleIndex, load_module: ModuleLoader) -> None:
        self.index = index
        self.resolver = Resolver(load_module)
        self.models = ModelReader(self.resolver)
        self.usages = UsageReader(self.models)
        self.facts = ModuleFacts()
        self._calls_by_name: dict[str, list[CallSite]] = {}
        for site in index.calls:
            if isinstance(site.call.func, cst.Name):
                self._calls_by_name.setdefault(site.call.func.value, []).append(site)

    def run(self) -> ModuleFacts:
        uses_keras = self.index.imports.uses_keras()
        for site in self.index.calls:
            self._scan_call(site, uses_keras)
        compiles_by_model: dict[int, list[Compile]] = {}
        for call_site in self.index.method_calls:
            if _method(call_site) == "compile":
                for model, where in self._receivers(call_site):
                    compiled = self.usages.compile(model, call_site.call, where)
                    self.facts.compiles.append(compiled)
                    compiles_by_model.setdefault(id(model), []).append(compiled)
                if uses_keras and self._is_keras_model_call(call_site):
                    self._identifiers(call_site)
        for call_site in self.index.method_calls:
            method = _method(call_site)
            if method not in TRAINING_METHODS:
                continue
            for model, where in self._receivers(call_site):
                self.facts.data += self.usages.data(model, call_site.call, method, where)
                if method == "fit":
                    compiles = tuple(compiles_by_model.get(id(model), ()))
                    self.facts.monitors += self.usages.monitors(
                        model, call_site.call, where, compiles
                    )
        return self.facts

    def _scan_call(self, call_site: CallSite, uses_keras: bool) -> None:
        if not uses_keras:
            return
        call = call_site.call
        site = self._default_site(call_site)
        if self.models.qualify(call.func, site) == "keras.Model":
            model = self.models.model_of(call, site)
            if model is not None:
                self.facts.add_model(model)
        elif isinstance(call.func, cst.Call) and (
            self.models.qualify(call.func.func, site) == "keras.layers.Layer"
        ):
            self.facts.plain_layers.append(call.func)

    def _default_site(self, call_site: CallSite) -> Site:
        return Site(self.index, call_site.scope, call_site.order, call_site.path)

    def _receivers(self, call_site: CallSite) -> list[tuple[Model, Site]]:
        """The models a method call's receiver certainly is, in each calling context."""
        func = call_site.call.func
        assert isinstance(func, cst.Attribute)
        receiver = func.value
        found = []
        for site in self._contexts_of(call_site):
            model = self.models.model_of(receiver, site)
            if model is not None:
                self.facts.add_model(model)
                found.append((model, site))
            if found and not site.arguments:
                break
        return found

    def _is_keras_model_call(self, call_site: CallSite) -> bool:
        """Whether the receiver of a method call is certainly a Keras model in some context."""
        func = call_site.call.func
        assert isinstance(func, cst.Attribute)
        return any(
            self.models.is_keras_model(func.value, site) for site in self._contexts_of(call_site)
        )

    def _contexts_of(self, call_site: CallSite, depth: int = 0) -> list[Site]:
        """The default site of a call, plus one per call of its function with known arguments."""
        default = self._default_site(call_site)
        function = call_site.scope.node
        if not isinstance(function, cst.FunctionDef) or depth >= _CALLER_DEPTH:
            return [default]
        sites = [default]
        home_scope = call_site.scope.parent
        assert home_scope is not None
        home = Site(self.index, home_scope, 1 << 30, ())
        for caller in self._callers(function):
            for caller_site in self._contexts_of(caller, depth + 1):
                body = self.resolver.enter(function, home, caller.call, caller_site)
                sites.append(
                    Site(
                        self.index,
                        call_site.scope,
                        call_site.order,
                        call_site.path,
                        body.arguments,
                        body.depth,
                    )
                )
        return sites

    def _callers(self, function: cst.FunctionDef) -> list[CallSite]:
        callers = []
        for site in self._calls_by_name.get(function.name.value, ()):
            target = self.resolver.deref(site.call.func, self._default_site(site))
            if target is not None and target[0] is function:
                callers.append(site)
        return callers

    def _identifiers(self, call_site: CallSite) -> None:
        call = call_site.call
        site = self._default_site(call_site)
        for kind, argument in (
            ("loss", keyword(call, "loss")),
            ("metric", keyword(call, "metrics")),
        ):
            if argument is not None:
                self._collect_identifiers(kind, argument, site)

    def _collect_identifiers(self, kind: str, node: cst.CSTNode, site: Site) -> None:
        found = self.resolver.deref(node, site)
        if found is None:
            return
        node, site = found
        if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
            value = self.resolver.string(node, site)
            if value is not None:
                self.facts.identifiers.append(Identifier(kind, value, node))
        elif isinstance(node, (cst.List, cst.Tuple)):
            for element in node.elements:
                self._collect_identifiers(kind, element.value, site)
        elif isinstance(node, cst.Dict):
            for element in node.elements:
                if isinstance(element, cst.DictElement):
                    self._collect_identifiers(kind, element.value, site)


def _method(call_site: CallSite) -> str:
    """The method name of an indexed ``receiver.method(...)`` call."""
    func = call_site.call.func
    assert isinstance(func, cst.Attribute)
    return func.attr.value


def extract_facts(index: ModuleIndex, load_module: ModuleLoader) -> ModuleFacts:
    """Extract the facts of an indexed module; ``load_module`` finds imported project modules."""
    return _Extractor(index, load_module).run()
