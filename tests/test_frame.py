"""The story frame: rules that keep headline copies, bylines, datelines and closing matter out of
the text after the classifier has decided (`cleanpage.frame`), and the line shapes it finds them
by (`cleanpage.lines`), mostly tested through the frame."""

import re

import numpy as np
import pytest

from cleanpage.frame import frame_story
from cleanpage.lines import is_ad_label, is_closing_matter

LONG = (
    "The council voted on Tuesday to rebuild the old bridge over the river, after years of delays, two "
    "failed tenders and a long public debate about the cost of the work. "
)


def story(n=4):
    return [LONG.replace("council", f"council {i}") for i in range(n)]


def test_headline_copies_bylines_and_ad_labels_before_the_story_go():
    texts = ["Advertisement", "Bridge Vote Passes at Last (2024)", "By Jane Roe | March 3, 2024 at 9:14 am", *story()]
    out = frame_story(texts, [True] * len(texts), "Bridge Vote Passes at Last")
    assert out == {0: "ad_label", 1: "headline_copy", 2: "byline_or_dateline"}


def test_closing_matter_after_the_story_goes_and_the_story_stays():
    texts = [*story(), "Jane Roe is a reporter covering city hall for the Courier.", "See all >"]
    out = frame_story(texts, [True] * len(texts), None)
    assert out == {4: "closing_matter", 5: "closing_matter"}
    texts = [*story(), "Reporting by Jane Roe", "Our picks"]  # a reporting credit ends the story
    out = frame_story(texts, [True] * len(texts), None)
    assert out == {4: "closing_matter", 5: "after_the_end"}
    texts = [*story(), "With the headline:", "Our picks:"]
    assert frame_story(texts, [True] * len(texts), None) == {4: "closing_matter", 5: "closing_matter"}
    texts = [*story(), "Related:"]  # a "read also" label goes wherever it sits
    assert frame_story(texts, [True] * len(texts), None) == {4: "read_also"}


def test_a_reporting_credit_ends_the_story():
    tail = [
        "As an expert deeply immersed in bridges, I can say the key points of this article are these, and "
        "my knowledge of the field lets me explain every one of them to you in depth right here.",
        "Key point one: the council voted.",
    ]
    texts = [*story(), "Reporting was contributed by John Doe and Ann Lee.", *tail]
    out = frame_story(texts, [True] * len(texts), None)
    assert out == {4: "closing_matter", 5: "after_the_end", 6: "after_the_end"}


def test_arrow_links_after_the_story_go():
    texts = [*story(3), "See all stories >", "一覧へ>", "More news »"]
    assert frame_story(texts, [True] * 6, None) == {3: "closing_matter", 4: "closing_matter", 5: "read_also"}


def test_a_credit_line_early_in_the_story_does_not_cut_it():
    texts = [story()[0], "Additional reporting by John Doe.", *story(6)[1:]]
    assert frame_story(texts, [True] * len(texts), None) == {}


def test_nothing_is_framed_without_a_long_paragraph_or_what_was_dropped_anyway():
    assert frame_story(["By Jane Roe", "Short line."], [True, True], None) == {}
    texts = ["By Jane Roe", *story()]
    assert frame_story(texts, [False] + [True] * 4, None) == {}


def test_a_data_tables_cells_below_the_story_stay_unless_they_are_stamps():
    """Below the story's last long paragraph a table cell that reads mostly as a date ("Read 01/02
    as 1 February") is the table's; a cell that is only a stamp (a forum post's) still goes."""
    from cleanpage.records import Block

    texts = [*story(2), "dayfirst", "Read 01/02 as 1 February", "parse_dates", "01-15-2012 06:40 PM"]
    blocks = [*blocks_of(story(2)), *(Block(t, 2 + k, tag="td", table=0, row=k // 2) for k, t in enumerate(texts[2:]))]
    assert frame_story(texts, [True] * 6, None, blocks) == {5: "closing_matter"}
    outside = blocks_of(texts)  # the same lines outside a table close the story
    assert frame_story(texts, [True] * 6, None, outside) == {3: "closing_matter", 5: "byline_or_dateline"}


def test_a_story_written_in_short_paragraphs_is_framed():
    """A wire story's one-sentence paragraphs (none of `is_long_paragraph`'s length): three kept
    sentences of twelve words or more make the story, and what surrounds it is framed."""
    wire = [
        "A winter storm left more than 200,000 homes without power across the upper Midwest on Sunday.",
        "Utility crews worked through the night.",
        "Wind gusts reached 60 mph in some areas, the National Weather Service said on Sunday.",
        "Schools in several districts will stay closed on Monday, officials said in a statement.",
    ]
    closing = ["Related: How to prepare for a power outage", "Copyright 2022 The Associated Press. All rights reserved."]
    texts = ["By ERIN WALSH Associated Press", *wire, *closing]
    out = frame_story(texts, [True] * len(texts), None)
    assert out == {0: "byline_or_dateline", 5: "read_also", 6: "legal_notice"}
    # two such sentences, or short lines only, are not a story: only what is out anywhere goes (not the
    # byline, which is out above a story)
    assert frame_story([texts[0], *wire[:2], texts[5]], [True] * 4, None) == {3: "read_also"}
    assert frame_story(["By Jane Roe", "Short line.", "Another short line."], [True] * 3, None) == {}


def test_shapes_in_other_languages():
    assert is_ad_label("Anzeige") and is_ad_label("Supported by") and not is_ad_label("Supported by the council")
    assert is_closing_matter("Alle Rechte vorbehalten.") and is_closing_matter("(Reporting by Jane Doe; Editing by Tom Brown)")
    assert not is_closing_matter(LONG)
    # a bio opens with a name, not with a sentence's "Here is" before a bureau's calendar
    assert is_closing_matter("Jane Roe is a reporter in the Washington bureau.")
    assert not is_closing_matter("Here is a Visitors Bureau calendar of January events and expected attendees:")


def test_every_paragraph_names_what_decided_it(fixtures):
    import cleanpage

    result = cleanpage.clean((fixtures / "seed-spam-page.html").read_bytes())
    reasons = {p.text[:30]: p.reason for p in result.paragraphs}
    assert reasons["Supported by"] == "ad_label"
    assert reasons["By Farnaz Fassihi,Patrick King"] == "byline_or_dateline"
    assert reasons["Reporting was contributed by R"] == "closing_matter"
    assert reasons["Farnaz Fassihi is a reporter f"] == "after_the_end"
    for p in result.paragraphs:
        assert p.reason in (p.label, "list_pooled") or not p.kept, p
        assert p.to_dict()["reason"] == p.reason


def test_a_stuffed_paragraph_names_the_envelope():
    import cleanpage

    stuffed = "cheap flights cheap flights " * 12 + "book cheap flights now."
    page = (
        "<html><body><article>" + "".join(f"<p>{LONG}</p>" for _ in range(3)) + f"<p>{stuffed}</p>" + "</article></body></html>"
    )
    paragraph = next(p for p in cleanpage.clean(page).paragraphs if p.text.startswith("cheap flights"))
    assert paragraph.reason == "keyword_density_envelope" and not paragraph.kept and paragraph.label == "seo_filler"


def test_datelines_need_a_date_not_just_a_number():
    from cleanpage.lines import is_byline_or_dateline

    for dateline in (
        "Published 4:00 am CST, Wednesday, November 20, 2019",
        "Updated: Sat 8:31 PM",
        "Stand: 12.03.2019, 14:30 Uhr",
        "2019-11-20",
        "November 18, 2019",
    ):
        assert is_byline_or_dateline(dateline), dateline
    for cell in ("2019", "11,002", "1 545 500", "42"):  # table cells and counts keep their place
        assert not is_byline_or_dateline(cell), cell


def test_a_byline_run_together_with_its_dates_goes_above_and_below_the_story():
    from cleanpage.lines import is_meta_strip

    strips = [
        "By Priya Nair Published 6:12 AM EST, Tue December 1, 2020 5 min read",
        "by Al Tompkins Published Nov. 7, 2012 2:25 pm Updated Nov. 7, 2012 4:01 pm",
        "Par Claire Dubois | Publié le 07/05/2022 à 08h15 | Mis à jour le 07/05/2022 à 11h02",
        # a reporter's address and the paper's name beside them
        "By Daniel Reyes | dreyes@frontrangeherald.com | Front Range Herald PUBLISHED: June 18, 2024 at 4:12 p.m. | "
        "UPDATED: June 18, 2024 at 9:47 p.m.",
    ]
    for strip in strips:
        assert is_meta_strip(strip), strip
        texts = [strip, *story(4)]
        assert frame_story(texts, [True] * len(texts), None) == {0: "byline_or_dateline"}, strip
    from cleanpage.lines import story_byline_author

    texts = [strips[0], *story(4)]
    assert story_byline_author(texts, [False] + [True] * 4) == "Priya Nair"
    for line in (
        "By 2020, the council said, 14 of the 20 schools would have been rebuilt.",
        "By the end of the day on Monday, December 1, the river had risen by two metres.",
    ):
        assert not is_meta_strip(line), line


def test_table_cells_before_the_story_are_not_datelines():
    texts = ["Year", "Visitors", "2019", "11,002", *story()]
    assert frame_story(texts, [True] * len(texts), None) == {}


def test_a_comment_section_heading_ends_the_story():
    comments = ["Jane Doe · March 10, 2017 at 12:20 AM", LONG.replace("council", "commenter's council"), "Reply"]
    for header in ("13 Comments", "Leave a Reply", "Kommentare (4)"):
        texts = [*story(), header, *comments]
        out = frame_story(texts, [True] * len(texts), None)
        assert out.get(5) == out.get(6) == "after_the_end", header
        assert out.get(7) == "comment_thread", header  # "Reply" goes wherever it sits
        assert out.get(4) == "comment_thread", header  # the heading itself is not the story either
        assert not any(i in out for i in range(4))
    # dropped by the model, the heading still marks the end
    texts = [*story(), "There are 13 comments", *comments]
    assert frame_story(texts, [True] * 4 + [False] + [True] * 3, None).get(6) == "after_the_end"


def test_a_story_subheading_is_not_a_comment_heading():
    texts = [*story(3), "Russia's reply", *story(2), "Comments from the minister were sharp."]
    assert frame_story(texts, [True] * len(texts), None) == {}
    texts = [story()[0], "13 Comments", LONG, LONG]  # too little story before it to be its end
    assert frame_story(texts, [True] * len(texts), None) == {}
    texts = [*story(2), "13 Comments", LONG, LONG]  # two long paragraphs are enough story
    assert frame_story(texts, [True] * len(texts), None) == {2: "comment_thread", 3: "after_the_end", 4: "after_the_end"}


def test_photo_credits_go_wherever_they_sit():
    from cleanpage.lines import is_photo_credit

    for credit in (
        "Photo: Jane Doe, AP",
        "(Image credit: Submitted by Ashley)",
        "Foto: Privat",
        "Quelle: NAME / Fotolia.com",
        "(Foto: ABr)",
        "A shopper looks at a display. (Jane Doe/Associated Press)",
        "Steven Doe | The Image Bank | Getty Images",
        "A kicker poses in his costume. (@kicker10/Twitter)",
        "(janedoe/Instagram)",
        "Photo by Jane Doe",
        "Photos courtesy of the Smith family",
        "(Jane Doe Photography)",
        "Jane Doe/REUTERSA jet drops flares during a drill",
        "REUTERS/Jane Doe",
        "Archivbild: dpa",  # German news labels an archive or stock picture by its kind
        "Symbolbild: picture alliance",
        "Crédito: Reuters",
        "Fotografía: EFE",
        "El ministro presenta el plan. Imágenes capturadas de video",  # a Spanish credit closing a caption
        "La casa tras el incendio. Foto cedida por la Familia García",
        "Screenshot: Twitter",
        "Image captured from CBS News coverage",
        "Image from GoComics.com",
        "Image via Getty Images",
        "The basement at 80 New York. (Scott Heins/Gothamist)",  # a caption's closing credit
        "Propaganda looked cooler in 1952. (Public domain)",
        "The mayor at the opening. (Courtesy of the City of Riverside)",
        "Rescue crews move residents along Harbor Road. Photograph: Sam Lee/Coast Herald",  # a labelled closing credit
        "A version of the Juno rover with tires. Credit: CSA",
        "Helfer füllen am Ufer Sandsäcke.Quelle: Max Huber / Fotolia.com",  # credit glued to the caption, a site's name
        "Radfahrer auf der Karl-Liebknecht-Straße (Symbolbild)",  # a stock picture's mark closing its caption
        "Police at the scene on Monday. (File photo)",
        "Marcos Baghdatis (AAP)",  # a wire's name closing a caption
        "Pierwszy tramwaj na nowej trasie. Fot. Jan Kowalski / Polska Press",  # Polish "Fot." closing a caption
        "Fot. Jan Kowalski",
        "Źródło: Gazeta Małopolska",
        "STAFF PHOTO BY KATHY ANDERSON Supriya Jindal outside their home.",
        "© picture alliance / dpa | Kay Nietfeld",  # a copyright sign before a photo agency
        "© dpa",
        "Symbolbild",  # a caption's label alone
        "Courtesy of the artist",
        "Fotó: MTI",  # the label in Hungarian, Finnish, Indonesian, Russian, Turkish
        "Kuva: Lehtikuva",
        "Gambar: Istimewa",
        "Фото: РИА Новости",
        "Fotoğraf: AA",
    ):
        assert is_photo_credit(credit), credit
    for line in (
        "The photo shows the bridge before the flood.",
        "Images of the war: a retrospective",
        "Ratio (a/x)",
        "Photo by photo, the show grows",
        "AP/Ipsos poll finds most voters undecided",
        "(CBS/AP) MOSCOW - Villagers in the south Urals have found a meteorite, officials said.",
        "Input/Output operations rose",
        "Bilder des Tages",
        "Bildergalerie ansehen",
        "Las imágenes tomadas en 2019 muestran el daño.",
        "Las fotos tomadas por la policía muestran el daño",
        "Images from the probe show a frozen lake. Scientists were surprised.",
        "The council voted 6-1 (Smith/Jones dissenting).",
        "Both schools (Harvard/MIT) declined to comment.",
        "The museum reopened. Photographs: the collection's heart, she said, and its future.",
        "Prices rose. Quelle des Problems: die Energie.",  # a sentence, not a site or a name
        "The word (Symbolbild) means a stock picture.",
        "The meeting was held in Pittsburgh (PA)",
        "Fotografia i film to jej pasje.",
        "The staff photo day is on Monday.",
        "© 2020 Example Inc. All rights reserved",  # a copyright line (legal), not a photo's credit
        "Courtesy of the city, residents can now park for free on Sundays.",
        "Symbolbilder zeigen das nicht",
        LONG,
    ):
        assert not is_photo_credit(line), line
    texts = [*story(2), "Foto: Privat", *story(2)]
    assert frame_story(texts, [True] * len(texts), None) == {2: "photo_credit"}


def test_an_advertisements_notice_goes_wherever_it_sits():
    from cleanpage.lines import is_ad_notice

    for notice in (
        "Story continues below advertisement",
        "Advertisement - story continues below",
        "Continue reading the main story",
        "ARTICLE CONTINUES BELOW",
        "Weiterlesen nach der Anzeige",
    ):
        assert is_ad_notice(notice), notice
    for line in ("The story continues below the bridge, where the river turns.", "Continue reading", "Anzeige erstattet"):
        assert not is_ad_notice(line), line
    texts = [*story(2), "Story continues below advertisement", *story(2)]
    assert frame_story(texts, [True] * len(texts), None) == {2: "ad_label"}
    # an ad slot's label between paragraphs goes too; a list item of one word a label could use stays
    labels = ["Advertisement", "ADVERTISEMENT", "- Anzeige -", "Sponsored Content", "Publicidad"]
    texts = [*story(2), *labels, *story(2)]
    assert frame_story(texts, [True] * len(texts), None) == dict.fromkeys(range(2, 7), "ad_label")
    for line in ("Browser", "Support", "Partner", "Advertisement revenue fell by a third.", "Paid"):
        texts = [*story(2), line, *story(2)]
        assert frame_story(texts, [True] * len(texts), None) == {}, line


def test_tag_lines_go_wherever_they_sit():
    from cleanpage.lines import is_tag_line

    for line in (
        "Tags: bikes, city council, transportation", "Filed under: Politics", "Schlagwörter: Verkehr, Radwege",
        "Argomenti: Roma Lavori pubblici Tevere", "Onderwerpen: Wonen, Groningen", "Topics: Immigration",
        "Related topics: Internet and Web security",
    ):  # fmt: skip
        assert is_tag_line(line), line
    for line in (
        "Tagged as a suspect, he fled.", "Topics of the talks: trade and tariffs.",
        "Category 5 storms hit the coast: the worst in years.", LONG,
    ):  # fmt: skip
        assert not is_tag_line(line), line
    texts = [*story(2), "Filed under: Politics, Local News", *story(2), "Tags: bikes"]
    assert frame_story(texts, [True] * len(texts), None) == {2: "tag_line", 5: "tag_line"}
    # the label alone above its tags, each a link of its own; a table's "Topic" column and a list's "Categories" stay
    assert is_tag_line("Tags") and is_tag_line("Schlagwörter:") and not is_tag_line("Topic") and not is_tag_line("Categories")
    texts = [*story(3), "Tags", "robotics", "fundings & exits"]
    paths = {3: "div.article__tags>span", 4: "div.article__tags>ul>li>a", 5: "div.article__tags>ul>li>a"}
    out = frame_story(texts, [True] * 6, None, blocks_of(texts, linked={4: True, 5: True}, paths=paths))
    assert out == {3: "tag_line", 4: "tag_line", 5: "tag_line"}
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths)) == {3: "tag_line"}  # not links: kept


def test_cookie_and_affiliate_notices_go_wherever_they_sit():
    from cleanpage.lines import is_legal_notice

    for notice in (
        "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
        "This post may contain affiliate links. Please read my disclosure policy for more details.",
        "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
        "As an Amazon Associate I earn from qualifying purchases.",
        "Vox Media has affiliate partnerships. These do not influence editorial content, though Vox Media may earn "
        "commissions for products purchased via affiliate links.",
        "When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.",
        "We may earn a commission from links on this page.",
        "Note to readers: if you purchase something through one of our affiliate links we may earn a commission.",
        "This content is for informational purposes only and is not a substitute for professional medical advice.",
        "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or "
        "research, no part may be reproduced without the written permission.",
        "Copyright 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, "
        "rewritten or redistributed without permission.",
    ):
        assert is_legal_notice(notice), notice
    for line in (
        "The regulator said sites that use cookies must ask first, and most do not.",
        "Affiliate links pay bloggers a share of each sale, the study found.",
        "Few small shops have affiliate partnerships with the big retailers, the survey found.",
        "When you buy any item at Amazon via the links below, your purchase helps keep this blog running.",
        "When you click on the link for Tromso, you will see four plots like the above.",
        LONG,
    ):
        assert not is_legal_notice(line), line
    texts = ["This post may contain affiliate links.", *story(4)]
    assert frame_story(texts, [True] * len(texts), None) == {0: "legal_notice"}


def test_a_comment_sections_buttons_go_wherever_they_sit():
    """ "Reply", "Leave a Reply", "Submit Comment": a comment section's controls, between comments
    or below the story; a sentence that asks for replies is not one."""
    buttons = ["Reply", "Reply ↓", "Antworten", "Responder"]  # between comments the story's paragraphs follow
    texts = [*story(2), *buttons, *story(2)]
    assert frame_story(texts, [True] * len(texts), None) == dict.fromkeys(range(2, 6), "comment_thread")
    forms = [
        "Leave a Reply",
        "Post a comment",
        "SUBMIT COMMENT",
        "Cancel reply",
        "Kommentar schreiben",
        "[add comment]",
        "Comments (12)",
    ]
    for line in forms:  # a comment form's heading also ends the story (`is_comments_header`); alone, it goes too
        texts = [*story(4), line]
        assert frame_story(texts, [True] * len(texts), None) == {4: "comment_thread"}, line
    for line in ("Reply to the council's letter by Friday.", "Post a comment on the board, he said.", "Replying"):
        texts = [*story(2), line, *story(2)]
        assert frame_story(texts, [True] * len(texts), None) == {}, line


def test_a_rating_widgets_lines_go_wherever_they_sit():
    """A recipe card's or review box's score ("4.94 from 327 votes", "Rated 8 out of 10", stars) is a
    widget; a sentence with a score in it, a date and a fraction of a recipe are not."""
    from cleanpage.lines import is_rating_line

    for line in ("4.94 from 327 votes", "Rated 8 out of 10", "3.0 stars 90 user reviews", "★★★★☆ (12)", "4,5 von 5", "9.2/10"):
        assert is_rating_line(line), line
    for line in (
        "8/10/2022 6:55 AM PT",
        "1/2 cup butter, melted",
        "3 stars were given to the hotel by every inspector who visited it last year.",
        "4 out of 5 voters backed the plan.",
    ):
        assert not is_rating_line(line), line
    texts = [*story(2), "4.94 from 327 votes", *story(2)]
    assert frame_story(texts, [True] * len(texts), None) == {2: "rating"}
    # a feedback widget's question goes too; a question about help in the story does not
    for line in ("Was this article helpful?", "Did you find this page useful?", "Is this helpful?"):
        texts = [*story(2), line, *story(2)]
        assert frame_story(texts, [True] * len(texts), None) == {2: "rating"}, line
    texts = [*story(2), "Was this policy helpful to farmers? Not much, the study found.", *story(2)]
    assert frame_story(texts, [True] * len(texts), None) == {}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Skip to main content", "navigation"),
        ("Start of sidebar. Skip to end of sidebar.", "navigation"),
        ("Back to top ^", "navigation"),
        ("Jump to Recipe", "navigation"),
        ("Previous post: How to bake bread", "navigation"),
        ("Listen to this article", "navigation"),
        ("5 min read", "byline_or_dateline"),
        ("Reading time: 3 minutes", "byline_or_dateline"),
        ("Lesezeit: 3 Minuten", "byline_or_dateline"),
        ("Email address", "prompt"),
        ("Thank you for subscribing!", "prompt"),
        ("By signing up, you agree to our Terms of Use and Privacy Policy.", "prompt"),
        ("You have 2 free articles remaining this month.", "prompt"),
        ("Already a subscriber? Sign in", "prompt"),
        ("Have a news tip? Email us at tips@example.com", "prompt"),
        ("Have a confidential tip for our reporters? Get in touch", "prompt"),
        ("LEARN MORE", "navigation"),
        ("Mehr erfahren", "navigation"),
        ("The day's top stories, delivered to your inbox every weekday.", "prompt"),
        ("Privacy Policy | Terms of Use", "legal_notice"),
        ("© 2020 Example Media Group", "legal_notice"),
        ("Comments are closed.", "comment_thread"),
        ("Sign in to comment", "comment_thread"),
        ("More from Opinion", "read_also"),
        ("Editor's Picks", "read_also"),
        ("Related posts:", "read_also"),
        ("Up next", "read_also"),
        ("Noticias relacionadas", "read_also"),
        ("Related topics", "read_also"),
        ("More on this story", "read_also"),
        ("Elsewhere on the BBC", "read_also"),
        ("Read more...", "navigation"),
        ("Weiterlesen", "navigation"),
        ("Zur Startseite", "navigation"),
        ("Artikel teilen", "share_bar"),
        ("Ascolta l'articolo 3 min Condividi Commenta", "share_bar"),
        ("Melden Sie sich jetzt zum Newsletter an!", "prompt"),
        ("What's your reaction?", "rating"),
        ("Wie hat Ihnen dieser Artikel gefallen?", "rating"),
        ("How useful was this post?", "rating"),
        ("Click on a star to rate it!", "rating"),
        ("No votes so far! Be the first to rate this post.", "rating"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "legal_notice"),
        ("Se adhiere a los criterios de The Trust Project", "legal_notice"),
        ("声明：本文仅代表作者观点，不代表本站立场。如有侵权请联系删除。", "legal_notice"),
    ],
)
def test_a_pages_own_furniture_goes_wherever_it_sits(line, reason):
    """Skip links, post navigation, reading time, sign-up form lines, paywall notices, legal links
    and list headings a modern page puts between or around its paragraphs."""
    texts = [*story(2), line, *story(2)]
    assert frame_story(texts, [True] * len(texts), None) == {2: reason}


