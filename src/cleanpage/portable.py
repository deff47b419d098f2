"""Gradient-boosted trees as plain arrays, evaluated with numpy.

A model folder keeps its trees as `trees.npz` (arrays only, loaded with `allow_pickle=False`:
nothing in it can run code) and, for inspection or further work with scikit-learn, as a skops
file. Cleaning uses the arrays: they do not depend on scikit-learn's private classes, so a
model keeps working after a scikit-learn upgrade, and their vectorised walk is faster on
page-sized batches than scikit-learn's predictor, which pays a thread start-up per tree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

ARRAY_KEYS = ("feature", "threshold", "missing_left", "left", "right", "is_leaf", "value", "roots", "baseline", "classes")


@dataclass(frozen=True, eq=False)
class TreeEnsemble:
    """All trees of a fitted HistGradientBoostingClassifier, flattened into one node table.

    `roots` holds each tree's first node, in boosting order with one tree per class column
    per iteration; leaves point to themselves so every row can walk the same number of steps.
    """

    feature: np.ndarray
    threshold: np.ndarray
    missing_left: np.ndarray
    left: np.ndarray
    right: np.ndarray
    is_leaf: np.ndarray
    value: np.ndarray
    roots: np.ndarray
    baseline: np.ndarray
    classes: np.ndarray

    @property
    def classes_(self) -> np.ndarray:
        return self.classes

    @classmethod
    def from_sklearn(cls, estimator: Any) -> TreeEnsemble:
        """Export a fitted `HistGradientBoostingClassifier` (numeric features only)."""
        trees = [predictor.nodes for iteration in estimator._predictors for predictor in iteration]
        if any(t["is_categorical"].any() for t in trees):
            raise ValueError("categorical splits cannot be exported")
        sizes = np.array([len(t) for t in trees])
        roots = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        nodes = np.concatenate(trees)
        offset = np.repeat(roots, sizes)
        is_leaf = nodes["is_leaf"].astype(bool)
        own = np.arange(len(nodes))
        return cls(
            feature=nodes["feature_idx"].astype(np.int64),
            threshold=nodes["num_threshold"].astype(np.float64),
            missing_left=nodes["missing_go_to_left"].astype(bool),
            left=np.where(is_leaf, own, nodes["left"] + offset).astype(np.int64),
            right=np.where(is_leaf, own, nodes["right"] + offset).astype(np.int64),
            is_leaf=is_leaf,
            value=nodes["value"].astype(np.float64),
            roots=roots,
            baseline=np.asarray(estimator._baseline_prediction, dtype=np.float64).ravel(),
            classes=np.asarray(estimator.classes_),
        )

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {f"{prefix}{key}": getattr(self, key) for key in ARRAY_KEYS}

    @classmethod
    def from_arrays(cls, arrays: Any, prefix: str) -> TreeEnsemble:
        return cls(**{key: np.asarray(arrays[f"{prefix}{key}"]) for key in ARRAY_KEYS})

    def raw_scores(self, X: np.ndarray) -> np.ndarray:
        """Baseline plus the sum of leaf values, one column per class score (1 when binary).

        Every (row, tree) pair walks down one level per step, vectorised. For the first
        `_dense_steps` levels all pairs step (a leaf leads to itself), which costs less than
        tracking the few that have arrived; then pairs that reach a leaf drop out, so the deep
        levels cost only the paths that still go on. A pair's place is a slot of `_Walk`'s
        table, twice its node, so that adding whether it goes left picks its child's slot.
        """
        X = np.ascontiguousarray(X, dtype=np.float64)
        n, n_features = X.shape
        n_trees = len(self.roots)
        walk = self._walk
        slot = np.tile(2 * self.roots, n)
        flat = X.ravel()
        row_start = np.repeat(np.arange(n, dtype=np.int64) * n_features, n_trees)
        has_nan = bool(np.isnan(flat).any())
        for _ in range(self._dense_steps):
            slot = walk.step(slot, row_start, flat, has_nan)
        active = np.flatnonzero(~np.take(walk.is_leaf, slot))
        current = slot[active]
        while active.size:
            following = walk.step(current, row_start[active], flat, has_nan)
            slot[active] = following
            inner = ~np.take(walk.is_leaf, following)
            active, current = active[inner], following[inner]
        k = len(self.baseline)
        return np.take(walk.value, slot).reshape(n, n_trees // k, k).sum(axis=1) + self.baseline

    @cached_property
    def _walk(self) -> _Walk:
        return _Walk.of(self)

    @cached_property
    def _dense_steps(self) -> int:
        """The median depth of the trees' leaves: until there, most pairs are still walking."""
        depths, frontier, depth = [], self.roots, 0
        while frontier.size and depth <= len(self.feature):  # the bound only guards a malformed table
            leaf = self.is_leaf[frontier]
            depths.append(np.full(int(leaf.sum()), depth))
            inner = frontier[~leaf]
            frontier, depth = np.concatenate([self.left[inner], self.right[inner]]), depth + 1
        return int(np.median(np.concatenate(depths))) if depths else 0

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        raw = self.raw_scores(X)
        if raw.shape[1] == 1:  # binary: one logit
            p = 1.0 / (1.0 + np.exp(-raw[:, 0]))
            return np.column_stack([1.0 - p, p])
        e = np.exp(raw - raw.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class _Walk:
    """The node table laid out for the walk: every node's entry twice, at slots 2 * node and
    2 * node + 1, so that a pair at slot s goes to `children[s + went_left]`, the slot of its
    next node (a leaf's leads to itself). Leaves split on feature 0, which nothing checks."""

    feature: np.ndarray
    threshold: np.ndarray
    missing_left: np.ndarray
    is_leaf: np.ndarray
    value: np.ndarray
    children: np.ndarray

    @classmethod
    def of(cls, trees: TreeEnsemble) -> _Walk:
        return cls(
            feature=np.repeat(np.where(trees.is_leaf, 0, trees.feature), 2),
            threshold=np.repeat(trees.threshold, 2),
            missing_left=np.repeat(trees.missing_left, 2),
            is_leaf=np.repeat(trees.is_leaf, 2),
            value=np.repeat(trees.value, 2),
            children=2 * np.stack([trees.right, trees.left], axis=1).ravel(),
        )

    def step(self, slot: np.ndarray, row_start: np.ndarray, flat: np.ndarray, has_nan: bool) -> np.ndarray:
        """The slot each of `slot` leads to for the rows starting at `row_start` in `flat`;
        missing values follow each split's learned side (`np.take`: quicker than indexing)."""
        x = np.take(flat, row_start + np.take(self.feature, slot))
        go_left = x <= np.take(self.threshold, slot)
        if has_nan:
            go_left |= np.isnan(x) & np.take(self.missing_left, slot)
        return np.take(self.children, slot + go_left)
