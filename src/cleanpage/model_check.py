"""Validation of a model folder before any of it is used: a model is a file a user hands us.

`read_meta` checks `meta.json` against the schema cleanpage relies on, `read_trees` checks
`trees.npz` (a zip of plain arrays) for size, keys, shapes, dtypes, index ranges and acyclic
trees, and `read_skops` loads a legacy skops file only when every type in it is one of the
exact types a cleanpage model holds. Each refuses with one `ModelError` naming what is wrong.
"""

from __future__ import annotations

import json
import math
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ModelError, UnsafeModel
from .portable import ARRAY_KEYS, TreeEnsemble
from .records import LABELS
from .signals import SIGNAL_MODES

MAX_META_BYTES = 1_000_000  # the shipped meta.json is ~6 KB
MAX_TREES_BYTES = 256_000_000  # inflated size of all arrays; the shipped trees are ~2 MB
MAX_SKOPS_BYTES = 256_000_000
MAX_NAME_CHARS = 100
STAGES = ("stage1", "stage2", "kind")
# The only types skops may rebuild for a cleanpage model beyond its own safe defaults.
SKOPS_TYPES = frozenset(
    {
        "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier",
        "sklearn.ensemble._hist_gradient_boosting.predictor.TreePredictor",
        "sklearn.ensemble._hist_gradient_boosting.binning._BinMapper",
        "sklearn._loss.loss.HalfMultinomialLoss",
        "sklearn._loss.loss.HalfBinomialLoss",
        "sklearn._loss.link.MultinomialLogit",
        "sklearn._loss.link.LogitLink",
        "sklearn._loss.link.Interval",
        "sklearn.preprocessing._encoders.OneHotEncoder",
    }
)
_DTYPE_KINDS = {
    "feature": "iu",
    "threshold": "f",
    "missing_left": "b",
    "left": "iu",
    "right": "iu",
    "is_leaf": "b",
    "value": "f",
    "roots": "iu",
    "baseline": "f",
    "classes": "iu",
}


def read_meta(meta_file: Path) -> dict[str, Any]:
    """The parsed `meta.json`, checked for everything cleaning reads from it."""
    try:
        if not meta_file.is_file():
            raise ModelError(f"{meta_file}: missing or not a regular file")
        size = meta_file.stat().st_size
        if size > MAX_META_BYTES:
            raise ModelError(f"{meta_file}: {size} bytes, more than the {MAX_META_BYTES} a model's metadata may have")
        meta = json.loads(meta_file.read_bytes().decode("utf-8"))
    except ModelError:
        raise
    except RecursionError as exc:
        raise ModelError(f"{meta_file}: unreadable model metadata: nested too deeply") from exc
    except (OSError, ValueError) as exc:
        raise ModelError(f"{meta_file}: unreadable model metadata: {exc}") from exc
    if not isinstance(meta, dict):
        raise ModelError(f"{meta_file}: model metadata must be a JSON object, not {type(meta).__name__}")
    return meta


