"""Time ``kgen lint`` against ``ruff check`` and ``fixit lint`` over one corpus, in one run.

Usage::

    python bench/lint.py [CORPUS] [--fixit-sample 100] [--repeat 1] [--profile]

CORPUS is a directory of Python files (the Keras repository checked out at /tmp/keras is
the reference corpus); without it a synthetic corpus is generated in a temporary directory.
fixit takes minutes on a large corpus, so it lints an evenly spaced sample of files and its
time is scaled by the corpus's bytes over the sample's; the table says so. ``--profile``
adds where ``kgen lint``'s time goes: discovery, the text pre-filter, and linting per file.
Each tool runs as a subprocess from this interpreter's environment; wall times are the best
of ``--repeat`` runs. Requires the ``bench`` extra (ruff, fixit).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Timing:
    """One tool's wall time over the corpus (scaled from a sample when ``note`` says so)."""

    tool: str
    seconds: float
    note: str = ""


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kgen-bench-") as scratch:
        corpus = args.corpus or _synthetic_corpus(Path(scratch) / "corpus", args.files)
        files = sorted(str(path) for path in Path(corpus).rglob("*.py"))
        total_bytes = sum(os.path.getsize(path) for path in files)
        print(f"corpus: {corpus} ({len(files)} .py files, {total_bytes / 1e6:.1f} MB)")
        print(f"machine: {_machine()}\n")
        timings = _time_tools(str(corpus), files, Path(scratch), args)
        print(_table(timings))
        if args.profile:
            print(_profile(str(corpus)))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="directory to lint")
    parser.add_argument("--files", type=int, default=600, help="synthetic corpus size")
    parser.add_argument("--fixit-sample", type=int, default=100, help="files fixit lints")
    parser.add_argument("--repeat", type=int, default=1, help="runs per tool; the best counts")
    parser.add_argument("--profile", action="store_true", help="also profile kgen lint")
    return parser


def _time_tools(
    corpus: str, files: list[str], scratch: Path, args: argparse.Namespace
) -> list[Timing]:
    cache = str(scratch / "ruff-cache")
    ruff, kgen = str(BIN / "ruff"), str(BIN / "kgen")
    kgen_home = scratch / "kgen-home"  # kgen keeps its cache in the working directory
    kgen_home.mkdir()
    _run([ruff, "check", "--exit-zero", "--cache-dir", cache, corpus])  # fill the caches
    _run([kgen, "lint", corpus], cwd=kgen_home)
    timings = [
        Timing("kgen lint --no-cache", _best(args.repeat, [kgen, "lint", "--no-cache", corpus])),
        Timing("kgen lint (warm cache)", _best(args.repeat, [kgen, "lint", corpus], kgen_home)),
        Timing("ruff check --no-cache", _best(args.repeat, [ruff, "check", "--exit-zero",
                                                            "--no-cache", corpus])),
        Timing("ruff check (warm cache)", _best(args.repeat, [ruff, "check", "--exit-zero",
                                                              "--cache-dir", cache, corpus])),
    ]  # fmt: skip
    timings.append(_time_fixit(files, scratch, args))
    return timings


def _time_fixit(files: list[str], scratch: Path, args: argparse.Namespace) -> Timing:
    """fixit over an evenly spaced sample; the time past its start-up is scaled by bytes."""
    fixit = str(BIN / "fixit")
    empty = scratch / "empty.py"
    empty.write_text("")
    start_up = _best(args.repeat, [fixit, "lint", str(empty)])
    sample = files[:: max(1, len(files) // args.fixit_sample)][: args.fixit_sample]
    scale = sum(map(os.path.getsize, files)) / sum(map(os.path.getsize, sample))
    seconds = _best(args.repeat, [fixit, "lint", *sample])
    note = (
        f"{len(sample)}-file sample took {seconds:.1f} s; start-up {start_up:.1f} s + "
        f"the rest x{scale:.1f} (corpus bytes / sample bytes)"
    )
    return Timing("fixit lint (scaled)", start_up + (seconds - start_up) * scale, note)


def _best(repeat: int, command: list[str], cwd: Path | None = None) -> float:
    return min(_run(command, cwd) for _ in range(repeat))


def _run(command: list[str], cwd: Path | None = None) -> float:
    """Wall seconds of one run; exit codes 0 and 1 (findings) both count as success."""
    start = time.perf_counter()
    done = subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=cwd
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command[:3])} failed ({done.returncode}): {done.stderr}")
    return seconds


