"""A Scrapy item pipeline that cleans each scraped page off the reactor thread. Needs
`pip install 'cleanpage[scrapy]'`.

    # settings.py
    ITEM_PIPELINES = {"cleanpage.integrations.scrapy.CleanPipeline": 300}
    CLEANPAGE_WORKERS = 2          # processes cleaning pages (0: a thread of the crawl's process)

    # the spider yields the page with its URL and HTTP charset:
    yield {"url": response.url, "body": response.body, "encoding": response.encoding}

The item gets `text`, `title`, `author`, `date` (and `paragraphs` with `CLEANPAGE_PARAGRAPHS`)
and loses `body` (unless `CLEANPAGE_KEEP_BODY`); a page that cannot be cleaned gets
`cleanpage_error` instead of `text`. Cleaning is CPU work: `process_item` returns a Deferred
that fires when a worker process (or, with 0 workers, a thread) is done, so the crawl's
reactor keeps downloading meanwhile.

Settings: CLEANPAGE_MODEL (model folder), CLEANPAGE_THRESHOLD, CLEANPAGE_WORKERS (default 1),
CLEANPAGE_TIMEOUT (seconds per page, default 60), CLEANPAGE_BODY_FIELD ("body"),
CLEANPAGE_URL_FIELD ("url"), CLEANPAGE_ENCODING_FIELD ("encoding"), CLEANPAGE_PARAGRAPHS
(False), CLEANPAGE_KEEP_BODY (False).
"""

from __future__ import annotations

import codecs
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

from itemadapter import ItemAdapter
from twisted.internet.defer import Deferred
from twisted.internet.threads import deferToThread

from ..cleaner import Cleaner, Options

_CLEANER: Cleaner | None = None  # a worker process's cleaner, made by `_start_worker`


def _start_worker(model: str | None, threshold: float | None, timeout: float | None) -> None:
    global _CLEANER
    _CLEANER = Cleaner(model, options=Options(threshold=threshold, timeout=timeout))
    _ = _CLEANER.model  # loaded once per process, before the first page


def _clean(markup: str | bytes, url: str | None) -> dict[str, Any]:
    assert _CLEANER is not None
    return _CLEANER.clean_safely(markup, url, url).to_dict()


def decode_body(body: str | bytes, encoding: str | None) -> str | bytes:
    """The page as text when its HTTP charset names a codec that decodes it; else the bytes,
    which cleanpage sniffs itself."""
    if isinstance(body, str) or not encoding:
        return body
    try:
        return body.decode(codecs.lookup(encoding).name)
    except (LookupError, UnicodeDecodeError):
        return body


class CleanPipeline:
    """Clean `item[body]` into article text; see the module for settings."""

    def __init__(
        self,
        model: str | None = None,
        threshold: float | None = None,
        workers: int = 1,
        timeout: float | None = 60,
        body_field: str = "body",
        url_field: str = "url",
        encoding_field: str = "encoding",
        paragraphs: bool = False,
        keep_body: bool = False,
    ) -> None:
        Options(threshold=threshold, timeout=timeout)  # bad settings fail when the crawl starts
        self.model, self.threshold, self.workers, self.timeout = model, threshold, workers, timeout
        self.body_field, self.url_field, self.encoding_field = body_field, url_field, encoding_field
        self.paragraphs, self.keep_body = paragraphs, keep_body
        self.pool: Executor | None = None

    @classmethod
    def from_crawler(cls, crawler) -> CleanPipeline:
        s = crawler.settings
        threshold = s.get("CLEANPAGE_THRESHOLD")
        return cls(
            model=s.get("CLEANPAGE_MODEL"),
            threshold=None if threshold is None else float(threshold),
            workers=s.getint("CLEANPAGE_WORKERS", 1),
            timeout=s.getfloat("CLEANPAGE_TIMEOUT", 60) or None,
            body_field=s.get("CLEANPAGE_BODY_FIELD", "body"),
            url_field=s.get("CLEANPAGE_URL_FIELD", "url"),
            encoding_field=s.get("CLEANPAGE_ENCODING_FIELD", "encoding"),
            paragraphs=s.getbool("CLEANPAGE_PARAGRAPHS", False),
            keep_body=s.getbool("CLEANPAGE_KEEP_BODY", False),
        )

    def open_spider(self, spider=None) -> None:
        args = (self.model, self.threshold, self.timeout)
        if self.workers > 0:
            self.pool = ProcessPoolExecutor(self.workers, initializer=_start_worker, initargs=args)
        else:  # one thread: the per-page timer needs a main thread, so no timeout here
            self.pool = ThreadPoolExecutor(1, initializer=_start_worker, initargs=(self.model, self.threshold, None))

    def close_spider(self, spider=None) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True)
            self.pool = None

    def process_item(self, item, spider=None) -> Deferred:
        adapter = ItemAdapter(item)
        body = adapter.get(self.body_field)
        if body is None:  # not a page item: passed through untouched
            d: Deferred = Deferred()
            d.callback(item)
            return d
        url = adapter.get(self.url_field)
        markup = decode_body(body, adapter.get(self.encoding_field))
        assert self.pool is not None, "open_spider was not called"
        future = self.pool.submit(_clean, markup, url if isinstance(url, str) else None)
        return deferToThread(future.result).addCallback(self._fill, item)

    def _fill(self, record: dict[str, Any], item):
        adapter = ItemAdapter(item)
        if not self.keep_body:
            adapter.pop(self.body_field, None)
        if record["error"] is not None:
            adapter["cleanpage_error"] = record["error"]
            return item
        for key in ("text", "title", "author", "date"):
            adapter[key] = record[key]
        if self.paragraphs:
            adapter["paragraphs"] = record["paragraphs"]
        return item
