"""Labelled corpora: converters for public datasets, gold alignment, and the derived corpus.

A *source page* is a raw page with its gold (article text or typed block texts). Deriving it
parses the page, runs trafilatura once and labels each block by aligning it with the gold.
The derived corpus (blocks + signals + labels, no raw HTML) is what training reads.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from ..cleaner import page_blocks, to_text
from ..decode import decode_bytes
from ..parse import parse_html
from ..records import Block, Signals, block_from_dict, record_dict
from .convention import body_text, headline_candidates, is_headline, outside_the_story

log = logging.getLogger(__name__)

DATASETS = (
    "cleaneval-final",
    "cleaneval-dev",
    "CleanPortalEval-master",
    "dragnet_data",
    "page-signal-master",
    "readability",
    "postlight-parser",
    "newspaper4k",
)
MODERN_DATASETS = ("postlight-parser", "newspaper4k", "readability")  # today's markup; reported as a group
START_DATASETS = ("goose3",)  # golds that hold only the start of the body: evaluation of where it starts
MIN_GOLD_CHARS = 150  # shorter silver golds (newspaper4k) are notes or sign-up boxes, not articles
MIN_COVERAGE = 0.5  # share of a block's word trigrams found in the gold to call it content
SPLIT_SHARES = (("train", 0.70), ("dev", 0.15), ("test", 0.15))
PAGE_SIGNAL_KINDS = {
    "x-nc-sel0": "not_content",
    "x-nc-sel1": "headline",
    "x-nc-sel2": "full_text",
    "x-nc-sel3": "supplemental",
    "x-nc-sel4": "related",
    "x-nc-sel5": "comments",
}
CONTENT_KINDS = frozenset({"full_text", "content"})  # the headline is the title, not body
_WORD = re.compile(r"\w+")
_HREF_HOST = re.compile(r"""href=["']?https?://([^/"'\s>:]+)""", re.IGNORECASE)
_CANONICAL = re.compile(r"""<(?:link|meta)[^>]+(?:canonical|og:url)[^>]*>""", re.IGNORECASE)
_URL_IN_TAG = re.compile(r"""(?:href|content)=["'](https?://[^"']+)""", re.IGNORECASE)


@dataclass(frozen=True)
class SourcePage:
    """A raw page with its gold: either article text or typed gold texts."""

    id: str
    dataset: str
    html: str
    url: str | None = None
    gold_text: str | None = None
    gold_kinds: dict[str, list[str]] | None = None  # kind -> texts (typed datasets)
    gold_is_start: bool = False  # the gold holds only the first words of the body (goose3)


@dataclass
class LabelledPage:
    """A derived corpus page: blocks with labels, signals, and where it came from."""

    id: str
    dataset: str
    site: str
    blocks: list[Block]
    labels: list[str]
    kinds: list[str | None]
    signals: Signals
    title: str | None
    url: str | None = None
    gold_text: str = ""
    split: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "dataset": self.dataset,
            "site": self.site,
            "url": self.url,
            "split": self.split,
            "title": self.title,
            "gold_text": self.gold_text,
            "signals": {k: getattr(self.signals, k) for k in Signals.__dataclass_fields__},
            "blocks": [
                record_dict(b) | {"label": lab, "kind": kind} for b, lab, kind in zip(self.blocks, self.labels, self.kinds)
            ],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> LabelledPage:
        blocks, labels, kinds = [], [], []
        for raw in d["blocks"]:
            raw = dict(raw)
            labels.append(raw.pop("label"))
            kinds.append(raw.pop("kind", None))
            blocks.append(block_from_dict(raw))
        return cls(
            d["id"],
            d["dataset"],
            d["site"],
            blocks,
            labels,
            kinds,
            Signals(**d["signals"]),
            d.get("title"),
            d.get("url"),
            d.get("gold_text", ""),
            d.get("split", ""),
        )


# --- reading the public datasets -------------------------------------------------------------


def _read_text(path: Path) -> str:
    return decode_bytes(path.read_bytes())[0]


def _cleaneval_gold(text: str) -> tuple[str | None, str]:
    lines = text.replace("\r\n", "\n").split("\n")
    url = None
    if lines and lines[0].startswith("URL:"):
        url = lines[0][4:].strip()
        lines = lines[1:]
    body = "\n".join(lines)
    body = re.sub(r"<\s*[phl]\s*>", "\n", body)
    return url, normalise_text(body)


def normalise_text(text: str) -> str:
    """NFKC, HTML entities, and line-ending damage repaired; for aligning golds."""
    import html as htmllib

    text = htmllib.unescape(text).replace("\x85", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFKC", text)


def read_dataset(root: Path, name: str) -> Iterator[SourcePage]:
    """Yield the pages of one dataset folder, their golds following the body convention
    (`convention.body_text`: no headline, byline or dateline).

    The public datasets get their own gold readers; any other folder is read as pairs of a page
    (`NAME/input/*.html`) and its gold article (`NAME/GoldStandard/*`: plain text, or HTML of
    the expected article).
    """
    if name == "goose3":  # golds of the body's first words only
        yield from _read_goose3(root / name)
        return
    for page in _read_pages(root / name, name):
        yield without_outside_matter(page)


def _read_pages(folder: Path, name: str) -> Iterator[SourcePage]:
    if name == "postlight-parser":
        yield from _read_postlight(folder)
        return
    if name == "newspaper4k":
        yield from _read_newspaper4k(folder)
        return
    inputs = sorted(p for p in (folder / "input").iterdir() if p.suffix.lower() in (".html", ".htm"))
    golds = {p.stem: p for p in (folder / "GoldStandard").iterdir()}
    for path in inputs:
        gold_path = golds.get(path.stem)
        if gold_path is None:
            continue
        html = to_text(path.read_bytes())
        pid = f"{name}/{path.stem}"
        if name.startswith(("cleaneval", "CleanPortalEval")):
            url, gold = _cleaneval_gold(_read_text(gold_path))
            html = re.sub(r"^\s*<text [^>]*>", "", html, count=1)
            yield SourcePage(pid, name, html, url, gold_text=body_text(gold, html))
        elif name == "dragnet_data":
            yield SourcePage(pid, name, html, _page_url(html), gold_text=body_text(normalise_text(_read_text(gold_path)), html))
        elif name == "page-signal-master":
            kinds = _page_signal_kinds(_read_text(gold_path))
            yield SourcePage(pid, name, html, _page_url(html), gold_text="\n".join(kinds.get("full_text", [])), gold_kinds=kinds)
        elif name == "readability" or gold_path.suffix.lower() in (".html", ".htm"):
            gold_html = _read_text(gold_path)
            gold = "\n".join(b.text for b in page_blocks(gold_html, use_trafilatura=False)[0])
            yield SourcePage(pid, name, html, _page_url(html), gold_text=body_text(normalise_text(gold), html))
        else:  # any other folder: (page, gold article text) pairs, as most users' data come
            yield SourcePage(pid, name, html, _page_url(html), gold_text=body_text(normalise_text(_read_text(gold_path)), html))


def _read_postlight(folder: Path) -> Iterator[SourcePage]:
    """Fixtures whose extractor's container holds the words its test asserts (see `postlight`)."""
    from .postlight import read_postlight

    counts: Counter[str] = Counter()
    for name, html, url, gold, passed in read_postlight(folder):
        counts["fixtures"] += 1
        counts["with_gold"] += gold is not None
        counts["passed"] += passed
        if gold and passed:
            yield SourcePage(f"postlight-parser/{name}", "postlight-parser", html, url, gold_text=normalise_text(gold))
    log.info(
        "postlight-parser: %(fixtures)d fixtures, %(with_gold)d with a matching container, "
        "%(passed)d pass their test's first-words check (kept)",
        counts,
    )


def _read_newspaper4k(folder: Path) -> Iterator[SourcePage]:
    data = folder / "tests" / "data"
    for path in sorted((data / "html").glob("*.html")):
        gold_file = data / "txt" / f"{path.stem}.txt"
        gold = normalise_text(_read_text(gold_file)) if gold_file.is_file() else ""
        if not _is_article_gold(gold):
            continue
        html = to_text(path.read_bytes())
        site = re.sub(r"\d+$", "", path.stem)  # NAME1.html, NAME2.html: two pages of one site
        url = _page_url(html) or f"https://{site}/"
        yield SourcePage(f"newspaper4k/{path.stem}", "newspaper4k", html, url, gold_text=body_text(gold, html))


def _is_article_gold(gold: str) -> bool:
    """Not an empty gold, a sign-up box, or a maintainer's note in capitals ("EXTRACTED NOTHING")."""
    letters = [c for c in gold if c.isalpha()]
    return len(gold.strip()) >= MIN_GOLD_CHARS and sum(c.isupper() for c in letters) <= 0.6 * len(letters)


def _read_goose3(folder: Path) -> Iterator[SourcePage]:
    content = folder / "tests" / "data" / "content"
    for path in sorted(content.glob("*.json")):
        page = content / f"{path.stem}.html"
        try:
            expected = json.loads(_read_text(path)).get("expected", {})
            url = json.loads(_read_text(path)).get("url")
        except ValueError:
            continue
        text = (expected.get("cleaned_text") or "").strip()
        if text and page.is_file():
            yield SourcePage(
                f"goose3/{path.stem}",
                "goose3",
                to_text(page.read_bytes()),
                url,
                gold_text=normalise_text(text),
                gold_is_start=True,
            )


def _page_signal_kinds(gold_html: str) -> dict[str, list[str]]:
    tree = LexborHTMLParser(gold_html)
    kinds: dict[str, list[str]] = {}
    for cls, kind in PAGE_SIGNAL_KINDS.items():
        for node in tree.css(f".{cls}"):
            text = node.text(separator=" ").strip()
            if text:
                kinds.setdefault(kind, []).append(normalise_text(text))
    return kinds


def _page_url(html: str) -> str | None:
    for tag in _CANONICAL.findall(html[:200_000]):
        m = _URL_IN_TAG.search(tag)
        if m:
            return m.group(1)
    return None


def page_site(page: SourcePage) -> str:
    """The site a page belongs to, for splitting by site."""
    if page.url:
        host = urlsplit(page.url).hostname or ""
        if host:
            return _registered_part(host)
    if page.dataset == "CleanPortalEval-master":
        return page.id.split("/", 1)[1].split("_", 1)[0]
    if page.dataset == "readability":
        return re.sub(r"-\d+$", "", page.id.split("/", 1)[1])
    hosts = Counter(_registered_part(h.lower()) for h in _HREF_HOST.findall(page.html))
    if hosts:
        return hosts.most_common(1)[0][0]
    return page.id


def _registered_part(host: str) -> str:
    parts = host.lower().removeprefix("www.").split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net", "ac", "gov"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def site_split(site: str) -> str:
    """train / dev / test, a fixed function of the site name."""
    h = int(hashlib.sha1(site.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    acc = 0.0
    for name, share in SPLIT_SHARES:
        acc += share
        if h < acc:
            return name
    return SPLIT_SHARES[-1][0]


# --- alignment ---------------------------------------------------------------------------------


class GoldIndex:
    """Word-trigram index of a gold text for fuzzy block alignment."""

    def __init__(self, text: str) -> None:
        words = _WORD.findall(text.lower())
        self.trigrams = {tuple(words[i : i + 3]) for i in range(len(words) - 2)}
        self.segments = [" ".join(_WORD.findall(line.lower())) for line in text.split("\n")]
        self.short_segments = [s for s in self.segments if 0 < len(s) < 200]

    def coverage(self, text: str) -> float:
        words = _WORD.findall(text.lower())
        if len(words) >= 3:
            grams = [tuple(words[i : i + 3]) for i in range(len(words) - 2)]
            return sum(g in self.trigrams for g in grams) / len(grams)
        norm = " ".join(words)
        if not norm:
            return 0.0
        return float(any(norm in s and len(s) <= 3 * len(norm) + 20 for s in self.short_segments))


def align_labels(blocks: list[Block], page: SourcePage) -> tuple[list[str], list[str | None]]:
    """Label each block content/boilerplate by its overlap with the gold, then by the body
    convention (`convention_flips`)."""
    labels, kinds = gold_labels(blocks, page)
    for i in convention_flips(blocks, labels, page):
        labels[i] = "boilerplate"
    return labels, kinds


def gold_labels(blocks: list[Block], page: SourcePage) -> tuple[list[str], list[str | None]]:
    """Labels as the gold has them: aligned blocks are content. A typed gold (L3S-GN1) gives each
    block the kind that covers most of it, a content kind winning a tie."""
    if page.gold_kinds:
        indexes = {kind: GoldIndex("\n".join(texts)) for kind, texts in page.gold_kinds.items()}
        labels: list[str] = []
        kinds: list[str | None] = []
        for b in blocks:
            scores = {kind: idx.coverage(b.text) for kind, idx in indexes.items()}
            kind, best = max(scores.items(), key=lambda kv: (kv[1], kv[0] in CONTENT_KINDS)) if scores else ("not_content", 0.0)
            kind = kind if best >= MIN_COVERAGE else "not_content"
            kinds.append(kind)
            labels.append("content" if kind in CONTENT_KINDS else "boilerplate")
        return labels, kinds
    index = GoldIndex(page.gold_text or "")
    return ["content" if index.coverage(b.text) >= MIN_COVERAGE else "boilerplate" for b in blocks], [None] * len(blocks)


def convention_flips(blocks: list[Block], labels: list[str], page: SourcePage) -> list[int]:
    """Content-labelled blocks the body convention says are not body: copies of the headline,
    and what `outside_the_story` finds."""
    candidates = headline_candidates(page.html)
    heads = {i for i, (b, lab) in enumerate(zip(blocks, labels)) if lab == "content" and is_headline(b.text, candidates)}
    rest = [lab if i not in heads else "boilerplate" for i, lab in enumerate(labels)]
    return sorted(heads | set(outside_the_story(blocks, rest)))


def without_outside_matter(page: SourcePage) -> SourcePage:
    """The page with the gold lines that the convention keeps out of the body removed (the
    comments, closing matter and datelines that a gold such as Dragnet's includes), so that
    evaluation and training agree on what the body is."""
    try:
        blocks = parse_html(page.html)[0]
    except RecursionError:
        return page
    labels, _ = gold_labels(blocks, page)
    flipped = [blocks[i].text for i in convention_flips(blocks, labels, page)]
    if not flipped:
        return page
    outside = GoldIndex("\n".join(flipped))
    kept = [line for line in (page.gold_text or "").split("\n") if not line.strip() or outside.coverage(line) < MIN_COVERAGE]
    return replace(page, gold_text="\n".join(kept))


def derive_page(page: SourcePage, signal_mode: str = "fast") -> LabelledPage | None:
    """Parse, signal and label one source page; None when nothing aligns."""
    try:
        blocks, signals, title = page_blocks(page.html, page.url, signal_mode=signal_mode)
    except RecursionError:
        return None
    if not blocks:
        return None
    labels, kinds = align_labels(blocks, page)
    site = page_site(page)
    return LabelledPage(
        page.id, page.dataset, site, blocks, labels, kinds, signals, title, page.url, page.gold_text or "", site_split(site)
    )


# --- the derived corpus on disk ------------------------------------------------------------------


def _opener(path: Path):
    """open, gzip.open or lzma.open, by the file's suffix."""
    import lzma

    return {".gz": gzip.open, ".xz": lzma.open}.get(path.suffix, open)


def write_corpus(pages: Iterable[LabelledPage], path: str | Path) -> int:
    """Write pages as JSON Lines (.jsonl, .jsonl.gz or .jsonl.xz), atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    opener = _opener(path)
    n = 0
    tmp = path.with_name(path.name + ".tmp")
    with opener(tmp, "wt", encoding="utf-8") as fh:
        for page in pages:
            fh.write(json.dumps(page.to_json(), ensure_ascii=False) + "\n")
            n += 1
    tmp.replace(path)
    return n


def read_corpus(*paths: str | Path, splits: Iterable[str] | None = None) -> Iterator[LabelledPage]:
    """Read derived corpus files (JSONL, optionally .gz or .xz), optionally only some splits."""
    wanted = set(splits) if splits is not None else None
    for path in paths:
        path = Path(path)
        with _opener(path)(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                d = json.loads(line)
                if wanted is None or d.get("split") in wanted:
                    yield LabelledPage.from_json(d)


def _derive_all(pages: list[SourcePage], signal_mode: str) -> list[LabelledPage | None]:
    return [derive_page(p, signal_mode) for p in pages]


def write_splits(pages: Iterable[LabelledPage], path: str | Path) -> None:
    """The split of every page as a TSV file: id, dataset, site, split."""
    lines = ["id\tdataset\tsite\tsplit"] + [f"{p.id}\t{p.dataset}\t{p.site}\t{p.split}" for p in pages]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_corpus(
    root: str | Path,
    out: str | Path,
    datasets: Iterable[str] = DATASETS,
    n_jobs: int = -1,
    splits_out: str | Path | None = None,
    signal_mode: str = "fast",
) -> dict[str, dict[str, int]]:
    """Convert public datasets under `root` into one derived corpus file; returns counts per dataset."""
    from joblib import Parallel, delayed

    root = Path(root)
    report: dict[str, dict[str, int]] = {}
    derived: list[LabelledPage] = []
    for name in datasets:
        if not (root / name).is_dir():
            raise FileNotFoundError(f"{root / name}: dataset folder not found (unpack the archives first)")
        sources = list(read_dataset(root, name))
        chunks = [sources[i : i + 20] for i in range(0, len(sources), 20)]
        results = [p for chunk in Parallel(n_jobs=n_jobs)(delayed(_derive_all)(c, signal_mode) for c in chunks) for p in chunk]
        kept = [p for p in results if p is not None and "content" in p.labels]
        report[name] = {
            "pages": len(sources),
            "pages_labelled": len(kept),
            "pages_dropped": len(sources) - len(kept),
            "blocks": sum(len(p.blocks) for p in kept),
            "blocks_content": sum(lab == "content" for p in kept for lab in p.labels),
        }
        log.info("%s: %s", name, report[name])
        derived.extend(kept)
    write_corpus(derived, out)
    if splits_out is not None:
        write_splits(derived, splits_out)
    return report
