"""The block classifier: gradient-boosted trees over block features, saved in formats that
cannot run code on load (plain arrays, see `portable`; skops with an exact type list), and
validated whole before use (`model_check`).

Stage one scores each block from its own and its neighbours' features. An optional stage two
(`TrainConfig(stacked=True)`) also sees stage one's scores of the neighbouring blocks, a learned
version of jusText's revision pass; the shipped model does without it (see `TrainConfig`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from . import model_check
from .errors import ModelError, UnsafeModel
from .features import FEATURE_SET_VERSION, feature_names
from .parse import list_runs, table_runs
from .portable import TreeEnsemble
from .records import Block

log = logging.getLogger(__name__)

MODEL_FILE = "model.skops"
TREES_FILE = "trees.npz"
META_FILE = "meta.json"
PICKLE_SUFFIXES = (".pkl", ".pickle", ".joblib")
FORMAT_VERSION = 1
CONTEXT_OFFSETS = (-3, -2, -1, 1, 2, 3)
CONTEXT_WINDOWS = (3, 10)


def context_features(proba: np.ndarray) -> np.ndarray:
    """Stage-two inputs from stage-one probabilities (n blocks x n labels) of one page."""
    n, k = proba.shape
    cols = [proba]
    padded = np.vstack([np.full((3, k), -1.0), proba, np.full((3, k), -1.0)])
    for off in CONTEXT_OFFSETS:
        cols.append(padded[3 + off : 3 + off + n])
    cum = np.vstack([np.zeros((1, k)), np.cumsum(proba, axis=0)])
    idx = np.arange(n)
    for width in CONTEXT_WINDOWS:
        lo, hi = np.maximum(0, idx - width), np.minimum(n, idx + width + 1)
        cols.append((cum[hi] - cum[lo]) / (hi - lo)[:, None])
    after = (cum[n] - cum[idx + 1]) / np.maximum(n - idx - 1, 1)[:, None]
    before = cum[idx] / np.maximum(idx, 1)[:, None]
    cols += [after, before, np.cumsum(proba[::-1], axis=0)[::-1] / n]
    return np.hstack(cols)


def pool_lists(proba: np.ndarray, runs: Sequence[range]) -> np.ndarray:
    """Each item of a list takes the mean probabilities of its list (`parse.list_runs`), and each
    cell of a data table those of its table (`parse.table_runs`).

    A list is one unit, kept or dropped whole: a menu, a "related" strip or a generated
    key-points list, whose odd item alone may look like a sentence of the article. So is a table:
    a number cell ("11,002") alone looks like nothing, beside its row it is the article's.
    """
    pooled = proba.copy()
    for run in runs:
        pooled[run.start : run.stop] = proba[run.start : run.stop].mean(axis=0)
    return pooled


FILLER_ODDS = 0.5  # P(seo_filler) at which filler, the more probable label, wins over a content threshold


def decide(
    proba: np.ndarray, labels: list[str], threshold: float, pooled: np.ndarray | None = None
) -> tuple[np.ndarray, list[str]]:
    """Kept flags and labels: a block is kept, and labelled content, when P(content) >= threshold,
    unless SEO filler is both more probable than content and at least `FILLER_ODDS` likely (the
    threshold trades content against boilerplate; a block that is more likely filler than content
    is filler) and the block is not `pooled` (a list item or table cell: its list or table was
    decided as one, against the threshold); a dropped block gets its most probable other label."""
    ci = labels.index("content")
    kept = proba[:, ci] >= threshold
    if "seo_filler" in labels:
        filler = proba[:, labels.index("seo_filler")]
        filler_wins = (filler > proba[:, ci]) & (filler >= FILLER_ODDS)
        kept &= ~(filler_wins if pooled is None else filler_wins & ~pooled)
    others = proba.copy()
    others[:, ci] = -1.0
    best_other = np.argmax(others, axis=1) if len(proba) else np.zeros(0, dtype=int)
    return kept, ["content" if k else labels[j] for k, j in zip(kept, best_other)]


def full_proba(estimator: Any, X: np.ndarray, n_labels: int) -> np.ndarray:
    """Probabilities with a column for every label, even those absent from the training data."""
    out = np.zeros((len(X), n_labels))
    out[:, estimator.classes_] = estimator.predict_proba(X)
    return out


@dataclass
class BlockModel:
    """Two-stage classifier over feature dicts, with the metadata needed to use it safely."""

    stage1: Any
    stage2: Any
    feature_names: list[str]
    labels: list[str]
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)
    kind_model: Any = None  # which filler family a seo_filler block is (classes: `filler_kinds`)

    @property
    def filler_kinds(self) -> list[str]:
        return list(self.meta.get("filler_kinds", ()))

    def predict_kinds(self, X: np.ndarray) -> list[str | None]:
        """The most likely filler family of each row (None without a kind model)."""
        if self.kind_model is None or len(X) == 0:
            return [None] * len(X)
        kinds = self.filler_kinds
        return [kinds[int(c)] for c in np.asarray(self.kind_model.classes_)[np.argmax(self.kind_model.predict_proba(X), axis=1)]]

    @property
    def signal_mode(self) -> str:
        """The trafilatura signal the model was trained with (see `signals.SIGNAL_MODES`)."""
        return str(self.meta.get("signal_mode", "fast"))

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """Label probabilities (columns follow `labels`) for a page's feature matrix."""
        if len(X) == 0:
            return np.zeros((0, len(self.labels)))
        p1 = full_proba(self.stage1, X, len(self.labels))
        if self.stage2 is None:
            return p1
        return full_proba(self.stage2, np.hstack([X, context_features(p1)]), len(self.labels))

    @property
    def content_envelope(self) -> dict[str, float]:
        """Feature limits that the training corpus's article text stays within (see
        `train.content_envelope`): a block beyond one is filler, whatever the trees say."""
        return dict(self.meta.get("content_envelope", {}))

    def envelope_hits(self, X: np.ndarray) -> dict[int, str]:
        """Blocks beyond the content envelope, each with the rule that caught it
        (`FEATURE_envelope`, the first limit it exceeds)."""
        hits: dict[int, str] = {}
        for name, limit in self.content_envelope.items():
            for i in np.flatnonzero(X[:, self.feature_names.index(name)] > limit).tolist():
                hits.setdefault(i, f"{name}_envelope")
        return hits

    def apply_envelope(self, proba: np.ndarray, X: np.ndarray) -> np.ndarray:
        """`proba` with the blocks beyond the content envelope turned into certain filler."""
        beyond = np.zeros(len(X), dtype=bool)
        beyond[list(self.envelope_hits(X))] = True
        if not beyond.any():
            return proba
        out = proba.copy()
        out[beyond] = 0.0
        out[beyond, self.labels.index("seo_filler")] = 1.0
        return out

    def page_proba(self, X: np.ndarray, blocks: Sequence[Block]) -> np.ndarray:
        """What the cleaner decides on: `predict_proba` within the content envelope, with the
        items of each list pooled."""
        return self.page_proba_steps(X, blocks)[1]

    def page_proba_steps(self, X: np.ndarray, blocks: Sequence[Block]) -> tuple[np.ndarray, np.ndarray]:
        """(probabilities within the content envelope, the same with list items pooled)."""
        enveloped = self.apply_envelope(self.predict_proba(X), X)
        return enveloped, pool_lists(enveloped, list_runs(blocks) + table_runs(blocks))

    def save(self, path: str | Path) -> Path:
        """Write `trees.npz` and `meta.json` into the folder `path`, and `model.skops` when the
        model holds scikit-learn estimators (a freshly trained one, not one loaded from arrays)."""
        from . import __version__

        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        stages = {"stage1": self.stage1, "stage2": self.stage2, "kind": self.kind_model}
        arrays: dict[str, np.ndarray] = {}
        for name, stage in stages.items():
            if stage is not None:
                portable = stage if isinstance(stage, TreeEnsemble) else TreeEnsemble.from_sklearn(stage)
                arrays |= portable.to_arrays(f"{name}_")
        np.savez_compressed(folder / TREES_FILE, **arrays)  # type: ignore[arg-type]
        sklearn_version = None
        if not any(isinstance(stage, TreeEnsemble) for stage in stages.values()):
            import sklearn
            import skops.io as sio

            sio.dump(stages, folder / MODEL_FILE)
            sklearn_version = sklearn.__version__
        elif (folder / MODEL_FILE).exists():
            (folder / MODEL_FILE).unlink()  # a stale file from another model
        meta = dict(self.meta) | {
            "format_version": FORMAT_VERSION,
            "cleanpage_version": __version__,
            "feature_set_version": FEATURE_SET_VERSION,
            "sklearn_version": sklearn_version or self.meta.get("sklearn_version"),
            "feature_names": self.feature_names,
            "labels": self.labels,
            "threshold": self.threshold,
        }
        (folder / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n")
        return folder

    @classmethod
    def load(cls, path: str | Path, *, trust_pickle: bool = False) -> BlockModel:
        """Load a saved model folder without running code from it, validating all of it first.

        The trees come from `trees.npz` (plain arrays, evaluated with numpy; independent of the
        installed scikit-learn). A folder without it falls back to its skops file, loaded only
        when it holds nothing but the exact types of a cleanpage model, and turned into the same
        checked arrays. A pickle file is refused unless `trust_pickle` is set: unpickling runs code.
        Anything malformed raises one `ModelError` naming what is wrong (see `model_check`).
        """
        folder = Path(path)
        if folder.is_file() and folder.suffix.lower() in PICKLE_SUFFIXES:
            return _load_pickle(folder, trust_pickle)
        meta_file = folder / META_FILE
        if not meta_file.is_file() or not ((folder / MODEL_FILE).is_file() or (folder / TREES_FILE).is_file()):
            raise ModelError(f"{folder}: not a cleanpage model folder (needs {META_FILE} and {MODEL_FILE} or {TREES_FILE})")
        meta = model_check.read_meta(meta_file)
        if meta.get("format_version") != FORMAT_VERSION:
            raise ModelError(f"{folder}: model format {meta.get('format_version')!r:.40}, this cleanpage reads {FORMAT_VERSION}")
        if meta.get("feature_set_version") != FEATURE_SET_VERSION:
            raise ModelError(
                f"{folder}: trained on feature set {meta.get('feature_set_version')!r:.40}, this cleanpage "
                f"computes feature set {FEATURE_SET_VERSION}; retrain it with `cleanpage train`"
            )
        if not isinstance(meta.get("feature_names"), list) or tuple(meta["feature_names"]) != feature_names():
            raise ModelError(f"{folder}: the model's feature names differ from this cleanpage's; retrain it")
        model_check.check_meta(meta, meta_file)
        if (folder / TREES_FILE).exists():
            stages = model_check.read_trees(folder / TREES_FILE)
        else:  # a folder with only the skops file (as written by cleanpage before 0.1)
            estimators = model_check.read_skops(folder / MODEL_FILE)
            if not _same_sklearn(meta):
                log.warning(
                    "%s was saved with scikit-learn %.20s; re-save it to get version-independent trees",
                    folder,
                    meta.get("sklearn_version"),
                )
            try:
                stages = {name: TreeEnsemble.from_sklearn(est) if est is not None else None for name, est in estimators.items()}
            except Exception as exc:
                raise ModelError(f"{folder / MODEL_FILE}: its classifiers cannot be read as trees: {exc}") from exc
        labels = list(meta["labels"])
        n_features = len(meta["feature_names"])
        if stages["stage1"] is None:
            raise ModelError(f"{folder}: the model has no stage1 trees")
        model_check.check_trees(stages["stage1"], "stage1", n_features, len(labels))
        if stages["stage2"] is not None:
            n_context = context_features(np.zeros((1, len(labels)))).shape[1]
            model_check.check_trees(stages["stage2"], "stage2", n_features + n_context, len(labels))
        if stages["kind"] is not None:
            if "seo_filler" not in labels or not meta.get("filler_kinds"):
                raise ModelError(f"{folder}: a filler-kind model needs the label 'seo_filler' and 'filler_kinds'")
            model_check.check_trees(stages["kind"], "kind", n_features, len(meta["filler_kinds"]))
        return cls(
            stages["stage1"],
            stages["stage2"],
            list(meta["feature_names"]),
            labels,
            float(meta.get("threshold", 0.5)),
            meta,
            stages["kind"],
        )


def _load_pickle(file: Path, trusted: bool) -> BlockModel:
    if not trusted:
        raise UnsafeModel(
            f"{file}: refusing to unpickle a model file, which can run arbitrary code; load it with "
            "trust_pickle=True (CLI: --trust-model) only if you trust its source, then re-save it with "
            "BlockModel.save as a safe model folder"
        )
    import joblib

    try:
        model = joblib.load(file)
    except Exception as exc:
        raise ModelError(f"{file}: cannot load pickled model: {exc}") from exc
    if not isinstance(model, BlockModel):
        raise ModelError(f"{file}: holds a {type(model).__name__}, not a cleanpage BlockModel")
    return model


def _same_sklearn(meta: dict[str, Any]) -> bool:
    """Whether the running scikit-learn has the major.minor version the model was saved with."""
    import sklearn

    saved = str(meta.get("sklearn_version", ""))
    return saved.split(".")[:2] == sklearn.__version__.split(".")[:2]
