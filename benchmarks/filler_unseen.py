"""SEO filler worded unlike the training generators: how much of it a model keeps.

    python benchmarks/filler_unseen.py [--model DIR ...]

`filler.py` leaves a family out of training to see what a model does with filler it never saw;
this script keeps the families and changes the wording. Its generators below are written by
hand, apart from `cleanpage.training.synth` and sharing none of its phrases: a content farm's
summary (an editorial or reader's hook, a "Key Highlights" or "People Also Ask" block whose
items are the page's own sentences, a sign-off) and an author profile written as prose. They
are planted into the HTML of every test-split page (held-out sites; seed 2000) by the same
machinery as `cleanpage synth`, with a share rendered as text dumps, and each model is
measured as in `filler.py` (leak: the family's 4-gram shingles in the output, less those of
the page's own text; content recall). Writes benchmarks/results/filler_unseen.{md,json}.

Do not tune on it: the point is wording nobody trained or tuned for. New wordings belong in
the training generators, with this script's left alone as the check.
"""

from __future__ import annotations

import argparse
import platform
import random
from datetime import date

from _pages import REPO, write_report
from filler import _pct, measure, planted_test_pages

import cleanpage
from cleanpage.model import BlockModel
from cleanpage.training.corpus import read_corpus
from cleanpage.training.train import featurize

SEED = 2000
HOOKS = (
    "Before we get into the details, here is a brief overview of what this story covers and why it is worth your time.",
    "Our editorial team has carefully researched this topic to bring you accurate, up-to-date information you can trust.",
    "I've spent countless hours reading about this so you don't have to, and I'm excited to pass on what I learned.",
    "Ever since I was a kid I have loved digging into stories like this one, and today I want to walk alongside you through it.",
    "This is a question many of our readers have been asking, so we decided to put together a complete answer.",
    "Grab a cup of coffee, because there is a lot to unpack here and I promise it will be worth it.",
    "Having been a regular reader of political and economic news since college, I feel qualified to offer my honest "
    "opinion here.",
)
BLOCK_HEADINGS = ("Key Highlights", "People Also Ask", "The Gist", "Main Points to Remember", "Everything at a Glance")
QUESTIONS = (
    "Is this news important?",
    "What should readers take away from this?",
    "Where can I learn more?",
    "Why is everyone talking about this?",
)
LEADS = ("In short, ", "Simply put, ", "Basically, ", "The main thing to know is that ", "To put it briefly, ", "")
SIGN_OFFS = (
    "To sum everything up, this is a story with many moving parts, and we will continue to monitor the situation "
    "closely. Don't forget to subscribe for more content like this.",
    "Thank you for taking the time to read our article. We truly appreciate your support and hope to see you again soon.",
    "And there you have it! Now you know the essentials. If you have any questions, leave them below and I will do my "
    "best to respond.",
    "At the end of the day, only time will tell how this plays out, but one thing is certain: people will be talking "
    "about it for a long while.",
    "Written by a team of passionate writers dedicated to delivering quality content on a wide range of topics.",
)
PROFILES = (
    "{name} is a freelance writer from {city} who loves hiking, strong coffee and long novels. When not writing, "
    "{first} can be found tending a small vegetable garden.",
    "About the writer: {name} grew up in {city} and has been blogging about current events since {year}. Reach "
    "{first} at {email}.",
    "{first} studied {field} before turning to online publishing. Today {first} runs this site from {city} with a "
    "cat named {pet}.",
    "Meet {name}! Born on {birthday}, {first} is a part-time {job} and full-time news lover living in {city}.",
)


def summary(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    """A hook, a highlights or questions block of the page's own sentences, a sign-off."""
    heading = rng.choice(BLOCK_HEADINGS)
    out = [(rng.choice(HOOKS), "p"), (heading, rng.choice(("h2", "h3", "p")))]
    for sentence in rng.sample(sentences, min(len(sentences), rng.randint(2, 6))):
        if heading == "People Also Ask":
            out.append((rng.choice(QUESTIONS), "h3"))
        lead = rng.choice(LEADS)
        out.append((lead + sentence[:1].lower() + sentence[1:] if lead else sentence, rng.choice(("li", "p"))))
    return out + [(rng.choice(SIGN_OFFS), "p")]


def profile(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    """An author profile in prose, with the identity details spam bios carry."""
    first = faker.first_name()
    text = rng.choice(PROFILES).format(
        name=f"{first} {faker.last_name()}",
        first=first,
        city=faker.city(),
        year=rng.randint(2005, 2020),
        email=faker.email(),
        field=rng.choice(("history", "economics", "biology", "journalism", "design")),
        pet=faker.first_name(),
        birthday=faker.date_of_birth(minimum_age=25, maximum_age=60).strftime("%B %d, %Y"),
        job=rng.choice(("teacher", "nurse", "accountant", "barista", "photographer")),
    )
    return [(text, "p")]


GENERATORS = {"generated_summary": summary, "author_bio": profile}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", nargs="*", default=[str(REPO / "src" / "cleanpage" / "models" / "default")])
    ap.add_argument("--jobs", type=int, default=-1)
    args = ap.parse_args()

    path = planted_test_pages(args.jobs, SEED, GENERATORS)
    planted = list(read_corpus(path))
    source_ids = {p.id.split("#")[0] for p in planted}
    clean = [p for p in read_corpus(REPO / "data" / "corpus" / "cleanpage-corpus.jsonl.xz") if p.id in source_ids]
    planted_feats, clean_feats = featurize(planted, args.jobs), featurize(clean, args.jobs)
    results = {m: measure(BlockModel.load(m), planted, planted_feats, clean, clean_feats) for m in args.model}
    lines = [
        f"# SEO filler worded unlike the training ({date.today()}, cleanpage {cleanpage.__version__}, "
        f"Python {platform.python_version()})",
        "",
        f"{len(planted)} test-split pages with hand-written filler planted in their HTML (or rendered as text), seed {SEED}.",
        "",
        "| model | summaries leaked | author profiles leaked | content recall (of clean page / absolute) |",
        "|---|---:|---:|---:|",
        *(
            f"| {_short(m)} | {_pct(r['families']['generated_summary']['leak'])} | "
            f"{_pct(r['families']['author_bio']['leak'])} | "
            f"{_pct(r['content_recall_vs_clean_page'])} / {_pct(r['content_recall'])} |"
            for m, r in results.items()
        ),
    ]
    write_report("filler_unseen", lines, {_short(m): r for m, r in results.items()})


def _short(model: str) -> str:
    return model.split(f"{REPO}/", 1)[-1]


if __name__ == "__main__":
    main()
