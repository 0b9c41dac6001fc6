"""`b1check check`: check letters and print the findings in the chosen format.

The pipeline (spaCy) is imported when the command runs, so that `--help`
and the commands that check no letter start at once.
"""

from __future__ import annotations

import sys

import click

from .. import report
from ..config import ConfigError, config_for
from ..model import FileReport, ReadError, Severity
from ..report.labels import SEVERITY_NAMES, count
from .dutch import OPTIONS_METAVAR, Choice
from .options import (EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, exclude_option, exit_code, fail, include_docs_option,
                      letters_in, max_size_option, parse_overrides, check_timeout_option)

# The formats by the names the help shows; the English names of earlier versions still work.
FORMAT_NAMES = {"text": "tekst", "concise": "kort"}
FORMATS = Choice(
    {FORMAT_NAMES.get(name, name): name for name in report.FORMATS},
    aliases={name: name for name in FORMAT_NAMES},
)
SEVERITIES = Choice(
    {SEVERITY_NAMES[severity]: severity.value for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)},
    aliases={severity.value: severity.value for severity in Severity},
)


@click.command(options_metavar=OPTIONS_METAVAR)
@click.argument("paths", nargs=-1, metavar="[BESTAND]...", type=click.Path(allow_dash=True, readable=False))
@click.option("--format", "output_format", type=FORMATS, default="tekst", metavar=FORMATS.metavar(),
              help="Uitvoer: tekst voor mensen, één regel per melding (kort), JSON, SARIF, GitHub-annotaties "
                   "of JUnit (standaard: tekst).")
@click.option("--fail-on", type=SEVERITIES, default=None, metavar=SEVERITIES.metavar(),
              help="Vanaf welke ernst de exit-code 1 is (standaard: waarschuwing).")
@click.option("--model", default=None, metavar="NAAM",
              help="Een andere spaCy-pijplijn, bijvoorbeeld nl_core_news_sm (standaard: b1check, meegeleverd).")
@click.option("--fast", is_flag=True,
              help="Sneller, zonder zinsontleding. Dan staan LiNT-II en een paar regels uit.")
@click.option("--picky/--no-picky", default=None,
              help="Ook tips over woorden die veel redacteuren laten staan (vermelden, toelichten, indienen …); "
                   "--no-picky zet ze uit, ook als de configuratie ze aanzet.")
@click.option("--select", multiple=True, metavar="CODES", help="Alleen deze regels (codes of begin van codes).")
@click.option("--ignore", multiple=True, metavar="CODES", help="Deze regels overslaan.")
@click.option("--set", "assignments", multiple=True, metavar="NAAM=WAARDE",
              help="Een grens aanpassen, bijvoorbeeld --set long_sentence_words=25.")
@exclude_option
@include_docs_option
@max_size_option
@check_timeout_option
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None, metavar="BESTAND",
              help="Dit configuratiebestand gebruiken (anders: het dichtstbijzijnde).")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), default=None, metavar="BESTAND",
              help="Meldingen uit dit baseline-bestand niet tonen.")
@click.option("--stdin-name", default="<stdin>", metavar="NAAM",
              help="Naam voor tekst via standaardinvoer; de extensie bepaalt het formaat.")
@click.option("--color/--no-color", default=None, help="Kleur in de uitvoer (standaard: alleen op een terminal).")
@click.option("--statistics", "with_statistics", is_flag=True, help="Alleen tellen: hoe vaak elke regel voorkomt.")
@click.option("--exit-zero", is_flag=True, help="Exit-code 0, ook bij meldingen (een fout bij het lezen blijft 2).")
def check(paths, output_format, fail_on, model, fast, picky, select, ignore, assignments, exclude, include_docs,
          max_size, timeout, config_path, baseline_path, stdin_name, color, with_statistics, exit_zero):
    """Controleer brieven (.txt, .md, .html, .eml, .docx, .docm, .dotx, .dotm, .odt, .ott, .pdf, sjablonen), mappen
    met brieven, of tekst via standaardinvoer."""
    if model and fast:
        raise click.UsageError("Kies --fast of --model, niet allebei.")
    overrides = parse_overrides(model, select, ignore, assignments, fast, picky)
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            click.echo("b1check: geef een bestand of map op, of stuur tekst via standaardinvoer.", err=True)
            click.echo("Bijvoorbeeld: b1check check brief.txt", err=True)
            sys.exit(EXIT_ERROR)
        paths = ("-",)
    letters, unread = letters_in(paths, tuple(exclude), include_docs)
    if not letters and not unread:
        # Only files that .b1checkignore or --exclude leave out, as a pre-commit hook may pass them.
        click.echo("b1check: niets te controleren; alle bestanden worden overgeslagen (--exclude, .b1checkignore).",
                   err=True)
        sys.exit(EXIT_OK)
    reports, errors, config = _check_all(letters, overrides, max_size, config_path, baseline_path, stdin_name,
                                         timeout)
    errors = unread + errors
    fail_on = fail_on or (config.fail_on.value if config.fail_on else "warning")
    colour = sys.stdout.isatty() if color is None else color
    output = report.render(output_format, reports, errors, colour=colour, with_statistics=with_statistics)
    click.echo(output, nl=False)
    if errors and output_format != "text":
        for error in errors:
            click.echo(f"b1check: {error.path}: {error.reason}", err=True)
    code = exit_code(reports, errors, Severity(fail_on))
    sys.exit(EXIT_OK if exit_zero and code == EXIT_FINDINGS else code)


def _check_all(paths, overrides, max_size, config_path, baseline_path, stdin_name, timeout=0):
    """Check every path with the configuration that applies to it.

    Configuration, pipeline and baseline problems stop the run before any
    letter is checked; an unreadable letter is listed and the rest goes on.
    """
    from ..check import check_paths
    from ..language.analyse import model_problem
    from ..rules.baseline import BaselineError, load_baseline

    config = None
    files = []  # (path, settings, max bytes), for check_paths
    baseline_files = []  # the baseline file of each path, or None
    baselines: dict = {}
    for path in paths:
        try:
            config = config_for(path, config_path)
        except ConfigError as error:
            fail(str(error))
        settings = overrides.apply(config.settings_for(path)) if path != "-" else overrides.apply(config.settings)
        problem = model_problem(settings.model)
        if problem:
            fail(problem)
        files.append((path, settings, config.max_bytes(max_size)))
        baseline_file = baseline_path or config.baseline
        if baseline_file and baseline_file not in baselines:
            try:
                baselines[baseline_file] = load_baseline(baseline_file)
            except BaselineError as error:
                fail(str(error))
        baseline_files.append(baseline_file)
    reports: list[FileReport] = []
    errors: list[ReadError] = []
    stdin = sys.stdin.buffer if "-" in paths and sys.stdin is not None else None  # None: closed (- <&-)
    results = check_paths(files, stdin, stdin_name, timeout)
    for result, baseline_file in zip(results, baseline_files):
        if isinstance(result, ReadError):
            errors.append(result)
            continue
        if baseline_file:
            result, hidden = baselines[baseline_file].filter(result)
            if hidden:
                result.notes.append(f"{count(hidden, 'bekende melding', 'bekende meldingen')} niet getoond (baseline).")
        reports.append(result)
    return reports, errors, config or config_for(None, config_path)
