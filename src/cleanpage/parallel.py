"""Batches of pages through joblib workers, results in input order."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .records import Result

if TYPE_CHECKING:
    from .cleaner import Cleaner

log = logging.getLogger(__name__)

def _clean_batch(cleaner: "Cleaner", batch: list[tuple[str | None, str | bytes, str | None]]) -> list[Result]:
    return [cleaner.clean_safely(markup, url, source) for source, markup, url in batch]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def run_batches(cleaner: "Cleaner", items: Iterable[tuple], n_jobs: int = 1, batch_size: int = 16) -> Iterator[Result]:
    """Clean (source, markup[, url]) items; yields one Result per item, in input order.

    Items are read lazily; with n_jobs != 1 batches go to joblib's loky workers, each of
    which loads the model once.
    """
    normalised = ((it[0], it[1], it[2] if len(it) > 2 else None) for it in items)
    if n_jobs == 1:
        for source, markup, url in normalised:
            yield cleaner.clean_safely(markup, url, source)
        return
    from joblib import Parallel, delayed

    parallel = Parallel(n_jobs=n_jobs, return_as="generator", pre_dispatch="2*n_jobs")
    for results in parallel(delayed(_clean_batch)(cleaner, chunk) for chunk in _chunks(normalised, batch_size)):
        yield from results
