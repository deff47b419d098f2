"""Synthetic SEO filler planted into labelled pages, and plain-text renderings of pages.

Filler families mimic what spam clone sites wrap around stolen articles. Wording is drawn from
many interchangeable parts and Faker identities, and summaries restate the page's own
sentences, so a model learns the shapes (first person, restatement, key: value identities,
numeric widgets, title lists, repetition) rather than particular phrases.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from ..parse import parse_text
from ..records import Block, Signals
from .corpus import LabelledPage

FAMILIES = ("generated_summary", "author_bio", "rating_widget", "link_strip", "keyword_stuffing", "title_spam")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


_STOP = frozenset("this that with from have will were been their there which about after before would could "
                  "should while where what when your they them into over under than then just also some more "
                  "most such only other these those very much many news says said".split())


def _topic(title: str | None, sentences: list[str], rng: random.Random) -> str:
    source = title or (sentences[0] if sentences else "this subject")
    words = [w for w in re.findall(r"[A-Za-z][\w'-]+", source) if len(w) > 3 and w.lower() not in _STOP]
    if not words:
        return "this subject"
    start = rng.randrange(max(1, len(words) - 2))
    return " ".join(words[start:start + rng.randint(1, 3)])


_PARAPHRASE = {
    "said": "stated", "says": "states", "told": "informed", "was": "is", "were": "are", "had": "has",
    "would": "will", "more than": "over", "about": "regarding", "help": "assistance", "began": "started",
    "large": "significant", "big": "major", "many": "numerous", "important": "crucial", "also": "additionally",
    "because": "since", "but": "however", "announced": "revealed", "wants": "aims", "plans": "intends",
}
_PARAPHRASE_RE = re.compile(r"\b(" + "|".join(map(re.escape, _PARAPHRASE)) + r")\b")
_TAILS = ("", "", "", ", highlighting the challenges involved", ", according to the article",
          ", which underscores the stakes", ", a key point in the report", ", reflecting wider concerns")


def _restate(sentence: str, rng: random.Random) -> str:
    """A loose paraphrase: main clause only, tense and synonyms changed, a generic tail."""
    s = re.sub(r"[“”\"]", "", sentence).strip().rstrip(".")
    clauses = re.split(r",\s+|\s+(?:which|who|while|although|after|before)\s+", s)
    if len(clauses) > 1 and rng.random() < 0.7:
        s = clauses[0] if len(clauses[0].split()) >= 5 else ", ".join(clauses[:2])
    if rng.random() < 0.8:
        s = _PARAPHRASE_RE.sub(lambda m: _PARAPHRASE[m.group(1)] if rng.random() < 0.7 else m.group(1), s)
    prefix = rng.choice(["", "", "", "The article notes that ", "It is highlighted that ", "Notably, ",
                         "According to the report, ", "Importantly, ", "The piece explains that ",
                         "There is ", "Efforts are underway as "])
    if prefix:
        s = prefix + s[:1].lower() + s[1:]
    return s + rng.choice(_TAILS) + "."


def _heading_from(sentence: str, rng: random.Random) -> str:
    words = re.findall(r"[A-Za-z][\w'.-]*", sentence)[: rng.randint(2, 6)]
    head = " ".join(w.capitalize() if len(w) > 3 else w for w in words)
    return head + _pick(rng, ":", "", ":", " and Its Impact:", " Explained", " Overview:")


def generated_summary(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    topic = _topic(title, sentences, rng)
    opener = _pick(
        rng,
        f"As an expert who has followed {topic} for many years, I can offer a thorough perspective on the events described here.",
        f"Having studied {topic} closely for over a decade, my knowledge goes well beyond this single report.",
        f"I am a seasoned analyst with extensive, first-hand knowledge of {topic} and its wider context.",
        f"With years of hands-on experience in {topic}, I bring a depth of understanding that few sources can match.",
        f"As a long-time researcher of {topic}, I have built a profound grasp of its history, its players and its nuances.",
        f"My background in {topic} gives me a unique vantage point on the issues raised in this piece.",
        f"Hello! I'm a passionate writer and specialist in {topic}, and I love helping readers make sense of it.",
        f"As someone with an in-depth command of {topic}, I have analysed every angle of this story.",
        f"Drawing on my extensive expertise in {topic}, I want to walk you through what really matters here.",
        f"In today's fast-paced world, {topic} matters more than ever, and understanding it is essential for everyone.",
        f"Are you looking for reliable information about {topic}? You've come to the right place, because I have covered it in depth.",
    )
    transition = _pick(
        rng, "Let's explore the main ideas discussed in the article:",
        "Here are the key points covered above:", "Below, I break down the essential concepts:",
        "Now, let us take a closer look at the most important themes:", "To summarize the main takeaways:",
        "Key Takeaways", "Let me unpack the central concepts one by one:", "Here's what you need to know:",
        "Frequently Asked Questions", "Now let's dig into the crucial details of this story:",
    )
    closer = _pick(
        rng,
        f"By bringing together my expertise in these areas, I can give you a complete picture of {topic} and where it is heading.",
        f"I hope this overview helps you understand {topic}; my experience lets me explain even its most complex parts.",
        f"In conclusion, my in-depth familiarity with {topic} allows me to provide a comprehensive and reliable understanding of it.",
        f"Feel free to reach out with any questions about {topic}; I am always happy to share my knowledge.",
        f"With this knowledge, you are now well equipped to follow the developments around {topic}.",
    )
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
                out.append((f"{k // 2 + 1}. " * (rng.random() < 0.3) + _heading_from(sentence, rng), "li"))
            out.append((_restate(sentence, rng), "li"))
        else:
            out.append((_restate(sentence, rng), rng.choice(["li", "p"])))
    if rng.random() < 0.85:
        out.append((closer, "p"))
    return out


def author_bio(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    name = faker.name()
    adjectives = rng.sample(["kind", "curious", "brave", "witty", "gentle", "charming", "energetic", "loyal",
                             "creative", "honest", "cheerful", "vast", "talented", "sincere", "bright", "calm"], rng.randint(3, 7))
    hobbies = rng.sample(["Gardening", "Photography", "Hiking", "Chess", "Baking", "Knitting", "Cycling", "Fishing",
                          "Pottery", "Birdwatching", "Surfing", "Archery", "Calligraphy", "Skateboarding",
                          "Board games", "Woodworking", "Rock climbing", "Stand-up comedy"], rng.randint(2, 7))
    intro = _pick(
        rng,
        f"My name is {name}, I am a {', '.join(adjectives)} person who loves {rng.choice(['writing', 'blogging', 'teaching', 'reading'])} and wants to share my knowledge and understanding with you.",
        f"Hi, I'm {name}! I'm a {', '.join(adjectives)} writer and I enjoy sharing what I learn with readers like you.",
        f"I am {name}, a {', '.join(adjectives[:3])} individual who is passionate about {hobbies[0].lower()} and helping others.",
    )
    fields = [
        (_pick(rng, "Name", "Full name", "Author"), name),
        (_pick(rng, "Birthday", "Date of birth", "Born", "DOB"), faker.date_of_birth(minimum_age=18, maximum_age=80).strftime(rng.choice(["%Y-%m-%d", "%B %d, %Y", "%d/%m/%Y"]))),
        (_pick(rng, "Address", "Location", "Lives in", "Home"), faker.address().replace("\n", ", ")),
        (_pick(rng, "Phone", "Phone number", "Mobile", "Tel"), rng.choice([faker.phone_number(), "+" + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(11, 14)))])),
        (_pick(rng, "Job", "Occupation", "Profession", "Work"), faker.job()),
        (_pick(rng, "Hobby", "Hobbies", "Interests"), ", ".join(hobbies)),
        (_pick(rng, "Introduction", "About me", "Bio"), intro),
    ]
    if rng.random() < 0.25:  # prose variant
        return [(_pick(rng, "About the author", "Author information", "Meet the writer", "Author profile"), "h3"),
                (f"{name} was born on {fields[1][1]} and lives at {fields[2][1]}. {fields[4][1]} by trade, "
                 f"{name.split()[0]} enjoys {', '.join(h.lower() for h in hobbies)}. {intro}", "p")]
    keep = [f for f in fields if rng.random() < 0.85] or fields[:3]
    heading = _pick(rng, "Author information", "About the author", "Author details", "Writer profile", "Author Bio", "Profile")
    tag = rng.choice(["kv", "li", "p", "td", "div"])
    return [(heading, rng.choice(["h2", "h3", "p", "div"]))] + [(f"{k}: {v}", tag) for k, v in keep]


def rating_widget(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    votes = rng.randint(3, 5000)
    score = round(rng.uniform(2.5, 5.0), 1)
    fields = [
        (_pick(rng, "Author", "Written by", "Posted by"), faker.name()),
        (_pick(rng, "Last Updated", "Updated", "Published", "Date"), rng.choice(["", faker.date(), faker.date_this_decade().strftime("%B %d, %Y")])),
        (_pick(rng, "Views", "Page views", "Read", "Visits"), f"{rng.randint(50, 99999)}" + rng.choice(["", " times", " views"])),
        (_pick(rng, "Rating", "Score", "User rating", "Stars"), rng.choice([f"{score} / 5 ({votes} voted)", f"{score} out of 5 ({votes} votes)",
                                                                           f"{'★' * int(score)}{'☆' * (5 - int(score))} ({votes} reviews)", f"{score}/10 from {votes} users"])),
        (_pick(rng, "Reviews", "Feedback", "Helpful"), rng.choice([f"{rng.randint(40, 99)}% of readers found this page helpful",
                                                                   f"{rng.randint(2, 900)} people found this helpful", f"{rng.randint(40, 99)}% positive"])),
        (_pick(rng, "Reading time", "Read time"), f"{rng.randint(2, 25)} min" + rng.choice(["", "utes", " read"])),
        (_pick(rng, "Likes", "Shares", "Comments"), str(rng.randint(0, 5000))),
    ]
    keep = [f for f in fields if rng.random() < 0.7] or fields[2:4]
    heading = _pick(rng, "Article information", "Post information", "Page details", "About this article", "Article stats", "Post details")
    tag = rng.choice(["kv", "li", "p", "td", "div"])
    out = [(f"{k}: {v}".rstrip() if v else f"{k}:", tag) for k, v in keep]
    return ([(heading, rng.choice(["h2", "h3", "p", "div"]))] if rng.random() < 0.8 else []) + out


def _clickbait(rng: random.Random, faker) -> str:
    noun = faker.word().capitalize()
    year = rng.randint(2015, 2026)
    return _pick(
        rng, f"{rng.randint(3, 25)} {faker.word().capitalize()} Ways to Improve Your {noun} in {year}",
        f"Why {faker.first_name()} Is the Best {noun} (Updated {year})",
        f"{faker.catch_phrase()} - Everything You Need to Know",
        f"How to {faker.word().capitalize()} a {noun}: The Complete Guide ({year})",
        f"{faker.catch_phrase()} ({year})", f"{noun} Near Me: Top {rng.randint(5, 20)} Picks",
        f"What Is {noun}? Meaning, Examples and More",
        f"{faker.name()} Net Worth {year}: Age, Height, Wife",
    )


def link_strip(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    headings = ["Top Articles", "Latest Posts", "Related Posts", "Trending Now", "You Might Also Like",
                "Popular Articles", "Recent Posts", "Editor's Picks", "More From This Site", "Related Searches",
                "Most Read", "Recommended"]
    out: list[tuple[str, str]] = []
    for heading in rng.sample(headings, rng.randint(1, 3)):
        out.append((heading, rng.choice(["h2", "h3", "p", "div", "li"])))
        for _ in range(rng.choice([0, 0, 3, 5, 8])):
            out.append((_clickbait(rng, faker), rng.choice(["li", "li", "p", "div"])))
    return out


def keyword_stuffing(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    kw = _topic(title, sentences, rng).lower()
    parts = [f"best {kw}", f"{kw} near me", f"cheap {kw}", f"{kw} {rng.randint(2018, 2026)}", f"top {kw} reviews",
             f"{kw} for sale", f"buy {kw} online", f"{kw} deals", f"{kw} free", f"{kw} price", f"how to {kw}",
             f"{kw} tips", f"affordable {kw}", f"{kw} guide"]
    out = []
    for _ in range(rng.randint(1, 3)):
        chosen = [rng.choice(parts) for _ in range(rng.randint(6, 18))]
        sep = rng.choice([", ", " ", " | ", ". "])
        out.append((sep.join(chosen).capitalize() + rng.choice(["", "."]), rng.choice(["p", "div", "p"])))
    return out


def title_spam(rng: random.Random, faker, sentences: list[str], title: str | None) -> list[tuple[str, str]]:
    base = title or (sentences[0][:80] if sentences else faker.catch_phrase())
    return [(rng.choice([f"{base} ({rng.randint(2019, 2026)})", f"{base} ({rng.randint(1, 9)})",
                         f"{base} - Updated {rng.randint(2019, 2026)}", f"{base} | {faker.company()}"]),
             rng.choice(["h1", "h2", "p"]))]


GENERATORS = {"generated_summary": generated_summary, "author_bio": author_bio, "rating_widget": rating_widget,
              "link_strip": link_strip, "keyword_stuffing": keyword_stuffing, "title_spam": title_spam}


def _article_sentences(page: LabelledPage) -> list[str]:
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
    sentences = _article_sentences(page)
    chosen = rng.sample(families, min(len(families), rng.randint(1, 4)))
    new: list[tuple[str, str, str]] = []  # text, tag, family
    for fam in chosen:
        new.extend((text, tag, fam) for text, tag in GENERATORS[fam](rng, faker, sentences, page.title))
    position = content_idx[-1] + 1
    if rng.random() < 0.15:  # some filler sits before or inside the article
        position = rng.choice(content_idx)
    inserted = [
        replace(anchor, text=text, tag=tag if page.blocks[0].source == "html" else tag,
                link_chars=len(text) if fam == "link_strip" and tag != "h2" and rng.random() < 0.7 else 0,
                n_links=1 if fam == "link_strip" else 0)
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
        elif b.tag.startswith("h") and b.tag[1:].isdigit() and rng.random() < 0.2:
            text = "#" * int(b.tag[1]) + " " + text
        for tb in parse_text(text):
            blocks.append(replace(tb, index=len(blocks)))
            labels.append(lab)
            kinds.append(kind)
    return replace(page, id=page.id + "#text", blocks=blocks, labels=labels, kinds=kinds,
                   signals=Signals(url=page.url))
