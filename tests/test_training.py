import random
import re

import numpy as np
import pytest
from faker import Faker

from cleanpage.model import BlockModel
from cleanpage.records import Block
from cleanpage.training.corpus import (
    GoldIndex,
    SourcePage,
    align_labels,
    read_corpus,
    site_split,
    write_corpus,
)
from cleanpage.training.evaluate import block_scores, macro_scores, page_score
from cleanpage.training.synth import FAMILIES, plant_filler, render_text
from cleanpage.training.train import (
    THRESHOLD_GRID,
    TrainConfig,
    augment,
    evaluate_pages,
    featurize,
    fit_model,
    page_probas,
    page_text,
    train,
)


@pytest.fixture(scope="module")
def mini(fixtures):
    return list(read_corpus(fixtures / "mini-corpus.jsonl.gz"))


def test_corpus_round_trip(tmp_path, mini):
    for name in ("c.jsonl", "c.jsonl.gz", "c.jsonl.xz"):
        write_corpus(mini[:3], tmp_path / name)
        back = list(read_corpus(tmp_path / name))
        assert [p.to_json() for p in back] == [p.to_json() for p in mini[:3]]


def test_read_corpus_filters_splits(fixtures):
    pages = list(read_corpus(fixtures / "mini-corpus.jsonl.gz", splits=("dev",)))
    assert pages and {p.split for p in pages} == {"dev"}


def test_split_is_a_fixed_function_of_the_site():
    assert site_split("bbc.co.uk") == site_split("bbc.co.uk")
    shares = [site_split(f"site{i}.example") for i in range(2000)]
    assert 0.65 < shares.count("train") / 2000 < 0.75
    assert 0.12 < shares.count("test") / 2000 < 0.18


def test_alignment_is_fuzzy_about_whitespace_case_and_punctuation():
    gold = "The  QUICK brown fox -- jumps over the lazy dog.\nShort line"
    index = GoldIndex(gold)
    assert index.coverage("the quick brown fox jumps over the lazy dog") == 1.0
    assert index.coverage("Short line") == 1.0
    assert index.coverage("Totally unrelated words here") == 0.0
    blocks = [Block(text="the quick brown fox jumps over", index=0), Block(text="Home", index=1)]
    labels, kinds = align_labels(blocks, SourcePage("x", "d", "", gold_text=gold))
    assert labels == ["content", "boilerplate"] and kinds == [None, None]


def test_typed_gold_keeps_kinds():
    page = SourcePage(
        "x",
        "page-signal-master",
        "",
        gold_text="",
        gold_kinds={"full_text": ["Body words of the story go here"], "comments": ["I disagree with this story strongly"]},
    )
    blocks = [Block(text="Body words of the story go here", index=0), Block(text="I disagree with this story strongly", index=1)]
    labels, kinds = align_labels(blocks, page)
    assert labels == ["content", "boilerplate"] and kinds == ["full_text", "comments"]


def test_shingle_scores():
    assert page_score("a b c d e", "a b c d e").f1 == 1.0
    s = page_score("a b c d e f", "a b c d e")  # 3 predicted shingles, 2 gold, 2 shared
    assert (s.precision, s.recall) == (pytest.approx(2 / 3), 1.0)
    assert page_score("", "a b c d").f1 == 0.0
    assert page_score("", "").f1 == 1.0
    assert macro_scores([page_score("a b c d", "a b c d"), page_score("", "a b c d")])["f1"] == 0.5


def test_block_scores():
    scores = block_scores(
        ["content", "boilerplate", "content"], ["content", "content", "boilerplate"], ["content", "boilerplate"]
    )
    assert scores["content"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}


@pytest.mark.parametrize("family", FAMILIES)
def test_planted_filler_is_labelled_exactly(mini, family):
    page = mini[0]
    planted = plant_filler(page, random.Random(1), Faker(), (family,))
    added = [k for k, lab in zip(planted.kinds, planted.labels) if lab == "seo_filler"]
    assert added and set(added) == {family}
    assert len(planted.blocks) == len(page.blocks) + len(added)
    originals = [b.text for b, lab in zip(planted.blocks, planted.labels) if lab != "seo_filler"]
    assert originals == [b.text for b in page.blocks]


