"""Which local names refer to Keras and TensorFlow objects, from a module's imports."""

from __future__ import annotations

import libcst as cst

# Spellings of one object that Keras 3 exposes under several paths.
_PREFIXES = (
    ("tensorflow.keras.", "keras."),
    ("tensorflow.python.keras.", "keras."),
    ("keras.src.", "keras."),
)
_ALIASES = {
    "keras.models.Model": "keras.Model",
    "keras.engine.training.Model": "keras.Model",
    "keras.models.Sequential": "keras.Sequential",
    "keras.layers.Input": "keras.Input",
    "keras.saving.load_model": "keras.models.load_model",
    "tensorflow.data.experimental.Dataset": "tensorflow.data.Dataset",
}


def canonical(qualified: str) -> str:
    """Map one of Keras' many spellings of a name to a single one (``keras.Model``)."""
    if qualified in ("tensorflow.keras", "tensorflow.python.keras"):
        return "keras"
    for old, new in _PREFIXES:
        if qualified.startswith(old):
            qualified = new + qualified[len(old) :]
            break
    return _ALIASES.get(qualified, qualified)


def dotted(node: cst.BaseExpression) -> str | None:
    """Return ``a.b.c`` for a chain of names and attributes, else None."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr.value}" if base else None
    return None


class ImportTable:
    """Local names bound by ``import`` statements anywhere in a module.

    ``modules`` maps a local name to the dotted path it stands for; ``origins`` maps a
    name bound by ``from … import`` to (relative level, module, imported name), to find
    functions and classes defined in the linted project's other modules.
    """

    def __init__(self) -> None:
        self.modules: dict[str, str] = {}
        self.origins: dict[str, tuple[int, str, str]] = {}

    def add(self, node: cst.Import | cst.ImportFrom) -> None:
        """Record the names one import statement binds."""
        if isinstance(node, cst.Import):
            for alias in node.names:
                full = dotted(alias.name) or ""
                if alias.asname is not None:
                    self.modules[_as_name(alias)] = full
                else:
                    top = full.split(".")[0]
                    self.modules[top] = top
            return
        if isinstance(node.names, cst.ImportStar):
            return
        module = dotted(node.module) if node.module is not None else ""
        level = len(node.relative)
        for alias in node.names:
            imported = dotted(alias.name) or ""
            local = _as_name(alias) if alias.asname is not None else imported
            self.origins[local] = (level, module or "", imported)
            if not level:
                self.modules[local] = f"{module}.{imported}"

    def qualify(self, node: cst.BaseExpression) -> str | None:
        """Return the canonical qualified name of an imported name or attribute chain."""
        text = dotted(node)
        if text is None:
            return None
        head, _, rest = text.partition(".")
        if head not in self.modules:
            return None
        full = self.modules[head] + (f".{rest}" if rest else "")
        return canonical(full)

    def uses_keras(self) -> bool:
        """Whether the module imports Keras or TensorFlow at all."""
        return any(
            canonical(full).split(".")[0] in ("keras", "tensorflow")
            for full in self.modules.values()
        )


def _as_name(alias: cst.ImportAlias) -> str:
    assert alias.asname is not None
    target = alias.asname.name
    return target.value if isinstance(target, cst.Name) else ""
