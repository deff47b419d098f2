"""Title, date and author: what cleanpage's Result says against what the page's own test asserts.

    python benchmarks/metadata.py [--splits test]

The article-body convention takes the headline, byline and dateline out of `Result.text`; they
belong in `Result.title`, `Result.author` and `Result.date`. The Postlight Parser's fixtures come
with tests that assert each page's `title`, `author` and `date_published` (the UTC timestamp of
publication), so on their pages of the held-out test split (by site) this compares, with
trafilatura's metadata extractor in the same run:
- title: the same text once spaces are set aside, or the asserted title inside the found one
  (with the site's name beside it: "NAME | Site");
- date: the day matches the asserted day, or is one day off (the page shows its local date,
  the test a UTC timestamp); a page whose test asserts no date is not scored for it;
- author: the names match once case, punctuation and a leading "By" are set aside, or every
  asserted name word is among the found ones ("Jane Doe" in "By Jane Doe and John Roe").
cleanpage is run twice: with its default options and with `full_metadata=True` (trafilatura's
metadata extractor fills the fields the default leaves empty).
"""

from __future__ import annotations

import argparse
import logging
import re
import statistics
import sys
import time
from datetime import date, timedelta

from _pages import dataset_root, write_report

import cleanpage
from cleanpage.cleaner import Options, to_text
from cleanpage.training.corpus import SourcePage, page_site, site_split
from cleanpage.training.postlight import fixture_metadata, fixture_tests

_WORD = re.compile(r"\w+")


def fixtures(splits: tuple[str, ...]) -> list[tuple[str, str, str | None, dict[str, str | None]]]:
    """(fixture name, html, url, asserted metadata) for the Postlight fixtures of `splits`."""
    root = dataset_root() / "postlight-parser"
    custom = root / "src" / "extractors" / "custom"
    tests, metadata = fixture_tests(custom), fixture_metadata(custom)
    out = []
    for path in sorted((root / "fixtures").rglob("*.html")):
        name = str(path.relative_to(root / "fixtures"))[:-5]
        asserted = metadata.get(name, {})
        if not any(asserted.get(field) for field in ("title", "author", "date_published")):
            continue
        url = tests.get(name, (None, None))[0] or f"https://{name.split('/', 1)[0].split('--', 1)[0]}/"
        page = SourcePage(f"postlight-parser/{name}", "postlight-parser", "", url)
        if site_split(page_site(page)) in splits:
            out.append((name, to_text(path.read_bytes()), url, asserted))
    return out


def day_of(value: str | None) -> date | None:
    """The day an ISO date or timestamp names; None when it names none."""
    found = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    try:
        return date(*map(int, found.groups())) if found else None
    except ValueError:
        return None


def date_score(found: str | None, asserted: str) -> str:
    """'same day', 'a day off', 'wrong' or 'none'."""
    got, want = day_of(found), day_of(asserted)
    if got is None or want is None:
        return "none"
    if got == want:
        return "same day"
    return "a day off" if abs(got - want) <= timedelta(days=1) else "wrong"


_BYLINE_LABELS = frozenset(("by", "von", "author", "著者", "作者"))  # an asserted byline's label ("著者：NAME")


def name_words(value: str | None) -> list[str]:
    """A byline's words without its label ("By", "著者：") and the "and" between names, in lower case."""
    words = _WORD.findall((value or "").lower())
    return [w for w in (words[1:] if words[:1] and words[0] in _BYLINE_LABELS else words) if w not in ("and", "und")]


def author_score(found: str | None, asserted: str) -> str:
    """'same', 'contains', 'wrong' or 'none'."""
    got, want = name_words(found), name_words(asserted)
    if not got:
        return "none"
    if got == want:
        return "same"
    return "contains" if want and set(want) <= set(got) else "wrong"


def title_score(found: str | None, asserted: str) -> str:
    """'same', 'contains', 'wrong' or 'none'."""
    got, want = " ".join((found or "").split()), " ".join(asserted.split())
    if not got:
        return "none"
    if got == want:
        return "same"
    return "contains" if want in got else "wrong"


def extractors():
    default = cleanpage.Cleaner()
    full = cleanpage.Cleaner(options=Options(full_metadata=True))

    def clean_with(cleaner):
        def run(html, url):
            result = cleaner.clean(html, url=url)
            return result.title, result.date, result.author

        return run

    def trafilatura(html, url):
        from trafilatura.metadata import extract_metadata

        doc = extract_metadata(html, default_url=url)
        return (doc.title, doc.date, doc.author) if doc is not None else (None, None, None)

    return {"cleanpage": clean_with(default), "cleanpage full_metadata": clean_with(full), "trafilatura metadata": trafilatura}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--splits", default="test", help="comma-separated splits (default: the held-out test split)")
    parser.add_argument("--list", action="store_true", help="print every page's asserted and found values")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    splits = tuple(args.splits.split(","))
    pages = fixtures(splits)
    rows, data = [], {}
    for label, run in extractors().items():
        titles, dates, authors, times = [], [], [], []
        for name, html, url, asserted in pages:
            start = time.perf_counter()
            found_title, found_date, found_author = run(html, url)
            times.append(time.perf_counter() - start)
            if asserted.get("title"):
                titles.append(title_score(found_title, asserted["title"]))
            if asserted.get("date_published"):
                dates.append(date_score(found_date, asserted["date_published"]))
            if asserted.get("author"):
                authors.append(author_score(found_author, asserted["author"]))
            if args.list:
                print(label, name, found_date, asserted.get("date_published"), found_author, asserted.get("author"), sep="\t")
                print(label, name, found_title, asserted.get("title"), sep="\t", file=sys.stderr)
        date_ok = sum(s in ("same day", "a day off") for s in dates)
        author_ok = sum(s in ("same", "contains") for s in authors)
        data[label] = {
            "titles": {k: titles.count(k) for k in ("same", "contains", "wrong", "none")},
            "dates": {k: dates.count(k) for k in ("same day", "a day off", "wrong", "none")},
            "authors": {k: authors.count(k) for k in ("same", "contains", "wrong", "none")},
            "median_ms": statistics.median(times) * 1000,
        }
        rows.append(
            f"| {label} | {titles.count('same')}/{len(titles)} ({titles.count('contains')} with more) | "
            f"{titles.count('wrong')} | {date_ok}/{len(dates)} ({dates.count('same day')} same day) | {dates.count('wrong')} | "
            f"{dates.count('none')} | {author_ok}/{len(authors)} ({authors.count('same')} same) | {authors.count('wrong')} | "
            f"{authors.count('none')} | {statistics.median(times) * 1000:.1f} |"
        )
    lines = [
        f"# Title, date and author ({len(pages)} Postlight fixtures of the {'/'.join(splits)} split whose tests assert them)",
        "",
        "| extractor | title same | title wrong | date right (±1 day) | date wrong | no date | author right | author wrong | "
        "no author | median ms/page |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *rows,
        "",
        "cleanpage's time is the whole clean (text and metadata); trafilatura's is its metadata extractor alone.",
    ]
    if splits == ("test",):
        write_report("metadata", lines)
    else:  # development runs are printed, not kept
        print("\n".join(lines))


if __name__ == "__main__":
    main()
