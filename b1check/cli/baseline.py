"""`b1check baseline`: write today's findings to a baseline file."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..report.labels import count
from .check import _check_all
from .dutch import OPTIONS_METAVAR
from .options import (EXIT_ERROR, EXIT_OK, Overrides, exclude_option, fail, include_docs_option, letters_in,
                      os_reason, report_clash)


@click.command(name="baseline", options_metavar=OPTIONS_METAVAR)
@click.argument("paths", nargs=-1, required=True, metavar="BESTAND...", type=click.Path(readable=False))
@click.option("-o", "--output", default=".b1check-baseline.json", type=click.Path(dir_okay=False), metavar="BESTAND",
              help="Het baseline-bestand dat b1check schrijft (standaard: .b1check-baseline.json).")
@exclude_option
@include_docs_option
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None, metavar="BESTAND",
              help="Dit configuratiebestand gebruiken (anders: het dichtstbijzijnde).")
def write_baseline_command(paths, output, exclude, include_docs, config_path):
    """Schrijf de meldingen van nu in een baseline: daarna ziet u alleen nieuwe meldingen."""
    from ..rules.baseline import write_baseline

    clash = report_clash(paths, (("-o", output),))
    if clash:
        fail(clash)
    letters, unread = letters_in(paths, tuple(exclude), include_docs)
    reports, errors, _ = _check_all(letters, Overrides(), None, config_path, None, "<stdin>")
    errors = unread + errors
    for error in errors:
        click.echo(f"b1check: {error.path}: {error.reason}", err=True)
    if not reports:
        # An empty baseline would silently hide nothing: say that nothing was read, and write nothing.
        fail(f"geen brieven gelezen; {output} is niet geschreven.")
    try:
        total = write_baseline(reports, Path(output))
    except OSError as error:
        fail(f"{output}: kan niet schrijven ({os_reason(error)}).")
    findings = count(total, "melding", "meldingen")
    click.echo(f"{findings} in {count(len(reports), 'bestand', 'bestanden')} opgeslagen in {output}.")
    sys.exit(EXIT_ERROR if errors else EXIT_OK)
