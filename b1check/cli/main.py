"""The command line: `b1check check`, `fix`, `review`, `audit`, `serve`, `lsp`, `rule`, `rules`, `config`, `baseline`.

Exit codes: 0 nothing at or above --fail-on and every letter B1; 1 findings
(or a letter that is not B1); 2 usage or input error. Bad input never stops
the other files: they are checked, the unreadable ones listed. Every text is
Dutch, click's own too (`dutch.speak_dutch`).
"""

from __future__ import annotations

import atexit
import gc
import os
import sys

import click

from ..files import os_reason
from .audit import audit
from .baseline import write_baseline_command
from .check import check
from .config import show_config
from .dutch import COMMAND_METAVAR, OPTIONS_METAVAR, speak_dutch, version_option
from .fix import fix_command
from .lsp import lsp
from .options import EXIT_ERROR
from .review import review_command
from .rules import list_rules, rule
from .serve import serve


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    options_metavar=OPTIONS_METAVAR,
    subcommand_metavar=COMMAND_METAVAR,
)
@version_option()
def cli() -> None:
    """Controleer Nederlandse brieven en e-mails op eenvoudige taal (B1)."""


for command in (
    check, show_config, write_baseline_command, rule, list_rules, fix_command, review_command, serve, lsp, audit
):
    cli.add_command(command)


def main() -> None:
    # While Python clears its modules at exit, its garbage collector walks
    # every object still alive, looking for cycles: with spaCy, the pipeline
    # and the word lists loaded, that took about 0.3 s CPU of a one-letter
    # check (benchmarks/startup.py), to free memory the operating system takes
    # back anyway. Frozen, the objects are out of the collector's sight; they
    # are still freed, and every file b1check writes is closed (atomically)
    # before.
    atexit.register(gc.freeze)
    speak_dutch()
    if sys.stdout is None:  # started with standard output closed (`>&-`): the exit code still tells
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - open until the process ends
    try:
        try:
            cli.main(standalone_mode=False, prog_name="b1check")
        finally:
            if not sys.stdout.closed:  # `lsp` closes it when the editor says exit
                sys.stdout.flush()  # a full disk shows here, not in Python's own flush at exit
    except OSError as error:
        # Standard output that cannot be written (a full disk, /dev/full); a file has its own message.
        # (A reader that stopped early, `| head`, click handles itself: exit code 1, no message.)
        where = "de uitvoer kan niet geschreven worden" if error.filename is None else str(error.filename)
        click.echo(f"b1check: {where} ({os_reason(error)}).", err=True)
        sys.exit(EXIT_ERROR)
    except click.exceptions.Abort:
        click.echo("b1check: gestopt.", err=True)
        sys.exit(130)
    except click.ClickException as error:
        if type(error).__name__ == "NoArgsIsHelpError":  # `b1check` alone: the help page (click 8.2 and later)
            click.echo(error.format_message())
            sys.exit(EXIT_ERROR)
        click.echo(f"b1check: {error.format_message()}", err=True)
        context = getattr(error, "ctx", None)
        click.echo(f"Hulp: {context.command_path if context else 'b1check'} --help", err=True)
        sys.exit(EXIT_ERROR)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
