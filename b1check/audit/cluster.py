"""The audit on a Dask cluster: `--scheduler tcp://host:8786`, or `--scheduler local:N` for a local one.

The client walks the folders, finds each letter's configuration, reads its
bytes (within the size limit) and sends bytes and settings to the workers in
batches (`engine.check_batch`): the workers need b1check installed, not the
files. Results come back in the order of the walk, and the reports are
written on the client, as in a local run. Dask is imported only here, and
this module only when `--scheduler` is given.

The time limit per letter: a Dask worker runs its tasks in threads, where no
alarm can stop a letter, so the client keeps the time, as the local
supervisor does: the worker tells each step of a batch (a letter begun, a
group analysed, a letter done) as a Dask event, and a batch whose worker says
nothing for longer than the limit is cancelled, its worker restarted (a
thread stuck in a library cannot be stopped otherwise), and its letters sent
again one by one; a letter alone that passes its limit is listed as not read. A worker that dies is Dask's to replace: it retries the
task elsewhere, and a task that kills workers again (`KilledWorker`) gets the
same treatment as a batch that takes too long.

Memory: spaCy's string store grows with every new word a worker sees, so a
local audit replaces its workers every run.BATCHES_PER_WORKER batches. Dask's
own `--lifetime` restarts a worker by the clock and recomputes the task it
was running; here the client restarts a worker (through its nanny) after
RESTART_AFTER batches, and only while it runs no task at all, so no work is
lost or done twice. A worker without a nanny cannot be restarted; it goes on.
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from ..__about__ import __version__
from ..check import too_long
from ..config import config_for
from ..language.analyse import BATCH
from ..load.read import read_file
from ..model import ReadError
from . import engine
from .run import (
    AHEAD, BATCHES_PER_WORKER, DIED, AuditOptions, LetterResult, Task, _batches, _error, batch_limit,
    letter_settings,
)

LOCAL = re.compile(r"local:(\d+)")
# The topic of the workers' step events (engine.check_batch).
STEPS = "b1check-steps"
# How long the client waits for a scheduler that does not answer.
CONNECT_SECONDS = 10
# Batches a Dask worker checks before the client restarts it (see the module's docstring). A fresh Dask
# worker is a new process that loads Dask, b1check and the pipeline again (about 2.5 s of CPU), dearer
# than a local fork from the warmed-up parent, so it does ten times the local workers' batches first
# (about 19,000 letters, minutes of work): the restarts cost about 1 % of the time.
RESTART_AFTER = 10 * BATCHES_PER_WORKER


class SchedulerError(Exception):
    """The cluster cannot be used; the message is for the user, in Dutch."""


def local_workers(scheduler: str) -> int | None:
    """N for "local:N"; None for the address of a scheduler."""
    match = LOCAL.fullmatch(scheduler.strip())
    return int(match.group(1)) if match else None


# tcp://host:8786, tls://…, or host:port (Dask adds tcp://).
_ADDRESS = re.compile(r"^(?:[a-z]+://)?[^\s/:]+:\d+/?$|^[a-z]+://[^\s/]+/?$")


@contextmanager
def connect(scheduler: str):
    """A Dask client for `scheduler`; a local cluster of N worker processes for "local:N"."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise SchedulerError('voor --scheduler is Dask nodig: pip install "b1check[dask]".') from None
    workers = local_workers(scheduler)
    cluster = None
    try:
        if workers is not None:
            if workers < 1:
                raise SchedulerError("--scheduler local:N: N moet 1 of meer zijn.")
            # One thread per worker process: spaCy's work is Python and holds the GIL.
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            if not _ADDRESS.match(scheduler):
                # Refused before Dask sees it: a Client that fails on a bad address leaves its
                # event-loop thread running in this process.
                raise ValueError(scheduler)
            client = Client(scheduler, timeout=CONNECT_SECONDS)
    except SchedulerError:
        raise
    except (OSError, TimeoutError, ValueError, TypeError) as error:
        if cluster is not None:
            cluster.close()
        if isinstance(error, (ValueError, TypeError)):
            reason = "dat is geen adres van een Dask-scheduler, zoals tcp://host:8786 of local:2"
        elif isinstance(error, TimeoutError) or "Timed out" in str(error):
            reason = f"geen antwoord binnen {CONNECT_SECONDS} seconden"
        else:
            reason = str(error)
        raise SchedulerError(f"de Dask-scheduler {scheduler} is niet te bereiken ({reason}).") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _prepare(client, options: AuditOptions) -> None:
    """Load the pipeline in every worker, and check that they run this b1check."""
    settings = options.overrides.apply(config_for(None, options.config_path).settings)
    try:
        versions = client.run(engine.warm_up, settings, options.html)
    except Exception as error:  # noqa: BLE001 - a worker without b1check, or one that cannot load it
        raise SchedulerError(f"de Dask-werkers kunnen b1check niet gebruiken ({error!r}); "
                             "installeer b1check op elke werker.") from None
    if not versions:
        raise SchedulerError("de Dask-scheduler heeft geen werkers.")
    other = sorted({version for version in versions.values() if version != __version__})
    if other:
        raise SchedulerError(f"de Dask-werkers hebben b1check {', '.join(other)}, deze computer {__version__}; "
                             "installeer overal dezelfde versie.")


def _with_bytes(task: Task, options: AuditOptions) -> Task | LetterResult:
    """The task with the letter's bytes and settings, read here; or why the letter cannot be read."""
    if isinstance(task.path, ReadError):
        return LetterResult(task.index, task.path.path, error=task.path)
    try:
        settings, max_bytes = letter_settings(task.path, options)
        data = read_file(task.path, max_bytes)
    except Exception as error:  # noqa: BLE001 - one unreadable letter must not stop an audit
        return _error(task, error)
    return replace(task, data=data, settings=settings)


