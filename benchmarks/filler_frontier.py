"""SEO filler never seen in training: how much of it can article text alone rule out?

    python benchmarks/filler_frontier.py [--corpus data/corpus/cleanpage-corpus.jsonl.xz]

A family left out of training can only be caught by what the model knows of article text. This
measures the best any such "envelope" of cleanpage's features can do: detectors fitted on the
content blocks of the corpus's clean train split (no filler, no labels of any family) flag the
blocks beyond a limit set so that a given share of article words is lost (the budget). For each
family, on the same planted test pages as `benchmarks/filler.py`, it reports the share of the
family's new shingles (not in the page's own text) that sit in flagged blocks:

- best single feature: every feature, either tail, picked per family and budget *on the test
  pages* among those losing at most twice the budget there (an optimistic bound: the pick is
  tuned on what it is scored on);
- isolation forest: one joint detector over all features, fitted on the article blocks.

The content loss actually measured on the planted test pages is reported beside each budget.
Writes benchmarks/results/filler_frontier.{md,json}.
"""

from __future__ import annotations

import argparse
import platform
from datetime import date

import numpy as np
from _pages import REPO, write_report
from filler import planted_test_pages
from sklearn.ensemble import IsolationForest

import cleanpage
from cleanpage.features import feature_names
from cleanpage.training.corpus import read_corpus
from cleanpage.training.evaluate import shingles
from cleanpage.training.synth import FAMILIES
from cleanpage.training.train import featurize

BUDGETS = (0.001, 0.005, 0.01, 0.02)  # share of article words a detector may lose on the training pages


def word_counts(pages) -> np.ndarray:
    return np.array([max(len(b.text.split()), 1) for p in pages for b in p.blocks], dtype=np.float64)


def new_shingle_counts(pages) -> np.ndarray:
    """Per block, the filler shingles it is first to add to its page (0 for non-filler blocks)."""
    out = []
    for page in pages:
        seen = set(shingles(" ".join(b.text for b, lab in zip(page.blocks, page.labels) if lab != "seo_filler")))
        for b, lab in zip(page.blocks, page.labels):
            new = set(shingles(b.text)) - seen if lab == "seo_filler" else set()
            seen |= new
            out.append(len(new))
    return np.array(out, dtype=np.float64)


def limit(scores: np.ndarray, words: np.ndarray, budget: float) -> float:
    """The lowest limit such that blocks scoring above it hold at most `budget` of the words."""
    order = np.argsort(-scores, kind="stable")
    s, lost = scores[order], np.cumsum(words[order]) / words.sum()
    # Blocks above a limit are all blocks with a strictly greater score: a tie is flagged whole or not at all.
    distinct_end = np.r_[s[1:] != s[:-1], True]
    ok = distinct_end & (lost <= budget)
    return float(s[np.flatnonzero(ok)[-1]]) - 1e-12 if ok.any() else float(s[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", default=str(REPO / "data" / "corpus" / "cleanpage-corpus.jsonl.xz"))
    ap.add_argument("--jobs", type=int, default=-1)
    args = ap.parse_args()

    clean = list(read_corpus(args.corpus, splits=("train",)))
    planted = list(read_corpus(planted_test_pages(args.jobs)))
    names = feature_names()
    X_clean = np.vstack(featurize(clean, args.jobs))
    X_test = np.vstack(featurize(planted, args.jobs))
    article = np.array([lab == "content" for p in clean for lab in p.labels])
    A, a_words = X_clean[article], word_counts(clean)[article]
    test_labels = np.array([lab for p in planted for lab in p.labels])
    test_kinds = np.array([k or "" for p in planted for k in p.kinds])
    test_words, test_new = word_counts(planted), new_shingle_counts(planted)
    test_content = test_labels == "content"
    family_rows = {f: (test_labels == "seo_filler") & (test_kinds == f) for f in FAMILIES}

    def catch(flagged: np.ndarray) -> dict:
        return {
            "content_lost": test_words[flagged & test_content].sum() / test_words[test_content].sum(),
            **{f: test_new[flagged & rows].sum() / max(test_new[rows].sum(), 1) for f, rows in family_rows.items()},
        }

    single: dict = {}
    for budget in BUDGETS:
        per_feature = []
        for j, name in enumerate(names):
            for sign, tail in ((1, "high"), (-1, "low")):
                cut = limit(sign * A[:, j], a_words, budget)
                per_feature.append((f"{name} ({tail})", catch(sign * X_test[:, j] > cut)))
        fair = [r for r in per_feature if r[1]["content_lost"] <= 2 * budget]  # held on the test pages too
        single[budget] = {f: max(fair, key=lambda r: r[1][f]) for f in FAMILIES}

    forest = IsolationForest(n_estimators=200, random_state=0, n_jobs=1).fit(A)
    a_score, test_score = -forest.score_samples(A), -forest.score_samples(X_test)
    joint = {budget: catch(test_score > limit(a_score, a_words, budget)) for budget in BUDGETS}

    lines = [
        f"# SEO filler caught by article text alone ({date.today()}, cleanpage {cleanpage.__version__}, "
        f"Python {platform.python_version()})",
        "",
        f"Limits fitted on {len(A)} content blocks of {len(clean)} clean train-split pages; measured on "
        f"{len(planted)} planted test pages. Cells: share of the family's new shingles in flagged blocks.",
        "",
        "| detector | article words lost (train / test) | " + " | ".join(FAMILIES) + " |",
        "|---|---:|" + "---:|" * len(FAMILIES),
    ]
    for budget in BUDGETS:
        lines.append(
            f"| isolation forest | {_pct(budget)} / {_pct(joint[budget]['content_lost'])} | "
            + " | ".join(_pct(joint[budget][f]) for f in FAMILIES)
            + " |"
        )
        lost = [single[budget][f][1]["content_lost"] for f in FAMILIES]
        lines.append(
            f"| best single feature per family | {_pct(budget)} / {_pct(min(lost))}–{_pct(max(lost))} | "
            + " | ".join(_pct(single[budget][f][1][f]) for f in FAMILIES)
            + " |"
        )
    lines += [
        "",
        "Best single feature per family (budget 1 %): " + "; ".join(f"{f}: {single[0.01][f][0]}" for f in FAMILIES) + ".",
    ]
    write_report(
        "filler_frontier",
        lines,
        {
            "isolation_forest": {str(b): v for b, v in joint.items()},
            "best_single_feature": {str(b): {f: {"feature": n, **c} for f, (n, c) in v.items()} for b, v in single.items()},
        },
    )


def _pct(value: float) -> str:
    return f"{100 * value:.1f} %"


if __name__ == "__main__":
    main()