def test_title_spam_copies_the_title_or_adds_a_reprint_bar():
    from cleanpage.training.synth import BAR_ITEMS, title_spam

    outputs = [title_spam(random.Random(seed), Faker(), [], "Storm Hits the Coast") for seed in range(60)]
    copies = [text for out in outputs for text, _ in out if text.startswith("Storm Hits the Coast")]
    bars = [text for out in outputs for text, _ in out if not text.startswith("Storm Hits the Coast")]
    assert copies and bars and len(copies) + len(bars) == sum(map(len, outputs))
    assert all(text != "Storm Hits the Coast" for text in copies)  # always with a suffix
    assert all(sum(item in text for item in BAR_ITEMS) >= 2 for text in bars)


def test_synthesis_is_deterministic_for_a_seed(mini):
    config = TrainConfig(seed=3, n_jobs=1)
    a = [p.to_json() for p in augment(mini[:5], config)]
    b = [p.to_json() for p in augment(mini[:5], config)]
    assert a == b


def test_synthesis_does_not_depend_on_the_clock(mini, monkeypatch):
    """Planted bios and widgets carry dates: drawn up to a fixed day, the same seed plants the same
    pages five years on (faker's date providers draw up to the clock)."""
    from datetime import timedelta

    import faker.providers.date_time as faker_dates

    config = TrainConfig(seed=3, n_jobs=1, filler_share=1.0, families=("author_bio", "rating_widget"))
    now = [p.to_json() for p in augment(mini[:5], config)]
    real_datetime, real_date, five_years = faker_dates.datetime, faker_dates.dtdate, timedelta(days=5 * 365)

    class Later(real_datetime):
        @classmethod
        def now(cls, tz=None):
            return real_datetime.now(tz) + five_years

    class LaterDate(real_date):
        @classmethod
        def today(cls):
            return real_date.today() + five_years

    monkeypatch.setattr(faker_dates, "datetime", Later)
    monkeypatch.setattr(faker_dates, "dtdate", LaterDate)
    later = [p.to_json() for p in augment(mini[:5], config)]
    dated = [b["text"] for page in now for b in page["blocks"] if re.search(r"\b(?:19|20)\d\d\b", b["text"])]
    assert any(text.startswith(("Birthday", "Date of birth", "Born", "DOB")) for text in dated)  # dates were planted
    assert later == now


def test_text_rendering_keeps_labels(mini):
    page = plant_filler(mini[1], random.Random(2), Faker(), ("author_bio",))
    text = render_text(page, random.Random(0), keep_boilerplate=1.0)
    assert all(b.source == "text" for b in text.blocks)
    assert "seo_filler" in text.labels and "content" in text.labels


def test_train_save_load_and_evaluate(tmp_path, mini):
    config = TrainConfig(seed=0, max_iter=15, n_folds=2, n_jobs=1)
    model, report = train([p for p in mini if p.split == "train"], [p for p in mini if p.split == "dev"], config)
    assert report.threshold in THRESHOLD_GRID
    assert report.dev["pages"]["f1"] > 0.5
    # the threshold is the grid's best on dev: no other threshold scores higher
    dev = augment([p for p in mini if p.split == "dev"], config, seed_offset=1)
    probas = page_probas(model, dev, featurize(dev, 1))

    def dev_f1(t):
        return macro_scores([page_score(page_text(p, pr, model.labels, t), p.gold_text) for p, pr in zip(dev, probas)])["f1"]

    chosen = dev_f1(report.threshold)
    assert chosen == pytest.approx(report.dev["pages"]["f1"], abs=1e-9)
    assert all(dev_f1(t) <= chosen + 1e-9 for t in THRESHOLD_GRID)
    model.save(tmp_path / "m")
    loaded = BlockModel.load(tmp_path / "m")
    test_pages = [p for p in mini if p.split == "test"]
    assert evaluate_pages(loaded, test_pages, n_jobs=1) == evaluate_pages(model, test_pages, n_jobs=1)
    assert loaded.meta["train_config"]["seed"] == 0


