"""Batches of pages through worker processes, results in input order, surviving dead workers.

Batches go to loky workers (joblib's process pool), each of which loads the model once. A
worker that dies (the OOM killer, kill -9, a crash in a C library) breaks the pool: the batches
in flight then run again in a fresh pool, the first of them one page at a time, so that the
page that kills a worker again (twice in a row: `MAX_PAGE_ATTEMPTS`) gets an error record of its
own and every other page its normal result. Workers watch their parent and exit when it dies.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import OptionError
from .records import Result

if TYPE_CHECKING:
    from .cleaner import Cleaner

log = logging.getLogger(__name__)
PARENT_POLL_SECONDS = 0.5
WORKER_DIED = "CleanError: the worker process cleaning this page died (killed, or out of memory)"


def check_jobs(n_jobs: int, batch_size: int = 1) -> None:
    """Worker count (a positive number, or -1 for all cores, -2 for all but one, ...) and batch size."""
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0:
        raise OptionError(f"n_jobs must be a non-zero integer (-1: all cores), got {n_jobs!r}")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise OptionError(f"batch_size must be a positive integer, got {batch_size!r}")


def _clean_batch(cleaner: Cleaner, batch: list[tuple[str | None, Any, str | None]]) -> list[Result]:
    return [cleaner.clean_safely(markup, url, source) for source, markup, url in batch]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def watch_parent(parent: int) -> None:
    """Worker initializer: exit as soon as the process that started the pool (`parent`, its pid
    passed from there: a worker still starting up when it died must not mistake its new parent
    for it) is gone."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="cleanpage-parent-watch", daemon=True).start()


def _executor(workers: int, fresh: bool = False):
    from joblib.externals.loky import get_reusable_executor

    return get_reusable_executor(
        max_workers=workers, initializer=watch_parent, initargs=(os.getpid(),), reuse=not fresh, kill_workers=fresh
    )


def _is_dead_worker(exc: BaseException) -> bool:
    from concurrent.futures.process import BrokenProcessPool

    from joblib.externals.loky.process_executor import TerminatedWorkerError

    return isinstance(exc, (TerminatedWorkerError, BrokenProcessPool))


def run_batches(cleaner: Cleaner, items: Iterable[tuple], n_jobs: int = 1, batch_size: int = 16) -> Iterator[Result]:
    """Clean (source, markup[, url]) items; yields one Result per item, in input order.

    Items are read lazily; with n_jobs != 1 batches go to worker processes (see the module).
    """
    check_jobs(n_jobs, batch_size)
    normalised = ((it[0], it[1], it[2] if len(it) > 2 else None) for it in items)
    if n_jobs == 1:
        for source, markup, url in normalised:
            yield cleaner.clean_safely(markup, url, source)
        return
    from joblib import effective_n_jobs

    workers = effective_n_jobs(n_jobs)
    executor = _executor(workers)
    pending: deque = deque()  # (batch, future), in input order
    for batch in _chunks(normalised, batch_size):
        pending.append((batch, executor.submit(_clean_batch, cleaner, batch)))
        while len(pending) >= 2 * workers:
            executor = yield from _collect_head(cleaner, pending, executor, workers)
    while pending:
        executor = yield from _collect_head(cleaner, pending, executor, workers)


def _collect_head(cleaner: Cleaner, pending: deque, executor, workers: int):
    """Yield the results of the first pending batch; after a dead worker, run it page by page
    and resubmit the other batches in flight to a fresh pool. Returns the pool to go on with."""
    batch, future = pending.popleft()
    try:
        results = future.result()
    except BaseException as exc:
        if not _is_dead_worker(exc):
            raise
        log.warning("a worker process died; running its batch again one page at a time")
        executor = _executor(workers, fresh=True)
        results = []
        for item in batch:
            result, executor = _clean_alone(cleaner, item, executor, workers)
            results.append(result)
        for k, (other, fut) in enumerate(pending):
            if not fut.done() or fut.cancelled() or fut.exception() is not None:
                pending[k] = (other, executor.submit(_clean_batch, cleaner, other))
    yield from results
    return executor


MAX_PAGE_ATTEMPTS = 2  # dead workers in a row on one page before it gets an error record


def _clean_alone(cleaner: Cleaner, item: tuple, executor, workers: int) -> tuple[Result, Any]:
    """One page in a task of its own: its result, or `WORKER_DIED` once it has taken
    `MAX_PAGE_ATTEMPTS` workers down in a row; and the pool to go on with, a fresh one after each
    death (a pool still reporting the last death costs no page its result)."""
    for _ in range(MAX_PAGE_ATTEMPTS):
        try:
            return executor.submit(_clean_batch, cleaner, [item]).result()[0], executor
        except BaseException as exc:
            if not _is_dead_worker(exc):
                raise
            executor = _executor(workers, fresh=True)
    return Result(source=item[0], url=item[2], error=WORKER_DIED), executor
