"""The article-body convention, applied to every dataset's gold (see data/README.md).

The body is the story: its paragraphs, in-body subheadings, lists, tables and quotes. Not body:
the headline (it is `Result.title`), bylines and datelines (`author`, `date`), captions and
credits, and everything around the story. Datasets annotate these differently (Dragnet's gold
opens with the title and byline, L3S-GN1 marks the headline as content, CleanEval's first
heading is often the title), so each converter passes its gold through `body_text` and the
labeller through `is_headline`, and every dataset ends up with one convention.
"""

from __future__ import annotations

from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser

from ..features import LONG_PARAGRAPH_WORDS
from ..lines import (
    in_comments,
    is_byline_or_dateline,
    is_closing_matter,
    is_headline,
    is_prompt,
    is_read_also,
    title_parts,
    words,
)
from ..records import Block

LEAD_LINES = 6  # the headline, byline and dateline sit in the first lines of a gold text
TAIL_LINES = 6  # reporting credits, author bios and print lines sit in its last lines


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


def outside_the_story(blocks: list[Block], labels: list[str]) -> list[int]:
    """Indices of content-labelled blocks the convention keeps out of the body whatever a gold
    says: "read also" teasers and sign-up/subscribe/donate prompts anywhere; bylines and
    datelines before the story's first long paragraph; after its last, reader comments (blocks in
    a comment container, when the story itself is not in one), datelines and closing matter
    (credits, bios, print lines)."""

    def is_long_story(b: Block, lab: str) -> bool:
        return lab == "content" and len(b.text.split()) >= LONG_PARAGRAPH_WORDS and not in_comments(b)

    story = [i for i, (b, lab) in enumerate(zip(blocks, labels)) if is_long_story(b, lab)]
    if not story:
        return []
    first, last = story[0], story[-1]
    return [
        i
        for i, (b, lab) in enumerate(zip(blocks, labels))
        if lab == "content"
        and (
            is_read_also(b.text)
            or is_prompt(b.text)
            or (i < first and is_byline_or_dateline(b.text))
            or (i > last and (in_comments(b) or is_byline_or_dateline(b.text) or is_closing_matter(b.text)))
        )
    ]
