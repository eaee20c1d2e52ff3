"""What every rule is: a code, a page of documentation, examples, and a check over facts."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import ClassVar

import libcst as cst

from kgen.keras_names import closest
from kgen.lint.facts import ModuleFacts
from kgen.lint.facts.models import Model
from kgen.lint.facts.usages import Key, KeyedDict


@dataclass(frozen=True)
class Report:
    """A rule's finding before positions are known: the node and the message."""

    node: cst.CSTNode
    message: str


@dataclass(frozen=True)
class Invalid:
    """An example that must give this rule's finding at ``line``:``column`` (1-based)."""

    code: str
    line: int
    column: int


class Rule:
    """Metadata and examples shared by all rules; the class docstring is the rule's page.

    ``valid`` examples must lint silent for this rule; each ``invalid`` example must give
    exactly the findings of this rule listed with it. The examples run as tests.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]
    severity: ClassVar[str] = "error"
    valid: ClassVar[tuple[str, ...]]
    invalid: ClassVar[tuple[Invalid, ...]]

    @classmethod
    def documentation(cls) -> str:
        """The rule's page: code, name, summary and its docstring."""
        body = textwrap.dedent(cls.__doc__ or "").strip()
        example = cls.invalid[0]
        return (
            f"{cls.code} ({cls.name}): {cls.summary}\n\n{body}\n\n"
            f"Example (reported at line {example.line}, column {example.column}):\n\n"
            f"{textwrap.indent(example.code, '    ')}\n"
            f"Silent:\n\n{textwrap.indent(cls.valid[0], '    ')}"
        )


class FactRule(Rule):
    """A rule that compares the facts of a module."""

    def check(self, facts: ModuleFacts) -> Iterator[Report]:
        """Yield a report for each problem the facts show."""
        raise NotImplementedError


def did_you_mean(name: str, candidates: Iterable[str]) -> str:
    """``; did you mean 'seg'?`` when a candidate is close, else an empty string."""
    suggestion = closest(name, candidates)
    return f"; did you mean {suggestion!r}?" if suggestion and suggestion != name else ""


def layer_name_keys(model: Model) -> dict[str, str]:
    """For a dict-outputs model, the layer names that are not keys, mapped to their keys."""
    if model.structure != "dict":
        return {}
    keys = set(model.names or ())
    return {
        output.layer_name: output.key
        for output in model.outputs
        if output.layer_name and output.key and output.layer_name not in keys
    }


def unknown_keys(structure: KeyedDict, model: Model) -> Iterator[Key]:
    """Keys that name no output and are not the layer name of a dict output (KG112's case)."""
    names = model.names
    if names is None:
        return
    misused_layer_names = layer_name_keys(model)
    for key in structure.keys:
        if key.name not in names and key.name not in misused_layer_names:
            yield key


def wrong_keys(what: str, structure: KeyedDict, model: Model, note: str = "") -> Iterator[Report]:
    """A report for each key of ``structure`` that names no output of ``model``."""
    for key in unknown_keys(structure, model):
        yield Report(
            key.node,
            f"{what} key {key.name!r} is not an output of {model.describe()}{note}"
            + did_you_mean(key.name, model.names or ()),
        )


def missing_entries(
    what: str, structure: KeyedDict, model: Model, note: str = ""
) -> Iterator[Report]:
    """One report when ``structure`` leaves outputs out (those a wrong key meant excepted)."""
    missing = missing_outputs(structure, model)
    if missing:
        yield Report(
            structure.node,
            f"{what} dict has no entry for output {quoted(missing)} of {model.describe()}{note}",
        )


def missing_outputs(structure: KeyedDict, model: Model) -> list[str]:
    """Outputs a dict leaves out, except those a wrong key evidently meant."""
    names = model.names or ()
    present = {key.name for key in structure.keys}
    meant = set()
    for key in structure.keys:
        if key.name in names:
            continue
        meant.add(layer_name_keys(model).get(key.name) or closest(key.name, names))
    return [name for name in names if name not in present and name not in meant]


def unknown_identifier(
    kind: str,
    value: str,
    node: cst.CSTNode,
    accepted: Callable[[str], bool],
    candidates: Iterable[str],
    unusable: Mapping[str, str],
) -> Report | None:
    """A report for a loss or metric string that ``compile`` cannot use, else None."""
    if accepted(value):
        return None
    if value in unusable:
        return Report(
            node,
            f"{kind} {value!r} cannot be given as a string ({unusable[value]}): Keras raises "
            "at the first fit; pass an instance instead",
        )
    return Report(
        node,
        f"unknown {kind} {value!r}: Keras raises 'Could not interpret {kind} identifier'"
        + did_you_mean(value, candidates),
    )


def quoted(names: Iterable[str]) -> str:
    """``'a', 'b'``."""
    return ", ".join(repr(name) for name in names)
