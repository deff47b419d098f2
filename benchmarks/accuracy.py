"""Accuracy on the held-out test split: cleanpage against its peers, same metric, same run.

    python benchmarks/accuracy.py [--peers trafilatura,trafilatura-precision,readability,justext,resiliparse]

Token 4-gram shingle precision/recall/F1 per page, macro-averaged (the article-extraction-benchmark
definition), per dataset and overall. Writes benchmarks/results/accuracy.md and accuracy.json.
Peers come from the `bench` extra: pip install '.[bench]'.
"""

from __future__ import annotations

import argparse
import logging
import platform
from collections.abc import Callable
from datetime import date
from importlib.metadata import version

import cleanpage
from cleanpage.training.evaluate import macro_scores, page_score

from _pages import test_pages, write_report


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
    "readability": ("readability-lxml", lambda: _readability),
    "justext": ("jusText", lambda: _justext),
    "resiliparse": ("Resiliparse", lambda: _resiliparse),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--peers", default=",".join(PEERS))
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    pages = test_pages()
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
    for page in pages:
        for name, fn in extractors.items():
            try:
                text = fn(page.html)
            except Exception:  # a peer crashing on a page scores zero on it
                text = ""
            scores[name].setdefault(page.dataset, []).append(page_score(text, page.gold_text or ""))
    datasets = sorted({p.dataset for p in pages})
    table = {name: {d: macro_scores(s[d]) for d in datasets} | {"overall": macro_scores([x for d in datasets for x in s[d]])}
             for name, s in scores.items()}
    header = f"| extractor | {' | '.join(datasets)} | overall F1 | overall P | overall R |"
    lines = [
        f"# Accuracy on the test split ({date.today()}, {len(pages)} pages, Python {platform.python_version()})",
        "", "Versions: " + ", ".join(f"{k} {v}" for k, v in versions.items()), "",
        "Page-level token 4-gram shingle F1, macro-averaged over pages.", "",
        header, "|" + "---|" * (len(datasets) + 4),
    ]
    for name, row in table.items():
        cells = " | ".join(f"{row[d]['f1']:.3f} ({row[d]['pages']})" for d in datasets)
        o = row["overall"]
        lines.append(f"| {name} | {cells} | **{o['f1']:.3f}** | {o['precision']:.3f} | {o['recall']:.3f} |")
    write_report("accuracy", lines, {"versions": versions, "scores": table})


if __name__ == "__main__":
    main()
