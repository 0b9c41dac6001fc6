"""The command line: `b1check check`, `fix`, `audit`, `serve`, `rule`, `rules`, `config`, `baseline`.

Exit codes: 0 nothing at or above --fail-on and every letter B1; 1 findings
(or a letter that is not B1); 2 usage or input error. Bad input never stops
the other files: they are checked, the unreadable ones listed.
"""

from __future__ import annotations

import sys

import click

from .audit import audit
from .baseline import write_baseline_command
from .check import check
from .config import show_config
from .fix import fix_command
from .options import EXIT_ERROR
from .review import review_command
from .rules import list_rules, rule
from .serve import serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="b1check", message="b1check %(version)s")
def cli() -> None:
    """Controleer Nederlandse brieven en e-mails op eenvoudige taal (B1)."""


for command in (check, show_config, write_baseline_command, rule, list_rules, fix_command, review_command, serve, audit):
    cli.add_command(command)


def main() -> None:
    try:
        cli.main(standalone_mode=False, prog_name="b1check")
    except click.exceptions.Abort:
        click.echo("b1check: gestopt.", err=True)
        sys.exit(130)
    except click.ClickException as error:
        click.echo(f"b1check: {error.format_message()}", err=True)
        click.echo("Hulp: b1check --help", err=True)
        sys.exit(EXIT_ERROR)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
