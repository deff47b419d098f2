"""Synthetic SEO filler planted into labelled pages, and plain-text renderings of pages.

Filler families mimic what spam clone sites wrap around stolen articles. Wording is drawn from
many interchangeable parts and Faker identities, and summaries restate the page's own
sentences, so a model learns the shapes (first person, restatement, key: value identities,
numeric widgets, title lists, repetition) rather than particular phrases.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ..parse import parse_text
from ..records import Block, Signals, heading_level
from .corpus import LabelledPage

FAMILIES = ("generated_summary", "author_bio", "rating_widget", "link_strip", "keyword_stuffing", "title_spam")


def parse_families(text: str) -> tuple[str, ...]:
    """Filler families from a comma-separated list; ValueError names any unknown one."""
    families = tuple(f.strip() for f in text.split(",") if f.strip())
    check_families(families)
    return families


def check_families(families: tuple[str, ...]) -> None:
    """ValueError naming any family that is not in FAMILIES."""
    unknown = set(families) - set(FAMILIES)
    if unknown:
        raise ValueError(f"unknown filler families: {sorted(unknown)}; choose from {', '.join(FAMILIES)}")


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


# Planted dates are drawn up to this day, not up to the clock's (faker's date providers): the same seed
# plants the same page, and trains the same model, in any year.
PLANTED_TODAY = date(2026, 1, 1)


def planted_date(rng: random.Random, start: date, end: date = PLANTED_TODAY) -> date:
    """A day between `start` and `end`, both included, drawn from `rng`."""
    return start + timedelta(days=rng.randint(0, (end - start).days))


def _years_before(years: int) -> date:
    return PLANTED_TODAY.replace(year=PLANTED_TODAY.year - years)


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


_STOP = frozenset(
    "this that with from have will were been their there which about after before would could "
    "should while where what when your they them into over under than then just also some more "
    "most such only other these those very much many news says said".split()
)


def _topic(title: str | None, sentences: list[str], rng: random.Random) -> str:
    source = title or (sentences[0] if sentences else "this subject")
    words = [w for w in re.findall(r"[A-Za-z][\w'-]+", source) if len(w) > 3 and w.lower() not in _STOP]
    if not words:
        return "this subject"
    start = rng.randrange(max(1, len(words) - 2))
    return " ".join(words[start : start + rng.randint(1, 3)])


_PARAPHRASE = {
    "said": "stated",
    "says": "states",
    "told": "informed",
    "was": "is",
    "were": "are",
    "had": "has",
    "would": "will",
    "more than": "over",
    "about": "regarding",
    "help": "assistance",
    "began": "started",
    "large": "significant",
    "big": "major",
    "many": "numerous",
    "important": "crucial",
    "also": "additionally",
    "because": "since",
    "but": "however",
    "announced": "revealed",
    "wants": "aims",
    "plans": "intends",
}
_PARAPHRASE_RE = re.compile(r"\b(" + "|".join(map(re.escape, _PARAPHRASE)) + r")\b")
_TAILS = ("",) * 24 + (
    ", highlighting the challenges involved",
    ", according to the article",
    ", which underscores the stakes",
    ", a key point in the report",
    ", reflecting wider concerns",
)


_GENERIC_VERBS = (
    "is focusing on",
    "is engaged in",
    "emphasizes",
    "highlights",
    "continues to address",
    "remains concerned about",
    "is working toward",
    "faces",
    "supports",
    "opposes",
    "is dealing with",
    "underlines",
    "calls for",
    "is pushing for",
    "has concerns regarding",
    "points to",
)
_VERBISH = re.compile(r"^(?:is|are|was|were|has|have|had|said|says|will|would|could|can|\w+ed)$")


def _restate(sentence: str, rng: random.Random) -> str:
    """A loose paraphrase, by one of several strategies, as generated summaries do."""
    strategy = rng.random()
    if strategy < 0.4:
        return _compress(sentence, rng)
    if strategy < 0.55:
        return _fragment(sentence, rng)
    return _main_clause(sentence, rng)


def _compress(sentence: str, rng: random.Random) -> str:
    """Subject + a generic verb + a span of the rest: the gist with the wording changed."""
    words = re.sub(r"[“”\"]", "", sentence).rstrip(".").split()
    cut = next((i for i, w in enumerate(words[1:8], 1) if _VERBISH.match(w.lower())), min(3, len(words)))
    subject, rest = words[:cut], words[cut + 1 :]
    if not rest:
        return _main_clause(sentence, rng)
    start = rng.randrange(max(1, len(rest) - 4))
    span = rest[start : start + rng.randint(4, 10)]
    return " ".join(subject) + " " + rng.choice(_GENERIC_VERBS) + " " + " ".join(span).rstrip(",;:") + rng.choice(_TAILS) + "."


def _fragment(sentence: str, rng: random.Random) -> str:
    """A noun-phrase bullet built from the sentence's salient words."""
    salient = _salient(sentence)
    picked = rng.sample(salient, min(len(salient), rng.randint(2, 4)))
    lead = rng.choice(("Concerns over", "Discussion of", "The role of", "Efforts around", "Debate about", "Focus on"))
    return f"{lead} {' and '.join(picked)}" + rng.choice(_TAILS) + "."


