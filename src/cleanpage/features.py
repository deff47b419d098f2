"""Features of a page's blocks: a pure function from blocks (and trafilatura's signals) to a matrix.

Columns are computed for the whole page at once (regexes run once over the joined text), so the
cost grows with the page's text, not with the number of Python calls per block. Features are
language-agnostic where possible (shapes, ratios, redundancy, position); a few pronoun ratios
help find first-person filler in English.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property

import numpy as np

from .parse import HINT_PATTERNS
from .records import Block, Signals, heading_level

FEATURE_SET_VERSION = 9
HINT_GROUPS = tuple(HINT_PATTERNS) + ("hidden",)
ANCESTOR_TAGS = (
    "a",
    "nav",
    "header",
    "footer",
    "aside",
    "article",
    "main",
    "form",
    "table",
    "ul",
    "ol",
    "figure",
    "blockquote",
    "section",
    "dl",
    "p",
    "center",
)
TAG_FLAGS = {
    "is_p": ("p",),
    "is_li": ("li",),
    "is_td": ("td",),
    "is_div": ("div",),
    "is_pre": ("pre",),
    "is_blockquote": ("blockquote",),
    "is_caption": ("caption",),
    "is_dl": ("dt", "dd"),
    "is_kv": ("kv",),
}
NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)
NEIGHBOUR_KEYS = (
    "link_ratio",
    "traf_coverage",
    "n_words_log",
    "is_heading",
    "punct_end",
    "kv_shape",
    "first_person_ratio",
    "is_li",
    "time_shape",
    "credit_shape",
    "legal_ratio",
    "byline_shape",
    "reply_shape",
)
WINDOWS = (3, 10)
PRECEDING_KEYS = ("first_person_ratio", "promo_ratio", "meta_reference_ratio", "ends_colon", "teaser_ratio", "share_ratio")
PRECEDING_WINDOW = 15  # blocks looked back at for an "expert summary" opener
FOLLOWING_WINDOW = 10  # blocks looked ahead at: does the text after a block restate the page before it?
FOLLOWING_KEYS = (
    "source_block_overlap",
    "novelty",
    "first_person_ratio",
    "promo_ratio",
    "kv_shape",
    "link_ratio",
    "traf_coverage",
    "punct_end",
)
BRACKET_WINDOW = 25  # a generated summary sits between a self-promoting opener and a closing claim
WINDOW_KEYS = (
    "traf_coverage",
    "link_ratio",
    "kv_shape",
    "punct_end",
    "first_person_ratio",
    "promo_ratio",
    "source_block_overlap",
    "is_li",
    "novelty",
    "ends_colon",
)
LONG_PARAGRAPH_WORDS = 25  # a paragraph of the story itself, not a line around it
ANCHOR_COVERAGE = 0.5  # a story anchor is mostly in trafilatura's main text …
ANCHOR_MAX_LINK_RATIO = 0.3  # … and mostly not link text
MAX_POSTINGS = 12  # words in more blocks than this are too common to tie a block to its source
MAX_KV_CHARS = 300  # a "key: value" line longer than this is prose
MAX_DEPTH = 60  # DOM depth, capped: beyond it depth says nothing more (and bombs nest 100k deep)
MAX_LINKS = 50  # links in one block, capped: a menu of 50 links is as much a menu as one of 500
MAX_DUPLICATES = 10  # other copies of a block's text on the page, capped
DENSITY_MIN_WORDS = 12  # shorter blocks repeat words by chance ("Home | Home"); their keyword density is 0
DENSITY_MAX_PHRASE = 3  # longest phrase counted by keyword density

_WORD = re.compile(r"\w+", re.UNICODE)
# A reporting credit that closes an article ("Reporting was contributed by …", "(Reporting by …;
# Editing by …)", "Additional reporting by", "Mitarbeit:", "Con información de").
_CREDIT_LINE_START = (
    r"\W{0,3}(?:(?:additional\s+)?reporting(?:\s+was\s+contributed)?\s+by|(?:compiled|edited|editing|"
    r"written|produced|contributing)\s+(?:by|reporters?\s*:)|contributing\s*:|mitarbeit\s*:|"
    r"con\s+información\s+de|avec\s+(?:l['’])?afp)"
)
CREDIT_LINE = re.compile(rf"(?i:^{_CREDIT_LINE_START})", re.M)
# A picture's credit line ("Photo: NAME", "Foto/Quelle: …", "Image courtesy of …").
_PHOTO_CREDIT_START = (
    r"\W{0,3}(?:photos?|fotos?|images?|imagen(?:es)?|imágenes|bild(?:er)?|pictures?|quelle|credits?|crédits?|source|"
    r"fuente|grafik|illustration|video)\b\s*(?:[:/|©]|by\b|via\b|courtesy\b)"
)
# (feature, pattern, "count" or "any"); each runs once over the page's joined text. They are
# written so that the regex engine can skip most positions in C instead of trying a match at each
# (tests check each against its plain form on the same texts):
# - a pattern opens with the characters a match can start with ("(?:19|20)", "[\dA-Z]"), and the
#   word boundary before them follows as a lookbehind ("(?<=\b\d)");
# - a pattern anchored at a line's start (`LINE_PATTERNS`) opens with "\n" in place of "^" and runs
#   over the text with a newline before it: a match starts at that newline, whose offset there is
#   the offset of the line's first character in the text. Such a pattern never consumes a
#   newline at its end (a lookahead tests for it), so the next line can still match.
PATTERNS = (
    ("n_sentences", re.compile(r"[.!?。！？](?=\s|$)", re.M), "count"),
    ("n_numbers", re.compile(r"\d+(?:[.,]\d+)*"), "count"),
    ("year_count", re.compile(r"(?:19|20)(?<=\b\d\d)\d\d\b"), "count"),
    ("kv_shape", re.compile(r"\n[^\s:][^:\n]{0,40}:(?=\s|$)", re.M), "any"),
    ("phone_shape", re.compile(r"(?:\+\d|\d(?<=\b\d))[\d ().-]{7,20}\d\b"), "any"),
    ("date_shape", re.compile(r"\d(?<=\b\d)(?:\d{3}-\d{1,2}-\d{1,2}\b|\d?[/.]\d{1,2}[/.]\d{2,4}\b)"), "any"),
    (
        "rating_shape",
        re.compile(r"[\d★☆](?:(?<=\b\d)(?:[.,]\d)?[ \t]*(?:/|out of|of)[ \t]*(?:5|10|100)\b|(?<=[★☆]))"),
        "any",
    ),
    ("percent_shape", re.compile(r"\d\s?%"), "any"),
    # Quantifiers are bounded so that a page of near-misses ("1 A.1 A.1 …", "a.a.a.a …") stays linear.
    (
        "address_shape",
        re.compile(
            r"[\dA-Z](?:(?<=\b\d)\d{0,4}[ \t]{1,4}[A-Z][\w.]{0,30}(?: [A-Z][\w.]{0,30}){0,6},[ \t]{0,4}[A-Z]"
            r"|(?<=\b[A-Z])[A-Z][ \t]{1,4}\d{5}(?:-\d{4})?\b)"
        ),
        "any",
    ),
    ("url_shape", re.compile(r"(?=[hw@])(?:https?://|www\.|(?<=[\w.+-])@[\w-]{1,63}\.\w)"), "any"),
    ("copyright", re.compile(r"©|\([cC]\)"), "any"),
    # Datelines, bylines and credits, in the languages of the training pages and their neighbours.
    (
        "time_shape",
        re.compile(r"\d(?<=\b\d)(?:\d?:\d{2}\b|\d?\s?[ap]\.?m\b|\d?[.:]\d{2}\s?(?:uhr|h)\b)", re.I),
        "any",
    ),
    (
        "byline_shape",
        re.compile(r"\n(?i:\W{0,3}(?:by|von|por|par|di|door|av|af|text|author|autor(?:in)?|written by|posted by)\b(?=[\s:]))"),
        "any",
    ),
    # A comment's header line ("NAME says:", "NAME wrote:", "Reply"): comments come in runs of them.
    (
        "reply_shape",
        re.compile(
            r"(?i)(?=[swdearp])\b(?:says|said|wrote|writes|schreibt|schrieb|sagt|dice|escribió|a écrit|reply|replies|"
            r"antworten|responder|répondre|permalink)\W{0,3}$",
            re.M,
        ),
        "any",
    ),
    ("credit_shape", re.compile(rf"\n(?i:{_PHOTO_CREDIT_START}|{_CREDIT_LINE_START})"), "any"),
    # A wire's credit ("AP Photo", "Reuters/NAME", "… / dpa"); part of credit_shape.
    (
        "credit_wires",
        re.compile(r"(?:A(?<=\bA)(?:P|FP)|d(?<=\bd)pa|R(?<=\bR)(?:euters|EUTERS)|E(?<=\bE)PA)\s*(?:Photo|/|$)", re.M),
        "any",
    ),
    # Stock-photo agencies anywhere in a short block; part of credit_shape, run only where one is named.
    (
        "credit_names",
        re.compile(r"(?i)(?=[gsfip])(?:getty\s?images|shutterstock|fotolia|istock|imago|picture[- ]alliance)"),
        "any",
    ),
)
LINE_PATTERNS = frozenset({"kv_shape", "byline_shape", "credit_shape"})
# Patterns that can only match in blocks with a digit (or rating star), with a link or address, or in short blocks.
PATTERN_NEEDS = {
    "n_numbers": "digit",
    "year_count": "digit",
    "phone_shape": "digit",
    "date_shape": "digit",
    "time_shape": "digit",
    "byline_shape": "short",
    "credit_shape": "short",
    "credit_wires": "short",
    "reply_shape": "tail",
    "credit_names": "agency",
    "rating_shape": "digit",
    "percent_shape": "digit",
    "address_shape": "digit",
    "url_shape": "link",
}
# Texts every match of a pattern holds: a page without any is not searched (most pages have no
# percent sign, half no copyright sign)
PATTERN_NEEDLES = {"copyright": ("©", "(c)", "(C)"), "percent_shape": ("%",)}
SHORT_BLOCK_CHARS = 300  # bylines and credits are short: their patterns run over shorter blocks only
# A pattern anchored at a block's end (reply_shape) runs over the blocks' last characters only:
# its longest match (a nine-letter word and three other characters) and the one before it (\b).
TAIL_CHARS = 16
AGENCY_KEYS = ("getty", "shutterstock", "fotolia", "istock", "imago", "picture")
QUOTE_CODES = np.array([ord(c) for c in '"“”«»'], dtype=np.uint32)
SEPARATOR_CODES = np.array([ord(c) for c in "|»›·•"], dtype=np.uint32)
# Self-promotional, "expert summary" and listicle vocabulary (generic English, not any page's wording).
PROMO_WORDS = frozenset(
    """
