"""Accuracy the way the field measures it.

Page level: token 4-gram shingle precision/recall/F1 per page, macro-averaged over pages
(the article-extraction-benchmark definition). Block level: precision/recall/F1 per label.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE_SIZE = 4


def shingles(text: str, n: int = SHINGLE_SIZE) -> Counter:
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class PageScore:
    precision: float
    recall: float
    f1: float


def page_score(predicted: str, gold: str) -> PageScore:
    """Shingle P/R/F1 of one page's extracted text against its gold text."""
    pred, ref = shingles(predicted), shingles(gold)
    tp = sum((pred & ref).values())
    n_pred, n_ref = sum(pred.values()), sum(ref.values())
    if n_pred == 0 and n_ref == 0:
        return PageScore(1.0, 1.0, 1.0)
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_ref if n_ref else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if n_pred == 0 or n_ref == 0:
        f1 = 0.0
    return PageScore(precision, recall, f1)


def macro_scores(scores: Sequence[PageScore]) -> dict[str, float]:
    n = len(scores) or 1
    return {
        "precision": sum(s.precision for s in scores) / n,
        "recall": sum(s.recall for s in scores) / n,
        "f1": sum(s.f1 for s in scores) / n,
        "pages": len(scores),
    }


def block_scores(gold: Iterable[str], predicted: Iterable[str], labels: Sequence[str]) -> dict[str, dict[str, float | None]]:
    """Per-label precision/recall/F1/support of block labels (None where undefined: a label no
    block has has no recall)."""
    gold, predicted = list(gold), list(predicted)
    out: dict[str, dict[str, float | None]] = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted))
        n_pred = sum(p == label for p in predicted)
        n_gold = sum(g == label for g in gold)
        if not n_gold:  # nothing to find: recall and F1 are undefined, not 0
            out[label] = {"precision": None if not n_pred else 0.0, "recall": None, "f1": None, "support": 0}
            continue
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = {"precision": precision, "recall": recall, "f1": f1, "support": n_gold}
    return out
