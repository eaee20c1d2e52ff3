"""Command line: parses arguments and calls library functions, nothing more."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kgen import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgen")
def main() -> None:
    """Generate multi-output Keras projects and lint the output names they use."""


class _Failure(click.ClickException):
    """Bad input or an internal failure: printed as one line, exit code 2."""

    exit_code = 2


@main.command()
@click.argument("spec", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--example", help="Use a bundled example spec (see `kgen examples`).")
@click.option("-o", "--output", "target", type=click.Path(path_type=Path),
              help="Target directory (default: the model's name).")
@click.option("--force", is_flag=True, help="Overwrite the files kgen generates; keep others.")
@click.option("--dry-run", is_flag=True, help="List what would be written; write nothing.")
def new(spec: Path | None, example: str | None, target: Path | None, force: bool,
        dry_run: bool) -> None:
    """Render a ready-to-run multi-output Keras project from a head spec (YAML or TOML)."""
    from kgen.new import SpecError, TargetError, generate

    if (spec is None) == (example is None):
        raise click.UsageError("give a SPEC file or --example NAME (one of them)")
    try:
        planned = generate(spec, example, target, force=force, dry_run=dry_run)
    except (SpecError, TargetError) as error:
        raise _Failure(str(error)) from None
    for item in planned:
        click.echo(f"{'would ' if dry_run else ''}{item.action:<9} {item.path}")
    if not dry_run:
        project = planned[0].path.parent
        click.echo(f"next: cd {project} && python train.py --epochs 1")


@main.command()
def examples() -> None:
    """List the bundled example specs (use one with `kgen new --example NAME`)."""
    from kgen.new import read_spec
    from kgen.new.examples import example_names

    for name in example_names():
        click.echo(f"{name:<18} {read_spec(example=name).description}")


@main.command()
def schema() -> None:
    """Print the JSON Schema of the head spec, for editors."""
    from kgen.new.schema import spec_schema

    click.echo(json.dumps(spec_schema(), indent=2))


def _codes(values: tuple[str, ...]) -> tuple[str, ...] | None:
    """Comma-separated option values, flattened; ``None`` when the option was not given."""
    if not values:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Report format.")
@click.option("--select", multiple=True, metavar="CODES",
              help="Rule codes or prefixes to report, comma-separated (KG1, KG201, ALL).")
@click.option("--ignore", multiple=True, metavar="CODES",
              help="Rule codes or prefixes not to report, comma-separated.")
@click.option("--exclude", multiple=True, metavar="PATTERNS",
              help="Glob patterns of paths to skip, comma-separated (replaces the config's).")
@click.option("-j", "--jobs", type=click.IntRange(min=1),
              help="Processes to lint with (default: by the number of files and CPUs).")
@click.option("--config", type=click.Path(exists=True, dir_okay=False),
              help="A pyproject.toml whose [tool.kgen] applies to every path.")
@click.option("--no-cache", is_flag=True,
              help="Analyse every file afresh instead of reusing results in ./.kgen_cache.")
def lint(paths: tuple[str, ...], output_format: str, select: tuple[str, ...],
         ignore: tuple[str, ...], exclude: tuple[str, ...], jobs: int | None,
         config: str | None, no_cache: bool) -> None:
    """Find output-name mismatches in multi-output Keras code (default path: .).

    Exit code 0: no findings; 1: findings; 2: usage error or internal failure.
    """
    from kgen.lint.cache import CACHE_DIRECTORY
    from kgen.lint.config import ConfigError, LintOptions
    from kgen.lint.report import render
    from kgen.lint.runner import LintCrash, lint_paths

    cache_directory = None if no_cache else CACHE_DIRECTORY
    options = LintOptions(
        _codes(select), _codes(ignore), _codes(exclude), config, jobs, cache_directory
    )
    try:
        findings = lint_paths(paths or (".",), options)
    except (ConfigError, LintCrash) as error:
        raise _Failure(str(error)) from None
    click.echo(render(findings, output_format), nl=False)
    raise SystemExit(1 if findings else 0)


@main.command()
@click.argument("code", required=False)
def rule(code: str | None) -> None:
    """Print a lint rule's page (what it finds, why, what to write instead); no CODE lists all."""
    from kgen.lint.rules import RULES

    if code is None:
        for known, rule_class in RULES.items():
            click.echo(f"{known}  {rule_class.name:<24} {rule_class.summary}")
        return
    rule_class = RULES.get(code.upper())
    if rule_class is None:
        raise _Failure(f"unknown rule {code!r}; `kgen rule` lists them")
    click.echo(rule_class.documentation(), nl=False)