@pytest.mark.parametrize(
    "line",
    [
        "Back to the top of the league table went the Rovers after a 3-0 win on Saturday.",
        "Start of the sidebar campaign: skip to the end of the list if you know it.",
        "The next article of the treaty deals with fishing rights.",
        "Listen to the experts, the minister said.",
        "It takes 5 minutes to read the whole report.",
        "Your email was forwarded to the council, the spokesman said.",
        "To continue reading the files, investigators needed a court order.",
        "Privacy policy experts disagree about the new law.",
        "Copyright 1970, 194 pages total, from Teledyne Post, with ten chapters of problems, examples and rules.",
        "Comments from readers closed the debate.",
        "More from the interview with the mayor follows below this paragraph.",
        "More from the mayor",  # an interview's subheading: "More from NAME" names a site or section
        "Read more about the plan on the council's website.",
        "Up next for the council is the budget.",
        "Recent posts by the agency drew criticism.",
        "More on this story will follow as it develops, the editor said.",
        "Elsewhere on the coast, the storm did little damage.",
        "Wer mitmachen will, ist willkommen. Melden Sie sich bis Freitag beim Verein an.",
        "Jeder kann mitmachen: Melden Sie sich hier im Rathaus bei Frau Huber an.",
        "What's your reaction to the verdict, the reporter asked the mayor.",
        "Members of the Trust Project met on Monday to discuss standards for local journalism.",
        "Rate this recipe and the others in the contest, the judges told the crowd.",
        "Do you have a tip for parents, the nurse asked the mothers in the waiting room.",
        "Learn more about the plan at the council's meeting on Monday.",
    ],
)
def test_sentences_with_the_furnitures_words_stay(line):
    texts = [*story(2), line, *story(2)]
    assert frame_story(texts, [True] * len(texts), None) == {}, line


def test_copyright_and_reprint_notices_go_wherever_they_sit():
    """A short copyright or reprint notice is legal and citation matter, in the middle of a page
    too; a sentence about rights or reprints is not one."""
    from cleanpage.lines import is_legal_notice

    for notice in (
        "Copyright Aetna, Inc., 1992. All rights reserved. Used with permission)",
        "(This article first appeared in the March 2002 issue of Multimedia Schools, © 2002, NAME, all rights reserved.)",
        "Reprinted from the Middle East Studies Association Bulletin, July 1995.",
        "Reprinted with permission of the author.",
        "© Copyright",
        "COPYRIGHT",
        "© 2019 Beispiel GmbH. Alle Rechte vorbehalten.",
        "Todos los derechos reservados.",
        "(C) Copyright 2004 NAME",
        "Copyright (c) 2004-2010 NAME",
    ):
        assert is_legal_notice(notice), notice
    for line in (
        "The label kept all rights reserved to the band's estate, the lawyer said.",
        "The essay was reprinted in three newspapers the following week.",
        "Copyright law has not kept up with sampling, she argues.",
        "(c) The third option is to leave copyright to the courts.",
    ):
        assert not is_legal_notice(line), line
    texts = [*story(2), "Copyright 2003 NAME. All rights reserved.", *story(2)]
    assert frame_story(texts, [True] * len(texts), None) == {2: "legal_notice"}


def test_a_slideshow_counter_leads_a_caption():
    texts = [*story(2), "1of4 A shopper looks at a display in the new store on Monday.", *story(2)]
    texts += ["Photo 3 of 12: The bridge before the flood", "Bild 2 von 5 Die Brücke im Winter", "1 of 11"]
    assert frame_story(texts, [True] * len(texts), None) == {2: "caption", 5: "caption", 6: "caption", 7: "caption"}
    for line in ("1 of 4 adults said they had not voted.", "10 of 12 jurors agreed.", "Photography of the war"):
        texts = [*story(2), line, *story(2)]
        assert frame_story(texts, [True] * len(texts), None) == {}, line


def test_a_forms_labels_go():
    """A sign-up form's checkbox label ("Yes! Also send me …") is not the story; a page whose
    whole body sits in a form (ASP.NET's) keeps its paragraphs."""
    from dataclasses import replace

    texts = [*story(2), 'Yes! Also send me "In Case You Missed It..."', *story(2)]
    blocks = blocks_of(texts, paths={2: "div.signup>form.opt-in>div>label"})
    blocks[2] = replace(blocks[2], ancestors=frozenset({"body", "div", "form"}))
    assert frame_story(texts, [True] * 5, None, blocks) == {2: "prompt"}
    in_form = [replace(b, ancestors=frozenset({"body", "form", "div"})) for b in blocks_of(texts)]
    assert frame_story(texts, [True] * 5, None, in_form) == {}


def test_share_buttons_go_and_share_prices_stay():
    from cleanpage.lines import is_share_button

    for button in (
        "Share this:",
        "Click to share on Twitter (Opens in new window)",
        "Email",
        "Tweet",
        "61 Shares",
        "Teilen",
        "この記事をシェアしよう",
        "ツイートシェアはてなブックマーク",  # a bar's buttons run together
        "Поделиться: ВКонтакте Telegram Одноклассники",
        "Pin it for later!",
    ):
        assert is_share_button(button), button
    for line in (
        "Share prices fell", "Print edition subscribers get more", "Email the council about it", "国内シェア1位",
        "このアプリでは写真をシェアする機能があり、ツイートもできる。",  # a sentence about sharing
    ):  # fmt: skip
        assert not is_share_button(line), line
    texts = [*story(3), "Share this:", "Click to share on Facebook (Opens in new window)"]
    assert frame_story(texts, [True] * len(texts), None) == {3: "share_bar", 4: "share_bar"}


def test_cjk_paragraphs_frame_their_story_and_datelines():
    cjk = (
        "地元当局者は死傷者の大半は町の外から発射されたロケット弾によるものだったと述べ、"
        "事件後に自爆攻撃が六人の少女によって実行されたことが明らかになったと語った。"
    )
    texts = ["2018年6月18日 10:01 発信地：カノ/ナイジェリア", cjk, cjk.replace("地元", "政府"), cjk.replace("地元", "警察")]
    assert frame_story(texts, [True] * len(texts), None) == {0: "byline_or_dateline"}
    texts = ["2019年4月21日、市は橋を再建すると発表した。", cjk, cjk.replace("地元", "政府")]
    assert frame_story(texts, [True] * len(texts), None) == {}


def blocks_of(texts, linked=(), paths=(), hints=()):
    from cleanpage.records import Block

    linked, paths, hints = dict(linked), dict(paths), dict(hints)
    return [
        Block(
            text=t,
            index=i,
            link_chars=len(t) if linked.get(i) else 0,
            path=paths.get(i, "body>div>p"),
            ancestor_hints=frozenset(hints.get(i, ())),
        )
        for i, t in enumerate(texts)
    ]


def test_a_header_teaser_above_the_headline_is_not_where_the_story_starts():
    """A blog header's "Latest post" excerpt, a long paragraph kept above the `h1` the story
    follows, under another parent: not the story, so its start (and the related-list rule that
    needs it outside an excerpt) is below the headline. An intro in the story's own element stays,
    and so does a paragraph above a headline with too little story below it."""
    from dataclasses import replace

    teaser = LONG.replace("council", "school board")
    title = "Bridge Vote Passes at Last"

    def run(teaser_path="header>div.latest_post>div.excerpt>p", n_story=3):
        texts = [teaser, title, *story(n_story), teaser.replace("school", "parish")]
        paths = {0: teaser_path, 1: "div.post>div.head>h1", len(texts) - 1: "ul>li.grid_3>div.excerpt>p"}
        paths |= {i: "div.general>div.post>div.entry>p" for i in range(2, 2 + n_story)}
        blocks = blocks_of(texts, paths=paths)
        blocks[1] = replace(blocks[1], tag="h1")
        return frame_story(texts, [True] * len(texts), title, blocks)

    out = run()
    assert out[0] == "above_headline" and out[5] == "related_list" and not {2, 3, 4} & set(out)
    assert 0 not in run(teaser_path="div.general>div.post>div.entry>p")  # the story's own intro
    assert 0 not in run(n_story=1)  # two paragraphs below it, the trailing excerpt one of them


def test_reader_comments_after_the_story_go():
    comment = (
        "I drove over that bridge every day for twenty years and never once thought it was unsafe, so I wonder "
        "who asked for this and what the council will do with the old stones once the new one is open."
    )
    texts = [*story(2), "by reader42 on Tuesday", comment, "Re: bridge (Score:2)", comment.replace("twenty", "ten")]
    in_comments = {i: {"comment", "content"} for i in range(2, 6)}
    out = frame_story(texts, [True] * 6, None, blocks_of(texts, hints=in_comments))
    assert out == dict.fromkeys(range(2, 6), "comment_thread")
    # a story that sits in such a container itself (a review, a post marked "comments-open") stays
    everywhere = {i: {"comment", "content"} for i in range(6)}
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, hints=everywhere)) == {}
    # comment markup inside the story does not cut what follows it
    texts = [*story(1), comment, *story(2)]
    assert frame_story(texts, [True] * 4, None, blocks_of(texts, hints={1: {"comment"}})) == {}


def test_a_blurb_below_the_comments_does_not_keep_them():
    """A sponsor's blurb the page lays out below its comment thread, a long paragraph the model
    keeps, is outside the story's element: the thread after the element's last paragraph goes."""
    blurb = (
        "In the past few years, our practice group has established a reputation as a go-to firm for growing "
        "companies that need a general counsel but cannot yet afford a full-time one."
    )
    texts = [*story(3), "pc", "Great news for the town, finally.", blurb]
    paths = {i: "div.post>div.entry-content>p" for i in range(3)}
    paths |= {3: "li.comment>div.comment-header>cite", 4: "li.comment>div.comment-body>p", 5: "div.footer>div.long-desc>p"}
    hints = {3: {"comment"}, 4: {"comment"}}
    out = frame_story(texts, [True] * len(texts), None, blocks_of(texts, paths=paths, hints=hints))
    assert out == {3: "comment_thread", 4: "comment_thread"}
    # the story's own paragraphs after comment markup in its element keep it
    paths[5] = paths[0]
    assert frame_story(texts, [True] * len(texts), None, blocks_of(texts, paths=paths, hints=hints)) == {}


def test_related_story_teasers_after_the_story_go():
    teaser = (
        "Stack Overflow published the results of its yearly developer survey, summarizing responses from tens of "
        "thousands of developers about the tools, languages and jobs they have this year."
    )
    texts = [*story(2), "Related", teaser, 'In "News"', teaser.replace("yearly", "last")]
    paths = {i: "div.jp-relatedposts>div.jp-relatedposts-post>p.jp-relatedposts-post-excerpt" for i in range(2, 6)}
    out = frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths))
    assert out == dict.fromkeys(range(2, 6), "related_list")
    # a story inside a container named so ("entry-related" themes) stays, but for its "Related" label
    paths = {i: "article.post-related>div.entry>p" for i in range(6)}
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths)) == {2: "read_also"}
    # other posts' excerpts after the story, under no label ("li.item>div.excerpt>p")
    texts = [*story(2), teaser, teaser.replace("yearly", "last")]
    paths = {i: "ul.posts>li.item>div.excerpt>p" for i in (2, 3)}
    assert frame_story(texts, [True] * 4, None, blocks_of(texts, paths=paths)) == {2: "related_list", 3: "related_list"}


def test_link_lines_after_the_story_are_a_related_list():
    teasers = ["Bridge opens to traffic", "Council approves the budget", "River cleanup begins"]
    texts = [*story(3), *teasers]
    blocks = blocks_of(texts, linked={3: True, 4: True, 5: True})
    assert frame_story(texts, [True] * 6, None, blocks) == {3: "link_list", 4: "link_list", 5: "link_list"}
    # two link lines may be the story's own last words; link lines inside the story stay
    assert frame_story(texts[:5], [True] * 5, None, blocks[:5]) == {}
    texts = [story()[0], *teasers, *story(3)]
    assert frame_story(texts, [True] * 7, None, blocks_of(texts, linked={1: True, 2: True, 3: True})) == {}
    # a linked list heading another rule takes ("Trending Now") still counts in the run
    texts = [*story(3), "Trending Now", *teasers[:2]]
    blocks = blocks_of(texts, linked={3: True, 4: True, 5: True})
    assert frame_story(texts, [True] * 6, None, blocks) == {3: "read_also", 4: "link_list", 5: "link_list"}


def test_captions_go_by_their_markup():
    texts = [*story(2), "The old bridge in 1920.", "Table 1: costs", *story(2)]
    paths = {2: "body>article>figure>figcaption", 3: "body>article>table>caption"}
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths)) == {2: "caption"}
    paths = {2: "body>article>div.photo>p.wp-caption-text"}
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths)) == {2: "caption"}
    paths = {2: "body>article>figure>span.a-credit", 3: "body>article>div>p.credit-card-offer"}
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths)) == {2: "caption"}
    for caption_class in ("p.bildunterschrift", "div.cutline", "p.photo-description", "span.legende", "p.pie", "p.pie-de-foto"):
        paths = {2: f"body>article>div.bild>{caption_class}", 3: "body>form>fieldset>span.legend"}
        assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths)) == {2: "caption"}, caption_class
    paths = {2: "body>article>div.chart>div.pie-chart", 3: "body>article>div>p.piece"}
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths)) == {}
    # a caption's parts in their own elements: a short text whose parent's class names a caption
    paths = {2: "body>article>div.c-picture__caption>p.c-picture__source", 3: "body>article>div.image-credit>span"}
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths)) == {2: "caption", 3: "caption"}
    # a video's linked caption: the block's own element is the `p`, its parent the caption's element
    paths = {2: "div.info>div.caption>p>a", 3: "div.info>div.body>p>a"}
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths)) == {2: "caption"}
    # an ai2html chart's labels
    paths = {2: "div.ai2html>div.g-artboard>div.g-Layer_1>p.g-pstyle1", 3: "div.body>div.g-story>p"}
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths)) == {2: "caption"}
    # the hMedia microformat's box of a picture and its caption
    paths = {2: "div.entry-content>div.hmedia>p.fn", 3: "div.entry-content>div.hmediaplayer>p"}
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths)) == {2: "caption"}
    texts = [*story(2), LONG + LONG, *story(2)]  # a long text under such a parent is the page's, not a caption
    paths = {2: "body>div.feat-image-with-caption>p"}
    assert frame_story(texts, [True] * 5, None, blocks_of(texts, paths=paths)) == {}


def test_breadcrumbs_before_the_story_go():
    from cleanpage.lines import is_breadcrumb

    for crumb in ("Home > News > Politics", "Startseite » Sport", "Home / News / Bridge vote"):
        assert is_breadcrumb(crumb), crumb
    for line in ("Home prices rose > 5 % last year and more", "Homeowners > renters", "Home"):
        assert not is_breadcrumb(line), line
    texts = ["Home > News > City", *story()]
    assert frame_story(texts, [True] * len(texts), None) == {0: "breadcrumb"}


def test_a_section_label_above_the_story_goes_by_its_class():
    texts = ["Verkehr", *story(3)]
    for path in (
        "article>header>span.kicker", "div.headline-kicker>a.kicker-link", "h6.kicker>a", "div>span.RubricName-eYu",
        "article>span.surtitre", "div.occhiello>a",
    ):  # fmt: skip
        assert frame_story(texts, [True] * 4, None, blocks_of(texts, paths={0: path})) == {0: "breadcrumb"}, path
    # not without the class, not a long line, not inside the story
    assert frame_story(texts, [True] * 4, None, blocks_of(texts, paths={0: "article>header>span.label"})) == {}
    long_kicker = ["Inside the two-year fight over the downtown bike lanes", *story(3)]
    assert frame_story(long_kicker, [True] * 4, None, blocks_of(long_kicker, paths={0: "h6.kicker"})) == {}
    texts = [*story(2), "Verkehr", *story(2)]
    assert frame_story(texts, [True] * 5, None, blocks_of(texts, paths={2: "span.kicker"})) == {}


def test_a_doubted_one_paragraph_story_is_kept_when_nothing_else_is():
    import numpy as np

    from cleanpage.frame import decide_story

    labels = ["boilerplate", "content", "seo_filler"]
    texts = ["Home", "Menu", *story(1), "Copyright 2024"]
    blocks = blocks_of(texts)
    proba = np.array([[0.9, 0.1, 0.0], [0.9, 0.1, 0.0], [0.75, 0.25, 0.0], [0.95, 0.05, 0.0]])
    kept, decided, reasons = decide_story(proba, labels, 0.325, blocks, None)
    assert kept.tolist() == [False, False, True, False]
    assert decided[2] == "content" and reasons == {2: "best_available"}
    # too doubtful, or taken for filler: nothing is kept
    proba[2] = [0.9, 0.1, 0.0]
    assert not decide_story(proba, labels, 0.325, blocks, None)[0].any()
    proba[2] = [0.2, 0.25, 0.55]
    assert not decide_story(proba, labels, 0.325, blocks, None)[0].any()
    # when something cleared the threshold, nothing is added
    proba[2] = [0.75, 0.25, 0.0]
    proba[1] = [0.5, 0.5, 0.0]
    assert decide_story(proba, labels, 0.325, blocks, None)[0].tolist() == [False, True, False, False]


def test_a_doubted_storys_paragraphs_beside_its_best_one_are_kept_together():
    """When nothing clears the threshold, the long paragraphs of the most probable one's path are
    the story, however doubtful each of them is (a post the model scored 0.06 to 0.32 throughout);
    one in another element, or one the model took for filler, is not."""
    import numpy as np

    from cleanpage.frame import decide_story

    labels = ["boilerplate", "content", "seo_filler"]
    texts = ["Home", *story(4), LONG.replace("council", "sidebar")]
    blocks = blocks_of(texts, paths={5: "aside>div>p"})
    proba = np.array([[0.99, 0.01, 0]] + [[0.75, 0.25, 0], [0.9, 0.1, 0], [0.94, 0.06, 0], [0.2, 0.1, 0.7]] + [[0.8, 0.2, 0]])
    kept, decided, reasons = decide_story(proba, labels, 0.325, blocks, None)
    assert kept.tolist() == [False, True, True, True, False, False]
    assert reasons == dict.fromkeys([1, 2, 3], "best_available")


def test_a_long_caption_above_the_story_does_not_start_it():
    # a photo caption of paragraph length and its copy in a lightbox, then a share bar's "Comments"
    # link: the story is still ahead
    caption = LONG.replace("The council voted", "A photo of the council voting")
    texts = [caption, caption, "Comments", *story(4)]
    paths = {0: "body>article>header>figure>figcaption", 1: "body>article>header>div.lightbox>p.caption"}
    out = frame_story(texts, [True] * len(texts), None, blocks_of(texts, paths=paths))
    assert out == {0: "caption", 1: "repeated_copy"}
    # without the caption rule the heading would have ended the story before it began
    texts = [*story(2), "Comments", *story(4)[2:]]
    out = frame_story(texts, [True] * len(texts), None, blocks_of(texts))
    assert out == {2: "comment_thread", 3: "after_the_end", 4: "after_the_end"}


def test_a_second_copy_of_the_story_from_another_element_goes():
    texts = [*story(3), "1 of 11", *story(2)]
    paths = {i: "body>div.slideshow>div.slide>p" for i in (4, 5)}
    out = frame_story(texts, [True] * len(texts), None, blocks_of(texts, paths=paths))
    assert out == {3: "caption", 4: "repeated_copy", 5: "repeated_copy"}  # the slideshow's counter, too
    # a paragraph the story repeats in its own element (a refrain) stays
    texts = [*story(3), story()[0]]
    assert frame_story(texts, [True] * len(texts), None, blocks_of(texts)) == {}


def test_a_link_to_the_comments_does_not_end_the_story():
    # "Comments (5 posted)" linking to another page, between the stories of a weekly edition or
    # in a share bar: the comments are not here, and what follows is still the page's text
    texts = [*story(3), "Comments (5 posted)", *story(6)[3:]]
    assert frame_story(texts, [True] * len(texts), None, blocks_of(texts, linked={3: True})) == {}
    # the same words as a heading over the comments end it
    out = frame_story(texts, [True] * len(texts), None, blocks_of(texts))
    assert all(out.get(i) == "after_the_end" for i in range(4, 7)) and not any(i in out for i in range(3))


def test_an_h1_above_the_story_is_the_headline_whatever_its_words():
    from cleanpage.records import Block

    texts = ["ファインの新聞ストッカーは引越しにも使える！", *story(3), "Postscript", *story(2)]
    blocks = [Block(t, i, tag="h1" if i in (0, 4) else "p") for i, t in enumerate(texts)]
    # the title names it differently (a CJK headline is one "word"): the element says it is the headline
    assert frame_story(texts, [True] * len(texts), "新聞ストッカー | ライフハッカー", blocks) == {0: "headline_copy"}
    # an h1 inside the story (pages that mark every section so) stays; so does one without blocks
    assert frame_story(texts, [True] * len(texts), None) == {}


def test_a_gallery_keeps_its_captions_and_a_caption_classed_wrapper_is_not_a_caption():
    # a page of captions alone (a photo gallery): they are its text
    gallery = [LONG.replace("The council voted", f"Slide {i}: the council voted") for i in range(3)]
    paths = {i: "body>ul>li.slide>p.caption" for i in range(3)}
    assert frame_story(gallery, [True] * 3, None, blocks_of(gallery, paths=paths)) == {}
    # beside a story, the same captions go
    texts = [*story(2), *gallery]
    paths = {i: "body>ul>li.slide>p.caption" for i in range(2, 5)}
    assert frame_story(texts, [True] * 5, None, blocks_of(texts, paths=paths)) == dict.fromkeys(range(2, 5), "caption")
    # a theme's "feat-image-with-caption" element holding the whole post is the post
    post = " ".join(story(12))
    texts = [post, *story(2)]
    paths = {0: "body>div.entry-content>div.feat-image-with-caption"}
    assert frame_story(texts, [True] * 3, None, blocks_of(texts, paths=paths)) == {}


def test_lines_that_are_only_a_date_or_a_byline_go_wherever_they_sit():
    """A multi-post page dates and signs each post between the stories: those stamp lines are not
    body. A schedule's cells, an embedded post's signature, a sentence that starts with "By" and
    a list item that names a weekday keep theirs."""
    from cleanpage.records import Block

    stamps = [
        "Tuesday, 18 Jul, 2006",
        "By Tara Parker-Pope",
        "Posted by Ree on October 15 2009",
        "2012-11-09",
        "Last modified: January 10. 2008 12:00AM",
        "2019年12月17日更新",
    ]
    kept_lines = [
        ("May 13, 2016", "td", frozenset({"table", "tr", "td"})),
        ("— Slack (@SlackHQ) September 16, 2016", "p", frozenset({"blockquote"})),
        ("By 1963, as the New York Times explains:", "p", frozenset()),
        ("$2,500 to Saturday Academy", "li", frozenset({"ul", "li"})),
        ("Wednesday, 12 June: Gates open", "p", frozenset()),  # a programme line with more than its date
        ("Last orders at 11pm", "p", frozenset()),
        ("2019年12月17日、東京都内で記者会見を開き、新しい計画を発表した", "p", frozenset()),  # a sentence after its date
    ]
    texts = [*story(2), *stamps, *story(1), *(t for t, _, _ in kept_lines), *story(2)]
    blocks = [Block(t, i) for i, t in enumerate(texts)]
    for j, (_, tag, ancestors) in enumerate(kept_lines):
        i = 2 + len(stamps) + 1 + j
        blocks[i] = Block(texts[i], i, tag=tag, ancestors=ancestors)
    out = frame_story(texts, [True] * len(texts), None, blocks)
    assert out == dict.fromkeys(range(2, 2 + len(stamps)), "byline_or_dateline")
    # without the page's blocks (their tags and ancestors), only the frame's positional rules run
    assert frame_story(texts, [True] * len(texts), None) == {}