def test_training_is_deterministic(mini):
    pages = [p for p in mini if p.split == "train"][:6]
    config = TrainConfig(seed=1, max_iter=5, n_folds=2, n_jobs=1, families=())
    a, b = fit_model(pages, config), fit_model(pages, config)
    from cleanpage.features import page_features

    X = page_features(pages[0].blocks, pages[0].signals, pages[0].title)
    np.testing.assert_array_equal(a.predict_proba(X), b.predict_proba(X))


def test_user_folder_of_page_and_gold_pairs(tmp_path, article_html):
    from cleanpage.training.corpus import build_corpus

    (tmp_path / "mine" / "input").mkdir(parents=True)
    (tmp_path / "mine" / "GoldStandard").mkdir()
    (tmp_path / "mine" / "input" / "a.html").write_text(article_html, encoding="utf-8")
    gold = (
        "River towns brace for the spring flood season\n"
        "Residents of the three river towns north of the dam spent the weekend filling sandbags, as forecasters "
        "warned that an unusually heavy snowpack in the mountains could send the river over its banks within a fortnight."
    )
    (tmp_path / "mine" / "GoldStandard" / "a.txt").write_text(gold, encoding="utf-8")
    report = build_corpus(tmp_path, tmp_path / "c.jsonl", datasets=["mine"], n_jobs=1)
    assert report["mine"]["pages_labelled"] == 1
    (page,) = read_corpus(tmp_path / "c.jsonl")
    content = [b.text for b, lab in zip(page.blocks, page.labels) if lab == "content"]
    assert content == [gold.split("\n")[1]]  # the headline is the title, not body (data/README.md)
    assert page.gold_text == gold.split("\n")[1]
    assert page.site == "valleycourier.example"


def test_stacked_second_stage_is_trained_and_used(mini):
    pages = [p for p in mini if p.split == "train"][:8]
    model = fit_model(pages, TrainConfig(seed=0, max_iter=5, n_folds=2, n_jobs=1, families=(), stacked=True))
    assert model.stage2 is not None
    from cleanpage.features import page_features
    from cleanpage.model import full_proba

    X = page_features(pages[0].blocks, pages[0].signals, pages[0].title)
    assert not np.array_equal(model.predict_proba(X), full_proba(model.stage1, X, 3))
    single = fit_model(pages, TrainConfig(seed=0, max_iter=5, n_jobs=1, families=()))
    assert single.stage2 is None
    np.testing.assert_array_equal(single.predict_proba(X), full_proba(single.stage1, X, 3))


def test_flat_html_rendering_flattens_the_dom_and_keeps_labels(mini):
    from cleanpage.training.synth import render_flat_html

    page = plant_filler(mini[2], random.Random(4), Faker(), ("generated_summary",))
    flat = render_flat_html(page, random.Random(0))
    assert {b.ancestors for b in flat.blocks} == {frozenset({"body", "div"})}
    assert all(b.source == "html" for b in flat.blocks)
    assert flat.labels.count("seo_filler") == page.labels.count("seo_filler")
    assert flat.labels.count("content") == page.labels.count("content")
    filler = [b.text for b, lab in zip(flat.blocks, flat.labels) if lab == "seo_filler"]
    assert all(t in flat.signals.main_text for t in filler)


