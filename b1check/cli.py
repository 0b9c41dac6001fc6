"""The command line: `b1check check`, `b1check rule CODE`, `b1check rules`.

Exit codes: 0 nothing at or above --fail-on and every letter B1; 1 findings
(or a letter that is not B1); 2 usage or input error. Bad input never stops
the other files: they are checked, the unreadable ones listed.
"""

from __future__ import annotations

import dataclasses
import sys
import textwrap
from pathlib import Path

import click

from . import analyse, report
from .check import check_paths
from .config import ConfigError, config_for, describe
from .load import DEFAULT_MAX_BYTES
from .model import FileReport, ReadError, Severity
from .rules import rule_info
from .settings import Limits, Settings, VerdictLimits
from .suppress import BaselineError, load_baseline, write_baseline

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@dataclasses.dataclass(frozen=True)
class Overrides:
    """What the command line says; it wins over the configuration file."""

    model: str | None = None
    fast: bool = False  # --fast: the lexical pipeline, no parse
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    limits: tuple[tuple[str, float], ...] = ()
    verdict: tuple[tuple[str, float], ...] = ()

    def apply(self, settings: Settings) -> Settings:
        return dataclasses.replace(
            settings,
            model=None if self.fast else self.model or settings.model,
            select=self.select or settings.select,
            ignore=settings.ignore + self.ignore,
            limits=dataclasses.replace(settings.limits, **dict(self.limits)),
            verdict=dataclasses.replace(settings.verdict, **dict(self.verdict)),
        )


def _codes(values) -> tuple[str, ...]:
    return tuple(code.strip().upper() for part in values for code in part.split(",") if code.strip())


def _parse_overrides(model, select, ignore, assignments, fast: bool = False) -> Overrides:
    limits, verdict = {}, {}
    limit_fields = {f.name: f for f in dataclasses.fields(Limits)}
    verdict_fields = {f.name: f for f in dataclasses.fields(VerdictLimits)}
    for assignment in assignments:
        key, sep, value = assignment.partition("=")
        key = key.strip().replace("-", "_")
        target = limits if key in limit_fields else verdict if key in verdict_fields else None
        if not sep or target is None:
            names = ", ".join([*limit_fields, *verdict_fields])
            raise click.BadParameter(f"'{assignment}' is geen instelling. Kies uit: {names}.", param_hint="--set")
        kind = (limit_fields.get(key) or verdict_fields[key]).type
        try:
            target[key] = float(value) if kind in ("float", float) else int(value)
        except ValueError:
            raise click.BadParameter(f"'{value}' is geen getal.", param_hint="--set") from None
    return Overrides(model, fast, _codes(select), _codes(ignore), tuple(limits.items()), tuple(verdict.items()))


