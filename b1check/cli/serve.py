"""`b1check serve`: start the local web page.

Flask is imported only when the command runs, so the other commands start
as fast as before.
"""

from __future__ import annotations

import ipaddress
import socket
import sys

import click

from .dutch import OPTIONS_METAVAR, own_language
from .options import WholeNumber

DEFAULT_PORT = 8765


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def port_is_free(host: str, port: int) -> bool:
    """Can a server listen here? Asked first, so the reader gets a Dutch message, not werkzeug's."""
    if port == 0:
        return True
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host.strip("[]"), port))
    except OSError:
        return False
    return True


def quiet_request_handler():
    """Werkzeug's request handler without the access log.

    The default log only has the path, never the letter (the page posts it),
    but a local tool that keeps nothing has no reason to log requests at all.
    Errors of the server itself are still printed.
    """
    from werkzeug.serving import WSGIRequestHandler

    class QuietHandler(WSGIRequestHandler):
        def log_request(self, code="-", size="-") -> None:
            pass

    return QuietHandler


@click.command(options_metavar=OPTIONS_METAVAR)
@click.option("--host", default="127.0.0.1", metavar="ADRES",
              help="Het adres van de pagina (standaard: 127.0.0.1). Alleen deze computer, tenzij u --allow-remote "
                   "gebruikt.")
@click.option("--port", default=DEFAULT_PORT, type=WholeNumber(0, 65535), metavar="POORT",
              help=f"Het poortnummer (standaard: {DEFAULT_PORT}; 0: kies zelf een vrije poort).")
@click.option("--allow-remote", is_flag=True,
              help="Ook andere computers mogen de pagina openen (met --host 0.0.0.0 of een ander adres).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None, metavar="BESTAND",
              help="Dit configuratiebestand gebruiken (anders: het dichtstbijzijnde vanaf deze map).")
@click.option("--open", "open_browser", is_flag=True, help="Open de pagina meteen in de browser.")
def serve(host, port, allow_remote, config_path, open_browser):
    """Controleer brieven in de browser: start een webpagina op deze computer."""
    from ..config import ConfigError, config_for

    if not is_loopback(host) and not allow_remote:
        click.echo(
            f"b1check: '{host}' is niet alleen deze computer. Andere computers kunnen de pagina dan openen.\n"
            "Wilt u dat echt? Gebruik dan ook --allow-remote.",
            err=True,
        )
        sys.exit(2)
    try:
        config = config_for(None, config_path)
        settings = config.settings
    except ConfigError as error:
        click.echo(f"b1check: {error}", err=True)
        sys.exit(2)
    from ..language.analyse import model_problem

    problem = model_problem(settings.model)
    if problem:
        click.echo(f"b1check: {problem}", err=True)
        sys.exit(2)

    from werkzeug.serving import make_server

    from ..web.app import create_app

    app = create_app(settings, allow_remote=allow_remote, max_bytes=config.max_bytes())
    cannot_start = (f"b1check: de pagina kan niet starten op {host}:{port}. "
                    "Misschien draait b1check serve al, of gebruikt een ander programma deze poort. "
                    "Kies een andere poort met --port.")
    if not port_is_free(host, port):
        click.echo(cannot_start, err=True)
        sys.exit(2)
    try:
        server = make_server(host, port, app, threaded=True, request_handler=quiet_request_handler())
    except (OSError, SystemExit):  # werkzeug exits when the port is taken after all
        click.echo(cannot_start, err=True)
        sys.exit(2)
    if not is_loopback(host):
        click.echo(
            "LET OP: de pagina is nu ook open voor andere computers in het netwerk. "
            "Iedereen die het adres kent, kan er brieven op controleren. "
            "De verbinding is niet versleuteld: stuur er geen brieven met persoonsgegevens over een netwerk "
            "dat u niet vertrouwt.",
            err=True,
        )
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown_host}:{server.server_port}/"
    click.echo("b1check laadt de taalgegevens …")
    app.extensions["b1check"].warm_up()
    click.echo(f"b1check draait. Open deze pagina in uw browser: {url}")
    click.echo("De brieven blijven op deze computer. b1check bewaart niets. Stoppen: Ctrl+C.")
    if open_browser:
        import webbrowser

        with own_language():  # the browser speaks the user's language, not b1check's Dutch
            webbrowser.open(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("\nb1check is gestopt.")
    finally:
        server.server_close()
