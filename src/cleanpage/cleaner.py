"""`Cleaner` runs the pipeline: decode, parse, signals, features, classify, threshold."""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from .dates import date_in_url
from .decode import clean_control_chars, decode_bytes, gunzip, is_gzip, looks_like_html
from .errors import CleanError, CleanTimeout, InputError, InputTooLarge, OptionError
from .features import page_features
from .frame import decide_story
from .lines import story_byline_author, story_dateline_date
from .metadata import headline_title, is_headline_element, names_the_title_site, url_host
from .model import BlockModel
from .parallel import run_batches
from .parse import MAX_NESTING, MAX_REOPENED, markup_to_text, nesting_depth, parse_html, parse_text, reopened_formatting
from .records import Block, Paragraph, Result, Signals, heading_level
from .signals import page_signals, trafilatura, trafilatura_metadata
from .timer import Deadline, time_limit

log = logging.getLogger(__name__)

MAX_BYTES_DEFAULT = 20_000_000  # larger inputs are refused: real articles are far smaller
MAX_BLOCKS_DEFAULT = 20_000  # beyond this only the first blocks are scored (with a warning)
MAX_TITLE_CHARS = 200
MIN_TIMEOUT, MAX_TIMEOUT = 0.001, 86_400.0  # seconds: below a millisecond a timer cannot be honoured


