"""Shared helpers for the benchmarks: where the labelled datasets are, and the test split."""

from __future__ import annotations

import tarfile
from pathlib import Path

from cleanpage.training.corpus import DATASETS, START_DATASETS, SourcePage, page_site, read_dataset, site_split

REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / ".cache" / "datasets"
SHARED = REPO.parent / "shared" / "datasets"


def dataset_root() -> Path:
    """The unpacked datasets, unpacking ../shared/datasets into .cache/ on first use."""
    missing = [name for name in DATASETS + START_DATASETS if not (CACHE / name).is_dir()]
    if missing:
        if not SHARED.is_dir():
            raise SystemExit(f"datasets not found: unpack them into {CACHE} (see ../shared/datasets/README.md)")
        CACHE.mkdir(parents=True, exist_ok=True)
        for archive in sorted(SHARED.glob("*.tar.xz")):
            with tarfile.open(archive) as tar:
                tar.extractall(CACHE, filter="data")
    return CACHE


def test_pages(datasets=DATASETS) -> list[SourcePage]:
    """Every page of the held-out test split (by site), never used for training or tuning."""
    root = dataset_root()
    return [p for name in datasets for p in read_dataset(root, name) if site_split(page_site(p)) == "test"]


def write_report(name: str, lines: list[str], data: dict | None = None) -> None:
    """Print a result table and keep it as benchmarks/results/NAME.md (and NAME.json with data)."""
    import json

    text = "\n".join(lines) + "\n"
    print(text)
    out = REPO / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / f"{name}.md").write_text(text)
    if data is not None:
        (out / f"{name}.json").write_text(json.dumps(data, indent=1) + "\n")
        from plots import plot

        plot(name, data)