def _main_clause(sentence: str, rng: random.Random) -> str:
    """Main clause only, tense and synonyms changed, maybe a prefix and a generic tail."""
    s = re.sub(r"[“”\"]", "", sentence).strip().rstrip(".")
    clauses = re.split(r",\s+|\s+(?:which|who|while|although|after|before)\s+", s)
    if len(clauses) > 1 and rng.random() < 0.7:
        s = clauses[0] if len(clauses[0].split()) >= 5 else ", ".join(clauses[:2])
    if rng.random() < 0.8:
        s = _PARAPHRASE_RE.sub(lambda m: _PARAPHRASE[m.group(1)] if rng.random() < 0.7 else m.group(1), s)
    prefix = rng.choice(
        [""] * 20
        + [
            "The article notes that ",
            "It is highlighted that ",
            "Notably, ",
            "According to the report, ",
            "Importantly, ",
            "The piece explains that ",
        ]
    )
    if prefix:
        s = prefix + s[:1].lower() + s[1:]
    return s + rng.choice(_TAILS) + "."


_HEADING_TEMPLATES = (
    "{a} and {b}:",
    "{a}'s Role in {b}:",
    "Understanding {a}:",
    "{a}: Key Facts",
    "The Impact of {a}",
    "{a} and Its Implications:",
    "Background on {a}:",
    "{a} and {b} Explained",
    "{a} Concerns:",
    "{a} Perspective and Goals:",
    "Current {a} Situation:",
    "{a} Efforts and {b}:",
    "What {a} Means for {b}",
    "{a}",
    "{a} {b}:",
)


def _salient(sentence: str) -> list[str]:
    words = re.findall(r"[A-Za-z][\w'.-]*", sentence)
    caps = [w.rstrip(".") for w in words[1:] if w[0].isupper()]
    longs = [w for w in words if len(w) > 6 and w.lower() not in _STOP]
    return caps + longs or words[:3] or re.findall(r"\w+", sentence)[:3] or ["Overview"]


def _heading_from(sentence: str, rng: random.Random) -> str:
    salient = _salient(sentence)
    a = " ".join(rng.sample(salient, min(len(salient), rng.randint(1, 2))))
    b = rng.choice(salient)
    head = rng.choice(_HEADING_TEMPLATES).format(a=a, b=b)
    return " ".join(w[:1].upper() + w[1:] if len(w) > 3 else w for w in head.split())


def _fill(rng: random.Random, template: str, **slots: tuple[str, ...] | str) -> str:
    """Fill {slot}s from option tuples (or fixed strings)."""
    return template.format(**{k: v if isinstance(v, str) else rng.choice(v) for k, v in slots.items()})


