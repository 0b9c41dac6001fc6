"""Check many letters on all cores, streaming: one letter in, one small result out.

The parent loads the pipeline and word lists once and then forks its workers,
so they start at once and share those tables. Paths go to the workers in
batches through `Pool.imap`, and a worker runs the spaCy pipeline over a batch
at once (faster than letter by letter); results come back in the order of the
paths (so a report is the same every run). No letter stops the run: whatever goes wrong
becomes a `ReadError` with a Dutch reason, and a letter that takes too long is
stopped.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..check import check_source, report_on
from ..config import ConfigError, config_for
from ..language.analyse import BATCH, Analysis, analyse, analyse_together
from ..load import InputError, load_file, load_text
from ..load.source import SourceText
from ..model import FileReport, ReadError
from ..settings import Settings
from .summary import Comparison, Previous, compare

# A worker gets up to analyse.BATCH letters at a time (after a few smaller
# batches, see _batch_sizes) and runs the spaCy pipeline over them together
# (analyse.analyse_together).
# A worker is replaced after this many batches: spaCy's string store grows
# with every new word it sees, and a fresh fork starts from the warmed-up parent.
BATCHES_PER_WORKER = 60
LETTER_TIMEOUT = 120  # seconds


@dataclass(frozen=True)
class AuditOptions:
    """What every worker needs to know; sent to each worker once."""

    overrides: object  # cli.Overrides: the command line's --select/--ignore/--set/--model
    config_path: str | None = None
    max_size_kb: int | None = None
    html: bool = False  # render the letter's section of the HTML report
    timeout: float = LETTER_TIMEOUT


@dataclass(frozen=True)
class Task:
    index: int
    path: str | ReadError  # a ReadError from the walk passes straight through
    previous: Previous | None = None
    compare: bool = False


@dataclass
class LetterResult:
    index: int
    path: str
    report: FileReport | None = None
    error: ReadError | None = None
    comparison: Comparison | None = None
    section: str | None = None  # HTML


class LetterTimeout(Exception):
    pass


_options: AuditOptions | None = None


def _init(options: AuditOptions) -> None:
    global _options
    _options = options
    # Ctrl-C is the parent's to handle; workers just stop with the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def _time_limit(seconds: float):
    if not seconds or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise LetterTimeout

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@dataclass
class _Loaded:
    task: Task
    source: SourceText
    settings: Settings


def _error(task: Task, error: Exception) -> LetterResult:
    """The Dutch reason why a letter could not be checked."""
    path = task.path
    if isinstance(error, InputError):
        return LetterResult(task.index, path, error=ReadError(error.path, error.reason))
    if isinstance(error, ConfigError):
        return LetterResult(task.index, path, error=ReadError(path, f"De configuratie klopt niet: {error}"))
    if isinstance(error, LetterTimeout):
        reason = f"Het controleren duurde te lang (meer dan {_options.timeout:.0f} seconden); b1check is gestopt."
        return LetterResult(task.index, path, error=ReadError(path, reason))
    reason = f"b1check kon dit bestand niet controleren (interne fout: {error!r})."
    return LetterResult(task.index, path, error=ReadError(path, reason))


def _load(task: Task) -> _Loaded:
    options, path = _options, task.path
    with _time_limit(options.timeout):
        config = config_for(path, options.config_path)
        settings = options.overrides.apply(config.settings_for(path))
        return _Loaded(task, load_file(path, config.max_bytes(options.max_size_kb)), settings)


def _finish(letter: _Loaded, analysis: Analysis | None) -> LetterResult:
    """Rules, score and (for --html) the letter's section; analyses first if `analysis` is None."""
    task, source = letter.task, letter.source
    with _time_limit(_options.timeout):
        if analysis is None:
            analysis = analyse(source, letter.settings.model)
        report = report_on(analysis, task.path, letter.settings)
        comparison = compare(report, task.previous) if task.compare else None
        section = None
        if _options.html:
            from .html import render_letter

            section = render_letter(task.index, report, source, comparison)
    return LetterResult(task.index, task.path, report, comparison=comparison, section=section)


def _analyse_together(letters: list[_Loaded]) -> dict[int, Analysis]:
    """Analyses by task index of the letters analysed together; a letter
    missing here is analysed on its own in `_finish`, with its own time limit."""
    found = analyse_together(
        [(letter.source, letter.settings.model) for letter in letters],
        guard=lambda: _time_limit(_options.timeout),
    )
    return {letter.task.index: analysis for letter, analysis in zip(letters, found) if analysis is not None}


def check_letters(tasks: list[Task]) -> list[LetterResult]:
    """Check a batch of letters, in order; never raises."""
    results: dict[int, LetterResult] = {}
    loaded: list[_Loaded] = []
    for task in tasks:
        if isinstance(task.path, ReadError):  # from the walk: passes straight through
            results[task.index] = LetterResult(task.index, task.path.path, error=task.path)
            continue
        try:
            loaded.append(_load(task))
        except Exception as error:  # noqa: BLE001 - one broken letter must not stop an audit
            results[task.index] = _error(task, error)
    analyses = _analyse_together(loaded)
    for letter in loaded:
        try:
            results[letter.task.index] = _finish(letter, analyses.pop(letter.task.index, None))
        except Exception as error:  # noqa: BLE001
            results[letter.task.index] = _error(letter.task, error)
    return [results[task.index] for task in tasks]


def _batch_sizes(jobs: int) -> Iterator[int]:
    """Small batches first (4, 8, 16 letters; `jobs` of each), then BATCH: a
    small archive is still spread over every core, a big one gets full batches."""
    size = 4
    while size < BATCH:
        for _ in range(jobs):
            yield size
        size *= 2
    while True:
        yield BATCH


def _batches(tasks: Iterable[Task], jobs: int = 1) -> Iterator[list[Task]]:
    tasks = iter(tasks)
    for size in _batch_sizes(jobs):
        batch = list(itertools.islice(tasks, size))
        if not batch:
            return
        yield batch


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def warm_up(options: AuditOptions) -> None:
    """Load the pipeline, word lists and rules in this process, before forking."""
    settings = options.overrides.apply(config_for(None, options.config_path).settings)
    letter = "Geachte heer Jansen,\n\nWij verzoeken u het formulier te retourneren.\n\nMet vriendelijke groet,\n\nJan de Vries"
    check_source(load_text(letter), "warm-up", settings)
    if options.html:
        from .html import environment

        environment()


def run(tasks: Iterable[Task], options: AuditOptions, jobs: int) -> Iterator[LetterResult]:
    """Results in the order of `tasks`. With jobs=1 everything runs in this process."""
    warm_up(options)
    if jobs <= 1:
        global _options
        _options = options
        for batch in _batches(tasks):
            yield from check_letters(batch)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(jobs, initializer=_init, initargs=(options,), maxtasksperchild=BATCHES_PER_WORKER) as pool:
        # imap feeds the pool from the generator as the pool's pipe has room,
        # so the paths are never all in memory.
        for results in pool.imap(check_letters, _batches(tasks, jobs)):
            yield from results