def check_meta(meta: dict[str, Any], where: Path) -> None:
    """Schema of the fields that steer cleaning (labels, threshold, signal, envelope, kinds)."""
    labels = meta.get("labels")
    if not (isinstance(labels, list) and labels and all(isinstance(x, str) for x in labels)):
        raise ModelError(f"{where}: 'labels' must be a non-empty list of strings, got {labels!r:.80}")
    if len(set(labels)) != len(labels) or not set(labels) <= set(LABELS) or "content" not in labels or len(labels) < 2:
        raise ModelError(f"{where}: 'labels' must be distinct names from {list(LABELS)} including 'content', got {labels!r:.120}")
    threshold = meta.get("threshold", 0.5)
    if not _is_number(threshold) or not 0.0 <= threshold <= 1.0:
        raise ModelError(f"{where}: 'threshold' must be a number between 0 and 1, got {threshold!r:.80}")
    mode = meta.get("signal_mode", "fast")
    if mode not in SIGNAL_MODES:
        raise ModelError(f"{where}: 'signal_mode' must be one of {SIGNAL_MODES}, got {mode!r:.80}")
    envelope = meta.get("content_envelope", {})
    names = set(meta["feature_names"])
    if not isinstance(envelope, dict):
        raise ModelError(f"{where}: 'content_envelope' must be an object, got {type(envelope).__name__}")
    for key, limit in envelope.items():
        if key not in names:
            raise ModelError(f"{where}: 'content_envelope' names an unknown feature {key!r:.80}")
        if not _is_number(limit):
            raise ModelError(f"{where}: 'content_envelope' limit of {key} must be a finite number, got {limit!r:.80}")
    if envelope and "seo_filler" not in labels:
        raise ModelError(f"{where}: a 'content_envelope' needs the label 'seo_filler'")
    kinds = meta.get("filler_kinds", [])
    if not (
        isinstance(kinds, list)
        and all(isinstance(k, str) and 0 < len(k) <= MAX_NAME_CHARS for k in kinds)
        and len(set(kinds)) == len(kinds)
    ):
        raise ModelError(f"{where}: 'filler_kinds' must be a list of distinct short names, got {kinds!r:.80}")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def read_trees(trees_file: Path) -> dict[str, TreeEnsemble | None]:
    """The ensembles of `trees.npz`, after checking the zip before inflating anything."""
    try:
        with open(trees_file, "rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise ModelError(f"{trees_file}: unreadable: {exc}") from exc
    if magic != b"PK\x03\x04":
        raise ModelError(f"{trees_file}: not an npz file (a zip of numpy arrays)")
    expected = {f"{stage}_{key}.npy" for stage in STAGES for key in ARRAY_KEYS}
    try:
        with zipfile.ZipFile(trees_file) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ModelError(f"{trees_file}: not an npz file: {exc}") from exc
    unknown = sorted(m.filename for m in members if m.filename not in expected)
    if unknown:
        raise ModelError(f"{trees_file}: unexpected arrays {', '.join(unknown)[:200]}")
    inflated = sum(m.file_size for m in members)
    if inflated > MAX_TREES_BYTES:
        raise ModelError(f"{trees_file}: arrays inflate to {inflated} bytes, more than the limit of {MAX_TREES_BYTES}")
    try:
        with np.load(trees_file, allow_pickle=False) as arrays:
            loaded = {name: _stage_arrays(arrays, name) for name in STAGES}
    except ModelError:
        raise
    except Exception as exc:
        raise ModelError(f"{trees_file}: cannot read portable trees: {exc}") from exc
    return {name: TreeEnsemble(**parts) if parts is not None else None for name, parts in loaded.items()}


def _stage_arrays(arrays: Any, stage: str) -> dict[str, np.ndarray] | None:
    present = [key for key in ARRAY_KEYS if f"{stage}_{key}" in arrays.files]
    if not present:
        return None
    if len(present) != len(ARRAY_KEYS):
        missing = sorted(set(ARRAY_KEYS) - set(present))
        raise ModelError(f"{stage}: missing arrays {', '.join(missing)}")
    return {key: np.asarray(arrays[f"{stage}_{key}"]) for key in ARRAY_KEYS}


def check_trees(trees: TreeEnsemble, stage: str, n_features: int, n_classes: int) -> None:
    """Shapes, dtypes, index ranges and acyclic, terminating trees: every walk ends at a leaf.

    Each inner node's children lie after it and inside its own tree, so a walk can only move
    forward and stops at a leaf within the tree's span.
    """

    def bad(why: str) -> ModelError:
        return ModelError(f"{stage} trees: {why}")

    for key in ARRAY_KEYS:
        arr = getattr(trees, key)
        if arr.ndim != 1 or arr.dtype.kind not in _DTYPE_KINDS[key]:
            raise bad(f"array '{key}' must be one-dimensional of kind {_DTYPE_KINDS[key]!r}, got {arr.dtype} {arr.shape}")
    n_nodes = len(trees.feature)
    if n_nodes == 0 or any(len(getattr(trees, key)) != n_nodes for key in ARRAY_KEYS[:7]):
        raise bad("node arrays must be non-empty and of one length")
    k, roots = len(trees.baseline), trees.roots.astype(np.int64)
    if k == 0 or len(roots) == 0 or len(roots) % k:
        raise bad(f"{len(roots)} trees do not make whole iterations of {k} class scores")
    n_out = 2 if k == 1 else k
    classes = trees.classes.astype(np.int64)
    if len(classes) != n_out or len(set(classes.tolist())) != n_out or classes.min() < 0 or classes.max() >= n_classes:
        raise bad(f"classes {classes.tolist()[:10]} must be {n_out} distinct indices below {n_classes}")
    if roots[0] != 0 or np.any(np.diff(roots) <= 0) or roots[-1] >= n_nodes:
        raise bad("tree roots must start at 0 and increase within the node table")
    if not (np.isfinite(trees.value).all() and np.isfinite(trees.baseline).all()):
        raise bad("leaf values must be finite")
    node = np.arange(n_nodes, dtype=np.int64)
    tree_end = np.append(roots[1:], n_nodes)[np.searchsorted(roots, node, side="right") - 1]
    inner = ~trees.is_leaf
    feature, left, right = (getattr(trees, key).astype(np.int64) for key in ("feature", "left", "right"))
    for name, child in (("left", left), ("right", right)):
        if np.any(inner & ((child <= node) | (child >= tree_end))):
            raise bad(f"a {name} child index points backwards or outside its tree (cycle or out of range)")
        if np.any(~inner & (child != node)):
            raise bad(f"a leaf's {name} index must point to itself")
    if np.any(inner & ((feature < 0) | (feature >= n_features))):
        raise bad(f"a split uses a feature index outside 0..{n_features - 1}")
    if np.isnan(trees.threshold[inner]).any():
        raise bad("a split threshold is NaN")


def read_skops(model_file: Path) -> dict[str, Any]:
    """The scikit-learn stages of a legacy skops file, loaded only when every type in it that
    skops does not already trust is one of `SKOPS_TYPES`, and each stage is a classifier."""
    import skops.io as sio
    from sklearn.ensemble import HistGradientBoostingClassifier

    if not model_file.is_file():
        raise ModelError(f"{model_file}: missing or not a regular file")
    if model_file.stat().st_size > MAX_SKOPS_BYTES:
        raise ModelError(f"{model_file}: larger than the limit of {MAX_SKOPS_BYTES} bytes")
    try:
        untrusted = sio.get_untrusted_types(file=model_file)
    except Exception as exc:  # skops raises assorted errors on files it cannot read
        raise ModelError(f"{model_file}: cannot load model: {exc}") from exc
    refused = sorted(t for t in untrusted if t not in SKOPS_TYPES)
    if refused:
        raise UnsafeModel(f"{model_file}: refusing to load types that could run code: {', '.join(refused)[:500]}")
    try:
        parts = sio.load(model_file, trusted=list(untrusted))
    except Exception as exc:
        raise ModelError(f"{model_file}: cannot load model: {exc}") from exc
    if type(parts) is not dict:
        raise ModelError(f"{model_file}: holds a {type(parts).__name__}, not a dict of model stages")
    stages = {name: parts.get(name) for name in STAGES}
    for name, stage in stages.items():
        if stage is not None and type(stage) is not HistGradientBoostingClassifier:
            raise ModelError(f"{model_file}: stage {name} is a {type(stage).__name__}, not a HistGradientBoostingClassifier")
    if stages["stage1"] is None:
        raise ModelError(f"{model_file}: has no stage1 classifier")
    return stages
