"""Run one piece of work in a child process, with a time limit.

The web page checks every letter in a child forked from the warmed-up
server: a letter that takes long holds no lock that another reader's letter
waits for, and a letter that takes too long, or that makes its child crash,
ends only its own child. Nothing the child did stays in the server.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Callable

# One fork at a time: a child forked while another request's pipe is half set
# up would keep that pipe's writing end open, and hide its child's death.
_forking = threading.Lock()


class ChildTimeout(Exception):
    """The work did not finish within its time limit; the child was ended."""


class ChildDied(Exception):
    """The child ended without an answer (out of memory, a crash in a library)."""


class ChildFailed(Exception):
    """The work raised an exception nobody expected; only its type comes back (the message may quote a letter)."""


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _work(sending, function: Callable, args: tuple, passes: tuple[type[BaseException], ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server; it ends its children
    try:
        answer = (True, function(*args))
    except passes as error:
        answer = (False, error)
    except BaseException as error:  # noqa: BLE001 - the parent says what went wrong
        answer = (False, ChildFailed(type(error).__name__))
    sending.send(answer)


def run_in_child(function: Callable, args: tuple, timeout: float, passes: tuple[type[BaseException], ...] = ()):
    """`function(*args)` in a forked child: its result, or its exception if it is one of
    `passes`; else `ChildTimeout`, `ChildDied` or `ChildFailed`. Needs `can_fork()`."""
    context = multiprocessing.get_context("fork")
    with _forking:
        receiving, sending = context.Pipe(duplex=False)
        child = context.Process(target=_work, args=(sending, function, args, passes), daemon=True)
        child.start()
        sending.close()  # the child's end only in the child: if it dies, the pipe ends
    try:
        if not receiving.poll(timeout):
            raise ChildTimeout
        ok, value = receiving.recv()
    except (EOFError, OSError):
        raise ChildDied from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiving.close()
    if ok:
        return value
    raise value
