"""`b1check audit PATH…`: check a whole archive of letters and write reports.

Exit codes: 2 if no file at all could be read (or the command is wrong);
1 with --fail-under when too few letters are B1; else 0. An unreadable file
never stops the run: it is listed with its reason. The pipeline is imported
when the command runs, so that the other commands start at once.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Iterator

import click

from ..config import ConfigError, config_for
from ..model import ReadError
from ..report.labels import count, number
from .dutch import OPTIONS_METAVAR
from .options import (EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, Number, WholeNumber, exclude_option, fail,
                      include_docs_option, max_size_option, os_reason, parse_overrides, report_clash, timeout_option)


class Progress:
    """One line on the terminal: letters done, letters per second, time left."""

    def __init__(self, paths, exclude, stream, include_docs: bool) -> None:
        self.stream = stream
        self.total: int | None = None
        self.done = 0
        self.started = time.monotonic()
        self._shown = 0.0
        # Counting walks the folders once more; do it beside the work.
        self._counter = threading.Thread(target=self._count, args=(list(paths), exclude, include_docs),
                                         daemon=True)
        self._counter.start()

    def _count(self, paths, exclude, include_docs) -> None:
        from ..audit.walk import count_letters

        self.total = count_letters(paths, exclude, include_docs)

    def step(self) -> None:
        now = time.monotonic()
        if self.done == 0:
            self.started = now  # loading the word lists is not part of the rate
        self.done += 1
        if now - self._shown >= 0.2:
            self._shown = now
            self._show(now)

    def _show(self, now: float) -> None:
        elapsed = now - self.started
        rate = (self.done - 1) / elapsed if elapsed > 0 else 0.0
        total = self.total
        if total:
            left = _duration(max(total - self.done, 0) / rate) if rate else "…"
            filled = int(30 * min(self.done / total, 1))
            bar = "█" * filled + "░" * (30 - filled)
            line = f"{bar} {number(self.done)}/{count(total, 'brief', 'brieven')} · {number(rate, 1)} per seconde · nog {left}"
        else:
            line = f"{count(self.done, 'brief', 'brieven')} · {number(rate, 1)} per seconde · tellen…"
        self.stream.write("\r" + line.ljust(80))
        self.stream.flush()

    def finish(self) -> None:
        self.stream.write("\r" + " " * 80 + "\r")
        self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60}:{seconds % 60:02d}"


def _tasks(walk, baseline: dict | None) -> Iterator:
    from ..audit.run import Task

    for index, item in enumerate(walk, start=1):
        previous = None
        if baseline is not None and not isinstance(item, ReadError):
            previous = baseline.pop(item)
        yield Task(index, item, previous, compare=baseline is not None)


@click.command(options_metavar=OPTIONS_METAVAR)
@click.argument("paths", nargs=-1, required=True, metavar="BESTAND...", type=click.Path(readable=False))
@click.option("--html", "html_path", type=click.Path(), default=None, metavar="BESTAND|MAP",
              help="Schrijf het rapport als webpagina. rapport.html: één pagina met alle brieven (tot 2.000 "
                   "brieven; daarboven wordt het de map rapport/). rapport/ (een naam zonder .html): een map met "
                   "index.html, het overzicht met een tabel van alle brieven, en een pagina per brief.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, writable=True), default=None, metavar="BESTAND",
              help="Schrijf een tabel met één regel per brief, voor andere programma's (komma's, punt voor de "
                   "decimalen, Engelse kolomnamen).")
@click.option("--excel", "excel_path", type=click.Path(dir_okay=False, writable=True), default=None,
              metavar="BESTAND",
              help="Schrijf dezelfde tabel voor Excel: open het bestand met een dubbelklik. De kolommen hebben "
                   "Nederlandse namen, getallen een komma (54,3) en er staat ja of nee. Geef het bestand een naam "
                   "die eindigt op .csv.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, writable=True), default=None, metavar="BESTAND",
              help="Schrijf alles als JSON (de vorm van check --format json, met een samenvatting).")
@click.option("--jsonl", "jsonl_path", type=click.Path(dir_okay=False, writable=True), default=None, metavar="BESTAND",
              help="Schrijf JSON Lines: één regel per brief, zodra hij klaar is, en als laatste regel de "
                   "samenvatting (voor grote archieven).")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, exists=False), default=None,
              metavar="BESTAND", help="Vergelijk met het JSON- of JSON Lines-rapport van een vorige keer.")
@click.option("-j", "--jobs", type=WholeNumber(min=0), default=0, metavar="N",
              help="Zoveel brieven tegelijk (standaard: alle processorkernen; hooguit 4 per kern).")
@click.option("--scheduler", metavar="ADRES",
              help="Laat het werk doen door een Dask-cluster: het adres van de scheduler (tcp://host:8786), of "
                   "local:N voor een cluster van N werkers op deze computer. De werkers hebben b1check nodig, niet "
                   "de bestanden. Vraagt pip install \"b1check[dask]\"; --jobs telt dan niet.")
@exclude_option
@include_docs_option
@click.option("--fail-under", type=Number(0, 100, unit="procent"), default=None, metavar="PROCENT",
              help="Exit-code 1 als minder dan dit deel van de brieven B1 is.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None, metavar="BESTAND",
              help="Dit configuratiebestand gebruiken (anders: het dichtstbijzijnde bij elke brief).")
@max_size_option
@click.option("--fast", is_flag=True,
              help="Snel, zonder zinsontleding (voor grote archieven): sommige regels en LiNT-II staan dan uit.")
@click.option("--picky/--no-picky", default=None,
              help="Ook tips over woorden die veel redacteuren laten staan (vermelden, toelichten, indienen …); "
                   "--no-picky zet ze uit, ook als de configuratie ze aanzet.")
@click.option("--select", multiple=True, metavar="CODES", help="Alleen deze regels.")
@click.option("--ignore", multiple=True, metavar="CODES", help="Deze regels overslaan.")
@click.option("--set", "assignments", multiple=True, metavar="NAAM=WAARDE", help="Een grens aanpassen.")
@timeout_option
@click.option("--progress/--no-progress", default=None, help="Voortgang tonen (standaard: alleen op een terminal).")
def audit(paths, html_path, csv_path, excel_path, json_path, jsonl_path, baseline_path, jobs, scheduler, exclude, include_docs, fail_under,
          config_path, max_size, fast, picky, select, ignore, assignments, timeout, progress):
    """Controleer een heel archief brieven en sjablonen, en schrijf een rapport."""
    from ..audit.run import JOBS_PER_CORE, AuditOptions, available_cores, most_jobs, run
    from ..audit.summary import ArchiveSummary, BaselineError, load_baseline
    from ..audit.walk import Walk
    from ..language.analyse import model_problem

    overrides = parse_overrides(None, select, ignore, assignments, fast, picky)
    clash = report_clash(paths, (("--html", html_path), ("--csv", csv_path), ("--excel", excel_path),
                                  ("--json", json_path), ("--jsonl", jsonl_path)))
    if clash:
        fail(clash)
    if excel_path and excel_path.lower().endswith(EXCEL_WORKBOOKS):
        fail(f"{excel_path}: --excel schrijft een CSV-bestand, en Excel opent dat niet met de naam "
             f"{os.path.splitext(excel_path)[1]}. Geef het een naam die eindigt op .csv.")
    try:
        top = config_for(None, config_path)
    except ConfigError as error:
        fail(str(error))
    top_settings = overrides.apply(top.settings)
    problem = model_problem(top_settings.model)
    if problem:
        fail(problem)
    threshold = top_settings.verdict.min_flesch_douma
    baseline = None
    if baseline_path:
        try:
            baseline = load_baseline(baseline_path)
        except BaselineError as error:
            fail(str(error))
    options = AuditOptions(overrides, config_path, max_size, html=bool(html_path), timeout=timeout)
    jobs = jobs or available_cores()
    if jobs > most_jobs() and not scheduler:  # (a cluster does not use --jobs)
        click.echo(f"b1check: hooguit {number(most_jobs())} brieven tegelijk op deze computer "
                   f"({JOBS_PER_CORE} per processorkern), niet {number(jobs)}.", err=True)
        jobs = most_jobs()

    walk = Walk(paths, tuple(exclude), include_docs)
    summary = ArchiveSummary(roots=tuple(paths))
    # The reports are written beside their targets and put in place at the end
    # (files.AtomicFile): a run that is stopped leaves the previous reports as they were.
    reports = []
    try:
        for path, kind in ((html_path, "HtmlReport"), (csv_path, "CsvReport"), (excel_path, "ExcelReport"),
                           (json_path, "JsonReport"), (jsonl_path, "JsonLinesReport")):
            reports.append(_open(path, kind))
    except OSError as error:
        _discard(reports)
        fail(f"{path}: kan niet schrijven ({os_reason(error)}).")
    except ValueError as error:  # audit.html.ReportError: a folder that is not a report
        _discard(reports)
        fail(str(error))
    html, csv_file, excel_file, json_file, jsonl_file = reports
    show = sys.stderr.isatty() if progress is None else progress
    bar = Progress(paths, tuple(exclude), sys.stderr, include_docs) if show else None
    main_thread = threading.current_thread() is threading.main_thread()
    previous_handler = signal.signal(signal.SIGTERM, _stop) if main_thread else None
    # a closed terminal (SIGHUP) too: else the half-written reports stay behind as hidden files; not
    # where the user asked to go on without a terminal ("nohup b1check audit …" ignores it)
    hangup = getattr(signal, "SIGHUP", None)
    if hangup is not None and (not main_thread or signal.getsignal(hangup) is signal.SIG_IGN):
        hangup = None
    previous_hangup = signal.signal(hangup, _stop) if hangup is not None else None
    previous_interrupt = signal.signal(signal.SIGINT, _interrupt) if main_thread else None
    _stopping.clear()
    if scheduler:
        from ..audit import cluster

        results = cluster.run(_tasks(walk, baseline), options, scheduler)
        stopped_by = cluster.SchedulerError
    else:
        results = run(_tasks(walk, baseline), options, jobs)
        stopped_by = ()
    try:
        for result in results:
            if result.report is None:
                summary.add_error(result.error)
            else:
                summary.add(result.report, result.index, result.counts, result.comparison)
                if html is not None:
                    html.add(result)
            if csv_file is not None:
                csv_file.add(result)
            if excel_file is not None:
                excel_file.add(result)
            if json_file is not None:
                json_file.add(result)
            if jsonl_file is not None:
                jsonl_file.add(result)
            if bar is not None:
                bar.step()
            if _stopping.is_set():
                raise KeyboardInterrupt  # Ctrl-C came while a C extension was running, which can drop it
        if _stopping.is_set():
            raise KeyboardInterrupt  # lost during the last letter: still no reports
        if bar is not None:
            bar.finish()
        summary.skipped = walk.skipped
        summary.gone = len(baseline) if baseline is not None else 0
        if html is not None:
            html.close(summary, threshold, list(paths), baseline_path, top_settings.verdict.max_lint_level)
        if csv_file is not None:
            csv_file.close()
        if excel_file is not None:
            excel_file.close()
        if json_file is not None:
            json_file.close(summary)
        if jsonl_file is not None:
            jsonl_file.close(summary)
    except (KeyboardInterrupt, SystemExit) as stopped:
        _discard(reports)
        if bar is not None:
            bar.finish()
        try:
            click.echo("b1check: gestopt; de rapporten zijn niet geschreven (een vorig rapport blijft staan).", err=True)
        except OSError:
            pass  # the terminal is gone (SIGHUP): the reports are discarded all the same
        sys.exit(stopped.code if isinstance(stopped, SystemExit) else 130)
    except stopped_by as error:
        _discard(reports)
        if bar is not None:
            bar.finish()
        fail(str(error))
    except OSError as error:
        _discard(reports)
        fail(f"de rapporten kunnen niet geschreven worden ({os_reason(error)}); een vorig rapport blijft staan.")
    except BaseException:
        _discard(reports)
        raise
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous_handler)
            signal.signal(signal.SIGINT, previous_interrupt)
            if hangup is not None:
                signal.signal(hangup, previous_hangup)

    written = (html.written if html is not None else None, csv_path, excel_path, json_path, jsonl_path)
    click.echo(_closing_text(summary, *written), nl=False)
    if html is not None and html.became_folder:
        # The single page asked for became a folder: say so, and which page to open, or the auditor looks for it in vain.
        from ..audit.html import SINGLE_PAGE_LETTERS

        click.echo(f"Meer dan {number(SINGLE_PAGE_LETTERS)} brieven: het rapport is een map geworden in plaats van "
                   f"{html_path}. Open {os.path.join(html.written, 'index.html')} in de browser.")
    if summary.letters == 0:
        sys.exit(EXIT_ERROR)
    if fail_under is not None and summary.b1_share * 100 < fail_under:
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


# Names Excel opens as a workbook, not as text: a CSV file with such a name it refuses ("bestandsindeling
# of extensie is niet geldig").
EXCEL_WORKBOOKS = (".xlsx", ".xlsm", ".xls", ".xlsb")


# Set by Ctrl-C: a KeyboardInterrupt raised while spaCy's compiled code runs can be lost
# ("Exception ignored in …"); the loop over the letters then raises it again.
_stopping = threading.Event()


def _interrupt(signum, frame) -> None:
    """Ctrl-C: remember it, and stop at once where Python can."""
    _stopping.set()
    raise KeyboardInterrupt


def _stop(signum, frame) -> None:
    """SIGTERM and SIGHUP stop an audit as Ctrl-C does: the unfinished reports are removed."""
    raise SystemExit(128 + signum)


def _discard(reports) -> None:
    for report in reports:
        if report is not None:
            report.discard()


def _open(path, kind):
    if not path:
        return None
    if kind == "HtmlReport":
        from ..audit.html import HtmlReport

        return HtmlReport(path)
    from ..audit import output

    return getattr(output, kind)(path)


def _closing_text(summary, *written) -> str:
    lines = []
    if summary.found == 0:
        lines.append("Geen brieven gevonden.")
    else:
        lines.append(
            f"{count(summary.letters, 'brief', 'brieven')} gecontroleerd: {number(summary.b1)} "
            f"{'is' if summary.b1 == 1 else 'zijn'} B1 ({round(summary.b1_share * 100)}%)."
        )
        if summary.skipped:
            lines.append(f"{count(summary.skipped, 'ander bestand', 'andere bestanden')} overgeslagen (geen brief).")
    if summary.baseline_used:
        changes = summary.changes
        lines.append(
            f"Sinds de vorige keer: {number(changes['better'])} beter, {number(changes['worse'])} slechter, "
            f"{number(changes['same'])} gelijk, {number(changes['new'])} nieuw, "
            f"{number(summary.gone)} niet meer gevonden."
        )
    if summary.errors:
        lines.append(f"Niet gelezen ({number(len(summary.errors))}):")
        lines.extend(f"  {error.path}: {error.reason}" for error in summary.errors)
    for path in written:
        if path:
            lines.append(f"Geschreven: {path}")
    return "\n".join(lines) + "\n"
