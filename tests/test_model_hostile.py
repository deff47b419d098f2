"""Hostile model folders: nothing in them runs, and anything malformed is one clear ModelError.

Each payload is checked to be live (it does run when loaded the way cleanpage used to, by
trusting every type whose name starts with ``numpy.`` or ``sklearn.``), so a refusal here
means the check refused it, not that the payload was broken.
"""

import itertools
import json
import os
import subprocess
import sys
import time
import zipfile

import numpy as np
import pytest
import skops.io as sio

from cleanpage import Cleaner, ModelError
from cleanpage.cleaner import default_model, default_model_path
from cleanpage.model import META_FILE, MODEL_FILE, TREES_FILE, BlockModel

SRC = os.path.join(os.path.dirname(__file__), "..", "src")
_ids = itertools.count(1000)  # skops caches nodes by __id__: each node needs its own


def _str(value):
    return {
        "__class__": "str",
        "__module__": "builtins",
        "__loader__": "JsonNode",
        "content": json.dumps(value),
        "is_json": True,
        "__id__": next(_ids),
    }


def _tuple(*items):
    return {
        "__class__": "tuple",
        "__module__": "builtins",
        "__loader__": "TupleNode",
        "content": list(items),
        "__id__": next(_ids),
    }


def _dict(content=None):
    return {
        "__class__": "dict",
        "__module__": "builtins",
        "__loader__": "DictNode",
        "content": content or {},
        "key_types": {
            "__class__": "list",
            "__module__": "builtins",
            "__loader__": "ListNode",
            "content": [
                {"__class__": "str", "__module__": "builtins", "__loader__": "TypeNode", "__id__": next(_ids)}
                for _ in (content or {})
            ],
            "__id__": next(_ids),
        },
        "__id__": next(_ids),
    }


def payloads(marker):
    """skops nodes that create `marker` when constructed."""
    code = f"open({str(marker)!r}, 'w').write('pwned')"
    return {
        "runstring via ConstructorFromReduceNode": {
            "__class__": "runstring",
            "__module__": "numpy.testing._private.utils",
            "__loader__": "ConstructorFromReduceNode",
            "content": _tuple(_str(code), _dict()),
            "__id__": next(_ids),
        },
        "eval disguised under a numpy module": {
            "__class__": "eval",
            "__module__": "numpy.testing._private.utils.builtins",
            "__loader__": "ConstructorFromReduceNode",
            "content": _tuple(_str(code)),
            "__id__": next(_ids),
        },
        "os.system via a numpy submodule": {
            "__class__": "system",
            "__module__": "numpy.testing._private.utils.os",
            "__loader__": "ConstructorFromReduceNode",
            "content": _tuple(_str(f"touch {marker}")),
            "__id__": next(_ids),
        },
        "operator.attrgetter chain": {
            "__class__": "attrgetter",
            "__module__": "operator",
            "__loader__": "OperatorFuncNode",
            "attrs": _tuple(_str("__class__.__init__.__globals__")),
            "__id__": next(_ids),
        },
    }


def write_skops_folder(folder, node):
    folder.mkdir(parents=True, exist_ok=True)
    schema = _dict({"stage1": node}) | {"protocol": 2, "_skops_version": "0.16.0"}
    with zipfile.ZipFile(folder / MODEL_FILE, "w") as archive:
        archive.writestr("schema.json", json.dumps(schema))
    (folder / META_FILE).write_text((default_model_path() / META_FILE).read_text())
    return folder


def test_the_runstring_payload_is_live_under_the_old_prefix_trust(tmp_path):
    marker = tmp_path / "pwned"
    folder = write_skops_folder(tmp_path / "m", payloads(marker)["runstring via ConstructorFromReduceNode"])
    untrusted = sio.get_untrusted_types(file=folder / MODEL_FILE)
    assert all(t.startswith(("numpy.", "sklearn.")) for t in untrusted)  # passed the old check
    try:
        sio.load(folder / MODEL_FILE, trusted=untrusted)
    except Exception:
        pass
    assert marker.exists()


