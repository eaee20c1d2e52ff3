"""Compare rendered files with the target directory, then write them safely.

Nothing is written until every check passed; each file appears whole (written to a temporary
file beside it, then renamed over it). Files kgen does not generate are never touched.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


class TargetError(Exception):
    """The target directory cannot take the project; nothing was written."""


@dataclass(frozen=True)
class PlannedFile:
    """One generated file and what writing it does: create, overwrite or unchanged."""

    path: Path
    text: str
    action: str


def plan_writes(files: dict[str, str], target: Path, force: bool) -> list[PlannedFile]:
    """Decide each file's action; raise TargetError if the target cannot be written."""
    if target.exists() and not target.is_dir():
        raise TargetError(f"{target}: exists and is not a directory; choose another -o")
    if not force and target.is_dir() and any(target.iterdir()):
        raise TargetError(f"{target}: directory is not empty; use --force to overwrite the "
                          "files kgen generates (others are kept), or choose another -o")
    return [_planned(target / name, text) for name, text in files.items()]


def write_files(planned: list[PlannedFile]) -> None:
    """Write every file that is new or changed, each atomically."""
    for item in planned:
        if item.action != "unchanged":
            item.path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(item.path, item.text)


def _planned(path: Path, text: str) -> PlannedFile:
    for parent in reversed(path.parents):
        if parent.exists() and not parent.is_dir():
            raise TargetError(f"{parent}: is a file where kgen needs a directory; move it away")
    if path.is_dir() or (path.exists() and not path.is_file()):
        raise TargetError(f"{path}: is not a regular file; move it away")
    if not path.exists():
        return PlannedFile(path, text, "create")
    same = path.read_bytes() == text.encode("utf-8")
    return PlannedFile(path, text, "unchanged" if same else "overwrite")


def _write_atomically(path: Path, text: str) -> None:
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
