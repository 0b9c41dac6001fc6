"""`b1check baseline`: write today's findings to a baseline file."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..files import os_reason
from ..rules.baseline import write_baseline
from .check import _check_all
from .options import EXIT_ERROR, EXIT_OK, Overrides, fail


@click.command(name="baseline")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", default=".b1check-baseline.json", show_default=True, type=click.Path(dir_okay=False),
              help="Het baseline-bestand dat b1check schrijft.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
def write_baseline_command(paths, output, config_path):
    """Schrijf de meldingen van nu in een baseline: daarna ziet u alleen nieuwe meldingen."""
    reports, errors, _ = _check_all(paths, Overrides(), None, config_path, None, "<stdin>")
    try:
        total = write_baseline(reports, Path(output))
    except OSError as error:
        fail(f"{output}: kan niet schrijven ({os_reason(error)}).")
    click.echo(f"{total} meldingen in {len(reports)} bestanden opgeslagen in {output}.")
    for error in errors:
        click.echo(f"b1check: {error.path}: {error.reason}", err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_OK)
