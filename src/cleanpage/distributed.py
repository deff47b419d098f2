"""Cleaning on a Dask cluster (`dask.distributed`), for runs bigger than one machine.

    from dask.distributed import Client
    from cleanpage import Cleaner
    from cleanpage.distributed import clean_on_dask

    client = Client("tcp://scheduler:8786")
    for result in clean_on_dask(["s3://bucket/crawl/"], Cleaner(), client):
        ...

The client lists the inputs (any fsspec path: folders, globs, WARC files) and sends batches of
paths to the workers, which read them (so inputs must be reachable from every worker), clean
them with the model each worker process loads once, and send back results. Results come back
in input order, with at most `window` batches in flight. Needs the `dask` extra. The
per-page `timeout` is not enforced on Dask workers (they run tasks in threads).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Container, Iterable, Iterator, Sequence
from typing import Any

from .cleaner import Cleaner
from .errors import OptionError
from .io import expand_inputs, is_warc, iter_inputs
from .records import Result

BATCH_SIZE = 32
CONNECT_SECONDS = 10  # a scheduler that does not answer in this time is reported as unreachable


def clean_sources(cleaner: Cleaner, sources: Sequence[str], max_bytes: int, skip: Container[str] = ()) -> list[Result]:
    """Read and clean these sources (a WARC file gives one result per response): a worker's task."""
    return [
        item.failure() if item.error is not None else cleaner.clean_safely(item.data or b"", item.url, item.source)
        for item in iter_inputs(sources, max_bytes, skip)
    ]


def _batches(inputs: Iterable[str], size: int, skip: Container[str]) -> Iterator[list[str]]:
    """Batches of paths not in `skip`; a WARC file is a batch of its own (read where it runs)."""
    batch: list[str] = []
    for source in expand_inputs(inputs):
        if source in skip:
            continue
        if is_warc(source):
            if batch:
                yield batch
                batch = []
            yield [source]
            continue
        batch.append(source)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def connect(address: str):
    """A `dask.distributed.Client` of the scheduler at `address`; `OptionError` when it cannot be
    reached in `CONNECT_SECONDS`."""
    try:
        from dask.distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise OptionError("Dask support needs the dask extra: pip install 'cleanpage[dask]'") from exc
    try:
        return Client(address, timeout=CONNECT_SECONDS)
    except (OSError, ValueError, TypeError) as exc:  # refused, timed out, a malformed address
        raise OptionError(f"cannot reach the Dask scheduler {address}: {exc}") from exc


def clean_on_dask(
    inputs: Iterable[str],
    cleaner: Cleaner | None = None,
    scheduler: Any = None,
    *,
    max_bytes: int | None = None,
    skip: Container[str] = frozenset(),
    batch_size: int = BATCH_SIZE,
    window: int | None = None,
) -> Iterator[Result]:
    """Clean inputs on a Dask cluster; yields one Result per input, in input order.

    `scheduler` is a `dask.distributed.Client` or a scheduler address (`tcp://host:8786`).
    """
    try:
        from dask.distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("Dask support needs the dask extra: pip install 'cleanpage[dask]'") from exc

    cleaner = cleaner or Cleaner()
    max_bytes = max_bytes or cleaner.options.max_bytes
    own_client = not isinstance(scheduler, Client)
    client = connect(scheduler) if own_client else scheduler
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = window or 4 * n_workers
        shared = client.scatter(cleaner, broadcast=True)
        (skipped,) = client.scatter([frozenset(skip)], broadcast=True)  # type: ignore[call-overload]  # one object, not its elements
        pending: deque = deque()
        batches = _batches(inputs, batch_size, skip)
        for batch in itertools.islice(batches, window):
            pending.append(client.submit(clean_sources, shared, batch, max_bytes, skipped, pure=False))
        while pending:
            results = pending.popleft().result()
            for batch in itertools.islice(batches, 1):
                pending.append(client.submit(clean_sources, shared, batch, max_bytes, skipped, pure=False))
            yield from results
    finally:
        if own_client:
            client.close()
