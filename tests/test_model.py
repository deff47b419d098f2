import json
import os
import pickle

import numpy as np
import pytest
import skops.io as sio

from cleanpage import ModelError
from cleanpage.cleaner import default_model, default_model_path
from cleanpage.features import FEATURE_SET_VERSION, feature_names
from cleanpage.model import (
    META_FILE,
    MODEL_FILE,
    TREES_FILE,
    BlockModel,
    context_features,
)
from cleanpage.portable import TreeEnsemble


class Payload:
    """Would run code if unpickled."""

    def __reduce__(self):
        return (os.system, (f"touch {os.environ.get('CLEANPAGE_PWNED', '/tmp/cleanpage-pwned')}",))


def write_meta(folder, **overrides):
    meta = {
        "format_version": 1,
        "feature_set_version": FEATURE_SET_VERSION,
        "feature_names": list(feature_names()),
        "labels": ["content", "boilerplate", "seo_filler"],
        "threshold": 0.5,
    } | overrides
    (folder / META_FILE).write_text(json.dumps(meta))


def test_default_model_loads_once_and_predicts():
    model = default_model()
    assert default_model() is model
    assert model.labels == ["content", "boilerplate", "seo_filler"]
    assert tuple(model.feature_names) == feature_names()
    assert 0.0 < model.threshold < 1.0
    proba = model.predict_proba(np.zeros((3, len(feature_names())), dtype=np.float32))
    assert proba.shape == (3, 3) and np.allclose(proba.sum(axis=1), 1.0)
    assert model.predict_proba(np.zeros((0, len(feature_names())))).shape == (0, 3)


def test_booby_trapped_pickle_does_not_run(tmp_path, monkeypatch):
    marker = tmp_path / "pwned"
    monkeypatch.setenv("CLEANPAGE_PWNED", str(marker))
    (tmp_path / MODEL_FILE).write_bytes(pickle.dumps({"stage1": Payload(), "stage2": Payload()}))
    write_meta(tmp_path)
    with pytest.raises(ModelError, match="cannot load model"):
        BlockModel.load(tmp_path)
    assert not marker.exists()


def test_booby_trapped_pickle_is_refused_before_unpickling(tmp_path, monkeypatch):
    marker = tmp_path / "pwned"
    monkeypatch.setenv("CLEANPAGE_PWNED", str(marker))
    trap = tmp_path / "model.joblib"
    trap.write_bytes(pickle.dumps(Payload()))
    with pytest.raises(ModelError, match="refusing to unpickle .* trust_pickle=True"):
        BlockModel.load(trap)
    assert not marker.exists()


def test_a_trusted_pickle_loads_only_a_block_model(tmp_path):
    import joblib

    joblib.dump(default_model(), tmp_path / "m.joblib")
    assert BlockModel.load(tmp_path / "m.joblib", trust_pickle=True).labels == default_model().labels
    joblib.dump({"not": "a model"}, tmp_path / "other.pkl")
    with pytest.raises(ModelError, match="holds a dict, not a cleanpage BlockModel"):
        BlockModel.load(tmp_path / "other.pkl", trust_pickle=True)


def test_portable_trees_match_scikit_learn(tmp_path):
    stage1 = sklearn_model().stage1
    assert isinstance(default_model().stage1, TreeEnsemble)  # cleaning never needs scikit-learn
    portable = TreeEnsemble.from_sklearn(stage1)
    rng = np.random.default_rng(1)
    X = rng.normal(size=(300, len(feature_names()))) * 3
    X[rng.random(X.shape) < 0.05] = np.nan  # missing values follow the learned side
    np.testing.assert_allclose(portable.predict_proba(X), stage1.predict_proba(X), atol=1e-9)


