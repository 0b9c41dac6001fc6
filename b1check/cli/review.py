"""`b1check review`: a copy of a Word letter with the findings as comments and the safe replacements as
tracked changes. The pipeline is imported when the command runs."""

from __future__ import annotations

import sys

import click

from ..report.labels import count
from .dutch import OPTIONS_METAVAR
from .options import EXIT_ERROR, EXIT_OK, each_file


@click.command(name="review", options_metavar=OPTIONS_METAVAR)
@click.argument("paths", nargs=-1, required=True, metavar="BESTAND...", type=click.Path(readable=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, metavar="BESTAND",
              help="Schrijf de kopie hierheen (alleen bij één bestand). Anders: brief.b1check.docx naast de brief.")
@click.option("--no-track-changes", "no_track_changes", is_flag=True,
              help="Zet de veilige vervangingen niet als wijziging in de tekst; alleen opmerkingen.")
@click.option("--overwrite", is_flag=True,
              help="Vervang een kopie die er al is (anders laat b1check die staan en stopt).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None, metavar="BESTAND",
              help="Dit configuratiebestand gebruiken (anders: het dichtstbijzijnde).")
def review_command(paths, output, no_track_changes, overwrite, config_path):
    """Maak een kopie van een brief uit Word (.docx) of LibreOffice (.odt) met de meldingen in de marge.

    De kopie heet brief.b1check.docx en staat naast de brief; de brief zelf
    blijft zoals hij is. Een sjabloon (.dotx, .dotm, .ott) of een .docm krijgt
    een kopie van dezelfde soort. Met meer bestanden slaat b1check de kopieën van een
    eerdere keer (*.b1check.docx, *.b1check.odt …) over. Elke melding staat als opmerking bij precies de
    woorden waar hij over gaat. Veilige vervangingen (dezelfde als bij
    'b1check fix') staan als bijgehouden wijziging in de tekst: neem ze over
    of wijs ze af in Word. Wat over de hele brief gaat (B1 of niet, contact,
    opbouw) staat in één opmerking bij de eerste alinea. Een .odt krijgt
    (nog) alleen opmerkingen.
    """
    from ..load import lock_file_reason
    from ..review import is_reviewed_copy, review_file
    from ..review.texts import earlier_changes_note

    if output is not None and len(paths) > 1:
        click.echo("b1check: -o kan alleen bij één bestand.", err=True)
        sys.exit(EXIT_ERROR)
    if len(paths) > 1:
        # `review *.docx` finds the copies of an earlier review too; a copy of a copy would stack the old
        # comments under the new. Named alone, a copy is reviewed: the writer may have worked in it.
        for path in (path for path in paths if is_reviewed_copy(path)):
            click.echo(f"b1check: {path} overgeslagen: dit is een kopie die b1check review al maakte. "
                       "Wilt u hem toch laten nakijken? Noem dan alleen dit bestand.", err=True)
        # `*.docx` expanded by the shell finds Word's lock file (~$brief.docx) of a letter that is open: not the
        # writer's file, left out without a word. Named alone, it gets its reason (`review.refusal`).
        paths = [path for path in paths if not is_reviewed_copy(path) and not lock_file_reason(path)]
    errors = 0
    reviewed = each_file(paths, config_path, lambda path, settings, max_bytes: review_file(
        path, output, settings, max_bytes, track_changes=not no_track_changes, overwrite=overwrite))
    for result in reviewed:
        if result is None:
            errors += 1
            continue
        parts = [count(len(result.margin), "opmerking in de marge", "opmerkingen in de marge")]
        if result.replaced:
            parts.append(count(len(result.replaced), "vervanging als wijziging", "vervangingen als wijziging"))
        if result.in_first_comment:
            parts.append(count(len(result.in_first_comment), "melding", "meldingen") + " in de opmerking bij de eerste alinea")
        if not result.tracks_changes and not no_track_changes:
            parts.append("vervangingen alleen in de opmerkingen (in dit soort bestand nog geen wijzigingen)")
        verdict = "B1: ja" if result.report.verdict.b1 else "B1: nee"
        click.echo(f"{result.path}: {verdict}; {', '.join(parts)} → {result.output}")
        earlier = result.earlier
        if earlier.removed:
            click.echo(f"  {count(earlier.removed, 'opmerking', 'opmerkingen')} van b1check van een eerdere keer "
                       "vervangen door de nieuwe; opmerkingen van anderen staan er nog.")
        if earlier.answered:
            click.echo(f"  {count(earlier.answered, 'opmerking', 'opmerkingen')} van b1check met een antwoord "
                       "van iemand blijven staan; haal ze zelf weg als u klaar bent.")
        if earlier.pending:
            click.echo(f"  {earlier_changes_note(earlier.pending)}")
        for finding in result.not_replaced:
            # (a field, a link's edge, a text box, or a change that was there: `WordCopy.can_replace`). The text
            # inside a link is changed like any other: the w:hyperlink and its target stay as they were.
            click.echo(f"  {result.path}:{finding.line}:{finding.column}: '{finding.text}' niet als wijziging gezet "
                       f"(in een veld, over de rand van een koppeling, in een tekstvak of in een eerdere wijziging "
                       f"verandert b1check niets); "
                       f"'{finding.fix}' staat in de opmerking.")
    sys.exit(EXIT_ERROR if errors else EXIT_OK)
