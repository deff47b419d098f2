"""One trafilatura call per page: its main-content text, and metadata."""

from __future__ import annotations

import importlib
import logging
from functools import cache

from .records import Signals

log = logging.getLogger(__name__)


SIGNAL_MODES = ("fast", "baseline")  # trafilatura's fast extraction, or its quicker baseline extractor


@cache
def trafilatura():
    """The trafilatura module, imported on first use (a batch's coordinating process never needs it)."""
    return importlib.import_module("trafilatura")


def page_signals(html: str, url: str | None = None, meta: dict[str, str | None] | None = None,
                 *, mode: str = "fast", full_metadata: bool = False) -> Signals:
    """Run trafilatura once on the decoded page: `fast` extraction (no comments) or `baseline`.

    Metadata comes from the page's meta tags (`meta`, read while parsing) unless
    `full_metadata` asks trafilatura for it too (more robust dates and authors, slower).
    """
    if mode not in SIGNAL_MODES:
        raise ValueError(f"unknown signal mode {mode!r}; expected one of {SIGNAL_MODES}")
    meta = meta or {}
    if mode == "baseline" and not full_metadata:
        try:
            text = trafilatura().baseline(html)[1]
        except Exception as exc:
            log.debug("trafilatura baseline failed: %s", exc)
            text = None
        return Signals(main_text=text or "", title=meta.get("title"), author=meta.get("author"), date=meta.get("date"),
                       sitename=meta.get("sitename"), url=url or meta.get("url"), ok=text is not None, mode=mode)
    try:
        doc = trafilatura().bare_extraction(
            html, url=url, fast=True, include_comments=False, include_tables=True,
            with_metadata=full_metadata,
        )
    except Exception as exc:  # trafilatura raises assorted errors on hostile markup
        log.debug("trafilatura failed: %s", exc)
        doc = None
    if doc is None:
        return Signals(title=meta.get("title"), author=meta.get("author"), date=meta.get("date"),
                       sitename=meta.get("sitename"), url=url or meta.get("url"), mode=mode)
    return Signals(
        main_text=doc.text or "", title=(doc.title if full_metadata else None) or meta.get("title"),
        author=(doc.author if full_metadata else None) or meta.get("author"),
        date=(doc.date if full_metadata else None) or meta.get("date"),
        sitename=(doc.sitename if full_metadata else None) or meta.get("sitename"),
        url=url or (doc.url if full_metadata else None) or meta.get("url"), ok=True, mode="fast",
    )
