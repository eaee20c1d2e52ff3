"""Follow names to the expressions they were last certainly assigned, across modules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst

from kgen.lint.facts.scopes import Binding, ModuleIndex, Scope

_MAX_STEPS = 40
_NEVER = 1 << 30
_LIBRARIES = frozenset({"keras", "tensorflow", "tf_keras", "numpy", "jax", "torch", "sklearn"})


@dataclass(frozen=True, eq=False)
class Site:
    """Where an expression is evaluated: module, scope, statement order, block path, arguments."""

    index: ModuleIndex
    scope: Scope
    order: int
    path: tuple[int, ...]
    arguments: dict[str, Bound] = field(default_factory=dict)
    depth: int = 0


Bound = tuple[cst.CSTNode, Site]


def _is_prefix(prefix: tuple[int, ...], path: tuple[int, ...]) -> bool:
    return path[: len(prefix)] == prefix


def _last_binding(scope: Scope, name: str, site: Site) -> Binding | bool | None:
    """The binding in force at ``site``: a Binding, False when uncertain, None when unbound."""
    before = [b for b in scope.bindings.get(name, ()) if b.order < site.order]
    if not before:
        return None
    last = before[-1]
    if last.value is None or not _is_prefix(last.path, site.path):
        return False
    return last


def _parameters(function: cst.FunctionDef) -> list[cst.Param]:
    params = function.params
    return [*params.posonly_params, *params.params, *params.kwonly_params]


ModuleLoader = Callable[[ModuleIndex, int, str], "ModuleIndex | None"]


class Resolver:
    """Resolves names to assigned expressions; loads sibling modules through ``load_module``."""

    def __init__(self, load_module: ModuleLoader) -> None:
        self.load_module = load_module

    def deref(self, node: cst.CSTNode, site: Site) -> Bound | None:
        """Follow a chain of names to the expression behind them, or None when unknowable."""
        for _ in range(_MAX_STEPS):
            if not isinstance(node, cst.Name):
                return node, site
            found = self.lookup(node.value, site)
            if found is None:
                return None
            node, site = found
        return None

    def evaluate(self, node: cst.CSTNode, site: Site) -> Bound | None:
        """Like ``deref``, also through calls of project functions with a single ``return``."""
        for _ in range(_MAX_STEPS):
            found = self.deref(node, site)
            if found is None or not isinstance(found[0], cst.Call) or site.depth > 4:
                return found
            call, site = found
            assert isinstance(call, cst.Call)
            target = self.deref(call.func, site)
            if target is None or not isinstance(target[0], cst.FunctionDef):
                return found
            returned = self.returned(target[0], self.enter(target[0], target[1], call, site))
            if returned is None:
                return None
            node, site = returned
        return None

    def lookup(self, name: str, site: Site) -> Bound | None:
        """The expression ``name`` certainly holds at ``site``."""
        scope = site.scope
        if name in scope.opaque:
            return None
        found = _last_binding(scope, name, site)
        if found is False:
            return None
        if isinstance(found, Binding):
            assert found.value is not None
            return found.value, Site(site.index, scope, found.order, found.path, site.arguments)
        if isinstance(scope.node, cst.FunctionDef):
            if any(p.name.value == name for p in _parameters(scope.node)):
                return site.arguments.get(name)
            if name in scope.bindings:
                return None  # assigned later in this function: unbound here
        if scope.parent is None:
            return self._imported(name, site.index)
        if _bound_in_enclosing_function(scope, name):
            return None  # a closure variable: not followed
        return self.global_lookup(name, site.index)

    def global_lookup(self, name: str, index: ModuleIndex) -> Bound | None:
        """A module-level name assigned exactly once at top level, or imported from the project."""
        bindings = index.root.bindings.get(name)
        if bindings is None:
            return self._imported(name, index)
        if len(bindings) != 1 or bindings[0].path or bindings[0].value is None:
            return None
        only = bindings[0]
        return only.value, Site(index, index.root, _NEVER, only.path)

    def _imported(self, name: str, index: ModuleIndex) -> Bound | None:
        origin = index.imports.origins.get(name)
        if origin is None:
            return None
        level, module, imported = origin
        if not level and module.split(".")[0] in _LIBRARIES:
            return None
        other = self.load_module(index, level, module)
        return None if other is None else self.global_lookup(imported, other)

    def string(self, node: cst.CSTNode, site: Site) -> str | None:
        """The value of a string expression known statically, else None."""
        found = self.deref(node, site)
        if found is None:
            return None
        node = found[0]
        if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
            value = node.evaluated_value
            return value if isinstance(value, str) else None
        return None

    def string_items(self, node: cst.Dict, site: Site) -> list[tuple[str, cst.DictElement]] | None:
        """A dict literal's (key, element) pairs when every key is a known string, else None."""
        items = []
        for element in node.elements:
            if not isinstance(element, cst.DictElement):
                return None  # ``**other``
            key = self.string(element.key, site)
            if key is None:
                return None
            items.append((key, element))
        return items

    def enter(self, function: cst.FunctionDef, home: Site, call: cst.Call, caller: Site) -> Site:
        """The site of ``function``'s body when called by ``call`` evaluated at ``caller``."""
        scope = home.index.scopes[function]
        arguments: dict[str, Bound] = {}
        params = _parameters(function)
        positional = [*function.params.posonly_params, *function.params.params]
        if all(arg.star == "" for arg in call.args):
            for position, arg in enumerate(call.args):
                if arg.keyword is not None:
                    arguments[arg.keyword.value] = (arg.value, caller)
                elif position < len(positional):
                    arguments[positional[position].name.value] = (arg.value, caller)
            definition = Site(home.index, home.scope, _NEVER, ())
            for param in params:
                if param.name.value not in arguments and param.default is not None:
                    arguments[param.name.value] = (param.default, definition)
        return Site(home.index, scope, _NEVER, (), arguments, caller.depth + 1)

    def returned(self, function: cst.FunctionDef, body: Site) -> Bound | None:
        """The expression a function returns, when it has exactly one ``return``."""
        returns = body.scope.returns
        if len(returns) != 1 or returns[0][2] is None:
            return None
        order, path, value = returns[0]
        assert value is not None
        return value, Site(body.index, body.scope, order, path, body.arguments, body.depth)


def _bound_in_enclosing_function(scope: Scope, name: str) -> bool:
    enclosing = scope.parent
    while enclosing is not None and enclosing.parent is not None:
        if isinstance(enclosing.node, cst.FunctionDef) and (
            name in enclosing.bindings
            or any(p.name.value == name for p in _parameters(enclosing.node))
        ):
            return True
        enclosing = enclosing.parent
    return False


def find_module(importer: str, level: int, module: str) -> Path | None:
    """The file of ``module`` imported from ``importer`` (relative ``level``), if in the project."""
    here = Path(importer).resolve().parent
    parts = module.split(".") if module else []
    if level:
        base = here
        for _ in range(level - 1):
            base = base.parent
        bases = [base]
    else:
        bases = [here, *list(here.parents)[:3]]
    for base in bases:
        target = base.joinpath(*parts) if parts else base
        for candidate in (target.with_suffix(".py"), target / "__init__.py"):
            if parts and candidate.is_file():
                return candidate
    return None
