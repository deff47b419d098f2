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

from ..features import BIO_WORDS, CREDIT_LINE, DATE_WORDS

_WORD = re.compile(r"\w+", re.UNICODE)
LEAD_LINES = 6  # the headline, byline and dateline sit in the first lines of a gold text
TAIL_LINES = 6  # reporting credits, author bios and print lines sit in its last lines
MAX_CLOSING_WORDS = 80
LONG_PARAGRAPH_WORDS = 25
MAX_HEADLINE_WORDS = 40
MAX_BYLINE_WORDS = 12
HEADLINE_SIMILARITY = 0.8  # share of a line's words found in one headline candidate
HEADLINE_COVER = 0.6  # share of the candidate's words in the line (a <title> adds the site's name)
# "By NAME", "Von NAME", "Por NAME", "Par NAME", "Di NAME", "Door NAME", "Av NAME", "Autor: NAME" …
_BYLINE = re.compile(r"^\s*(?:by|von|por|par|di|door|av|af|autor(?:in)?|author|written by|posted by|text)\b[\s:]",
                     re.IGNORECASE)
_BY_INSIDE = re.compile(r"\b(?:by|von|por|par)\s+[A-ZÀ-Ý]")  # "August 6, 2012 by NAME"
_PRINT_LINE = re.compile(r"(?i)appears in print|print edition|order reprints|today['’]s paper|all rights reserved|"
                         r"alle rechte vorbehalten|derechos reservados|tous droits réservés|^\W{0,3}(?:©|copyright\b)")
_BIO_START = re.compile(r"^[A-ZÀ-Ý][\w.'’-]+(?:\s+[A-ZÀ-Ý][\w.'’-]+){0,3},?\s+(?:is|was|joined|has|covers|writes|ist|es|est)\b")
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


def is_closing_matter(text: str) -> bool:
    """A line that closes an article without being its story: a reporting credit ("Reporting was
    contributed by …", "(Reporting by …; Editing by …)"), an author bio ("NAME is a reporter …",
    "NAME joined The Times in …"), or a print-edition, reprint or copyright line."""
    found = words(text)
    if not found or len(found) > MAX_CLOSING_WORDS:
        return False
    if CREDIT_LINE.match(text) or _PRINT_LINE.search(text):
        return True
    return bool(_BIO_START.match(text)) and any(w in BIO_WORDS for w in found)


def body_text(gold: str, html: str) -> str:
    """`gold` without its headline, byline and dateline lines (looked for among its first
    lines, where golds that include them put them) and its closing credits, author bios and
    print lines (among its last lines)."""
    lines = gold.split("\n")
    candidates = headline_candidates(html)
    n_lines = sum(1 for line in lines if line.strip())
    kept, seen = [], 0
    for line in lines:
        if line.strip():
            seen += 1
            if seen <= LEAD_LINES and (is_headline(line, candidates) or is_byline_or_dateline(line)):
                continue
            if seen > n_lines - TAIL_LINES and is_closing_matter(line):
                continue
        kept.append(line)
    return "\n".join(kept).strip("\n")


def outside_the_story(texts: list[str], labels: list[str]) -> list[int]:
    """Indices of content-labelled blocks the convention keeps out of the body whatever a gold
    says: bylines and datelines before the story's first long paragraph, closing matter
    (credits, bios, print lines) after its last."""
    long = [i for i, (t, lab) in enumerate(zip(texts, labels)) if lab == "content" and len(t.split()) >= LONG_PARAGRAPH_WORDS]
    if not long:
        return []
    first, last = long[0], long[-1]
    return [i for i, (t, lab) in enumerate(zip(texts, labels)) if lab == "content" and
            ((i < first and is_byline_or_dateline(t)) or (i > last and is_closing_matter(t)))]


def headline_candidates_of_title(title: str | None) -> tuple[frozenset[str], ...]:
    """`headline_candidates` for a page known only by its title (a derived corpus page)."""
    if not title:
        return ()
    return tuple(s for s in {frozenset(words(t)) for t in title_parts(title)} if len(s) >= 2)


def title_parts(title: str) -> list[str]:
    """A title and its parts around the separators sites put between headline and site name."""
    return [title, *_TITLE_SEPARATOR.split(title)]