@pytest.mark.parametrize(
    "line",
    [
        "Posted by hugh macleod at 11:48 AM | Comments (1) | TrackBack",
        "// posted by Nate Johnson @ 7:59 PM 0 comments",
        "— sergio at 11:46 PM Comments (16) TrackBack (0)",
        "Posted at 8:11 AM | link | follow-ups | 4 comments",
        "12:28 PM | Permalink | Comments (10)",
        "by putupyourDUKES on Aug 9, 2012 2:13 PM EDT up reply actions",
        "Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.",
        "Veröffentlicht am 12.03.2019 um 14:30 von Anna Schmidt | 3 Kommentare",
    ],
)
def test_a_posts_meta_line_is_a_stamp_line(line):
    """Blog posts and comments are signed and dated by a meta line with their comment count or
    permalink: who posted, when, and little else."""
    from cleanpage.lines import is_post_line, is_stamp_line
    from cleanpage.records import Block

    assert is_post_line(line)
    assert is_stamp_line(Block(line, 0))
    assert is_stamp_line(Block(line, 0, tag="td", ancestors=frozenset({"table", "tr", "td"})))  # a table layout's post


@pytest.mark.parametrize(
    "line",
    [
        "Doors open at 7:30 PM",  # no posting word
        "Comments are closed.",  # no date
        "The bridge was posted as closed by the council on May 3, 2019, after the inspectors' report",  # a sentence
        "Dinner by the river at 7:30 PM",  # "by" before a common word, not a name
        "J-1 Waiver Legislation Signed by President Bush on December 3, 2004",
    ],
)
def test_lines_with_a_date_and_a_posting_word_are_not_all_post_lines(line):
    from cleanpage.lines import is_post_line

    assert not is_post_line(line)


def test_an_image_or_video_players_controls_are_not_body():
    """ "toggle caption", "Enlarge this image", "click to enlarge": a player's controls, wherever they
    sit; a heading or a sentence with the same words is not one."""
    from cleanpage.lines import is_media_control

    controls = [
        "toggle caption",
        "HIDE CAPTION",
        "Enlarge this image",
        "click to enlarge",
        "Launch Gallery",
        "Close",
        "Bild vergrößern",
        "Watch videos & view photos",
        "Video Loading",  # a player's status lines
        "Now Playing",
        "Autoplay: On",
        "JUST WATCHED",  # a video list's labels
        "More Videos ...",
        "Get the Flash Player to see this player.",  # a player's fallback without its plugin
        "You need to install Flash Player to view this video.",
        "Your browser does not support the video tag.",
    ]
    for line in controls:
        assert is_media_control(line), line
    for line in [
        "The Show",
        "Play",
        "Open",
        "Photos",
        "Close to home",
        "View from the bridge",
        "Click here to read the full report on the bridge",
        "Play now the game that everyone loves",
        "The video will be shown at the council meeting",
        "Get the flash drive out of the safe before the police arrive.",
        "Get the Flash Player to see this player. The council said the bridge was safe.",
    ]:
        assert not is_media_control(line), line
    texts = [*story(2), "Enlarge this image", *story(1), "toggle caption", *story(1)]
    assert frame_story(texts, [True] * len(texts), None) == {2: "media_control", 4: "media_control"}


def test_text_in_a_span_inside_a_figcaption_is_a_caption():
    """A block's element is where its first text sits: a figcaption's spans make a block whose own
    element is a span. It is still the caption; a table's caption stays with its table."""
    from cleanpage.parse import parse_html

    paragraphs = "".join(f"<p>{t}</p>" for t in story(2))
    html = (
        f"<html><body><article>{paragraphs}<figure><img src=a.jpg><figcaption><span>A worker repairing "
        "cables this month in Queens.</span><span>Credit Jane Roe</span></figcaption></figure>"
        f"<table><caption><span>Table 1. Costs by year</span></caption><tr><td>2023</td><td>4 m</td></tr>"
        f"<tr><td>2024</td><td>5 m</td></tr></table>{paragraphs}</article></body></html>"
    )
    blocks, _ = parse_html(html)
    texts = [b.text for b in blocks]
    out = frame_story(texts, [True] * len(texts), None, blocks)
    caption = texts.index("A worker repairing cables this month in Queens. Credit Jane Roe")
    assert blocks[caption].path.endswith(">span") and out == {caption: "caption"}


def test_a_read_also_label_set_apart_by_markup_goes_with_its_link_but_not_an_english_list_item():
    texts = [*story(2), "Lees ook Utrecht krijgt grootste fietsenstalling ter wereld", "See also Copyright Stuff", *story(2)]
    out = frame_story(texts, [True] * len(texts), None, blocks_of(texts, linked={2: True, 3: True}))
    assert out == {2: "read_also"}
    # the same words as plain text, not a link: a sentence the frame leaves alone
    assert frame_story(texts, [True] * len(texts), None, blocks_of(texts)) == {}
    # a bare "More:" label before the linked headline
    texts = [*story(2), "More: What is a heat dome? Here's why the Northwest is sweltering", "More: the council said.", *story(2)]
    out = frame_story(texts, [True] * len(texts), None, blocks_of(texts, linked={2: True}))
    assert out == {2: "read_also"}


def test_a_wordpress_embed_of_another_post_is_a_teaser():
    """WordPress's embed of another post (`blockquote.wp-embedded-content` holding its linked
    headline) is another story; a block quote of the story's own stays."""
    texts = [*story(2), "Acme’s warehouse robot learns to pick new items in minutes", "We just kept going.", *story(2)]
    paths = {2: "div.embed>blockquote.wp-embedded-content>a", 3: "div.body>blockquote>p"}
    out = frame_story(texts, [True] * len(texts), None, blocks_of(texts, linked={2: True}, paths=paths))
    assert out == {2: "read_also"}


def test_menu_and_teaser_links_before_the_story_go():
    """Short, mostly-link blocks in a navigation, related or sidebar container above the story
    are a menu; the same kind of line inside the story, a link line outside such a container,
    and plain text in a sidebar stay."""
    texts = [
        "Sports",
        "China (Shanghai)",
        "Read the full report",
        "A note from the editors",
        *story(2),
        "The budget in full",
        *story(1),
    ]
    linked = {0: True, 1: True, 2: True, 7: True}
    hints = {0: ("nav",), 1: ("related", "sidebar"), 3: ("sidebar",), 7: ("nav",)}
    out = frame_story(texts, [True] * len(texts), None, blocks_of(texts, linked=linked, hints=hints))
    assert out == {0: "link_list", 1: "link_list"}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Jamie Ortiz, Staff Writer Nov. 18, 2019 Updated 2:26 p.m.", "Jamie Ortiz"),
        ("Von Anna Berger | 12.10.2020, 14:30 Uhr", "Anna Berger"),
        ("Posted on March 3, 2020 by Fern Walker · 23 Comments", "Fern Walker"),
        ("By Farnaz Fassihi,Patrick Kingsley and Michael Levenson", "Farnaz Fassihi, Patrick Kingsley and Michael Levenson"),
        ("By Jan van der Berg", "Jan van der Berg"),
        ("By DANICA KIRKA Associated Press", "DANICA KIRKA"),
        ("By Alice Brown BBC News, Cornwall", "Alice Brown"),
        ("By JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL", "JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL"),
        ("Written by Tim Ferriss Topics: Entrepreneurship", "Tim Ferriss"),
        ("Autor: Thomas Müller", "Thomas Müller"),
        ("Af Mette Jensen Publiceret 3. maj 2021 kl. 07:00", "Mette Jensen"),  # Danish
        ("By Tom Pettifor Chief Reporter", "Tom Pettifor"),
        ("By Chief Keef", "Chief Keef"),
        ("Door Pieter de Vries Gisteren, 18:32", "Pieter de Vries"),  # Dutch, "yesterday"
        ("By Larry Sabato", "Larry Sabato"),  # a name that is a weekday elsewhere stays whole
        ("By business reporter Nadia Daly", "Nadia Daly"),  # a job title before the name
        ("By national science, technology and environment reporter Ann Lee", "Ann Lee"),
        ("By the way, this is great", None),
        ("Author Talk", None),  # a label without its colon is a heading
        ("By the Associated Press", None),
        ("Published 4:00 am CST, Wednesday, November 20, 2019", None),
    ],
)
def test_a_bylines_name_is_read(line, name):
    from cleanpage.lines import byline_author

    assert byline_author(line) == name


@pytest.mark.parametrize(
    ("line", "is_one"),
    [
        ("Most Popular", True),  # the heading of a list of other stories
        ("Trending Now", True),
        ("Das könnte Sie auch interessieren: Die Wunderwelt der Pflanzen", True),
        ("Te puede interesar", True),
        ("Läs också: Så ska Stockholm bli Sveriges bästa cykelstad", True),  # Swedish "read also"
        ("Mest lästa", True),
        ("Read more about the drought:", True),
        ("Read more about the drought in our special report.", False),
        ("I più letti", True),
        ("Läs mer om stadens cykelplan på kommunens webbplats, där alla beslut finns.", False),
        ("Most popular among voters was the bridge.", False),
        ("Top stories of the year were about the flood, the editor said.", False),
    ],
)
def test_list_headings_are_told_from_story_lines(line, is_one):
    from cleanpage.lines import is_list_heading

    assert is_list_heading(line) == is_one


@pytest.mark.parametrize(
    ("line", "is_one"),
    [
        ("Sign up for our newsletter", True),  # every prompt the corpus labels is one
        ("Want more Rolling Stone? Sign up for our newsletter.", True),
        # a call that opens a later sentence, support appeals, follow and app prompts
        ("Local journalism needs your support. We can't do this without readers like you. Subscribe today for $1.", True),
        ("Join over 100,000 monthly readers! Subscribe to the free newsletter.", True),
        ("Support independent journalism.", True),
        ("Support The Guardian", True),
        ("Did you find this publication helpful? Support EPI's work today!", True),
        ("Our work is free to read. Make a one-time contribution today.", True),
        ("Thanks for reading! Please consider subscribing.", True),
        ("If you can, please consider supporting us today. It only takes a minute.", True),
        ("This article is for subscribers only. Start your free trial to keep reading.", True),
        ("If you enjoyed this article, enter your email below to get free updates!", True),
        ("If you can, come early: the doors open at seven.", False),
        ("Follow us on Twitter and Facebook for the latest news.", True),
        ("Folgen Sie uns auf Facebook und Twitter", True),
        ("Recibe cada mañana el boletín de Economía", True),
        ("Receba as notícias do Jornal no seu WhatsApp.", True),
        ("Recibe el premio el próximo lunes, según el jurado.", False),
        ("Stay up to date with the latest news. Download our free app.", True),
        ("Download the News 8 app for breaking news alerts.", True),
        ("Enter your email and I'll send you the spreadsheet I used.", True),
        ("Like this article? Share it with your friends!", True),
        ("Follow @NBCNewsUS", True),
        ("Are you a Costco employee with a story to share? Contact this reporter at hp@example.com.", True),
        ("Visit Business Insider's homepage for more stories.", True),
        ("Puedes seguir a EL PAÍS Madrid en Twitter y Facebook, o apuntarte aquí para recibir nuestra newsletter.", True),
        ("Puoi seguire Il Post su Instagram.", True),
        ("Puede seguir el partido en directo en Twitter, dijo el club.", False),
        ("The clerk said to contact the county office. Visit the homepage of the county.", False),
        ("Follow Steven Mazie on Twitter: @stevenmazie", True),
        ("Tried this recipe? Mention @sallybakes or tag #sallybakes!", True),
        ("Tag us on Instagram #riverwalk", True),
        ("Follow the river path to the old mill.", False),
        ("Tag sales rose in May. Mention the bridge to the clerk.", False),
        ("Follow-up visits are planned for May.", False),
        ("What’s Your Reaction? Share this reaction with your friends!", True),
        ("Voters who sign up before May can vote in the primary, the clerk said.", False),
        ("The mayor urged residents to sign up. Many had already subscribed, she said.", False),
        ("Fans say they support our team. Others support the coach.", False),
        ("The police asked drivers to follow the detour. Follow-up checks are planned.", False),
        ("Users can download the app for free, the company said.", False),
        ("Support for the bill grew, the poll found. Supporters rallied.", False),
        ("Farmers share it with the neighbours. Share prices fell.", False),
        # a purpose naming mail or updates before the call
        ("To receive these entries once a month by e-mail, sign up for the Crypto-Gram Newsletter.", True),
        ("To get our best stories in your inbox, subscribe to the Daily Brief.", True),
        ("To receive benefits, register with the county office.", False),
        ("To get updates, the agency said, register online.", False),
        # a newsletter or inbox named after "Get", a paywall's purpose before the call
        ("Get inspired with our monthly email newsletter. For the latest deals, look no further than your inbox.", True),
        ("Get the best stories delivered to your inbox every morning.", True),
        ("Get ready for the game: the doors open at seven.", False),
        ("Are you a member with archive access? To read the rest of this article, log in here: E-mail Password", True),
        ("To continue reading, subscribe now for $1.", True),
        ("To read more, he said, you must log in.", False),
        ("To access the site, the agency said, register online.", False),
    ],
)
def test_site_calls_are_told_from_story_lines(line, is_one):
    from cleanpage.lines import is_prompt, is_site_call

    assert is_site_call(line) == is_one
    assert not is_prompt(line) or is_site_call(line)  # the frame's call includes every labelled prompt


def test_site_calls_and_list_headings_go_wherever_they_sit():
    texts = [*story(2), "Follow us on Twitter for the latest news.", *story(2), "Most Popular"]
    assert frame_story(texts, [True] * len(texts), None) == {2: "prompt", 5: "read_also"}


def test_short_blocks_a_reader_does_not_see_go_and_hidden_story_text_stays():
    texts = [*story(2), "Politics & Government", "Continue reading the main story Share This Page", "10 photos", *story(2)]
    texts.append(LONG.replace("council", "tabbed council"))  # a long paragraph in a collapsed tab
    paths = {2: "div.body>ul.hidden>li", 3: "div.story>div.visually-hidden>span", 7: "div.tabs>div.hidden>p"}
    blocks = blocks_of(texts, paths=paths, hints={4: ("hidden",)})  # aria-hidden, hidden, display:none
    assert frame_story(texts, [True] * len(texts), None, blocks) == {2: "hidden", 3: "hidden", 4: "hidden"}
    paths = {2: "div.body>ul.hidden-xs>li", 3: "div.story>div.hide-on-print>span", 4: "div>p.shidden"}
    assert frame_story(texts, [True] * len(texts), None, blocks_of(texts, paths=paths)) == {}


def test_a_forum_members_join_date_is_a_stamp_line():
    from cleanpage.lines import is_member_line

    for line in ("Registered: July 03, 2001", "Joined: Jun 17, 2003 Posts: 88 Location: Denmark", "Mitglied seit 12.03.2015"):
        assert is_member_line(line), line
    for line in ("Registered nurses joined the strike in 2019.", "Joined: the two towns", "Member since the start, she said"):
        assert not is_member_line(line), line
    texts = [*story(2), "Joined: Jun 17, 2003 Posts: 88", *story(2)]
    from dataclasses import replace

    blocks = blocks_of(texts, paths={2: "table>tbody>tr>td"})
    blocks[2] = replace(blocks[2], tag="td")  # forums lay their posts out in tables
    assert frame_story(texts, [True] * len(texts), None, blocks) == {2: "byline_or_dateline"}


def test_a_box_label_goes_with_the_box():
    """A newsletter box's heading above its dropped call and form, an author box's name above the
    dropped bio: the label goes with the box (hashed class names give no hint)."""
    box = "main>div.css-art>div.css-nl>p"
    texts = [*story(2), "Get the Morning Briefing", "Email address", "Unsubscribe at any time.", *story(2)]
    paths = {2: "main>div.css-art>div.css-nl>h3", 3: box, 4: box}
    out = frame_story(texts, [True] * 7, None, blocks_of(texts, paths=paths))
    assert out == {2: "prompt", 3: "prompt", 4: "prompt"}
    # inside the story, what the box holds besides is kept (or dropped only by the model): its
    # heading stays (after the story, a box with a call goes whole: `prompt_boxes`)
    kept_box = [
        *story(2),
        "Get the Morning Briefing",
        "Email address",
        "The bridge reopens on Monday, the council said.",
        *story(1),
    ]
    assert frame_story(kept_box, [True] * 6, None, blocks_of(kept_box, paths=paths)) == {3: "prompt"}
    after = kept_box[:5]
    assert frame_story(after, [True] * 5, None, blocks_of(after, paths=paths)) == dict.fromkeys((2, 3, 4), "prompt")
    assert frame_story(texts, [True, True, True, False, False, True, True], None, blocks_of(texts, paths=paths)) == {}
    # a subheading in the story's own element stays, whatever the frame drops beside it
    texts = [*story(2), "Warnings ignored?", "Email address", *story(2)]
    assert frame_story(texts, [True] * 6, None, blocks_of(texts)) == {3: "prompt"}
    # a box the model alone emptied keeps its heading, unless the box's class names a newsletter
    nl_paths = {2: "main>div.css-art>div.newsletter-box>h3", 3: "main>div.css-art>div.newsletter-box>p"}
    nl_paths[4] = nl_paths[3]
    texts = [*story(2), "Get the Morning Briefing", "Email address", "Unsubscribe at any time.", *story(2)]
    model_emptied = [True, True, True, False, False, True, True]
    assert frame_story(texts, model_emptied, None, blocks_of(texts, paths=nl_paths)) == {2: "prompt"}
    # a label below what the box holds is not its heading
    texts = [*story(2), "Email address", "Get the Morning Briefing", *story(2)]
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths={2: box, 3: box})) == {2: "prompt"}


def test_a_subheading_over_a_box_the_model_dropped_outside_the_story_goes():
    """After the story, "Also consider" over a product card the model dropped, or "Further Reading"
    over its links, heads nothing the page keeps. A subheading in the story's own element stays,
    and so does a line that is not a heading tag (a forum post's name, a directory's label)."""
    from dataclasses import replace

    texts = [*story(3), "Also consider", "Bose QuietComfort Ultra – Comfier, but not quite as quiet."]
    paths = {3: "article>div.also-consider>h3", 4: "article>div.also-consider>p"}
    blocks = blocks_of(texts, paths=paths)
    blocks[3] = replace(blocks[3], tag="h3")
    model = [True] * 4 + [False]
    assert frame_story(texts, model, None, blocks) == {3: "empty_box"}
    assert frame_story(texts, [True] * 5, None, blocks) == {}  # the box keeps a block
    as_line = [*blocks[:3], replace(blocks[3], tag="p"), blocks[4]]
    assert frame_story(texts, model, None, as_line) == {}
    inside = [*blocks[:3], replace(blocks[3], path="body>div>h3"), replace(blocks[4], path="body>div>p")]
    assert frame_story(texts, model, None, inside) == {}


def test_an_author_box_name_goes_with_its_bio():
    from cleanpage.frame import is_bio_name

    bio = "Priya Nair is the Herald's environment reporter. She has covered coastal flooding since 2015."
    assert is_bio_name("Priya Nair", bio) and is_bio_name("Priya Nair", bio.replace("Priya Nair", "Priya"))
    assert not is_bio_name("Priya Nair", "Priya Nair, Herald")  # a credit line, not a bio
    assert not is_bio_name("Bridge works", "Bridge works begin on Monday and will run until the end of May.")
    assert not is_bio_name("the council", "the council said it would review the plans by the end of May.")
    box = "div.css-art>div.css-au>p"
    texts = [*story(3), "Priya Nair", bio]
    blocks = blocks_of(texts, paths={3: box, 4: box})
    assert frame_story(texts, [True, True, True, True, False], None, blocks) == {3: "closing_matter"}
    # a name above a paragraph of the story's own element is not a box's
    texts = [*story(2), "Priya Nair", bio, *story(2)]
    assert frame_story(texts, [True, True, True, False, True, True], None, blocks_of(texts)) == {}
    # an author card: the name above a job title and links the model dropped, in a box named for the author
    texts = [*story(3), "Mark Delaney", "Reporter", "Author email Follow Mark Delaney"]
    card = "div.author-card>p"
    kept = [True, True, True, True, False, False]
    assert frame_story(texts, kept, None, blocks_of(texts, paths={3: card, 4: card, 5: card})) == {3: "closing_matter"}
    other = "div.card>p"  # the same box under another class keeps its heading
    assert frame_story(texts, kept, None, blocks_of(texts, paths={3: other, 4: other, 5: other})) == {}


def test_a_lone_name_in_a_byline_element_above_the_story_is_the_author():
    from cleanpage.lines import story_byline_author

    texts = ["Sport", "Tana Ganeva", "December 22, 2016", *story(3)]
    kept = [False, False, False, True, True, True]
    paths = {1: "div.post-header>div.author-name>a", 2: "div.post-header>time"}
    assert story_byline_author(texts, kept, blocks_of(texts, paths=paths)) == "Tana Ganeva"
    # not without the class, not a date or a label in it, not below the story's start
    assert story_byline_author(texts, kept, blocks_of(texts)) is None
    for line in ("December 22, 2016", "著者", "See full bio", "Read more stories from our staff writers"):
        texts[1] = line
        assert story_byline_author(texts, kept, blocks_of(texts, paths=paths)) is None, line
    texts = [*story(3), "Tana Ganeva"]
    assert story_byline_author(texts, [True, True, True, False], blocks_of(texts, paths={3: "div.author"})) is None
    # a strip that starts with the name; a byline class a few elements up (hashed names below it)
    texts = ["Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET", *story(3)]
    kept = [False, True, True, True]
    assert story_byline_author(texts, kept, blocks_of(texts, paths={0: "div.byline>span.authorText>a"})) == "Pete Evans"
    assert story_byline_author(texts, kept, blocks_of(texts, paths={0: "div.meta>span.text>a"})) is None
    texts[0] = "Stewart Perrie"
    hashed = {0: "div.css-1wkce1i-Byline>div.css-1rzujy7>span.css-1vq2rpi"}
    assert story_byline_author(texts, kept, blocks_of(texts, paths=hashed)) == "Stewart Perrie"
    texts[0] = "World News · March 3, 2020"  # a section and a date, not a name
    assert story_byline_author(texts, kept, blocks_of(texts, paths={0: "div.byline>span"})) is None
    # a follow button glued to the name (inline elements without spaces), a section before it stays a strip
    for strip, name in (("Priya Raman·Follow", "Priya Raman"), ("Jane Roe | Share", "Jane Roe")):
        texts[0] = strip
        assert story_byline_author(texts, kept, blocks_of(texts, paths={0: "div.pw-author"})) == name


def test_a_blog_footer_under_the_story_names_the_author():
    from cleanpage.lines import story_byline_author

    texts = ["Gartenglück", *story(3), "Eingestellt von Gartenfee Susanne um 10:15 3 Kommentare:", "Labels: Gemüse"]
    kept = [False, True, True, True, False, False]
    assert story_byline_author(texts, kept, blocks_of(texts)) == "Gartenfee Susanne"
    texts[4] = "Posted by Jane Roe at 10:15 AM"
    assert story_byline_author(texts, kept, blocks_of(texts)) == "Jane Roe"
    # a comment's header is not the post's footer; nor is a line far below the story
    assert story_byline_author(texts, kept, blocks_of(texts, hints={4: {"comment"}})) is None
    texts = [*story(3), "Labels: Gemüse", "Older Post", "Home", "Posted by Jane Roe at 10:15 AM"]
    assert story_byline_author(texts, [True] * 3 + [False] * 4, blocks_of(texts)) is None


def test_a_chinese_or_japanese_strip_s_author_label_names_the_author():
    from cleanpage.lines import story_byline_author

    texts = ["2026-12-04 08:35 来源：城市晚报 作者：李明 责任编辑：王芳", *story(3)]
    kept = [False, True, True, True]
    assert story_byline_author(texts, kept, blocks_of(texts)) == "李明"
    texts[0] = "著者：後藤大地"
    assert story_byline_author(texts, kept, blocks_of(texts)) == "後藤大地"
    # the editor, or a photo credit's reporter, is not the author
    for line in ("来源：城市晚报 责任编辑：王芳", "图为市民在雪中出行。（记者 张伟 摄）"):
        texts[0] = line
        assert story_byline_author(texts, kept, blocks_of(texts)) is None, line