@pytest.mark.parametrize("name", list(payloads("x")))
def test_malicious_skops_models_are_refused_without_side_effects(tmp_path, name):
    marker = tmp_path / "pwned"
    folder = write_skops_folder(tmp_path / "m", payloads(marker)[name])
    with pytest.raises(ModelError, match="refusing to load types that could run code"):
        BlockModel.load(folder)
    with pytest.raises(ModelError, match="refusing"):
        Cleaner.load(folder)
    with pytest.raises(ModelError, match="refusing"):
        Cleaner(str(folder)).clean("<p>Some text of a page.</p>")
    assert not marker.exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_refuses_a_malicious_model_in_every_process(tmp_path, jobs):
    marker = tmp_path / "pwned"
    folder = write_skops_folder(tmp_path / "m", payloads(marker)["runstring via ConstructorFromReduceNode"])
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(3):
        (pages / f"{i}.html").write_text(f"<p>Page {i} has a paragraph of text in it.</p>")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "cleanpage",
            str(pages),
            "--model",
            str(folder),
            "--jobs",
            jobs,
            "-o",
            str(tmp_path / "out.jsonl"),
        ],
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": SRC},
    )
    assert proc.returncode == 2
    assert "refusing to load types that could run code" in proc.stderr and "Traceback" not in proc.stderr
    assert not marker.exists()


def test_an_ordered_dict_in_a_skops_file_is_a_model_error(tmp_path):
    from collections import OrderedDict

    folder = tmp_path / "m"
    folder.mkdir()
    sio.dump({"stage1": OrderedDict(a=1), "stage2": None}, folder / MODEL_FILE)
    (folder / META_FILE).write_text((default_model_path() / META_FILE).read_text())
    with pytest.raises(ModelError, match="stage stage1 is a OrderedDict, not a HistGradientBoostingClassifier"):
        BlockModel.load(folder)


@pytest.fixture
def shipped_copy(tmp_path):
    folder = tmp_path / "m"
    default_model().save(folder)
    return folder


def rewrite_trees(folder, change):
    with np.load(folder / TREES_FILE) as arrays:
        data = {key: arrays[key].copy() for key in arrays.files}
    change(data)
    np.savez(folder / TREES_FILE, **data)


def _first_inner(data):
    return int(np.flatnonzero(~data["stage1_is_leaf"])[0])


def _cycle(data):
    node = _first_inner(data)
    data["stage1_left"][node] = node  # a walk that never ends


def _out_of_range(data):
    data["stage1_right"][_first_inner(data)] = 10**9


def _empty(data):
    for key in [k for k in data if k.startswith("stage1_") and k not in ("stage1_baseline", "stage1_classes")]:
        data[key] = data[key][:0]


def _bad_feature(data):
    data["stage1_feature"][_first_inner(data)] = 10**6


def _float_indices(data):
    data["stage1_left"] = data["stage1_left"].astype(np.float64)


def _other_tree(data):
    roots = data["stage1_roots"]
    data["stage1_right"][_first_inner(data)] = int(roots[1]) + 1  # into the next tree


def _missing_array(data):
    del data["stage1_value"]


def _bad_classes(data):
    data["stage1_classes"] = np.array([0, 1, 7])


@pytest.mark.parametrize(
    "change, message",
    [
        (_cycle, "left child index points backwards"),
        (_out_of_range, "right child index points backwards or outside its tree"),
        (_other_tree, "right child index points backwards or outside its tree"),
        (_empty, "roots|non-empty"),
        (_bad_feature, "feature index outside"),
        (_float_indices, "array 'left' must be one-dimensional of kind 'iu'"),
        (_missing_array, "missing arrays value"),
        (_bad_classes, "distinct indices below 3"),
    ],
)
def test_malformed_trees_are_refused_at_load(shipped_copy, change, message):
    rewrite_trees(shipped_copy, change)
    start = time.perf_counter()
    with pytest.raises(ModelError, match=message):
        BlockModel.load(shipped_copy)
    assert time.perf_counter() - start < 5


