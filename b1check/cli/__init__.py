"""Entry point, the command line: one module per command; shared options and exit codes in
`options`. May import every stage below it, and `audit` and `web` for their commands."""

from .main import cli, main
from .options import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, Overrides

__all__ = ["EXIT_ERROR", "EXIT_FINDINGS", "EXIT_OK", "Overrides", "cli", "main"]
