"""A per-page time limit that library code cannot swallow: a SIGALRM timer that repeats."""

from __future__ import annotations

import signal
import sys
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager


class Deadline(BaseException):
    """Raised by the alarm; a BaseException so that no library's `except Exception` swallows it."""


RETRY_SECONDS = 0.05  # after the deadline the alarm repeats, in case a library swallowed it


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after `seconds` (a SIGALRM timer; only in the main thread on Unix).

    The alarm raises `Deadline` and keeps repeating until the exception gets through: C
    extensions that call back into Python may swallow an exception raised inside them.
    """
    if not seconds:
        yield
        return
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        warnings.warn(
            "cleanpage: the per-page timeout works only in a process's main thread on Unix; "
            "here pages are cleaned without it (run batches with n_jobs > 1 for isolated workers)",
            RuntimeWarning,
            stacklevel=3,
        )
        yield
        return
    state = {"active": True, "expired": False}

    def on_alarm(signum, frame):
        if state["active"]:
            state["expired"] = True
            raise Deadline

    previous_hook = sys.unraisablehook

    def unraisable(info):  # an alarm swallowed inside a callback is not news; the next one gets through
        if not isinstance(info.exc_value, Deadline):
            previous_hook(info)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    sys.unraisablehook = unraisable
    try:  # armed inside the try: an alarm that lands at once is still disarmed below
        signal.setitimer(signal.ITIMER_REAL, seconds, RETRY_SECONDS)
        yield
    finally:
        while True:  # disarm even if one more alarm lands while disarming
            try:
                state["active"] = False
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
                sys.unraisablehook = previous_hook
                break
            except Deadline:
                continue
    if state["expired"]:  # the block finished although an alarm was swallowed on the way
        raise Deadline
