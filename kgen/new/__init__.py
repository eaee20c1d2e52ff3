"""``kgen new``: render a ready-to-run multi-output Keras project from a head spec.

Phases, as in Copier: load the spec, validate it, render every file in memory, compare with
the target directory, and only then write. A failure in any phase leaves the disk untouched.

Example:
    >>> from pathlib import Path
    >>> planned = generate(example="shared_loss", target=Path("demo"), dry_run=True)
    >>> sorted(item.path.name for item in planned)[:2]
    ['.pre-commit-config.yaml', 'README.md']
"""

from __future__ import annotations

from pathlib import Path

from kgen.new.document import SpecError
from kgen.new.examples import example_names, example_text
from kgen.new.render import render_project
from kgen.new.spec import Spec, load_spec, parse_spec
from kgen.new.write import PlannedFile, TargetError, plan_writes, write_files

__all__ = [
    "PlannedFile", "SpecError", "TargetError", "generate", "read_spec", "write_project",
]


def read_spec(spec_path: Path | None = None, example: str | None = None) -> Spec:
    """Load and validate a spec file, or one of the bundled examples by name."""
    if example is None:
        if spec_path is None:
            raise ValueError("give a spec path or an example name")
        return load_spec(spec_path)
    try:
        text = example_text(example)
    except KeyError:
        raise SpecError(f"--example {example}", (), "no such example",
                        f"use one of: {', '.join(example_names())}") from None
    return parse_spec(text, f"{example}.yaml")


def generate(
    spec_path: Path | None = None,
    example: str | None = None,
    target: Path | None = None,
    force: bool = False,
    dry_run: bool = False,
) -> list[PlannedFile]:
    """Generate the project; return what was (or, with ``dry_run``, would be) written.

    ``target`` defaults to a directory named after the spec's model in the current one.
    Raises SpecError or TargetError before anything is written.
    """
    spec = read_spec(spec_path, example)
    return write_project(spec, target or Path(spec.name), force=force, dry_run=dry_run)


def write_project(
    spec: Spec, target: Path, force: bool = False, dry_run: bool = False
) -> list[PlannedFile]:
    """Render the project for a validated ``spec`` into ``target``; see ``generate``."""
    planned = plan_writes(render_project(spec), target, force)
    if not dry_run:
        write_files(planned)
    return planned