def _restart_worker_of(client, future) -> None:
    """Restart the worker that runs `future`: a thread stuck in a library stops no other way."""
    try:
        for address, keys in client.processing().items():
            if future.key in keys:
                client.restart_workers([address])
    except Exception:  # noqa: BLE001 - a scheduler without nannies: the stuck thread stays, the audit goes on
        logging.getLogger(__name__).warning("b1check: kon de Dask-werker niet opnieuw starten")


def run(tasks: Iterable[Task], options: AuditOptions, scheduler: str) -> Iterator[LetterResult]:
    """Results in the order of `tasks`, checked on the Dask cluster `scheduler`."""
    from dask.distributed import wait

    limit = batch_limit(options)
    # The workers get the letters' bytes and settings: they need no file system and no configuration.
    remote = replace(options, overrides=None, config_path=None)
    with connect(scheduler) as client:
        _prepare(client, options)
        heard: dict[str, float] = {}  # task key → when its worker last told a step
        client.subscribe_topic(STEPS, lambda event: heard.__setitem__(event[1], time.monotonic()))
        workers = max(len(client.scheduler_info()["workers"]), 1)
        batches = _batches(tasks, workers)
        batches_done: dict[str, int] = {}  # worker address → batches finished since it started
        again: deque[list[Task]] = deque()  # letters of a batch that failed, to check one by one first
        order: deque[int] = deque()
        finished: dict[int, LetterResult] = {}
        pending: dict = {}  # future → (batch, deadline)
        exhausted = False
        while True:
            # One batch per worker: a batch starts when it is sent, so its deadline counts from then.
            while len(pending) < workers and (again or not exhausted):
                if again:
                    batch = again.popleft()
                elif len(order) >= workers * BATCH * AHEAD:
                    break  # results wait for an earlier, slow batch: no more letters ahead of it
                else:
                    batch = next(batches, None)
                    exhausted = batch is None
                    if batch is None:
                        break
                    order.extend(task.index for task in batch)
                    batch = [_with_bytes(task, options) for task in batch]
                    finished.update((r.index, r) for r in batch if isinstance(r, LetterResult))
                    batch = [task for task in batch if isinstance(task, Task)]
                    if not batch:
                        continue
                _recycle(client, batches_done)  # here, where there is work for a fresh worker
                future = client.submit(engine.check_batch, batch, remote, STEPS, pure=False)
                pending[future] = (batch, time.monotonic())
            while order and order[0] in finished:
                yield finished.pop(order.popleft())
            if not pending:
                if exhausted and not again:
                    break
                continue
            timeout = max(0.0, min(_deadlines(pending, heard, limit).values()) - time.monotonic())
            try:
                done = wait(list(pending), timeout=None if timeout == math.inf else timeout,
                            return_when="FIRST_COMPLETED").done
            except TimeoutError:
                done = set()
            deadlines = _deadlines(pending, heard, limit)  # with the steps told while the client waited
            for future in list(pending):
                batch, deadline = pending[future][0], deadlines[future]
                if future in done and future.status == "finished":
                    finished.update((result.index, result) for result in future.result())
                    for address in client.who_has(future).get(future.key, ()):
                        batches_done[address] = batches_done.get(address, 0) + 1
                elif future in done:
                    _failed(future, batch, again, finished)
                elif time.monotonic() > deadline:
                    future.cancel()
                    _restart_worker_of(client, future)
                    _retry(batch, too_long(options.timeout), again, finished)
                else:
                    continue
                del pending[future]
                heard.pop(future.key, None)


def _recycle(client, batches_done: dict[str, int]) -> None:
    """Restart each worker that has done RESTART_AFTER batches, if it runs no task now (ours or anyone's)."""
    due = [address for address, batches in batches_done.items() if batches >= RESTART_AFTER]
    if not due:
        return
    busy = {address for address, keys in client.processing().items() if keys}
    for address in due:
        if address in busy:
            continue  # asked again after its batch
        del batches_done[address]  # its new process is counted afresh (under its new address)
        try:
            client.restart_workers([address])
        except Exception:  # noqa: BLE001 - a worker without a nanny cannot be restarted: it goes on as it is
            logging.getLogger(__name__).warning("b1check: kon de Dask-werker %s niet vernieuwen", address)


def _deadlines(pending: dict, heard: dict[str, float], limit: float) -> dict:
    """A batch may take `limit` from when it was sent, and as long again after each step its worker tells."""
    return {future: max(sent, heard.get(future.key, sent)) + limit for future, (_, sent) in pending.items()}


def _failed(future, batch: list[Task], again: deque, finished: dict) -> None:
    """A task that raised: a worker died under it (`KilledWorker`), or the worker could not run it."""
    error = future.exception()
    if type(error).__name__ == "KilledWorker":
        _retry(batch, DIED, again, finished)
    else:
        _retry(batch, f"b1check kon dit bestand niet controleren (interne fout op de Dask-werker: {error!r}).",
               again, finished)


def _retry(batch: list[Task], reason: str, again: deque, finished: dict) -> None:
    """The letters of a failed batch go again one by one; a letter that fails alone is not read, for `reason`."""
    if len(batch) == 1:
        task = batch[0]
        finished[task.index] = LetterResult(task.index, task.path, error=ReadError(str(task.path), reason))
        return
    again.extendleft([replace(task, alone=True)] for task in reversed(batch))
