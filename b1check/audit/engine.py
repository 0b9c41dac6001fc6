"""Checking letters on another engine's workers (Dask, Spark …): bytes and settings in, a report out.

The worker needs b1check installed, not the files: the client reads them and
sends their bytes. Both functions run the audit's own per-letter path
(`run.check_letters`: load, analyse together, rules, score, the HTML page),
and the spaCy pipeline is loaded once per worker process (`analyse.pipeline`
keeps it), whatever the number of letters or tasks.
"""

from __future__ import annotations

from ..model import FileReport, ReadError
from ..settings import LETTER_TIMEOUT, Settings
from . import run
from .run import AuditOptions, LetterResult, Task


def check_batch(tasks: list[Task], options: AuditOptions, topic: str | None = None) -> list[LetterResult]:
    """Check letters whose bytes travel in the tasks, in order; never raises for a bad letter.

    What an engine's task runs (`audit.cluster` sends these to Dask workers).
    With `topic`, the Dask worker tells the client each step (a letter begun,
    a group analysed, a letter done) as an event on that topic, so that the
    client can keep each letter's time as the local supervisor does.
    """
    # One audit's options per worker process at a time: every task of a run sends the same.
    run._options = options
    return run.check_letters(tasks, _teller(topic))


def _teller(topic: str | None):
    """Each step as an event on `topic` for the Dask client; nothing to tell without one."""
    if topic is None:
        return None
    from distributed import get_worker

    worker = get_worker()
    key = worker.get_current_task()
    return lambda: worker.log_event(topic, key)


def check_bytes(
    data: bytes, name: str, settings: Settings | None = None, timeout: float = LETTER_TIMEOUT
) -> FileReport | ReadError:
    """Check one letter given as the bytes of a file called `name` (its extension tells the format).

    Returns the letter's `FileReport`, or a `ReadError` with the Dutch reason
    why it could not be checked: it never raises for a bad letter, so one
    broken file does not fail an engine's whole partition. Its arguments and
    result pickle, so it can be shipped to any engine's workers. The time limit
    holds where the caller runs it in its main thread.
    """
    options = AuditOptions(overrides=None, timeout=timeout)
    task = Task(0, name, data=bytes(data), settings=settings or Settings())
    result = check_batch([task], options)[0]
    return result.report if result.report is not None else result.error


def warm_up(settings: Settings, html: bool = False) -> str:
    """Load the pipeline, word lists and rules in this worker before the first letter; says b1check's version,
    so that the client can tell a worker that runs another b1check."""
    from ..__about__ import __version__
    from ..check import check_source
    from ..load import load_text

    check_source(load_text(run.WARM_UP_LETTER), "warm-up", settings)
    if html:
        from .html import environment

        environment()
    return __version__
