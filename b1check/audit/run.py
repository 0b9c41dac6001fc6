"""Check many letters on all cores, streaming: one letter in, one small result out.

The parent loads the pipeline and word lists once and then forks its workers,
so they start at once and share those tables. Paths go to the workers in
batches, and a worker runs the spaCy pipeline over a batch at once (faster
than letter by letter); results come back in the order of the paths (so a
report is the same every run). No letter stops the run: whatever goes wrong
becomes a `ReadError` with a Dutch reason.

Every letter has a time limit (`AuditOptions.timeout`). The worker stops a
letter itself when the limit passes (an alarm signal). A worker that does not
(stuck inside a library) or that dies (out of memory, a crash) is ended by
the parent: the worker tells the parent which letter it works on, so that
letter is listed as not read, the rest of its batch is checked again one by
one, and a new worker takes its place. Writing a pool with that watch is the
one thing multiprocessing's and concurrent.futures' pools do not do (a dead
worker there loses its batch or breaks the pool), nor pebble's (its time
limit is per task, and a task here is a batch of letters analysed together).
"""

from __future__ import annotations

import itertools
import math
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.connection import wait

from ..check import LetterTimeout, check_source, checkable, report_on, seconds, time_limit, too_long  # noqa: F401  (seconds: for the web page)
from ..config import ConfigError, config_for
from ..language.analyse import BATCH, Analysis, analyse, analyse_together
from ..load import InputError, load_bytes, load_file, load_text
from ..load.source import SourceText
from ..model import FileReport, ReadError
from ..settings import LETTER_TIMEOUT, Settings
from .summary import Comparison, LetterCounts, Previous, compare

# A worker gets up to analyse.BATCH letters at a time (after a few smaller
# batches, see _batch_sizes) and runs the spaCy pipeline over them together
# (analyse.analyse_together).
# A worker is replaced after this many batches: spaCy's string store grows
# with every new word it sees, and a fresh fork starts from the warmed-up parent.
BATCHES_PER_WORKER = 60
# A worker that is still on a letter this long after its time limit is ended
# by the parent: it did not stop the letter itself.
GRACE = 5.0
# Results wait for an earlier letter at most this many batches per worker ahead.
AHEAD = 8


@dataclass(frozen=True)
class AuditOptions:
    """What every worker needs to know; sent to each worker once."""

    overrides: object  # cli.Overrides: the command line's --select/--ignore/--set/--model
    config_path: str | None = None
    max_size_kb: int | None = None
    html: bool = False  # render the letter's section of the HTML report
    timeout: float = LETTER_TIMEOUT  # seconds per letter; 0: no limit


@dataclass(frozen=True)
class Task:
    index: int
    path: str | ReadError  # a ReadError from the walk passes straight through
    previous: Previous | None = None
    compare: bool = False
    alone: bool = False  # checked again on its own, after its worker was ended
    # The letter's bytes and settings, read on the client when the worker has no
    # access to the files (another engine's workers: `audit.engine`); None: the
    # worker reads `path` and finds its configuration itself.
    data: bytes | None = None
    settings: Settings | None = None


@dataclass
class LetterResult:
    index: int
    path: str
    report: FileReport | None = None
    error: ReadError | None = None
    comparison: Comparison | None = None
    section: str | None = None  # HTML
    counts: LetterCounts | None = None  # the report's findings counted, with the report


_options: AuditOptions | None = None


def _init(options: AuditOptions) -> None:
    global _options
    _options = options
    # Ctrl-C is the parent's to handle; workers just stop with the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The parent's handlers for SIGTERM and SIGHUP (which remove its half-written reports) are not a
    # worker's: a worker ends as any process does. One the parent ignores (nohup) stays ignored.
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) not in (signal.SIG_IGN, signal.SIG_DFL):
            signal.signal(number, signal.SIG_DFL)


@dataclass
class _Loaded:
    task: Task
    source: SourceText
    settings: Settings


