"""Blocks that are not article body but look like it, and how many the cleaner keeps.

    python benchmarks/not_body.py [--corpus data/corpus/cleanpage-corpus.jsonl.xz] [--before KEPT.json]
    python benchmarks/not_body.py --write-kept KEPT.json   # with another cleanpage on PYTHONPATH

On the held-out test split of the corpus, it finds the kinds of blocks the article-body
convention excludes and cleaners tend to keep: headline copies, bylines and datelines,
captions and photo credits, reader comments, related-story teasers, and prompts/legal
footers. A block counts only where its gold label says it is not body. The table gives, per
kind, how many such blocks there are and how many the cleaner keeps. `--write-kept` stores
one cleaner's decisions (it needs only `Cleaner.score` and `read_corpus`, so an older
cleanpage can write them) and `--before` puts them in a column beside the current ones.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from collections import Counter
from pathlib import Path

from cleanpage import Cleaner
from cleanpage.training.corpus import read_corpus

REPO = Path(__file__).resolve().parent.parent
KINDS = ("title copies", "datelines/bylines", "captions/credits", "comments", "related teasers", "prompts/legal")
_CREDIT = re.compile(r"(?i:^\W{0,3}(?:photos?|fotos?|images?|bild|quelle|credits?|source)\b\s*[:/©])|getty images|shutterstock")
_PROMPT = re.compile(
    r"(?i)\b(?:subscribe|newsletter|cookies?|privacy|sign up|log ?in|register|copyright|all rights reserved|"
    r"reprints?|support us|donate)\b"
)


def kept_flags(corpus: Path) -> dict[str, list[bool]]:
    cleaner = Cleaner()
    return {p.id: [q.kept for q in cleaner.score(p.blocks, p.signals, p.title)] for p in read_corpus(corpus, splits=("test",))}


def block_kind(block, page) -> str | None:
    from cleanpage.lines import headline_candidates_of_title, is_byline_or_dateline, is_headline

    text = block.text
    if is_headline(text, headline_candidates_of_title(page.title)):
        return "title copies"
    if is_byline_or_dateline(text):
        return "datelines/bylines"
    if block.tag == "caption" or "figure" in block.ancestors or "caption" in block.self_hints or _CREDIT.search(text):
        return "captions/credits"
    if "comment" in block.ancestor_hints:
        return "comments"
    if "related" in block.ancestor_hints and (block.n_links or block.tag == "li"):
        return "related teasers"
    if len(text.split()) <= 40 and _PROMPT.search(text):
        return "prompts/legal"
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(REPO / "data" / "corpus" / "cleanpage-corpus.jsonl.xz"))
    ap.add_argument("--write-kept", help="only write this cleanpage's kept flags to this JSON file")
    ap.add_argument("--before", help="kept flags of another cleaner (from --write-kept) to compare with")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    if args.write_kept:
        Path(args.write_kept).write_text(json.dumps(kept_flags(Path(args.corpus))))
        return
    from _pages import write_report

    now = kept_flags(Path(args.corpus))
    before = json.loads(Path(args.before).read_text()) if args.before else None
    total, kept_now, kept_before = Counter(), Counter(), Counter()
    by_dataset: Counter = Counter()
    for page in read_corpus(Path(args.corpus), splits=("test",)):
        for i, (block, label) in enumerate(zip(page.blocks, page.labels)):
            kind = block_kind(block, page) if label != "content" else None
            if kind is None:
                continue
            total[kind] += 1
            by_dataset[(kind, page.dataset)] += 1
            kept_now[kind] += now[page.id][i]
            if before is not None and page.id in before:
                kept_before[kind] += before[page.id][i]
    header = "| kind | blocks (not body, test split) |" + (" kept before |" if before else "") + " kept now |"
    lines = [
        "# Not-body blocks kept on the test split",
        "",
        f"Corpus {Path(args.corpus).name}; a block counts when its gold label is not content.",
        "",
        header,
        "|---|---:|" + ("---:|" if before else "") + "---:|",
    ]
    for kind in KINDS:
        row = f"| {kind} | {total[kind]} |" + (f" {kept_before[kind]} |" if before else "") + f" {kept_now[kind]} |"
        lines.append(row)
    lines.append(
        f"| all | {sum(total.values())} |"
        + (f" {sum(kept_before.values())} |" if before else "")
        + f" {sum(kept_now.values())} |"
    )
    write_report("not_body", lines, {"total": total, "kept_now": kept_now, "kept_before": kept_before})


if __name__ == "__main__":
    main()
