"""The article-body convention and the converters that map each dataset's gold to it."""

import numpy as np
import pytest

from cleanpage.features import feature_names, page_features
from cleanpage.records import Block, Signals
from cleanpage.training.convention import body_text, headline_candidates, is_byline_or_dateline, is_headline
from cleanpage.training.corpus import SourcePage, align_labels
from cleanpage.training.postlight import (
    Extractor,
    check_first_words,
    fixture_metadata,
    fixture_tests,
    gold_of_marked,
    mark_gold,
    read_extractor,
)

PAGE = """<html><head><title>Truce Talks Stall Over Aid | The Daily Planet</title></head><body>
<nav><a href="/">Home</a></nav><h1>Truce Talks Stall Over Aid</h1>
<div class="byline">By Jane Roe</div>
<article class="story"><p>Negotiators met again on Wednesday without agreement on how aid should be inspected.</p>
<figure><img src="a.jpg"><figcaption>Photo: John Doe, AP</figcaption></figure>
<p>Officials said more talks were planned for next week in Cairo and at the United Nations.</p>
<div class="promo">Subscribe to our newsletter</div></article></body></html>"""


@pytest.mark.parametrize(
    "line",
    [
        "By STAFF | November 18, 2019 at 2:26 PM",
        "Published 4:00 am CST, Wednesday, November 20, 2019",
        "Updated: Sat 8:31 PM",
        "Stand: 12.03.2019, 14:30 Uhr",
        "Von Anna Schmidt",
        "Por María López",
        "August 6th, 2012 by Steve Cypher",
    ],
)
def test_bylines_and_datelines_are_recognised(line):
    assert is_byline_or_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "In 2012 by contrast prices fell sharply across the region.",
        "The man who the police said sowed terror",
        "Officials met on 12 May 2019 to discuss the budget for the coming year and beyond it.",
    ],
)
def test_body_sentences_are_not_bylines(line):
    assert not is_byline_or_dateline(line)


def test_body_text_drops_the_headline_byline_and_dateline_lines():
    gold = (
        "Truce Talks Stall Over Aid\nBy Jane Roe\nNovember 18, 2019 at 2:26 PM\n"
        "Negotiators met again on Wednesday.\nTruce talks stall over aid, the minister said, as before."
    )
    assert (
        body_text(gold, PAGE) == "Negotiators met again on Wednesday.\nTruce talks stall over aid, the minister said, as before."
    )


def test_headline_copies_are_labelled_not_body_even_where_the_gold_has_them():
    candidates = headline_candidates(PAGE)
    assert is_headline("Truce Talks Stall Over Aid (2024)", candidates)
    assert not is_headline("Negotiators met again on Wednesday without agreement on aid.", candidates)
    gold = "Truce Talks Stall Over Aid\nNegotiators met again on Wednesday without agreement on how aid should be inspected."
    blocks = [
        Block("Truce Talks Stall Over Aid", 0, tag="h1"),
        Block("Negotiators met again on Wednesday without agreement on how aid should be inspected.", 1),
    ]
    labels, _ = align_labels(blocks, SourcePage("x", "d", PAGE, gold_text=gold))
    assert labels == ["boilerplate", "content"]


EXTRACTOR_JS = """export const PlanetExtractor = {
  domain: 'www.planet.example',
  title: { selectors: ['h1.headline', ['meta[name="og:title"]', 'value']] },
  author: { selectors: ['.byline'] },
  content: {
    selectors: ['div.missing', ['article.story'], 'article'],
    transforms: { '.pb-caption': 'figcaption', 'img.lazy': $node => { $node.attr('src', 'x'); } },
    clean: ['.promo', '.ad'],
  },
};"""


def test_postlight_rules_are_read_from_the_javascript(tmp_path):
    path = tmp_path / "www.planet.example" / "index.js"
    path.parent.mkdir()
    path.write_text(EXTRACTOR_JS)
    ext = read_extractor(path)
    assert ext.content == (("div.missing",), ("article.story",), ("article",))
    assert ext.clean == (".promo", ".ad")
    assert set(ext.not_body) == {"h1.headline", ".byline", ".pb-caption"}


def test_postlight_gold_is_the_container_less_clean_captions_and_bylines():
    ext = Extractor("www.planet.example", (("div.missing",), ("article.story",)), (".promo",), (".byline",))
    gold = gold_of_marked(mark_gold(PAGE, ext))
    assert gold.split("\n") == [
        "Negotiators met again on Wednesday without agreement on how aid should be inspected.",
        "Officials said more talks were planned for next week in Cairo and at the United Nations.",
    ]
    assert mark_gold(PAGE, Extractor("x", (("div.nothing",),), (), ())) is None


