"""Speed: cleanpage against trafilatura (default settings) on the same pages, in one process.

    python benchmarks/speed.py [--pages 200] [--rounds 5]

Prints ms/page (median over rounds) for each extractor and the ratio cleanpage / trafilatura,
and writes the table to benchmarks/results/speed.md. Within a round the two run page by page,
in alternating order, so that a slow second on a shared machine slows both alike.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from datetime import date

import trafilatura
from _pages import test_pages, write_report

import cleanpage
from cleanpage.cleaner import default_model


def time_round(extractors: dict, docs) -> dict[str, float]:
    """ms/page of each extractor over `docs`, interleaved page by page (their order alternating),
    so that a slow second on a shared machine hits both alike."""
    spent = dict.fromkeys(extractors, 0.0)
    names = list(extractors)
    for i, doc in enumerate(docs):
        for name in names if i % 2 == 0 else names[::-1]:
            start = time.perf_counter()
            extractors[name](doc)
            spent[name] += time.perf_counter() - start
    return {name: total / len(docs) * 1000 for name, total in spent.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    pages = test_pages()
    step = max(1, len(pages) // args.pages)
    docs = [p.html for p in pages[::step]][: args.pages]
    default_model()  # load once, outside the timing
    for doc in docs[:5]:  # warm caches of both
        cleanpage.clean(doc)
        trafilatura.extract(doc)
    extractors = {"cleanpage": cleanpage.clean, "trafilatura": trafilatura.extract}
    runs: dict[str, list[float]] = {name: [] for name in extractors}
    for _ in range(args.rounds):
        for name, ms in time_round(extractors, docs).items():
            runs[name].append(ms)
    med = {k: statistics.median(v) for k, v in runs.items()}
    ratio = med["cleanpage"] / med["trafilatura"]
    ratios = [c / t for c, t in zip(runs["cleanpage"], runs["trafilatura"])]
    lines = [
        f"# Speed ({date.today()}, {len(docs)} test-split pages, {args.rounds} rounds, Python {platform.python_version()}, "
        f"cleanpage {cleanpage.__version__}, trafilatura {trafilatura.__version__})",
        "",
        "| extractor | median ms/page | min | max |",
        "|---|---:|---:|---:|",
        *(f"| {k} | {med[k]:.1f} | {min(v):.1f} | {max(v):.1f} |" for k, v in runs.items()),
        "",
        f"ratio cleanpage / trafilatura: **{ratio:.2f}** (per-round ratios {', '.join(f'{r:.2f}' for r in ratios)})",
    ]
    write_report("speed", lines, {"runs": runs, "median": med, "ratio": ratio})


if __name__ == "__main__":
    main()
