"""SEO filler: leak per family, in distribution and leave-one-family-out.

    python benchmarks/filler.py [--corpus data/corpus/cleanpage-corpus.jsonl.xz] [--synth FILE ...]

Test pages: every test-split page (held-out sites) of the labelled datasets, with filler planted
into its HTML by `cleanpage synth` (seed 1000, never used in training), plus plain-text
renderings of a share of them. For each family the script trains a model on the corpus's train
split without that family, and one model with all families (in distribution), then measures on
the planted test pages:

- leak: share of the family's token 4-gram shingles still in the output (shingles that also
  occur in the page's own text do not count: a summary restates the article);
- content recall: share of the article's shingles kept, absolute and relative to what the same
  model keeps of the page without filler (for the model with every family, and for each
  left-out model on all the planted pages).

Each left-out model is measured twice: as the cleaner runs it, and with the trees alone ("trees
only", no content envelope). The envelope's limits come from the article text of the training
corpus, never from filler, so they hold for a left-out family as much as for a trained one.

It also trains without any filler and reports page F1 on the clean test split for both, so the
cost of filler training is measured. Writes benchmarks/results/filler.{md,json}.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import platform
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
from _pages import REPO, dataset_root, write_report

import cleanpage
from cleanpage import parse
from cleanpage.model import BlockModel
from cleanpage.training import plant_html, synth
from cleanpage.training.corpus import DATASETS, read_corpus
from cleanpage.training.evaluate import shingles as shingle_counts
from cleanpage.training.plant_html import synth_corpus
from cleanpage.training.synth import FAMILIES
from cleanpage.training.train import TrainConfig, evaluate_pages, featurize, page_probas, page_text, train

WORK = REPO / ".cache" / "filler"
TEST_SEED = 1000


def generator_digest(generators: Mapping[str, synth.Generator] = synth.GENERATORS) -> str:
    """A short digest of the filler generators' code (`synth`'s, or a benchmark's own: the files
    that define them) and of the parser that cuts the planted pages into blocks: cached test pages
    are rebuilt when any changes."""
    files = [Path(module.__file__) for module in (synth, plant_html, parse)]
    files += sorted({Path(inspect.getfile(g)) for g in generators.values()} - set(files))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def planted_test_pages(n_jobs: int, seed: int = TEST_SEED, generators: Mapping[str, synth.Generator] = synth.GENERATORS) -> Path:
    """Test-split pages with filler planted by `generators` (`synth_corpus`, cached under
    .cache/filler): one family per generator."""
    path = WORK / f"test-planted-{seed}-{generator_digest(generators)}.jsonl.gz"
    if not path.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        synth_corpus(
            dataset_root(),
            path,
            DATASETS,
            splits=("test",),
            families=tuple(generators),
            seed=seed,
            text_share=0.3,
            signal_mode="baseline",
            n_jobs=n_jobs,
            generators=generators,
        )
    return path


def shingles(text: str) -> set:
    return set(shingle_counts(text))


def kept_shingles(page, proba: np.ndarray, model: BlockModel) -> set:
    return shingles(page_text(page, proba, model.labels, model.threshold))


def measure(model, planted, planted_feats, clean_pages, clean_feats) -> dict:
    """Per family: leaked and total filler shingles; content shingles kept (absolute, relative)."""
    probas = page_probas(model, planted, planted_feats)
    clean_kept = {c.id: kept_shingles(c, pr, model) for c, pr in zip(clean_pages, page_probas(model, clean_pages, clean_feats))}
    clean_of = [clean_kept.get(p.id.split("#")[0]) for p in planted]
    stats = {f: {"filler": 0, "leaked": 0} for f in FAMILIES}
    content_total = content_kept = rel_total = rel_kept = 0
    for page, proba, clean in zip(planted, probas, clean_of):
        out = kept_shingles(page, proba, model)
        own = shingles(" ".join(b.text for b, lab in zip(page.blocks, page.labels) if lab != "seo_filler"))
        content = shingles(" ".join(b.text for b, lab in zip(page.blocks, page.labels) if lab == "content"))
        for family in FAMILIES:
            text = " ".join(
                b.text for b, k, lab in zip(page.blocks, page.kinds, page.labels) if lab == "seo_filler" and k == family
            )
            fam = shingles(text) - own
            stats[family]["filler"] += len(fam)
            stats[family]["leaked"] += len(fam & out)
        content_total += len(content)
        content_kept += len(content & out)
        if clean is not None:
            base = clean & content
            rel_total += len(base)
            rel_kept += len(base & out)
    return {
        "families": {
            f: {"leak": s["leaked"] / s["filler"] if s["filler"] else None, "filler_shingles": s["filler"]}
            for f, s in stats.items()
        },
        "content_recall": content_kept / max(content_total, 1),
        "content_recall_vs_clean_page": rel_kept / max(rel_total, 1),
    }


def without_envelope(model: BlockModel) -> BlockModel:
    """The same trees with no content envelope: what they learned alone."""
    return replace(model, meta={k: v for k, v in model.meta.items() if k != "content_envelope"})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", default=str(REPO / "data" / "corpus" / "cleanpage-corpus.jsonl.xz"))
    ap.add_argument("--synth", nargs="*", default=[], help="synthetic corpora (`cleanpage synth`) also used in training")
    ap.add_argument("--families", default=",".join(FAMILIES), help="families to leave out, one model each")
    ap.add_argument(
        "--model",
        help="the model trained on all families with this recipe, if already built "
        "(e.g. the shipped one), instead of training it again",
    )
    ap.add_argument(
        "--no-baseline",
        action="store_true",
        help="skip training the model without filler (its clean-page F1 is then not reported)",
    )
    ap.add_argument("--jobs", type=int, default=-1)
    args = ap.parse_args()

    base = list(read_corpus(args.corpus))
    synth_pages = [p for path in args.synth for p in read_corpus(path, splits=("train", "dev"))]
    train_pages = [p for p in base if p.split == "train"] + [p for p in synth_pages if p.split == "train"]
    dev_pages = [p for p in base if p.split == "dev"] + [p for p in synth_pages if p.split == "dev"]
    clean_test = [p for p in base if p.split == "test"]
    planted = list(read_corpus(planted_test_pages(args.jobs)))
    print(f"{len(train_pages)} training pages, {len(planted)} planted test pages")

    def fit(families: tuple[str, ...]):
        left_out = set(FAMILIES) - set(families)
        keep = [p for p in train_pages + dev_pages if not left_out.intersection(p.kinds)]
        model, _ = train(
            [p for p in keep if p.split == "train"],
            [p for p in keep if p.split == "dev"],
            TrainConfig(families=families, n_jobs=args.jobs),
        )
        return model

    planted_feats = featurize(planted, args.jobs)
    source_ids = {p.id.split("#")[0] for p in planted}
    clean_present = [p for p in clean_test if p.id in source_ids]
    clean_feats = featurize(clean_present, args.jobs)

    def measured(model):
        return measure(model, planted, planted_feats, clean_present, clean_feats)

    results: dict = {}
    full = BlockModel.load(args.model) if args.model else fit(FAMILIES)
    results["all families"] = measured(full)
    results["all families"]["clean_test_f1"] = evaluate_pages(full, clean_test)["pages"]["f1"]
    results["all families"]["content_envelope"] = full.content_envelope
    if not args.no_baseline:
        none = fit(())
        results["no filler"] = {"clean_test_f1": evaluate_pages(none, clean_test)["pages"]["f1"]}
    for family in [f for f in args.families.split(",") if f]:
        model = fit(tuple(f for f in FAMILIES if f != family))
        results[f"without {family}"] = measured(model)
        results[f"without {family}"]["trees only"] = measured(without_envelope(model))["families"][family]
        print(family, json.dumps(results[f"without {family}"]["families"][family]))

    lofo = {f: results[f"without {f}"]["families"][f]["leak"] for f in FAMILIES if f"without {f}" in results}
    trees_only = {f: results[f"without {f}"]["trees only"]["leak"] for f in lofo}
    ind = results["all families"]
    left_out = [v for v in lofo.values() if v is not None]
    lines = [
        f"# SEO filler ({date.today()}, cleanpage {cleanpage.__version__}, Python {platform.python_version()})",
        "",
        f"{len(planted)} test-split pages with filler planted in their HTML (or rendered as text), seed {TEST_SEED}; "
        f"{len(train_pages)} training pages.",
        "",
        "| family | leak, in distribution | leak, left out of training | left out, trees only | "
        "content recall, left out (of clean page / absolute) | filler shingles |",
        "|---|---:|---:|---:|---:|---:|",
        *(
            f"| {f} | {_pct(ind['families'][f]['leak'])} | {_pct(lofo.get(f))} | {_pct(trees_only.get(f))} | "
            f"{_recall(results.get(f'without {f}'))} | {ind['families'][f]['filler_shingles']} |"
            for f in FAMILIES
        ),
        "",
        (
            f"Leave-one-family-out: mean leak **{_pct(np.mean(left_out))}**, worst {_pct(max(left_out))}. "
            if left_out
            else "No family was left out of training (--families): the in-distribution column only. "
        )
        + '"Trees only" is the same left-out model without its content envelope '
        "(limits from the training corpus's article text: "
        f"{', '.join(f'{k} ≤ {v:.3f}' for k, v in ind['content_envelope'].items()) or 'none'}).",
        "",
        f"Content recall with filler planted (all families trained): {_pct(ind['content_recall'])} of the article's "
        f"shingles; {_pct(ind['content_recall_vs_clean_page'])} of what the model keeps of the same page without filler.",
        "",
        f"Clean test split page F1: trained with filler {results['all families']['clean_test_f1']:.4f}"
        + (
            f", without {results['no filler']['clean_test_f1']:.4f} (difference "
            f"{results['all families']['clean_test_f1'] - results['no filler']['clean_test_f1']:+.4f})."
            if "no filler" in results
            else " (the model without filler was not trained: --no-baseline)."
        ),
    ]
    # Without left-out families (a quick check of a new model) the full table is not overwritten.
    write_report("filler" if lofo else "filler_in_distribution", lines, results)


def _recall(measured: dict | None) -> str:
    if measured is None:
        return "n/a"
    return f"{_pct(measured['content_recall_vs_clean_page'])} / {_pct(measured['content_recall'])}"


def _pct(value) -> str:
    return "n/a" if value is None else f"{100 * value:.1f} %"


if __name__ == "__main__":
    main()