DIED = (
    "b1check stopte onverwacht bij dit bestand (misschien was er te weinig geheugen); "
    "de andere brieven zijn wel gecontroleerd."
)


def _error(task: Task, error: Exception) -> LetterResult:
    """The Dutch reason why a letter could not be checked."""
    path = task.path
    if isinstance(error, InputError):
        return LetterResult(task.index, path, error=ReadError(error.path, error.reason))
    if isinstance(error, ConfigError):
        return LetterResult(task.index, path, error=ReadError(path, f"De configuratie klopt niet: {error}"))
    if isinstance(error, LetterTimeout):
        return LetterResult(task.index, path, error=ReadError(path, too_long(_options.timeout)))
    if isinstance(error, MemoryError):
        return LetterResult(task.index, path, error=ReadError(path, "Er was te weinig geheugen om dit bestand te controleren."))
    reason = f"b1check kon dit bestand niet controleren (interne fout: {error!r})."
    return LetterResult(task.index, path, error=ReadError(path, reason))


def letter_settings(path: str, options: AuditOptions) -> tuple[Settings, int]:
    """A letter's settings (its folder's configuration with the command line's overrides) and
    the most bytes it may have: what the local audit and the Dask client both read it with."""
    config = config_for(path, options.config_path)
    return options.overrides.apply(config.settings_for(path)), config.max_bytes(options.max_size_kb)


def batch_limit(options: AuditOptions) -> float:
    """How long a batch may go quiet before its worker is taken for stuck."""
    return options.timeout + GRACE + options.timeout / 10 if options.timeout else math.inf


def _load(task: Task) -> _Loaded:
    options, path = _options, task.path
    with time_limit(options.timeout):
        if task.data is not None:
            source, settings = load_bytes(task.data, path), task.settings
        else:
            settings, max_bytes = letter_settings(path, options)
            source = load_file(path, max_bytes)
        return _Loaded(task, checkable(source, path, settings), settings)


def _finish(letter: _Loaded, analysis: Analysis | None) -> LetterResult:
    """Rules, score and (for --html) the letter's section; analyses first if `analysis` is None."""
    task, source = letter.task, letter.source
    with time_limit(_options.timeout):
        if analysis is None:
            analysis = analyse(source, letter.settings.model)
        report = report_on(analysis, task.path, letter.settings)
        counts = LetterCounts.of(report)
        comparison = compare(report, counts, task.previous) if task.compare else None
        section = None
        if _options.html:
            from .html import render_letter

            section = render_letter(task.index, report, source, comparison)
    return LetterResult(task.index, task.path, report, comparison=comparison, section=section, counts=counts)


def _analyse_together(letters: list[_Loaded]) -> dict[int, Analysis]:
    """Analyses by task index of the letters analysed together; a letter
    missing here is analysed on its own in `_finish`, with its own time limit."""
    found = analyse_together(
        [(letter.source, letter.settings.model) for letter in letters],
        guard=lambda: time_limit(_options.timeout),
    )
    return {letter.task.index: analysis for letter, analysis in zip(letters, found) if analysis is not None}


# What a worker says about a batch, in order: LETTER (index) before the work on
# one letter, GROUP before the letters are analysed together, RESULT (a
# LetterResult) for each letter, DONE at the end.
LETTER, GROUP, RESULT, DONE = "letter", "group", "result", "done"


def _steps(tasks: list[Task]) -> Iterator[tuple[str, object]]:
    """Check a batch of letters, saying what it works on; never raises."""
    loaded: list[_Loaded] = []
    for task in tasks:
        if isinstance(task.path, ReadError):  # from the walk: passes straight through
            yield RESULT, LetterResult(task.index, task.path.path, error=task.path)
            continue
        yield LETTER, task.index
        try:
            loaded.append(_load(task))
        except Exception as error:  # noqa: BLE001 - one broken letter must not stop an audit
            yield RESULT, _error(task, error)
    if len(loaded) > 1:
        yield GROUP, None
    analyses = _analyse_together(loaded)
    for letter in loaded:
        yield LETTER, letter.task.index
        try:
            result = _finish(letter, analyses.pop(letter.task.index, None))
        except Exception as error:  # noqa: BLE001
            result = _error(letter.task, error)
        yield RESULT, result


