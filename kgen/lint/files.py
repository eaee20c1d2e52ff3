"""Which files a lint run reads, and how their bytes become source text.

Directories are walked recursively for ``.py`` and ``.ipynb`` files, skipping version-control
and tool directories, virtualenvs and build output (``SKIPPED_DIRECTORIES``) and what the
settings exclude. A file or directory named on the command line is linted even inside a
skipped directory, but the configured ``exclude`` still applies to it: pre-commit passes every
changed file by name, so an exclude that named files escaped would not work in the hook.
"""

from __future__ import annotations

import io
import os
import re
import tokenize
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kgen.lint.config import Settings

SKIPPED_DIRECTORIES = frozenset(
    {
        ".git", ".hg", ".svn", ".venv", "venv", "env", "__pycache__", "build", "dist", ".tox",
        ".nox", ".mypy_cache", ".ruff_cache", ".pytest_cache", "node_modules", "site-packages",
        ".eggs", ".ipynb_checkpoints",
    }
)  # fmt: skip
SOURCE_SUFFIXES = (".py", ".ipynb")
# A file is read only up to MAX_FILE_BYTES (notebooks carry their outputs); the Python source
# that passes the pre-filter (a notebook's code cells) is linted only up to MAX_SOURCE_BYTES.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_SOURCE_BYTES = 5 * 1024 * 1024

# What a file must mention to hold anything kgen reports: a training call, a dataset built
# from tensors or a generator, a callback ``monitor=``, a model construction (``Model(``,
# ``Sequential(``, a class deriving from ``Model``) or the ``Layer(`` rename. Findings are
# placed in the module holding these, so a file with only imports, inputs or layers is
# skipped. In the Keras repository 251 of 1,009 files (5.0 of 12.8 MB) pass; a bare
# ``keras`` would let 959 through. Each pattern starts with literal text, which ``re`` finds
# fast: one alternation of them all took 300 ms there, these take 50 ms.
KERAS_HINTS = tuple(
    re.compile(pattern)
    for pattern in (
        rb"\.(?:compile|fit|evaluate|train_on_batch|test_on_batch)\s*\(",
        rb"from_(?:tensor_slices|generator)",
        rb"monitor\s*=",
        rb"Model(?<!\wModel)\s*\(",
        rb"Sequential(?<!\wSequential)\s*\(",
        rb"Layer(?<!\wLayer)\s*\(",
        rb"class\s+\w+\s*\([^)]*\bModel\s*[,)]",
    )
)


@dataclass(frozen=True)
class SourceFile:
    """A file to lint: its path as the user will see it, and the settings that apply."""

    path: str
    settings: Settings


class UnreadableSource(Exception):
    """A file whose text cannot be had, with the 1-based position and the reason."""

    def __init__(self, reason: str, line: int = 1, column: int = 1) -> None:
        super().__init__(reason)
        self.reason, self.line, self.column = reason, line, column


def discover(paths: Iterable[str], settings_for: Callable[[str], Settings]) -> list[SourceFile]:
    """The files to lint under ``paths``, sorted by path and each listed once.

    ``settings_for`` maps an absolute directory to the settings of the files in it.
    """
    found: dict[str, SourceFile] = {}
    for given in paths:
        absolute = os.path.abspath(given)
        settings = settings_for(os.path.dirname(absolute))
        if _excluded_with_parents(absolute, settings):
            continue
        if os.path.isdir(absolute):
            _walk(os.path.normpath(given), absolute, settings_for, found)
        else:
            found.setdefault(absolute, SourceFile(os.path.normpath(given), settings))
    return sorted(found.values(), key=lambda source: source.path)


def _walk(
    shown: str,
    absolute: str,
    settings_for: Callable[[str], Settings],
    found: dict[str, SourceFile],
) -> None:
    settings = settings_for(absolute)
    try:
        entries = list(os.scandir(absolute))
    except OSError:
        return
    for entry in entries:
        path = os.path.join(absolute, entry.name)
        if settings.excludes(path):
            continue
        if entry.is_dir(follow_symlinks=False):
            if not _skipped_directory(entry.name, path):
                _walk(os.path.join(shown, entry.name), path, settings_for, found)
        elif entry.name.endswith(SOURCE_SUFFIXES) and entry.is_file():
            shown_file = os.path.normpath(os.path.join(shown, entry.name))
            found.setdefault(path, SourceFile(shown_file, settings))


def _skipped_directory(name: str, path: str) -> bool:
    return (
        name in SKIPPED_DIRECTORIES
        or name.endswith(".egg-info")
        or os.path.exists(os.path.join(path, "pyvenv.cfg"))
    )


def _excluded_with_parents(path: str, settings: Settings) -> bool:
    """Whether ``path`` or a directory above it, below the settings' root, is excluded."""
    inside_root = settings.root.rstrip(os.sep) + os.sep
    while True:
        if settings.excludes(path):
            return True
        path = os.path.dirname(path)
        if not path.startswith(inside_root):
            return False


def read_bytes(path: str) -> bytes:
    """The file's bytes, refusing one over ``MAX_FILE_BYTES`` before reading it."""
    try:
        _check_size(os.stat(path).st_size, MAX_FILE_BYTES)
        with open(path, "rb") as file:
            return file.read()
    except OSError as error:
        raise UnreadableSource(f"cannot read: {error.strerror}") from None


def check_source_size(source: str | bytes) -> None:
    """Refuse a source over ``MAX_SOURCE_BYTES``: parsing it would stall the run."""
    _check_size(len(source), MAX_SOURCE_BYTES)


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise UnreadableSource(
            f"too large to lint: {size / 2**20:.1f} MiB, over the {limit // 2**20} MiB limit; "
            "exclude it in [tool.kgen] exclude"
        )


def may_hold_keras_code(data: bytes) -> bool:
    """The cheap text check: ``False`` when the file cannot hold anything kgen checks."""
    return any(hint.search(data) for hint in KERAS_HINTS)


def decode_python(data: bytes) -> str:
    """Decode a Python file as Python does: BOM or PEP 263 coding line, else UTF-8."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding).removeprefix("\ufeff")
    except SyntaxError as error:
        raise UnreadableSource(f"cannot decode: {error.msg}") from None
    except (UnicodeDecodeError, LookupError) as error:
        line = data.count(b"\n", 0, getattr(error, "start", 0)) + 1
        raise UnreadableSource(f"cannot decode: {error}", line) from None
