"""SEO filler planted into the HTML of real pages, inside the article container.

Spam clones put their filler inside the element that holds the stolen article, so extractors
keep it. This module does the same to labelled pages: it finds the elements holding the gold
article, inserts filler (from `synth`'s generators) as real markup beside them, with varied
tags, wrappers and class names, then parses the new page and runs trafilatura on it like any
other page. Planted elements carry a marking attribute while the page is cut into blocks,
so labels are exact; the attribute is removed from the HTML that trafilatura sees, and blocks
and their features ignore it (it is neither a class nor an id).
"""

from __future__ import annotations

import html as html_lib
import random
import re
from collections.abc import Mapping

from selectolax.lexbor import LexborHTMLParser

from ..parse import parse_html, parse_html_marked
from ..records import Signals
from ..signals import page_signals
from .corpus import LabelledPage, SourcePage, align_labels, page_site, site_split
from .synth import FAMILIES, GENERATORS, Generator, article_sentences

MARK = "data-cleanpage-filler"
_MARK_RE = re.compile(rf'\s{MARK}="[^"]*"')
_WS = re.compile(r"\s+")
ANCHOR_TAGS = "p, li, h1, h2, h3, h4, h5, h6, td, blockquote, pre, dd, div, span"
WRAPPER_TAGS = ("div", "div", "div", "section", "aside", "footer", "")
WRAPPER_CLASSES = (
    "",
    "",
    "",
    "entry-content",
    "post-summary",
    "box",
    "widget",
    "article-footer",
    "info",
    "summary",
    "author-box",
    "post-meta",
    "c-1x9",
    "related-posts",
    "block",
    "wp-block-group",
    "card",
    "panel",
    "article-extra",
    "sc-a1b2",
    "content-bottom",
    "post-details",
    "inner",
    "row",
    "col-md-8",
)


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _kv_markup(text: str, rng: random.Random) -> str:
    key, _, value = text.partition(":")
    key, value = html_lib.escape(key.strip()), html_lib.escape(value.strip())
    return rng.choice(
        (
            f"<p><strong>{key}:</strong> {value}</p>",
            f'<div><span class="label">{key}:</span> <span>{value}</span></div>',
            f"<li><b>{key}:</b> {value}</li>",
            f"<p>{key}: {value}</p>",
            f"<div>{key}: {value}</div>",
        )
    )


def render_family(items: list[tuple[str, str]], family: str, rng: random.Random) -> str:
    """One family's (text, tag) items as an HTML fragment in a marked wrapper."""
    parts: list[str] = []
    list_tag = rng.choice(("ul", "ul", "ol"))
    in_list = False
    link_titles = family == "link_strip"
    for text, tag in items:
        escaped = html_lib.escape(text)
        if tag == "li":
            if not in_list:
                parts.append(f"<{list_tag}>")
                in_list = True
            slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]
            parts.append(f'<li><a href="/{slug}">{escaped}</a></li>' if link_titles else f"<li>{escaped}</li>")
            continue
        if in_list:
            parts.append(f"</{list_tag}>")
            in_list = False
        if tag in ("kv", "td") and ":" in text:
            markup = _kv_markup(text, rng)
            parts.append(f"<ul>{markup}</ul>" if markup.startswith("<li>") else markup)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            parts.append(f"<{tag}>{escaped}</{tag}>" if rng.random() < 0.85 else f"<p><strong>{escaped}</strong></p>")
        elif link_titles and rng.random() < 0.7:
            slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]
            parts.append(f'<p><a href="/{slug}">{escaped}</a></p>')
        else:
            parts.append(f"<{tag if tag in ('p', 'div') else 'p'}>{escaped}</{tag if tag in ('p', 'div') else 'p'}>")
    if in_list:
        parts.append(f"</{list_tag}>")
    wrapper = rng.choice(WRAPPER_TAGS) or "div"
    cls = rng.choice(WRAPPER_CLASSES)
    cls_attr = f' class="{cls}"' if cls else ""
    return f'<{wrapper}{cls_attr} {MARK}="{family}">{"".join(parts)}</{wrapper}>'


def _anchors(tree: LexborHTMLParser, content_texts: list[str]) -> list:
    """Elements whose whole text is one of the article's blocks, in page order."""
    wanted = set(content_texts)
    return [node for node in tree.css(ANCHOR_TAGS) if _norm(node.text(deep=True) or "") in wanted]


