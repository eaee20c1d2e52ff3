"""The bundled example specs: the seed article's three multi-output scenarios."""

from __future__ import annotations

from importlib import resources

SUFFIX = ".yaml"


def example_names() -> list[str]:
    """Names of the bundled examples, sorted."""
    files = resources.files(__name__).iterdir()
    return sorted(entry.name.removesuffix(SUFFIX) for entry in files
                  if entry.name.endswith(SUFFIX))


def example_text(name: str) -> str:
    """The YAML text of the example ``name``; raises KeyError for an unknown name."""
    if name not in example_names():
        raise KeyError(name)
    return resources.files(__name__).joinpath(name + SUFFIX).read_text(encoding="utf-8")