def test_portable_walk_is_the_same_however_many_levels_step_at_once(monkeypatch):
    """All pairs step together for the first levels, then only those still inside a tree: the
    leaves reached do not depend on where the walk switches, nor on what a leaf's unused feature
    index holds (a model file may put anything there)."""
    import dataclasses

    trees = default_model().stage1
    rng = np.random.default_rng(2)
    X = rng.normal(size=(200, len(feature_names()))) * 3
    X[rng.random(X.shape) < 0.05] = np.nan
    expected = trees.raw_scores(X)
    assert 0 < trees._dense_steps < 20
    for steps in (0, 1, trees._dense_steps + 3, 40):  # 40: deeper than every tree
        monkeypatch.setattr(TreeEnsemble, "_dense_steps", steps)
        np.testing.assert_array_equal(dataclasses.replace(trees).raw_scores(X), expected)
    odd_leaves = dataclasses.replace(trees, feature=np.where(trees.is_leaf, 10**9, trees.feature))
    np.testing.assert_array_equal(odd_leaves.raw_scores(X), expected)


def sklearn_model() -> BlockModel:
    """The shipped model with the scikit-learn estimators of its skops file."""
    import dataclasses

    import skops.io as sio

    file = default_model_path() / MODEL_FILE
    parts = sio.load(file, trusted=sio.get_untrusted_types(file=file))
    return dataclasses.replace(default_model(), stage1=parts["stage1"], stage2=parts["stage2"], kind_model=parts.get("kind"))


@pytest.mark.parametrize("case", ["skops file unreadable", "saved with another scikit-learn"])
def test_model_survives_a_scikit_learn_upgrade(tmp_path, caplog, case):
    folder = sklearn_model().save(tmp_path / "m")
    assert (folder / MODEL_FILE).is_file()
    if case == "skops file unreadable":  # what an incompatible upgrade does to the skops file
        (folder / MODEL_FILE).write_bytes(b"PK\x03\x04 not a zip any more")
    else:
        meta = json.loads((folder / META_FILE).read_text())
        (folder / META_FILE).write_text(json.dumps(meta | {"sklearn_version": "0.24.2"}))
    loaded = BlockModel.load(folder)
    assert isinstance(loaded.stage1, TreeEnsemble)
    X = np.random.default_rng(0).random((50, len(feature_names())))
    np.testing.assert_allclose(loaded.predict_proba(X), default_model().predict_proba(X), atol=1e-9)
    np.testing.assert_allclose(loaded.predict_proba(X), _sklearn_proba(X), atol=1e-9)
    (folder / TREES_FILE).unlink()
    if case == "skops file unreadable":
        with pytest.raises(ModelError, match="cannot load model"):
            BlockModel.load(folder)
    else:
        with caplog.at_level("WARNING"):
            from_skops = BlockModel.load(folder)
        assert "re-save it" in caplog.text
        assert isinstance(from_skops.stage1, TreeEnsemble)  # cleaning runs on the checked arrays
        np.testing.assert_allclose(from_skops.predict_proba(X), _sklearn_proba(X), atol=1e-9)


def _sklearn_proba(X):
    from cleanpage.model import full_proba

    return full_proba(sklearn_model().stage1, X, 3)


def test_untrusted_types_in_a_skops_file_are_refused(tmp_path):
    sio.dump({"stage1": Payload(), "stage2": None}, tmp_path / MODEL_FILE)
    write_meta(tmp_path)
    with pytest.raises(ModelError, match="refusing to load types that could run code: .*Payload"):
        BlockModel.load(tmp_path)


@pytest.mark.parametrize(
    "override, message",
    [
        ({"format_version": 99}, "model format 99, this cleanpage reads 1"),
        ({"feature_set_version": 0}, "trained on feature set 0"),
        ({"feature_names": ["a", "b"]}, "feature names differ"),
    ],
)
def test_incompatible_models_say_why(tmp_path, override, message):
    folder = tmp_path / "m"
    default_model().save(folder)
    write_meta(folder, **override)
    with pytest.raises(ModelError, match=message):
        BlockModel.load(folder)


def test_save_round_trip_keeps_predictions(tmp_path):
    model = default_model()
    model.save(tmp_path / "copy")
    loaded = BlockModel.load(tmp_path / "copy")
    X = np.random.default_rng(0).random((20, len(feature_names())), dtype=np.float32)
    np.testing.assert_allclose(loaded.predict_proba(X), model.predict_proba(X))
    meta = json.loads((tmp_path / "copy" / META_FILE).read_text())
    assert meta["cleanpage_version"] and meta["sklearn_version"]


