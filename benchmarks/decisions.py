"""Whether two versions of cleanpage decide the same on every dataset page: the check behind a
change that claims to be exact (a speed-up, a refactor).

    PYTHONPATH=OLD/src python benchmarks/decisions.py --write old.json.gz
    python benchmarks/decisions.py --write new.json.gz
    python benchmarks/decisions.py --compare old.json.gz new.json.gz

`--write` cleans every page of every dataset (all splits; about two minutes) and stores, per
page, the title, author, date and language and, per block, a hash of its text, whether it was
kept, its label, reason, filler kind and content score (six decimals). `--compare` prints how
many pages differ and the first differences. The files are JSON: nothing in them runs.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
from pathlib import Path

from _pages import dataset_root

import cleanpage
from cleanpage.training.corpus import DATASETS, START_DATASETS, read_dataset

SHOWN = 10  # differing pages printed by --compare


def decisions() -> dict[str, list]:
    """Per page id, what cleanpage decided on it."""
    root = dataset_root()
    out: dict[str, list] = {}
    for name in DATASETS + START_DATASETS:
        for page in read_dataset(root, name):
            result = cleanpage.clean(page.html, page.url)
            blocks = [
                [hashlib.sha1(p.text.encode()).hexdigest()[:12], p.kept, p.label, p.reason, p.kind, round(p.score, 6)]
                for p in result.paragraphs
            ]
            out[page.id] = [result.title, result.author, result.date, result.language, result.error, blocks]
    return out


def compare(old: dict[str, list], new: dict[str, list]) -> list[str]:
    """Lines describing the pages whose decisions differ (pages missing from either count too)."""
    lines = []
    for page_id in sorted(old.keys() | new.keys()):
        a, b = old.get(page_id), new.get(page_id)
        if a == b:
            continue
        if a is None or b is None:
            lines.append(f"{page_id}: only in {'the second' if a is None else 'the first'} file")
            continue
        fields = ("title", "author", "date", "language", "error")
        changed = [f"{f} {x!r} -> {y!r}" for f, x, y in zip(fields, a[:5], b[:5]) if x != y]
        blocks = [i for i, (x, y) in enumerate(zip(a[5], b[5])) if x != y]
        if len(a[5]) != len(b[5]):
            changed.append(f"{len(a[5])} -> {len(b[5])} blocks")
        if blocks:
            changed.append(f"blocks {blocks[:8]}{' …' if len(blocks) > 8 else ''}")
        lines.append(f"{page_id}: {'; '.join(changed)}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", metavar="FILE", help="write this cleanpage's decisions to FILE (.json.gz)")
    group.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"), help="compare two files written by --write")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    if args.write:
        data = decisions()
        with gzip.open(args.write, "wt", encoding="utf-8") as f:
            json.dump({"cleanpage": cleanpage.__version__, "pages": data}, f)
        print(f"{len(data)} pages written to {args.write}")
        return
    old, new = (json.loads(gzip.decompress(Path(p).read_bytes()))["pages"] for p in args.compare)
    lines = compare(old, new)
    print(f"{len(old.keys() | new.keys())} pages, {len(lines)} with different decisions")
    for line in lines[:SHOWN]:
        print(" ", line)


if __name__ == "__main__":
    main()
