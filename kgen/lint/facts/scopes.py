"""One pass over a module: imports, scopes, assignments in order, and the calls rules need.

Name resolution is deliberately conservative: a name resolves only to an assignment that
certainly ran before the use (same block or an enclosing one, not a branch or a loop body
the use is outside of). Anything else — loops, unpacking, ``global``, names rebound in a
branch — resolves to nothing, and rules stay silent.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cache

import libcst as cst

from kgen.lint.facts.names import ImportTable

Path = tuple[int, ...]

TRAINING_METHODS = frozenset({"fit", "evaluate", "train_on_batch", "test_on_batch"})
# Methods that change a dict or list in place, after which its literal no longer tells its keys.
_MUTATORS = frozenset(
    {
        "update",
        "setdefault",
        "pop",
        "popitem",
        "clear",
        "append",
        "extend",
        "insert",
        "remove",
        "__setitem__",
        "__delitem__",
    }
)


@dataclass(frozen=True)
class Binding:
    """One assignment of a name; ``value`` is None when the assigned value is opaque."""

    order: int
    path: Path
    value: cst.CSTNode | None


@dataclass
class Scope:
    """A module, class body or function body and the names assigned in it."""

    node: cst.CSTNode
    parent: Scope | None
    bindings: dict[str, list[Binding]] = field(default_factory=dict)
    opaque: set[str] = field(default_factory=set)
    returns: list[tuple[int, Path, cst.BaseExpression | None]] = field(default_factory=list)

    def bind(self, name: str, binding: Binding) -> None:
        """Record that ``name`` is assigned here."""
        self.bindings.setdefault(name, []).append(binding)


@dataclass(frozen=True)
class CallSite:
    """A call found in a scope, with its statement's order and block path."""

    call: cst.Call
    scope: Scope
    order: int
    path: Path


@dataclass
class ModuleIndex:
    """Everything one traversal learns about a module."""

    module: cst.Module
    path: str
    imports: ImportTable
    root: Scope
    scopes: dict[cst.CSTNode, Scope]
    method_calls: list[CallSite]
    calls: list[CallSite]


