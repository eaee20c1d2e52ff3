"""Command line: parses arguments and calls library functions, nothing more."""

from __future__ import annotations

import click

from kgen import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgen")
def main() -> None:
    """Generate multi-output Keras projects and lint the output names they use."""