def test_a_strip_that_starts_with_the_name_goes_above_the_story():
    from cleanpage.lines import is_name_date_strip

    for strip in ("Dana Kim Feb 11, 2024 5 min read", "Jane Roe | 12.03.2021", "Mary Lou Smith-Jones · Jan 3, 2021"):
        assert is_name_date_strip(strip), strip
        texts = [strip, *story(3)]
        assert frame_story(texts, [True] * 4, None) == {0: "byline_or_dateline"}, strip
    for line in (
        "— Fiona Kelly (@fizzlekelly) December 22, 2014",  # an embedded post's signature
        "Who's Got Next? July 1, 2006",  # an archive's entry
        "World News · March 3, 2020",  # a section, not a name
        "Pete Evans · CBC News · Posted: Oct 14, 2022",  # more than dates after the name
        "The bridge opened on March 3, 2020",
        "Dana Kim",
    ):
        assert not is_name_date_strip(line), line


def test_a_kept_line_of_a_byline_element_above_the_story_goes():
    texts = ["Helena Park Environment correspondent", *story(3)]
    paths = {0: "article>address.dcr-author"}
    assert frame_story(texts, [True] * 4, None, blocks_of(texts, paths=paths)) == {0: "byline_or_dateline"}
    # not without the class, not below the story's start, not a long line, not a heading
    assert frame_story(texts, [True] * 4, None, blocks_of(texts)) == {}
    below = [*story(3), "Helena Park Environment correspondent"]
    assert frame_story(below, [True] * 4, None, blocks_of(below, paths={3: "div.author"})) == {}
    long_line = [
        "Helena Park has covered the environment for the Sentinel since 2015 and lives in Leeds with her two dogs",
        *story(3),
    ]
    assert frame_story(long_line, [True] * 4, None, blocks_of(long_line, paths=paths)) == {}
    from cleanpage.records import Block

    heading = [Block("Chad's World 15", 0, tag="h3", path="div.post-author>h3"), *blocks_of(story(3))[1:]]
    assert frame_story(["Chad's World 15", *story(3)[1:]], [True] * 3, None, heading) == {}
    # a class that abbreviates the byline to a "by" segment (USA Today network pages); not "sort-by-date"
    texts = ["Sarah Bowman", "Indianapolis Star", *story(3)]
    paths = {0: "article>div.gnt_ar_by>a.gnt_ar_by_a", 1: "article>div.gnt_ar_by>div.gnt_ar_by_j"}
    out = frame_story(texts, [True] * 5, None, blocks_of(texts, paths=paths))
    assert out == {0: "byline_or_dateline", 1: "byline_or_dateline"}
    paths = {0: "div.sort-bydate>a", 1: "div.standby>p"}
    assert frame_story(texts, [True] * 5, None, blocks_of(texts, paths=paths)) == {}


def test_cards_repeated_after_the_story_go_whatever_their_classes():
    """Related stories as cards (a linked headline over its teaser) and reader comments (a name
    and timestamp over the text), repeated after the story's element: class names give no hint."""
    teaser = "The agreement would raise pay by 6 percent over three years, union leaders said on Friday."
    comment = "Finally! Our teachers have waited far too long for a raise and the buildings are falling apart."
    texts = [
        *story(3),
        "Springfield teachers reach tentative contract deal", teaser,
        "Roof repairs at four schools delayed until summer", teaser.replace("union", "district"),
        "jdoe42 November 19, 2019 at 6:34 am", comment,
        "springfield_mom November 19, 2019 at 8:02 am", comment.replace("Finally", "At last"),
    ]  # fmt: skip
    body = "div.x2>div.x6>p"
    paths = {i: body for i in range(3)} | {3: "div.x8>a>h3", 5: "div.x8>a>h3", 4: "div.x7>div.x8>p", 6: "div.x7>div.x8>p"}
    paths |= {7: "div.x9>div.x10", 9: "div.x9>div.x10", 8: "div.x9>div.x10>p", 10: "div.x9>div.x10>p"}
    blocks = blocks_of(texts, linked={3: True, 5: True}, paths=paths)
    out = frame_story(texts, [True] * len(texts), None, blocks)
    assert out == {**dict.fromkeys(range(3, 7), "related_list"), **dict.fromkeys(range(7, 11), "comment_thread")}
    # one card is not a list; linked terms over definitions (a glossary) and list items are not cards
    one = texts[:5]
    assert frame_story(one, [True] * 5, None, blocks_of(one, linked={3: True}, paths=paths)) == {}
    glossary = [*story(3), "Potsherd", "an individual piece of a broken pottery vessel", "Cache", "a hidden store of goods"]
    gpaths = {3: "dl>dt>a", 5: "dl>dt>a", 4: "dl>dd", 6: "dl>dd"}
    assert frame_story(glossary, [True] * 7, None, blocks_of(glossary, linked={3: True, 5: True}, paths=gpaths)) == {}


def test_a_support_appeal_after_the_story_goes_with_its_box():
    """A box after the story that holds a call ("Please consider supporting us today") goes whole,
    its heading and its paragraph too; the story's own element keeps what surrounds a call in it."""
    appeal = [
        "… we have a small favour to ask.",
        "Millions are flocking to the Sentinel for quality news every day. We believe everyone deserves access to "
        "factual information, so we made a choice: to keep our reporting open for all readers.",
        "If you can, please consider supporting us today. It only takes a minute. Thank you.",
    ]
    texts = [*story(3), *appeal]
    body, box = "main>article>div.body>p", "main>article>div.epic>p"
    paths = {0: body, 1: body, 2: body, 3: box, 4: box, 5: box}
    out = frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths))
    assert out == {3: "prompt", 4: "prompt", 5: "prompt"}
    # the same lines inside the story's element: only the call goes
    inside = {i: body for i in range(6)}
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths=inside)) == {5: "prompt"}
    # a box without a call stays
    texts[5] = "Thank you for reading."
    assert frame_story(texts, [True] * 6, None, blocks_of(texts, paths=paths)) == {}


def test_a_widget_s_bare_counts_go_outside_tables_lists_and_code():
    from cleanpage.lines import is_count_line
    from cleanpage.records import Block

    # bare, or each with the word of what it counts between a widget's icons and dots
    for line in (
        "1.2K",
        "31",
        "1.2K 31",
        "884",
        "12 3 45",
        "31 comments",
        "👁 2,481 views · 💬 0 comments",
        "2.481 Aufrufe | 5 Kommentare",
    ):
        assert is_count_line(Block(line, 0, tag="div")), line
    for line in ("1.2K claps and 31 responses", "2019", "1,234,567", "1 2 3 4 5 6", "3 eggs", "12 views of the harbour"):
        assert not is_count_line(Block(line, 0, tag="div")), line
    assert not is_count_line(Block("31", 0, tag="td", ancestors=frozenset({"table", "tr"})))  # a table's cell
    assert not is_count_line(Block("31", 0, tag="li", ancestors=frozenset({"ul"})))
    assert not is_count_line(Block("110", 0, tag="div", ancestors=frozenset({"pre"})))  # a program's output
    texts = [*story(2), "1.2K", *story(2)]
    assert frame_story(texts, [True] * 5, None, blocks_of(texts)) == {2: "rating"}


def test_a_wire_story_s_closing_credit_goes_after_the_story():
    from cleanpage.lines import is_agency_credit

    for line in ("kas/dpa/Reuters", "(afp)", "lob/dpa", "(AP)"):
        assert is_agency_credit(line), line
    for line in ("Sci/Tech", "HIV/AIDS", "NBA/WNBA", "the end", "Reuters reported the deal on Monday."):
        assert not is_agency_credit(line), line
    texts = [*story(3), "kas/dpa/Reuters"]
    assert frame_story(texts, [True] * 4, None) == {3: "closing_matter"}


@pytest.mark.parametrize(
    ("line", "is_one"),
    [
        ("Updated 2 hours ago", True),
        ("Published 3 days ago", True),
        ("15/03/2020 08h30 · Atualizado há 2 horas", True),
        ("vor 2 Stunden", True),
        ("Hace 3 horas", True),
        ("il y a 3 heures", True),
        ("Aggiornato 2 ore fa", True),
        ("3 uur geleden", True),
        ("Two years ago I moved to Berlin.", False),
        ("The plant closed 3 years ago", False),
        ("Vor 2 Stunden kam die Meldung", False),
    ],
)
def test_a_stamp_in_relative_time_is_told_from_story_lines(line, is_one):
    from cleanpage.lines import is_relative_stamp

    assert is_relative_stamp(line) == is_one


def test_a_stamp_in_relative_time_goes_above_and_below_the_story_but_not_from_a_table():
    texts = ["Updated 2 hours ago", *story(3), "Published 3 days ago"]
    assert frame_story(texts, [True] * len(texts), None) == {0: "byline_or_dateline", 4: "closing_matter"}
    blocks = [*blocks_of(texts[:-1]), *blocks_of(["3 Weeks Ago"])]  # a forum's list of threads: its column
    from dataclasses import replace

    blocks[-1] = replace(blocks[-1], index=4, tag="td")
    texts[-1] = "3 Weeks Ago"
    assert frame_story(texts, [True] * len(texts), None, blocks) == {0: "byline_or_dateline"}


def test_short_lines_above_the_headline_go_and_a_long_paragraph_there_stays():
    from dataclasses import replace

    title = "Neue Radwege in Leipzig: Stadt investiert 12 Millionen Euro"
    texts = ["Verkehr", "Neue Radwege in Leipzig: Stadt investiert 12 Millionen Euro", *story(3)]
    blocks = blocks_of(texts)
    blocks[1] = replace(blocks[1], tag="h1")
    kept = [True, False, *[True] * 3]  # the model dropped the headline; the kicker above it goes all the same
    assert frame_story(texts, kept, title, blocks) == {0: "above_headline"}
    texts = [LONG.replace("council", "board"), *texts[1:]]  # a long paragraph above the headline stays
    assert frame_story(texts, kept, title, blocks_of(texts)) == {}
    texts = ["Verkehr", "Im Stadtrat", *story(3)]  # an h1 that is not the title's headline (a section's name)
    blocks = blocks_of(texts)
    blocks[1] = replace(blocks[1], tag="h1")
    assert frame_story(texts, kept, title, blocks) == {}


@pytest.mark.parametrize(
    "line",
    [
        "Publicidade",
        "Annons",
        "Baca juga: Pemerintah Siapkan Operasi Pasar Jelang Lebaran",
        "Теги: Казань, парки",
        "Подписывайтесь на наш канал в Telegram",
        "CLICK HERE FOR MORE SPORTS COVERAGE ON FOXNEWS.COM",
        "Download The Times of India News App for Latest City News.",
        "Start a Conversation",
        "Video Unavailable",
        "The video will auto-play soon8Cancel",
        "图为正在建设中的地铁17号线车站。 新京报记者 王飞 摄",  # a Chinese caption's credit
        "<저작권자 © 뉴스 무단전재 및 재배포 금지>",  # Korean and Chinese rights notices
        "【本文的中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】",
        "相关阅读",
        "관련기사",
        "اقرأ أيضا: ارتفاع أسعار الكهرباء في الصيف المقبل",  # Arabic "read also"
        "Receba as notícias do Jornal no seu WhatsApp. Clique aqui e participe do nosso grupo.",
        "Artikel anhören Merken Drucken Teilen",
        "Comentários",
        "Hinweis: Dieser Artikel enthält Affiliate-Links. Wenn Sie über diese Links etwas kaufen, erhalten wir eine Provision.",
    ],
)
def test_prompts_labels_and_notices_in_other_languages_go(line):
    texts = [*story(2), line, *story(2)] if line != "Comentários" else [*story(3), line]
    assert frame_story(texts, [True] * len(texts), None)


@pytest.mark.parametrize(
    ("line", "is_one"),
    [
        ("Publicerad 14 juli 2020 kl. 06.00 Uppdaterad 14 juli 2020 kl. 08.15", True),
        ("Pubblicato il 3 marzo 2020 alle 10:15", True),
        ("Opublikowano: 12 maja 2020, godz. 8:15", True),
        ("Gepubliceerd op 3 mei 2020 om 10:15", True),
        ("Published 5:37 p.m. ET Feb. 19, 2020 | Updated 7:12 p.m. ET Feb. 19, 2020", True),
        ("نشر في: 12 مارس 2020 - 10:15 آخر تحديث: 12 مارس 2020 - 11:40", True),  # Arabic
        ("وقال الوزير في كلمة خلال حفل الافتتاح 12 مارس 2020", False),
        ("14. července 2020", True),
        ("Publicerad i juli", False),  # no whole day
        ("Il 3 marzo 2020 è stato approvato il bilancio", False),  # a sentence
        ("Season: May 1 to October 31", False),
    ],
)
def test_datelines_in_more_languages_are_told_from_story_lines(line, is_one):
    from cleanpage.lines import is_world_dateline

    assert is_world_dateline(line) == is_one


def test_a_dateline_in_another_language_goes_above_and_below_the_story_and_dates_the_page():
    line = "Publicerad 14 juli 2020 kl. 06.00 Uppdaterad 14 juli 2020 kl. 08.15"
    texts = [line, *story(3), "Pubblicato il 3 marzo 2020 alle 10:15"]
    assert frame_story(texts, [True] * len(texts), None) == {0: "byline_or_dateline", 4: "closing_matter"}
    from cleanpage.dates import date_in_text

    assert date_in_text(line) == "2020-07-14"
    assert date_in_text("Publiceret 3. maj 2021") == "2021-05-03"


def test_editors_initials_in_brackets_close_a_story_and_a_turkish_comment_heading_ends_it():
    texts = [*story(3), "(das/eds)"]
    assert frame_story(texts, [True] * len(texts), None) == {3: "closing_matter"}
    texts = [*story(3), "责任编辑：张明", "[责任编辑：alonliu]", "المصدر: وكالات"]  # a story's editor, its source
    assert frame_story(texts, [True] * len(texts), None) == {3: "closing_matter", 4: "closing_matter", 5: "closing_matter"}
    texts = [*story(3), "Yorumlar", "Yorum yapabilmek için giriş yapın."]
    assert frame_story(texts, [True] * len(texts), None) == {3: "comment_thread", 4: "after_the_end"}
    texts = [*story(3), "(das/eds)", *story(1)]  # inside the story it is left alone
    assert frame_story(texts, [True] * len(texts), None) == {}


def test_a_byline_box_s_job_title_first_person_bio_and_follow_button_go():
    texts = ["Senior Contributor", "I write about the future of work and leadership.", "Follow", *story(3)]
    texts.append(
        "I am a senior contributor covering the future of work. Before this I was an editor at a business "
        "magazine in London, and I have written two books on management and leadership."
    )
    out = frame_story(texts, [True] * len(texts), None)
    assert out == {0: "byline_or_dateline", 1: "byline_or_dateline", 2: "share_bar", 6: "closing_matter"}
    # a first-person story keeps its "I" sentences, and a job named inside a sentence is not a title line
    texts = ["I write about what I grow, and this year I grew far too many beans for two people to eat.", *story(3)]
    texts.append("I am a nurse, and the night shift taught me more about the bridge's traffic than any council report.")
    assert frame_story(texts, [True] * len(texts), None) == {}
    from cleanpage.lines import is_job_title_line

    assert is_job_title_line("Staff Writer") and is_job_title_line("Redakteurin")
    assert not is_job_title_line("The editor resigned") and not is_job_title_line("Senior staff")


def test_a_reporter_s_contact_lines_after_the_story_go_and_links_stay():
    texts = [*story(3), "lisa.gray@chron.com", "twitter.com/lisagray", "Email: jdoe@paper.com | Twitter: @jdoe"]
    out = frame_story(texts, [True] * len(texts), None)
    assert out == {3: "closing_matter", 4: "closing_matter", 5: "closing_matter"}
    texts = [*story(3), "www.example.org", "http://muegge.com/blog/?p=172", "713-555-1234", "More at www.example.org"]
    assert frame_story(texts, [True] * len(texts), None) == {}  # a post's sources, a phone number in the story
    # a newsroom's tagline: the call, the reporter, an address; not a story's own practical line
    texts = [*story(3), "Contact IndyStar reporter Sarah Bowman at 317-444-6129 or sarah.bowman@indystar.com."]
    assert frame_story(texts, [True] * len(texts), None) == {3: "closing_matter"}
    texts = [*story(3), "Contact the county clerk at 555-0100 or clerk@county.gov for an application form."]
    assert frame_story(texts, [True] * len(texts), None) == {}
    texts = [*story(3), "Contact Lucy Barbour"]  # a contact box's heading that names the reporter
    assert frame_story(texts, [True] * len(texts), None) == {3: "closing_matter"}
    texts = [*story(3), "Contact Form"]
    assert frame_story(texts, [True] * len(texts), None) == {}


def test_an_author_box_heading_an_advertiser_disclosure_and_an_endorsement_disclaimer_go():
    texts = ["Advertiser Disclosure", *story(3)]
    texts.append(
        "Editorial Note: The content of this article is based on the author's opinions and recommendations alone. "
        "It has not been previewed, commissioned or otherwise endorsed by any of our network partners."
    )
    texts.append("About the author")
    out = frame_story(texts, [True] * len(texts), None)
    assert out == {0: "ad_label", 4: "legal_notice", 5: "closing_matter"}
    texts = [*story(3), "The plan has not been reviewed by the state, and no one has endorsed it.", "About the bridge"]
    assert frame_story(texts, [True] * len(texts), None) == {}


def test_an_author_box_bio_above_the_story_goes_and_a_lead_about_a_person_stays():
    from dataclasses import replace

    bio = (
        "Alexia Tsotsis currently works for TechCrunch as a writer. She is also a blogger who studied writing "
        "and art in Los Angeles before moving to New York."
    )
    texts = [bio, *story(3)]
    blocks = blocks_of(texts)
    blocks[0] = replace(blocks[0], path="body>div.post>div.author-dropdown>div.description>p")
    assert frame_story(texts, [True] * len(texts), None, blocks) == {0: "byline_or_dateline"}
    # the same words outside an author's box are the story's lead
    assert frame_story(texts, [True] * len(texts), None, blocks_of(texts)) == {}


def test_a_comment_section_s_rules_and_theme_lines_go_after_the_story():
    from cleanpage.lines import is_comment_control, is_comment_policy

    for line in (
        "{ 10 comments… read them below or add one }",
        "You can follow this conversation by subscribing to the comment feed for this post.",
    ):
        assert is_comment_control(line), line
    assert not is_comment_control("The mayor says: no.") and not is_comment_control("Heather says:")
    for line in (
        "Bitte beachten Sie unsere Netiquette. Kommentare mit Beleidigungen werden gelöscht.",
        "Os comentários são de responsabilidade exclusiva de seus autores.",
        "Normas de participación",
        "Comments are moderated and will appear after approval.",
    ):
        assert is_comment_policy(line), line
        texts = [*story(3), line]
        assert frame_story(texts, [True] * 4, None) == {3: "closing_matter"}, line
    texts = [*story(2), "The comments, she said, were deleted by the council's press office.", *story(2)]
    assert frame_story(texts, [True] * 5, None) == {}  # inside the story, a sentence about comments stays


def test_copyright_inside_a_sentence_reprint_licences_and_more_newsletter_calls_go():
    from cleanpage.lines import is_legal_notice, is_site_call

    for line in (
        "Weblog posts are copyright 2003 by Chad Orzel, but may be copied and distributed freely.",
        "Lessons In Electric Circuits copyright (C) 2000-2003 Tony R. Kuphaldt.",
        "No permission is needed to reprint this article in whole or in part.",
        "*merkur.de ist ein Angebot von IPPEN.MEDIA.",  # a network site's publisher line
        "fr.de ist Teil des bundesweiten Ippen-Digital-Netzwerks.",
    ):
        assert is_legal_notice(line), line
    for line in (
        "The copyright office opened in 2003.",
        "Permission to build was granted in May.",
        "Das Angebot der Stadt ist ein Angebot von vielen.",
    ):
        assert not is_legal_notice(line), line
    for line in (
        "Sign-up to the Daily Blog Tips newsletter and get the eBook for free",
        "Stay Up-to-Date On Energy News with EL's Free Daily Newsletter",
        "Click here for free Newsletter subscription!",
        # a wish to stay informed before the call
        "Se vuoi restare aggiornato sulle notizie di Milano e della Lombardia iscriviti gratis alla newsletter.",
        "If you want to stay up to date with the latest news from Leeds, sign up to our newsletter.",
        "Si quieres estar al día de las noticias, suscríbete a nuestro boletín.",
    ):
        assert is_site_call(line), line
    assert not is_site_call("Stay up to date on the bridge: the council meets in May.")
    assert not is_site_call("If you want to stay informed about the vote, the clerk said, read the notices.")
    texts = [*story(3), "About the Author: Jane Roe is a reporter who covers the city council for the Courier."]
    assert frame_story(texts, [True] * 4, None) == {3: "closing_matter"}


def test_a_press_release_s_credit_and_contact_block_go():
    texts = ["News provided by Acme Robotics Inc.", *story(3), "Media Contact: Jamie Cole press@acme.example 412-555-0199"]
    out = frame_story(texts, [True] * len(texts), None)
    assert out == {0: "byline_or_dateline", 4: "closing_matter"}
    texts = ["The news, provided by the council, surprised many.", *story(3), "SOURCE Acme Robotics Inc."]
    assert frame_story(texts, [True] * len(texts), None) == {}


def test_a_read_also_box_loses_its_links_and_a_story_list_keeps_its_items():
    """The linked headlines in a box headed by "Lesen Sie auch" (an `aside` holding only the label
    and links), or in a list right below the label, are other stories; a list below a heading of
    the story's own, or a box that also holds text, stays."""
    from cleanpage.records import Block

    def page(label, items, item_path, item_links=True):
        texts = [*story(2), label, *items, *story(2)]
        blocks = [Block(t, i, path="main>article>div.body>p") for i, t in enumerate(texts)]
        blocks[2] = Block(label, 2, tag="h3", path="article>div.body>aside.a-related>h3")
        for k, t in enumerate(items, start=3):
            blocks[k] = Block(t, k, tag="li", path=item_path, link_chars=len(t) if item_links else 0)
        return texts, blocks

    items = ["Raspberry Pi 5 im Test: Doppelt so schnell", "Raspberry Pi OS: Umstieg auf Wayland"]
    for label, path in (
        ("Lesen Sie auch", "aside.a-related>ul>li>a"),  # inside the label's box
        ("Más información", "div.body>ul.a_ma_l>li"),  # a list right below the label
        ("Related Posts", "div.body>ul>li"),
    ):
        texts, blocks = page(label, items, path)
        out = frame_story(texts, [True] * len(texts), None, blocks)
        assert out.get(3) == out.get(4) == "read_also", (label, out)
    texts, blocks = page("Lesen Sie auch", items, "aside.a-related>ul>li", item_links=False)  # no links: text
    assert 3 not in frame_story(texts, [True] * len(texts), None, blocks)
    texts, blocks = page("What you need", ["250 g flour", "2 eggs"], "div.body>ul>li")  # the story's own list
    assert frame_story(texts, [True] * len(texts), None, blocks) == {}
    # a list of other stories whose items are a linked headline and its teaser
    teasers = [
        "Hero Academy delayed on Steam Hero Academy has been delayed on Steam due to a last-minute bug.",
        "Day Z passes a million players The zombie survival mod has passed a million players this week.",
    ]
    texts, blocks = page("Latest News", teasers, "div.side>ul>li", item_links=False)
    for k, t in enumerate(teasers, start=3):
        blocks[k] = Block(t, k, tag="li", path="div.side>ul>li", link_chars=t.index(" ", 30))
    assert frame_story(texts, [True] * len(texts), None, blocks) == dict.fromkeys((2, 3, 4), "read_also")  # and its label
    # a story's own list below such a heading, with a link inside an item, stays
    own = ["The council will vote on the plan in May, after a hearing on the budget for the bridge.", "2 eggs"]
    texts, blocks = page("Latest News", own, "div.body>ul>li", item_links=False)
    blocks[3] = Block(own[0], 3, tag="li", path="div.body>ul>li", link_chars=len("the budget"))
    assert 3 not in frame_story(texts, [True] * len(texts), None, blocks)


