"""HTML (selectolax/lexbor) and plain text to an ordered list of `Block`s."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import numpy as np
from selectolax.lexbor import LexborHTMLParser

from .metadata import read_metadata
from .records import Block

SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "head",
        "select",
        "option",
        "button",
        "textarea",
        "input",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
        "link",
        "meta",
        "title",
        "-comment",
        "!doctype",
        "frame",
        "frameset",
        "applet",
    }
)
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "menu",
        "legend",
        "hgroup",
        "text",
    }
)
BLOCK_KIND = {
    "p": "p",
    "h1": "h1",
    "h2": "h2",
    "h3": "h3",
    "h4": "h4",
    "h5": "h5",
    "h6": "h6",
    "li": "li",
    "dt": "dt",
    "dd": "dd",
    "td": "td",
    "th": "td",
    "pre": "pre",
    "blockquote": "blockquote",
    "caption": "caption",
    "figcaption": "caption",
    "summary": "p",
    "legend": "p",
}
HINT_PATTERNS = {
    "nav": r"nav|menu|breadcrumb|crumb|paginat|pager|toolbar|skip|tabs",
    "header": r"header|masthead|topbar|branding|logo",
    "footer": r"footer|copyright|colophon|legal|bottom",
    "sidebar": r"sidebar|aside|rail|widget|sidebox|right-?col|left-?col",
    "comment": r"comment|reply|replies|respond|discuss|disqus|feedback|review",
    "share": r"share|sharing|social|facebook|twitter|tweet|pinterest|linkedin|whatsapp|print",
    "related": r"related|recommend|popular|trending|most-?read|also|more|outbrain|taboola|teaser|promo|latest|top-?stor",
    "ad": r"^ads?$|^ad[-_]|[-_]ad$|advert|sponsor|banner|dfp|adsense|commercial",
    "content": r"article|content|story|post|entry|body|text|main|blog|prose",
    "meta": r"byline|author|dateline|date|time|meta|tags?$|categor|publish|info",
    "prompt": r"cookie|consent|subscri|newsletter|signup|sign-up|login|register|popup|modal|paywall|gdpr",
    "caption": r"caption|credit|figure|photo|image|img|gallery|video|media",
    "title": r"title|headline|heading",
    "rating": r"rating|stars?$|vote|score|views|counter|stat",
    "profile": r"profile|bio|about|avatar|person|contact",
}
# One line per class name: ^ and $ in the patterns anchor at each name.
_HINT_RE = re.compile("|".join(f"(?P<{name}>{p})" for name, p in HINT_PATTERNS.items()), re.MULTILINE)
_WS = re.compile(r"\s+")
MAX_PATH_PARTS = 4


_NO_HINTS: frozenset[str] = frozenset()


@lru_cache(maxsize=8192)
def attribute_hints(attr_value: str) -> frozenset[str]:
    """Hint groups (nav, footer, comment, ...) named by a class/id attribute value."""
    names = attr_value.lower().split()
    if len(names) == 1:
        return _name_hints(names[0])
    return frozenset().union(*map(_name_hints, names))


@lru_cache(maxsize=16384)  # a few MB; names repeat across a site's pages
def _name_hints(name: str) -> frozenset[str]:
    """Hint groups of one lower-case class name or id (no pattern spans two names)."""
    return frozenset(m.lastgroup for m in _HINT_RE.finditer(name) if m.lastgroup)


@dataclass(slots=True)
class _Context:
    tag: str
    kind: str
    depth: int
    ancestors: frozenset[str]
    ancestor_hints: frozenset[str]
    self_hints: frozenset[str]
    path: tuple[str, ...]
    in_link: bool
    mark: str | None = None  # value of the marking attribute on this element or an ancestor (synthetic data)
    table: int = -1  # identity of the innermost enclosing table element (-1: none)
    row: int = -1  # identity of the innermost enclosing row of that table (-1: none)


class _BlockBuilder:
    """Collects inline text until a block boundary, then emits a Block."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.marks: list[str | None] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.n_links = 0
        self.owner: _Context | None = None
        self.new_element = False  # an element started since the last text
        self.split_tables: set[int] = set()  # tables with a cell a blank line (`<br><br>`) splits

    def add_text(self, text: str, ctx: _Context) -> None:
        if not text:
            return
        if self.owner is None:
            if not text.strip():
                return
            self.owner = ctx
        elif self.new_element and _glued(self.parts[-1], text):
            self.parts.append(" ")
        self.new_element = False
        self.parts.append(text)
        if ctx.in_link:
            self.link_chars += len(text.strip())

    def flush(self) -> None:
        owner = self.owner
        if owner is None:  # no text since the last boundary (most boundaries): only a link's count to forget
            self.n_links = 0
            return
        parts = "".join(self.parts)
        breaks: tuple[int, ...] = ()
        if owner.kind == "pre":
            text = _preformatted(parts.replace(LINE_BREAK, "\n"))
        else:
            text, breaks = _joined_lines(parts)
        if text:
            self.blocks.append(
                Block(
                    text=text,
                    index=len(self.blocks),
                    tag=owner.kind,
                    source="html",
                    depth=owner.depth,
                    path=">".join(owner.path),
                    ancestors=owner.ancestors,
                    self_hints=owner.self_hints,
                    ancestor_hints=owner.ancestor_hints,
                    link_chars=min(self.link_chars, len(text)),
                    n_links=self.n_links,
                    table=owner.table,
                    row=owner.row,
                    breaks=breaks,
                )
            )
            self.marks.append(owner.mark)
        self.parts = []
        self.link_chars = 0
        self.n_links = 0
        self.owner = None


