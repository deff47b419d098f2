"""One trafilatura call per page: its main-content text and the page metadata."""

from __future__ import annotations

import logging

from .records import Signals

log = logging.getLogger(__name__)


def page_signals(html: str, url: str | None = None) -> Signals:
    """Run trafilatura once (fast mode, no comments) on the decoded page."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, fast=True, include_comments=False, include_tables=True,
            with_metadata=True,
        )
    except Exception as exc:  # trafilatura raises assorted errors on hostile markup
        log.debug("trafilatura failed: %s", exc)
        return Signals(url=url)
    if doc is None:
        return Signals(url=url)
    return Signals(
        main_text=doc.text or "", title=doc.title or None, author=doc.author or None,
        date=doc.date or None, sitename=doc.sitename or None, url=doc.url or url, ok=True,
    )
