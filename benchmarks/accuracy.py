"""Accuracy on the held-out test split: cleanpage against its peers, same metric, same run.

    python benchmarks/accuracy.py [--peers trafilatura,trafilatura-precision,trafilatura-fast,readability,justext,resiliparse]

Token 4-gram shingle precision/recall/F1 per page, macro-averaged (the article-extraction-benchmark
definition), per dataset, for the modern group (Postlight, newspaper4k, Readability) and overall.
Every gold follows the body convention of data/README.md (no headline, byline or dateline).
goose3's golds hold only the start of the body: its line says on how many pages the extracted
text starts there (the gold's first words come first) and how many hold them at all.
Writes benchmarks/results/accuracy.md and accuracy.json. Peers come from the `bench` extra:
pip install '.[bench]'.
"""

from __future__ import annotations

import argparse
import logging
import platform
from collections.abc import Callable
from datetime import date
from importlib.metadata import version

from _pages import test_pages, write_report

import cleanpage
from cleanpage.training.convention import words
from cleanpage.training.corpus import MODERN_DATASETS, START_DATASETS
from cleanpage.training.evaluate import macro_scores, page_score


def _trafilatura(**kwargs) -> Callable[[str], str]:
    import trafilatura

    return lambda html: trafilatura.extract(html, **kwargs) or ""


def _readability(html: str) -> str:
    from lxml.html import fromstring
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    return fromstring(summary).text_content() if summary.strip() else ""


def _justext(html: str) -> str:
    import justext

    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _resiliparse(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(html, main_content=True)


PEERS: dict[str, tuple[str, Callable[[], Callable[[str], str]]]] = {
    "trafilatura": ("trafilatura", lambda: _trafilatura()),
    "trafilatura-precision": ("trafilatura", lambda: _trafilatura(favor_precision=True)),
    "trafilatura-fast": ("trafilatura", lambda: _trafilatura(fast=True)),
    "readability": ("readability-lxml", lambda: _readability),
    "justext": ("jusText", lambda: _justext),
    "resiliparse": ("Resiliparse", lambda: _resiliparse),
}


START_WORDS = 8  # the gold's first words that must open the extracted text
START_SLACK = 3  # words the extracted text may hold before them (a dateline's "(AP) --")


def body_start(text: str, gold: str) -> tuple[bool, bool]:
    """(the text starts with the gold's first words, the text holds them at all)."""
    want, got = "".join(words(gold)[:START_WORDS]), words(text)
    joined = "".join(got)
    where = joined.find(want) if want else -1
    if where < 0:
        return False, False
    return len("".join(got[:START_SLACK])) >= where, True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--peers", default=",".join(PEERS))
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    pages = test_pages() + test_pages(START_DATASETS)
    extractors = {"cleanpage": lambda html: cleanpage.clean(html).text}
    versions = {"cleanpage": cleanpage.__version__}
    for name in [p for p in args.peers.split(",") if p]:
        dist, make = PEERS[name]
        try:
            extractors[name] = make()
            versions[name] = version(dist)
        except ImportError as exc:
            print(f"skipping {name}: {exc} (pip install '.[bench]')")
    scores: dict[str, dict[str, list]] = {name: {} for name in extractors}
    starts: dict[str, list[tuple[bool, bool]]] = {name: [] for name in extractors}
    for page in pages:
        for name, fn in extractors.items():
            try:
                text = fn(page.html)
            except Exception:  # a peer crashing on a page scores zero on it
                text = ""
            if page.gold_is_start:
                starts[name].append(body_start(text, page.gold_text or ""))
            else:
                scores[name].setdefault(page.dataset, []).append(page_score(text, page.gold_text or ""))
    datasets = sorted({p.dataset for p in pages if not p.gold_is_start})
    modern = [d for d in datasets if d in MODERN_DATASETS]
    table = {
        name: {d: macro_scores(s[d]) for d in datasets}
        | {
            "modern": macro_scores([x for d in modern for x in s[d]]),
            "overall": macro_scores([x for d in datasets for x in s[d]]),
        }
        for name, s in scores.items()
    }
    n_scored = sum(len(v) for v in scores["cleanpage"].values())
    lines = [
        f"# Accuracy on the test split ({date.today()}, {n_scored} pages, Python {platform.python_version()})",
        "",
        "Versions: " + ", ".join(f"{k} {v}" for k, v in versions.items()),
        "",
        "Page-level token 4-gram shingle F1 (pages), macro-averaged over pages; golds follow the body "
        "convention of data/README.md. Modern = " + " + ".join(modern) + ".",
        "",
        f"| extractor | {' | '.join(datasets)} | modern F1 | overall F1 | overall P | overall R |",
        "|" + "---|" * (len(datasets) + 5),
    ]
    for name, row in table.items():
        cells = " | ".join(f"{row[d]['f1']:.3f} ({row[d]['pages']})" for d in datasets)
        o = row["overall"]
        lines.append(
            f"| {name} | {cells} | **{row['modern']['f1']:.3f}** | **{o['f1']:.3f}** | {o['precision']:.3f} | {o['recall']:.3f} |"
        )
    n_start = len(starts["cleanpage"])
    lines += [
        "",
        f"Where the body starts: goose3 test pages ({n_start}) whose gold is the body's first words.",
        "",
        "| extractor | starts at the gold's first words | holds them |",
        "|---|---:|---:|",
    ]
    for name, found in starts.items():
        lines.append(f"| {name} | {sum(a for a, _ in found)} / {n_start} | {sum(b for _, b in found)} / {n_start} |")
        table[name]["goose3_start"] = {"starts": sum(a for a, _ in found), "holds": sum(b for _, b in found), "pages": n_start}
    write_report("accuracy", lines, {"versions": versions, "scores": table})


if __name__ == "__main__":
    main()
