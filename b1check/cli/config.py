"""`b1check config`: show the settings that apply to a file or folder."""

from __future__ import annotations

import os

import click

from ..config import ConfigError, config_for, describe
from .dutch import OPTIONS_METAVAR
from .options import fail


@click.command(name="config", options_metavar=OPTIONS_METAVAR)
@click.argument("path", required=False, metavar="[BESTAND]", type=click.Path(allow_dash=True, readable=False))
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None, metavar="BESTAND",
              help="Dit configuratiebestand gebruiken (anders: het dichtstbijzijnde).")
def show_config(path, config_path):
    """Toon de instellingen die voor een bestand (of deze map) gelden."""
    if path and path != "-" and not os.path.lexists(path):
        fail(f"{path}: dit bestand of deze map bestaat niet")
    try:
        config = config_for(path, config_path)
    except ConfigError as error:
        fail(str(error))
    settings = config.settings_for(path) if path and path != "-" else config.settings
    click.echo(describe(config, settings), nl=False)