def test_context_features_see_neighbours():
    proba = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    ctx = context_features(proba)
    assert ctx.shape[0] == 3
    # columns 3..5 hold the block three before (padding -1 for the first rows)
    assert (ctx[:, 3:6] == -1.0).all()


def test_shipped_model_folder_is_complete():
    folder = default_model_path()
    assert (folder / MODEL_FILE).is_file() and (folder / META_FILE).is_file()
    assert (folder / TREES_FILE).is_file()
    assert sum(f.stat().st_size for f in folder.iterdir()) < 10_000_000


def test_decide_keeps_labels_consistent_with_the_threshold():
    from cleanpage.model import decide

    proba = np.array([[0.30, 0.70, 0.00], [0.20, 0.30, 0.50], [0.90, 0.05, 0.05]])
    kept, labels = decide(proba, ["content", "boilerplate", "seo_filler"], 0.25)
    assert kept.tolist() == [True, False, True]
    assert labels == ["content", "seo_filler", "content"]
    kept, labels = decide(proba, ["content", "boilerplate", "seo_filler"], 0.95)
    assert kept.tolist() == [False, False, False] and labels == ["boilerplate", "seo_filler", "boilerplate"]


def test_a_block_more_likely_filler_than_content_is_filler_whatever_the_threshold():
    from cleanpage.model import decide

    labels = ["content", "boilerplate", "seo_filler"]
    # filler more probable than content and at even odds or more: dropped, though content clears 0.3
    proba = np.array([[0.38, 0.10, 0.52], [0.40, 0.15, 0.45], [0.55, 0.0, 0.45], [0.45, 0.05, 0.50]])
    kept, decided = decide(proba, labels, 0.3)
    assert kept.tolist() == [False, True, True, False]
    assert decided == ["seo_filler", "content", "content", "seo_filler"]
    # a list item or table cell keeps its list's or table's decision against the threshold
    kept, _ = decide(proba, labels, 0.3, pooled=np.array([True, False, False, False]))
    assert kept.tolist() == [True, True, True, False]
    # a model without the filler label decides by the threshold alone
    kept, _ = decide(proba[:, :2], labels[:2], 0.3)
    assert kept.all()


def test_list_items_are_decided_together():
    from cleanpage.model import decide, pool_lists

    proba = np.array([[0.9, 0.1, 0.0], [0.1, 0.1, 0.8], [0.6, 0.0, 0.4], [0.2, 0.1, 0.7], [0.8, 0.2, 0.0]])
    pooled = pool_lists(proba, [range(1, 4)])
    np.testing.assert_allclose(pooled[1:4], np.tile([0.3, 0.2 / 3, 1.9 / 3], (3, 1)))
    np.testing.assert_array_equal(pooled[[0, 4]], proba[[0, 4]])
    assert decide(proba, ["content", "boilerplate", "seo_filler"], 0.5)[0].tolist() == [True, False, True, False, True]
    kept, labels = decide(pooled, ["content", "boilerplate", "seo_filler"], 0.5)
    assert kept.tolist() == [True, False, False, False, True] and labels[1:4] == ["seo_filler"] * 3


def test_blocks_beyond_the_content_envelope_are_filler():
    names = list(feature_names())
    model = BlockModel(
        None, None, names, ["content", "boilerplate", "seo_filler"], meta={"content_envelope": {"keyword_density": 0.4}}
    )
    X = np.zeros((3, len(names)), dtype=np.float32)
    X[:, names.index("keyword_density")] = [0.1, 0.4, 0.6]
    proba = np.array([[0.9, 0.1, 0.0], [0.8, 0.2, 0.0], [0.7, 0.3, 0.0]])
    out = model.apply_envelope(proba, X)
    np.testing.assert_array_equal(out[:2], proba[:2])
    np.testing.assert_array_equal(out[2], [0.0, 0.0, 1.0])
    assert proba[2, 0] == 0.7  # the input is not changed
    model.meta = {}
    assert model.apply_envelope(proba, X) is proba