def check_letters(tasks: list[Task], each_step: Callable[[], None] | None = None) -> list[LetterResult]:
    """Check a batch of letters, in order; never raises. `each_step` is called after every
    step (a letter begun, a group analysed, a letter done): a Dask worker tells its client."""
    results = {}
    for kind, value in _steps(tasks):
        if kind == RESULT:
            results[value.index] = value
        if each_step is not None:
            each_step()
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


WARM_UP_LETTER = "Geachte heer Jansen,\n\nWij verzoeken u het formulier te retourneren.\n\nMet vriendelijke groet,\n\nJan de Vries"


def warm_up(options: AuditOptions) -> None:
    """Load the pipeline, word lists and rules in this process, before forking."""
    settings = options.overrides.apply(config_for(None, options.config_path).settings)
    check_source(load_text(WARM_UP_LETTER), "warm-up", settings)
    if options.html:
        from .html import environment

        environment()


def _serve(connection, options: AuditOptions, inherited: list) -> None:
    """A worker: check the batches the parent sends, telling it each step, until it sends None
    or is gone."""
    _init(options)
    for other in inherited:
        other.close()  # the parent's ends of the pipes, copied by the fork: only the parent may hold them
    parent = os.getppid()
    try:
        while True:
            if not connection.poll(1.0):
                if os.getppid() != parent:
                    return  # the parent was killed
                continue
            tasks = connection.recv()
            if tasks is None:
                return
            for message in _steps(tasks):
                connection.send(message)
            connection.send((DONE, None))
    except (EOFError, OSError):
        pass  # the parent is gone


