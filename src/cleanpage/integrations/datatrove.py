"""A datatrove extractor step: use `CleanpageExtractor()` wherever datatrove's `Trafilatura()`
goes. Needs `pip install 'cleanpage[datatrove]'`.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleanpage.integrations.datatrove import CleanpageExtractor

    LocalPipelineExecutor([WarcReader("crawl/"), CleanpageExtractor(), JsonlWriter("out/")]).run()

Each document's text becomes its article body; `metadata["cleanpage"]` keeps the title, author,
date and, with `keep_paragraphs` (default), every block's text, label, score, kind, reason and
whether it was kept. A document with no article text, or one that cannot be cleaned, is dropped
and counted in the step's stats (`dropped`, `clean_error`, `timeout`), as datatrove's
extractors do.
"""

from __future__ import annotations

from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.extractors.base import BaseExtractor, StatHints

from ..cleaner import Cleaner, Options
from ..errors import CleanTimeout


class CleanpageExtractor(BaseExtractor):
    """Clean each document's HTML with cleanpage (boilerplate and SEO filler removed)."""

    name = "🧹 cleanpage"
    _requires_dependencies = ["cleanpage"]

    def __init__(
        self,
        model: str | None = None,
        threshold: float | None = None,
        timeout: float = 10,
        keep_paragraphs: bool = True,
        url_key: str = "url",
    ):
        super().__init__(timeout)
        self.model, self.threshold, self.keep_paragraphs, self.url_key = model, threshold, keep_paragraphs, url_key
        self._cleaner: Cleaner | None = None

    @property
    def cleaner(self) -> Cleaner:
        """One cleaner per process, loaded on first use (the step is pickled to datatrove's workers)."""
        if self._cleaner is None:
            self._cleaner = Cleaner(self.model, options=Options(threshold=self.threshold, timeout=self.timeout or None))
        return self._cleaner

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_cleaner"] = None
        return state

    def extract(self, text: str) -> str:
        """The article body of one page (datatrove's extractor interface)."""
        return self.cleaner.clean(text).text

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Clean every document in the process itself (cleanpage enforces its own per-page
        timeout) and keep what it found in the metadata."""
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                url = doc.metadata.get(self.url_key)
                result = self.cleaner.clean_safely(doc.text, url if isinstance(url, str) else None, doc.id)
            if result.error is not None:
                self.stat_update("timeout" if result.error.startswith(CleanTimeout.__name__) else "clean_error")
                continue
            doc.text = result.text
            found: dict[str, Any] = {"title": result.title, "author": result.author, "date": result.date}
            if self.keep_paragraphs:
                found["paragraphs"] = [p.to_dict() for p in result.paragraphs]
            doc.metadata["cleanpage"] = found
            if doc.text:
                self.stat_update(StatHints.forwarded)
                self.update_doc_stats(doc)
                yield doc
            else:
                self.stat_update(StatHints.dropped)
