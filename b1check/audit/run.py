"""Check many letters on all cores, streaming: one letter in, one small result out.

The parent loads the pipeline and word lists once and then forks its workers,
so they start at once and share those tables. Paths go to the workers in small
chunks through `Pool.imap`; results come back in the order of the paths (so a
report is the same every run). No letter stops the run: whatever goes wrong
becomes a `ReadError` with a Dutch reason, and a letter that takes too long is
stopped.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..check import check_source
from ..config import ConfigError, config_for
from ..load import DEFAULT_MAX_BYTES, InputError, load_file, load_text
from ..model import FileReport, ReadError
from .summary import Comparison, Previous, compare

CHUNKSIZE = 8
# A worker is replaced after this many chunks: spaCy's string store grows with
# every new word it sees, and a fresh fork starts from the warmed-up parent.
CHUNKS_PER_WORKER = 250
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


def check_letter(task: Task) -> LetterResult:
    """Check one letter; never raises."""
    if isinstance(task.path, ReadError):
        return LetterResult(task.index, task.path.path, error=task.path)
    options, path = _options, task.path
    try:
        with _time_limit(options.timeout):
            config = config_for(path, options.config_path)
            settings = options.overrides.apply(config.settings_for(path))
            limit = (options.max_size_kb or config.max_size_kb or DEFAULT_MAX_BYTES // 1024) * 1024
            source = load_file(path, limit)
            report = check_source(source, path, settings)
            comparison = compare(report, task.previous) if task.compare else None
            section = None
            if options.html:
                from .html import render_letter

                section = render_letter(task.index, report, source, comparison)
        return LetterResult(task.index, path, report, comparison=comparison, section=section)
    except InputError as error:
        return LetterResult(task.index, path, error=ReadError(error.path, error.reason))
    except ConfigError as error:
        return LetterResult(task.index, path, error=ReadError(path, f"De configuratie klopt niet: {error}"))
    except LetterTimeout:
        reason = f"Het controleren duurde te lang (meer dan {options.timeout:.0f} seconden); b1check is gestopt."
        return LetterResult(task.index, path, error=ReadError(path, reason))
    except Exception as error:  # noqa: BLE001 - one broken letter must not stop an audit
        reason = f"b1check kon dit bestand niet controleren (interne fout: {error!r})."
        return LetterResult(task.index, path, error=ReadError(path, reason))


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
        yield from map(check_letter, tasks)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(jobs, initializer=_init, initargs=(options,), maxtasksperchild=CHUNKS_PER_WORKER) as pool:
        # imap feeds the pool from the generator as the pool's pipe has room,
        # so the paths are never all in memory.
        yield from pool.imap(check_letter, tasks, chunksize=CHUNKSIZE)