def _article_source(article_html: str) -> SourcePage:
    from cleanpage import clean

    gold = clean(article_html).text
    return SourcePage(id="valley/a", dataset="mine", html=article_html, url="https://valleycourier.example/a", gold_text=gold)


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_filler_planted_into_html_sits_in_the_article_container_with_exact_labels(article_html, seed):
    from cleanpage.parse import parse_html
    from cleanpage.training.plant_html import MARK, synth_page

    source = _article_source(article_html)
    page = synth_page(source, seed, Faker(), signal_mode="baseline")
    assert page is not None and page.id == "valley/a#planted"
    filler = [(b, k) for b, lab, k in zip(page.blocks, page.labels, page.kinds) if lab == "seo_filler"]
    assert filler and {k for _, k in filler} <= set(FAMILIES)
    assert all(MARK not in b.path for b, _ in filler)
    # the page's own blocks are all still there, in order, with their labels
    own = [b.text for b, lab in zip(page.blocks, page.labels) if lab != "seo_filler"]
    assert own == [b.text for b in parse_html(article_html)[0]]
    # planted inside the article's container (the fixture's <article>)
    assert all("article" in b.ancestors for b, _ in filler)
    again = synth_page(source, seed, Faker(), signal_mode="baseline")
    assert again.to_json() == page.to_json()


def test_planting_takes_a_benchmarks_own_generators(article_html):
    """A benchmark brings filler in its own wording (benchmarks/filler_unseen.py): it is planted and
    labelled with the family it stands for, and nothing of the training generators' is."""
    from cleanpage.training.plant_html import synth_page

    def own_words(rng, faker, sentences, title):
        return [("Grab a coffee, this one is long.", "p"), ("People Also Ask", "h3")]

    page = synth_page(
        _article_source(article_html),
        0,
        Faker(),
        families=("generated_summary",),
        signal_mode="baseline",
        generators={"generated_summary": own_words},
    )
    filler = [(b.text, k) for b, lab, k in zip(page.blocks, page.labels, page.kinds) if lab == "seo_filler"]
    assert filler == [("Grab a coffee, this one is long.", "generated_summary"), ("People Also Ask", "generated_summary")]


def test_synth_cli_writes_a_corpus_with_kinds(tmp_path, article_html):
    import subprocess
    import sys

    folder = tmp_path / "data" / "mine"
    (folder / "input").mkdir(parents=True)
    (folder / "GoldStandard").mkdir()
    source = _article_source(article_html)
    (folder / "input" / "a.html").write_text(article_html, encoding="utf-8")
    (folder / "GoldStandard" / "a.txt").write_text(source.gold_text, encoding="utf-8")
    out = tmp_path / "synth.jsonl.gz"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "cleanpage",
            "synth",
            str(tmp_path / "data"),
            "-o",
            str(out),
            "--datasets",
            "mine",
            "--text-share",
            "1",
            "--jobs",
            "1",
        ],
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    pages = list(read_corpus(out))
    assert [p.id for p in pages] == ["mine/a#planted", "mine/a#planted#text"]
    assert all("seo_filler" in p.labels for p in pages)


def test_kind_model_names_the_filler_family(mini):
    pages = augment([p for p in mini if p.split == "train"], TrainConfig(seed=0, filler_share=1.0, n_jobs=1))
    model = fit_model(pages, TrainConfig(seed=0, max_iter=20, n_jobs=1))
    assert model.filler_kinds == sorted(FAMILIES)
    from cleanpage.features import page_features

    page = next(p for p in pages if "seo_filler" in p.labels)
    rows = [i for i, lab in enumerate(page.labels) if lab == "seo_filler"]
    predicted = model.predict_kinds(page_features(page.blocks, page.signals, page.title)[rows])
    truth = [page.kinds[i] for i in rows]
    assert sum(p == t for p, t in zip(predicted, truth)) / len(rows) > 0.7


