"""Read a spec file into plain data, remembering the YAML line of every key.

YAML is read node by node so that errors can name the line of the offending key and
duplicate keys are reported instead of silently dropped; TOML (chosen by the ``.toml``
extension) gives no line numbers.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

import yaml

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

FieldPath = tuple[str | int, ...]


class SpecError(Exception):
    """A spec problem, located by file, field path and (for YAML) line, with its fix."""

    def __init__(
        self, source: str, path: FieldPath, problem: str, fix: str = "", line: int | None = None
    ) -> None:
        self.source = source
        self.path = path
        self.problem = problem
        self.fix = fix
        self.line = line
        super().__init__(str(self))

    @property
    def field(self) -> str:
        """The field path as written in messages: ``heads.finding.metrics[0]``."""
        return format_path(self.path)

    def __str__(self) -> str:
        place = self.source if self.line is None else f"{self.source}:{self.line}"
        where = f"{place}: {self.field}" if self.path else place
        return f"{where}: {self.problem}" + (f"; {self.fix}" if self.fix else "")


def format_path(path: FieldPath) -> str:
    """Join a field path the way users write it: ``inputs.image.shape[1]``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


@dataclass(frozen=True)
class Document:
    """Parsed spec data plus the 1-based line of each key path (empty for TOML)."""

    source: str
    data: Any
    lines: dict[FieldPath, int] = field(default_factory=dict)

    def line(self, path: FieldPath) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        for end in range(len(path), 0, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return None

    def error(self, path: FieldPath, problem: str, fix: str = "") -> SpecError:
        """A ``SpecError`` at ``path`` in this document."""
        return SpecError(self.source, path, problem, fix, self.line(path))


def parse_document(text: str, source: str) -> Document:
    """Parse spec text; TOML when ``source`` ends in ``.toml``, YAML otherwise."""
    if source.endswith(".toml"):
        return _parse_toml(text, source)
    return _parse_yaml(text, source)


def _parse_toml(text: str, source: str) -> Document:
    try:
        return Document(source, tomllib.loads(text))
    except tomllib.TOMLDecodeError as error:
        raise SpecError(source, (), f"invalid TOML: {error}", "fix the TOML syntax") from None


def _parse_yaml(text: str, source: str) -> Document:
    reader = _YamlReader(text, source)
    try:
        node = reader.loader.get_single_node()
        data = None if node is None else reader.convert(node, ())
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        problem = f"invalid YAML: {error.problem or error}"
        raise SpecError(source, (), problem, "fix the YAML syntax", line) from None
    except yaml.YAMLError as error:
        raise SpecError(source, (), f"invalid YAML: {error}", "fix the YAML syntax") from None
    finally:
        reader.loader.dispose()
    return Document(source, data, reader.lines)


class _YamlReader:
    """Builds plain data from YAML nodes; mapping keys stay strings (``on:`` is not ``True``)."""

    def __init__(self, text: str, source: str) -> None:
        self.loader = yaml.SafeLoader(text)
        self.source = source
        self.lines: dict[FieldPath, int] = {}

    def convert(self, node: yaml.Node, path: FieldPath) -> Any:
        if isinstance(node, yaml.MappingNode):
            return self.convert_mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            items = enumerate(node.value)
            return [self.convert_item(item, (*path, index)) for index, item in items]
        return self.loader.construct_object(node, deep=True)

    def convert_item(self, node: yaml.Node, path: FieldPath) -> Any:
        self.lines[path] = node.start_mark.line + 1
        return self.convert(node, path)

    def convert_mapping(self, node: yaml.MappingNode, path: FieldPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or not key_node.value:
                raise SpecError(self.source, path, "keys must be plain names",
                                "write `name: value`", line)
            key = key_node.value
            if key in result:
                problem = f"duplicate key {key!r} (first on line {self.lines[(*path, key)]})"
                raise SpecError(self.source, (*path, key), problem, "keep one of them", line)
            self.lines[(*path, key)] = line
            result[key] = self.convert(value_node, (*path, key))
        return result