def _exit_code(reports: list[FileReport], errors: list[ReadError], fail_on: Severity) -> int:
    if errors:
        return EXIT_ERROR
    for file_report in reports:
        if not file_report.verdict.b1:
            return EXIT_FINDINGS
        if any(f.severity.rank >= fail_on.rank for f in file_report.findings):
            return EXIT_FINDINGS
    return EXIT_OK


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="b1check", message="b1check %(version)s")
def cli() -> None:
    """Controleer Nederlandse brieven en e-mails op eenvoudige taal (B1)."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--format", "output_format", type=click.Choice(sorted(report.FORMATS)), default="text",
              show_default=True, help="Uitvoer: tekst voor mensen, JSON, SARIF, GitHub-annotaties of JUnit.")
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]), default=None,
              help="Vanaf welke ernst de exit-code 1 is (standaard: warning).")
@click.option("--model", default=None, metavar="NAAM",
              help="Een andere spaCy-pijplijn, bijvoorbeeld nl_core_news_sm (standaard: b1check, meegeleverd).")
@click.option("--fast", is_flag=True,
              help="Sneller, zonder zinsontleding. Dan staan LiNT-II en een paar regels uit.")
@click.option("--select", multiple=True, metavar="CODES", help="Alleen deze regels (codes of begin van codes).")
@click.option("--ignore", multiple=True, metavar="CODES", help="Deze regels overslaan.")
@click.option("--set", "assignments", multiple=True, metavar="NAAM=WAARDE",
              help="Een grens aanpassen, bijvoorbeeld --set long_sentence_words=25.")
@click.option("--max-size", type=int, default=None, metavar="KB",
              help=f"Grotere bestanden worden niet gelezen (standaard: {DEFAULT_MAX_BYTES // 1024}).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Dit configuratiebestand gebruiken (anders: het dichtstbijzijnde).")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), default=None,
              help="Meldingen uit dit baseline-bestand niet tonen.")
@click.option("--stdin-name", default="<stdin>", metavar="NAAM",
              help="Naam voor tekst via standaardinvoer; de extensie bepaalt het formaat.")
@click.option("--color/--no-color", default=None, help="Kleur in de uitvoer (standaard: alleen op een terminal).")
@click.option("--statistics", "with_statistics", is_flag=True, help="Alleen tellen: hoe vaak elke regel voorkomt.")
@click.option("--exit-zero", is_flag=True, help="Exit-code 0, ook bij meldingen (een fout bij het lezen blijft 2).")
def check(paths, output_format, fail_on, model, fast, select, ignore, assignments, max_size, config_path,
          baseline_path, stdin_name, color, with_statistics, exit_zero):
    """Controleer brieven (.txt, .md, .html, .eml, .docx, .odt, .pdf, sjablonen) of tekst via standaardinvoer."""
    if model and fast:
        raise click.UsageError("Kies --fast of --model, niet allebei.")
    overrides = _parse_overrides(model, select, ignore, assignments, fast)
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            click.echo("b1check: geef een bestand op, of stuur tekst via standaardinvoer.", err=True)
            click.echo("Bijvoorbeeld: b1check check brief.txt", err=True)
            sys.exit(EXIT_ERROR)
        paths = ("-",)
    reports, errors, config = _check_all(paths, overrides, max_size, config_path, baseline_path, stdin_name)
    fail_on = fail_on or (config.fail_on.value if config.fail_on else "warning")
    colour = sys.stdout.isatty() if color is None else color
    output = report.render(output_format, reports, errors, colour=colour, with_statistics=with_statistics)
    click.echo(output, nl=False)
    if errors and output_format != "text":
        for error in errors:
            click.echo(f"b1check: {error.path}: {error.reason}", err=True)
    code = _exit_code(reports, errors, Severity(fail_on))
    sys.exit(EXIT_OK if exit_zero and code == EXIT_FINDINGS else code)


def _fail(message: str) -> None:
    click.echo(f"b1check: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _check_all(paths, overrides, max_size, config_path, baseline_path, stdin_name):
    """Check every path with the configuration that applies to it.

    Configuration, pipeline and baseline problems stop the run before any
    letter is checked; an unreadable letter is listed and the rest goes on.
    """
    config = None
    files = []  # (path, settings, max bytes), for check_paths
    baseline_files = []  # the baseline file of each path, or None
    baselines: dict = {}
    for path in paths:
        try:
            config = config_for(path, config_path)
        except ConfigError as error:
            _fail(str(error))
        settings = overrides.apply(config.settings_for(path)) if path != "-" else overrides.apply(config.settings)
        problem = analyse.model_problem(settings.model)
        if problem:
            _fail(problem)
        limit = (max_size or config.max_size_kb or DEFAULT_MAX_BYTES // 1024) * 1024
        files.append((path, settings, limit))
        baseline_file = baseline_path or config.baseline
        if baseline_file and baseline_file not in baselines:
            try:
                baselines[baseline_file] = load_baseline(baseline_file)
            except BaselineError as error:
                _fail(str(error))
        baseline_files.append(baseline_file)
    reports: list[FileReport] = []
    errors: list[ReadError] = []
    results = check_paths(files, sys.stdin.buffer if "-" in paths else None, stdin_name)
    for result, baseline_file in zip(results, baseline_files):
        if isinstance(result, ReadError):
            errors.append(result)
            continue
        if baseline_file:
            result, hidden = baselines[baseline_file].filter(result)
            if hidden:
                result.notes.append(f"{hidden} bekende meldingen niet getoond (baseline).")
        reports.append(result)
    return reports, errors, config or config_for(None, config_path)


@cli.command(name="config")
@click.argument("path", required=False, type=click.Path(allow_dash=True))
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
def show_config(path, config_path):
    """Toon de instellingen die voor een bestand (of deze map) gelden."""
    try:
        config = config_for(path, config_path)
    except ConfigError as error:
        _fail(str(error))
    settings = config.settings_for(path) if path and path != "-" else config.settings
    click.echo(describe(config, settings), nl=False)


@cli.command(name="baseline")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", default=".b1check-baseline.json", show_default=True, type=click.Path(dir_okay=False),
              help="Het baseline-bestand dat b1check schrijft.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
def write_baseline_command(paths, output, config_path):
    """Schrijf de meldingen van nu in een baseline: daarna ziet u alleen nieuwe meldingen."""
    reports, errors, _ = _check_all(paths, Overrides(), None, config_path, None, "<stdin>")
    total = write_baseline(reports, Path(output))
    click.echo(f"{total} meldingen in {len(reports)} bestanden opgeslagen in {output}.")
    for error in errors:
        click.echo(f"b1check: {error.path}: {error.reason}", err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_OK)


def explain(code: str) -> str:
    info = rule_info()[code]
    wrap = lambda text: textwrap.fill(text, width=88, initial_indent="  ", subsequent_indent="  ")  # noqa: E731
    block = lambda text: textwrap.indent(text, "  ")  # noqa: E731
    return "\n".join(
        [
            f"{info.code} ({info.name})",
            f"Categorie: {info.category} · ernst: {info.severity.value}",
            "",
            "Wat valt op",
            wrap(info.what),
            "",
            "Waarom is dat lastig",
            wrap(info.why),
            "",
            "Voorbeeld",
            block(info.example),
            "",
            "Beter",
            block(info.better),
        ]
    )


@cli.command()
@click.argument("code")
def rule(code):
    """Leg een regel uit: wat valt op, waarom, voorbeeld en beter."""
    infos = rule_info()
    code = code.upper()
    if code not in infos:
        click.echo(f"b1check: regel '{code}' bestaat niet. Zie 'b1check rules' voor alle regels.", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(explain(code))


@cli.command(name="rules")
@click.option("--markdown", is_flag=True, help="De volledige uitleg van elke regel in Markdown (docs/rules.md).")
def list_rules(markdown):
    """Toon alle regels met code, categorie en ernst."""
    if markdown:
        from .docs import rules_markdown

        click.echo(rules_markdown(), nl=False)
        return
    for info in rule_info().values():
        click.echo(f"{info.code}  {info.category:<16} {info.severity.value:<8} {info.name}")


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


from . import fix  # noqa: E402,F401  - registers `b1check fix`
from .web.cli import serve  # noqa: E402
cli.add_command(serve)
from .audit.command import audit  # noqa: E402
cli.add_command(audit)