def test_postlight_first_words_check():
    container = "Negotiators met again on Wednesday without agreement on how aid should be inspected."
    assert check_first_words("Negotiators met again on Wednesday without agreement on how aid should be", container)
    assert not check_first_words("Officials said more talks were planned for next week in Cairo", container)
    assert not check_first_words(None, container)
    assert check_first_words(
        "著者 古今東西の偉人たちが転生し、暮らしている異世界 さくら", "古今東西の偉人たちが転生し、暮らしている異世界――さくら小町"
    )


def test_postlight_tests_name_their_fixture_url_and_first_words(tmp_path):
    test = tmp_path / "www.planet.example" / "index.test.js"
    test.parent.mkdir()
    test.write_text("""
      url = 'https://www.planet.example/2019/talks.html';
      const html = fs.readFileSync('./fixtures/www.planet.example.html');
      const first13 = excerptContent($('*').first().text(), 13);
      assert.equal(
        first13,
        'Negotiators met again on Wednesday without agreement on how aid should be inspected.'
      );""")
    assert fixture_tests(tmp_path) == {
        "www.planet.example": (
            "https://www.planet.example/2019/talks.html",
            "Negotiators met again on Wednesday without agreement on how aid should be inspected.",
        )
    }


def test_postlight_tests_name_their_fixture_author_and_date(tmp_path):
    test = tmp_path / "www.planet.example" / "index.test.js"
    test.parent.mkdir()
    test.write_text(r"""
      const html = fs.readFileSync('./fixtures/www.planet.example.html');
      assert.equal(author, 'Nathan\xa0Tempey and O\'Neill');
      assert.equal(date_published, `2016-12-09T09:13:00.000Z`);
      const html = fs.readFileSync('./fixtures/www.planet.example--two.html');
      assert.equal(author, null);""")
    assert fixture_metadata(tmp_path) == {
        "www.planet.example": {"author": "Nathan\xa0Tempey and O'Neill", "date_published": "2016-12-09T09:13:00.000Z"},
        "www.planet.example--two": {"author": None},
    }


@pytest.mark.parametrize(
    "text, feature",
    [
        ("Photo: NAME, AP", "credit_shape"),
        ("(Foto: ABr)", "credit_shape"),
        ("Quelle: NAME / Fotolia.com", "credit_shape"),
        ("Image via Getty Images", "credit_shape"),
        ("By STAFF | November 18, 2019", "byline_shape"),
        ("Von Anna Schmidt", "byline_shape"),
        ("Updated: Sat 8:31 PM", "time_shape"),
        ("14:30 Uhr", "time_shape"),
    ],
)
def test_dateline_byline_and_credit_shapes_fire_across_languages(text, feature):
    names = list(feature_names())
    X = page_features([Block(text, 0), Block("An ordinary sentence of the story, nothing more.", 1)], Signals())
    assert X[0, names.index(feature)] == 1.0 and X[1, names.index(feature)] == 0.0


def test_prompt_legal_and_teaser_vocabulary_ratios():
    names = list(feature_names())
    blocks = [
        Block("Abonnieren Sie unseren Newsletter", 0),
        Block("All rights reserved. Reprints and permissions", 1),
        Block("Lesen Sie auch", 2),
        Block("The council voted on the plan after a long debate.", 3),
    ]
    X = page_features(blocks, Signals())
    col = {name: X[:, names.index(name)] for name in ("prompt_ratio", "legal_ratio", "teaser_ratio")}
    assert col["prompt_ratio"][0] > 0.3 and col["legal_ratio"][1] > 0.5 and col["teaser_ratio"][2] == 1.0
    assert all(np.all(c[3] == 0) for c in col.values())


def test_comments_datelines_and_closing_matter_after_the_story_are_not_body():
    from cleanpage.training.convention import outside_the_story

    story = (
        "The council voted on Tuesday to rebuild the old bridge over the river, after years of delays, two failed "
        "tenders and a long public debate about the cost of the work."
    )
    blocks = [
        Block("By Jane Roe", 0),
        Block(story, 1),
        Block(story.replace("council", "mayor"), 2),
        Block("Reporting was contributed by John Doe.", 3),
        Block("Marilyn says:", 4, ancestor_hints=frozenset({"comment"})),
        Block("December 20, 2016 at 12:37 pm", 5, ancestor_hints=frozenset({"comment"})),
        Block(
            "I think the bridge is a waste of money and the council should have fixed the roads first instead.",
            6,
            ancestor_hints=frozenset({"comment"}),
        ),
    ]
    labels = ["content"] * len(blocks)
    assert outside_the_story(blocks, labels) == [0, 3, 4, 5, 6]


