"""A whole lint run: discover files, read them, lint each (in parallel when it pays), filter."""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial

from kgen.lint.cache import ResultCache
from kgen.lint.config import LintOptions, SettingsResolver
from kgen.lint.files import (
    SourceFile,
    UnreadableSource,
    check_source_size,
    decode_python,
    discover,
    may_hold_keras_code,
    read_bytes,
)
from kgen.lint.finding import Finding
from kgen.lint.noqa import apply_noqa
from kgen.lint.notebook import MalformedNotebook, NotebookModule, notebook_module
from kgen.lint.rules import RULES

# Measured on 2 cores (docs/benchmarks.md): starting a pool of two costs about 45 ms, the
# time to lint two or three median files of the Keras repository (17 ms each); a pool gets
# one process per 8 discovered files, leaving room for the files the pre-filter skips.
FILES_PER_PROCESS = 8


class LintCrash(RuntimeError):
    """kgen itself failed on a file; the message is one line naming the file."""


def lint_paths(paths: Sequence[str], options: LintOptions) -> list[Finding]:
    """Lint every file under ``paths`` and return the findings sorted by place.

    Raises ``ConfigError`` for bad settings and ``LintCrash`` when kgen fails on a file.
    """
    resolver = SettingsResolver(options, RULES)
    sources = discover(paths, resolver.for_directory)
    jobs = options.jobs or _automatic_jobs(len(sources))
    cache = ResultCache(options.cache_directory)
    findings = [finding for found in _lint_all(sources, jobs, cache) for finding in found]
    return sorted(findings, key=_place)


def _automatic_jobs(file_count: int) -> int:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cpus or 1, file_count // FILES_PER_PROCESS))


def _lint_all(sources: list[SourceFile], jobs: int, cache: ResultCache) -> list[list[Finding]]:
    """Each file's findings, in no particular order."""
    if jobs == 1 or len(sources) < 2:
        return [lint_file(source, cache) for source in sources]
    largest_first = sorted(sources, key=_size, reverse=True)  # balances the processes' load
    try:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            return list(pool.map(partial(lint_file, cache=cache), largest_first))
    except BrokenProcessPool as error:
        raise LintCrash(f"a lint worker process died: {error}") from None


def _size(source: SourceFile) -> int:
    try:
        return os.path.getsize(source.path)
    except OSError:
        return 0


def lint_file(source: SourceFile, cache: ResultCache) -> list[Finding]:
    """The findings for one file that its settings select and no ``# noqa`` suppresses."""
    try:
        return _lint_file(source, cache)
    except Exception as error:
        reason = str(error).splitlines()[0] if str(error) else ""
        raise LintCrash(
            f"internal error while linting {source.path}: {type(error).__name__}: {reason}"
        ) from None


def _lint_file(source: SourceFile, cache: ResultCache) -> list[Finding]:
    path = source.path
    notebook: NotebookModule | None = None
    try:
        if path.endswith(".ipynb"):
            notebook = _read_notebook(path)
            text = notebook.source if notebook else None
        else:
            text = _read_python(path)
    except (UnreadableSource, MalformedNotebook) as error:
        findings = [_unparsable(path, error.line, error.column, error.reason)]
    else:
        findings = apply_noqa(_analyse(text, path, cache), text) if text else []
        if notebook is not None:
            findings = [notebook.locate(finding) for finding in findings]
    return [finding for finding in findings if source.settings.rules.enables(finding.code)]


def _read_python(path: str) -> str | None:
    """The file's text, or ``None`` when the text check shows nothing to lint."""
    data = read_bytes(path)
    if not may_hold_keras_code(data):
        return None
    check_source_size(data)
    return decode_python(data)


def _read_notebook(path: str) -> NotebookModule | None:
    """The notebook as a module, or ``None`` when there is nothing to lint in it."""
    data = read_bytes(path)
    if not may_hold_keras_code(data):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnreadableSource(f"cannot decode notebook as UTF-8: {error}") from None
    notebook = notebook_module(text)
    if notebook is not None:
        check_source_size(notebook.source)
    return notebook


def _analyse(text: str, path: str, cache: ResultCache) -> list[Finding]:
    try:
        return cache.analyze(text, path)
    except (RecursionError, MemoryError):
        return [_unparsable(path, 1, 1, "too deeply nested to lint")]


def _unparsable(path: str, line: int, column: int, reason: str) -> Finding:
    return Finding(path, line, column, line, column, "KG001", reason)


def _place(finding: Finding) -> tuple[str, int, int, int, str]:
    return (finding.path, finding.cell or 0, finding.line, finding.column, finding.code)
