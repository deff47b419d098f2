"""Features of a page's blocks: pure functions from blocks (and trafilatura's signals) to dicts.

Text features are language-agnostic where possible (shapes, ratios, redundancy, position);
a few pronoun ratios help find first-person filler in English.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from .parse import HINT_PATTERNS
from .records import Block, Signals

FEATURE_SET_VERSION = 1
HINT_GROUPS = tuple(HINT_PATTERNS) + ("hidden",)
ANCESTOR_TAGS = ("a", "nav", "header", "footer", "aside", "article", "main", "form", "table",
                 "ul", "ol", "figure", "blockquote", "section", "dl", "p", "center")
NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)
NEIGHBOUR_KEYS = ("link_ratio", "traf_coverage", "n_words_log", "is_heading", "punct_end",
                  "kv_shape", "first_person_ratio", "is_li")
WINDOWS = (3, 10)
WINDOW_KEYS = ("traf_coverage", "link_ratio", "kv_shape", "punct_end")
LONG_PARAGRAPH_WORDS = 25

_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")
_KEY_VALUE = re.compile(r"^[^\s:][^:]{0,40}:\s*\S")
_PHONE = re.compile(r"(?:\+|\b)\d[\d\s().-]{7,}\d\b")
_ISO_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
_RATING = re.compile(r"\b\d(?:[.,]\d)?\s*(?:/|out of|of)\s*(?:5|10|100)\b|[★☆]")
_PERCENT = re.compile(r"\d\s?%")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ADDRESS = re.compile(r"\b\d{1,5}\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*,\s*[A-Z]|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
_URL_OR_EMAIL = re.compile(r"https?://|www\.|\b[\w.+-]+@[\w-]+\.\w+")
_SEPARATORS = re.compile(r"[|»›·•/]")
_QUOTES = re.compile(r"[\"“”«»]")
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "i'm", "im"})
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours"})
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself"})


def _safe_ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _ngrams(words: Sequence[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]


def text_features(text: str, words: Sequence[str]) -> dict[str, float]:
    """Shape of one block's text alone."""
    n_chars = len(text)
    n_words = len(words)
    letters = sum(c.isalpha() for c in text)
    uppers = sum(c.isupper() for c in text)
    digits = sum(c.isdigit() for c in text)
    raw_words = text.split()
    lower = [w.lower().strip(".,;:!?\"'()") for w in raw_words]
    bigrams = _ngrams(words, 2)
    word_counts: dict[str, int] = {}
    for w in words:
        word_counts[w] = word_counts.get(w, 0) + 1
    stripped = text.rstrip()
    return {
        "n_chars_log": math.log1p(n_chars),
        "n_words_log": math.log1p(n_words),
        "mean_word_len": _safe_ratio(sum(len(w) for w in words), n_words),
        "short_word_ratio": _safe_ratio(sum(len(w) <= 3 for w in words), n_words),
        "digit_ratio": _safe_ratio(digits, n_chars),
        "upper_ratio": _safe_ratio(uppers, letters),
        "alpha_ratio": _safe_ratio(letters, n_chars),
        "title_word_ratio": _safe_ratio(sum(w[:1].isupper() for w in raw_words), len(raw_words)),
        "punct_end": float(stripped[-1:] in ".!?\"”’)»。"),
        "ends_colon": float(stripped.endswith(":")),
        "n_sentences": float(len(_SENTENCE_END.findall(text))),
        "comma_ratio": _safe_ratio(text.count(","), n_words),
        "separator_ratio": _safe_ratio(len(_SEPARATORS.findall(text)), n_words),
        "quote_ratio": _safe_ratio(len(_QUOTES.findall(text)), n_words),
        "first_person_ratio": _safe_ratio(sum(w in FIRST_PERSON for w in lower), len(lower)),
        "first_person_plural_ratio": _safe_ratio(sum(w in FIRST_PERSON_PLURAL for w in lower), len(lower)),
        "second_person_ratio": _safe_ratio(sum(w in SECOND_PERSON for w in lower), len(lower)),
        "kv_shape": float(bool(_KEY_VALUE.match(text)) and n_chars < 300),
        "phone_shape": float(bool(_PHONE.search(text))),
        "date_shape": float(bool(_ISO_DATE.search(text))),
        "rating_shape": float(bool(_RATING.search(text))),
        "percent_shape": float(bool(_PERCENT.search(text))),
        "year_count": float(len(_YEAR.findall(text))),
        "number_ratio": _safe_ratio(len(_NUMBER.findall(text)), n_words),
        "address_shape": float(bool(_ADDRESS.search(text))),
        "url_shape": float(bool(_URL_OR_EMAIL.search(text))),
        "copyright": float("©" in text or "(c)" in text.lower()),
        "repeated_bigram_ratio": 1.0 - _safe_ratio(len(set(bigrams)), len(bigrams)) if bigrams else 0.0,
        "top_word_share": _safe_ratio(max(word_counts.values()), n_words) if n_words >= 8 else 0.0,
    }


def block_features(block: Block) -> dict[str, float]:
    """DOM context of one block: tag, ancestors, class/id hints, links, depth."""
    tag = block.tag
    n_chars = len(block.text)
    feats: dict[str, float] = {
        "is_heading": float(tag[0] == "h" and tag[1:].isdigit()),
        "heading_level": float(tag[1]) if tag[0] == "h" and tag[1:].isdigit() else 0.0,
        "is_p": float(tag == "p"), "is_li": float(tag == "li"), "is_td": float(tag == "td"),
        "is_div": float(tag == "div"), "is_pre": float(tag == "pre"),
        "is_blockquote": float(tag == "blockquote"), "is_caption": float(tag == "caption"),
        "is_dl": float(tag in ("dt", "dd")), "is_kv": float(tag == "kv"),
        "source_text": float(block.source == "text"),
        "depth": float(min(block.depth, 60)),
        "link_ratio": _safe_ratio(block.link_chars, n_chars),
        "n_links": float(min(block.n_links, 50)),
    }
    for name in ANCESTOR_TAGS:
        feats["in_" + name] = float(name in block.ancestors)
    for group in HINT_GROUPS:
        feats["self_" + group] = float(group in block.self_hints)
        feats["anc_" + group] = float(group in block.ancestor_hints)
    return feats