@dataclass
class _Worker:
    """A worker process, the batch it has, and until when it may work on its current step."""

    process: multiprocessing.process.BaseProcess
    connection: object
    batch: dict[int, Task] = field(default_factory=dict)  # the letters it has not answered yet
    busy: bool = False  # from a batch given until its DONE
    step: int | None = None  # the letter it works on; None: before its first step, or on a group
    deadline: float = math.inf
    batches: int = 0

    @classmethod
    def start(cls, context, options: AuditOptions, others: list[_Worker]) -> _Worker:
        """A new worker; `others` are the parent's other workers, whose pipes it must not keep open."""
        connection, child = context.Pipe()
        inherited = [connection, *(other.connection for other in others)] if context.get_start_method() == "fork" else []
        process = context.Process(target=_serve, args=(child, options, inherited), daemon=True)
        process.start()
        child.close()  # the parent keeps its own end only, so a dead worker reads as the end of the pipe
        return cls(process, connection)

    def give(self, batch: list[Task], limit: float) -> None:
        self.connection.send(batch)
        self.batch = {task.index: task for task in batch}
        self.busy, self.step, self.deadline = True, None, time.monotonic() + limit
        self.batches += 1

    def end(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.connection.close()


def _ended(worker: _Worker, reason: str) -> tuple[list[LetterResult], list[list[Task]]]:
    """A worker that was ended or died: its letter is not read, the rest of its batch goes again, one by one."""
    blamed = worker.step
    if blamed is None and len(worker.batch) == 1 and next(iter(worker.batch.values())).alone:
        blamed = next(iter(worker.batch))  # alone already: this letter is the cause
    results, again = [], []
    for index, task in worker.batch.items():
        if index == blamed:
            results.append(LetterResult(index, task.path, error=ReadError(str(task.path), reason)))
        else:
            again.append([replace(task, alone=True)])
    return results, again


def _others(workers: list[_Worker], number: int) -> list[_Worker]:
    return workers[:number] + workers[number + 1 :]


def _supervised(tasks: Iterable[Task], options: AuditOptions, jobs: int) -> Iterator[LetterResult]:
    """Results in the order of `tasks`, from `jobs` watched worker processes (see the module's docstring)."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    limit = batch_limit(options)
    batches = _batches(tasks, jobs)
    again: deque[list[Task]] = deque()  # letters of an ended worker, to check one by one first
    order: deque[int] = deque()  # the letters handed out, in the order of `tasks`
    finished: dict[int, LetterResult] = {}
    workers: list[_Worker] = []
    exhausted = False

    def next_batch() -> list[Task] | None:
        nonlocal exhausted
        if again:
            return again.popleft()
        if exhausted or len(order) >= jobs * BATCH * AHEAD:
            return None
        batch = next(batches, None)
        exhausted = batch is None
        if batch is not None:
            order.extend(task.index for task in batch)
        return batch

    try:
        while True:
            for number, worker in enumerate(workers):
                if worker.busy:
                    continue
                batch = next_batch()
                if batch is None:
                    continue
                try:
                    worker.give(batch, limit)
                except OSError:  # it died while it had nothing to do: a new one takes the batch
                    worker.end()
                    workers[number] = _Worker.start(context, options, _others(workers, number))
                    workers[number].give(batch, limit)
            # A worker is started when there is work for it: two letters never start a hundred.
            while len(workers) < jobs:
                batch = next_batch()
                if batch is None:
                    break
                workers.append(_Worker.start(context, options, workers))
                workers[-1].give(batch, limit)
            while order and order[0] in finished:
                yield finished.pop(order.popleft())
            busy = [worker for worker in workers if worker.busy]
            if not busy:
                break
            timeout = max(0.0, min(worker.deadline for worker in busy) - time.monotonic())
            ready = set(wait([w.connection for w in busy] + [w.process.sentinel for w in busy],
                             None if timeout == math.inf else timeout))
            for number, worker in enumerate(workers):
                if not worker.busy:
                    continue
                problem = None
                try:
                    while worker.connection in ready and worker.connection.poll():
                        kind, value = worker.connection.recv()
                        worker.deadline = time.monotonic() + limit
                        if kind == LETTER:
                            worker.step = value
                        elif kind == GROUP:
                            worker.step = None
                        elif kind == RESULT:
                            worker.batch.pop(value.index, None)
                            finished[value.index] = value
                        elif kind == DONE:
                            worker.busy = False
                            break
                except (EOFError, OSError):
                    problem = DIED
                if problem is None and worker.busy and worker.process.sentinel in ready:
                    problem = DIED
                if problem is None and worker.busy and time.monotonic() > worker.deadline:
                    problem = too_long(options.timeout)
                if problem is not None:
                    results, retry = _ended(worker, problem)
                    finished.update((result.index, result) for result in results)
                    again.extendleft(reversed(retry))
                    worker.end()
                    workers[number] = _Worker.start(context, options, _others(workers, number))
                elif not worker.busy and worker.batches >= BATCHES_PER_WORKER:
                    # spaCy's string store grows with every new word: a fresh fork starts from the warmed-up parent.
                    worker.connection.send(None)
                    worker.end()
                    workers[number] = _Worker.start(context, options, _others(workers, number))
    finally:
        for worker in workers:
            worker.end()


def most_jobs() -> int:
    """The most worker processes b1check starts: more than a few per core only fight for the
    cores, and each one holds a pipeline in memory (`-j 5000` ran a 24 GB machine out of it)."""
    return JOBS_PER_CORE * available_cores()


JOBS_PER_CORE = 4


def run(tasks: Iterable[Task], options: AuditOptions, jobs: int) -> Iterator[LetterResult]:
    """Results in the order of `tasks`, checked by at most `jobs` worker processes (and at most
    `most_jobs`)."""
    warm_up(options)
    yield from _supervised(tasks, options, min(max(jobs, 1), most_jobs()))