_ROLES = (
    "analyst",
    "journalist",
    "researcher",
    "commentator",
    "observer",
    "specialist",
    "scholar",
    "writer",
    "consultant",
    "strategist",
    "enthusiast",
    "professional",
    "practitioner",
    "expert",
    "educator",
    "blogger",
)
_STUDIED = (
    "followed",
    "studied",
    "covered",
    "researched",
    "tracked",
    "analysed",
    "written about",
    "reported on",
    "worked on",
    "examined",
    "lived and breathed",
    "taught",
)
_DURATIONS = ("over a decade", "many years", "two decades", "a long time", "most of my career", "years", "fifteen years")
_MANNERS = ("closely", "extensively", "in depth", "for years", "professionally", "first-hand", "day in and day out")
_INSIGHTS = ("insight", "perspective", "context", "analysis", "a clearer picture", "a wider view", "background")
_KNOWLEDGE = (
    "a broad understanding",
    "deep knowledge",
    "extensive familiarity",
    "solid expertise",
    "first-hand experience",
    "a thorough grasp",
    "a detailed command",
    "wide-ranging knowledge",
)
_REFS = ("article", "report", "piece", "story", "news item", "coverage", "text", "post", "write-up")
_ASPECTS = ("nuances", "dynamics", "forces", "motivations", "background", "implications", "subtleties", "stakes")


def _opener(rng: random.Random, topic: str) -> str:
    identity = _fill(
        rng,
        rng.choice(
            (
                "As a {role} who has {studied} {topic} {manner}",
                "Having {studied} {topic} for {duration}",
                "With {duration} of experience around {topic}",
                "I am a {role} who has {studied} {topic} {manner}",
                "Being someone who has {studied} {topic} {manner}",
                "As someone with a long background in {topic}",
                "Speaking as a {role} of {topic}",
                "Hello, I'm a {role} focused on {topic}",
                "As a seasoned {role} of {topic}",
                "Drawing on {duration} spent on {topic}",
                "In today's fast-paced world, {topic} matters more than ever, and",
            )
        ),
        role=_ROLES,
        studied=_STUDIED,
        topic=topic,
        manner=_MANNERS,
        duration=_DURATIONS,
    )
    claim = _fill(
        rng,
        rng.choice(
            (
                "I can offer {insight} that goes beyond this {ref}",
                "my {knowledge} extends well past what this {ref} describes",
                "I have {knowledge} of its history, actors and context",
                "I am able to explain the {aspects} behind these events",
                "I can shed light on details that this {ref} leaves out",
                "I bring {knowledge} that puts this {ref} in context",
                "I want to share {knowledge} with readers like you",
                "my goal is to unpack the {aspects} for you",
            )
        ),
        insight=_INSIGHTS,
        ref=_REFS,
        knowledge=_KNOWLEDGE,
        aspects=_ASPECTS,
    )
    extra = rng.choice(
        (
            "",
            "",
            f" My familiarity with {topic} runs deep.",
            " I have followed every stage of this story.",
            " This lets me give you the full picture.",
            f" Few people know {topic} as well as I do.",
            f" I have a profound understanding of the {rng.choice(_ASPECTS)} involved.",
        )
    )
    return identity + ", " + claim + "." + extra


