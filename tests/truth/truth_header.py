"""Parse and judge the ``# truth:`` header of a corpus script (format: tests/corpus/README.md).

A claim is one ``# truth:`` comment line. ``check`` compares a claim with what
``corpus_runner.py`` observed when the script ran under Keras and returns the reasons
it does not hold (an empty list when it does).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TRUTH_LINE = re.compile(r"^\s*# truth: (?P<claim>.+?)\s*$")
RAISES = re.compile(r"^(?P<type>\w+): (?P<fragment>.+)$")
NON_SILENT_KINDS = frozenset({"raises", "warns"})
CHECKS_WITHOUT_ARGUMENTS = frozenset({"trains", "runs"})
# A buggy script must make one of these claims; a clean one must make none of them.
FAILURE_KINDS = frozenset({"raises", "warns", "untrained", "loss-weights"})
LOSS_TOLERANCE = 1e-4

Observation = dict[str, Any]


@dataclass(frozen=True)
class Claim:
    """``kind`` is the check; ``silent`` adds "and no exception escapes"."""

    kind: str
    argument: str
    silent: bool = False

    def __str__(self) -> str:
        prefix = "silent " if self.silent else ""
        return f"{prefix}{self.kind} {self.argument}".strip()


def source_lines(path: Path) -> list[str]:
    """A script's lines; for a notebook, the lines of its code cells in order."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".ipynb":
        return text.splitlines()
    cells = json.loads(text)["cells"]
    return [
        line
        for cell in cells
        if cell["cell_type"] == "code"
        for line in "".join(cell["source"]).splitlines()
    ]


def parse_claim(text: str) -> Claim:
    silent = text.startswith("silent ")
    kind, _, argument = text.removeprefix("silent ").partition(" ")
    if kind not in CHECKS:
        raise ValueError(f"unknown truth claim {text!r}")
    if silent and kind in NON_SILENT_KINDS:
        raise ValueError(f"a {kind!r} claim cannot be silent: {text!r}")
    if kind == "raises" and not RAISES.match(argument):
        raise ValueError(f"expected 'raises <ExceptionType>: <fragment>', got {text!r}")
    if bool(argument) == (kind in CHECKS_WITHOUT_ARGUMENTS):
        raise ValueError(f"wrong arguments for {kind!r}: {text!r}")
    return Claim(kind, argument, silent)


def read_claims(path: Path) -> list[Claim]:
    return [
        parse_claim(match["claim"]) for match in map(TRUTH_LINE.match, source_lines(path)) if match
    ]


def check(claim: Claim, seen: Observation) -> list[str]:
    problems = CHECKS[claim.kind](claim, seen)
    if claim.silent and seen["error"]:
        problems.append(f"raised {describe_error(seen)}")
    return problems


def describe_error(seen: Observation) -> str:
    error = seen["error"]
    return f"{error['type']}: {error['message']}" if error else "nothing"


def check_raises(claim: Claim, seen: Observation) -> list[str]:
    expected = RAISES.match(claim.argument)
    error = seen["error"]
    if error and error["type"] == expected["type"] and expected["fragment"] in error["message"]:
        return []
    return [f"expected {claim.argument!r}, raised {describe_error(seen)}"]


def check_warns(claim: Claim, seen: Observation) -> list[str]:
    if any(claim.argument in warning for warning in seen["warnings"]):
        return []
    return [f"no warning contains {claim.argument!r}; warnings: {seen['warnings']}"]


def check_runs(claim: Claim, seen: Observation) -> list[str]:
    return [f"raised {describe_error(seen)}"] if seen["error"] else []


def check_trains(claim: Claim, seen: Observation) -> list[str]:
    return check_runs(claim, seen) + ([] if seen["fits"] else ["never called fit"])


def check_untrained(claim: Claim, seen: Observation) -> list[str]:
    if not seen["fits"]:
        return ["never called fit"]
    first_fit = seen["fits"][0]
    trained = set(claim.argument.split()) - set(first_fit["unchanged_layers"])
    problems = [f"these layers were trained: {sorted(trained)}"] if trained else []
    if not first_fit["changed_layers"]:
        problems.append("no layer was trained at all")
    return problems


def check_loss_weights(claim: Claim, seen: Observation) -> list[str]:
    if not seen["fits"]:
        return ["never called fit"]
    history = seen["fits"][0]["history"]
    weights = {
        output: float(weight)
        for output, weight in (pair.split("=") for pair in claim.argument.split())
    }
    weighted = sum(weight * history[f"{output}_loss"] for output, weight in weights.items())
    if math.isclose(history["loss"], weighted, rel_tol=LOSS_TOLERANCE):
        return []
    return [f"total loss {history['loss']} != {weighted} from weights {weights}: {history}"]


def check_logs(claim: Claim, seen: Observation) -> list[str]:
    names = set(claim.argument.split())
    if any(names <= set(fit["history"]) for fit in seen["fits"]):
        return []
    return [f"no fit logged all of {sorted(names)}: {logged_names(seen)}"]


def check_logs_exactly(claim: Claim, seen: Observation) -> list[str]:
    names = set(claim.argument.split())
    if any(names == set(fit["history"]) for fit in seen["fits"]):
        return []
    return [f"no fit logged exactly {sorted(names)}: {logged_names(seen)}"]


def logged_names(seen: Observation) -> list[list[str]]:
    return [sorted(fit["history"]) for fit in seen["fits"]]


CHECKS = {
    "runs": check_runs,
    "trains": check_trains,
    "raises": check_raises,
    "warns": check_warns,
    "untrained": check_untrained,
    "loss-weights": check_loss_weights,
    "logs": check_logs,
    "logs-exactly": check_logs_exactly,
}