expert expertise experience experienced experiences knowledge knowledgeable understanding understand insight
insights insightful comprehensive comprehensively thorough thoroughly extensive extensively profound deep deeply
passionate passion enthusiast specialist seasoned professional proficient delve delving dive explore exploring
key takeaways takeaway concepts concept aspects nuances complexities intricacies overview summary summarize
summarise conclusion essential crucial valuable ultimate guide tips tricks amazing awesome incredible unique
perspective perspectives background dimensions navigate landscape realm journey unlock discover master mastering
firsthand hands authority credible trusted reliable informative helpful share sharing
""".split()
)
# Words by which text refers to the article it sits in ("this report", "the piece", "mentioned above").
META_REFERENCE_WORDS = frozenset(
    """
article articles report piece story post coverage passage above mentioned discussed outlined highlighted
summary summarise summarize recap takeaways covered points
""".split()
)
# Words of datelines ("Published Wednesday, November 20"), of prompts (consent, subscribe, support),
# of legal and print footers, and of teaser links ("Lesen Sie auch", "Read more"): generic
# vocabulary of those blocks in English, German, Spanish and French, not any page's wording.
DATE_WORDS = frozenset(
    """
jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september
october november december januar februar märz mai juni juli oktober dezember enero febrero marzo abril mayo
junio julio agosto septiembre octubre noviembre diciembre janvier février mars avril juin juillet août
septembre octobre novembre décembre monday tuesday wednesday thursday friday saturday sunday mon tue wed thu
fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag lunes martes miércoles jueves viernes
sábado domingo lundi mardi mercredi jeudi vendredi samedi dimanche am pm published updated posted modified
veröffentlicht aktualisiert publicado actualizado publié uhr est edt cst cdt pst pdt gmt utc bst cet cest
""".split()
)
PROMPT_WORDS = frozenset(
    """