def plant_html(
    page: SourcePage,
    rng: random.Random,
    faker,
    families: tuple[str, ...] = FAMILIES,
    generators: Mapping[str, Generator] = GENERATORS,
) -> str | None:
    """The page's HTML with 1-4 filler families inserted beside its article; None when the
    article cannot be located in the markup. `generators` writes each family's blocks."""
    blocks, meta = parse_html(page.html)
    labels, kinds = align_labels(blocks, page)
    base = LabelledPage(page.id, page.dataset, "", blocks, labels, kinds, Signals(), meta["title"])
    content = [b.text for b, lab in zip(blocks, labels) if lab == "content"]
    tree = LexborHTMLParser(page.html)
    anchors = _anchors(tree, content)
    if not anchors or not families:
        return None
    sentences = article_sentences(base)
    chosen = rng.sample(families, min(len(families), rng.randint(1, 4)))
    roll = rng.random()
    for family in chosen:
        fragment = render_family(generators[family](rng, faker, sentences, base.title), family, rng)
        node = LexborHTMLParser(f"<div>{fragment}</div>").css_first("body > div > *")
        if roll < 0.15:  # an intro before the article
            anchors[0].insert_before(node)
        elif roll < 0.35:  # in the middle of it
            rng.choice(anchors).insert_after(node)
        else:  # after it, still inside its container
            anchors[-1].insert_after(node)
    return tree.html


def derive_planted(page: SourcePage, html: str, signal_mode: str = "fast") -> LabelledPage | None:
    """Label a planted page: planted blocks are `seo_filler` (kind = family), the rest by the gold."""
    blocks, marks, meta = parse_html_marked(html, MARK)  # the mark is not a class or id: blocks are as without it
    if not blocks:
        return None
    signals = page_signals(_MARK_RE.sub("", html), page.url, meta, mode=signal_mode)
    title = signals.title
    labels, kinds = align_labels(blocks, page)
    for i, mark in enumerate(marks):
        if mark:
            labels[i], kinds[i] = "seo_filler", mark
    site = page_site(page)
    return LabelledPage(
        page.id + "#planted",
        page.dataset,
        site,
        blocks,
        labels,
        kinds,
        signals,
        title,
        page.url,
        page.gold_text or "",
        site_split(site),
    )


def synth_page(
    page: SourcePage,
    seed: int,
    faker,
    families: tuple[str, ...] = FAMILIES,
    signal_mode: str = "fast",
    generators: Mapping[str, Generator] = GENERATORS,
) -> LabelledPage | None:
    """Plant and label one page, deterministically for (seed, page id)."""
    rng = random.Random(f"{seed}:{page.id}")
    faker.seed_instance(rng.randrange(2**32))
    html = plant_html(page, rng, faker, families, generators)
    return derive_planted(page, html, signal_mode) if html is not None else None


def _synth_chunk(
    pages: list[SourcePage],
    seed: int,
    families: tuple[str, ...],
    text_share: float,
    signal_mode: str,
    generators: Mapping[str, Generator],
) -> list[LabelledPage]:
    from faker import Faker

    from .synth import render_text

    faker = Faker()
    out = []
    for page in pages:
        planted = synth_page(page, seed, faker, families, signal_mode, generators)
        if planted is None or "seo_filler" not in planted.labels:
            continue
        out.append(planted)
        rng = random.Random(f"{seed}:{page.id}:text")
        if rng.random() < text_share:
            out.append(render_text(planted, rng))
    return out


def synth_corpus(
    root,
    out,
    datasets,
    *,
    splits: tuple[str, ...] = ("train", "dev", "test"),
    families: tuple[str, ...] = FAMILIES,
    seed: int = 0,
    text_share: float = 0.3,
    signal_mode: str = "fast",
    n_jobs: int = -1,
    generators: Mapping[str, Generator] = GENERATORS,
) -> dict[str, int]:
    """Plant filler into the pages of labelled datasets and write them in the corpus format
    (`generators`: the family generators, `synth`'s unless a benchmark brings its own wording)."""
    from pathlib import Path

    from joblib import Parallel, delayed

    from .corpus import read_dataset, write_corpus

    sources = [p for name in datasets for p in read_dataset(Path(root), name) if site_split(page_site(p)) in splits]
    chunks = [sources[i : i + 20] for i in range(0, len(sources), 20)]
    pages = [
        p
        for chunk in Parallel(n_jobs=n_jobs)(
            delayed(_synth_chunk)(c, seed, families, text_share, signal_mode, generators) for c in chunks
        )
        for p in chunk
    ]
    write_corpus(pages, out)
    filler = [k for p in pages for k, lab in zip(p.kinds, p.labels) if lab == "seo_filler"]
    return {
        "source_pages": len(sources),
        "pages": len(pages),
        "text_pages": sum(p.id.endswith("#text") for p in pages),
        "filler_blocks": len(filler),
        **{f"filler_{f}": filler.count(f) for f in families},
    }
