"""Records that flow through the pipeline: blocks in, paragraphs and results out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

LABELS = ("content", "boilerplate", "seo_filler")


def heading_level(tag: str) -> int:
    """1 to 6 for a heading block's tag (`h1` … `h6`), 0 for any other tag."""
    return int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456" else 0


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-sized piece of a page with the context it was found in."""

    text: str
    index: int
    tag: str = "p"  # normalised block tag: p, h1..h6, li, td, pre, blockquote, div, dt, dd, kv
    source: str = "html"  # "html" or "text"
    depth: int = 0
    path: str = ""  # locator back into the page, e.g. "body>div.main>p"
    ancestors: frozenset[str] = frozenset()  # tag names of all ancestors
    self_hints: frozenset[str] = frozenset()  # hint groups of the nearest element's class/id
    ancestor_hints: frozenset[str] = frozenset()  # hint groups of all ancestors' class/id
    link_chars: int = 0
    n_links: int = 0
    table: int = -1  # for a cell of a data table: the page's table number (0, 1, …); else -1
    row: int = -1  # for such a cell: the page's row number; else -1
    breaks: tuple[int, ...] = ()  # offsets of the spaces in `text` that stand for a line break (`<br>`)

    @property
    def lines_text(self) -> str:
        """The text with its line breaks: an address, a poem, a list written with `<br>`."""
        if not self.breaks:
            return self.text
        chars = list(self.text)
        for k in self.breaks:
            chars[k] = "\n"
        return "".join(chars)

    @property
    def mostly_links(self) -> bool:
        """Whether most of the text is link text (a teaser, a menu item)."""
        return self.link_chars * 2 > len(self.text)


@dataclass(frozen=True, slots=True)
class Signals:
    """What trafilatura says about a page: its main text and metadata."""

    main_text: str = ""
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    description: str | None = None
    image: str | None = None
    language: str | None = None  # as the page declares it (`<html lang>`, meta tags), primary subtag
    ok: bool = False
    mode: str = "fast"  # which trafilatura extraction produced main_text (see signals.SIGNAL_MODES)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A scored block in the output."""

    text: str
    label: str
    score: float  # probability that the block is article content
    kept: bool
    tag: str = "p"
    kind: str | None = None  # fine label, e.g. the filler family
    # What decided: the model's label, or the rule that overrode it: `keyword_density_envelope`,
    # `list_pooled` / `table_pooled` (its list's or table's mean decided), `tables_excluded`
    # (Options.include_tables), or a story-frame rule (`headline_copy`, `photo_credit`, `share_bar`,
    # `media_control`, `read_also`, `prompt`, `tag_line`, `legal_notice`, `rating`, `navigation`, `caption`, `repeated_copy`,
    # `byline_or_dateline`, `hidden`, `ad_label`, `breadcrumb`, `closing_matter`, `link_list`, `comment_thread`,
    # `sidebar`, `related_list`, `after_the_end`, `empty_box`, `past_a_gap`; see `frame`), `measure_line` for measured
    # values the model dropped beside a kept block ("Calorías: 390 kcal"), `headed_section` for a paragraph it dropped below
    # a kept subheading in the story's element, `story_heading` for a subheading it dropped between the story's
    # paragraphs, `story_lead` for a paragraph it dropped at the top of the story's element (its lead),
    # `story_gap` for a paragraph it dropped between two of the story's, `story_resumed` for one it
    # dropped below a box inside the story, `story_section` for a section it called filler between two story
    # paragraphs in the story's own element, `filler_island` for a block it kept between filler outside the
    # story (labelled `seo_filler`), or `best_available` for the story paragraphs kept
    # below the threshold when no block cleared it.
    reason: str | None = None
    table: int | None = None  # a data table's cell: the page's table number …
    row: int | None = None  # … and row number (cells of one row are one line of `Result.text`)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "label": self.label,
            "score": round(self.score, 4),
            "kept": self.kept,
            "tag": self.tag,
            "kind": self.kind,
            "reason": self.reason,
            "table": self.table,
            "row": self.row,
        }