def page_features(blocks: Sequence[Block], signals: Signals, title: str | None = None) -> list[dict[str, float]]:
    """Features of every block in a page, with page context and neighbours."""
    n = len(blocks)
    if n == 0:
        return []
    words = [_WORD.findall(b.text.lower()) for b in blocks]
    feats = [text_features(b.text, w) | block_features(b) for b, w in zip(blocks, words)]
    _add_trafilatura(feats, words, signals)
    _add_redundancy(feats, blocks, words, title or signals.title)
    _add_position(feats, blocks, words)
    _add_neighbours(feats)
    return feats


def _add_trafilatura(feats: list[dict[str, float]], words: list[list[str]], signals: Signals) -> None:
    main_words = _WORD.findall(signals.main_text.lower())
    trigrams = set(_ngrams(main_words, 3))
    joined = " " + " ".join(main_words) + " "
    for f, w in zip(feats, words):
        if len(w) >= 3:
            grams = _ngrams(w, 3)
            f["traf_coverage"] = _safe_ratio(sum(g in trigrams for g in grams), len(grams))
        else:
            f["traf_coverage"] = float(bool(w) and (" " + " ".join(w) + " ") in joined)
        f["traf_ok"] = float(signals.ok)
        f["traf_words_log"] = math.log1p(len(main_words))
    covered = [i for i, f in enumerate(feats) if f["traf_coverage"] >= 0.5]
    first, last = (covered[0], covered[-1]) if covered else (-1, -1)
    for i, f in enumerate(feats):
        f["inside_traf_span"] = float(first <= i <= last and first >= 0)
        f["after_traf_span"] = float(last >= 0 and i > last)
        f["before_traf_span"] = float(first >= 0 and i < first)


def _add_redundancy(feats: list[dict[str, float]], blocks: Sequence[Block], words: list[list[str]], title: str | None) -> None:
    first_seen: dict[tuple[str, ...], int] = {}
    last_seen: dict[tuple[str, ...], int] = {}
    grams_per_block = [set(_ngrams(w, 2)) for w in words]
    for i, grams in enumerate(grams_per_block):
        for g in grams:
            first_seen.setdefault(g, i)
            last_seen[g] = i
    text_counts: dict[str, int] = {}
    for b in blocks:
        text_counts[b.text] = text_counts.get(b.text, 0) + 1
    title_words = set(_WORD.findall(title.lower())) if title else set()
    for i, (f, grams, w, b) in enumerate(zip(feats, grams_per_block, words, blocks)):
        f["earlier_overlap"] = _safe_ratio(sum(first_seen[g] < i for g in grams), len(grams))
        f["later_overlap"] = _safe_ratio(sum(last_seen[g] > i for g in grams), len(grams))
        f["duplicate_count"] = float(min(text_counts[b.text] - 1, 10))
        f["title_overlap"] = _safe_ratio(len(title_words.intersection(w)), len(set(w))) if title_words else 0.0
        f["title_recall"] = _safe_ratio(len(title_words.intersection(w)), len(title_words)) if title_words else 0.0


def _add_position(feats: list[dict[str, float]], blocks: Sequence[Block], words: list[list[str]]) -> None:
    n = len(blocks)
    sizes = [len(b.text) for b in blocks]
    total = sum(sizes) or 1
    long_flags = [len(w) >= LONG_PARAGRAPH_WORDS for w in words]
    n_long = sum(long_flags)
    depths = sorted(b.depth for b in blocks)
    median_depth = depths[n // 2]
    before = 0
    long_before = 0
    for i, f in enumerate(feats):
        f["rel_index"] = _safe_ratio(i, n - 1) if n > 1 else 0.0
        f["chars_before_ratio"] = before / total
        f["chars_after_ratio"] = (total - before - sizes[i]) / total
        f["long_before_log"] = math.log1p(long_before)
        f["long_after_log"] = math.log1p(n_long - long_before - long_flags[i])
        f["rel_depth"] = float(blocks[i].depth - median_depth)
        f["n_blocks_log"] = math.log1p(n)
        before += sizes[i]
        long_before += long_flags[i]


def _add_neighbours(feats: list[dict[str, float]]) -> None:
    n = len(feats)
    base = [{k: f[k] for k in NEIGHBOUR_KEYS} for f in feats]
    for i, f in enumerate(feats):
        for off in NEIGHBOUR_OFFSETS:
            j = i + off
            src = base[j] if 0 <= j < n else None
            for k in NEIGHBOUR_KEYS:
                f[f"nb{off:+d}_{k}"] = src[k] if src is not None else -1.0
    columns = {k: [f[k] for f in feats] for k in WINDOW_KEYS}
    for k, values in columns.items():
        prefix = [0.0]
        for v in values:
            prefix.append(prefix[-1] + v)
        for width in WINDOWS:
            for i, f in enumerate(feats):
                lo, hi = max(0, i - width), min(n, i + width + 1)
                f[f"win{width}_{k}"] = (prefix[hi] - prefix[lo]) / (hi - lo)