def test_share_bars_ratings_and_credits_in_other_languages_go():
    from cleanpage.lines import is_agency_credit, is_labelled_strip, is_photo_credit, is_rating_line, is_share_button

    assert is_share_button("Compartir en Whatsapp Compartir en Facebook Compartir en Twitter Comentarios")
    assert is_share_button("Partager sur Facebook Partager sur Twitter")
    assert not is_share_button("Comentarios")  # a comment count's label alone is no share bar
    for line in ("4,6 (1.245) Bewertungen", "4.5 (12) reviews", "3,8 (27) valoraciones"):
        assert is_rating_line(line), line
    assert not is_rating_line("4 (of 12) reviewers said no")
    for line in ("(jss)", "(vbr)", "(das/eds)"):
        assert is_agency_credit(line), line
    assert not is_agency_credit("(sic) the council said")
    for line in (
        "Cobertura vacinal entre 2015 e 2019 - Arte/Agência Brasil",
        "Protesto em São Paulo — Foto: Reprodução/TV Globo",
    ):
        assert is_photo_credit(line), line
    assert not is_photo_credit("A mostra reúne obras de arte do século 19 - e muitas fotos.")
    # a name, a job and a labelled dateline, without "By"; not a sentence with a date in it
    for line in (
        "Mariana Tokarnia - Repórter da Agência Brasil Publicado em 14/07/2020 - 18:25 Brasília",
        "Jane Roe, Staff Writer Published March 3, 2020",
        # with a reading time after it, and as long as a strip may be without it
        "Le Monde avec AFP Publié le 02 juillet 2019 à 11h45 - Mis à jour le 02 juillet 2019 à 14h10 Temps de Lecture 2 min.",
    ):
        assert is_labelled_strip(line), line
    for line in (
        "The report was published on March 3, 2020 by the ministry",
        "Jane Roe said the plan was published on March 3, 2020.",
        "Jane Roe Published March 3, 2020 her first novel about the city and its river",
        "Jane Roe said the plan was published on March 3, 2020. 5 min read",
    ):
        assert not is_labelled_strip(line), line
    texts = [LONG, "Mariana Tokarnia - Repórter da Agência Brasil Publicado em 14/07/2020 - 18:25 Brasília", *story(3)]
    assert frame_story(texts, [True] * len(texts), None) == {1: "byline_or_dateline"}


def test_a_forum_under_the_story_is_its_comments():
    """Postings under a story in an element named for a forum or, in German, for comments go;
    the story stays."""
    texts = [*story(3), "Endlich! Das hätte man schon längst machen sollen.", "Toller Einsatz, danke!"]
    paths = {3: "main>section#forum>div.posting>p", 4: "main>div.kommentare>div>p"}
    out = frame_story(texts, [True] * len(texts), None, blocks_of(texts, paths=paths))
    assert out == {3: "comment_thread", 4: "comment_thread"}
    assert frame_story(texts[:3], [True] * 3, None, blocks_of(texts[:3], paths=paths)) == {}


def test_teasers_share_buttons_and_outlet_credits_of_european_sites_go():
    """An inline teaser (a link line in a "teaser" element) and a teaser list under the story go,
    and so do Jetpack's German share buttons, Le Monde's share bar and reading time beside its
    dateline, and an outlet's credit with its agencies; a job board's "pnlTeaser" listings and a
    sentence about a newspaper stay."""
    from cleanpage.lines import is_agency_credit, is_share_button, is_world_dateline

    for button in (
        "Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)",
        "Partager sur Facebook Envoyer par e-mail Partager sur Linkedin",
        "Facebook Twitter Linkedin Mail",
    ):
        assert is_share_button(button), button
    assert not is_share_button("Er schickte die Mail über Facebook an die Zeitung")
    assert is_world_dateline("Publié le 14 juillet 2021 à 12h05 - Mis à jour le 14 juillet 2021 à 18h40 Temps de Lecture 4 min.")
    for line in ("Le Monde avec AFP", "Le Figaro avec AFP et Reuters", "ZEIT ONLINE mit dpa"):
        assert is_agency_credit(line), line
    assert not is_agency_credit("Le Monde a parlé avec l'AFP hier soir pendant une heure")

    texts = [*story(2), "Kohleausstieg Was der Ausstieg für die Lausitz bedeutet", *story(2)]
    paths = {2: "div.article-page>aside.article__item--inline-teaser>a"}
    blocks = blocks_of(texts, linked={2: True}, paths=paths)
    assert frame_story(texts, [True] * len(texts), None, blocks) == {2: "read_also"}
    blocks = blocks_of(texts, linked={2: True}, paths={2: "tbody>tr>td>div.pnlTeaser>a"})
    assert frame_story(texts, [True] * len(texts), None, blocks) == {}

    texts = [*story(3), "In der Lausitz hängen Tausende Jobs an der Braunkohle. Wie geht es weiter?"]
    blocks = blocks_of(texts, paths={3: "main>section.zon-teaser-standard>article>p"})
    assert frame_story(texts, [True] * len(texts), None, blocks) == {3: "related_list"}


def test_measured_values_the_model_dropped_beside_the_story_come_back():
    """A recipe's nutrition line reads to the model like a fake profile's "label: value" fields; a
    run of measured values in units of food or devices beside a kept block is the story's. A
    profile's height and weight, a widget's counts and a run with nothing kept beside it stay out."""
    from dataclasses import replace

    import numpy as np

    from cleanpage.frame import decide_story, is_measure_line

    for line in ("Calorías: 390 kcal | Proteínas: 12 g | Grasas: 25 g", "390 kcal", "Weight: 254 g", "Akku: 4000 mAh"):
        assert is_measure_line(line), line
    for line in ("Height: 1.80 m | Weight: 75 kg", "Views: 12,345", "Helpful: 89%", "Rating: 4.5/5", "Page 2 of 5"):
        assert not is_measure_line(line), line

    labels = ["content", "boilerplate", "seo_filler"]
    texts = [*story(3), "Nutrition", "Calories: 390 kcal", "Protein: 12 g", "Views: 12,345"]
    proba = np.array([[0.9, 0.05, 0.05]] * 4 + [[0.15, 0.33, 0.52]] * 3)
    kept, decided, rules = decide_story(proba, labels, 0.5, blocks_of(texts), None)
    assert kept.tolist() == [True] * 6 + [False]
    assert rules == {4: "measure_line", 5: "measure_line"} and decided[4] == "content"
    proba[3] = [0.1, 0.8, 0.1]  # the heading dropped too: nothing kept beside the run
    kept, _, rules = decide_story(proba, labels, 0.5, blocks_of(texts), None)
    assert kept.tolist() == [True] * 3 + [False] * 4 and rules == {}
    # unless the dropped line above the run is its subheading, right below the kept story
    blocks = blocks_of(texts)
    blocks[3] = replace(blocks[3], tag="h3")
    kept, _, rules = decide_story(proba, labels, 0.5, blocks, None)
    assert kept.tolist() == [True] * 6 + [False] and rules == dict.fromkeys((3, 4, 5), "measure_line")


def test_a_price_widget_and_a_gallery_control_go():
    from cleanpage.lines import is_agency_credit, is_deal_line, is_list_heading, is_media_control, is_reading_time

    for line in ("RND/dpa", "AFP/dpa"):  # an outlet's and an agency's credit
        assert is_agency_credit(line), line
    assert not is_agency_credit("USA/UK")
    assert is_list_heading("Meer over dit onderwerp") and is_list_heading("Más sobre este tema")
    assert is_list_heading("Weitere Meldungen von Sonnwerk GmbH")  # a press portal's list of the firm's releases
    assert not is_list_heading("Weitere Meldungen von Anwohnern gingen bei der Polizei ein")
    assert is_reading_time("Published in Engineering at Loop")  # a blog platform's publication line
    assert not is_reading_time("Published in 1998, the book sold well.")
    for line in ("Amazon $348 View", "Walmart £349.99 View Deal", "Show More Deals", "Today's best Sony WH-1000XM4 deals"):
        assert is_deal_line(line), line
    for line in ("Check Price", "Buy Now", "Buy on Amazon", "$699.99 at Amazon", "See It at Target"):  # a shop's buttons
        assert is_deal_line(line), line
    for line in ("Amazon sold 300 units for $348 view", "The price is $5 see below", "Deals", "$5 at the door", "See it"):
        assert not is_deal_line(line), line
    texts = [*story(2), "Amazon $348 View", *story(2)]
    assert frame_story(texts, [True] * len(texts), None) == {2: "ad_label"}
    for line in ("1/12 Voir toutes les photos", "Ver todas las fotos", "Alle Bilder anzeigen"):
        assert is_media_control(line), line
    assert not is_media_control("3 of 5 Photos")


def test_contributor_credits_consent_lines_and_sponsor_labels_go():
    from cleanpage.lines import is_ad_slot_label, is_contributor_credit, is_legal_notice, is_list_heading

    for line in (
        "Caitlin Emma and John Bresnahan contributed to this report.",
        "The Associated Press contributed to this story.",
        "Mit Material von dpa",
        "Original-Content von: Sonnwerk GmbH, übermittelt durch news aktuell",  # a press release's distributor
    ):
        assert is_contributor_credit(line), line
    assert not is_contributor_credit("He said she contributed to this report. Then he left the room.")
    assert not is_contributor_credit("Der Original-Content von Netflix wächst. Das sagte der Chef.")
    texts = [*story(3), "The Associated Press contributed to this report."]
    assert frame_story(texts, [True] * 4, None) == {3: "closing_matter"}
    assert frame_story([texts[3], *story(3)], [True] * 4, None) == {}  # not above the story
    assert is_legal_notice(
        "By signing up you agree to receive email newsletters or alerts from POLITICO. You can unsubscribe at any time."
    )
    assert not is_legal_notice("By signing up for the program, farmers agreed to cut their water use by a third.")
    assert is_ad_slot_label("Sponsor Message")
    assert is_list_heading("More Stories From NPR")


def test_the_byline_strip_s_buttons_and_section_are_no_author():
    """Beside a byline, a comment count's label ("Comment") or a section's name ("News") in the
    byline's element is no name; a name glued to its handle is one."""
    from cleanpage.lines import story_byline_author

    texts = ["Sarah Perez@sarahintampa / 9:00 am EDT • July 16, 2020", "Comment", *story(3)]
    paths = {0: "div.article__byline-wrapper>div.article__byline", 1: "div.article__byline-wrapper>a.article__comment"}
    blocks = blocks_of(texts, paths=paths)
    assert story_byline_author(texts, [False, False, True, True, True], blocks) == "Sarah Perez"
    texts = ["News", *story(3)]
    assert story_byline_author(texts, [False, True, True, True], blocks_of(texts, paths={0: "p.article-byline"})) is None


def test_a_paragraph_the_model_dropped_below_a_kept_subheading_in_the_story_comes_back():
    """A review's closing section ("Should I buy …?" and its answer): the paragraph right below a
    kept subheading, in the element holding the story's kept paragraphs, is that section's. Not
    when the model took it for filler, nor outside the story's element, nor below a dropped heading."""
    import numpy as np

    from cleanpage.frame import decide_story
    from cleanpage.records import Block

    labels = ["content", "boilerplate", "seo_filler"]
    texts = [*story(3), "Should I buy it?", LONG.replace("council", "headphones")]
    paths = ["article>div.body>p"] * 3 + ["article>div.body>h2", "article>div.body>p"]

    def run(last_proba, heading_kept=True, last_path=paths[4]):
        blocks = [
            Block(t, i, tag="h2" if i == 3 else "p", path=p) for i, (t, p) in enumerate(zip(texts, [*paths[:4], last_path]))
        ]
        proba = np.array([[0.9, 0.1, 0.0]] * 3 + [[0.6 if heading_kept else 0.3, 0.4 if heading_kept else 0.7, 0.0], last_proba])
        return decide_story(proba, labels, 0.5, blocks, None)

    kept, decided, rules = run([0.18, 0.82, 0.0])
    assert kept.tolist() == [True] * 5 and rules == {4: "headed_section"} and decided[4] == "content"
    assert run([0.1, 0.2, 0.7])[0].tolist()[4] is False  # filler stays out
    assert run([0.18, 0.82, 0.0], heading_kept=False)[0].tolist()[3:] == [False, False]
    assert run([0.18, 0.82, 0.0], last_path="aside.related>p")[0].tolist()[4] is False


def test_a_subheading_the_model_dropped_between_story_paragraphs_comes_back():
    """A question heading inside the story ("Welche Rechte haben Fahrgäste?") reads to the model
    like a generated summary's; between kept story paragraphs under its parent, it is the story's.
    Not above the story's first paragraph, not under another parent, not a long line."""
    import numpy as np

    from cleanpage.frame import decide_story
    from cleanpage.records import Block

    labels = ["content", "boilerplate", "seo_filler"]

    def run(texts, heading_path="article>div.body>h2"):
        blocks = [
            Block(t, i, tag="h2" if i == 2 else "p", path=heading_path if i == 2 else "article>div.body>p")
            for i, t in enumerate(texts)
        ]
        proba = np.array([[0.9, 0.1, 0.0]] * 2 + [[0.07, 0.13, 0.8]] + [[0.9, 0.1, 0.0]] * (len(texts) - 3))
        return decide_story(proba, labels, 0.5, blocks, None)

    texts = [*story(2), "Welche Rechte haben Fahrgäste?", *story(2)]
    kept, decided, rules = run(texts)
    assert kept.all() and rules == {2: "story_heading"} and decided[2] == "content"
    assert run(texts, heading_path="aside.box>h2")[0].tolist()[2] is False
    long_line = " ".join(["Welche Rechte haben Fahrgäste bei einem Streik der Bahn"] * 2)
    assert run([*story(2), long_line, *story(2)])[0].tolist()[2] is False
    assert run(["Home", "News", "Welche Rechte haben Fahrgäste?", *story(2)])[0].tolist()[2] is False  # no story above


def test_a_lead_the_model_dropped_at_the_top_of_the_story_s_element_comes_back():
    """Right below the headline a story's lead reads to the model like a dek or a teaser; under
    the parent of the story's kept paragraphs, above a photo's line, it is the story's. Not when
    the model took it for filler, nor under another parent, nor past a long paragraph elsewhere,
    nor when no element holds three kept story paragraphs."""
    import numpy as np

    from cleanpage.frame import decide_story
    from cleanpage.records import Block

    labels = ["content", "boilerplate", "seo_filler"]
    lead = LONG.replace("council", "city council")

    def run(lead_proba=(0.31, 0.69, 0.0), lead_path="article>div.body>p.first-text", between=(), n_story=3):
        texts = ["The Bridge Vote", lead, *[t for t, _ in between], "S", *story(n_story)]
        paths = ["header>h1.headline", lead_path, *[p for _, p in between], "p.has-media>span.icon"]
        paths += ["article>div.body>p"] * n_story
        blocks = [Block(t, i, tag="h1" if i == 0 else "p", path=p) for i, (t, p) in enumerate(zip(texts, paths))]
        proba = [[0.02, 0.98, 0.0], list(lead_proba), *[[0.1, 0.9, 0.0]] * len(between), [0.52, 0.48, 0.0]]
        proba += [[0.95, 0.05, 0.0]] * n_story
        return decide_story(np.array(proba), labels, 0.5, blocks, None)

    kept, decided, rules = run()
    assert kept[1] and rules[1] == "story_lead" and decided[1] == "content"
    assert not run(lead_proba=(0.1, 0.2, 0.7))[0][1]  # filler stays out
    assert not run(lead_path="aside.teaser>p")[0][1]
    assert not run(between=[(LONG.replace("council", "board"), "aside.promo>p")])[0][1]
    assert not run(n_story=2)[0][1]


def test_a_paragraph_the_model_dropped_between_two_story_paragraphs_comes_back():
    """A first-person paragraph that restates the title reads to the model like a generated
    summary; between two kept paragraphs under its parent it is the story's. Not beyond the
    content envelope (certain filler), not under another parent, not a short line or a list of
    words without a sentence's end."""
    import numpy as np

    from cleanpage.frame import decide_story
    from cleanpage.records import Block

    labels = ["content", "boilerplate", "seo_filler"]
    middle = (
        "I also swapped half of the white flour for whole rye, which carries more wild yeast, and my starter "
        "rose higher than it had in three months of feeding."
    )

    def run(text=middle, filler=0.76, path="div.entry-content>p"):
        texts = [*story(2), text, "It saved mine, and it can save yours too."]
        paths = ["div.entry-content>p", "div.entry-content>p", path, "div.entry-content>p"]
        blocks = [Block(t, i, tag="p", path=p) for i, (t, p) in enumerate(zip(texts, paths))]
        proba = [[0.95, 0.05, 0.0]] * 2 + [[1.0 - filler, 0.0, filler], [0.85, 0.03, 0.12]]
        return decide_story(np.array(proba), labels, 0.325, blocks, None)

    kept, decided, rules = run()
    assert kept.tolist() == [True] * 4 and rules[2] == "story_gap" and decided[2] == "content"
    assert not run(filler=1.0)[0][2]  # beyond the content envelope
    assert not run(path="aside.promo>p")[0][2]
    assert not run(text="Flour, rye, starter, water, salt, yeast, bread, loaf, crumb, crust, oven, " * 2)[0][2]
    assert not run(text="Rye works.")[0][2]


def test_a_paragraph_the_model_dropped_below_a_box_inside_the_story_comes_back():
    """Below a "read also" list inside the story the model reads the next paragraph as a teaser;
    in the path of the story's paragraphs, with only the box's short lines above it, it is the
    story's. Not below a heading (a teaser's), under another path, as certain filler, past a
    long box, or one the model called filler."""
    import numpy as np

    from cleanpage.frame import decide_story
    from cleanpage.records import Block

    labels = ["content", "boilerplate", "seo_filler"]
    resumed = (
        "The council will decide at its meeting on Thursday whether the bakery and the two inns on the closed road "
        "get emergency aid from the town, which has set aside money for storm damage. (lh)"
    )

    box = ("Also interesting", "Snow in the Alps this weekend")

    def run(box=box, box_tag="li", text=resumed, path="div.story>p", proba=None):
        texts = [*story(3), *box, text]
        tags = ["p"] * 3 + [box_tag] * len(box) + ["p"]
        paths = ["div.story>p"] * 3 + ["div.box>ul>li"] * len(box) + [path]
        blocks = [Block(t, i, tag=g, path=p) for i, (t, g, p) in enumerate(zip(texts, tags, paths))]
        rows = [[0.95, 0.05, 0.0]] * 3 + [[0.1, 0.9, 0.0]] * len(box) + [proba or [0.29, 0.6, 0.11]]
        return decide_story(np.array(rows), labels, 0.325, blocks, None)

    kept, decided, rules = run()
    assert kept[-1] and rules[len(kept) - 1] == "story_resumed" and decided[-1] == "content"
    assert not any(kept[3:5])  # the box stays out
    assert not run(box=("Snow in the Alps",), box_tag="h3")[0][-1]  # a teaser's heading above it
    assert not run(path="div.teaser>p")[0][-1]
    assert not run(proba=[0.05, 0.0, 0.95])[0][-1]  # certain filler
    assert not run(proba=[0.2, 0.3, 0.5])[0][-1]  # called filler
    assert not run(box=tuple(f"Link {k}" for k in range(13)))[0][-1]  # a page's whole link section
    assert not run(text=resumed.replace(" damage. (lh)", " damage, the clerk"))[0][-1]  # no sentence's end


def test_a_section_the_model_called_filler_between_story_paragraphs_comes_back():
    """A first-person post's section ("What I do now", short items, a short claim) reads to the
    model like a generated summary; between two kept paragraphs, in the story's own element (its
    list's items in a list there), it is the story's. Not a run in an element of its own (planted
    filler's wrapper), one that repeats the page's wording (a summary restates), one with a
    "label: value" line, certain filler, or a text dump's."""
    import numpy as np

    from cleanpage.frame import decide_story
    from cleanpage.records import Block

    labels = ["content", "boilerplate", "seo_filler"]
    section = (
        ("What I do now", "h2"),
        ("One repository, one process, one database.", "li"),
        ("Modules with clear boundaries inside the monolith.", "li"),
        ("My last project went from idea to first user in nine days.", "p"),
    )

    def run(section=section, wrapper="", filler=0.85, source="html"):
        rows = [*((t, "p") for t in story(3)), *section, ("If you are building alone, start with the boring way.", "p")]
        blocks = []
        for i, (text, tag) in enumerate(rows):
            inner = 0 < i - 2 <= len(section)
            path = "article>div.body" + (wrapper if inner else "") + (">ul>li" if tag == "li" else f">{tag}")
            blocks.append(Block(text, i, tag=tag, path=path, source=source))
        proba = [[0.95, 0.05, 0.0]] * 3 + [[0.12, 0.03, filler]] * len(section) + [[0.8, 0.1, 0.1]]
        return decide_story(np.array(proba), labels, 0.325, blocks, None)

    kept, decided, rules = run()
    assert kept.all() and {rules[i] for i in range(3, 7)} == {"story_section"} and decided[4] == "content"
    assert not any(run(wrapper=">div.summary")[0][3:7])  # an element of its own
    assert not any(run(filler=0.95)[0][3:7])  # certain filler
    assert not any(run(source="text")[0][3:7])
    restating = (("Key points", "h3"), (story(3)[1], "li"), (story(3)[2], "li"))
    assert not any(run(section=restating)[0][3:6])
    assert not any(run(section=(*section, ("Birthday: March 3, 1990", "p")))[0][3:8])
    assert not any(run(section=(("What I do now", "h2"), ("Monolith, modules, worker, repository, database", "p")))[0][3:5])
    assert not run(section=(("My last project went from idea to first user in nine days.", "p"),))[0][3]  # story_gaps'


def test_what_the_model_kept_between_filler_outside_the_story_is_filler():
    """A spam page's summary worded unlike any the model saw, or an FAQ's questions, between
    blocks it called filler: filler too, unless in the story's paragraphs' path, more than three
    blocks, a list item or a "label: value" line (a directory's record)."""
    import numpy as np

    from cleanpage.frame import decide_story
    from cleanpage.records import Block

    labels = ["content", "boilerplate", "seo_filler"]
    summary = (
        "Having followed housing policy for the better part of fifteen years, I can say with confidence that "
        "this vote marks a turning point for how cities think about their downtowns."
    )

    def run(middle=(summary,), tag="p", path="article>p", below="seo_filler"):
        texts = [*story(3), "Key Takeaways", *middle, "Frequently Asked Questions"]
        tags = ["p"] * 3 + ["h2"] + [tag] * len(middle) + ["h2"]
        paths = ["div.body>p"] * 3 + ["article>h2"] + [path] * len(middle) + ["article>h2"]
        blocks = [Block(t, i, tag=g, path=p) for i, (t, g, p) in enumerate(zip(texts, tags, paths))]
        last = [0.1, 0.0, 0.9] if below == "seo_filler" else [0.1, 0.9, 0.0]
        rows = [[0.95, 0.05, 0.0]] * 3 + [[0.1, 0.0, 0.9]] + [[0.77, 0.03, 0.2]] * len(middle) + [last]
        return decide_story(np.array(rows), labels, 0.325, blocks, None)

    kept, decided, rules = run()
    assert kept.tolist() == [True] * 3 + [False] * 3
    assert decided[4] == "seo_filler" and rules[4] == "filler_island"
    assert run(path="div.body>p")[0][4]  # the story's own path
    assert run(below="boilerplate")[0][4]  # no filler below it
    assert all(run(middle=(summary,) * 4)[0][4:8])  # a run too long to be an island
    assert run(middle=("Gender: All",))[0][4]
    assert run(tag="li")[0][4]