@dataclass(frozen=True, slots=True)
class Result:
    """The cleaned page."""

    paragraphs: tuple[Paragraph, ...] = ()
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    sitename: str | None = None
    description: str | None = None  # the page's own summary (og:description, meta description)
    image: str | None = None  # its lead image URL (og:image, twitter:image)
    language: str | None = None  # ISO 639-1 code: detected from the article text, else as declared
    source: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)
    error: str | None = None  # set when the page could not be cleaned (batch runs)

    @property
    def kept(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kept]

    @property
    def text(self) -> str:
        """The article body, paragraphs separated by a blank line, a paragraph's own line breaks
        (`<br>`: an address, opening hours) kept; a table's kept cells one row per line, separated
        by " | "."""
        return "\n\n".join(
            "\n".join(" | ".join(cell.text for cell in row) for row in unit) if unit[0][0].table is not None else unit[0][0].text
            for unit in _units(self.kept)
        )

    @property
    def markdown(self) -> str:
        """The article body with headings, list items and tables marked up."""
        parts: list[str] = []
        previous: Paragraph | None = None
        for unit in _units(self.kept):
            p = unit[0][0]
            if parts:
                parts.append("\n" if previous is not None and previous.tag == p.tag == "li" else "\n\n")
            parts.append(_markdown_table(unit) if p.table is not None else _markdown_line(p))
            previous = p
        return "".join(parts)

    @property
    def dropped(self) -> dict[str, int]:
        """How many blocks were dropped, by label."""
        counts: dict[str, int] = {}
        for p in self.paragraphs:
            if not p.kept:
                counts[p.label] = counts.get(p.label, 0) + 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "author": self.author,
            "date": self.date,
            "sitename": self.sitename,
            "description": self.description,
            "image": self.image,
            "language": self.language,
            "text": self.text,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "dropped": self.dropped,
            "warnings": list(self.warnings),
            "error": self.error,
        }


def _units(paragraphs: list[Paragraph]) -> list[list[list[Paragraph]]]:
    """Paragraphs grouped for output: a table is one unit of rows of cells; anything else is a
    unit of one row of one paragraph."""
    units: list[list[list[Paragraph]]] = []
    for p in paragraphs:
        last = units[-1] if units else None
        if p.table is not None and last is not None and last[0][0].table == p.table:
            if last[-1][0].row == p.row:
                last[-1].append(p)
            else:
                last.append([p])
        else:
            units.append([[p]])
    return units


def _markdown_table(rows: list[list[Paragraph]]) -> str:
    """A markdown table: the first row is the header; short rows are padded with empty cells."""
    width = max(len(row) for row in rows)

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells + [""] * (width - len(cells))) + " |"

    return "\n".join([line([c.text for c in rows[0]]), line(["---"] * width), *(line([c.text for c in r]) for r in rows[1:])])


def _markdown_line(p: Paragraph) -> str:
    if level := heading_level(p.tag):
        return "#" * level + " " + p.text
    if p.tag == "li":
        return "- " + p.text.replace("\n", "\n  ")  # a line break inside an item stays in the item
    if p.tag == "pre":
        return "```\n" + p.text + "\n```"
    if p.tag == "blockquote":
        return "> " + p.text.replace("\n", "\n> ")
    return p.text


def record_dict(p: Block) -> dict[str, Any]:
    """A JSON-ready dict of a block (frozensets become sorted lists)."""
    d = asdict(p)
    for key in ("ancestors", "self_hints", "ancestor_hints"):
        d[key] = sorted(d[key])
    return d


def block_from_dict(d: dict[str, Any]) -> Block:
    d = dict(d)
    for key in ("ancestors", "self_hints", "ancestor_hints"):
        d[key] = frozenset(d.get(key, ()))
    d["breaks"] = tuple(d.get("breaks", ()))
    return Block(**d)
