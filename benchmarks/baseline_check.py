"""cleanpage's baseline signal against `trafilatura.baseline`: the same text, in less time.

    python benchmarks/baseline_check.py [--splits test] [--rounds 3]

`cleanpage.baseline.baseline_text` runs trafilatura's baseline extractor without calling a
regular expression on every element. This script runs both on every page of the datasets (all
splits by default: the claim is about trafilatura's output, not a score, so no split is tuned
on), counts the pages whose text differs (it must be none), and times both on the same pages,
interleaved, reporting medians of the per-round ms/page and their ratio.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import time
from datetime import date

from _pages import DATASETS, START_DATASETS, dataset_root, read_dataset, write_report

import cleanpage
from cleanpage.baseline import _parts, baseline_text
from cleanpage.cleaner import to_text
from cleanpage.training.corpus import page_site, site_split


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--splits", default="train,dev,test", help="which site splits' pages to run (default: all)")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    trafilatura_baseline = importlib.import_module("trafilatura.baseline").baseline
    trafilatura = importlib.import_module("trafilatura")
    splits = set(args.splits.split(","))
    root = dataset_root()
    docs = [
        to_text(p.html)
        for name in DATASETS + START_DATASETS
        for p in read_dataset(root, name)
        if site_split(page_site(p)) in splits
    ]
    differ = sum(baseline_text(d) != trafilatura_baseline(d)[1] for d in docs)
    runs: dict[str, list[float]] = {"cleanpage baseline_text": [], "trafilatura.baseline": []}
    for _ in range(args.rounds):
        for name, fn in (("cleanpage baseline_text", baseline_text), ("trafilatura.baseline", trafilatura_baseline)):
            start = time.perf_counter()
            for d in docs:
                fn(d)
            runs[name].append((time.perf_counter() - start) / len(docs) * 1000)
    med = {k: statistics.median(v) for k, v in runs.items()}
    ratio = med["cleanpage baseline_text"] / med["trafilatura.baseline"]
    lines = [
        f"# Baseline signal ({date.today()}, {len(docs)} pages of the {args.splits} splits, {args.rounds} rounds, "
        f"cleanpage {cleanpage.__version__}, trafilatura {trafilatura.__version__})",
        "",
        f"Fast path in use: {'yes' if _parts() is not None else 'no (this trafilatura gets trafilatura.baseline)'}. "
        f"Pages whose text differs from trafilatura.baseline: **{differ}** of {len(docs)}.",
        "",
        "| extractor | median ms/page | min | max |",
        "|---|---:|---:|---:|",
        *(f"| {k} | {med[k]:.2f} | {min(v):.2f} | {max(v):.2f} |" for k, v in runs.items()),
        "",
        f"ratio cleanpage / trafilatura.baseline: **{ratio:.2f}**",
    ]
    write_report("baseline_check", lines, None)


if __name__ == "__main__":
    main()