def test_a_print_footer_s_url_and_a_german_subscription_call_go_under_the_story():
    from cleanpage.lines import is_site_call

    assert is_site_call(
        "Bestens informiert mit SZ Plus – 4 Wochen kostenlos zur Probe lesen. Jetzt bestellen unter: www.sz.de/szplus-testen"
    )
    assert not is_site_call("Die Bahn will die Züge jetzt bestellen, sagte der Sprecher.")
    texts = [*story(3), "URL: www.sz.de/1.4967143"]
    assert frame_story(texts, [True] * 4, None) == {3: "closing_matter"}
    texts = [*story(3), "URL: the address a browser shows"]
    assert frame_story(texts, [True] * 4, None) == {}


def test_a_sidebars_promotions_after_the_story_are_not_the_story():
    # a sidebar widget's sponsored posts, long paragraphs the model may keep, end the story before
    # them; so do the comments between the story and the sidebar that the page lays out first
    story = [
        "The council voted on Tuesday to rebuild the old river bridge before the spring floods reach the town.",
        "Engineers said the work would take two years and cost more than the county had set aside for it.",
        "Residents who cross the bridge every day said they would welcome the repairs despite the detours.",
    ]
    comment = "Finally, after years of waiting for the county to act, someone is doing something about that bridge."
    promos = [
        "Become a skilled information professional at the Information School, where graduates lead teams.",
        "ProductCamp is a free, all-day event hosted for the product management community of the region.",
    ]
    texts = [*story, comment, *promos]
    paths = {3: "ul.comments>li.comment>div>p", 4: "div.widget-wrap>div.sidebar-sponsor-post>div>p"}
    paths[5] = paths[4]
    blocks = blocks_of(texts, paths=paths, hints={3: {"comment"}})
    out = frame_story(texts, [True] * len(texts), None, blocks)
    assert out == {3: "comment_thread", 4: "sidebar", 5: "sidebar"}
    # a story laid out inside a sidebar-named element throughout says nothing by it
    inside = {i: "div.content-sidebar-wrap>div.entry>p" for i in range(len(texts))}
    assert "sidebar" not in frame_story(texts, [True] * len(texts), None, blocks_of(texts, paths=inside)).values()


def test_a_press_releases_contact_heading_ends_it():
    """A press release's contact heading ("Pressekontakt:", "Media Contacts"), kept or not, after
    most of the story ends it: the name, phone and e-mail lines below it are not the story."""
    contact = "Stadtwerke Nordhafen GmbH Jan Petersen Telefon: 040 123456-78 E-Mail: presse@example.de"
    for heading in ("Pressekontakt:", "MEDIA CONTACTS", "Contact presse :"):
        texts = [*story(4), heading, contact]
        for kept_heading in (True, False):
            out = frame_story(texts, [True] * 4 + [kept_heading, True], None)
            assert out.get(5) == "after_the_end", (heading, kept_heading)
            assert not set(out) & set(range(4))
    # before most of the story it ends nothing ("Media contacts: …" quoted in the second paragraph)
    texts = [*story(2), "Media Contacts", contact, *story(4)]
    assert frame_story(texts, [True] * len(texts), None) == {}


def test_a_sites_appeal_after_the_story_goes_and_its_heading_with_it():
    """A support appeal after the story's element, a long paragraph the model keeps ("… If you can,
    please support us today"), is a prompt however long; its box's heading goes with it. Inside the
    story's element a paragraph that quotes a call stays."""
    appeal = (
        "Millions turn to the Ledger for independent journalism. We do not have shareholders or a billionaire "
        "owner, so our reporting is free from commercial influence. If you can, please support us today – it "
        "only takes a minute. Thank you."
    )
    texts = [*story(3), "… we have a small favour to ask.", appeal]
    paths = {i: "article>div.body>p" for i in range(3)} | {3: "article>div.epic>h2", 4: "article>div.epic>p"}
    out = frame_story(texts, [True] * 5, None, blocks_of(texts, paths=paths))
    assert out[4] == "prompt" and 3 in out and not set(out) & {0, 1, 2}
    paths[4] = paths[0]  # the story's own paragraph, quoting a charity's appeal
    assert 4 not in frame_story(texts, [True] * 5, None, blocks_of(texts, paths=paths))


def test_a_byline_in_an_address_element_goes_above_the_story():
    from dataclasses import replace

    texts = ["Lucía Ortega in Madrid and Nikos Pappas in Athens", *story(3)]
    blocks = blocks_of(texts, paths={0: "div.meta>address>a"})
    out = frame_story(texts, [True] * 4, None, [replace(blocks[0], ancestors=frozenset({"div", "address"})), *blocks[1:]])
    assert out == {0: "byline_or_dateline"}
    assert frame_story(texts, [True] * 4, None, blocks) == {}  # the same line without the element


def test_reading_times_ratings_and_paywall_lines_in_other_languages_go():
    """A reading-time stamp, a rating widget and a paywall's lines are not the story in any of the
    corpus's languages; sentences that mention minutes, stars or subscribers are."""
    from cleanpage.lines import is_form_line, is_rating_line, is_reading_time

    for line in ("Lecture 4 min.", "4 min de lecture", "3 Min. Lesezeit", "Tempo di lettura: 5 minuti", "Leestijd 3 minuten"):
        assert is_reading_time(line), line
    for line in ("Lecture du rapport en séance", "5 minutes of reading a day helps children"):
        assert not is_reading_time(line), line
    for line in ("★★★★☆ 4.6 (128 voti)", "Valutazione: 4.6 su 5 (128 voti)", "Bewertung: 4,6 von 5 Sternen (128 Stimmen)"):
        assert is_rating_line(line), line
    assert not is_rating_line("4.6 (128 voti) sono arrivati dalla Lombardia, dove si è votato fino a sera.")
    for line in (
        "Article réservé aux abonnés",
        "Il vous reste 62.48% de cet article à lire. La suite est réservée aux abonnés.",
        "Exklusiv für Abonnenten",
        "Jetzt weiterlesen mit RP+",
        "Subscribers only",
    ):
        assert is_form_line(line), line
    assert not is_form_line("The new fares are for subscribers who renew before March.")
    from cleanpage.lines import is_share_button, is_world_dateline

    for line in (
        "Publicado em 18/01/2022 às 07h30 · Atualizado há 2 horas",
        "Publié le 2 septembre 2022 à 06h15 - Mis à jour le 2 septembre 2022",
    ):
        assert is_world_dateline(line), line
    assert not is_world_dateline("Le 2 septembre 2022, le conseil a voté le budget.")
    assert is_share_button("Compartilhe:WhatsApp Facebook Twitter Copiar link")
    assert is_share_button("Partager : Facebook Twitter E-mail Copier le lien")
    texts = [*story(2), "Lecture 4 min.", "Article réservé aux abonnés", *story(2)]
    assert frame_story(texts, [True] * len(texts), None) == {2: "byline_or_dateline", 3: "prompt"}


def test_an_author_box_below_the_story_goes_in_any_language():
    """A bio in an element whose class names the author, opening with a name and a bio's verb
    ("Giulia Rossi è nata a Roma …"), is not the story's last paragraph, and the box's name line
    above it goes with it; a story paragraph in an element whose class only contains "byline"
    and that does not open so stays."""
    from cleanpage.lines import is_author_box_paragraph
    from cleanpage.records import Block

    bio = "Giulia Rossi è nata a Roma e scrive di cucina regionale da oltre dieci anni, e insegna in una scuola di cucina."
    texts = [*story(3), "Giulia Rossi", bio]
    paths = {3: "article>div.author-box>p.name", 4: "article>div.author-box>p"}
    blocks = blocks_of(texts, paths=paths)
    out = frame_story(texts, [True] * len(texts), None, blocks)
    assert out == {3: "closing_matter", 4: "closing_matter"}
    assert frame_story(texts, [True] * len(texts), None, blocks_of(texts)) == {}  # no author box: the model's call
    handle = "Jon Bloom (@Bloom_Jon) is President of a ministry."
    assert is_author_box_paragraph(Block(handle, 0, path="div.author_description>p"))
    assert is_author_box_paragraph(Block("Jan de Vries werkt sinds 2010 als verslaggever.", 0, path="div.byline>p"))
    dean = "Like Renfro, James Dean was a troubled actor who died young."
    in_story = Block(dean, 0, path="div.content_byline>div.content_text")
    assert not is_author_box_paragraph(in_story)


def test_a_disclosure_box_below_the_story_goes():
    """A disclosure box's long paragraph ("NAME owns shares of …") is not the story's last
    paragraph, its link's path or not; the same words without the box are the model's call."""
    from cleanpage.lines import is_disclosure_paragraph
    from cleanpage.records import Block

    note = (
        "Keith Noonan owns shares of Activision Blizzard. The Motley Fool owns shares of and recommends "
        "Activision Blizzard and Amazon. The Motley Fool has a disclosure policy."
    )
    texts = [*story(3), note]
    blocks = blocks_of(texts, paths={3: "article>span.article-disclosure>p>em>a"})
    assert frame_story(texts, [True] * 4, None, blocks) == {3: "closing_matter"}
    assert frame_story(texts, [True] * 4, None, blocks_of(texts)) == {}
    assert is_disclosure_paragraph(Block("Opinions are the authors' own.", 0, path="div.disclaimer>p"))
    assert not is_disclosure_paragraph(Block(note, 0, path="div.disclosure>div>div>div>p>em"))  # four above the paragraph
    assert not is_disclosure_paragraph(Block(LONG * 8, 0, path="div.disclosure>p"))  # longer than a box's note


def test_a_list_the_story_runs_into_keeps_its_link_items():
    """Link items after the story's last long paragraph go as a related list, unless they are
    items of a list the story itself runs into (a deals post's list of linked offers)."""
    from dataclasses import replace

    offer = "Canon PowerShot SX230 HS 12-Megapixel Digital Camera w/1080p Video for $216.99 with free shipping at Adorama"
    long_offer = f"{offer}, normally $300, ends Sunday at midnight Pacific time or while stocks last, limit two per customer"
    texts = [*story(3), *(long_offer.replace("$300", f"${k}00") for k in range(2)), *(f"Offer {k}: {offer}" for k in range(4))]
    paths = dict.fromkeys(range(3, 9), "div.article>ul.deals>li")
    linked = dict.fromkeys(range(5, 9), True)  # short linked offers after two long ones
    blocks = [replace(b, tag="li") if i >= 3 else b for i, b in enumerate(blocks_of(texts, linked=linked, paths=paths))]
    assert frame_story(texts, [True] * len(texts), None, blocks) == {}


def test_a_sign_up_box_between_the_story_paragraphs_goes():
    """A box whose class names a newsletter, with a call in it, goes whole even between two story
    paragraphs; a box of that class with no call in it stays to the model."""
    texts = [*story(2), "Sign up for the newsletter Today, Explained", "Understand the world with a daily explainer.", *story(2)]
    paths = dict.fromkeys((2, 3), "article>div.c-entry-content>div.c-newsletter_signup_box>p")
    kept = [True, True, False, True, True, True]
    assert frame_story(texts, kept, None, blocks_of(texts, paths=paths)) == {3: "prompt"}
    texts[2] = "Today, Explained"
    assert frame_story(texts, kept, None, blocks_of(texts, paths=paths)) == {}


def test_a_bylines_second_line_goes():
    """The line under a byline ("By Helen Marsh" / "BBC News, Norfolk") in the same element is the
    byline's; a heading or a series' part there ("Part I") is not."""
    texts = ["By Helen Marsh", "BBC News, Norfolk", *story(3)]
    kept = [False, True, True, True, True]
    assert frame_story(texts, kept, None, blocks_of(texts)) == {1: "byline_or_dateline"}
    texts[1] = "Part II"
    assert frame_story(texts, kept, None, blocks_of(texts)) == {}
    texts[1] = "The pier reopens"
    assert frame_story(texts, kept, None, blocks_of(texts, paths={1: "body>div>h2"})) == {}


def test_newsroom_calls_and_notices_go():
    from cleanpage.lines import is_appeal, is_legal_notice

    assert is_appeal("Find BBC News: East of England on Facebook, Instagram and Twitter.")
    assert is_appeal("Our work is free for all. Please consider making a contribution today from as little as $3.")
    assert is_appeal("If you have a story suggestion email newsdesk@example.org")
    assert not is_appeal("If you have a story about the pier, the museum wants to hear it.")
    assert not is_appeal("Find the full report on the council's website.")
    assert is_legal_notice("The BBC is not responsible for the content of external sites.")
    assert is_legal_notice("By submitting your email, you agree to our Terms and Privacy Notice.")


def test_an_author_run_into_the_date_in_a_byline_element():
    from cleanpage.lines import story_byline_author

    texts = ["Rebecca Liu Oct 3, 2022, 8:00am EDT", *story(3)]
    blocks = blocks_of(texts, paths={0: "div.c-byline>span.c-byline__item>a"})
    assert story_byline_author(texts, [False, True, True, True], blocks) == "Rebecca Liu"
    texts[0] = "Paris, Oct 3, 2022, 8:00am"  # a place's dateline
    assert story_byline_author(texts, [False, True, True, True], blocks) is None


