"""`b1check lsp`: the language server, for editors (VS Code, Neovim, Helix …).

pygls and the pipeline are imported when the command runs.
"""

from __future__ import annotations

import click

from .dutch import OPTIONS_METAVAR


@click.command(options_metavar=OPTIONS_METAVAR)
def lsp():
    """Start de taalserver voor een editor (via standaardinvoer en -uitvoer)."""
    from ..lsp.server import serve

    serve()
