"""The article-body convention, applied to every dataset's gold (see data/README.md).

The body is the story: its paragraphs, in-body subheadings, lists, tables and quotes. Not body:
the headline (it is `Result.title`), bylines and datelines (`author`, `date`), captions and
credits, and everything around the story. Datasets annotate these differently (Dragnet's gold
opens with the title and byline, L3S-GN1 marks the headline as content, CleanEval's first
heading is often the title), so each converter passes its gold through `body_text` and the
labeller through `is_headline`, and every dataset ends up with one convention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser

from ..features import DATE_WORDS

_WORD = re.compile(r"\w+", re.UNICODE)
LEAD_LINES = 6  # the headline, byline and dateline sit in the first lines of a gold text
MAX_HEADLINE_WORDS = 40
MAX_BYLINE_WORDS = 12
HEADLINE_SIMILARITY = 0.8  # share of a line's words found in one headline candidate
HEADLINE_COVER = 0.6  # share of the candidate's words in the line (a <title> adds the site's name)
# "By NAME", "Von NAME", "Por NAME", "Par NAME", "Di NAME", "Door NAME", "Av NAME", "Autor: NAME" …
_BYLINE = re.compile(r"^\s*(?:by|von|por|par|di|door|av|af|autor(?:in)?|author|written by|posted by|text)\b[\s:]",
                     re.IGNORECASE)
_BY_INSIDE = re.compile(r"\b(?:by|von|por|par)\s+[A-ZÀ-Ý]")  # "August 6, 2012 by NAME"
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—»·]+\s+|:\s+")
_DATE_WORDS = DATE_WORDS | frozenset("on at um stand de del le la the".split())  # "Stand: 12.03.2019, 14:30 Uhr"


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@lru_cache(maxsize=4096)
def headline_candidates(html: str) -> tuple[frozenset[str], ...]:
    """Word sets of what may be a page's headline: <title> (and its parts around " | ", " - ",
    " – ", " :: "), og:title and the h1 elements."""
    tree = LexborHTMLParser(html)
    texts: list[str] = []
    node = tree.css_first("title")
    if node is not None:
        texts += title_parts(node.text(strip=True))
    for sel in ('meta[property="og:title"]', 'meta[name="twitter:title"]'):
        node = tree.css_first(sel)
        if node is not None and node.attributes.get("content"):
            texts.append(node.attributes["content"] or "")
    texts += [h.text(separator=" ", strip=True) for h in tree.css("h1")[:5]]
    sets = {frozenset(words(t)) for t in texts}
    return tuple(s for s in sets if len(s) >= 2)


def is_headline(text: str, candidates: tuple[frozenset[str], ...]) -> bool:
    """Whether `text` is a copy of the page's headline (most words shared both ways)."""
    found = words(text)
    if not 2 <= len(found) <= MAX_HEADLINE_WORDS:
        return False
    own = set(found)
    for cand in candidates:
        shared = len(own & cand)
        if shared / len(own) >= HEADLINE_SIMILARITY and shared / len(cand) >= HEADLINE_COVER:
            return True
    return False


def is_byline_or_dateline(text: str) -> bool:
    """A short line that names the author ("By NAME") or is mostly a date and time stamp."""
    found = words(text)
    if not found or len(found) > MAX_BYLINE_WORDS:
        return False
    if _BYLINE.match(text) or (_BY_INSIDE.search(text) and any(w in DATE_WORDS or w.isdigit() for w in found)):
        return True
    datey = sum(w in _DATE_WORDS or w.isdigit() for w in found)
    return datey / len(found) >= 0.6 and any(w.isdigit() for w in found)


def body_text(gold: str, html: str) -> str:
    """`gold` without its headline, byline and dateline lines (only looked for among its first
    lines, where golds that include them put them)."""
    lines = gold.split("\n")
    candidates = headline_candidates(html)
    kept, seen = [], 0
    for line in lines:
        if line.strip():
            seen += 1
            if seen <= LEAD_LINES and (is_headline(line, candidates) or is_byline_or_dateline(line)):
                continue
        kept.append(line)
    return "\n".join(kept).strip("\n")


def headline_candidates_of_title(title: str | None) -> tuple[frozenset[str], ...]:
    """`headline_candidates` for a page known only by its title (a derived corpus page)."""
    if not title:
        return ()
    return tuple(s for s in {frozenset(words(t)) for t in title_parts(title)} if len(s) >= 2)


def title_parts(title: str) -> list[str]:
    """A title and its parts around the separators sites put between headline and site name."""
    return [title, *_TITLE_SEPARATOR.split(title)]