def _transition(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return rng.choice(
            (
                "Key Takeaways",
                "Summary",
                "In Summary",
                "Main points:",
                "Frequently Asked Questions",
                "Highlights",
                "Quick facts:",
                "At a glance",
            )
        )
    return _fill(
        rng,
        "{lead} {verb} the {adj} {things} {done} in the {ref}:",
        lead=("Let us", "Let's", "Now, let's", "Below, I", "Here I will", "Allow me to", "I'll"),
        verb=("walk through", "look at", "go over", "unpack", "review", "examine", "break down", "delve into", "explore"),
        adj=("main", "key", "central", "important", "essential", "core", "major"),
        things=("ideas", "points", "concepts", "themes", "issues", "facts", "topics"),
        done=("raised", "discussed", "covered", "mentioned", "presented", "touched on"),
        ref=_REFS,
    )


def _closer(rng: random.Random, topic: str) -> str:
    return _fill(
        rng,
        "{lead}, my {knowledge} of {topic} {lets} {offer} {who} a {adj} {view} of {what}.",
        lead=(
            "Taken together",
            "In conclusion",
            "Overall",
            "All in all",
            "By combining these points",
            "Drawing on all of this",
            "To sum up",
            "Ultimately",
            "By bringing these aspects together",
        ),
        knowledge=_KNOWLEDGE,
        topic=topic,
        lets=("lets me", "allows me to", "helps me", "enables me to"),
        offer=("offer", "provide", "give"),
        who=("readers", "you", "my audience"),
        adj=("complete", "comprehensive", "full", "clear", "well-rounded", "nuanced"),
        view=("view", "picture", "understanding", "overview"),
        what=("the situation", "how events may unfold", "this evolving story", f"{topic} and its dynamics"),
    )


def generated_summary(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    topic = _topic(title, sentences, rng)
    opener, transition, closer = _opener(rng, topic), _transition(rng), _closer(rng, topic)
    out: list[tuple[str, str]] = [(opener, "p")]
    if rng.random() < 0.8:
        out.append((transition, rng.choice(["p", "p", "h2", "h3"])))
    picked = rng.sample(sentences, min(len(sentences), rng.randint(3, 12))) if sentences else []
    faq = transition == "Frequently Asked Questions"
    style = rng.random()
    for k, sentence in enumerate(picked):
        if faq:
            out.append((f"{_pick(rng, 'What', 'Why', 'How', 'When')} {_heading_from(sentence, rng).rstrip(':').lower()}?", "h3"))
            out.append((_restate(sentence, rng), "p"))
        elif style < 0.6:
            if k % 2 == 0:
                number = f"{k // 2 + 1}. " if rng.random() < 0.3 else ""
                out.append((number + _heading_from(sentence, rng), rng.choice(["li", "li", "h3", "p", "h4"])))
            bullet = rng.choice(("", "", "", "• ", "- ", "* "))
            out.append((bullet + _restate(sentence, rng), "p" if bullet else "li"))
        else:
            out.append((_restate(sentence, rng), rng.choice(["li", "p"])))
    if rng.random() < 0.85:
        out.append((closer, "p"))
    return out


def author_bio(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    name = faker.name()
    adjectives = rng.sample(
        [
            "kind",
            "curious",
            "brave",
            "witty",
            "gentle",
            "charming",
            "energetic",
            "loyal",
            "creative",
            "honest",
            "cheerful",
            "vast",
            "talented",
            "sincere",
            "bright",
            "calm",
        ],
        rng.randint(3, 7),
    )
    hobbies = rng.sample(
        [
            "Gardening",
            "Photography",
            "Hiking",
            "Chess",
            "Baking",
            "Knitting",
            "Cycling",
            "Fishing",
            "Pottery",
            "Birdwatching",
            "Surfing",
            "Archery",
            "Calligraphy",
            "Skateboarding",
            "Board games",
            "Woodworking",
            "Rock climbing",
            "Stand-up comedy",
        ],
        rng.randint(2, 7),
    )
    intro = _pick(
        rng,
        f"My name is {name}, I am a {', '.join(adjectives)} person who loves "
        f"{rng.choice(['writing', 'blogging', 'teaching', 'reading'])} and wants to share "
        "my knowledge and understanding with you.",
        f"Hi, I'm {name}! I'm a {', '.join(adjectives)} writer and I enjoy sharing what I learn with readers like you.",
        f"I am {name}, a {', '.join(adjectives[:3])} individual who is passionate about {hobbies[0].lower()} and helping others.",
    )
    fields = [
        (_pick(rng, "Name", "Full name", "Author"), name),
        (
            _pick(rng, "Birthday", "Date of birth", "Born", "DOB"),
            planted_date(rng, _years_before(80), _years_before(18)).strftime(rng.choice(["%Y-%m-%d", "%B %d, %Y", "%d/%m/%Y"])),
        ),
        (_pick(rng, "Address", "Location", "Lives in", "Home"), faker.address().replace("\n", ", ")),
        (
            _pick(rng, "Phone", "Phone number", "Mobile", "Tel"),
            rng.choice([faker.phone_number(), "+" + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(11, 14)))]),
        ),
        (_pick(rng, "Job", "Occupation", "Profession", "Work"), faker.job()),
        (_pick(rng, "Hobby", "Hobbies", "Interests"), ", ".join(hobbies)),
        (_pick(rng, "Introduction", "About me", "Bio"), intro),
    ]
    if rng.random() < 0.25:  # prose variant
        return [
            (_pick(rng, "About the author", "Author information", "Meet the writer", "Author profile"), "h3"),
            (
                f"{name} was born on {fields[1][1]} and lives at {fields[2][1]}. {fields[4][1]} by trade, "
                f"{name.split()[0]} enjoys {', '.join(h.lower() for h in hobbies)}. {intro}",
                "p",
            ),
        ]
    keep = [f for f in fields if rng.random() < 0.85] or fields[:3]
    heading = _pick(rng, "Author information", "About the author", "Author details", "Writer profile", "Author Bio", "Profile")
    tag = rng.choice(["kv", "li", "p", "td", "div"])
    return [(heading, rng.choice(["h2", "h3", "p", "div"]))] + [(f"{k}: {v}", tag) for k, v in keep]


def rating_widget(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    votes = rng.randint(3, 5000)
    score = round(rng.uniform(2.5, 5.0), 1)
    fields = [
        (_pick(rng, "Author", "Written by", "Posted by"), faker.name()),
        (
            _pick(rng, "Last Updated", "Updated", "Published", "Date"),
            rng.choice(
                ["", planted_date(rng, date(1970, 1, 1)).isoformat(), planted_date(rng, date(2020, 1, 1)).strftime("%B %d, %Y")]
            ),
        ),
        (_pick(rng, "Views", "Page views", "Read", "Visits"), f"{rng.randint(50, 99999)}" + rng.choice(["", " times", " views"])),
        (
            _pick(rng, "Rating", "Score", "User rating", "Stars"),
            rng.choice(
                [
                    f"{score} / 5 ({votes} voted)",
                    f"{score} out of 5 ({votes} votes)",
                    f"{'★' * int(score)}{'☆' * (5 - int(score))} ({votes} reviews)",
                    f"{score}/10 from {votes} users",
                ]
            ),
        ),
        (
            _pick(rng, "Reviews", "Feedback", "Helpful"),
            rng.choice(
                [
                    f"{rng.randint(40, 99)}% of readers found this page helpful",
                    f"{rng.randint(2, 900)} people found this helpful",
                    f"{rng.randint(40, 99)}% positive",
                ]
            ),
        ),
        (_pick(rng, "Reading time", "Read time"), f"{rng.randint(2, 25)} min" + rng.choice(["", "utes", " read"])),
        (_pick(rng, "Likes", "Shares", "Comments"), str(rng.randint(0, 5000))),
    ]
    keep = [f for f in fields if rng.random() < 0.7] or fields[2:4]
    heading = _pick(
        rng, "Article information", "Post information", "Page details", "About this article", "Article stats", "Post details"
    )
    tag = rng.choice(["kv", "li", "p", "td", "div"])
    out = [(f"{k}: {v}".rstrip() if v else f"{k}:", tag) for k, v in keep]
    return ([(heading, rng.choice(["h2", "h3", "p", "div"]))] if rng.random() < 0.8 else []) + out


def _clickbait(rng: random.Random, faker) -> str:
    noun = faker.word().capitalize()
    year = rng.randint(2015, 2026)
    return _pick(
        rng,
        f"{rng.randint(3, 25)} {faker.word().capitalize()} Ways to Improve Your {noun} in {year}",
        f"Why {faker.first_name()} Is the Best {noun} (Updated {year})",
        f"{faker.catch_phrase()} - Everything You Need to Know",
        f"How to {faker.word().capitalize()} a {noun}: The Complete Guide ({year})",
        f"{faker.catch_phrase()} ({year})",
        f"{noun} Near Me: Top {rng.randint(5, 20)} Picks",
        f"What Is {noun}? Meaning, Examples and More",
        f"{faker.name()} Net Worth {year}: Age, Height, Wife",
    )


def link_strip(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    headings = [
        "Top Articles",
        "Latest Posts",
        "Related Posts",
        "Trending Now",
        "You Might Also Like",
        "Popular Articles",
        "Recent Posts",
        "Editor's Picks",
        "More From This Site",
        "Related Searches",
        "Most Read",
        "Recommended",
    ]
    out: list[tuple[str, str]] = []
    for heading in rng.sample(headings, rng.randint(1, 3)):
        out.append((heading, rng.choice(["h2", "h3", "p", "div", "li"])))
        for _ in range(rng.choice([0, 0, 3, 5, 8])):
            out.append((_clickbait(rng, faker), rng.choice(["li", "li", "p", "div"])))
    return out


def keyword_stuffing(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    kw = _topic(title, sentences, rng).lower()
    parts = [
        f"best {kw}",
        f"{kw} near me",
        f"cheap {kw}",
        f"{kw} {rng.randint(2018, 2026)}",
        f"top {kw} reviews",
        f"{kw} for sale",
        f"buy {kw} online",
        f"{kw} deals",
        f"{kw} free",
        f"{kw} price",
        f"how to {kw}",
        f"{kw} tips",
        f"affordable {kw}",
        f"{kw} guide",
    ]
    out = []
    for _ in range(rng.randint(1, 3)):
        chosen = [rng.choice(parts) for _ in range(rng.randint(6, 18))]
        sep = rng.choice([", ", " ", " | ", ". "])
        out.append((sep.join(chosen).capitalize() + rng.choice(["", "."]), rng.choice(["p", "div", "p"])))
    return out


BAR_ITEMS = (
    "Reprint rights",
    "Print edition",
    "Subscribe",
    "Subscribe now",
    "Print",
    "Email",
    "Share",
    "Save",
    "Gift this article",
    "Sign up for our newsletter",
    "Log in",
    "Follow us",
    "Permissions",
    "E-paper",
    "Read later",
    "Share this story",
    "Get the app",
    "Comments",
    "Tweet",
    "Licensing",
    "Digital access",
    "Home delivery",
    "Become a member",
    "Donate",
)


def _reprint_bar(rng: random.Random, base: str) -> str:
    """A reprint/subscribe bar: a few action links in a row, sometimes after the print headline."""
    bar = rng.choice([" | ", " · ", " • ", " / ", "  "]).join(rng.sample(BAR_ITEMS, rng.randint(2, 5)))
    return f"{base.upper().rstrip('.')}. {bar}" if rng.random() < 0.3 else bar


def title_spam(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    """A copy of the title with a suffix ("(2024)", "- Updated 2021"), or a reprint/subscribe bar, or both."""
    base = title or (sentences[0][:80] if sentences else faker.catch_phrase())
    copy = (
        rng.choice(
            [
                f"{base} ({rng.randint(2019, 2026)})",
                f"{base} ({rng.randint(1, 9)})",
                f"{base} - Updated {rng.randint(2019, 2026)}",
                f"{base} | {faker.company()}",
            ]
        ),
        rng.choice(["h1", "h2", "p"]),
    )
    bar = (_reprint_bar(rng, base), rng.choice(["p", "div", "li"]))
    roll = rng.random()
    return [copy] if roll < 0.5 else [bar] if roll < 0.75 else [copy, bar]


# A family's generator: (rng, faker, the page's article sentences, its title) -> [(text, tag), ...].
Generator = Callable[[random.Random, Any, list[str], "str | None"], list[tuple[str, str]]]
GENERATORS: dict[str, Generator] = {
    "generated_summary": generated_summary,
    "author_bio": author_bio,
    "rating_widget": rating_widget,
    "link_strip": link_strip,
    "keyword_stuffing": keyword_stuffing,
    "title_spam": title_spam,
}


def article_sentences(page: LabelledPage) -> list[str]:
    out: list[str] = []
    for b, lab in zip(page.blocks, page.labels):
        if lab == "content" and len(b.text) > 60:
            out.extend(s for s in _SENTENCE.split(b.text) if 40 <= len(s) <= 300)
    return out


def plant_filler(page: LabelledPage, rng: random.Random, faker, families: tuple[str, ...] = FAMILIES) -> LabelledPage:
    """A copy of the page with 1-4 filler families inserted inside the article container."""
    content_idx = [i for i, lab in enumerate(page.labels) if lab == "content"]
    if not content_idx or not families:
        return page
    anchor = page.blocks[content_idx[-1]]
    sentences = article_sentences(page)
    chosen = rng.sample(families, min(len(families), rng.randint(1, 4)))
    new: list[tuple[str, str, str]] = []  # text, tag, family
    for fam in chosen:
        new.extend((text, tag, fam) for text, tag in GENERATORS[fam](rng, faker, sentences, page.title))
    position = content_idx[-1] + 1
    roll = rng.random()
    if roll < 0.15:  # some filler sits before or inside the article
        position = rng.choice(content_idx)
    elif roll < 0.45:  # or after what follows the article (bylines, share bars), up to the page's end
        position = rng.randint(position, min(len(page.blocks), position + 12))
    inserted = [
        replace(
            anchor,
            text=text,
            tag=tag,
            link_chars=len(text) if fam == "link_strip" and tag != "h2" and rng.random() < 0.7 else 0,
            n_links=1 if fam == "link_strip" else 0,
        )
        for text, tag, fam in new
    ]
    blocks = page.blocks[:position] + inserted + page.blocks[position:]
    blocks = [replace(b, index=i) for i, b in enumerate(blocks)]
    labels = page.labels[:position] + ["seo_filler"] * len(new) + page.labels[position:]
    kinds = page.kinds[:position] + [fam for _, _, fam in new] + page.kinds[position:]
    kept_by_trafilatura = [t for t, _, fam in new if fam != "link_strip" or rng.random() < 0.5]
    signals = replace(page.signals, main_text=page.signals.main_text + "\n" + "\n".join(kept_by_trafilatura))
    return replace(page, id=page.id + "#filler", blocks=blocks, labels=labels, kinds=kinds, signals=signals)


def render_text(page: LabelledPage, rng: random.Random, keep_boilerplate: float = 0.5) -> LabelledPage:
    """The page as a plain-text dump (the way scrapers store pages), re-parsed into text blocks."""
    blocks: list[Block] = []
    labels: list[str] = []
    kinds: list[str | None] = []
    drop_boilerplate = rng.random() > keep_boilerplate
    for b, lab, kind in zip(page.blocks, page.labels, page.kinds):
        if lab == "boilerplate" and drop_boilerplate and rng.random() < 0.8:
            continue
        text = b.text
        if b.tag == "li":
            text = rng.choice(["- ", "* ", "• ", "  "]) + text
        elif heading_level(b.tag) and rng.random() < 0.2:
            text = "#" * int(b.tag[1]) + " " + text
        for tb in parse_text(text):
            blocks.append(replace(tb, index=len(blocks)))
            labels.append(lab)
            kinds.append(kind)
    return replace(page, id=page.id + "#text", blocks=blocks, labels=labels, kinds=kinds, signals=Signals(url=page.url))


def render_flat_html(page: LabelledPage, rng: random.Random) -> LabelledPage:
    """The page as flat HTML, every block a sibling in one content container (as spam clones
    often serve scraped text): the DOM says nothing, so text and position must decide."""
    blocks: list[Block] = []
    labels: list[str] = []
    kinds: list[str | None] = []
    container = rng.choice((frozenset({"content"}), frozenset({"content", "meta"}), frozenset()))
    for b, lab, kind in zip(page.blocks, page.labels, page.kinds):
        if lab == "boilerplate" and rng.random() < 0.7:
            continue
        blocks.append(
            Block(
                text=b.text,
                index=len(blocks),
                tag=b.tag if b.tag != "kv" else "div",
                source="html",
                depth=3,
                path="body>div>p",
                ancestors=frozenset({"body", "div"}),
                ancestor_hints=container,
                link_chars=b.link_chars,
                n_links=b.n_links,
            )
        )
        labels.append(lab)
        kinds.append(kind)
    main_text = "\n".join(b.text for b, lab in zip(blocks, labels) if lab != "boilerplate")
    return replace(
        page,
        id=page.id + "#flat",
        blocks=blocks,
        labels=labels,
        kinds=kinds,
        signals=replace(page.signals, main_text=main_text, ok=True),
    )