LINE_BREAK = "\u2028"  # what a single `<br>` adds to a block's text while it is built (Unicode's line separator)


def _joined_lines(raw: str) -> tuple[str, tuple[int, ...]]:
    """A block's text, whitespace runs made one space, and the offsets of the spaces that stand
    for its line breaks (empty lines dropped)."""
    if LINE_BREAK not in raw:  # most blocks
        return " ".join(raw.split()), ()
    lines = [line for line in (" ".join(part.split()) for part in raw.split(LINE_BREAK)) if line]
    breaks, offset = [], 0
    for line in lines[:-1]:
        offset += len(line)
        breaks.append(offset)
        offset += 1
    return " ".join(lines), tuple(breaks)


def _preformatted(text: str) -> str:
    """A `pre` block's text as the page lays it out: its lines and their indentation (code), without
    trailing spaces or blank lines around it."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n") if any(lines) else ""


LATIN_END = "\u024f"  # the last letter of the Latin blocks
_IN_WORD_TAGS = frozenset({"sub", "sup"})  # "O<sub>2</sub>", "IgM": part of the word before them


def _glued(before: str, after: str) -> bool:
    """Whether two texts of neighbouring elements, written with no space between them, are two
    words: a Latin letter or digit then a capital or digit ("By NAME" + "Published …", "News" +
    "Sport", "AM" + "5 min read"), or a sentence's end then a capital ("Tried this recipe?" +
    "Mention …"), as a page's styles set them apart on screen. A drop cap ("W" + "ord"), a link
    inside a word and scripts written without spaces stay joined."""
    last, first = before[-1:], after[:1]
    if last in _SENTENCE_ENDS:
        return first.isupper() and first <= LATIN_END
    return last.isalnum() and last <= LATIN_END and (first.isupper() or first.isdigit())


_SENTENCE_ENDS = frozenset(".?!:")


# a wiki's "[edit | edit source]" links beside every heading (MediaWiki: Wikipedia, Fandom and most wikis)
EDIT_SECTION_CLASS = "mw-editsection"


def _enter(parent: _Context, node, tag: str, mark_attr: str | None = None) -> _Context | None:
    """The context of the element `node` (named `tag`) entered from `parent`, or None for one
    whose text is no text of the page's (a wiki heading's edit links)."""
    attrs = node.attributes
    own, part = _NO_HINTS, tag
    if attrs:
        names = ((attrs.get("class") or "") + " " + (attrs.get("id") or "")).split()
        if names:
            if EDIT_SECTION_CLASS in names:
                return None
            own = attribute_hints(" ".join(names))
            part = f"{tag}.{names[0]}"
        if (
            "hidden" in attrs
            or attrs.get("aria-hidden") == "true"
            or "display:none" in (attrs.get("style") or "").replace(" ", "")
        ):
            own = own | {"hidden"}
    block = tag in BLOCK_TAGS
    if own:
        ancestor_hints = parent.ancestor_hints if own <= parent.ancestor_hints else parent.ancestor_hints | own
        self_hints = own if block else parent.self_hints | own
    else:  # most elements: nothing new
        ancestor_hints, self_hints = parent.ancestor_hints, own if block else parent.self_hints
    return _Context(
        tag,
        BLOCK_KIND.get(tag, "div" if block else parent.kind),
        parent.depth + 1,
        parent.ancestors if tag in parent.ancestors else parent.ancestors | {tag},
        ancestor_hints,
        self_hints,
        parent.path[1 - MAX_PATH_PARTS :] + (part,),
        parent.in_link or tag == "a",
        attrs.get(mark_attr) or parent.mark if mark_attr else None,
        node.mem_id if tag == "table" else parent.table,
        node.mem_id if tag == "tr" else -1 if tag == "table" else parent.row,
    )


MAX_NESTING = 20_000  # lexbor builds trees in time quadratic in their depth; deeper pages are read as text
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Tags end at the next "<" at the latest, so an unclosed "<a" costs one scan to the next tag, not
# to the end of the page (400k of them would otherwise take minutes).
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^<>]*?(/?)>")
_ANY_TAG = re.compile(r"<[^<>]*>")
_RAW_TEXT_OPEN = re.compile(r"<(script|style|noscript|template)\b", re.IGNORECASE)


def nesting_depth(html: str, limit: int = MAX_NESTING) -> int:
    """How deep the page's elements nest, exactly enough to compare with `limit`.

    A cheap upper bound (every tag opening `<x` counts as an element) settles almost every page;
    only pages it cannot settle get a tag-by-tag count that knows void and self-closed elements.
    """
    tags = html.count("<")
    if tags <= limit:
        return tags
    b = np.frombuffer(html.encode("utf-8", "replace"), dtype=np.uint8)
    lt, after = b[:-1] == 60, b[1:] | 32
    opens = lt & (after >= 97) & (after <= 122)
    closes = lt & (b[1:] == 47)
    if int(np.cumsum(opens.astype(np.int32) - closes).max(initial=0)) <= limit:
        return limit
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closed = match.groups()
        if closing:
            depth = max(0, depth - 1)
        elif not self_closed and name.lower() not in VOID_TAGS:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


FORMATTING_TAGS = frozenset("a b big code em font i nobr s small strike strong tt u".split())
SCOPE_MARKERS = frozenset("td th caption applet object marquee template".split())
MAX_REOPENED = 100_000  # formatting elements a parser would re-create; a bomb's cost (see below)
# (the lookahead of the names' first letters lets most tags fail at one test instead of fourteen)
_FORMATTING = re.compile(
    rf"<(/?)(?=[{''.join(sorted({tag[0] for tag in FORMATTING_TAGS}))}])(?:{'|'.join(sorted(FORMATTING_TAGS))})[\s>/]",
    re.IGNORECASE,
)


def reopened_formatting(html: str, limit: int = MAX_REOPENED) -> int:
    """About how many formatting elements an HTML parser would re-create for this page, exactly
    enough to compare with `limit`.

    A formatting element left open when its parent closes (`<p><b id=1><b id=2>…</p>`) stays on
    the parser's list of active formatting elements, and every later element re-creates all of
    them (HTML's "reconstruct the active formatting elements"): 3,000 of them before 3,000 divs
    make nine million elements, a minute and gigabytes. A count of unclosed ones settles
    ordinary pages; the others get a tag-by-tag walk of a simplified tree builder.
    """
    n_tags = html.count("<")
    if n_tags * n_tags <= limit:
        return 0
    unclosed = 0
    for closing in _FORMATTING.findall(html):
        unclosed += -1 if closing else 1
    if unclosed * n_tags <= limit:
        return max(0, unclosed) * n_tags
    return _walk_formatting(html, limit)


CELLS, ROWS = frozenset({"td", "th"}), frozenset({"tr", "td", "th"})
CLOSES_P = frozenset(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table ul".split()
)


def _walk_formatting(html: str, limit: int) -> int:
    """The re-creations of a simplified tree builder: a list of active formatting elements (with
    scope markers and the "at most three alike" rule) beside a stack of other open elements."""
    active: list[list] = []  # entries [tag text, depth of the element it is open in, or None when stale]
    alike: list[dict[str, list]] = [{}]  # per scope: tag text -> its entries (the rule of three)
    scopes: list[int] = []  # where each marker's scope starts in `active`
    stack: list[str] = []
    stale: list[list] = []
    reopened = 0

    def close(depth: int) -> None:
        """Close the open elements from `depth` up: their formatting goes stale, markers' scopes end."""
        while len(stack) > depth:
            if stack.pop() in SCOPE_MARKERS and scopes:
                start = scopes.pop()
                for entry in active[start:]:
                    if entry in stale:
                        stale.remove(entry)
                del active[start:]
                alike.pop()
        for entry in active:
            if entry[1] is not None and entry[1] > depth:
                entry[1] = None
                stale.append(entry)

    def innermost(names: frozenset[str], within: str = "table") -> int:
        """Depth of the innermost open element named in `names` above the last `within`, or -1."""
        for k in range(len(stack) - 1, -1, -1):
            if stack[k] in names:
                return k
            if stack[k] == within:
                return -1
        return -1

    for match in _TAG.finditer(html):
        closing, name, self_closed = match.groups()
        name = name.lower()
        if name in FORMATTING_TAGS:
            if not closing:
                entry: list = [match.group(0), len(stack)]
                same = alike[-1].setdefault(entry[0], [])
                if len(same) >= 3:
                    oldest = same.pop(0)
                    active.remove(oldest)
                    if oldest in stale:
                        stale.remove(oldest)
                same.append(entry)
                active.append(entry)
            else:
                floor = scopes[-1] if scopes else 0
                for k in range(len(active) - 1, floor - 1, -1):
                    if active[k][0][1 : 1 + len(name)].lower() == name:
                        entry = active.pop(k)
                        alike[-1].get(entry[0], [entry]).remove(entry) if entry in alike[-1].get(entry[0], []) else None
                        if entry in stale:
                            stale.remove(entry)
                        break
            continue
        if self_closed or name in VOID_TAGS:
            continue
        if not closing:
            if name in CLOSES_P and "p" in stack:
                close(len(stack) - 1 - stack[::-1].index("p"))
            implied = innermost(CELLS) if name in CELLS else innermost(ROWS) if name in ROWS else -1
            if implied >= 0:  # a new cell or row ends the open one
                close(implied)
            reopened += len(stale)
            if reopened > limit:
                break
            stack.append(name)
            for entry in stale:
                entry[1] = len(stack)
            stale.clear()
            if name in SCOPE_MARKERS:
                scopes.append(len(active))
                alike.append({})
        elif name in stack:
            close(len(stack) - 1 - stack[::-1].index(name))
    return reopened


def markup_to_text(html: str) -> str:
    """The text of a page without its markup, one line per tag (for pages too deep to parse)."""
    return html_lib.unescape(_ANY_TAG.sub("\n", without_raw_text(html)))


def without_raw_text(html: str) -> str:
    """`html` without script, style, noscript and template elements, in one pass: each is cut up to
    its closing tag, or to the end of the page when it has none (as a browser reads it)."""
    lower = html.lower()
    parts, pos = [], 0
    while match := _RAW_TEXT_OPEN.search(html, pos):
        parts.append(html[pos : match.start()])
        end = lower.find("</" + match.group(1).lower(), match.end())
        if end < 0:
            pos = len(html)
            break
        close = html.find(">", end)
        pos = len(html) if close < 0 else close + 1
        parts.append("\n")
    parts.append(html[pos:])
    return "".join(parts)


def parse_html(html: str) -> tuple[list[Block], dict[str, str | None]]:
    """Cut an HTML page into blocks in document order. Returns (blocks, metadata from meta tags)."""
    builder, meta = _build(html)
    return builder.blocks, meta


def parse_html_marked(html: str, mark_attr: str) -> tuple[list[Block], list[str | None], dict[str, str | None]]:
    """Like `parse_html`, plus for each block the value of `mark_attr` on its element or nearest
    marked ancestor (how synthetic training pages tell planted blocks from the page's own)."""
    builder, meta = _build(html, mark_attr)
    return builder.blocks, builder.marks, meta


def _build(html: str, mark_attr: str | None = None) -> tuple[_BlockBuilder, dict[str, str | None]]:
    tree = LexborHTMLParser(html)
    meta = read_metadata(tree)
    root = tree.body or tree.root
    builder = _BlockBuilder()
    if root is None:
        return builder, meta
    top = _Context("body", "div", 0, frozenset({"body"}), frozenset(), frozenset(), ("body",), False)
    # Iterative walk (pages can nest 100k deep): one entry per open element, with its children
    # still to visit and whether leaving it ends a block.
    stack: list[tuple[Iterator[Any], _Context, bool]] = [(root.iter(include_text=True), top, False)]
    pending_br = 0
    while stack:
        children, ctx, ends_block = stack[-1]
        node = next(children, None)
        if node is None:  # leaving the element
            stack.pop()
            if ends_block:
                builder.flush()
            continue
        tag = node.tag
        if not tag:
            continue
        if tag == "-text":
            text = node.text_content
            if not text or text.isspace():  # most text nodes: the page's indentation
                if builder.owner is not None:
                    builder.add_text(text, ctx)  # a space between words
                continue
            if ctx.in_link and len(text) <= MAX_MARK_CHARS and text.strip() in PERMALINK_MARKS:
                continue  # a heading's permalink ("Configuration¶"), not a word of it
            pending_br = 0
            builder.add_text(text, ctx)
            continue
        if tag in SKIP_TAGS:
            continue
        if tag == "br":
            pending_br += 1
            if pending_br >= 2:
                if builder.owner is not None and builder.owner.table != -1:
                    builder.split_tables.add(builder.owner.table)  # a cell of paragraphs: page layout
                builder.flush()
            else:
                builder.add_text(LINE_BREAK, ctx)
            continue
        child_ctx = _enter(ctx, node, tag, mark_attr)
        if child_ctx is None:
            continue
        builder.new_element = tag not in _IN_WORD_TAGS
        if tag == "a":
            builder.n_links += 1
        block = tag in BLOCK_TAGS
        if block:
            builder.flush()
        stack.append((node.iter(include_text=True), child_ctx, block))
    builder.flush()
    builder.blocks = number_tables(builder.blocks, builder.split_tables)
    return builder, meta


# what a heading's permalink shows as its whole text (Sphinx, MkDocs and blog themes: "Configuration¶"), and a
# footnote's link back to its reference ("… Bonn 1910. ↩")
PERMALINK_MARKS = frozenset("¶ # § 🔗 ⚓ ↩ ↩\ufe0e ↩\ufe0f ↑ ⤴".split())
MAX_MARK_CHARS = 8  # a mark and the spaces around it


MAX_CELL_WORDS = 40  # a data table's cells are short; a cell holding a long text is page layout
MAX_LINKED_CELLS = (1, 3)  # at most a third of a data table's cells are mostly link text; more is a menu


def number_tables(blocks: list[Block], split_tables: Collection[int] = ()) -> list[Block]:
    """Blocks with `table` and `row` numbered 0, 1, … on the page for the cells of data tables,
    and -1 for everything else. A data table holds only cells (no paragraphs, lists or nested
    tables in them, nor text a blank line splits: `split_tables` names the tables where a
    `<br><br>` did), none longer than `MAX_CELL_WORDS`, few of them links (`MAX_LINKED_CELLS`),
    in two rows or more, one of them with two cells or more: the tables of an article's body,
    not the tables old pages lay out with or build menus of."""
    cells: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        if b.table != -1:
            cells.setdefault(b.table, []).append(i)
    if not cells:
        return blocks
    out = list(blocks)
    tables = rows = 0
    for members in cells.values():
        row_sizes: dict[int, int] = {}
        for i in members:
            row_sizes[blocks[i].row] = row_sizes.get(blocks[i].row, 0) + 1
        linked = sum(blocks[i].mostly_links for i in members)
        data = (
            blocks[members[0]].table not in split_tables
            and all(
                blocks[i].tag == "td" and blocks[i].row != -1 and len(blocks[i].text.split()) <= MAX_CELL_WORDS for i in members
            )
            and linked * MAX_LINKED_CELLS[1] <= len(members) * MAX_LINKED_CELLS[0]
            and len(row_sizes) >= 2
            and max(row_sizes.values()) >= 2
            and members == list(range(members[0], members[-1] + 1))  # contiguous: nothing else inside
        )
        numbers: dict[int, int] = {}
        for i in members:
            if data:
                numbers.setdefault(blocks[i].row, rows + len(numbers))
                out[i] = replace(blocks[i], table=tables, row=numbers[blocks[i].row])
            else:
                out[i] = replace(blocks[i], table=-1, row=-1)
        if data:
            tables += 1
            rows += len(numbers)
    return out


def table_runs(blocks: Sequence[Block]) -> list[range]:
    """The cells of each data table (`number_tables`), as runs of blocks."""
    runs: list[range] = []
    start = 0
    for i in range(1, len(blocks) + 1):
        if i == len(blocks) or blocks[i].table != blocks[start].table:
            if blocks[start].table != -1:
                runs.append(range(start, i))
            start = i
    return runs


BULLET_GLYPHS = "•·▪◦‣"  # characters that only ever start a list item
_BULLET = re.compile(rf"^\s*(?:[-*–{BULLET_GLYPHS}]|\d{{1,3}}[.)]|[a-zA-Z][.)])\s+")
_KEY_VALUE = re.compile(r"^\s*[^\s:][^:]{0,40}:\s+\S")
_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")


def is_list_item(block: Block) -> bool:
    """An `li`, or a paragraph written as one (starting with a bullet glyph)."""
    return block.tag == "li" or block.text[:1] in BULLET_GLYPHS


def list_runs(blocks: Sequence[Block]) -> list[range]:
    """Runs of two or more consecutive list items: the lists of a page as the classifier sees them."""
    runs, start = [], None
    for i, block in enumerate([*blocks, None]):
        if block is not None and is_list_item(block):
            start = i if start is None else start
            continue
        if start is not None and i - start > 1:
            runs.append(range(start, i))
        start = None
    return runs


def parse_text(text: str) -> list[Block]:
    """Cut a plain-text dump into blocks: blank-line paragraphs, list items, key: value lines."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line for line in chunk.split("\n") if line.strip() and not _SETEXT.match(line)]
        if not lines:
            continue
        if len(lines) > 1 and all(_BULLET.match(line) or _KEY_VALUE.match(line) for line in lines):
            groups = [[line] for line in lines]
        else:
            groups = _split_lines(lines)
        for group in groups:
            raw = " ".join(line.strip() for line in group)
            if not raw:
                continue
            tag = "p"
            if _BULLET.match(group[0]):
                tag = "li"
                raw = _BULLET.sub("", raw, count=1)
            elif _KEY_VALUE.match(raw) and len(raw) < 300:
                tag = "kv"
            elif raw.startswith("#"):
                level = min(len(raw) - len(raw.lstrip("#")), 6)
                raw, tag = raw.lstrip("#").strip(), f"h{level}"
            raw = _WS.sub(" ", raw).strip()
            if raw:
                indent = len(group[0]) - len(group[0].lstrip())
                blocks.append(
                    Block(
                        text=raw,
                        index=len(blocks),
                        tag=tag,
                        source="text",
                        depth=min(indent // 2, 10),
                        path=f"line-block:{len(blocks)}",
                    )
                )
    return blocks


MAX_SHORT_LINE = 60


def _split_lines(lines: list[str]) -> list[list[str]]:
    """Split a chunk where a line starts a list item or a key: value pair.

    A chunk of only short lines is a list of lines (menus, link strips); longer
    lines are hard-wrapped prose and are joined back.
    """
    if max(len(line.strip()) for line in lines) < MAX_SHORT_LINE:
        return [[line] for line in lines]
    groups: list[list[str]] = []
    for line in lines:
        starts_new = bool(_BULLET.match(line)) or (_KEY_VALUE.match(line) and len(line) < 200)
        if not groups or starts_new or _KEY_VALUE.match(groups[-1][-1] or ""):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups
