"""One trafilatura call per page: its main-content text, and metadata."""

from __future__ import annotations

import importlib
import logging
from functools import cache

from .baseline import baseline_text
from .records import Signals

log = logging.getLogger(__name__)


SIGNAL_MODES = ("fast", "baseline")  # trafilatura's fast extraction, or its quicker baseline extractor


@cache
def trafilatura():
    """The trafilatura module, imported on first use (a batch's coordinating process never needs it)."""
    return importlib.import_module("trafilatura")


def page_signals(html: str, url: str | None = None, meta: dict[str, str | None] | None = None, *, mode: str = "fast") -> Signals:
    """Run trafilatura once on the decoded page: `fast` extraction (no comments) or `baseline`,
    the signal the model was trained with. Metadata comes from the page's meta tags (`meta`,
    read while parsing); `trafilatura_metadata` is the slower, more robust extra, which the
    cleaner puts in its Result only, so it never changes what the model sees."""
    if mode not in SIGNAL_MODES:
        raise ValueError(f"unknown signal mode {mode!r}; expected one of {SIGNAL_MODES}")
    found = meta or {}
    text = _main_text(html, url, mode)
    return Signals(
        main_text=text or "",
        title=found.get("title"),
        author=found.get("author"),
        date=found.get("date"),
        sitename=found.get("sitename"),
        url=url or found.get("url"),
        description=found.get("description"),
        image=found.get("image"),
        language=found.get("language"),
        ok=text is not None,
        mode=mode,
    )


def _main_text(html: str, url: str | None, mode: str) -> str | None:
    """trafilatura's main text in `mode`; None when it fails on the page."""
    try:
        if mode == "baseline":
            return baseline_text(html)
        doc = trafilatura().bare_extraction(
            html, url=url, fast=True, include_comments=False, include_tables=True, with_metadata=False
        )
        return doc.text if doc is not None else None
    except Exception as exc:  # trafilatura raises assorted errors on hostile markup
        log.debug("trafilatura %s failed: %s", mode, exc)
        return None


def trafilatura_metadata(html: str, url: str | None = None) -> dict[str, str | None]:
    """Title, author, date, site name and URL found by trafilatura's metadata extractor (empty on failure)."""
    try:
        doc = importlib.import_module("trafilatura.metadata").extract_metadata(html, default_url=url)
    except Exception as exc:
        log.debug("trafilatura metadata failed: %s", exc)
        return {}
    if doc is None:
        return {}
    return {"title": doc.title, "author": doc.author, "date": doc.date, "sitename": doc.sitename, "url": doc.url}
