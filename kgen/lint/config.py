"""Settings for a lint run: ``[tool.kgen]`` in ``pyproject.toml``, overridden by the command line.

Each directory uses the nearest ``pyproject.toml`` at or above it that has a ``[tool.kgen]``
table (as ruff does), unless ``--config FILE`` names one file for the whole run. Keys:

- ``select``, ``ignore``: rule codes or prefixes (``KG1`` means KG101…KG113; ``ALL``). When
  both match a code, the longer (more specific) one wins; a tie means ignored.
- ``exclude``, ``extend-exclude``: glob patterns, combined. A pattern without ``/`` matches a
  file or directory name anywhere (``build``, ``*_pb2.py``); a pattern with ``/`` matches the
  path relative to the directory holding the ``pyproject.toml`` (``scripts/old/*.py``).

``--select``, ``--ignore`` and ``--exclude`` replace the configured lists (``--exclude``
patterns are relative to the current directory); ``extend-exclude`` still applies.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from kgen.keras_names import closest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

ALL = "ALL"
CONFIG_KEYS = ("select", "ignore", "exclude", "extend-exclude")


class ConfigError(ValueError):
    """A bad setting, with a one-line message naming the file (or option), the key and the fix."""


@dataclass(frozen=True)
class RuleSelection:
    """Which rule codes are reported: ``select`` and ``ignore`` prefixes, ruff-style."""

    select: tuple[str, ...] = (ALL,)
    ignore: tuple[str, ...] = ()

    def enables(self, code: str) -> bool:
        """Whether ``code`` is reported: the most specific matching prefix decides."""
        return _specificity(code, self.select) > _specificity(code, self.ignore)


def _specificity(code: str, prefixes: Iterable[str]) -> int:
    """Length of the longest prefix matching ``code`` (0 for ``ALL``), -1 when none does."""
    lengths = [0 if p == ALL else len(p) for p in prefixes if p == ALL or code.startswith(p)]
    return max(lengths, default=-1)


@dataclass(frozen=True)
class LintOptions:
    """What the command line asks for; ``None`` means "as configured"."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    config: str | None = None
    jobs: int | None = None
    cache_directory: str | None = None


@dataclass(frozen=True)
class Settings:
    """The settings for the files under one directory.

    ``exclude`` holds name patterns (no ``/``) and absolute path patterns; ``root`` is the
    directory of the configuration file (or the current directory when there is none).
    """

    rules: RuleSelection
    exclude: tuple[str, ...]
    root: str

    def excludes(self, path: str) -> bool:
        """Whether the absolute ``path`` (a file or a directory) matches an exclude pattern."""
        if not self.exclude:
            return False
        name = os.path.basename(path)
        posix = Path(path).as_posix()
        return any(
            fnmatchcase(posix if "/" in pattern else name, pattern) for pattern in self.exclude
        )


class SettingsResolver:
    """Finds and caches the settings of each directory, validated against the known codes."""

    def __init__(self, options: LintOptions, known_codes: Collection[str]) -> None:
        self._options = options
        self._known_codes = known_codes
        self._by_directory: dict[str, Settings] = {}
        cwd = os.getcwd()
        _check_codes(options.select, "--select", known_codes)
        _check_codes(options.ignore, "--ignore", known_codes)
        self._cli_exclude = (
            None if options.exclude is None else _absolute_patterns(options.exclude, cwd)
        )
        self._defaults = self._settings({}, None, cwd)
        self._fixed: Settings | None = None
        if options.config is not None:
            table = _kgen_table(options.config)
            if table is None:
                raise ConfigError(
                    f"{options.config}: no [tool.kgen] table; add one or drop --config"
                )
            root = os.path.dirname(os.path.abspath(options.config))
            self._fixed = self._settings(table, options.config, root)

    def for_directory(self, directory: str) -> Settings:
        """Settings for the files directly inside the absolute ``directory``."""
        if self._fixed is not None:
            return self._fixed
        settings = self._by_directory.get(directory)
        if settings is None:
            pyproject = os.path.join(directory, "pyproject.toml")
            table = _kgen_table(pyproject) if os.path.isfile(pyproject) else None
            parent = os.path.dirname(directory)
            if table is not None:
                settings = self._settings(table, pyproject, directory)
            elif parent == directory:
                settings = self._defaults
            else:
                settings = self.for_directory(parent)
            self._by_directory[directory] = settings
        return settings

    def _settings(self, table: dict[str, object], source: str | None, root: str) -> Settings:
        unknown = sorted(set(table) - set(CONFIG_KEYS))
        if unknown:
            raise ConfigError(
                f"{source}: [tool.kgen] has unknown key {unknown[0]!r}; "
                f"expected one of {', '.join(CONFIG_KEYS)}"
            )
        values = {key: _string_list(table, key, source) for key in CONFIG_KEYS}
        for key in ("select", "ignore"):
            _check_codes(values[key], f"{source}: [tool.kgen] {key}", self._known_codes)
        options = self._options
        exclude = self._cli_exclude
        if exclude is None:
            exclude = _absolute_patterns(values["exclude"] or (), root)
        select = options.select if options.select is not None else values["select"]
        ignore = options.ignore if options.ignore is not None else values["ignore"]
        return Settings(
            rules=RuleSelection(select=(ALL,) if select is None else select, ignore=ignore or ()),
            exclude=exclude + _absolute_patterns(values["extend-exclude"] or (), root),
            root=root,
        )


def _kgen_table(path: str) -> dict[str, object] | None:
    """The ``[tool.kgen]`` table of a TOML file, or ``None`` when it has none."""
    try:
        with open(path, "rb") as file:
            document = tomllib.load(file)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror}") from None
    tool = document.get("tool")
    table = tool.get("kgen") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f'{path}: [tool.kgen] must be a table, like [tool.kgen] select = ["KG1"]')
    return table


def _string_list(table: dict[str, object], key: str, source: str | None) -> tuple[str, ...] | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(
            f'{source}: [tool.kgen] {key} must be a list of strings, like {key} = ["KG101"]'
        )
    return tuple(value)


def _check_codes(codes: Iterable[str] | None, where: str, known_codes: Collection[str]) -> None:
    """Reject a code or prefix that selects no known rule."""
    for code in codes or ():
        if code == ALL or (code and any(known.startswith(code) for known in known_codes)):
            continue
        suggestion = closest(code, known_codes)
        hint = f"did you mean {suggestion!r}?" if suggestion else f"use {ALL} or a KG code prefix"
        raise ConfigError(f"{where}: unknown rule code {code!r}; {hint}")


def _absolute_patterns(patterns: Iterable[str], root: str) -> tuple[str, ...]:
    """Name patterns stay as they are; path patterns are anchored at ``root``."""
    anchored = []
    for pattern in patterns:
        pattern = pattern.rstrip("/").removeprefix("./")
        if "/" in pattern and not pattern.startswith("/"):
            pattern = f"{glob.escape(Path(root).as_posix())}/{pattern}"
        anchored.append(pattern)
    return tuple(anchored)