advertisement advertisements sponsored supported anzeige werbung publicidad publicité cookie cookies privacy consent
subscribe subscribed subscription subscriber subscribers newsletter newsletters
signup sign login log register registration account donate donation support supporting afford inbox email
javascript browser settings accept datenschutz abonnieren abo anmelden registrieren einwilligung spenden
unterstützen suscríbete suscripción privacidad regístrate donar abonnez abonnement inscrivez confidentialité
""".split()
)
LEGAL_WORDS = frozenset(
    """
copyright rights reserved reprints reprint permissions permission terms license licence licensed trademark
redistributed republished redistribution rechte vorbehalten derechos reservados droits réservés impressum
disclaimer print edition version headline
""".split()
)
BIO_WORDS = frozenset(
    """
reporter reporters correspondent correspondents editor editors writer writers columnist columnists journalist
journalists bureau contributor contributors author authors staff covers covering joined previously based
redakteur redakteurin korrespondent korrespondentin autor autorin journalistin periodista corresponsal
redactor redactora journaliste rédacteur correspondant
""".split()
)
TEASER_WORDS = frozenset(
    """
related recommended recommend read more also popular trending latest continue reading watch next previous
lesen sie auch mehr zum thema weiterlesen weitere artikel leer también relacionados noticias lire aussi
""".split()
)
# Words of share bars ("Click to share on Twitter", "Share this:", "Teilen"): the action and the networks.
SHARE_WORDS = frozenset(
    """
share shares shared sharing tweet retweet pin pinterest email e-mail facebook twitter whatsapp linkedin reddit
pocket telegram messenger flipboard print teilen compartir partager condividi delen dela
""".split()
)
PRONOUNS = (
    {w: 1 for w in ("i", "me", "my", "mine", "myself")}
    | {w: 2 for w in ("we", "us", "our", "ours")}
    | {w: 3 for w in ("you", "your", "yours", "yourself")}
)


WORD_LISTS = (PROMO_WORDS, DATE_WORDS, PROMPT_WORDS, LEGAL_WORDS, TEASER_WORDS, BIO_WORDS, SHARE_WORDS)  # flag bits 4 to 10


def _word_flags() -> dict[str, int]:
    """Bit flags per word: bit 0 meta-reference, bits 1-3 first person, first person plural and
    second person, bits 4-10 the `WORD_LISTS` (a pronoun counts only as a pronoun)."""
    flags: dict[str, int] = {w: 1 for w in META_REFERENCE_WORDS}
    for bit, vocabulary in enumerate(WORD_LISTS, start=4):
        for w in vocabulary:
            flags[w] = flags.get(w, 0) | 1 << bit
    return flags | {w: 1 << k for w, k in PRONOUNS.items()}


WORD_FLAGS = _word_flags()
TEXT_NAMES = (
    "n_chars_log",
    "n_words_log",
    "mean_word_len",
    "short_word_ratio",
    "unique_word_ratio",
    "digit_ratio",
    "upper_ratio",
    "alpha_ratio",
    "title_word_ratio",
    "punct_end",
    "ends_colon",
    "n_sentences",
    "comma_ratio",
    "separator_ratio",
    "quote_ratio",
    "first_person_ratio",
    "first_person_plural_ratio",
    "second_person_ratio",
    "promo_ratio",
    "meta_reference_ratio",
    "kv_shape",
    "phone_shape",
    "date_shape",
    "rating_shape",
    "percent_shape",
    "year_count",
    "number_ratio",
    "address_shape",
    "url_shape",
    "copyright",
    "repeated_bigram_ratio",
    "keyword_density",
    "time_shape",
    "byline_shape",
    "credit_shape",
    "date_word_ratio",
    "prompt_ratio",
    "legal_ratio",
    "teaser_ratio",
    "bio_ratio",
    "reply_shape",
    "share_ratio",
)
DOM_NAMES = (
    ("is_heading", "heading_level", *TAG_FLAGS, "source_text", "depth", "link_ratio", "n_links")
    + tuple("in_" + t for t in ANCESTOR_TAGS)
    + tuple("self_" + g for g in HINT_GROUPS)
    + tuple("anc_" + g for g in HINT_GROUPS)
)
PAGE_NAMES = (
    "traf_coverage",
    "traf_ok",
    "traf_words_log",
    "inside_traf_span",
    "after_traf_span",
    "before_traf_span",
    "earlier_overlap",
    "later_overlap",
    "source_block_overlap",
    "novelty",
    "duplicate_count",
    "title_overlap",
    "title_recall",
    "rel_index",
    "chars_before_ratio",
    "chars_after_ratio",
    "long_before_log",
    "long_after_log",
    "rel_depth",
    "n_blocks_log",
    "following_novelty",
    "anchor_gap_before_log",
    "anchor_gap_after_log",
    "in_anchor_span",
)


@cache
def feature_names() -> tuple[str, ...]:
    """Every feature `page_features` computes, in its column order."""
    names = TEXT_NAMES + DOM_NAMES + PAGE_NAMES
    names += tuple(f"nb{off:+d}_{k}" for off in NEIGHBOUR_OFFSETS for k in NEIGHBOUR_KEYS)
    names += tuple(f"win{w}_{k}" for w in WINDOWS for k in WINDOW_KEYS)
    names += tuple(f"prev_max_{k}" for k in PRECEDING_KEYS)
    names += tuple(f"next_mean_{k}" for k in FOLLOWING_KEYS)
    names += tuple(f"{side}_max_{k}" for side in ("next", "between") for k in PRECEDING_KEYS)
    return names


def _ratio(a: np.ndarray | list, b: np.ndarray | list) -> np.ndarray:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return np.divide(a, b, out=np.zeros_like(a), where=b > 0)


def _distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values of an integer array, as `np.unique` gives them, by one sort
    (numpy 2's hashing `unique` is several times slower on page-sized arrays)."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first]


def _member(values: np.ndarray, distinct: np.ndarray) -> np.ndarray:
    """Whether each of `values` is in the sorted array `distinct` (`np.isin`, by binary search)."""
    if not len(distinct):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(distinct, values), len(distinct) - 1)
    return distinct[at] == values


def _raise_to_group_max(out: np.ndarray, groups: np.ndarray, values: np.ndarray) -> None:
    """`np.maximum.at(out, groups, values)` for sorted `groups`: one reduction per run of a group."""
    if not len(groups):
        return
    starts = np.flatnonzero(np.concatenate([[True], groups[1:] != groups[:-1]]))
    at = groups[starts]
    out[at] = np.maximum(out[at], np.maximum.reduceat(values, starts))


def _equals_any(codes: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Whether each code is one of a few `targets` (`np.isin`, one comparison per target)."""
    found = np.zeros(len(codes), dtype=bool)
    for target in targets.tolist():
        found |= codes == target
    return found


