"""Which trafilatura signal should the model read: its `fast` extraction or its `baseline`
extractor? Two models trained by the same recipe but for `--signal`, scored on the held-out
test split (accuracy) and timed on the same pages (ms/page, against trafilatura default), in
one run. The shipped model is the `baseline` one; build the other with:

    python -m cleanpage corpus DATASETS -o corpus-fast.jsonl.xz --signal fast --splits splits.tsv
    python -m cleanpage synth DATASETS -o synth-fast.jsonl.xz --splits train,dev --seed 0 --signal fast
    python -m cleanpage train corpus-fast.jsonl.xz synth-fast.jsonl.xz -o model-fast --seed 0
"""

from __future__ import annotations

import argparse
import logging
import platform
import statistics
import time
from datetime import date

import trafilatura
from _pages import test_pages, write_report

import cleanpage
from cleanpage.training.corpus import MODERN_DATASETS
from cleanpage.training.evaluate import macro_scores, page_score


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fast-model", required=True, help="model folder trained with --signal fast")
    ap.add_argument("--baseline-model", help="model folder trained with --signal baseline (default: the shipped model)")
    ap.add_argument("--pages", type=int, default=100, help="pages timed per round")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    cleaners = {"baseline": cleanpage.Cleaner(args.baseline_model), "fast": cleanpage.Cleaner(args.fast_model)}
    for name, cleaner in cleaners.items():
        if cleaner.model.signal_mode != name:
            raise SystemExit(f"the {name} model was trained with the {cleaner.model.signal_mode!r} signal")
    pages = [p for p in test_pages() if not p.gold_is_start]
    scores: dict[str, dict[str, list]] = {name: {} for name in cleaners}
    for page in pages:
        for name, cleaner in cleaners.items():
            scores[name].setdefault(page.dataset, []).append(page_score(cleaner.clean(page.html).text, page.gold_text or ""))
    datasets = sorted(scores["baseline"])
    modern = [d for d in datasets if d in MODERN_DATASETS]
    table = {
        name: {d: macro_scores(s[d])["f1"] for d in datasets}
        | {
            "modern": macro_scores([x for d in modern for x in s[d]])["f1"],
            "overall": macro_scores([x for d in datasets for x in s[d]])["f1"],
        }
        for name, s in scores.items()
    }
    docs = [p.html for p in pages[:: max(1, len(pages) // args.pages)]][: args.pages]
    timed = {"baseline": cleaners["baseline"].clean, "fast": cleaners["fast"].clean, "trafilatura": trafilatura.extract}
    runs: dict[str, list[float]] = {name: [] for name in timed}
    for doc in docs[:5]:
        for fn in timed.values():
            fn(doc)
    for _ in range(args.rounds):  # interleaved, so machine noise hits all alike
        for name, fn in timed.items():
            start = time.perf_counter()
            for doc in docs:
                fn(doc)
            runs[name].append(1000 * (time.perf_counter() - start) / len(docs))
    med = {name: statistics.median(v) for name, v in runs.items()}
    lines = [
        f"# Coverage signal: trafilatura fast against baseline ({date.today()}, Python {platform.python_version()}, "
        f"cleanpage {cleanpage.__version__}, trafilatura {trafilatura.__version__})",
        "",
        f"Accuracy: {len(pages)} held-out test-split pages, page shingle F1 (macro). Time: {len(docs)} of them, "
        f"{args.rounds} interleaved rounds, median ms/page; ratio to trafilatura default in the same rounds.",
        "",
        f"| signal | {' | '.join(datasets)} | modern | overall | ms/page | / trafilatura |",
        "|" + "---|" * (len(datasets) + 5),
    ]
    for name in cleaners:
        row = table[name]
        cells = " | ".join(f"{row[d]:.3f}" for d in datasets)
        ratio = med[name] / med["trafilatura"]
        lines.append(f"| {name} | {cells} | **{row['modern']:.3f}** | **{row['overall']:.3f}** | {med[name]:.1f} | {ratio:.2f} |")
    lines += ["", f"trafilatura default: {med['trafilatura']:.1f} ms/page."]
    write_report("coverage_signal", lines, {"f1": table, "runs": runs, "median_ms": med})


if __name__ == "__main__":
    main()
