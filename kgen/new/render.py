"""Render every template of a generated project in memory.

Values from the spec reach the generated code only through the ``pyrepr`` filter, which
writes them as Python literals, so a spec can never inject code.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING, Any

import jinja2
import yaml

from kgen.new.plan import render_model
from kgen.new.spec import Spec

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

TEMPLATE_SUFFIX = ".j2"


def pyrepr(value: Any) -> str:
    """``value`` as a Python literal, preferring double quotes: ``["acc"]``, ``(4,)``."""
    if isinstance(value, str):
        plain = value.isprintable() and '"' not in value and "\\" not in value
        return f'"{value}"' if plain else repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(pyrepr(item) for item in value) + "]"
    if isinstance(value, tuple):
        items = [pyrepr(item) for item in value]
        return f"({items[0]},)" if len(items) == 1 else "(" + ", ".join(items) + ")"
    if isinstance(value, dict):
        pairs = (f"{pyrepr(key)}: {pyrepr(item)}" for key, item in value.items())
        return "{" + ", ".join(pairs) + "}"
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    raise TypeError(f"no Python literal for {type(value).__name__}")


def spec_yaml(spec: Spec) -> str:
    """The spec with every default spelled out, as YAML with short lists on one line."""
    return yaml.dump(spec.to_document(), Dumper=_SpecDumper, sort_keys=False, width=1000)


def render_project(spec: Spec) -> dict[str, str]:
    """Every file of the project for ``spec``: relative POSIX path -> text."""
    templates = dict(_template_texts(resources.files("kgen.templates"), ""))
    environment = jinja2.Environment(
        loader=jinja2.DictLoader(templates),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    environment.filters["pyrepr"] = pyrepr
    context = {**render_model(spec), "spec_yaml": spec_yaml(spec)}
    return {
        name.removesuffix(TEMPLATE_SUFFIX): environment.get_template(name).render(context)
        for name in sorted(templates)
    }


def _template_texts(folder: Traversable, prefix: str) -> list[tuple[str, str]]:
    found = []
    for entry in folder.iterdir():
        if entry.is_dir():
            found += _template_texts(entry, f"{prefix}{entry.name}/")
        elif entry.name.endswith(TEMPLATE_SUFFIX):
            found.append((prefix + entry.name, entry.read_text(encoding="utf-8")))
    return found


class _SpecDumper(yaml.SafeDumper):
    """Writes lists of scalars in flow style: ``shape: [64, 64, 3]``."""


def _represent_list(dumper: yaml.SafeDumper, value: list) -> yaml.Node:
    flow = all(not isinstance(item, (list, dict)) for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_SpecDumper.add_representer(list, _represent_list)
