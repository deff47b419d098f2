"""One trafilatura call per page: its main-content text, and metadata."""

from __future__ import annotations

import logging

from .records import Signals

log = logging.getLogger(__name__)


def page_signals(html: str, url: str | None = None, meta: dict[str, str | None] | None = None,
                 *, full_metadata: bool = False) -> Signals:
    """Run trafilatura once (fast mode, no comments) on the decoded page.

    Metadata comes from the page's meta tags (`meta`, read while parsing) unless
    `full_metadata` asks trafilatura for it too (more robust dates and authors, about half
    again the time).
    """
    import trafilatura

    meta = meta or {}
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, fast=True, include_comments=False, include_tables=True,
            with_metadata=full_metadata,
        )
    except Exception as exc:  # trafilatura raises assorted errors on hostile markup
        log.debug("trafilatura failed: %s", exc)
        doc = None
    if doc is None:
        return Signals(title=meta.get("title"), author=meta.get("author"), date=meta.get("date"),
                       sitename=meta.get("sitename"), url=url or meta.get("url"))
    return Signals(
        main_text=doc.text or "", title=(doc.title if full_metadata else None) or meta.get("title"),
        author=(doc.author if full_metadata else None) or meta.get("author"),
        date=(doc.date if full_metadata else None) or meta.get("date"),
        sitename=(doc.sitename if full_metadata else None) or meta.get("sitename"),
        url=url or (doc.url if full_metadata else None) or meta.get("url"), ok=True,
    )