def test_content_envelope_is_set_by_article_text_alone():
    from cleanpage.features import feature_names
    from cleanpage.records import Signals
    from cleanpage.training.corpus import LabelledPage
    from cleanpage.training.train import content_envelope

    names = list(feature_names())
    column = names.index("keyword_density")

    def page(labels):
        blocks = [Block(text=f"block {i}", index=i) for i in range(len(labels))]
        return LabelledPage(
            id="p",
            dataset="d",
            site="s",
            split="train",
            url=None,
            title=None,
            blocks=blocks,
            labels=labels,
            kinds=[None] * len(labels),
            signals=Signals(),
            gold_text="",
        )

    pages = [page(["content"] * 4 + ["boilerplate"]), page(["content", "seo_filler"])]
    X = np.zeros((7, len(names)))
    X[:, column] = [0.0, 0.1, 0.2, 0.3, 0.9, 0.8, 0.95]  # zeros (short blocks) and non-content do not count
    y = np.array([0, 0, 0, 0, 1, 0, 2])
    limits = content_envelope(pages, X, y, names, TrainConfig(envelope_quantile=1.0))
    assert limits == {"keyword_density": pytest.approx(0.3)}
    assert content_envelope(pages, X, y, names, TrainConfig(envelope_quantile=None)) == {}
    with pytest.raises(ValueError, match="envelope_quantile"):
        TrainConfig(envelope_quantile=1.5)
    with pytest.raises(ValueError, match="unknown envelope features"):
        TrainConfig(envelope_features=("no_such_feature",))


def test_the_trees_do_not_read_envelope_features(mini, monkeypatch):
    from cleanpage.features import feature_names
    from cleanpage.training import train as train_module

    column = list(feature_names()).index("keyword_density")
    fitted = []
    real_estimator = train_module._estimator

    def recording_estimator(config, seed):
        estimator = real_estimator(config, seed)
        fit = estimator.fit
        estimator.fit = lambda X, y, **kw: (fitted.append(X), fit(X, y, **kw))[1]
        return estimator

    monkeypatch.setattr(train_module, "_estimator", recording_estimator)
    pages = [p for p in mini if p.split == "train"][:6]
    model = fit_model(pages, TrainConfig(seed=0, max_iter=5, n_jobs=1))
    assert set(model.content_envelope) == {"keyword_density"} and model.content_envelope["keyword_density"] > 0
    assert fitted and all(not X[:, column].any() for X in fitted)
    assert fit_model(pages, TrainConfig(seed=0, max_iter=5, n_jobs=1, envelope_features=())).content_envelope == {}
    assert fitted[-1][:, column].any()  # without the envelope it is an ordinary tree input


def test_train_refuses_mixed_signal_modes_before_fitting(tmp_path, mini, monkeypatch):
    """A corpus built with one trafilatura signal and filler planted with another would train a
    model whose features mean two things: refused at once, not after minutes of fitting."""
    import subprocess
    import sys
    import time
    from dataclasses import replace

    html = [p for p in mini if p.blocks and p.blocks[0].source == "html"]
    fast = [replace(p, signals=replace(p.signals, mode="fast")) for p in html]
    slow = [replace(p, id=p.id + "-b", signals=replace(p.signals, mode="baseline")) for p in html]
    write_corpus(fast, tmp_path / "a.jsonl")
    write_corpus(slow, tmp_path / "b.jsonl")
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cleanpage",
            "train",
            str(tmp_path / "a.jsonl"),
            str(tmp_path / "b.jsonl"),
            "-o",
            str(tmp_path / "m"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 2 and "signal modes" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "m").exists()
    assert time.monotonic() - started < 60

    def no_fitting(*args, **kwargs):
        raise AssertionError("fitting started before the inputs were checked")

    import cleanpage.training.train as training

    monkeypatch.setattr(training, "fit_model", no_fitting)
    monkeypatch.setattr(training, "augment", no_fitting)
    with pytest.raises(ValueError, match="signal modes"):
        train(fast, slow, TrainConfig(max_iter=2, n_jobs=1))


def test_block_scores_say_undefined_not_zero():
    scores = block_scores(["content", "boilerplate"], ["content", "boilerplate"], ["content", "boilerplate", "seo_filler"])
    assert scores["seo_filler"] == {"precision": None, "recall": None, "f1": None, "support": 0}
    assert scores["content"]["f1"] == 1.0