def _table(timings: list[Timing]) -> str:
    ruff = next(t.seconds for t in timings if t.tool == "ruff check --no-cache")
    rows = [
        "| tool | wall time (s) | ratio to `ruff check --no-cache` | note |",
        "|---|---:|---:|---|",
    ]
    rows += [f"| {t.tool} | {t.seconds:.2f} | {t.seconds / ruff:.1f} | {t.note} |" for t in timings]
    return "\n".join(rows) + "\n"


def _profile(corpus: str) -> str:
    """Where kgen's time goes, measured in this process with the library functions."""
    from kgen.lint.config import LintOptions, SettingsResolver
    from kgen.lint.engine import lint_source
    from kgen.lint.files import decode_python, discover, may_hold_keras_code
    from kgen.lint.rules import RULES

    start = time.perf_counter()
    resolver = SettingsResolver(LintOptions(), RULES)
    sources = [s.path for s in discover([corpus], resolver.for_directory)]
    discovered = time.perf_counter()
    contents = [Path(path).read_bytes() for path in sources]
    hits = [(p, c) for p, c in zip(sources, contents, strict=True) if may_hold_keras_code(c)]
    filtered = time.perf_counter()
    costs = []
    for path, content in hits:
        begin = time.perf_counter()
        lint_source(decode_python(content), path)
        costs.append((time.perf_counter() - begin) * 1000)
    hit_bytes = sum(len(content) for _, content in hits)
    return "\n".join(
        [
            f"discovery: {len(sources)} files in {(discovered - start) * 1000:.0f} ms",
            f"read + text pre-filter: {(filtered - discovered) * 1000:.0f} ms; "
            f"{len(hits)} files ({hit_bytes / 1e6:.1f} MB) pass, "
            f"{len(sources) - len(hits)} skipped",
            f"lint_source, serial: {sum(costs) / 1000:.1f} s; per file median "
            f"{statistics.median(costs):.1f} ms, 95th percentile "
            f"{statistics.quantiles(costs, n=20)[-1]:.0f} ms, max {max(costs):.0f} ms; "
            f"{sum(costs) / (hit_bytes / 1e6) / 1000:.2f} s per MB",
        ]
    )


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


SYNTHETIC_MODEL = """\
import keras
from keras import layers


def build_model_{n}():
    inputs = keras.Input(shape=(16,), name="features")
    hidden = layers.Dense(32, activation="relu")(inputs)
    score = layers.Dense(1, name="score")(hidden)
    label = layers.Dense(4, activation="softmax", name="label")(hidden)
    return keras.Model(inputs, [score, label])


model = build_model_{n}()
model.compile(
    optimizer="adam",
    loss={{"{score_key}": "mse", "label": "categorical_crossentropy"}},
    metrics={{"label": ["accuracy"]}},
)
"""
SYNTHETIC_PLAIN = '''\
"""Helpers {n}: plain Python with nothing for kgen to check."""

import json


def load_{n}(path):
    with open(path) as file:
        return json.load(file)


def total_{n}(values):
    return sum(value * {n} for value in values if value > 0)
'''


def _synthetic_corpus(root: Path, count: int) -> Path:
    """``count`` files: a third Keras training scripts (one in ten with a typo), the rest plain."""
    for n in range(count):
        package = root / f"package_{n % 20:02}"
        package.mkdir(parents=True, exist_ok=True)
        if n % 3 == 0:
            text = SYNTHETIC_MODEL.format(n=n, score_key="scor" if n % 10 == 0 else "score")
        else:
            text = SYNTHETIC_PLAIN.format(n=n)
        (package / f"module_{n:04}.py").write_text(text * 3 if n % 7 == 0 else text)
    return root


if __name__ == "__main__":
    if shutil.which(str(BIN / "fixit")) is None:
        raise SystemExit("fixit is not installed: pip install -e '.[bench]'")
    sys.exit(main())