def test_a_story_inside_a_comment_classed_container_is_not_dropped():
    from cleanpage.training.convention import outside_the_story

    story = (
        "The council voted on Tuesday to rebuild the old bridge over the river, after years of delays, two failed "
        "tenders and a long public debate about the cost of the work."
    )
    hint = frozenset({"comment", "content"})
    blocks = [Block(story, 0, ancestor_hints=hint), Block(story, 1, ancestor_hints=hint)]
    assert outside_the_story(blocks, ["content", "content"]) == []


def test_gold_lines_of_reader_comments_are_taken_out_of_the_gold():
    from cleanpage.training.corpus import without_outside_matter

    story = (
        "The council voted on Tuesday to rebuild the old bridge over the river, after years of delays, two failed "
        "tenders and a long public debate about the cost."
    )
    comment = "I think the bridge is a waste of money and the council should have fixed the roads first instead of this."
    html = (
        f"<html><body><article><p>{story}</p><p>{story.replace('council', 'mayor')}</p></article>"
        f"<div class='comments'><div class='comment'><p>{comment}</p></div></div></body></html>"
    )
    page = SourcePage("x", "dragnet_data", html, gold_text=f"{story}\n{story.replace('council', 'mayor')}\n{comment}")
    assert without_outside_matter(page).gold_text.split("\n") == [story, story.replace("council", "mayor")]


@pytest.mark.parametrize(
    "line",
    [
        "Related: Chicago is America's most segregated city",
        "SEE ALSO: The worst things people do on airplanes, ranked",
        "READ MORE: Style and design tips from the new video",
        "Related article: The couple plan to marry next spring",
        "Lesen Sie auch: Warum die Brücke später fertig wird",
        "Mehr zum Thema: Die Stadt und ihre Brücken",
        "Lire aussi : Les critiques de la commission contre le projet",
        "Lee también: El puente nuevo abrirá en mayo",
        "Читайте также: Стоимость проезда в метро вырастет с 1 января",
        "Related stories",
        "Související",
    ],
)
def test_read_also_teasers_are_recognised(line):
    from cleanpage.lines import is_read_also

    assert is_read_also(line)


@pytest.mark.parametrize(
    "line",
    [
        "Related to the vote, the mayor said the budget would grow.",  # a sentence, no label
        "Read more about the bridge in our archive, where the full history of the project is kept "
        "together with every council decision, every tender and every public comment of the last "
        "twenty years of debate.",  # too long to be a teaser
        "The related costs rose: by 2020 they were twice the estimate.",
        "Seeing also matters, the engineer said.",
    ],
)
def test_story_sentences_are_not_read_also_teasers(line):
    from cleanpage.lines import is_read_also

    assert not is_read_also(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our newsletter",
        "SIGN UP FOR OUR NEWSLETTER",
        "Want more Rolling Stone? Sign up for our newsletter.",
        "Subscribe to Breaking News Alerts and keep your inbox happy.",
        "Please register to read the full story.",
        "Donate to support independent journalism",
        "Jetzt abonnieren und weiterlesen",
        "Abonnez-vous à notre lettre d'information",
    ],
)
def test_prompts_are_recognised(line):
    from cleanpage.lines import is_prompt

    assert is_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Donated by Charles L. Blockson, Gwynedd, Pa.",
        "Subscribers, click here to watch.",
        "Registered nurses went on strike on Monday.",
        "I also subscribe to every newsletter about the bridge.",
        "Voters who sign up before May can vote in the primary, the clerk said.",
    ],
)
def test_story_lines_are_not_prompts(line):
    from cleanpage.lines import is_prompt

    assert not is_prompt(line)


def test_read_also_teasers_and_prompts_are_not_body_wherever_they_sit():
    from cleanpage.frame import frame_story
    from cleanpage.training.convention import outside_the_story

    story = (
        "The council voted on Tuesday to rebuild the old bridge over the river, after years of delays, two failed "
        "tenders and a long public debate about the cost of the work."
    )
    teaser, prompt = "Related: Mayor opens the new ferry line", "Sign up for our newsletter"
    texts = [story, teaser, story.replace("council", "mayor"), prompt, story]
    blocks = [Block(t, i) for i, t in enumerate(texts)]
    assert outside_the_story(blocks, ["content"] * len(blocks)) == [1, 3]
    assert frame_story(texts, [True] * len(texts), None, blocks) == {1: "read_also", 3: "prompt"}