def test_a_trees_file_that_inflates_past_the_limit_is_refused_unread(shipped_copy, monkeypatch):
    import cleanpage.model_check as model_check

    monkeypatch.setattr(model_check, "MAX_TREES_BYTES", 50_000_000)  # the real limit is 256 MB; same code path
    target = shipped_copy / TREES_FILE
    target.unlink()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive, archive.open("stage1_value.npy", "w") as fh:
        chunk = bytes(1 << 20)
        for _ in range(60):
            fh.write(chunk)
    assert target.stat().st_size < 200_000
    with pytest.raises(ModelError, match="inflate to 62914560 bytes, more than the limit"):
        BlockModel.load(shipped_copy)


def test_a_symlinked_trees_file_to_text_is_not_an_npz(shipped_copy, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("just some words\n")
    (shipped_copy / TREES_FILE).unlink()
    (shipped_copy / TREES_FILE).symlink_to(text)
    with pytest.raises(ModelError, match="not an npz file"):
        BlockModel.load(shipped_copy)


def test_unexpected_members_in_the_trees_file_are_refused(shipped_copy):
    with zipfile.ZipFile(shipped_copy / TREES_FILE, "a") as archive:
        archive.writestr("../../etc/passwd.npy", b"x")
    with pytest.raises(ModelError, match="unexpected arrays"):
        BlockModel.load(shipped_copy)


@pytest.mark.parametrize(
    "override, message",
    [
        ({"threshold": [1, 2]}, "'threshold' must be a number between 0 and 1"),
        ({"threshold": 1.5}, "'threshold' must be a number between 0 and 1"),
        ({"threshold": True}, "'threshold' must be a number"),
        ({"labels": None}, "'labels' must be a non-empty list"),
        ({"labels": []}, "'labels' must be a non-empty list"),
        ({"labels": ["boilerplate", "seo_filler", "other"]}, "including 'content'"),
        ({"labels": ["content", "content", "seo_filler"]}, "distinct"),
        ({"signal_mode": "../../etc/passwd"}, "'signal_mode' must be one of"),
        ({"content_envelope": {"../../etc/passwd": 0.5}}, "'content_envelope' names an unknown feature"),
        ({"content_envelope": {"keyword_density": "x"}}, "limit of keyword_density must be a finite number"),
        ({"content_envelope": []}, "'content_envelope' must be an object"),
        ({"filler_kinds": None}, "'filler_kinds' must be a list"),
        ({"filler_kinds": ["summary"]}, "classes .* distinct indices below 1"),
        ({"feature_names": None}, "feature names differ"),
    ],
)
def test_malformed_metadata_is_refused_at_load(shipped_copy, override, message):
    meta = json.loads((shipped_copy / META_FILE).read_text())
    (shipped_copy / META_FILE).write_text(json.dumps(meta | override))
    with pytest.raises(ModelError, match=message):
        BlockModel.load(shipped_copy)


def test_deeply_nested_metadata_is_a_model_error(shipped_copy):
    (shipped_copy / META_FILE).write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(ModelError, match="nested too deeply|must be a JSON object"):
        BlockModel.load(shipped_copy)


def test_oversized_metadata_is_refused_unread(shipped_copy):
    (shipped_copy / META_FILE).write_text(" " * 2_000_000 + "{}")
    with pytest.raises(ModelError, match="more than the 1000000 a model's metadata may have"):
        BlockModel.load(shipped_copy)


def test_a_saved_model_still_loads_and_cleans(shipped_copy):
    page = os.path.dirname(__file__) + "/fixtures/article.html"
    with open(page, "rb") as fh:
        markup = fh.read()
    expected = Cleaner().clean(markup).text
    assert expected and Cleaner.load(shipped_copy).clean(markup).text == expected