def page_features(blocks: Sequence[Block], signals: Signals, title: str | None = None) -> np.ndarray:
    """Feature matrix of a page's blocks (one row per block) in `feature_names()` order."""
    names = feature_names()
    if not blocks:
        return np.zeros((0, len(names)), dtype=np.float32)
    words = [_WORD.findall(b.text.lower()) for b in blocks]
    tokens = Tokens.of(words)
    bigrams = Bigrams.of(tokens)
    cols: dict[str, np.ndarray] = {}
    cols.update(text_columns(blocks, words, tokens, bigrams))
    cols.update(dom_columns(blocks))
    cols.update(trafilatura_columns(words, tokens, signals))
    cols.update(redundancy_columns(blocks, words, tokens, bigrams, title or signals.title))
    cols.update(position_columns(blocks, words))
    cols.update(anchor_columns(words, cols))
    cols.update(neighbour_columns(cols, len(blocks)))
    # (one array of the columns, turned: a third of the time `np.column_stack` takes over 228 columns)
    return np.ascontiguousarray(np.array([cols[name] for name in names], dtype=np.float32).T)


def text_columns(blocks: Sequence[Block], words: list[list[str]], tokens: Tokens, bigrams: Bigrams) -> dict[str, np.ndarray]:
    """Shape of each block's text: sizes, character classes, punctuation, value shapes, pronouns."""
    texts = [b.text for b in blocks]
    n = len(texts)
    lengths = np.array([len(t) for t in texts])
    starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]])
    joined = "\n".join(texts) + "\n"  # every block ends in a newline, so each has a non-empty span
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    upper = ((codes >= 65) & (codes <= 90)) | ((codes >= 0xC0) & (codes <= 0xDD))
    alpha = upper | ((codes >= 97) & (codes <= 122)) | (codes >= 0xC0)
    digit = (codes >= 48) & (codes <= 57)
    starts_idx = starts.astype(np.intp)
    n_alpha = np.add.reduceat(alpha, starts_idx)
    n_upper = np.add.reduceat(upper, starts_idx)
    n_digit = np.add.reduceat(digit, starts_idx)
    space = (codes == 32) | (codes == 10) | (codes == 9) | (codes == 0xA0)
    after_space = np.concatenate([[True], space[:-1]])
    counts: dict[str, np.ndarray] = {
        "n_tokens": np.add.reduceat(~space & after_space, starts_idx),
        "n_capitalised": np.add.reduceat(upper & after_space, starts_idx),
        "n_commas": np.add.reduceat(codes == 44, starts_idx),
        "n_quotes": np.add.reduceat(_equals_any(codes, QUOTE_CODES), starts_idx),
        "n_separators": np.add.reduceat(_equals_any(codes, SEPARATOR_CODES), starts_idx),
    }
    subsets: dict[str | None, tuple[str, np.ndarray, np.ndarray]] = {None: (joined, starts, np.arange(n))}
    digit_blocks = np.flatnonzero((n_digit > 0) | np.array(["★" in t or "☆" in t for t in texts]))
    link_blocks = np.flatnonzero(np.array(["@" in t or "http" in t or "www." in t for t in texts]))
    short_blocks = np.flatnonzero(lengths <= SHORT_BLOCK_CHARS)
    short_text = "\n".join(texts[i] for i in short_blocks).lower()
    agency_blocks = short_blocks if any(key in short_text for key in AGENCY_KEYS) else short_blocks[:0]
    for key, index, cut in (
        ("digit", digit_blocks, None),
        ("link", link_blocks, None),
        ("short", short_blocks, None),
        ("tail", short_blocks, TAIL_CHARS),
        ("agency", agency_blocks, None),
    ):
        parts = [texts[i][-cut:] if cut else texts[i] for i in index]
        sizes = [len(t) for t in parts]
        subsets[key] = (
            "\n".join(parts),
            np.concatenate([[0], np.cumsum(np.add(sizes, 1))[:-1]]) if sizes else np.zeros(0),
            index,
        )
    for name, pattern, mode in PATTERNS:
        text, offsets, index = subsets[PATTERN_NEEDS.get(name)]
        positions = pattern_starts(name, pattern, text) if len(index) else []
        owners = index[np.searchsorted(offsets, positions, side="right") - 1] if positions else np.zeros(0, dtype=np.intp)
        hits = np.bincount(owners, minlength=n).astype(np.float64)
        counts[name] = (hits > 0).astype(np.float64) if mode == "any" else hits
    owner, vocab = tokens.owner, list(tokens.vocab)
    v = max(len(vocab), 1)
    n_words = np.bincount(owner, minlength=n).astype(np.float64)
    word_lengths = np.fromiter(map(len, vocab), dtype=np.int64, count=len(vocab))[tokens.ids]
    word_chars = np.bincount(owner, weights=word_lengths, minlength=n)
    short = np.bincount(owner, weights=word_lengths <= 3, minlength=n)
    unique = np.bincount(_distinct(owner * v + tokens.ids) // v, minlength=n).astype(np.float64)
    flags = np.fromiter(map(WORD_FLAGS.get, vocab, itertools.repeat(0)), dtype=np.int64, count=len(vocab))[tokens.ids]
    pron = np.column_stack([np.bincount(owner, weights=(flags >> bit) & 1, minlength=n) for bit in range(4 + len(WORD_LISTS))])
    n_bigrams = np.maximum(n_words - 1, 0)
    unique_bigrams = bigrams.sizes.astype(np.float64)
    last = [t.rstrip()[-1:] for t in texts]
    return {
        "n_chars_log": np.log1p(lengths),
        "n_words_log": np.log1p(n_words),
        "mean_word_len": _ratio(word_chars, n_words),
        "short_word_ratio": _ratio(short, n_words),
        "unique_word_ratio": np.where(n_words >= 8, _ratio(unique, n_words), 1.0),
        "digit_ratio": _ratio(n_digit, lengths),
        "upper_ratio": _ratio(n_upper, n_alpha),
        "alpha_ratio": _ratio(n_alpha, lengths),
        "title_word_ratio": _ratio(counts["n_capitalised"], counts["n_tokens"]),
        "punct_end": np.array([c in '.!?"”’)»。' and c != "" for c in last], dtype=np.float64),
        "ends_colon": np.array([c == ":" for c in last], dtype=np.float64),
        "n_sentences": counts["n_sentences"],
        "comma_ratio": _ratio(counts["n_commas"], n_words),
        "separator_ratio": _ratio(counts["n_separators"], n_words),
        "quote_ratio": _ratio(counts["n_quotes"], n_words),
        "first_person_ratio": _ratio(pron[:, 1], n_words),
        "first_person_plural_ratio": _ratio(pron[:, 2], n_words),
        "second_person_ratio": _ratio(pron[:, 3], n_words),
        "promo_ratio": _ratio(pron[:, 4], n_words),
        "meta_reference_ratio": _ratio(pron[:, 0], n_words),
        "kv_shape": counts["kv_shape"] * (lengths < MAX_KV_CHARS),
        "phone_shape": counts["phone_shape"],
        "date_shape": counts["date_shape"],
        "rating_shape": counts["rating_shape"],
        "percent_shape": counts["percent_shape"],
        "year_count": counts["year_count"],
        "number_ratio": _ratio(counts["n_numbers"], n_words),
        "address_shape": counts["address_shape"],
        "url_shape": counts["url_shape"],
        "copyright": counts["copyright"],
        "repeated_bigram_ratio": 1.0 - np.where(n_bigrams > 0, _ratio(unique_bigrams, n_bigrams), 1.0),
        "keyword_density": keyword_density(tokens),
        "time_shape": counts["time_shape"],
        "byline_shape": counts["byline_shape"],
        "credit_shape": np.maximum.reduce([counts["credit_shape"], counts["credit_wires"], counts["credit_names"]]),
        "date_word_ratio": _ratio(pron[:, 5], n_words),
        "prompt_ratio": _ratio(pron[:, 6], n_words),
        "legal_ratio": _ratio(pron[:, 7], n_words),
        "teaser_ratio": _ratio(pron[:, 8], n_words),
        "bio_ratio": _ratio(pron[:, 9], n_words),
        "share_ratio": _ratio(pron[:, 10], n_words),
        "reply_shape": counts["reply_shape"],
    }


def pattern_starts(name: str, pattern: re.Pattern, text: str) -> list[int]:
    """Where the matches of `pattern`, the one `PATTERNS` names `name`, start in `text` (a line
    pattern's over the text with a newline before it; nothing where the pattern's needles are not)."""
    needles = PATTERN_NEEDLES.get(name)
    if needles and not any(needle in text for needle in needles):
        return []
    return [m.start() for m in pattern.finditer("\n" + text if name in LINE_PATTERNS else text)]


def keyword_density(tokens: Tokens) -> np.ndarray:
    """Share of each block's words taken by its most repeated word or phrase (up to three words,
    at least one distinctive), the SEO measure of keyword stuffing; 0 for blocks under
    DENSITY_MIN_WORDS words. Article prose rarely gives one phrase a quarter of a paragraph."""
    n, v = tokens.n_blocks, max(len(tokens.vocab), 1)
    n_words = np.bincount(tokens.owner, minlength=n)
    covered = np.zeros(n)
    distinctive = tokens.distinctive
    long_enough = n_words[tokens.owner] >= DENSITY_MIN_WORDS
    for k in range(1, DENSITY_MAX_PHRASE + 1):
        at = tokens.ngram_starts(k)
        at = at[long_enough[at]]
        code, has_distinctive = np.zeros(len(at), dtype=np.int64), np.zeros(len(at), dtype=bool)
        for j in range(k):
            code = code * v + tokens.ids[at + j]
            has_distinctive |= distinctive[tokens.ids[at + j]]
        owner, code = tokens.owner[at][has_distinctive], code[has_distinctive]
        if not len(code):
            continue
        if n * v**k < 2**62:  # one integer per (block, phrase)
            keys, counts = np.unique(owner * v**k + code, return_counts=True)
            owners = keys // v**k
        else:
            pairs, counts = np.unique(np.column_stack([owner, code]), axis=0, return_counts=True)
            owners = pairs[:, 0]
        _raise_to_group_max(covered, owners, counts * k)
    return np.where(n_words >= DENSITY_MIN_WORDS, np.minimum(_ratio(covered, n_words), 1.0), 0.0)


def dom_columns(blocks: Sequence[Block]) -> dict[str, np.ndarray]:
    """DOM context of each block: tag, ancestors, class/id hints, links, depth."""
    tags = [b.tag for b in blocks]
    levels = np.array([heading_level(t) for t in tags], dtype=np.float64)
    heading = (levels > 0).astype(np.float64)
    cols = {
        "is_heading": heading,
        "heading_level": levels,
        "source_text": np.array([b.source == "text" for b in blocks], dtype=np.float64),
        "depth": np.minimum([b.depth for b in blocks], MAX_DEPTH).astype(np.float64),
        "link_ratio": _ratio([b.link_chars for b in blocks], [len(b.text) for b in blocks]),
        "n_links": np.minimum([b.n_links for b in blocks], MAX_LINKS).astype(np.float64),
    }
    for name, members in TAG_FLAGS.items():
        cols[name] = np.array([t in members for t in tags], dtype=np.float64)
    cols.update(_membership(blocks, "ancestors", ANCESTOR_TAGS, "in_"))
    cols.update(_membership(blocks, "self_hints", HINT_GROUPS, "self_"))
    cols.update(_membership(blocks, "ancestor_hints", HINT_GROUPS, "anc_"))
    return cols


def _membership(blocks: Sequence[Block], attribute: str, names: tuple[str, ...], prefix: str) -> dict[str, np.ndarray]:
    """One 0/1 column per name: whether each block's `attribute` set holds it."""
    index = {name: k for k, name in enumerate(names)}
    wanted = frozenset(names)
    distinct: dict[frozenset[str], int] = {}  # blocks of one element context share their set: one row each
    which = np.fromiter(
        (distinct.setdefault(getattr(b, attribute), len(distinct)) for b in blocks), dtype=np.intp, count=len(blocks)
    )
    rows = np.zeros((len(distinct), len(names)))
    for found, row in distinct.items():
        for name in wanted.intersection(found):
            rows[row, index[name]] = 1.0
    flags = rows[which]
    return {prefix + name: flags[:, k] for k, name in enumerate(names)}


def trafilatura_columns(words: list[list[str]], tokens: Tokens, signals: Signals) -> dict[str, np.ndarray]:
    """How much of each block trafilatura kept, and where its kept span lies."""
    main_words = _WORD.findall(signals.main_text.lower())
    cov = main_text_coverage(tokens, main_words)
    n = len(words)
    covered = np.flatnonzero(cov >= 0.5)
    idx = np.arange(n)
    first, last = (covered[0], covered[-1]) if len(covered) else (n, -1)
    return {
        "traf_coverage": cov,
        "traf_ok": np.full(n, float(signals.ok)),
        "traf_words_log": np.full(n, math.log1p(len(main_words))),
        "inside_traf_span": ((idx >= first) & (idx <= last)).astype(np.float64),
        "after_traf_span": ((idx > last) & (last >= 0)).astype(np.float64),
        "before_traf_span": ((idx < first) & (len(covered) > 0)).astype(np.float64),
    }


def main_text_coverage(tokens: Tokens, main_words: list[str]) -> np.ndarray:
    """Per block, the share of its word trigrams that occur in `main_words`; for a block too short
    for a trigram, whether its word or its two words occur there as they stand (1 or 0)."""
    v = len(tokens.vocab)
    main = np.fromiter(map(tokens.vocab.get, main_words, itertools.repeat(-1)), dtype=np.int64, count=len(main_words))
    at = tokens.ngram_starts(3)
    m = np.flatnonzero((main[:-2] >= 0) & (main[1:-1] >= 0) & (main[2:] >= 0)) if len(main) >= 3 else np.zeros(0, dtype=np.intp)
    # A trigram is (bigram, word); bigram codes are numbered densely so the codes stay small.
    _, dense = np.unique(
        np.concatenate([tokens.ids[at] * v + tokens.ids[at + 1], main[m] * v + main[m + 1]]), return_inverse=True
    )
    codes = dense * v + np.concatenate([tokens.ids[at + 2], main[m + 2]])
    hits = _member(codes[: len(at)], _distinct(codes[len(at) :]))
    owner = tokens.owner[at]
    cov = _ratio(np.bincount(owner, weights=hits, minlength=tokens.n_blocks), np.bincount(owner, minlength=tokens.n_blocks))
    sizes = np.bincount(tokens.owner, minlength=tokens.n_blocks)
    first = np.cumsum(sizes) - sizes  # each block's first word
    one, two = np.flatnonzero(sizes == 1), np.flatnonzero(sizes == 2)
    cov[one] = _member(tokens.ids[first[one]], _distinct(main[main >= 0]))
    pairs = (main[:-1] >= 0) & (main[1:] >= 0)
    cov[two] = _member(tokens.ids[first[two]] * v + tokens.ids[first[two] + 1], _distinct((main[:-1] * v + main[1:])[pairs]))
    return cov


def redundancy_columns(
    blocks: Sequence[Block], words: list[list[str]], tokens: Tokens, bigrams: Bigrams, title: str | None
) -> dict[str, np.ndarray]:
    """How much each block repeats the page: earlier/later text, one source block, the title."""
    n = len(blocks)
    fresh = np.bincount(bigrams.first_at, minlength=n)  # bigrams each block is the first to use
    last_users = np.bincount(bigrams.last_at, minlength=n)  # bigrams each block is the last to use
    sizes = bigrams.sizes
    text_counts: dict[str, int] = {}
    for b in blocks:
        text_counts[b.text] = text_counts.get(b.text, 0) + 1
    title_words = set(_WORD.findall(title.lower())) if title else set()
    uses = WordUses.of(tokens)
    shared = [len(title_words.intersection(w)) for w in words]
    return {
        "earlier_overlap": _ratio(sizes - fresh, sizes),
        "later_overlap": _ratio(sizes - last_users, sizes),
        "source_block_overlap": source_block_overlap(words, uses),
        "novelty": novelty(words, uses),
        "following_novelty": following_novelty(words, uses=uses),
        "duplicate_count": np.minimum([text_counts[b.text] - 1 for b in blocks], MAX_DUPLICATES).astype(np.float64),
        "title_overlap": _ratio(shared, [len(set(w)) for w in words]),
        "title_recall": _ratio(shared, [len(title_words)] * len(words)),
    }


@dataclass(frozen=True)
class Tokens:
    """A page's words as integer ids of its vocabulary, in page order, with the block of each."""

    vocab: dict[str, int]
    ids: np.ndarray
    owner: np.ndarray
    n_blocks: int

    @classmethod
    def of(cls, words: list[list[str]]) -> Tokens:
        flat = list(itertools.chain.from_iterable(words))
        vocab = {w: i for i, w in enumerate(dict.fromkeys(flat))}
        ids = np.fromiter(map(vocab.__getitem__, flat), dtype=np.int64, count=len(flat))
        return cls(vocab, ids, np.repeat(np.arange(len(words), dtype=np.int64), [len(w) for w in words]), len(words))

    @cached_property
    def distinctive(self) -> np.ndarray:
        """Per vocabulary id: is the word distinctive (`is_distinctive`)."""
        v = len(self.vocab)  # `is_distinctive` for every word at once
        return (np.fromiter(map(len, self.vocab), dtype=np.int64, count=v) >= MIN_DISTINCTIVE_CHARS) & ~np.fromiter(
            map(str.isdigit, self.vocab), dtype=bool, count=v
        )

    def ngram_starts(self, n: int) -> np.ndarray:
        """Positions where an n-gram of words of one block starts."""
        if n == 1:
            return np.arange(len(self.ids))
        return np.flatnonzero(self.owner[: -(n - 1)] == self.owner[n - 1 :]) if len(self.ids) >= n else np.zeros(0, dtype=np.intp)


@dataclass(frozen=True)
class Bigrams:
    """A page's word bigrams (within blocks) as integer codes: `sizes` counts each block's distinct
    bigrams; `first_at`/`last_at` give, per distinct bigram of the page, the first/last block using it."""

    sizes: np.ndarray
    first_at: np.ndarray
    last_at: np.ndarray

    @classmethod
    def of(cls, tokens: Tokens) -> Bigrams:
        v = len(tokens.vocab)
        at = tokens.ngram_starts(2)
        pairs = _distinct(tokens.owner[at] * v * v + tokens.ids[at] * v + tokens.ids[at + 1])  # (block, bigram), by block
        block, code = np.divmod(pairs, v * v)
        _, first = np.unique(code, return_index=True)  # pairs are in block order
        _, last = np.unique(code[::-1], return_index=True)
        return cls(np.bincount(block, minlength=tokens.n_blocks), block[first], block[::-1][last])


MIN_DISTINCTIVE_CHARS = 4


def is_distinctive(word: str) -> bool:
    """Words that can tie a block to the one it restates: `MIN_DISTINCTIVE_CHARS` letters or more,
    not numbers (`Tokens.distinctive` holds it for a page's whole vocabulary at once)."""
    return len(word) >= MIN_DISTINCTIVE_CHARS and not word.isdigit()


@dataclass(frozen=True)
class WordUses:
    """Every (block, distinctive word) pair of a page, as arrays: the block, the word's id and
    the first block using the word; `sizes` counts each block's distinctive words."""

    owner: np.ndarray
    word: np.ndarray
    first_at: np.ndarray
    sizes: np.ndarray

    @classmethod
    def of(cls, tokens: Tokens) -> WordUses:
        keep = tokens.distinctive[tokens.ids]
        v = max(len(tokens.vocab), 1)
        owner, word = np.divmod(_distinct(tokens.owner[keep] * v + tokens.ids[keep]), v)  # by block, then word
        _, first, inverse = np.unique(word, return_index=True, return_inverse=True)
        return cls(owner, word, owner[first][inverse], np.bincount(owner, minlength=tokens.n_blocks))


def novelty(words: list[list[str]], uses: WordUses | None = None) -> np.ndarray:
    """Share of each block's distinctive words not seen earlier on the page (restatements are low)."""
    u = uses or WordUses.of(Tokens.of(words))
    return np.where(u.sizes > 0, _ratio(np.bincount(u.owner[u.first_at == u.owner], minlength=len(words)), u.sizes), 1.0)


def following_novelty(words: list[list[str]], window: int = FOLLOWING_WINDOW, uses: WordUses | None = None) -> np.ndarray:
    """For each block, the share of the next blocks' distinctive words not on the page up to it.

    Low after an opener: what follows restates the article (a generated summary); high in the
    middle of an article, where each paragraph brings new names and facts. 1.0 at the page's end.
    """
    u = uses or WordUses.of(Tokens.of(words))
    n = len(words)
    # A word of block j counts for every block i in [j - window, j - 1]; it is new for i < first_at.
    lo = np.maximum(u.owner - window, 0)
    total = np.cumsum(np.bincount(lo, minlength=n + 1) - np.bincount(u.owner, minlength=n + 1))[:n]
    fresh = u.first_at > lo
    new = np.cumsum(np.bincount(lo[fresh], minlength=n + 1) - np.bincount(u.first_at[fresh], minlength=n + 1))[:n]
    return np.where(total > 0, _ratio(new, total), 1.0)


# The (earlier, later) index pairs among k blocks that share a word, for every k up to MAX_POSTINGS
_PAIRS = tuple(np.triu_indices(k, 1) for k in range(MAX_POSTINGS + 1))


def source_block_overlap(words: list[list[str]], uses: WordUses | None = None) -> np.ndarray:
    """For each block, the largest share of its distinctive words found in one earlier block.

    A restatement (a generated summary of the article) shares most of its names and rare
    words with the paragraph it restates, even when the wording changes. Words used by more
    than MAX_POSTINGS blocks do not tie blocks together; blocks with fewer than 3 words score 0.
    """
    u = uses or WordUses.of(Tokens.of(words))
    n = len(words)
    counts = np.bincount(u.word)[u.word] if len(u.word) else np.zeros(0, dtype=np.intp)
    keep = (counts >= 2) & (counts <= MAX_POSTINGS)
    order = np.lexsort((u.owner[keep], u.word[keep]))  # grouped by word, blocks ascending
    owners, sizes = u.owner[keep][order], counts[keep][order]
    pairs = []  # later block * n + earlier block, once per shared word
    for k in _distinct(sizes):
        group = owners[sizes == k].reshape(-1, k)  # one row per word used by exactly k blocks
        earlier, later = _PAIRS[k]
        pairs.append((group[:, later] * n + group[:, earlier]).ravel())
    best = np.zeros(n)
    if pairs:
        keys, shared = np.unique(np.concatenate(pairs), return_counts=True)
        _raise_to_group_max(best, keys // n, shared)
    return np.where(u.sizes >= 3, _ratio(best, u.sizes), 0.0)


def position_columns(blocks: Sequence[Block], words: list[list[str]]) -> dict[str, np.ndarray]:
    """Where each block sits: relative index, text before/after, long paragraphs before/after."""
    n = len(blocks)
    sizes = np.array([len(b.text) for b in blocks], dtype=np.float64)
    total = sizes.sum() or 1.0
    before = np.cumsum(sizes) - sizes
    long_flags = np.array([len(w) >= LONG_PARAGRAPH_WORDS for w in words], dtype=np.float64)
    long_before = np.cumsum(long_flags) - long_flags
    depths = np.array([b.depth for b in blocks], dtype=np.float64)
    return {
        "rel_index": np.arange(n) / max(n - 1, 1),
        "chars_before_ratio": before / total,
        "chars_after_ratio": (total - before - sizes) / total,
        "long_before_log": np.log1p(long_before),
        "long_after_log": np.log1p(long_flags.sum() - long_before - long_flags),
        "rel_depth": depths - np.sort(depths)[n // 2],
        "n_blocks_log": np.full(n, math.log1p(n)),
    }


def anchor_columns(words: list[list[str]], cols: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """How far each block is from the story's anchors: long paragraphs, mostly in trafilatura's
    main text and mostly not links. Blocks between anchors are the story's lists, quotes and
    subheadings; blocks many blocks past the last anchor are what a page appends to it."""
    n = len(words)
    anchor = (
        (np.array([len(w) for w in words]) >= LONG_PARAGRAPH_WORDS)
        & (cols["traf_coverage"] >= ANCHOR_COVERAGE)
        & (cols["link_ratio"] < ANCHOR_MAX_LINK_RATIO)
    )
    idx = np.arange(n)
    where = np.flatnonzero(anchor)
    if not len(where):
        none = np.full(n, math.log1p(n))
        return {"anchor_gap_before_log": none, "anchor_gap_after_log": none, "in_anchor_span": np.zeros(n)}
    last_before = np.maximum.accumulate(np.where(anchor, idx, -1))
    next_after = np.minimum.accumulate(np.where(anchor, idx, n)[::-1])[::-1]
    before = np.where(last_before >= 0, idx - last_before, n)
    after = np.where(next_after < n, next_after - idx, n)
    return {
        "anchor_gap_before_log": np.log1p(before),
        "anchor_gap_after_log": np.log1p(after),
        "in_anchor_span": ((idx >= where[0]) & (idx <= where[-1])).astype(np.float64),
    }


def _running_max(values: np.ndarray, window: int, before: bool) -> np.ndarray:
    """Per column of `values` (blocks x columns), the largest value among the `window` blocks
    before (or after) each block, 0 if none: one maximum per offset (a sliding window's
    reduction costs several times more on a page's few hundred rows)."""
    n = len(values)
    out = np.full(values.shape, -np.inf)
    for shift in range(1, min(window, n) + 1):
        if before:
            np.maximum(out[shift:], values[:-shift], out=out[shift:])
        else:
            np.maximum(out[:-shift], values[shift:], out=out[:-shift])
    # a window that reaches past the page's first (last) block takes 0 there
    edge = out[:window] if before else out[max(0, n - window) :]
    np.maximum(edge, 0.0, out=edge)
    return out


def neighbour_columns(cols: dict[str, np.ndarray], n: int) -> dict[str, np.ndarray]:
    """Features of the blocks around each block: fixed offsets and window means."""
    out: dict[str, np.ndarray] = {}
    reach = max(abs(off) for off in NEIGHBOUR_OFFSETS)
    values = np.column_stack([np.asarray(cols[key], dtype=np.float64) for key in NEIGHBOUR_KEYS])
    padded = np.vstack([np.full((reach, len(NEIGHBOUR_KEYS)), -1.0), values, np.full((reach, len(NEIGHBOUR_KEYS)), -1.0)])
    for off in NEIGHBOUR_OFFSETS:
        shifted = padded[reach + off : reach + off + n]
        out.update((f"nb{off:+d}_{key}", shifted[:, k]) for k, key in enumerate(NEIGHBOUR_KEYS))
    idx = np.arange(n)
    cum = _cumulative(cols, WINDOW_KEYS)
    for width in WINDOWS:
        lo, hi = np.maximum(0, idx - width), np.minimum(n, idx + width + 1)
        means = (cum[hi] - cum[lo]) / (hi - lo)[:, None]
        out.update((f"win{width}_{key}", means[:, k]) for k, key in enumerate(WINDOW_KEYS))
    bracketed = np.column_stack([np.asarray(cols[key], dtype=np.float64) for key in PRECEDING_KEYS])
    previous = _running_max(bracketed, PRECEDING_WINDOW, before=True)
    after = _running_max(bracketed, BRACKET_WINDOW, before=False)
    between = np.minimum(after, _running_max(bracketed, BRACKET_WINDOW, before=True))
    for k, key in enumerate(PRECEDING_KEYS):
        out[f"prev_max_{key}"] = previous[:, k]
        out[f"next_max_{key}"] = after[:, k]
        out[f"between_max_{key}"] = between[:, k]
    cum = _cumulative(cols, FOLLOWING_KEYS)
    lo, hi = np.minimum(n, idx + 1), np.minimum(n, idx + FOLLOWING_WINDOW + 1)
    means = np.where((hi > lo)[:, None], (cum[hi] - cum[lo]) / np.maximum(hi - lo, 1)[:, None], -1.0)
    out.update((f"next_mean_{key}", means[:, k]) for k, key in enumerate(FOLLOWING_KEYS))
    return out


def _cumulative(cols: dict[str, np.ndarray], keys: tuple[str, ...]) -> np.ndarray:
    """Running sums of the columns `keys`, with a leading row of zeros: window sums by subtraction."""
    values = np.column_stack([np.asarray(cols[key], dtype=np.float64) for key in keys])
    return np.vstack([np.zeros((1, len(keys))), np.cumsum(values, axis=0)])