class _Indexer:
    def __init__(self) -> None:
        self.imports = ImportTable()
        self.order = 0
        self.root: Scope | None = None
        self.scope_stack: list[Scope] = []
        self.path_stack: list[list[int]] = []
        self.scopes: dict[cst.CSTNode, Scope] = {}
        self.method_calls: list[CallSite] = []
        self.calls: list[CallSite] = []

    # scopes -------------------------------------------------------------
    @property
    def scope(self) -> Scope:
        return self.scope_stack[-1]

    @property
    def path(self) -> Path:
        return tuple(self.path_stack[-1])

    def _enter(self, node: cst.CSTNode) -> None:
        scope = Scope(node, self.scope_stack[-1] if self.scope_stack else None)
        self.scopes[node] = scope
        self.scope_stack.append(scope)
        self.path_stack.append([])

    def _leave(self) -> None:
        self.scope_stack.pop()
        self.path_stack.pop()

    def visit_Module(self, node: cst.Module) -> None:
        self._enter(node)
        self.root = self.scope

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self._bind(node.name.value, node)
        self.order += 1
        self._enter(node)

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self._leave()

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self._bind(node.name.value, node)
        self.order += 1
        self._enter(node)

    def leave_ClassDef(self, original_node: cst.ClassDef) -> None:
        self._leave()

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False  # a lambda's body binds nothing the rules read

    # blocks -------------------------------------------------------------
    def _open_block(self, node: cst.CSTNode) -> None:
        self.path_stack[-1].append(id(node))

    def _close_block(self) -> None:
        self.path_stack[-1].pop()

    def visit_If(self, node: cst.If) -> None:
        self.order += 1
        self._open_block(node)

    def leave_If(self, original_node: cst.If) -> None:
        self._close_block()

    def visit_Else(self, node: cst.Else) -> None:
        self._open_block(node)

    def leave_Else(self, original_node: cst.Else) -> None:
        self._close_block()

    def visit_For(self, node: cst.For) -> None:
        self.order += 1
        self._open_block(node)
        self._bind_opaque_targets(node.target)

    def leave_For(self, original_node: cst.For) -> None:
        self._close_block()

    def visit_While(self, node: cst.While) -> None:
        self.order += 1
        self._open_block(node)

    def leave_While(self, original_node: cst.While) -> None:
        self._close_block()

    def visit_Try(self, node: cst.Try) -> None:
        self.order += 1
        self._open_block(node)

    def leave_Try(self, original_node: cst.Try) -> None:
        self._close_block()

    def visit_ExceptHandler(self, node: cst.ExceptHandler) -> None:
        self._open_block(node)
        if node.name is not None:
            self._bind_opaque_targets(node.name.name)

    def leave_ExceptHandler(self, original_node: cst.ExceptHandler) -> None:
        self._close_block()

    def visit_Match(self, node: cst.Match) -> None:
        self.order += 1
        self._open_block(node)

    def leave_Match(self, original_node: cst.Match) -> None:
        self._close_block()

    def visit_With(self, node: cst.With) -> None:
        self.order += 1
        for item in node.items:
            if item.asname is not None:
                self._bind_opaque_targets(item.asname.name)

    # statements and bindings -------------------------------------------
    def visit_SimpleStatementLine(self, node: cst.SimpleStatementLine) -> None:
        self.order += 1

    def visit_SimpleStatementSuite(self, node: cst.SimpleStatementSuite) -> None:
        self.order += 1

    def visit_Import(self, node: cst.Import) -> None:
        self.imports.add(node)

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        self.imports.add(node)

    def visit_Assign(self, node: cst.Assign) -> None:
        for target in node.targets:
            self._bind_target(target.target, node.value)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if isinstance(node.target, cst.Name) and node.value is not None:
            self._bind(node.target.value, node.value)

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        self._bind_opaque_targets(node.target)

    def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
        self._bind_opaque_targets(node.target)

    def visit_Global(self, node: cst.Global) -> None:
        names = {item.name.value for item in node.names}
        self.scope.opaque.update(names)
        self.scope_stack[0].opaque.update(names)  # the function rebinds the module's name

    def visit_Nonlocal(self, node: cst.Nonlocal) -> None:
        self.scope.opaque.update(item.name.value for item in node.names)

    def visit_Del(self, node: cst.Del) -> None:
        self._bind_opaque_targets(node.target)

    def visit_Return(self, node: cst.Return) -> None:
        self.scope.returns.append((self.order, self.path, node.value))

    def visit_Call(self, node: cst.Call) -> None:
        func = node.func
        if (
            isinstance(func, cst.Attribute)
            and isinstance(func.value, cst.Name)
            and func.attr.value in _MUTATORS
        ):
            self._bind(func.value.value, None)  # the container changed: its literal is stale
        site = CallSite(node, self.scope, self.order, self.path)
        self.calls.append(site)
        if isinstance(node.func, cst.Attribute) and (
            node.func.attr.value == "compile" or node.func.attr.value in TRAINING_METHODS
        ):
            self.method_calls.append(site)

    def _bind(self, name: str, value: cst.CSTNode | None) -> None:
        self.scope.bind(name, Binding(self.order, self.path, value))

    def _bind_target(self, target: cst.CSTNode, value: cst.CSTNode) -> None:
        """Bind a name, or each name of ``a, b = x, y`` to its own value."""
        if isinstance(target, cst.Name):
            self._bind(target.value, value)
        elif (
            isinstance(target, (cst.Tuple, cst.List))
            and isinstance(value, (cst.Tuple, cst.List))
            and len(target.elements) == len(value.elements)
            and not any(
                isinstance(e, cst.StarredElement) for e in (*target.elements, *value.elements)
            )
        ):
            for name, item in zip(target.elements, value.elements, strict=True):
                self._bind_target(name.value, item.value)
        else:
            self._bind_opaque_targets(target)

    def _bind_opaque_targets(self, target: cst.CSTNode) -> None:
        if isinstance(target, cst.Name):
            self._bind(target.value, None)
        elif isinstance(target, (cst.Subscript, cst.Attribute)):
            base = target.value
            while isinstance(base, (cst.Subscript, cst.Attribute)):
                base = base.value
            if isinstance(base, cst.Name):
                self._bind(base.value, None)  # ``y["b"] = ...`` changes what ``y`` holds
        elif isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                self._bind_opaque_targets(element.value)
        elif isinstance(target, cst.StarredElement):
            self._bind_opaque_targets(target.value)


_TOKEN_MODULES = frozenset({"libcst._nodes.whitespace", "libcst._nodes.op"})


@cache
def _child_fields(node_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(node_type))


def _children(node: cst.CSTNode) -> list[cst.CSTNode]:
    """Child nodes in source order, without whitespace and operator tokens."""
    children: list[cst.CSTNode] = []
    for name in _child_fields(type(node)):
        value = getattr(node, name)
        values = value if isinstance(value, (tuple, list)) else (value,)
        children.extend(
            child
            for child in values
            if isinstance(child, cst.CSTNode) and type(child).__module__ not in _TOKEN_MODULES
        )
    return children


def _walk(root: cst.CSTNode, visitor: _Indexer) -> None:
    """Call ``visit_<Type>``/``leave_<Type>`` like libcst's visitor, several times faster.

    libcst's own traversal rebuilds every node it visits; reading the dataclass fields
    directly and skipping whitespace and operator tokens keeps indexing cheap.
    """
    stack: list[tuple[cst.CSTNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        name = type(node).__name__
        if leaving:
            leave = getattr(visitor, f"leave_{name}", None)
            if leave is not None:
                leave(node)
            continue
        visit = getattr(visitor, f"visit_{name}", None)
        if visit is not None and visit(node) is False:
            continue
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(_children(node)))


def index_module(module: cst.Module, path: str) -> ModuleIndex:
    """Traverse ``module`` once and return its index."""
    indexer = _Indexer()
    _walk(module, indexer)
    assert indexer.root is not None
    return ModuleIndex(
        module=module,
        path=path,
        imports=indexer.imports,
        root=indexer.root,
        scopes=indexer.scopes,
        method_calls=indexer.method_calls,
        calls=indexer.calls,
    )
