"""Per-file results kept between runs, keyed by content, like ruff's cache.

An entry holds a file's findings before ``noqa`` and rule selection (both are cheap and
re-applied on every run). It is used only while kgen's own code, the file's text, and
every project module its analysis imported are all unchanged: each import lookup is
repeated and each imported file's content hash compared.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import kgen
from kgen.lint.engine import Analysis, Lookup, analyze
from kgen.lint.facts.resolve import find_module
from kgen.lint.finding import Finding

CACHE_DIRECTORY = ".kgen_cache"


@dataclass(frozen=True)
class ResultCache:
    """A cache directory; ``None`` as ``directory`` turns caching off."""

    directory: str | None

    def analyze(self, source: str, path: str) -> list[Finding]:
        """``engine.analyze(source, path).findings``, from the cache when still valid."""
        if self.directory is None:
            return analyze(source, path).findings
        entry = Path(self.directory) / f"{_key(source, path)}.json"
        cached = _read(entry)
        if cached is not None:
            return cached
        analysis = analyze(source, path)
        _write(entry, analysis)
        return analysis.findings


def _key(source: str, path: str) -> str:
    text = "\0".join((_kgen_fingerprint(), str(Path(path).resolve()), source))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@cache
def _kgen_fingerprint() -> str:
    """Changes with kgen's version or any of its source files (for editable installs)."""
    package = Path(kgen.__file__).parent
    stamps = sorted(
        f"{file.relative_to(package)}:{file.stat().st_size}:{file.stat().st_mtime_ns}"
        for file in package.rglob("*.py")
    )
    return hashlib.sha256("\n".join([kgen.__version__, *stamps]).encode()).hexdigest()


def _file_hash(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _read(entry: Path) -> list[Finding] | None:
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
        lookups, findings = data["lookups"], data["findings"]
        for lookup in lookups:
            found = find_module(lookup["importer"], lookup["level"], lookup["module"])
            if (str(found) if found else None) != lookup["found"]:
                return None
            if found is not None and _file_hash(str(found)) != lookup["hash"]:
                return None
        return [Finding(**finding) for finding in findings]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write(entry: Path, analysis: Analysis) -> None:
    """Store an entry atomically; a cache that cannot be written is simply not used."""
    data = {
        "findings": [asdict(finding) for finding in analysis.findings],
        "lookups": [_lookup_record(lookup) for lookup in analysis.lookups],
    }
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        ignore = entry.parent / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# Created by kgen lint.\n*\n", encoding="utf-8")
        handle, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream)
        os.replace(temporary, entry)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


def _lookup_record(lookup: Lookup) -> dict[str, object]:
    record = asdict(lookup)
    record["hash"] = None if lookup.found is None else _file_hash(lookup.found)
    return record
