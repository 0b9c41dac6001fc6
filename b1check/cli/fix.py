"""`b1check fix`: apply the safe replacements to files (or show them as a diff)."""

from __future__ import annotations

import sys

import click

from ..model import Finding
from .dutch import OPTIONS_METAVAR
from .options import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, each_file


def _where(result, finding: Finding) -> str:
    return f"{result.path}:{finding.line}:{finding.column}: {finding.rule}"


@click.command(name="fix", options_metavar=OPTIONS_METAVAR)
@click.argument("paths", nargs=-1, required=True, metavar="BESTAND...", type=click.Path(readable=False))
@click.option("--diff", "show_diff", is_flag=True, help="Laat de wijzigingen zien als diff; verander niets.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None, metavar="BESTAND",
              help="Dit configuratiebestand gebruiken (anders: het dichtstbijzijnde).")
def fix_command(paths, show_diff, config_path):
    """Vervang veilige ambtelijke woorden door gewone woorden (alleen tekst, Markdown, HTML en sjablonen).

    Alleen woorden die in de woordenlijst als veilig staan, worden vervangen;
    de rest van het bestand blijft precies zoals het is. Andere suggesties
    ziet u in een lijst. Met --diff verandert er niets (exit-code 1 als er
    iets te vervangen is).
    """
    from ..fixes import fix_file  # the pipeline: imported when the command runs
    from ..report.labels import better

    errors = 0
    would_change = False
    fixed = each_file(paths, config_path,
                      lambda path, settings, max_bytes: fix_file(path, settings, max_bytes, write=not show_diff))
    for result in fixed:
        if result is None:
            errors += 1
            continue
        would_change = would_change or result.changed
        if show_diff:
            click.echo(result.diff(), nl=False)
        else:
            for finding in result.applied:
                click.echo(f"{_where(result, finding)} '{finding.text}' → '{finding.fix}'")
        for finding in result.skipped:
            click.echo(f"{_where(result, finding)} '{finding.text}' niet vervangen: de tekst is anders dan verwacht.", err=show_diff)
        if result.unsafe:
            click.echo(f"{result.path}: niet automatisch vervangen (kijk zelf):", err=show_diff)
            for finding in result.unsafe:
                click.echo(
                    f"  {_where(result, finding)} '{' '.join(finding.text.split())}'{better(finding)}",
                    err=show_diff,
                )
        if not show_diff:
            done = "opgeslagen" if result.changed else "niets veranderd"
            click.echo(f"{result.path}: {len(result.applied)} vervangen, {done}.")
    if errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if show_diff and would_change else EXIT_OK)