def test_a_schedules_times_stay_with_their_rows_and_its_heading_comes_back():
    """A data table's time cell beside a kept cell of its row is the table's, not a dateline above
    the story; a heading the model dropped right above a kept table in the story's element comes
    back, as a subheading above a paragraph does."""
    from dataclasses import replace

    import numpy as np

    from cleanpage.frame import decide_story

    texts = [story(1)[0], "Programm", "11:00 Uhr", "Eröffnung durch den Vorstand", "14:00 Uhr", "Fußballturnier", *story(2)]
    blocks = blocks_of(texts, paths={1: "body>div>h2"})
    blocks[1] = replace(blocks[1], tag="h2")
    for i in range(2, 6):
        blocks[i] = replace(blocks[i], tag="td", table=0, row=(i - 2) // 2, depth=4, path="table>tbody>tr>td")
    kept = [True, False, True, True, True, True, True, True]
    assert frame_story(texts, kept, None, blocks) == {}
    proba = np.array([[0.0, 1.0, 0.0] if k else [1.0, 0.0, 0.0] for k in kept])
    out, _, rules = decide_story(proba, ["boilerplate", "content", "seo_filler"], 0.5, blocks, None)
    assert out.tolist() == [True] * 8 and rules == {1: "story_heading"}


def test_a_forum_members_line_after_the_name():
    from cleanpage.lines import is_member_line

    assert is_member_line("bernd_k Mitglied seit 03/2015 Beiträge: 48")
    assert is_member_line("HeizungsProfi Moderator Joined: Jun 2003 Posts: 3812")
    assert not is_member_line("He has been a member since 2009.")


def test_a_list_item_naming_the_title_stays_among_kept_items():
    """A product's list of contents names the product ("1 × Bohrschrauber BS 18 Pro"): an item of
    a kept list, not a headline copy; alone in its list it goes as one."""
    from dataclasses import replace

    items = ["1 × Bohrschrauber BS 18 Pro", "2 × Akku 2,0 Ah", "1 × Schnellladegerät"]
    texts = [*story(2), *items, *story(1)]
    blocks = [replace(b, tag="li", path="div.description>ul>li") if 2 <= i < 5 else b for i, b in enumerate(blocks_of(texts))]
    kept = [True] * len(texts)
    assert frame_story(texts, kept, "Akku-Bohrschrauber BS 18 Pro", blocks) == {}
    kept[3] = kept[4] = False
    assert frame_story(texts, kept, "Akku-Bohrschrauber BS 18 Pro", blocks) == {2: "headline_copy"}


def test_a_reviews_name_and_date_below_the_kept_text_is_no_author():
    from cleanpage.lines import story_byline_author

    texts = ["Der BS 18 Pro ist kompakt.", "Thomas M. – 12.03.2021", "Top Gerät, liegt gut in der Hand."]
    blocks = blocks_of(texts, paths={1: "div.review>p.review-author"})
    assert story_byline_author(texts, [True, False, False], blocks) is None


def test_ad_slots_continuation_lines_and_wire_photo_credits_go():
    from cleanpage.lines import is_ad_notice, is_ad_slot_label, is_photo_credit

    for line in (
        "SKIP ADVERTISEMENT",
        "Scroll to continue with content",
        "Lesen Sie mehr nach der Anzeige",
        "Suite de l'article après la publicité",
        "Continúa leyendo después de la publicidad",
        "Continua a leggere dopo la pubblicità",
    ):
        assert is_ad_notice(line), line
    assert is_ad_slot_label("ADVERTISING") and not is_ad_slot_label("Advertising revenue fell")
    for line in ("AP Photo/John Smith", "AP Photo", "EPA/JOHN SMITH"):
        assert is_photo_credit(line), line
    for line in ("AP reported the vote on Tuesday.", "APPLE/Stock", "AP/Ipsos poll finds most voters undecided"):
        assert not is_photo_credit(line), line


def test_a_share_bar_whose_links_run_together_goes():
    from cleanpage.lines import is_share_button

    for line in ("Поделиться:ВКонтактеОдноклассникиTelegram", "FacebookTwitterE-Mail", "Teilen:FacebookTwitterWhatsApp"):
        assert is_share_button(line), line
    assert not is_share_button("McDonaldsShare")


def test_a_link_to_the_story_in_another_language_goes():
    from cleanpage.lines import is_page_control

    for line in ("Leer en español", "Read in English", "Auf Deutsch lesen", "English version", "Versión en español"):
        assert is_page_control(line), line
    for line in ("In English, the word means cat", "Read in English classes, the poem became a standard"):
        assert not is_page_control(line), line


def test_a_video_players_lines_above_the_story_go():
    from cleanpage.lines import is_media_control

    for line in ("Link Copied!", "Video Ad Feedback", "01:51 - Source: Network News"):
        assert is_media_control(line), line
    for line in ("The feedback was positive.", "At 01:51 - Source: a man said"):
        assert not is_media_control(line), line
    texts = ["Here's how extreme heat affects your body", *story(3)]
    paths = {0: "div.video-resource>p.video-resource__headline"}
    assert frame_story(texts, [True] * 4, None, blocks_of(texts, paths=paths)) == {0: "media_control"}
    assert frame_story(texts, [True] * 4, None, blocks_of(texts)) == {}


def test_what_is_kept_past_a_long_run_of_dropped_blocks_after_the_story_goes():
    """A "Pickup" box's teasers past the share bar, the related list and the follow buttons the
    model dropped are not the story's; the story's own element, a table's cells and what follows
    the story closely stay."""
    from dataclasses import replace

    teasers = ["Cat photos to beat the June heat.", "This summer's anime, ranked."]

    def page(gap, teaser_path="aside>div.pickup>p"):
        texts = [*story(3), *[f"Share link {i}" for i in range(gap)], *teasers]
        paths = {i: "article>div.body>p" for i in range(3)} | {i: "div.share>ul>li" for i in range(3, 3 + gap)}
        paths |= {i: teaser_path for i in range(3 + gap, len(texts))}
        return texts, [True] * 3 + [False] * gap + [True, True], blocks_of(texts, paths=paths)

    texts, kept, blocks = page(10)
    assert frame_story(texts, kept, None, blocks) == {13: "past_a_gap", 14: "past_a_gap"}
    texts, kept, blocks = page(9)
    assert frame_story(texts, kept, None, blocks) == {}
    texts, kept, blocks = page(10, teaser_path="article>div.body>p")  # the story's element
    assert frame_story(texts, kept, None, blocks) == {}
    texts, kept, blocks = page(10)
    cells = [*blocks[:13], *(replace(b, tag="td") for b in blocks[13:])]
    assert frame_story(texts, kept, None, cells) == {}
    assert frame_story(texts, kept, None) == {}  # a text dump's lines have no element

    # the next story's paragraphs past the gap go; a second element as long as half the story's stays
    def two_parts(n_story, n_next, next_path="div.next>div.story>p"):
        other = [s.replace("council", "board") for s in story(n_next)]
        texts = [*story(n_story), *[f"Share link {i}" for i in range(10)], *other]
        paths = {i: "article>div.body>p" for i in range(n_story)} | {i: "div.share>ul>li" for i in range(n_story, n_story + 10)}
        paths |= {i: next_path for i in range(n_story + 10, len(texts))}
        kept = [True] * n_story + [False] * 10 + [True] * n_next
        return frame_story(texts, kept, None, blocks_of(texts, paths=paths))

    assert two_parts(5, 2) == {15: "past_a_gap", 16: "past_a_gap"}
    assert two_parts(4, 2) == two_parts(2, 1) == {}
    # a section nested deeper in the story's own element (a block group below a gallery) stays
    assert two_parts(5, 2, next_path="div.body>div.group>div.inner>p") == {}


def test_titles_of_a_card_grid_after_the_story_go():
    """Three or more short kept lines in one element path after the story's element, each with
    dropped blocks (a picture, a date, a label) between them, are a card grid's titles; the same
    lines one after another (a box's paragraphs), in the story's element or as a list's items stay."""
    from dataclasses import replace

    titles = ["A pencil that never needs sharpening", "Earbuds you can find with your phone", "Cooling scarves on sale"]
    texts, paths, kept = [*story(3)], {i: "article>div.body>p" for i in range(3)}, [True] * 3
    for title in titles:
        paths |= {len(texts): "div.grid>div.card>img", len(texts) + 1: "div.grid>div.card>p.title"}
        texts += ["New article", title]
        kept += [False, True]
    blocks = blocks_of(texts, paths=paths)
    assert frame_story(texts, kept, None, blocks) == {4: "related_list", 6: "related_list", 8: "related_list"}
    assert frame_story(texts[:7], kept[:7], None, blocks[:7]) == {}  # two are not a grid
    assert frame_story(texts, [True] * 9, None, blocks) == {}  # nothing dropped between them
    as_items = [replace(b, tag="li") if i in (4, 6, 8) else b for i, b in enumerate(blocks)]
    assert frame_story(texts, kept, None, as_items) == {}


def test_a_reviewers_credit_is_a_byline():
    """A health page's "Medically reviewed by NAME" is a byline like "By NAME"; a sentence that
    starts with "By the time" is not, and an academic title stays part of the name."""
    from cleanpage.lines import byline_author, is_byline_or_dateline, is_stamp_line
    from cleanpage.records import Block

    for line in ("Medically reviewed by Jane Doe, MD", "Fact-checked by Sam Lee", "Medizinisch geprüft von Dr. Thomas Berg"):
        assert is_stamp_line(Block(text=line, index=0)), line
    assert not is_stamp_line(Block(text="Reviewed by the council in March", index=0))
    assert not is_stamp_line(Block(text="By the time Trump arrived", index=0))
    assert is_byline_or_dateline("By Dr. Anna Smith")
    assert byline_author("Von Dr. med. Lena Voss, Fachärztin für Allgemeinmedizin · Aktualisiert am 14.01.2020") == (
        "Dr. med. Lena Voss"
    )
    assert byline_author("By Prof. Dr. rer. nat. Hans Meier") == "Prof. Dr. rer. nat. Hans Meier"


def test_a_feedback_question_in_other_languages():
    from cleanpage.lines import is_feedback_line

    for line in ("Wie hilfreich war dieser Artikel?", "War dieser Beitrag hilfreich?", "¿Te ha resultado útil este artículo?"):
        assert is_feedback_line(line), line
    for line in ("War dieser Artikel wirklich nötig, fragt der Verband.", "Fue útil para la comunidad."):
        assert not is_feedback_line(line), line


def test_an_author_box_name_with_an_academic_title():
    from cleanpage.frame import is_bio_name

    bio = "Lena Voss ist Fachärztin für Allgemeinmedizin und schreibt seit 2015 für den Ratgeber."
    assert is_bio_name("Dr. med. Lena Voss", bio)
    assert not is_bio_name("Die Redaktion empfiehlt", bio)


def test_a_forum_user_box_goes_whole():
    """A user box's post count ("Beiträge: 12") and the name above it are not the post."""
    from dataclasses import replace

    from cleanpage.lines import is_member_line

    assert is_member_line("Beiträge: 5321") and is_member_line("Posts: 88")
    assert not is_member_line("Beiträge: Die Leser haben das Wort")
    texts = [*story(2), "Kai_HH", "Beiträge: 12", *story(2)]
    paths = {2: "div.inner>dl.postprofile>dt>a", 3: "div.post>div.inner>dl.postprofile>dd"}
    blocks = [replace(b, tag=tag) for b, tag in zip(blocks_of(texts, paths=paths), ["p", "p", "dt", "dd", "p", "p"])]
    assert frame_story(texts, [True] * len(texts), None, blocks) == {2: "comment_thread", 3: "byline_or_dateline"}
    blocks[2] = replace(blocks[2], path="div.inner>dl.other>dt>a")  # another element's name stays
    assert frame_story(texts, [True] * len(texts), None, blocks) == {3: "byline_or_dateline"}


def test_an_author_card_after_the_story_goes():
    """The byline's author named again below the story, in a card with a job title, is closing
    matter; a signature in the story's element (a poem's author) stays, and so does a name no
    byline gave."""
    texts = ["By Daniel Reyes | June 18, 2024", *story(3), "Daniel Reyes", "Breaking news reporter", "Contact the newsroom."]
    paths = {i: "div.article>div.body>p" for i in range(1, 4)} | {4: "div.card>div.author-name", 5: "div.card>div.author-title"}
    paths |= {0: "div.article>div.head>span", 6: "div.card>p"}
    blocks = blocks_of(texts, paths=paths)
    kept = [False] + [True] * 6
    assert frame_story(texts, kept, None, blocks) == {4: "closing_matter", 5: "closing_matter"}
    signed = {**paths, 4: "div.article>div.body>p>i", 5: "div.article>div.body>p"}
    assert frame_story(texts, kept, None, blocks_of(texts, paths=signed)) == {}
    texts[0] = "June 18, 2024"
    assert frame_story(texts, kept, None, blocks_of(texts, paths=paths)) == {}


def test_opening_hours_are_a_schedule_not_a_dateline():
    """Weekday and clock ranges ("Mo–Fr 9–17 Uhr") are a schedule the story gives; a date range
    ("January 21-26") and a stamp stay datelines."""
    from cleanpage.lines import is_byline_or_dateline

    for line in ("Opening hours: Mon–Fri: 9–17 Sat: 10–14", "Öffnungszeiten: Mo–Fr 9–17 Uhr, Sa 10–14 Uhr", "Mo-Fr 9:00 - 18:00"):
        assert not is_byline_or_dateline(line), line
    for line in ("January 21-26", "2019-11-20 14:30", "20.11.2019, 14:30 Uhr", "Updated: Sat 8:31 PM"):
        assert is_byline_or_dateline(line), line


def test_most_read_headings_in_japanese_chinese_and_korean():
    from cleanpage.lines import is_list_heading

    for line in ("アクセスランキング", "人気記事", "おすすめ記事", "热门文章", "많이 본 뉴스"):
        assert is_list_heading(line), line
    assert not is_list_heading("ランキング上位の選手が出場した。")


def test_spanish_byline_read_also_and_tag_strip():
    from cleanpage.lines import byline_author, is_read_also, is_tag_line

    assert byline_author("Por: Laura Gómez | Redacción Bogotá") == "Laura Gómez"
    assert byline_author("By: Jane Doe") == "Jane Doe"
    assert is_read_also("Le puede interesar: Así funcionará el nuevo sistema")
    assert is_tag_line("Temas relacionados Movilidad Bicicletas Alcaldía de Bogotá")
    assert not is_tag_line("Temas como la movilidad dominaron el debate del concejo.")


def test_german_comment_section_calls_and_page_controls():
    from cleanpage.lines import is_comment_control, is_page_control

    for line in (
        "Die Kommentarfunktion ist für diesen Artikel deaktiviert.",
        "Schreibe einen Kommentar",
        "Jetzt kommentieren",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
        "Your email address will not be published.",
    ):
        assert is_comment_control(line), line
    assert not is_comment_control("Jetzt kommentieren die Minister den Entwurf im Ausschuss.")
    for line in ("Zum Seitenanfang", "Fehler gefunden? Jetzt melden."):
        assert is_page_control(line), line


def test_more_controls_list_headings_and_credits():
    from cleanpage.lines import is_list_heading, is_page_control, is_photo_credit, is_read_also

    assert all(map(is_page_control, ("Report a typo", "Continue reading", "Load more stories", "Read the full article")))
    assert all(map(is_list_heading, ("Promoted stories", "Around the web", "We recommend")))
    assert is_read_also("Vea también: el plan de movilidad")
    assert is_photo_credit("Crédit photo : Reuters") and is_photo_credit("Foto di repertorio")
    assert not is_page_control("Continue reading the report before the vote, the mayor urged.")
    assert not is_list_heading("We recommend that residents boil their water until Friday.")


def test_a_deadline_is_not_a_byline():
    """ "… by Saturday morning" names a day, not an author: the story's last sentence stays."""
    from cleanpage.lines import is_byline_or_dateline

    assert not is_byline_or_dateline("Forecasters said winds would ease by Saturday morning.")
    assert not is_byline_or_dateline("The plan must pass by March 2020.")
    assert is_byline_or_dateline("August 6, 2012 by Jane Doe")


def test_a_sentence_that_opens_like_a_byline_or_names_a_day_is_the_story():
    """ "By Friday, the river had crested." and "Von den Einnahmen profitiert der Verein." are
    sentences (lower-case words that are neither dates nor a byline's), not stamps; a byline with
    a job title or a name particle and a dateline with a clock stay stamps."""
    from cleanpage.lines import is_byline_or_dateline, is_stamp_line
    from cleanpage.records import Block

    for line in (
        "By Friday, the river had crested.",
        "By 2030, the city hopes to cut emissions in half.",
        "Von den Einnahmen profitiert der Verein.",
        "Es wird am Sonntag um 15 Uhr eröffnet.",
    ):
        assert not is_byline_or_dateline(line), line
        assert not is_stamp_line(Block(text=line, index=0)), line
    for line in ("By Jane Doe, staff writer.", "Von Ursula von der Leyen.", "Updated on September 19 at 3:15 p.m."):
        assert is_byline_or_dateline(line), line


def test_a_sentence_about_print_or_copyright_is_not_a_print_line():
    from cleanpage.lines import is_print_line

    assert not is_print_line("Print editions will end in December.")
    assert not is_print_line("Copyright-Fragen klärt ein Anwalt.")
    assert is_print_line("This article appeared in the print edition of The Sunday Times.")
    assert is_print_line("Copyright 2019 The Associated Press.") and is_print_line("Copyright: dpa")


def test_a_bylines_class_is_read_on_the_blocks_own_element():
    """A block's path ends at its first text's element ("p.byline>span>a"): the byline's class is
    on the paragraph, two elements up, and still makes the line a byline; a class further up
    than the block's own element and the one above it does not."""
    from cleanpage.lines import is_byline_element_line, nearest_elements
    from cleanpage.records import Block

    byline = Block("Jane Hollis Transport correspondent", 0, tag="p", path="div.meta>p.byline>span>a")
    assert nearest_elements(byline) == "div.meta>p.byline>span>a"
    assert is_byline_element_line(byline)
    assert not is_byline_element_line(Block("Jane Hollis Transport correspondent", 0, tag="p", path="div.byline>div>div>p>a"))
    assert nearest_elements(Block("x", 0, tag="div", path="span>b>a>em")) == "a>em"  # no block element in the path


def test_a_short_storys_last_paragraph_below_a_box_stays():
    """A short story (four paragraphs, two of them long) resumes below an audio box: its last
    paragraph of 24 words, in the story's path, is the story's, whatever the model read in it;
    one in another element below the box (the player's line) is not."""
    import numpy as np

    from cleanpage.frame import story_resumptions

    texts = [
        "Die Gewerkschaft will die Bahn ab Mittwoch erneut bestreiken, teilte der Vorsitzende in Frankfurt mit.",
        "Die Bahn kritisierte die Ankündigung scharf und sprach von einem völlig unnötigen Streik.",
        "Die Bahn rät Reisenden, nicht notwendige Fahrten zu verschieben, und verspricht einen Ersatzfahrplan.",
        "Audio: 02:13 Min.",
        "Claus Weselsky, GDL-Chef, zum neuen Streik",
        "Es ist bereits der dritte Arbeitskampf in diesem Tarifkonflikt. Die GDL fordert mehr Lohn.",
    ]
    paths = {3: "div.article>div.mediaplayer>p", 4: "div.article>div.mediaplayer>p"}
    story_path = "div.article>p.textabsatz"
    blocks = [b.__class__(b.text, b.index, tag="p", path=paths.get(b.index, story_path)) for b in blocks_of(texts)]
    kept = np.array([True, True, True, False, False, False])
    decided = ["content"] * 3 + ["boilerplate"] * 3
    assert story_resumptions(blocks, kept, decided, np.zeros(6), []) == [5]
    blocks[5] = blocks[5].__class__(texts[5], 5, tag="p", path=paths[4])
    assert story_resumptions(blocks, kept, decided, np.zeros(6), []) == []
    # a kept list of linked titles, longer than the story, does not name the story's path; a paragraph
    # that ends in a colon above it does
    titles = [f"“Socially Mediated Publicness {i}: An Introduction to the Issue” by Nancy Baym and danah boyd" for i in range(4)]
    texts = [*texts[:2], texts[2].replace(".", ", hier die Hinweise:"), *titles, texts[5]]  # a colon above the list
    blocks = [b.__class__(b.text, b.index, tag="p", path=story_path) for b in blocks_of(texts)]
    Block = blocks[0].__class__
    blocks[3:7] = [Block(t, 3 + k, tag="li", path="div.body>ul>li>a", link_chars=len(t)) for k, t in enumerate(titles)]
    kept = np.array([True] * 7 + [False])
    assert story_resumptions(blocks, kept, ["content"] * 7 + ["boilerplate"], np.zeros(8), []) == [7]


def test_a_name_below_a_dangling_by_is_the_byline():
    """ "News provided by" / "Acme Robotics Inc.": the issuer's name in its own element goes with
    the label; a sentence below such a label stays."""
    texts = ["News provided by", "Acme Robotics Inc.", "Sep 15, 2020, 08:00 ET", *story()]
    blocks = blocks_of(texts, paths={1: "div.col>a.company>strong"})
    out = frame_story(texts, [True] * len(texts), None, blocks)
    assert out.get(1) == "byline_or_dateline" and 3 not in out
    texts[1] = "The plant opened today."
    assert 1 not in frame_story(texts, [True] * len(texts), None, blocks_of(texts))


def test_genre_bylines_name_the_author():
    """ "Ein Kommentar von NAME", "An analysis by NAME", "Aus Hamburg berichtet NAME" are bylines and
    name the author; a sentence that starts alike is not."""
    from cleanpage.lines import byline_author, is_byline_or_dateline

    for line, name in [
        ("Ein Kommentar von Katrin Elger", "Katrin Elger"),
        ("An analysis by Jane Roe", "Jane Roe"),
        ("aus Hamburg berichtet Katrin Elger", "Katrin Elger"),
        ("Aus Berlin berichten Anna Berger und Max Muster", "Anna Berger und Max Muster"),
    ]:
        assert is_byline_or_dateline(line) and byline_author(line) == name, line
    for line in ("Ein Kommentar von mir ist das nicht.", "In Hamburg berichtet die Polizei von einem Unfall."):
        assert not is_byline_or_dateline(line), line


def test_a_bar_of_page_controls_is_a_page_control():
    from cleanpage.lines import is_page_control

    assert is_page_control("Jump to Recipe Print Recipe") and is_page_control("Back to top | Skip to content")
    assert not is_page_control("Jump to Recipe and read the story of the bars")


def test_a_sentence_right_after_the_storys_last_paragraph_stays():
    """A short story's closing sentence under the story's parent, which the model dropped (it reads
    like a contact box), is the story's; one the model called filler, one in another element and
    a line that is no sentence are not."""
    import numpy as np

    from cleanpage.frame import story_tails

    texts = [*story(2), "Fragen beantwortet das Bauamt unter Telefon 07661 9305-20.", "Zugehörige Dateien"]
    blocks = [b.__class__(b.text, b.index, tag="p", path="div.news-text-wrap>p") for b in blocks_of(texts)]
    kept = np.array([True, True, False, False])
    decided = ["content", "content", "boilerplate", "boilerplate"]
    assert story_tails(blocks, kept, decided, np.zeros(4), [0, 1]) == [2]
    assert story_tails(blocks, kept, ["content", "content", "seo_filler", "boilerplate"], np.zeros(4), [0, 1]) == []
    assert story_tails(blocks, kept, decided, np.array([0, 0, 0.95, 0]), [0, 1]) == []
    blocks[2] = blocks[2].__class__(texts[2], 2, tag="p", path="div.contact>p")
    assert story_tails(blocks, kept, decided, np.zeros(4), [0, 1]) == []
    # below what the story kept after its last paragraph (a subheading and its list)
    texts = [*story(2), "À retenir", "pas de hausse des impôts", "Le détail du budget est consultable en mairie."]
    blocks = [b.__class__(b.text, b.index, tag="p", path="div#contenu>p") for b in blocks_of(texts)]
    blocks[2] = blocks[2].__class__(texts[2], 2, tag="h2", path="div#contenu>h2")
    blocks[3] = blocks[3].__class__(texts[3], 3, tag="li", path="div#contenu>ul>li")
    decided = ["content", "content", "content", "content", "boilerplate"]
    assert story_tails(blocks, np.array([True, True, True, True, False]), decided, np.zeros(5), [0, 1]) == [4]
    assert story_tails(blocks, np.array([True, True, False, True, False]), decided, np.zeros(5), [0, 1]) == []


def test_a_subheading_whose_text_sits_in_a_span_is_in_the_storys_element():
    """A path ends at the first text's element and names its last four elements: "div.a>div.b>
    h2>span.mw-headline" is an h2 in the element of the story's "div.z>div.a>div.b>p". The heading
    the model dropped between the story's paragraphs stays; a teaser's linked headline or a stamp
    in such a heading does not."""
    import numpy as np

    from cleanpage.frame import story_headings

    texts = [story(1)[0], "Geschichte", *story(2)]
    paths = {1: "div.a>div.b>h2>span.mw-headline"}
    blocks = [
        b.__class__(b.text, b.index, tag="h2" if b.index == 1 else "p", path=paths.get(b.index, "div.z>div.a>div.b>p"))
        for b in blocks_of(texts)
    ]
    kept = np.array([True, False, True, True])
    assert story_headings(blocks, kept, [0, 2, 3]) == [1]
    for text, links in (("Cómo se hicieron las vacunas", True), ("(January 16, 2004 -- 04:51 PM EDT // link)", False)):
        blocks[1] = blocks[1].__class__(text, 1, tag="h2", path=paths[1], link_chars=len(text) if links else 0)
        assert story_headings(blocks, kept, [0, 2, 3]) == [], text


def test_list_headings_that_name_the_site_or_section_and_a_tabloids_tip_line():
    """ "Most Read in News", "Read More on The Sun": a list heading with the section's or site's
    name; a sentence that starts alike is not one. "We pay for your stories! Do you have a story
    for The Sun news team? Email us …" is the site's call."""
    from cleanpage.lines import is_list_heading, is_site_call

    assert all(map(is_list_heading, ("MOST READ IN NEWS", "Read More on The Sun", "Read more from The Guardian")))
    assert not is_list_heading("Read more on Lewis’ quote here.")
    assert is_site_call("We pay for your stories! Do you have a story for The Sun news team? Email us at tips@the-sun.co.uk.")
    assert is_site_call("Do you have a story for us? Email news@example.com")
    assert not is_site_call("Do you have a story for the children?") and not is_site_call("We pay for the new school, she said.")


def test_a_stamp_with_its_sources_after_it_is_a_dateline():
    """A dateline that credits its sources after it ("… 14:10 Uhr Quelle: ZEIT ONLINE, dpa, AFP")
    is a stamp; a sentence that names its source after it, or the credit alone, is not."""
    from cleanpage.lines import is_byline_or_dateline

    assert is_byline_or_dateline("Aktualisiert am 15. Oktober 2019, 14:10 Uhr Quelle: ZEIT ONLINE, dpa, AFP, lk")
    assert is_byline_or_dateline("March 3, 2020 | Source: Reuters")
    assert not is_byline_or_dateline("Die Zahl stieg 2019 stark. Quelle: Statistisches Bundesamt")
    assert not is_byline_or_dateline("Quelle: dpa")


def test_a_multi_page_storys_list_of_pages_and_a_heading_with_nothing_below_it_go():
    """A multi-page story's list of its pages ("Seite 1 — TITLE") is page navigation, and its
    heading, below the story with nothing kept under it on the page, heads nothing of the story. A
    subheading with story below it stays."""
    from dataclasses import replace

    from cleanpage.lines import is_page_control

    assert is_page_control("Seite 1 — Mieten in Großstädten steigen langsamer") and is_page_control("Page 2: The results")
    assert not is_page_control("Seite an Seite mit den Nachbarn") and not is_page_control("Page 2 of the report was blank.")
    texts = [*story(3), "Inhalt", "Seite 1 — Mieten in Großstädten steigen langsamer"]
    paths = {3: "article>div.article-toc>h3", 4: "article>div.article-toc>ol>li"}
    blocks = [replace(b, tag="h3" if b.index == 3 else "p") for b in blocks_of(texts, paths=paths)]
    assert frame_story(texts, [True] * 5, None, blocks) == {3: "empty_box", 4: "navigation"}
    texts = [*story(2), "Kritik vom Mieterbund", *story(1)]
    blocks = [replace(b, tag="h2" if b.index == 2 else "p") for b in blocks_of(texts)]
    assert frame_story(texts, [True] * 4, None, blocks) == {}


def test_a_citation_line_and_a_blogs_next_post_link_go():
    """How to cite the post ("Zitierweise: …", "Citation: … retrieved … from …") is citation
    matter wherever it sits; a link to the next or previous post below the story is another post. A
    sentence about a citation, and a link line in another container, stay."""
    from cleanpage.lines import is_legal_notice

    for line in (
        "Zitierweise: Julia Wagner (12. März 2018). Stadtbücher als Quelle. Mittelalter am Rhein.",
        "Citation: Bees learn to count (2020, May 3) retrieved 4 May 2020 from https://phys.org/news/x.html",
        "Cite this article: Smith J. Bees. Nature 2020.",
        "Pour citer ce billet : Marie Dupont, « Les registres », Carnet, 3 mai 2019.",
    ):
        assert is_legal_notice(line), line
    assert not is_legal_notice("The citation was issued Monday.") and not is_legal_notice("Citations rose 4 %.")
    texts = [*story(3), "Das Stadtbuch von Boppard", "Zunftordnungen im Vergleich"]
    paths = {3: "nav.post-navigation>div.nav-links>div.nav-next>a", 4: "div.entry>ul>li>a"}
    out = frame_story(texts, [True] * 5, None, blocks_of(texts, linked={3: True, 4: True}, paths=paths))
    assert out == {3: "link_list"}


def test_the_caption_gate_lets_every_caption_class_through():
    """`is_caption` rules a path out when `_CAPTION_GATE` finds none of the words a caption's,
    credit's or chart's class holds: every class `_names_a_caption` or `_CHART_LABEL` accepts
    passes the gate."""
    from cleanpage.frame import _CAPTION_GATE, _CHART_LABEL, _names_a_caption

    classes = (
        "p.wp-caption-text", "div.cutline", "p.photo-description", "span.imgDesc", "p.bildunterschrift",
        "div.bildtext", "span.legende", "p.légende", "div.didascalia", "p.pie", "p.pie-de-foto", "div.hmedia",
        "span.image-credit", "p.photoCredit", "div.a-credits", "figcaption.caption", "p.g-pstyle0", "div.g-artboard",
    )  # fmt: skip
    for part in classes:
        assert _names_a_caption(part) or _CHART_LABEL.search(part), part
        assert _CAPTION_GATE.found_in(part), part


def test_an_embedded_posts_signature_below_the_storys_last_paragraph_stays():
    """An embedded post's signature ("— NAME (@handle) DATE") reads as a name-and-date strip, but
    inside its block quote it is the quote's, below the story's last long paragraph too; the same
    line outside a block quote is closing matter."""
    from dataclasses import replace

    texts = [*story(3), "I cried reading this. Congratulations Lena and Sam!!", "— Jess (@jess_music) November 19, 2019"]
    paths = {3: "div.post-body>blockquote.twitter-tweet>p", 4: "div.post-body>blockquote.twitter-tweet"}
    blocks = blocks_of(texts, paths=paths)
    blocks[3] = replace(blocks[3], tag="p", ancestors=frozenset({"div", "blockquote", "p"}))
    blocks[4] = replace(blocks[4], tag="blockquote", ancestors=frozenset({"div", "blockquote"}))
    assert frame_story(texts, [True] * 5, None, blocks) == {}
    blocks[4] = replace(blocks[4], ancestors=frozenset({"div"}), path="div.post-body>p")
    assert frame_story(texts, [True] * 5, None, blocks) == {4: "closing_matter"}


def test_a_newsletter_box_whose_heading_sits_in_a_strong_goes_whole():
    """A sign-up box between the story's paragraphs: its bold heading's path runs on to the `strong`
    ("div.newsletter-inline>p>strong"), its pitch's ends at the `p`; both are the box's, read by their
    own element's parents."""
    pitch = "The day's top stories, delivered to your inbox every weekday morning."
    texts = [*story(2), "Get the Morning Briefing", pitch, *story(1)]
    paths = {
        2: "div.article-body>div.newsletter-inline>p>strong",
        3: "article>div.article-body>div.newsletter-inline>p",
    }
    assert frame_story(texts, [True] * 5, None, blocks_of(texts, paths=paths)) == {2: "prompt", 3: "prompt"}


def test_a_date_under_its_term_in_a_description_list_is_the_lists():
    """An event page's facts ("Datum:" | "29.11.2019 – 01.12.2019") above its text: the date under
    its kept term is the list's value, not a dateline; a date alone above the story still is one."""
    from dataclasses import replace

    texts = ["Datum:", "29.11.2019 – 01.12.2019", *story(3)]
    blocks = blocks_of(texts, paths={0: "div.event>dl.facts>dt", 1: "div.event>dl.facts>dd"})
    blocks[0], blocks[1] = replace(blocks[0], tag="dt"), replace(blocks[1], tag="dd")
    assert frame_story(texts, [True] * 5, None, blocks) == {}
    assert frame_story(texts, [False, True, True, True, True], None, blocks) == {1: "byline_or_dateline"}


def test_a_stamp_term_a_date_before_a_capitalised_by_and_a_second_credit_are_not_the_story():
    """A description list's term that names a stamp ("Published" | "19 November 2019") is the
    dateline's label, its value the dateline; a date before a capitalised "By" after a separator
    ("November 19, 2019 · By NAME, University Communications") is a byline strip; a credit line
    with a second credit after a semicolon ("… image via Shutterstock; charts by TradingView") is a
    credit. A headline's "By" and a sentence's semicolon are not."""
    from dataclasses import replace

    from cleanpage.lines import byline_author, is_meta_strip, is_photo_credit

    texts = ["Published", "19 November 2019", *story(3)]
    blocks = blocks_of(texts, paths={0: "div.meta>dl>dt", 1: "div.meta>dl>dd"})
    blocks[0], blocks[1] = replace(blocks[0], tag="dt"), replace(blocks[1], tag="dd")
    assert frame_story(texts, [True] * 5, None, blocks) == {0: "byline_or_dateline", 1: "byline_or_dateline"}
    for line in ("November 19, 2019 · By Laura Finch, University Communications", "12. März 2020 – Von Anna Berg"):
        assert is_meta_strip(line), line
    assert byline_author("November 19, 2019 | By Laura Finch, Staff Writer") == "Laura Finch"
    assert not is_meta_strip("Inspired By Nature | 2019")
    assert is_photo_credit("Bitcoin image via Shutterstock; charts by TradingView")
    assert not is_photo_credit("Prices fell; charts by TradingView show it")


def test_comments_headed_by_a_handle_and_a_relative_time_with_controls_under_each_go():
    """Reader comments after the story whose container names no comments ("section.conversation"):
    a head of a user's handle and how long ago ("mlopez22 2 hours ago"), the comment, its controls
    ("Reply · Like · 14") — cards of three blocks repeated are a comment thread. One such card
    alone, or a story's sentence, is not."""
    from cleanpage.frame import repeated_cards
    from cleanpage.lines import is_handle_and_time

    assert is_handle_and_time("mlopez22 2 hours ago") and is_handle_and_time("K. Wright · vor 3 Stunden")
    assert not is_handle_and_time("2 hours ago") and not is_handle_and_time("She said, as she left, 2 hours ago")
    cards = [
        ("mlopez22 2 hours ago", "Finally! I have been waiting for this since freshman year."),
        ("K. Wright 3 hours ago", "Would be nice if the cafe stayed open too, honestly."),
    ]
    texts = [*story(2)] + [line for head, text in cards for line in (head, text, "Reply · Like · 14")]
    paths = {}
    for k in range(len(cards)):
        base = 2 + 3 * k
        paths |= {base: "ul.thread>li.entry>div.entry-head>span.name", base + 1: "ul.thread>li.entry>p"}
        paths[base + 2] = "ul.thread>li.entry>div.entry-actions"
    blocks = blocks_of(texts, paths=paths)
    kept = [True, True, True, True, False, True, True, False]
    assert repeated_cards(blocks, kept, {}, 2) == {
        2: "comment_thread",
        3: "comment_thread",
        5: "comment_thread",
        6: "comment_thread",
    }
    assert repeated_cards(blocks[:5], kept[:5], {}, 2) == {}


def test_a_plain_texts_story_between_lines_taken_for_filler_is_no_island():
    """A plain text's lines name no element (each its own "line-block:N"), so no element path holds
    the story; a run that holds the story itself (two or more of the page's kept long paragraphs,
    half of them or more), between a menu line and a share line the model took for filler, is the
    story, not filler it missed. A single paragraph among filler still is an island."""
    import numpy as np

    from cleanpage.frame import filler_islands
    from cleanpage.records import Block

    texts = ["Home | News | Sport | Contact", *story(3), "Share this article"]
    blocks = [Block(t, i, source="text", path=f"line-block:{i}") for i, t in enumerate(texts)]
    kept = np.array([False, True, True, True, False])
    decided = ["seo_filler", "content", "content", "content", "seo_filler"]
    assert filler_islands(blocks, kept, decided) == []
    texts = [*story(3), "Key Takeaways", story(1)[0], "FAQ"]
    blocks = [Block(t, i, source="text", path=f"line-block:{i}") for i, t in enumerate(texts)]
    kept = np.array([True, True, True, False, True, False])
    decided = ["content"] * 3 + ["seo_filler", "content", "seo_filler"]
    assert filler_islands(blocks, kept, decided) == [4]


def test_a_byline_that_names_no_one_is_a_byline():
    """ "Staff Report", "From staff reports", "Staff and wire reports": a byline without a name,
    above the story and below it; a sentence about staff reports is the story's."""
    from cleanpage.lines import byline_author, is_byline_or_dateline

    for line in ("Staff Report", "From staff reports", "Staff and wire reports", "By staff reports", "Wire services"):
        assert is_byline_or_dateline(line) and byline_author(line) is None, line
        assert frame_story([line, *story(3)], [True] * 4, None) == {0: "byline_or_dateline"}, line
    assert not is_byline_or_dateline("Staff reports say the plan is dead.") and not is_byline_or_dateline("Staff")


def test_an_author_cards_name_over_its_date_and_a_donation_boxs_lines_go():
    """An author card without class names: a person's name right above a date under one parent,
    above the story, is the byline; a line that is no person's name is not. A
    donation box's heading, pitch and button ("Support independent rural journalism", "Your gift
    keeps our reporting free …", "Give now") are the site's calls."""
    from cleanpage.lines import is_site_call

    texts = ["Maria Lindqvist", "November 19, 2019", *story(3)]
    blocks = blocks_of(texts, paths={0: "div.card>div>div", 1: "div.card>div>div"})
    assert frame_story(texts, [True] * 5, None, blocks) == {0: "byline_or_dateline", 1: "byline_or_dateline"}
    for other in ("June", "SESSION_LEADER", "NEWSMAKER: NEGROPONTE", "Pay Equity Survey Preliminary Results"):
        assert 0 not in frame_story([other, *texts[1:]], [True] * 5, None, blocks), other
    for line in ("Support independent rural journalism", "Give now", "Our newsroom is a nonprofit. Your gift keeps it free."):
        assert is_site_call(line), line
    assert not is_site_call("Supporting journalism is hard, she said.") and not is_site_call("They give now more than before.")


def test_a_columns_views_disclaimer_is_legal_matter():
    """ "The views expressed in this column are the author's own …": the site's disclaimer, not the
    column; a sentence about views someone expressed is the story's."""
    from cleanpage.lines import is_legal_notice

    for line in (
        "The views expressed in this column are the author's own and do not necessarily reflect those of The Courier.",
        "The opinions expressed here are the views of the writer and do not necessarily reflect the views of the club.",
        "The opinions expressed in this commentary are solely those of the authors.",
    ):
        assert is_legal_notice(line), line
    assert not is_legal_notice("The views expressed by the minister are widely shared, polls show.")


def test_a_chinese_storys_original_headline_above_it_goes():
    """ "原标题：HEADLINE" (the original headline) and "来源：新华网" (the source) above a Chinese
    story are its title and dateline matter, as they are below it."""
    lead = (
        "新华社武汉11月19日电（记者王磊）记者从水利部长江水利委员会获悉，"
        "入秋以来，长江流域降水较常年同期偏少三成以上，多地已启动抗旱四级应急响应。"
    )
    texts = [
        "原标题：长江流域今冬降水偏少 多地启动抗旱应急响应",
        "来源：新华网",
        lead,
        lead.replace("武汉", "南昌"),
        lead.replace("武汉", "长沙"),
    ]
    assert frame_story(texts, [True] * 5, None) == {0: "byline_or_dateline", 1: "byline_or_dateline"}


def test_a_paid_notices_run_in_print_and_a_guest_book_are_not_the_notice():
    """ "Published in The State Journal from Nov. 19 to Nov. 20, 2019." closes an obituary as a
    print line; a guest book's entries are comments. A sentence that opens alike is the story's."""
    from cleanpage.lines import in_comments, is_print_line

    assert is_print_line("Published in The State Journal from Nov. 19 to Nov. 20, 2019.")
    assert is_print_line("Published in Chicago Tribune on Nov. 19, 2019.")
    assert not is_print_line("Published in Nature on Nov. 19, the study found that bees count.")
    assert in_comments(blocks_of(["Our deepest sympathy to the family."], paths={0: "div.guestbook>div.entry>p"})[0])


def test_a_description_lists_byline_term_and_its_value_go():
    """ "From:" | "Department for Transport …" (the value's text in a link, so its path runs one
    element further) above the story is a byline; "Veranstalter:" | NAME, a fact of an event, is not."""
    from dataclasses import replace

    texts = ["From:", "Department for Transport and The Rt Hon Grant Shapps MP", *story(3)]
    paths = {0: "main.main-content>div.gem-c-metadata>dl>dt", 1: "div.gem-c-metadata>dl>dd>a"}
    blocks = blocks_of(texts, paths=paths, linked={1: True})
    blocks[0], blocks[1] = replace(blocks[0], tag="dt"), replace(blocks[1], tag="dd")
    assert frame_story(texts, [True] * 5, None, blocks) == {0: "byline_or_dateline", 1: "byline_or_dateline"}
    texts[0] = "Veranstalter:"
    blocks[0] = replace(blocks[0], text=texts[0])
    assert frame_story(texts, [True] * 5, None, blocks) == {}


def test_an_also_read_label_before_a_link_and_a_trending_topics_line_go():
    """ "Also Read" set apart from the linked headline by markup alone (Indian newsrooms' teaser
    inside the story) is a read-also teaser; "Trending Topics: …" under the story is a tag line.
    An "also read" in a sentence stays."""
    from cleanpage.lines import TAG_LINE, is_read_also_link

    texts = [*story(2), "Also Read Paswan: Onion prices to ease in two weeks", *story(2), "Trending Topics: bill Rajya Sabha"]
    blocks = blocks_of(texts, linked={2: True, 5: True})
    assert is_read_also_link(blocks[2]) and TAG_LINE.match(texts[5])
    assert frame_story(texts, [True] * 6, None, blocks) == {2: "read_also", 5: "tag_line"}
    sentence = blocks_of(["Also read the fine print before you sign anything."], linked={0: True})[0]
    assert not is_read_also_link(sentence)


def test_a_short_text_in_a_pictures_box_is_its_caption():
    """A short text right under a picture's box ("div.picBox>p", "div.image-wrapper>p") is the
    picture's caption; a box of another kind or a long text in the box is not."""
    from cleanpage.frame import is_caption
    from cleanpage.records import Block

    line = "Deutsche Bahn has long been criticized for delays"
    for path in ("div.longText>div.picBox>p", "div.article>div.image-wrapper>p.first_p", "div.section>div.photo_container>p"):
        assert is_caption(Block(line, 0, path=path)), path
    for path in ("div.longText>div.infoBox>p", "div.article>div.wrapper>p", "div.topicbox>p"):
        assert not is_caption(Block(line, 0, path=path)), path
    assert not is_caption(Block(LONG * 3, 0, path="div.longText>div.picBox>p"))


def test_a_subheading_above_a_short_last_paragraph_stays():
    """A subheading the model dropped between two of the story's kept paragraphs in one element
    stays when the paragraph below it is a sentence shorter than a long paragraph ("Critics say
    rebate hides real cost" above a 20-word paragraph); not above a short label or with nothing
    of the story above it."""
    import numpy as np

    from cleanpage.frame import story_headings
    from cleanpage.records import Block

    short = "Opposition critics said the rebate is paid for with borrowed money and does nothing to cut costs."
    texts = [*story(2), "Critics say rebate hides real cost", short]
    blocks = [Block(t, i, tag="h2" if i == 2 else "p", path="div.story>div.story-content>p") for i, t in enumerate(texts)]
    kept = np.array([True, True, False, True])
    assert story_headings(blocks, kept, [0, 1]) == [2]
    label = [*blocks[:3], Block("Read the full report", 3, path=blocks[3].path)]
    assert story_headings(label, kept, [0, 1]) == []
    assert story_headings(blocks, np.array([True, False, False, True]), [0]) == []


def test_a_papers_named_print_edition_and_a_reactions_widgets_counts_go():
    """ "This article appeared in the South China Morning Post print edition as: …" is a print line;
    a reactions widget's feelings and their shares ("Happy 0.0%", "Don't Care 12") are a widget's
    lines. A sentence about a print edition or a feeling stays."""
    from cleanpage.lines import is_print_line, is_rating_line

    assert is_print_line("This article appeared in the South China Morning Post print edition as: Hundreds trapped")
    assert not is_print_line("The paper said it would stop its print edition next year.")
    for line in ("Happy 0.0%", "Don't Care 12", "Angry: 3%", "Inspired 100.0%"):
        assert is_rating_line(line), line
    for line in ("Happy 2020", "Sad news for 12 families", "Love 45% of voters"):
        assert not is_rating_line(line), line


def test_a_read_more_labels_box_is_its_nearest_element_with_a_class():
    """ "Read more" in a span inside the teaser's link ("div.inline-readmore>a>span"), the linked
    headline below it in the same box: the box is the label's nearest element with a class, so
    the headline goes; a label whose box holds a story paragraph too keeps it."""
    texts = [*story(2), "Read more", "Hospitals told to cancel operations as winter pressure grows", *story(2)]
    paths = {2: "div.body-content>div.inline-readmore>a>span", 3: "div.body-content>div.inline-readmore>a>p"}
    blocks = blocks_of(texts, linked={2: True, 3: True}, paths=paths)
    assert frame_story(texts, [True] * 6, None, blocks).get(3) == "read_also"
    paths[4] = "div.body-content>div.inline-readmore>p"
    blocks = blocks_of(texts, linked={2: True, 3: True}, paths=paths)
    assert 3 not in frame_story(texts, [True] * 6, None, blocks)


def test_a_forums_postings_heading_and_its_policy_line_go():
    """A forum below the story headed "Postings" (or "148 Postings") and its policy line ("Die
    Kommentare von Usern … geben nicht notwendigerweise die Meinung der Redaktion wieder.") are
    the comment section's; a heading about job postings is not, nor a sentence about an editor's opinion."""
    from cleanpage.lines import is_comments_header, is_legal_notice

    assert is_comments_header("Postings") and is_comments_header("148 Postings")
    assert not is_comments_header("Job Postings")
    policy = (
        "Diskutieren Sie mit: Die Kommentare von Usern und Userinnen geben nicht notwendigerweise die Meinung der "
        "Redaktion wieder. Die Redaktion behält sich vor, Postings zu entfernen."
    )
    assert is_legal_notice(policy)
    assert is_legal_notice("Reader comments do not necessarily reflect the views of the editors.")
    assert not is_legal_notice("Die Kommentare geben die Meinung der Redaktion wieder, sagte der Chefredakteur.")
    texts = [*story(3), "Postings", policy]
    assert frame_story(texts, [True] * 5, None) == {3: "comment_thread", 4: "legal_notice"}


def test_a_list_and_a_table_the_model_dropped_inside_the_story_come_back():
    """A list and a data table between the story's paragraphs, siblings of them in the story's
    element, with their subheading: the story's, though the model dropped them (short German
    items read like a menu); the story's sentences the model dropped below them come back too.
    A list of links, a list in a menu's element and a list with nothing of the story below stay out."""
    import numpy as np

    from cleanpage.frame import story_lists
    from cleanpage.parse import parse_html

    para = "<p>" + LONG + "</p>"
    tail = "<p>Auch das Entlüften der Heizkörper kann sich lohnen, wenn es im System gluckert und rauscht.</p>"
    page = (
        f"<html><body><div class='text'>{para}{para}<h2>Die Tipps</h2><ul><li>Stoßlüften statt Kipplüften</li>"
        "<li>Rollläden nachts schließen</li></ul><table><tr><td>Raum</td><td>Grad</td></tr><tr><td>Bad</td><td>22</td></tr>"
        f"</table>{tail}</div></body></html>"
    )
    blocks, _ = parse_html(page)
    kept = np.array([True, True] + [False] * (len(blocks) - 2))
    decided = ["content", "content"] + ["boilerplate"] * (len(blocks) - 2)
    filler = np.zeros(len(blocks))
    assert story_lists(blocks, kept, decided, filler, [0, 1]) == list(range(2, len(blocks)))
    for other in (
        page.replace("<li>Stoßlüften statt Kipplüften</li>", "<li><a href='/a'>Stoßlüften statt Kipplüften</a></li>")
        .replace("<li>Rollläden nachts schließen</li>", "<li><a href='/b'>Rollläden nachts schließen</a></li>")
        .replace("<table>", "<p>x</p><table>"),
        page.replace("<ul>", "<ul class='menu-nav'>").replace("<table>", "<p>x</p><table>"),
        page.replace(tail, "<p>Im Video</p>").replace("<table>", "<p>x</p><table>"),
    ):
        blocks, _ = parse_html(other)
        kept = np.array([True, True] + [False] * (len(blocks) - 2))
        decided = ["content", "content"] + ["boilerplate"] * (len(blocks) - 2)
        assert not set(story_lists(blocks, kept, decided, np.zeros(len(blocks)), [0, 1])) & {3, 4}, other


def test_a_blogs_comment_feed_notes_go_and_are_never_the_best_available():
    """A blog post's notes on its comment feed ("You can follow any responses to this entry through
    the RSS 2.0 feed. …", "RSS feed for comments on this post. TrackBack URI", "No comments yet.")
    and its comment form's note are the comment section's; when the model keeps nothing else, such a
    note is not the page's best available paragraph."""
    import numpy as np

    from cleanpage.frame import best_available
    from cleanpage.lines import is_comment_control

    feed = (
        "You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, "
        "or trackback from your own site."
    )
    form = 'You may use these HTML tags and attributes: <a href="" title=""> <abbr title=""> <acronym title=""> <b> <em>'
    for line in (feed, "RSS feed for comments on this post. TrackBack URI", "No comments yet.", "No Comments Yet", form):
        assert is_comment_control(line), line
    assert not is_comment_control("No comments yet from the mayor's office, which was closed on Monday.")
    blocks = blocks_of([feed + " " + LONG, form + " " + LONG])
    assert best_available(np.array([0.4, 0.4]), ["boilerplate"] * 2, 0.5, blocks, {}) == []
    blocks = blocks_of([LONG, form + " " + LONG])
    assert best_available(np.array([0.4, 0.45]), ["boilerplate"] * 2, 0.5, blocks, {}) == [0]


def test_a_list_a_story_paragraph_introduces_with_a_colon_comes_back_though_called_fields():
    """ "Here's what the company reported …:" right above a list of results ("Revenue: $27.22 billion
    vs. $27.52 billion expected") the model took for a fake profile's fields: the paragraph
    introduces it, so it is the story's, with one long paragraph in the element; without the colon,
    or when the model is sure it is filler, it stays out."""
    import numpy as np

    from cleanpage.frame import story_lists
    from cleanpage.parse import parse_html

    intro = "Here's what the company reported compared with what analysts were expecting, based on Refinitiv data:"
    page = (
        f"<html><body><div class='group'><p>{LONG}</p><p>{intro}</p><ul><li>Earnings per share: $2.53 vs. $2.52 expected</li>"
        "<li>Revenue: $27.22 billion vs. $27.52 billion expected</li></ul>"
        "<p>Shares of the company have risen about 27% this year, as of Monday's close of trading.</p></div></body></html>"
    )
    blocks, _ = parse_html(page)
    kept = np.array([True, True, False, False, True])
    decided = ["content", "content", "seo_filler", "seo_filler", "content"]
    assert story_lists(blocks, kept, decided, np.array([0, 0, 0.87, 0.87, 0]), [0]) == [2, 3]
    assert story_lists(blocks, kept, decided, np.array([0, 0, 0.95, 0.95, 0]), [0]) == []
    blocks, _ = parse_html(page.replace("data:", "data."))
    assert story_lists(blocks, kept, decided, np.array([0, 0, 0.87, 0.87, 0]), [0]) == []


def test_the_first_sections_heading_above_the_story_stays_when_a_kept_one_like_it_follows():
    """ "What happened" (h2) right above the element's first story paragraph, "So what" (h2) kept
    further down in the same element: the story's first section heading, not a label above it. A
    heading above the first paragraph with no kept subheading like it below stays out."""
    import numpy as np

    from cleanpage.frame import story_headings
    from cleanpage.records import Block

    texts = ["What happened", story(1)[0], "So what", *story(2)]
    tags = ["h2", "p", "h2", "p", "p"]
    blocks = [Block(t, i, tag=tags[i], path="div.article>div.body>" + tags[i]) for i, t in enumerate(texts)]
    kept = np.array([False, True, True, True, True])
    assert story_headings(blocks, kept, [1, 3, 4]) == [0]
    assert story_headings(blocks, np.array([False, True, False, True, True]), [1, 3, 4]) == [2]  # only the old rule


def test_a_syndicated_storys_note_closes_it():
    """ "(Except for the headline, this story has not been edited by NDTV staff and is published
    from a syndicated feed.)" and "(This story has been published from a wire agency feed …)" are a
    distribution credit below the story; a sentence about a feed is the story's."""
    from cleanpage.lines import is_contributor_credit

    for line in (
        "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
        "(This story has been published from a wire agency feed without modifications to the text. Only the headline "
        "has been changed.)",
    ):
        assert is_contributor_credit(line), line
        assert frame_story([*story(3), line], [True] * 4, None) == {3: "closing_matter"}, line
    assert not is_contributor_credit("This story has been published from a feed of court records, the editor said.")


def test_any_of_finds_what_the_plain_alternation_finds():
    # the phrases grouped by first character, in their order within each group: the same matches
    from cleanpage.lines import any_of

    rng = np.random.default_rng(11)
    for _ in range(200):
        phrases = ["".join(rng.choice(list("abc d"), size=rng.integers(1, 5))) for _ in range(rng.integers(1, 8))]
        text = "".join(rng.choice(list("abc d.("), size=60))
        plain = re.compile("|".join(map(re.escape, phrases)))
        assert [m.span() for m in re.finditer(any_of(phrases), text)] == [m.span() for m in plain.finditer(text)]


def test_the_needle_gates_let_every_match_through():
    """`may_hold` skips a search when an ASCII text has none of the needles every match holds: a
    closing credit of each of `_CREDIT_AT_END`'s kinds and a newsletter's promise hold one, with
    any text before them; a text beyond ASCII always goes to the search."""
    from cleanpage.lines import _CREDIT_AT_END, _CREDIT_AT_END_NEEDLES, _INBOX_LINE, may_hold

    credits = [
        "Imagens cedidas pela Prefeitura",
        "Foto cedida por NAME",
        "Captura de pantalla",
        "(AP Photo/Evan Vucci)",
        "(Jen Chung/Gothamist)",
        "(Public domain)",
        "(photo via @NAME/Instagram)",
        "NAME / Getty Images",
        "iStockphoto",
        "on Monday night. Photograph: Sean Smith",
        "the bags.Quelle: NAME / Fotolia.com",
        "na nowej trasie. Fot. NAME / Polska Press",
        "entre 2015 e 2019 - Arte/Agencia Brasil",
        "a vigilia - arquivo pessoal",
        "Bitcoin price; charts by TradingView",
    ]
    for before in ("", "A shopper looks at the shelves ", "Two men in 1999. "):
        for credit in credits:
            text = before + credit
            assert _CREDIT_AT_END.search(text), text
            assert may_hold(text, _CREDIT_AT_END_NEEDLES), text
        for promise in ("Sent straight to your inbox", "The best stories, delivered to your INBOX"):
            assert _INBOX_LINE.match(before + promise) and may_hold(before + promise, ("inbox",))
    # the line tests' own gates let their patterns' matches through in any case and at any end
    from cleanpage.lines import _REACTION_COUNT, is_comment_control, is_contributor_credit, is_rating_line

    assert is_contributor_credit("(THIS STORY HAS BEEN PUBLISHED FROM A WIRE AGENCY FEED WITHOUT MODIFICATIONS.)")
    assert is_comment_control("YOU CAN FOLLOW ANY RESPONSES TO THIS ENTRY THROUGH THE RSS 2.0 FEED.")
    for line in ("Happy 12.", "Angry: 3%", "Wow 1,2", "Sad ٣", "Happy 2020"):
        assert is_rating_line(line) == bool(_REACTION_COUNT.fullmatch(line)), line
    assert may_hold("Foto: ınbox", ("zzz",))  # beyond ASCII: searched
    assert not may_hold("A caption without any of them", ("inbox",))


def test_a_caseless_pattern_finds_what_ignoring_case_finds():
    # an ASCII text in lower case by the case-sensitive pattern, any other by the case-insensitive
    # one: the same answer as re.IGNORECASE on class names and lines in mixed case and scripts
    from cleanpage.frame import _CAPTION_GATE, _PROMPT_BOX_CLASS, _RELATED_CLASS
    from cleanpage.lines import _COMMENT_CLASS, CaselessPattern

    rng = np.random.default_rng(2)
    pieces = ["div", ".", ">", "-", "_", "Caption", "PIE", "Newsletter", "SignUp", "opt-In", "RelatedPosts", "xTeaser"]
    pieces += ["Teaser", "KOMMENTAR", "guestBook", "Légende", "ſ", "İ", "K", "photoBox", "IMG_wrapper", "credit", "a"]
    for pattern in (_CAPTION_GATE, _PROMPT_BOX_CLASS, _RELATED_CLASS, _COMMENT_CLASS):
        assert isinstance(pattern, CaselessPattern)
        assert not re.search(r"(?<!\\)[A-Z]", pattern.ascii.pattern)  # written in lower case
        found = 0
        for _ in range(2000):
            text = "".join(rng.choice(pieces, size=rng.integers(1, 7)))
            expected = re.search(pattern.ascii.pattern, text, re.IGNORECASE) is not None
            assert pattern.found_in(text) == expected, (pattern.ascii.pattern, text)
            found += expected
        assert found > 20