@dataclass(frozen=True, kw_only=True)
class Options:
    """Cleaning options, checked when built."""

    threshold: float | None = None  # None: the model's tuned threshold
    max_bytes: int = MAX_BYTES_DEFAULT
    max_blocks: int = MAX_BLOCKS_DEFAULT
    use_trafilatura: bool = True
    full_metadata: bool = False  # also ask trafilatura's metadata extractor (slower); never changes the model's input
    include_tables: bool = True  # False: the cells of data tables stay out of the text (reason `tables_excluded`)
    timeout: float | None = None  # seconds per page; enforced in a process's main thread (Unix)

    def __post_init__(self) -> None:
        if self.threshold is not None and not (_is_real(self.threshold) and 0.0 <= self.threshold <= 1.0):
            raise OptionError(f"threshold must be a number between 0 and 1, got {self.threshold!r}")
        if self.timeout is not None and not (_is_real(self.timeout) and MIN_TIMEOUT <= self.timeout <= MAX_TIMEOUT):
            raise OptionError(f"timeout must be between {MIN_TIMEOUT:g} and {MAX_TIMEOUT:g} seconds, got {self.timeout!r}")
        for name in ("max_bytes", "max_blocks"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise OptionError(f"{name} must be a positive integer, got {value!r}")


@dataclass(frozen=True)
class Page:
    """A decoded, parsed page on its way through the cleaner (`Cleaner.read`)."""

    text: str
    blocks: list[Block]
    signals: Signals
    title: str | None
    warnings: list[str]


@dataclass(frozen=True)
class BlockScores:
    """The trees' view of a page's blocks: features, each block's own probabilities, the
    probabilities after list pooling, and the blocks the content envelope rules out."""

    X: np.ndarray
    own: np.ndarray
    proba: np.ndarray
    envelope: dict[int, str]


MIN_LANGUAGE_CHARS = 100  # shorter article text is too little to tell its language by; the page's claim stands


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of `text`'s language (py3langid), or None for too little text or when
    the detector cannot run."""
    if len(text) < MIN_LANGUAGE_CHARS:
        return None
    detector = language_detector()
    return None if detector is None else str(detector.classify(text[:MAX_LANGUAGE_CHARS])[0])


@cache
def language_detector() -> Any:
    """py3langid with its model loaded (once per process; the cleaner loads it before a page's
    clock starts), or None when it cannot load."""
    try:
        import py3langid

        py3langid.classify("a few words to load the model with")
        return py3langid
    except Exception as exc:  # its model unpacks to a temporary file: a full disk must not cost the page
        log.warning("language detection unavailable (%s); pages keep their declared language", exc)
        return None


# Enough to tell: on 217 test articles the first 1,000 characters gave the same language as
# 5,000, at a third of the time; on the kept text of 2,686 train and dev pages the first 600 gave
# the same as 1,000 on all but two (English or Nigerian Pidgin), at 0.31 against 0.48 ms a page.
MAX_LANGUAGE_CHARS = 600


def _is_real(value: object) -> bool:
    """A finite int or float (not a bool)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def default_model_path() -> Path:
    return Path(str(resources.files("cleanpage") / "models" / "default"))


@cache
def default_model() -> BlockModel:
    """The shipped model, loaded once per process on first use."""
    return BlockModel.load(default_model_path())


@cache
def _load_model(path: str, trust_pickle: bool) -> BlockModel:
    return BlockModel.load(path, trust_pickle=trust_pickle)


def to_text(markup: str | bytes) -> str:
    """Accept str or bytes; return decoded text without control characters."""
    if isinstance(markup, str):
        return clean_control_chars(markup)
    if isinstance(markup, (bytes, bytearray, memoryview)):
        return clean_control_chars(decode_bytes(markup)[0])
    raise InputError(f"markup must be str or bytes, not {type(markup).__name__}")


def page_blocks(
    text: str,
    url: str | None = None,
    *,
    use_trafilatura: bool = True,
    signal_mode: str = "fast",
    warnings: list[str] | None = None,
) -> tuple[list[Block], Signals, str | None]:
    """Blocks, trafilatura signals and a title for a decoded page (HTML or plain text).

    Problems that still let the page be cleaned are appended to `warnings`.
    """
    if looks_like_html(text):
        depth = nesting_depth(text)
        reopened = reopened_formatting(text) if depth <= MAX_NESTING else 0
        if depth > MAX_NESTING or reopened > MAX_REOPENED:
            if warnings is not None:
                warnings.append(
                    f"elements nest {depth} deep (limit {MAX_NESTING}): read as text without markup"
                    if depth > MAX_NESTING
                    else f"misnested formatting elements would be re-created over {MAX_REOPENED} times: "
                    "read as text without markup"
                )
            text = markup_to_text(text)
        else:
            blocks, meta = parse_html(text)
            if use_trafilatura:
                signals = page_signals(text, url, meta, mode=signal_mode)
            else:
                signals = Signals(
                    title=meta["title"],
                    author=meta["author"],
                    date=meta["date"],
                    sitename=meta["sitename"],
                    url=url or meta["url"],
                    description=meta["description"],
                    image=meta["image"],
                    language=meta["language"],
                )
            return blocks, signals, signals.title
    blocks = parse_text(text)
    first = blocks[0].text if blocks else ""
    title = first if first and len(first) <= MAX_TITLE_CHARS and first[-1] not in ".!?" else None
    return blocks, Signals(url=url), title


class Cleaner:
    """Cleans pages with one model and one set of options; safe to reuse and to pickle."""

    def __init__(
        self,
        model: BlockModel | str | Path | None = None,
        threshold: float | None = None,
        *,
        options: Options | None = None,
        trust_pickle: bool = False,
    ) -> None:
        self.options = options or Options()
        if threshold is not None:
            self.options = replace(self.options, threshold=threshold)
        self._model_source = model
        self._trust_pickle = trust_pickle
        self._model: BlockModel | None = model if isinstance(model, BlockModel) else None

    @classmethod
    def load(cls, path: str | Path, **kwargs) -> Cleaner:
        return cls(BlockModel.load(path), **kwargs)

    @property
    def model(self) -> BlockModel:
        if self._model is None:
            self._model = (
                default_model() if self._model_source is None else _load_model(str(self._model_source), self._trust_pickle)
            )
        return self._model

    @property
    def model_name(self) -> str:
        """Where the model comes from: its folder, or the shipped default."""
        if self._model_source is None:
            return "the shipped default model"
        return str(self._model_source) if isinstance(self._model_source, (str, Path)) else "a model object"

    @property
    def threshold(self) -> float:
        return self.options.threshold if self.options.threshold is not None else self.model.threshold

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        if not isinstance(self._model_source, BlockModel):
            state["_model"] = None  # workers load the model themselves, once per process
        return state

    def clean(self, markup: str | bytes, url: str | None = None, *, source: str | None = None) -> Result:
        """Clean one page. Raises `CleanError` (and only that) on input that cannot be cleaned."""
        with self.guarded(source):
            page = self.read(markup, url, source)
            paragraphs = self.decide(self.block_scores(page.blocks, page.signals, page.title), page.blocks, page.title)
            return self.result(page, paragraphs, url, source)

    @contextmanager
    def guarded(self, source: str | None = None) -> Iterator[None]:
        """Run one page's work under the time limit, turning every failure into a `CleanError`."""
        _ = self.model, trafilatura(), language_detector()  # loaded before the clock starts
        try:
            with time_limit(self.options.timeout):
                yield
        except CleanError:
            raise
        except Deadline as exc:
            raise CleanTimeout(f"gave up after {self.options.timeout:g} s (timeout)") from exc
        except RecursionError as exc:
            raise InputError("page is nested too deeply to parse") from exc
        except Exception as exc:  # a bug or a parser failure must not escape as anything else
            log.exception("unexpected failure while cleaning %s", source or "a page")
            raise CleanError(f"unexpected {type(exc).__name__} while cleaning: {exc}") from exc

    def read(self, markup: str | bytes, url: str | None = None, source: str | None = None) -> Page:
        """Check, decode and parse one input: the blocks to score, trafilatura's signals, a title."""
        if url is not None and not isinstance(url, str):
            raise InputError(f"url must be a string or None, not {type(url).__name__}")
        if source is not None and not isinstance(source, str):
            raise InputError(f"source must be a string or None, not {type(source).__name__}")
        _check_size(markup, self.options.max_bytes)
        if isinstance(markup, (bytes, bytearray, memoryview)) and is_gzip(markup):
            markup = gunzip(bytes(markup), self.options.max_bytes)
            _check_size(markup, self.options.max_bytes)
        text = to_text(markup)
        warnings: list[str] = []
        blocks, signals, title = page_blocks(
            text, url, use_trafilatura=self.options.use_trafilatura, signal_mode=self.model.signal_mode, warnings=warnings
        )
        if not blocks:
            warnings.append("no text found in input")
        if len(blocks) > self.options.max_blocks:
            warnings.append(f"page has {len(blocks)} blocks; only the first {self.options.max_blocks} were scored")
            blocks = blocks[: self.options.max_blocks]
        return Page(text, blocks, signals, title, warnings)

    def result(self, page: Page, paragraphs: tuple[Paragraph, ...], url: str | None, source: str | None) -> Result:
        warnings = list(page.warnings)
        if page.blocks and not any(p.kept for p in paragraphs):
            warnings.append("no block was kept as article content")
        elif any(p.reason == "best_available" for p in paragraphs):
            warnings.append("no block cleared the threshold; the most probable story paragraphs were kept")
        signals = page.signals
        extra = (
            trafilatura_metadata(page.text, url)
            if self.options.full_metadata and page.blocks and page.blocks[0].source == "html"
            else {}
        )
        texts, kept = [p.text for p in paragraphs], [p.kept for p in paragraphs]
        # an author tag naming the publisher the title names ("… - DER SPIEGEL") gives way to the byline
        publisher = signals.author if signals.author and names_the_title_site(signals.author, page.title) else None
        meta_author = None if publisher else signals.author
        h1s = [b for b in page.blocks if b.tag == "h1"]
        headlines = [b.text for b in h1s if is_headline_element(b.path, b.mostly_links)]
        # the site's name: its tag, the publisher an author tag names, or a blog's name in an h1 that links home
        sitename = signals.sitename or publisher or next((b.text for b in h1s if b.text not in headlines), None)
        language = detect_language(" ".join(t for t, k in zip(texts, kept) if k)) or signals.language
        return Result(
            paragraphs=paragraphs,
            title=headline_title(page.title, headlines, sitename, url_host(signals.url or url)) or extra.get("title"),
            author=extra.get("author") or meta_author or story_byline_author(texts, kept, page.blocks),
            # the page's markup, then its dateline: trafilatura's guesses miss more often
            date=signals.date
            or story_dateline_date(texts, kept, language)
            or extra.get("date")
            or date_in_url(signals.url or url),
            url=signals.url or url or extra.get("url"),
            sitename=extra.get("sitename") or signals.sitename,
            description=signals.description,
            image=signals.image,
            language=language,
            source=source,
            warnings=tuple(warnings),
        )

    def score(self, blocks: list[Block], signals: Signals, title: str | None) -> tuple[Paragraph, ...]:
        """Label and score blocks; keep those whose content probability clears the threshold."""
        return self.decide(self.block_scores(blocks, signals, title), blocks, title)

    def block_scores(self, blocks: list[Block], signals: Signals, title: str | None) -> BlockScores:
        """What the trees say about a page's blocks, before any threshold."""
        model = self.model
        X = page_features(blocks, signals, title) if blocks else np.zeros((0, len(model.feature_names)))
        own, proba = model.page_proba_steps(X, blocks) if blocks else (np.zeros((0, len(model.labels))),) * 2
        return BlockScores(X, own, proba, model.envelope_hits(X) if blocks else {})

    def decide(
        self, scores: BlockScores, blocks: list[Block], title: str | None, threshold: float | None = None
    ) -> tuple[Paragraph, ...]:
        """Kept flags, labels, filler kinds and reasons at `threshold` (default: the cleaner's)."""
        if not blocks:
            return ()
        model, t = self.model, self.threshold if threshold is None else threshold
        kept, labels, rules = decide_story(scores.proba, model.labels, t, blocks, title)
        if not self.options.include_tables:
            for i in [i for i, b in enumerate(blocks) if b.table != -1 and kept[i]]:
                kept[i], labels[i] = False, "boilerplate"
                rules[i] = "tables_excluded"
        ci = model.labels.index("content")
        content = scores.proba[:, ci].tolist()
        filler = [i for i, label in enumerate(labels) if label == "seo_filler"]
        kinds: list[str | None] = [None] * len(blocks)
        for i, kind in zip(filler, model.predict_kinds(scores.X[filler])):
            kinds[i] = kind
        reasons = list(labels)  # the model's label, unless a rule decided (see Paragraph.reason)
        pooled = (scores.own[:, ci] >= t) != (scores.proba[:, ci] >= t)
        for i in np.flatnonzero(pooled).tolist():
            reasons[i] = "table_pooled" if blocks[i].table != -1 else "list_pooled"
        for i, rule in (scores.envelope | rules).items():
            reasons[i] = rule
        return tuple(
            Paragraph(
                text=b.text if b.table != -1 or heading_level(b.tag) else b.lines_text,  # a cell or heading is one line
                label=label,
                score=s,
                kept=bool(k),
                tag=b.tag,
                kind=kind,
                reason=reason,
                table=b.table if b.table != -1 else None,
                row=b.row if b.table != -1 else None,
            )
            for b, s, k, label, kind, reason in zip(blocks, content, kept, labels, kinds, reasons)
        )

    def clean_many(self, pages: Iterable[Any], n_jobs: int = 1, *, batch_size: int = 16) -> Iterator[Result]:
        """Clean many pages in input order; a page that fails yields a Result with `error` set.

        A page is its markup (str or bytes), a `(markup, url)` pair, or a dict with `markup` and
        optionally `url` and `source`, so that each page's URL and name travel with it.
        """
        yield from run_batches(self, map(_page_item, pages), n_jobs=n_jobs, batch_size=batch_size)

    def clean_safely(self, markup: str | bytes, url: str | None = None, source: str | None = None) -> Result:
        """Like `clean`, but a failure becomes a Result carrying the error message."""
        try:
            return self.clean(markup, url, source=source)
        except CleanError as exc:
            return Result(
                source=source if isinstance(source, str) else None,
                url=url if isinstance(url, str) else None,
                error=f"{type(exc).__name__}: {exc}",
            )


def _page_item(page: Any) -> tuple[str | None, Any, str | None]:
    """(source, markup, url) of one `clean_many` page; a shape it cannot read is cleaned as is and
    fails with an InputError in its own Result."""
    if isinstance(page, tuple) and len(page) == 2:
        return None, page[0], page[1]
    if isinstance(page, dict) and "markup" in page:
        return page.get("source"), page["markup"], page.get("url")
    return None, page, None


def _check_size(markup: str | bytes, max_bytes: int) -> None:
    if isinstance(markup, str):
        size = len(markup) if len(markup) * 4 <= max_bytes else len(markup.encode("utf-8", "replace"))
    elif isinstance(markup, (bytes, bytearray, memoryview)):
        size = len(markup)
    else:
        return
    if size > max_bytes:
        raise InputTooLarge(f"input is {size} bytes, more than max_bytes={max_bytes}")
