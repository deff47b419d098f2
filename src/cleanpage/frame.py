"""The story's frame: what the article-body convention keeps out of `Result.text` around the
story (data/README.md): copies of the headline, captions, photo credits, share buttons, "read
also" teasers, sign-up prompts and a second copy of the story's paragraphs anywhere,
bylines and datelines before the story, and closing matter after it (reporting credits, author
bios, print and copyright lines).

After the classifier has decided (`decide_story`), kept blocks of the shapes `lines` detects
(a "By NAME" line, a line that is mostly a date, "NAME is a reporter …") are dropped as a rule,
like the content envelope, where the story puts them outside itself (`frame_story`): anywhere,
before its second long kept paragraph, after its last, or in a comment thread, sidebar or
related list after its own element; and paragraphs the model dropped inside the story come back
(`story_leads`, `story_gaps`, `story_resumptions`, `headed_sections`, `story_headings`, `measure_runs`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from .features import CREDIT_LINE
from .lines import (
    ACADEMIC_TITLES,
    BYLINE_CLASS,
    DATA_TAGS,
    HEADING_TAGS,
    LIST_HEADING,
    MAX_CAPTION_WORDS,
    MAX_CHARS_PER_WORD,
    MAX_CLOSING_WORDS,
    MAX_CONTROL_WORDS,
    MAX_COPYRIGHT_LINE_WORDS,
    MAX_HEADLINE_WORDS,
    MAX_META_STRIP_WORDS,
    MAX_NOTICE_WORDS,
    MAX_PROMPT_WORDS,
    MAX_RATING_WORDS,
    MAX_READ_ALSO_WORDS,
    MAX_SHARE_WORDS,
    READ_ALSO,
    SENTENCE_CLOSE,
    TAG_LINE,
    CaselessPattern,
    at_most_words,
    byline_author,
    ends_a_sentence,
    headline_candidates_of_title,
    in_comments,
    is_ad_label,
    is_ad_notice,
    is_ad_slot_label,
    is_agency_credit,
    is_appeal,
    is_author_box_bio,
    is_author_box_paragraph,
    is_author_note,
    is_breadcrumb,
    is_byline_element_line,
    is_byline_note,
    is_byline_or_dateline,
    is_comment_control,
    is_comment_policy,
    is_comments_header,
    is_contact_line,
    is_contributor_credit,
    is_count_line,
    is_dangling_label,
    is_deal_line,
    is_disclosure_paragraph,
    is_editor_credit,
    is_feedback_line,
    is_form_line,
    is_handle_and_time,
    is_headline,
    is_headline_copy,
    is_headline_element,
    is_labelled_strip,
    is_legal_notice,
    is_link_line,
    is_list_heading,
    is_long_paragraph,
    is_media_control,
    is_member_line,
    is_meta_strip,
    is_name_date_strip,
    is_name_line,
    is_page_control,
    is_photo_credit,
    is_player_title,
    is_print_line,
    is_pure_stamp,
    is_rating_line,
    is_read_also,
    is_read_also_link,
    is_reading_time,
    is_relative_stamp,
    is_release_contact,
    is_release_heading,
    is_section_label,
    is_share_button,
    is_site_call,
    is_stamp_line,
    is_tag_line,
    is_teaser_link,
    is_url_line,
    is_world_dateline,
    n_words,
    names_a_year,
    nearest_elements,
    own_element,
    words,
)
from .model import decide
from .records import Block

MIN_STORY_BEFORE_COMMENTS = 2  # long story paragraphs before a comment heading can end the story
END_SHARE = 0.75  # an end marker (credit, print line) closes the story only after most of its paragraphs
# A slideshow's counter leading its caption: "1of4 A shopper looks at …", "Photo 3 of 12: …", "Bild 2 von 5"
_GALLERY_COUNTER = re.compile(
    r"^\d{1,3}of\d{1,3}(?!\d)|^\d{1,3} of \d{1,3}$|"  # a bare counter ("1 of 11") too
    r"(?i:^\W{0,2}(?:image|photo|picture|slide|bild|foto|imagen)\s+\d{1,3}\s*(?:of|von|de|sur|/)\s*\d{1,3}(?!\d))"
)
_RELATED_CLASS = CaselessPattern(
    r"\.[\w-]*(?:related|recommend|outbrain|taboola|read-?next|more-?stories|(?<![a-z])teaser|(?<![a-z])excerpt)"
)
# a caption's class, also in other languages' words ("wp-caption-text", "cutline", "photo-description",
# "bildunterschrift", "legende", "pie-de-foto", Spanish "pie", "didascalia"), or the hMedia microformat's box
# of a picture and its caption; not "legend" (a form's or a chart's) nor "pie-chart". A word added here goes into
# `_CAPTION_GATE` too.
_CAPTION_CLASS = re.compile(
    r"caption|cutline|(?:photo|image|img)[-_]?desc|bildunterschrift|bildtext|legende|légende|didascalia|^hmedia(?![\w-])|"
    r"(?<![a-z])pie(?:-?de-?(?:foto|imagen|video|vídeo))?(?![a-z-])"
)
# a photo credit's class ("image-credit", "photoCredit", "a-credits"), not a finance site's "credit-card" (its word is
# in `_CAPTION_GATE`)
_CREDIT_CLASS = re.compile(r"credits?(?![-_]?(?:card|score|union|rating|report|limit|line))(?![a-z])")
# no text with more words than this has any of the shapes `_outside_anywhere` looks for (headline, credit,
# share button, teaser, prompt, notice): the same bounds their own tests start with
MAX_SHAPE_WORDS = max(
    MAX_HEADLINE_WORDS, MAX_CAPTION_WORDS, MAX_SHARE_WORDS, MAX_READ_ALSO_WORDS, MAX_PROMPT_WORDS, MAX_NOTICE_WORDS,
    MAX_CONTROL_WORDS, MAX_RATING_WORDS, MAX_COPYRIGHT_LINE_WORDS,
)  # fmt: skip
MAX_MARKUP_CAPTION_WORDS = 200  # the longest captions of the training pages run to ~190 words
BEST_AVAILABLE_SHARE = 0.5  # of the threshold: the least a doubted story paragraph must score when nothing is kept
# a class that hides its element (Bootstrap, WordPress, Tailwind and common names), as a path's class
_HIDDEN_CLASS = re.compile(r"\.(?:hidden|d-none|sr-only|visually-?hidden|screen-reader-text|hide|is-hidden|u-hidden)(?=[.>]|$)")
MIN_LINK_RUN = 3  # this many short link lines after the story are a related list, not its last words
MIN_SHORT_STORY_WORDS = 12  # a wire story's one-sentence paragraph ("Utility crews worked through the night." is shorter)
MIN_SHORT_STORY_PARAGRAPHS = 3
MENU_HINTS = frozenset({"nav", "related", "sidebar"})  # hint groups of `parse.HINT_PATTERNS`


def story_paragraphs(texts: Sequence[str], kept: Sequence[bool]) -> list[int]:
    """The kept paragraphs the story is made of: its long ones (`is_long_paragraph`) or, on a page
    that keeps none, a story written in short paragraphs (a wire story's sentences of 12 to 24
    words, a listicle's items): its kept sentences of `MIN_SHORT_STORY_WORDS` words or more, when
    there are `MIN_SHORT_STORY_PARAGRAPHS` of them."""
    long_kept = [i for i, (t, k) in enumerate(zip(texts, kept)) if k and is_long_paragraph(t)]
    if long_kept:
        return long_kept
    short = [
        i
        for i, (t, k) in enumerate(zip(texts, kept))
        if k and t.rstrip().endswith(SENTENCE_CLOSE) and n_words(t) >= MIN_SHORT_STORY_WORDS
    ]
    return short if len(short) >= MIN_SHORT_STORY_PARAGRAPHS else []


def _end_marker(
    texts: Sequence[str], kept: Sequence[bool], story: list[int], blocks: Sequence[Block] | None = None
) -> int | None:
    """Where the story ends, when something says so: the first kept reporting credit or
    print/copyright line after at least two of its long paragraphs and three quarters of them,
    or the first comment-section heading (kept or not; not a link to comments elsewhere, such as
    "Comments (5 posted)" in a share bar or between the stories of an edition) after at least
    `MIN_STORY_BEFORE_COMMENTS` of them (long comments below it would count as story paragraphs,
    so no share applies). None when there is none."""
    if len(story) < 2:
        return None
    for i in range(story[1] + 1, len(texts)):
        text = texts[i]
        if (
            is_comments_header(text)
            and bisect_left(story, i) >= MIN_STORY_BEFORE_COMMENTS
            and (blocks is None or not blocks[i].mostly_links)
        ):
            return i
        if is_release_heading(text) and bisect_left(story, i) >= END_SHARE * len(story):
            return i  # kept or not: the contact details follow it
        if (
            not kept[i]
            or len(text) > MAX_CLOSING_WORDS * MAX_CHARS_PER_WORD
            or not (CREDIT_LINE.match(text) or is_print_line(text))
        ):
            continue
        if bisect_left(story, i) >= END_SHARE * len(story):  # story paragraphs before this line
            return i
    return None


def frame_story(
    texts: Sequence[str], kept: Sequence[bool], title: str | None, blocks: Sequence[Block] | None = None
) -> dict[int, str]:
    """Kept blocks the convention puts outside the story, with the reason:
    - anywhere (`_outside_anywhere`; none of them counts as a story paragraph): `headline_copy`,
      `photo_credit`, `share_bar` (a share bar's buttons and label), `media_control` ("Enlarge
      this image"), `read_also` ("Related: …", "Most Popular"), `prompt` ("Sign up for our
      newsletter"), `tag_line` ("Tags: …"), `legal_notice` ("We use cookies …"), `rating`
      ("4.94 from 327 votes"), `comment_thread` ("Reply"), `navigation` ("Skip to main content",
      "Next article"), `ad_label`
      ("Story continues below advertisement", an ad slot's "Advertisement"), `caption` ("1of4 A shopper …") and, with the
      page's `blocks`, `caption` by markup, `repeated_copy`, `byline_or_dateline` for a line
      that is only a date, a byline or a post's meta line (`is_stamp_line`), `hidden` for a
      short block a reader does not see (`is_hidden_line`) and `rating` for a widget's bare
      counts ("1.2K", `is_count_line`);
    - before the story's first long kept paragraph, with the page's `blocks`: `headline_copy`
      for an `h1` of headline length, whatever its words (`is_headline_element`), and
      `link_list` for a menu or teaser item (`is_menu_link`);
    - before its second (a standfirst of paragraph length often sits above the byline):
      `byline_or_dateline`, `ad_label` and `breadcrumb` (a trail, or a section label by its class);
    - after its last: `closing_matter` (credits, bios, print lines, datelines, dangling labels)
      and, with the page's `blocks`, `sidebar`, `comment_thread` and `related_list` for a sidebar's
      promotions, reader comments and related-story lists (the story then ends before them;
      `after_the_story_inside`) and
      `link_list` for short lines that are mostly links, when there are `MIN_LINK_RUN` of them
      or more, those another rule took counted (a related or "read more" list);
      `past_a_gap` for what is kept past a long run of dropped blocks after the story's element,
      outside it (`past_a_gap`), and `related_list` for a card grid's titles there
      (`repeated_titles`);
    - `after_the_end` for everything after a reporting credit, print line or comment-section
      heading that closes the story (`_end_marker`; the heading itself is `comment_thread`):
      articles end with those, and what a page appends after them (related links, comments, a
      spam site's filler) is not the story;
    - with the page's `blocks`, anywhere: the links of a box or list a "read also" label heads
      (`read_also_boxes`) and a box's heading or name line whose box the frame emptied
      (`box_labels`), with the box's reason, or `empty_box` for a subheading outside the story's
      element over a box the model dropped whole;
    - `above_headline` for the short lines above a headline copy found before the story, and
      for the long ones above a headline copy the story follows, under another parent than its
      paragraphs there (`paragraphs_above_headline`: a header's teaser of the latest post).
    Only the first (anywhere), captions and hidden lines aside (`_STORY_LESS_KEEPS`), when no
    story paragraph is kept (`story_paragraphs`: long ones, or a short-paragraph story's
    sentences): a service page's headline copy and print link go, a gallery keeps its captions."""
    long_kept = story_paragraphs(texts, kept)
    candidates = headline_candidates_of_title(title)
    anywhere = _outside_anywhere(texts, kept, long_kept, candidates, blocks)
    if not long_kept:  # a page of short lines (a service page, a list, a form): only what is out anywhere
        return {i: reason for i, reason in anywhere.items() if reason not in _STORY_LESS_KEEPS}
    story = [i for i in long_kept if i not in anywhere]
    while story and (  # a long author bio is not the story's end
        is_author_note(texts[story[-1]]) or (blocks is not None and is_closing_box_paragraph(blocks[story[-1]]))
    ):
        story.pop()
    if blocks is not None and story:
        teasers = paragraphs_above_headline(blocks, story, candidates)
        anywhere.update(dict.fromkeys(teasers, "above_headline"))
        story = [i for i in story if i not in teasers]
    if not story:  # a photo gallery: its captions are its text
        return {i: reason for i, reason in anywhere.items() if reason != "caption"}
    out: dict[int, str] = {}
    if blocks is not None:
        for reason, inside in (("sidebar", in_sidebar), ("comment_thread", in_comments), ("related_list", in_related_list)):
            found = after_the_story_inside(blocks, kept, story, inside)
            out.update(dict.fromkeys(found, reason))
            if found:  # long comments or teasers are not story paragraphs
                story = [i for i in story if i < found[0]]
    first, last = story[min(1, len(story) - 1)], story[-1]  # the lead may sit above a byline: look to the second
    end = _end_marker(texts, kept, story, blocks)
    if end is not None:  # the story ended there: what follows it is not the story
        last = min(last, end - 1)
    out.update((i, reason) for i, reason in anywhere.items() if i not in out)
    if blocks is not None:
        # a list's heading or item that another rule took ("Trending Now") still counts in the run
        story_lists = {_parent(blocks[i]) for i in story if blocks[i].tag == "li"}  # a list the story runs into stays
        links_after = [
            i
            for i in range(last + 1, len(texts))
            if kept[i] and is_link_line(blocks[i]) and not (blocks[i].tag == "li" and _parent(blocks[i]) in story_lists)
        ]
        if len(links_after) >= MIN_LINK_RUN:
            out.update((i, "link_list") for i in links_after if i not in out)
    if blocks is not None:
        element = _story_element(blocks, story)
        # a site's appeal after the story's element, a long paragraph the model keeps ("… If you can, please support us")
        out.update((i, "prompt") for i in range(element[1], len(texts)) if kept[i] and i not in out and is_appeal(texts[i]))
        out.update(read_also_boxes(blocks, kept, out))
        out.update(box_labels(blocks, kept, out, story_box=element[0]))
        out.update(prompt_boxes(blocks, kept, out, element))
        out.update(newsletter_boxes(blocks, kept, out))
        out.update(repeated_cards(blocks, kept, out, element[1]))
        out.update(repeated_titles(blocks, kept, out, element))
    for i, (text, k) in enumerate(zip(texts, kept)):
        if not k or i in out:
            continue
        if i < story[0] and blocks is not None and is_headline_element(blocks[i]):
            out[i] = "headline_copy"
        elif i < story[0] and blocks is not None and is_menu_link(blocks[i]):
            out[i] = "link_list"
        elif i > last and blocks is not None and is_post_navigation(blocks[i]):
            out[i] = "link_list"
        elif (
            i < first
            and (
                is_meta_strip(text)
                or is_relative_stamp(text)
                or is_world_dateline(text)
                or is_byline_note(text)
                or is_editor_credit(text)  # "原标题：…", "来源：新华网" above the story too
            )
            and not _in_a_kept_row(blocks, kept, i)
        ):
            out[i] = "byline_or_dateline"
        elif i < first and blocks is not None and (_is_stamp_term(blocks, i) or _byline_term_pair(blocks, i)):
            out[i] = "byline_or_dateline"
        elif i < first and blocks is not None and (is_byline_element_line(blocks[i]) or is_author_box_bio(blocks[i])):
            out[i] = "byline_or_dateline"
        elif i < story[0] and blocks is not None and (_below_a_byline(texts, blocks, i) or _above_a_dateline(texts, blocks, i)):
            out[i] = "byline_or_dateline"
        elif i < story[0] and blocks is not None and _in_a_video_box(blocks[i]):
            out[i] = "media_control"  # a video's headline above the story ("Here's how extreme heat affects your body")
        elif i < first and (is_name_date_strip(text) or is_labelled_strip(text)):
            out[i] = "byline_or_dateline"
        elif i < first and is_ad_label(text):
            out[i] = "ad_label"
        elif i < first and (is_breadcrumb(text) or (blocks is not None and is_section_label(blocks[i]))):
            out[i] = "breadcrumb"
        elif end is not None and i == end and is_comments_header(text):
            out[i] = "comment_thread"  # the heading that ended the story: its comment section's
        elif end is not None and i > end:
            out[i] = "after_the_end"
        elif (
            i > last
            and not (blocks is not None and _is_quote_attribution(blocks[i]))
            and (
                _closes_a_story(text)
                or _is_relative_stamp_line(texts, blocks, i)
                or (blocks is not None and is_closing_box_paragraph(blocks[i]))
            )
            and not (_in_data_table(blocks, i) and not is_pure_stamp(text))
        ):
            # a data table's cell that reads only partly as a date ("Read 01/02 as 1 February") is
            # the table's; one that is only a stamp (a forum post's "01-15-2012 06:40 PM") is not
            out[i] = "closing_matter"
    if blocks is not None:  # an author box's name line above the bio the loop took
        out.update(trailing_headings(blocks, kept, out, last, element[0]))
        out.update(box_labels(blocks, kept, out, names_only=True))
        out.update(author_cards(blocks, kept, out, story, element[0]))
        out.update(past_a_gap(blocks, kept, out, story, element))
    out.update(above_headline(texts, kept, out, story[0], blocks, candidates))
    return out


# what a page without a story keeps of the reasons out anywhere: a gallery's captions are its text, and
# a short paragraph that opens with a hidden label reads as hidden (its path is the label's)
_STORY_LESS_KEEPS = frozenset({"caption", "hidden"})
MIN_STRAY_GAP = 10  # dropped blocks between the story's end and a stray kept block (a sidebar's teasers)


def past_a_gap(
    blocks: Sequence[Block], kept: Sequence[bool], out: dict[int, str], story: Sequence[int], element: tuple[str, int]
) -> dict[int, str]:
    """Kept blocks after the story's element (`_story_element`) once `MIN_STRAY_GAP` blocks or
    more in a row went, outside that element and not a list's or table's cell: what a page shows
    past its sidebar, related strips and share bars ("Pickup" teasers, a book promo, the next
    story's paragraphs). When they hold prose (`_is_prose`) and the element holds fewer than
    `MIN_LEAD_STORY_PARAGRAPHS` of the story's paragraphs or at most twice as many as that prose
    (a story told in two elements, a timeline box beside it), only the lines that are not prose
    after the story's last paragraph go."""
    own = sum(1 for i in story if _container(blocks[i]) == element[0])
    previous = element[1] - 1
    found: dict[int, str] = {}
    for i in range(element[1], len(kept)):
        if not kept[i] or i in out:
            continue
        stray = blocks[i].tag not in _ITEM_TAGS and not _in_element(blocks[i], element[0])
        if stray and (found or i - previous - 1 >= MIN_STRAY_GAP):
            found[i] = "past_a_gap"
        previous = i
    prose = [i for i in found if _is_prose(blocks[i].text)]
    if prose and (own < MIN_LEAD_STORY_PARAGRAPHS or 2 * len(prose) >= own):
        return {i: reason for i, reason in found.items() if i > story[-1] and i not in prose}
    return found


def _in_element(block: Block, element: str) -> bool:
    """Whether the block is in the story's `element` (`_story_element`): directly, or nested deeper."""
    return _container(block) == element or _inside(block, element)


def _inside(block: Block, container: str) -> bool:
    """Whether the block sits deeper inside the element its path names as the last of `container`
    (a story's parent "div.entry-content" above "div.wp-block-group>div.inner>p")."""
    return container.rsplit(">", 1)[-1] in block.path.split(">")[:-1]


def _is_prose(text: str) -> bool:
    """A long paragraph, or a sentence of `MIN_CARD_TEXT_WORDS` words or more."""
    return is_long_paragraph(text) or (n_words(text) >= MIN_CARD_TEXT_WORDS and ends_a_sentence(text))


MAX_ABOVE_HEADLINE = 2  # story paragraphs above the headline copy that can be another story's teasers
MIN_BELOW_HEADLINE = 3  # story paragraphs below it, and twice as many as above


def paragraphs_above_headline(blocks: Sequence[Block], story: Sequence[int], candidates: tuple[frozenset[str], ...]) -> list[int]:
    """Long paragraphs kept above the headline when the story follows it: a header's teaser of
    the site's latest post ("Latest Thought" and its excerpt above the `h1`). At most
    `MAX_ABOVE_HEADLINE` of the story's paragraphs before a headline copy (`is_headline_copy`),
    `MIN_BELOW_HEADLINE` or more and twice as many after it, and only those under
    another parent than every paragraph below: an intro in the story's own element stays."""
    limit = story[min(MAX_ABOVE_HEADLINE, len(story) - 1)]
    head = next((i for i in range(story[0] + 1, limit) if is_headline_copy(blocks[i], candidates)), None)
    if head is None:
        return []
    below = [i for i in story if i > head]
    parents = {_parent(blocks[i]) for i in below}
    above = [i for i in story if i < head and _parent(blocks[i]) not in parents]
    return above if len(below) >= max(MIN_BELOW_HEADLINE, 2 * len(above)) else []


def above_headline(
    texts: Sequence[str],
    kept: Sequence[bool],
    out: dict[int, str],
    start: int,
    blocks: Sequence[Block] | None,
    candidates: tuple[frozenset[str], ...],
) -> dict[int, str]:
    """The short kept lines above the story's headline (a copy a rule found before the story, or
    an `h1` there that repeats the title, kept or not): a kicker, a section label, a site's
    notices. The story starts below its headline; a long paragraph above it stays (unless
    `paragraphs_above_headline` took it)."""
    head = next(
        (
            i
            for i in range(start)
            if out.get(i) == "headline_copy" or (blocks is not None and is_headline_copy(blocks[i], candidates))
        ),
        None,
    )
    if head is None:
        return {}
    return {i: "above_headline" for i in range(head) if kept[i] and i not in out and not is_long_paragraph(texts[i])}


MAX_BYLINE_TAIL_WORDS = 5
_ROMAN = re.compile(r"[IVXLC]+")
_TAIL_FILLERS = frozenset("of and for in at on de du des del la le the &".split())


# a byline's label whose name is the next element ("News provided by" / "Acme Robotics Inc.")
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}\.")  # a name's last word "Inc.", "Jr.", "Co."
_DANGLING_BY = re.compile(r"(?i)^\W*(?:\w+\s+){0,2}(?:by|von|por|par|door)\s*:?\s*$")


def _below_a_byline(texts: Sequence[str], blocks: Sequence[Block], i: int) -> bool:
    """A byline's second line ("By NAME" / "BBC News, Norfolk", "Reuters", "The Herald, Glasgow"
    under the same parent), or its name below a label that ends in "by" ("News provided by" /
    "Acme Robotics Inc."): not a heading, at most `MAX_BYLINE_TAIL_WORDS` capitalised words, no
    digit, no sentence's end."""
    text = texts[i]
    found = text.split()
    above = texts[i - 1] if i > 0 else ""
    return (
        i > 0
        and 0 < len(found) <= MAX_BYLINE_TAIL_WORDS
        and blocks[i].tag not in HEADING_TAGS
        and (
            bool(_DANGLING_BY.match(above))
            or (
                is_byline_or_dateline(above) and byline_author(above) is not None and _parent(blocks[i - 1]) == _parent(blocks[i])
            )
        )
        and not any(c.isdigit() for c in text)
        and not _ROMAN.fullmatch(found[-1])  # "Part I": a series' part, not an outlet
        and not (text.rstrip().endswith((".", "!", "?", ":")) and not _ABBREVIATION.fullmatch(found[-1]))
        and all(w[:1].isupper() or w.lower() in _TAIL_FILLERS for w in found)
    )


def _above_a_dateline(texts: Sequence[str], blocks: Sequence[Block], i: int) -> bool:
    """An author card's name over its date ("Maria Lindqvist" / "November 19, 2019" under one
    parent, beside the avatar): a line that is only a name, not a heading, right above a date."""
    return (
        i + 1 < len(texts)
        and blocks[i].tag not in HEADING_TAGS
        and is_pure_stamp(texts[i + 1])
        and names_a_year(texts[i + 1])
        and bool(_FULL_NAME.fullmatch(texts[i]))
        and is_name_line(texts[i])
        and _parent(blocks[i + 1]) == _parent(blocks[i])
    )


# a person's first and last name, a middle name or initial between them: capitalised words of letters only
_FULL_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý](?:[a-zà-ÿ'’-]+|\.))?\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+")


_VIDEO_CLASS = re.compile(r"(?i)[.#][\w-]*(?:video|audio|podcast|media-?player)")


def _in_a_video_box(block: Block) -> bool:
    """A short line in an element whose class names a video or audio player, among the block's
    three nearest ("div.video-resource>p.video-resource__headline"): the player's, not the story's."""
    return not is_long_paragraph(block.text) and bool(_VIDEO_CLASS.search(nearest_elements(block, 3)))


def _closes_a_story(text: str) -> bool:
    """A line that may close a story below its last paragraph: closing matter, a meta strip, a
    dangling label or an agency credit."""
    return (
        is_author_note(text)
        or is_meta_strip(text)
        or is_world_dateline(text)
        or is_dangling_label(text)
        or is_agency_credit(text)
        or is_contributor_credit(text)
        or is_url_line(text)
        or is_editor_credit(text)
        or is_contact_line(text)
        or is_comment_policy(text)
        or is_release_contact(text)
    )


def _is_quote_attribution(block: Block) -> bool:
    """A block quote's attribution line, below the story's last paragraph too: an embedded post's
    signature ("— NAME (@handle) November 19, 2019") or a quote's source ("— Seneca, Letters")."""
    return "blockquote" in block.ancestors and block.text.startswith(QUOTE_ATTRIBUTION_DASHES)


QUOTE_ATTRIBUTION_DASHES = ("—", "–", "―", "-- ")


def _is_relative_stamp_line(texts: Sequence[str], blocks: Sequence[Block] | None, i: int) -> bool:
    """Line `i` is a stamp in relative time, not in a cell (a forum's list of threads has a
    "3 Weeks Ago" column)."""
    return (blocks is None or blocks[i].tag not in DATA_TAGS) and is_relative_stamp(texts[i])


def _in_a_kept_row(blocks: Sequence[Block] | None, kept: Sequence[bool], i: int) -> bool:
    """Whether block `i` is a data table's cell in a row with another kept cell: a schedule's
    time beside its event ("11:00 Uhr" | "Eröffnung durch den Vorstand"), the table's, not a
    dateline; or a description list's value under its kept term ("Datum:" | "29.11.2019 – 01.12.2019"),
    unless the term names a stamp ("Published" | "19 November 2019": `_is_stamp_term`)."""
    if blocks is not None and blocks[i].tag == "dd" and i and kept[i - 1] and _term_over_value(blocks, i - 1):
        return not is_pure_stamp(blocks[i - 1].text)
    if blocks is None or blocks[i].table == -1:
        return False
    cell = blocks[i]
    return any(
        j != i and kept[j] and blocks[j].table == cell.table and blocks[j].row == cell.row
        for j in range(max(0, i - MAX_ROW_CELLS), min(len(blocks), i + MAX_ROW_CELLS + 1))
    )


def _is_stamp_term(blocks: Sequence[Block], i: int) -> bool:
    """A description list's term that names the stamp under it ("Published" | "19 November 2019",
    "Aktualisiert:" | "12.03.2021"): the dateline's label."""
    return (
        blocks[i].tag == "dt"
        and is_pure_stamp(blocks[i].text)
        and _term_over_value(blocks, i)
        and is_meta_strip(blocks[i + 1].text)
    )


# a description list's term that names the author ("From:" | "Department for Transport", "Autor:" | NAME)
_BYLINE_TERM = re.compile(r"(?i)\W{0,2}(?:from|by|authors?|written\s+by|autor(?:in|en)?|von|par|por|auteurs?)\W{0,2}")


def _byline_term_pair(blocks: Sequence[Block], i: int) -> bool:
    """A description list's byline: a term that names the author (`_BYLINE_TERM`) and the short
    value under it, in one list, either of the two."""
    term = i if blocks[i].tag == "dt" else i - 1
    return (
        term >= 0
        and _term_over_value(blocks, term)
        and bool(_BYLINE_TERM.fullmatch(blocks[term].text))
        and at_most_words(blocks[term + 1].text, MAX_BYLINE_TERM_WORDS)
    )


def _term_over_value(blocks: Sequence[Block], term: int) -> bool:
    """Whether block `term` is a description list's term with its value right under it, in one
    list (their parents agree at the paths' common end: a value whose text sits in a link names
    one element more)."""
    return (
        blocks[term].tag == "dt"
        and term + 1 < len(blocks)
        and blocks[term + 1].tag == "dd"
        and _same_parent_by_end(blocks[term + 1], blocks[term])
    )


MAX_BYLINE_TERM_WORDS = 12
MAX_ROW_CELLS = 12  # cells of a row looked at on either side


def _item_of_a_kept_list(blocks: Sequence[Block], kept: Sequence[bool], i: int) -> bool:
    """Whether block `i` is a list item next to a kept item of the same list."""
    if blocks[i].tag != "li":
        return False
    parent = _parent(blocks[i])
    return any(
        0 <= j < len(blocks) and kept[j] and blocks[j].tag == "li" and _parent(blocks[j]) == parent for j in (i - 1, i + 1)
    )


def _in_data_table(blocks: Sequence[Block] | None, i: int) -> bool:
    """Whether block `i` is a cell of a data table (`parse.number_tables`)."""
    return blocks is not None and blocks[i].table != -1


def _outside_anywhere(
    texts: Sequence[str],
    kept: Sequence[bool],
    long_kept: Sequence[int],
    candidates: tuple[frozenset[str], ...],
    blocks: Sequence[Block] | None,
) -> dict[int, str]:
    """Kept blocks that are not the story wherever they sit: `headline_copy`, `photo_credit`,
    `share_bar`, `media_control`, `read_also`, `prompt`, `tag_line`, `legal_notice`, `rating`, `comment_thread`, `navigation`,
    `ad_label`, `caption` (a slideshow's
    counter leads it: "1of4 …") and, with the page's `blocks`, `caption` by markup, a stamp line
    (`byline_or_dateline`, `is_stamp_line`) and `repeated_copy` (one of the `long_kept`
    paragraphs kept again, word for word, from another element: a page's second copy of its
    story, in a slideshow, a print or mobile version; a story that repeats a paragraph in its own
    element, a refrain or a pull quote, keeps it). They do not count as story paragraphs either:
    a long caption above the article is not where its story starts."""
    out: dict[int, str] = {}
    if blocks is not None:
        first_copy: dict[str, int] = {}
        for i in long_kept:
            seen = first_copy.setdefault(" ".join(texts[i].lower().split()), i)
            if seen != i and blocks[seen].path != blocks[i].path:
                out[i] = "repeated_copy"
    for i, (text, k) in enumerate(zip(texts, kept)):
        if not k or i in out:
            continue
        # no text longer than these bounds has any of the shapes: a story paragraph skips them
        short = at_most_words(text, MAX_SHAPE_WORDS)
        reason = _anywhere_shape(text, candidates) if short else None
        if reason == "headline_copy" and blocks is not None and _item_of_a_kept_list(blocks, kept, i):
            reason = None  # "1 × Bohrschrauber BS 18 Pro" in a product's list of contents
        if reason is None and blocks is not None and is_caption(blocks[i]):
            reason = "caption"
        if reason is None and blocks is not None and is_stamp_line(blocks[i]):
            reason = "byline_or_dateline"
        if reason is None and blocks is not None and (is_read_also_link(blocks[i]) or is_teaser_link(blocks[i])):
            reason = "read_also"
        if reason is None and blocks is not None and is_player_title(text) and _in_a_video_box(blocks[i]):
            reason = "media_control"  # a player's title inside the story ("Audio: …")
        if reason is None and blocks is not None and is_hidden_line(blocks[i]):
            reason = "hidden"
        if reason is None and blocks is not None and is_count_line(blocks[i]):
            reason = "rating"
        if reason is None and blocks is not None and is_form_label(blocks[i]):
            reason = "prompt"
        if reason is None and blocks is not None and _names_a_member(blocks, i):
            reason = "comment_thread"
        if reason is not None:
            out[i] = reason
    return out


MAX_MEMBER_NAME_WORDS = 3


def _names_a_member(blocks: Sequence[Block], i: int) -> bool:
    """A forum user box's name: a line of a few words right above a member line of its element
    ("Kai_HH" over "Beiträge: 12", "Registriert: Fr 14. Feb 2020")."""
    return (
        i + 1 < len(blocks)
        and at_most_words(blocks[i].text, MAX_MEMBER_NAME_WORDS)
        and is_member_line(blocks[i + 1].text)
        and _parent_element(blocks[i + 1]) == _parent_element(blocks[i])
    )


def _parent_element(block: Block) -> str:
    """The element around the block's own element ("dl.postprofile" for a `dt` whose path runs on
    to the link inside it: a block's path is its first text's)."""
    parts = block.path.split(">")
    own = own_element(parts)
    return parts[own - 1] if own else ""


def is_closing_box_paragraph(block: Block) -> bool:
    """An author box's bio or a disclosure box's text: what closes a story, below it."""
    return is_author_box_paragraph(block) or is_disclosure_paragraph(block)


def is_form_label(block: Block) -> bool:
    """A form's label ("Email address", "Yes! Also send me the weekly digest"): a sign-up's, a
    search's or a comment form's, not the story's."""
    return "form" in block.ancestors and ("label" in block.ancestors or block.path.rsplit(">", 1)[-1].startswith("label"))


def _anywhere_shape(text: str, candidates: tuple[frozenset[str], ...]) -> str | None:
    """The reason a short kept text is not the story wherever it sits, by its words alone."""
    if is_headline(text, candidates):
        return "headline_copy"
    if is_photo_credit(text):
        return "photo_credit"
    if _GALLERY_COUNTER.match(text):
        return "caption"
    if is_share_button(text):
        return "share_bar"
    if is_comment_control(text):
        return "comment_thread"
    if is_rating_line(text) or is_feedback_line(text):
        return "rating"
    if is_page_control(text):
        return "navigation"
    if is_reading_time(text):
        return "byline_or_dateline"
    if is_form_line(text):
        return "prompt"
    if is_media_control(text):
        return "media_control"
    if is_read_also(text) or is_list_heading(text):
        return "read_also"
    if is_ad_notice(text) or is_ad_slot_label(text) or is_deal_line(text):
        return "ad_label"
    if is_tag_line(text):
        return "tag_line"
    if is_legal_notice(text):
        return "legal_notice"
    if is_site_call(text):  # `is_prompt`'s calls and more
        return "prompt"
    return None


MAX_BOX_LABEL_WORDS = 8
# what the frame drops from a box that its label goes with (not a dateline or caption beside a heading)
BOX_REASONS = frozenset(
    ("prompt", "legal_notice", "closing_matter", "read_also", "comment_thread", "related_list", "ad_label", "link_list",
     "share_bar")
)  # fmt: skip
MAX_BIO_NAME_WORDS = 4
MIN_BIO_WORDS = 8


def box_labels(
    blocks: Sequence[Block], kept: Sequence[bool], out: dict[int, str], names_only: bool = False, story_box: str | None = None
) -> dict[int, str]:
    """Kept short lines that head a box (the first of its element's run of blocks) whose other
    blocks are all dropped: with the reason the frame gave one of them (`BOX_REASONS`: a
    newsletter box's heading above its call and form), or `closing_matter` for an author box's
    name above its bio (`is_bio_name`) or in a box whose class names the author. A box the frame
    took nothing from keeps its heading, unless it is a subheading (`h2`-`h6`) outside `story_box`,
    the story's element (`empty_box`: "Also consider" over a product the model dropped, "Further
    Reading" over its links); a line that is not a heading tag may be a forum post's name or a
    directory's label, and the model alone does not decide those. With `names_only`, only the
    author boxes' names."""
    found: dict[int, str] = {}
    for i, block in enumerate(blocks):
        if not kept[i] or i in out or not at_most_words(block.text, MAX_BOX_LABEL_WORDS):
            continue
        box = _container(block)
        if i > 0 and _container(blocks[i - 1]) == box:
            continue  # inside its box, not heading it
        end = i + 1
        while end < len(blocks) and _container(blocks[end]) == box:
            end += 1
        rest = range(i + 1, end)
        if not rest or any(kept[j] and j not in out for j in rest):
            continue
        reasons = [out[j] for j in rest if out.get(j) in BOX_REASONS and not names_only]
        if reasons:
            found[i] = reasons[0]
        elif _PROMPT_BOX_CLASS.found_in(box) and not names_only:
            found[i] = "prompt"
        elif is_bio_name(block.text, blocks[rest[0]].text) or (BYLINE_CLASS.search(box) and is_name_line(block.text)):
            found[i] = "closing_matter"  # an author box's name above its bio, or its job title and links
        elif story_box is not None and box != story_box and not names_only and block.tag in _SUBHEADING_TAGS:
            found[i] = "empty_box"  # a widget's subheading over what the model dropped ("Also consider", "Further Reading")
    return found


def trailing_headings(
    blocks: Sequence[Block], kept: Sequence[bool], out: dict[int, str], last: int, story_box: str
) -> dict[int, str]:
    """Kept subheadings below the story's `last` paragraph, outside `story_box` (the story's
    element), with nothing kept below them on the page (a multi-page story's "Inhalt" over its
    list of pages, a widget's heading over what the frame took): they head nothing of the story.
    One in the story's element stays, as in `box_labels`: its section may be what the model missed."""
    found: dict[int, str] = {}
    for i in range(len(blocks) - 1, last, -1):
        if not kept[i] or i in out:
            continue
        if blocks[i].tag not in _SUBHEADING_TAGS or not at_most_words(blocks[i].text, MAX_BOX_LABEL_WORDS):
            break  # the page's last kept block is no heading
        if _container(blocks[i]) != story_box:
            found[i] = "empty_box"
    return found


MAX_BOX_LABEL_CHARS = 60
# `is_read_also`'s, `is_list_heading`'s and `is_tag_line`'s patterns in one ("Lesen Sie auch", "Related Posts", "Más
# información", "Tags")
_BOX_LABEL = re.compile(
    "|".join(pattern.pattern.removeprefix("(?i)") for pattern in (READ_ALSO, LIST_HEADING, TAG_LINE)), re.IGNORECASE
)


def read_also_boxes(blocks: Sequence[Block], kept: Sequence[bool], out: dict[int, str]) -> dict[int, str]:
    """The links of a box headed by a "read also" label ("Lesen Sie auch" above two linked
    headlines in an `aside.related`): every block after the label inside the label's parent
    element, when it has a class (else the list right below it, or the nearest element with a
    class: "div.inline-readmore>a>span"), is a link line (`is_link_line`) or a list's teaser item
    (`is_teaser_item`), so the box holds only the label and other stories."""
    found: dict[int, str] = {}
    for i, block in enumerate(blocks[:-1]):
        below = blocks[i + 1]
        if len(block.text) > MAX_BOX_LABEL_CHARS or (
            not below.mostly_links and (below.tag != "li" or below.link_chars < MIN_TEASER_LINK_CHARS)
        ):
            continue  # a link line or teaser item below a short label: attribute tests before the patterns
        if not _BOX_LABEL.match(block.text):
            continue
        parts = block.path.split(">")[:-1]
        end = i + 1
        classed = bool(parts) and "." in parts[-1]
        if classed:
            end = _end_of_element(blocks, i, parts[-1])
        if end == i + 1 and below.tag == "li":  # a list right below the label
            box = _container(below)
            while end < len(blocks) and blocks[end].tag == "li" and _container(blocks[end]) == box:
                end += 1
        elif end == i + 1 and not classed:  # the nearest element with a class ("div.inline-readmore>a>span"), not the link
            box_part = next((part for part in reversed(parts) if "." in part), None)
            end = end if box_part is None else _end_of_element(blocks, i, box_part)
        rest = range(i + 1, end)
        if rest and all(is_link_line(blocks[j]) or is_teaser_item(blocks[j]) for j in rest):
            reason = "tag_line" if TAG_LINE.match(block.text) else "read_also"
            found.update((j, reason) for j in rest if kept[j] and j not in out)
    return found


def _end_of_element(blocks: Sequence[Block], i: int, part: str) -> int:
    """Where the run of blocks after `i` inside the element `part` names (in their paths) ends."""
    end = i + 1
    while end < len(blocks) and part in blocks[end].path.split(">")[:-1]:
        end += 1
    return end


MIN_TEASER_LINK_CHARS = 20  # a linked headline, not a linked term or a name
MAX_TEASER_ITEM_WORDS = 80


def is_teaser_item(block: Block) -> bool:
    """A list item of another story: its linked headline, then a sentence of its teaser
    ("Hero Academy delayed on Steam Hero Academy has been delayed …"), at least a fifth of its
    text the link."""
    return (
        block.tag == "li"
        and block.link_chars >= MIN_TEASER_LINK_CHARS
        and block.link_chars * 5 >= len(block.text)
        and at_most_words(block.text, MAX_TEASER_ITEM_WORDS)
    )


_PROMPT_BOX_CLASS = CaselessPattern(r"\.[\w-]*(?:newsletter|subscri|sign-?up|opt-?in)")


MAX_PROMPT_BOX_BLOCKS = 8


def prompt_boxes(blocks: Sequence[Block], kept: Sequence[bool], out: dict[int, str], element: tuple[str, int]) -> dict[int, str]:
    """What else a box after the story's element (`_story_element`) holds when the frame found a
    call in it (a support appeal's "… we have a small favour to ask." and its paragraph above
    "Please consider supporting us today."): a run of at most `MAX_PROMPT_BOX_BLOCKS` blocks in one
    element, after the last story paragraph of the element most of them sit in, and outside it."""
    main, start = element
    story_element = main.rsplit(">", 1)[-1]
    found: dict[int, str] = {}
    looked = start  # calls inside a run already looked at need no second look
    for j in sorted(k for k, reason in out.items() if reason == "prompt" and k >= start):
        if j < looked:
            continue
        box = _container(blocks[j])
        first, end = j, j + 1  # the run of `box` around the call, from `start` on, looked at up to its bound
        while first > start and end - first <= MAX_PROMPT_BOX_BLOCKS and _container(blocks[first - 1]) == box:
            first -= 1
        while end < len(blocks) and end - first <= MAX_PROMPT_BOX_BLOCKS and _container(blocks[end]) == box:
            end += 1
        looked = end
        inside_story = story_element in blocks[first].path.split(">")  # a story's own "Follow us" lines
        if not inside_story and end - first <= MAX_PROMPT_BOX_BLOCKS:
            found.update((k, "prompt") for k in range(first, end) if kept[k] and k not in out)
    return found


def newsletter_boxes(blocks: Sequence[Block], kept: Sequence[bool], out: dict[int, str]) -> dict[int, str]:
    """A sign-up box anywhere, between the story's paragraphs too: a run of at most
    `MAX_PROMPT_BOX_BLOCKS` blocks in one element whose class names a newsletter or sign-up
    (`_PROMPT_BOX_CLASS`: "c-newsletter_signup_box"), one of them a call or a form's line, kept
    or not ("Sign up for the newsletter …" above "Understand the world with a daily explainer …")."""
    found: dict[int, str] = {}
    if not _PROMPT_BOX_CLASS.found_in("\n".join(b.path for b in blocks)):
        return found  # most pages: no element named so
    start = 0
    while start < len(blocks):
        box = _own_container(blocks[start])
        end = start + 1
        while end < len(blocks) and _own_container(blocks[end]) == box:
            end += 1
        run = range(start, end)
        if (
            end - start <= MAX_PROMPT_BOX_BLOCKS
            and _PROMPT_BOX_CLASS.found_in(box.rsplit(">", 1)[-1])
            and any(is_site_call(blocks[k].text) or is_form_line(blocks[k].text) for k in run)
        ):
            found.update((k, "prompt") for k in run if kept[k] and k not in out)
        start = end
    return found


MIN_CARDS = 2
MAX_CARD_HEAD_WORDS = 20
MIN_TEASER_HEAD_WORDS = 4  # a headline, not a linked term or a name
MIN_CARD_TEXT_WORDS = 6  # a teaser's sentence ("Investors are lining up for a piece of it.")
_CARD_TEXT_TAGS = frozenset({"p", "div"})


def repeated_cards(blocks: Sequence[Block], kept: Sequence[bool], out: dict[int, str], start: int) -> dict[int, str]:
    """Kept blocks of cards repeated after the story's own element ends (at `start`), however
    their classes are named: `MIN_CARDS` or more in a row of a short head and the text under it,
    every head in one element path and every text in another. Linked heads over teasers are a
    related list ("Springfield teachers reach tentative contract deal" / "The agreement would …");
    dateline heads over texts are reader comments ("jdoe42 November 19, 2019 at 6:34 am" / "Finally! …")."""
    if not any(kept[k] and k not in out for k in range(start, len(blocks))):
        return {}  # nothing left to take
    found: dict[int, str] = {}
    i = start
    while i + 1 < len(blocks):
        reason = _card_head(blocks[i]) if _is_card_text(blocks[i + 1]) else None
        if reason is None or _card_head(blocks[i + 1]) is not None:
            i += 1
            continue
        stride = _card_stride(blocks, i)
        shape = [b.path for b in blocks[i : i + stride]]
        j = i
        while (
            j + stride <= len(blocks)
            and [b.path for b in blocks[j : j + stride]] == shape
            and _is_card_text(blocks[j + 1])
            and _card_head(blocks[j]) == reason
        ):
            j += stride
        if (j - i) // stride >= MIN_CARDS:
            found.update((k, reason) for k in range(i, j) if kept[k] and k not in out)
        i = max(j, i + 1)
    return found


MAX_CARD_BLOCKS = 4  # a card's head, its text and a line or two under it (a comment's "Reply · Like")


def _card_stride(blocks: Sequence[Block], i: int) -> int:
    """How many blocks the card headed at `i` spans: up to the next block of the head's path, when
    that comes within `MAX_CARD_BLOCKS` (a comment's head, text and controls); else 2, a head
    and its text."""
    path = blocks[i].path
    return next((k - i for k in range(i + 2, min(len(blocks), i + MAX_CARD_BLOCKS + 1)) if blocks[k].path == path), 2)


MIN_REPEATED_TITLES = 3  # a grid's titles: three cards or more


def repeated_titles(
    blocks: Sequence[Block], kept: Sequence[bool], out: dict[int, str], element: tuple[str, int]
) -> dict[int, str]:
    """Short kept lines after the story's element, outside it, `MIN_REPEATED_TITLES` or more in one
    element path with dropped blocks between each two, not a list's or table's cells: the titles of
    a grid of cards whose pictures, dates and labels the model dropped ("New articles", "Pickup")."""
    by_path: dict[str, list[int]] = {}
    for i in range(element[1], len(blocks)):
        if not kept[i] or i in out or blocks[i].tag in _ITEM_TAGS:
            continue
        if not is_long_paragraph(blocks[i].text) and _container(blocks[i]) != element[0]:
            by_path.setdefault(blocks[i].path, []).append(i)
    found: dict[int, str] = {}
    for run in by_path.values():
        if len(run) >= MIN_REPEATED_TITLES and all(b - a > 1 and not any(kept[a + 1 : b]) for a, b in zip(run, run[1:])):
            found.update(dict.fromkeys(run, "related_list"))
    return found


def _card_head(block: Block) -> str | None:
    """What a card with this head is: `related_list` under a short linked line, `comment_thread`
    under a dateline ("NAME November 19, 2019 at 6:34 am"), else None."""
    if block.tag == "blockquote" or "blockquote" in block.ancestors or not at_most_words(block.text, MAX_CARD_HEAD_WORDS):
        return None  # an embedded post's signature ("— NAME (@handle) DATE") is not a comment's
    if block.mostly_links:
        return "related_list" if n_words(block.text) >= MIN_TEASER_HEAD_WORDS else None
    return "comment_thread" if is_byline_or_dateline(block.text) or is_handle_and_time(block.text) else None


def _is_card_text(block: Block) -> bool:
    """A card's text: a paragraph of a sentence or more (not a table cell, a definition or a list
    item, which repeat under linked terms in a page's own glossaries and tables)."""
    return (
        block.tag in _CARD_TEXT_TAGS
        and not block.mostly_links
        and n_words(block.text) >= MIN_CARD_TEXT_WORDS
        and block.text.rstrip().endswith(SENTENCE_CLOSE)
    )


def _story_element(blocks: Sequence[Block], story: Sequence[int]) -> tuple[str, int]:
    """The element most of the story's paragraphs sit in (`_container`) and where it ends: after
    its last story paragraph."""
    main = Counter(_container(blocks[i]) for i in story).most_common(1)[0][0]
    return main, max(i for i in story if _container(blocks[i]) == main) + 1


def _container(block: Block) -> str:
    """The block's parent and grandparent elements, as its path names them ("div.art>div.nl")."""
    return ">".join(block.path.split(">")[-3:-1])


def _own_container(block: Block) -> str:
    """The parent and grandparent elements of the block's own element (`own_element`), as its path
    names them: the same for a box's "p>strong" heading and its plain paragraph."""
    return _own_container_of(block.path)


@lru_cache(maxsize=4096)  # a page's blocks share a few dozen paths
def _own_container_of(path: str) -> str:
    parts = path.split(">")
    own = own_element(parts)
    if own is None:
        own = len(parts) - 1
    return ">".join(parts[max(0, own - 2) : own])


def is_bio_name(text: str, following: str) -> bool:
    """An author box's name line above the bio it introduces ("Priya Nair" / "Priya is the
    Herald's environment reporter …"): a few capitalised words, one of which opens the bio."""
    name = ACADEMIC_TITLES.sub("", text).split()  # "Dr. med. Lena Voss" / "Lena Voss ist …"
    if not 0 < len(name) <= MAX_BIO_NAME_WORDS or not all(w[:1].isupper() for w in name):
        return False
    bio = following.split()
    return len(bio) >= MIN_BIO_WORDS and bio[0] in name


_SIDEBAR_CLASS = re.compile(r"(?i)\.[\w-]*sidebar")


def in_sidebar(block: Block) -> bool:
    """Inside an element whose class names a sidebar ("sidebar-sponsor-post", "l-sidebar"), among
    the block's nearest elements (its path): a sidebar's promotions and teasers, not the story."""
    return bool(_SIDEBAR_CLASS.search(block.path))


def in_related_list(block: Block) -> bool:
    """Inside an element whose class names a related or recommended list ("jp-relatedposts",
    "articleRelated", "outbrain") or other posts' excerpts ("post-excerpt"), among the block's
    nearest elements (its path)."""
    return _RELATED_CLASS.found_in(block.path)


MAX_AUTHOR_TITLE_WORDS = 6


def author_cards(
    blocks: Sequence[Block], kept: Sequence[bool], out: dict[int, str], story: Sequence[int], element: str
) -> dict[int, str]:
    """An author card after the story: a kept line that is only a name a byline above the story
    gives ("Daniel Reyes" below the story of "By Daniel Reyes | …"), and the short line under it
    in its element, the job title ("Breaking news reporter"): `closing_matter`. Not in the story's
    `element`: a poem's or letter's signature there is the text's."""
    lines = [
        i
        for i in range(story[-1] + 1, len(blocks))
        if kept[i] and i not in out and at_most_words(blocks[i].text, MAX_META_STRIP_WORDS)
    ]
    if not lines:  # most pages: nothing short kept below the story
        return {}
    names = set()
    for i in range(story[0]):
        if at_most_words(blocks[i].text, MAX_META_STRIP_WORDS) and (name := byline_author(blocks[i].text)) and " " in name:
            names.add(name.casefold())
    found: dict[int, str] = {}
    for i in lines if names else ():
        if " ".join(blocks[i].text.split()).casefold() not in names:
            continue
        if _in_element(blocks[i], element):
            continue
        found[i] = "closing_matter"
        below = i + 1
        if (
            below < len(blocks)
            and kept[below]
            and below not in out
            and _container(blocks[below]) == _container(blocks[i])
            and at_most_words(blocks[below].text, MAX_AUTHOR_TITLE_WORDS)
            and not ends_a_sentence(blocks[below].text)
        ):
            found[below] = "closing_matter"
    return found


def after_the_story_inside(
    blocks: Sequence[Block], kept: Sequence[bool], story: Sequence[int], inside: Callable[[Block], bool]
) -> list[int]:
    """Kept blocks `inside` a container (comments, a sidebar, a related list) after the story's last
    long paragraph outside one in the story's own element (`_story_element`; in any element when
    none is outside one there): a sponsor's blurb the page lays out below its comments is no
    story paragraph that keeps the comments above it. Only when the story starts outside such a
    container: a page that wraps its story in one (a review, a post element marked
    "comments-open") says nothing by it."""
    if inside(blocks[story[0]]):
        return []
    outside = [i for i in story if not inside(blocks[i])]
    main = _story_element(blocks, story)[0]
    last = max((i for i in outside if _container(blocks[i]) == main), default=outside[-1])
    return [i for i in range(last + 1, len(blocks)) if kept[i] and inside(blocks[i])]


def is_hidden_line(block: Block) -> bool:
    """A short block a reader does not see: inside an element hidden by its attributes (`hidden`,
    `aria-hidden`, `display:none`) or by a hiding class among its nearest elements ("hidden",
    "sr-only", "visually-hidden", "screen-reader-text"): screen-reader labels, collapsed tag lists,
    share menus. A long paragraph stays (tabs and "read more" sections hide story text)."""
    return not is_long_paragraph(block.text) and ("hidden" in block.ancestor_hints or bool(_HIDDEN_CLASS.search(block.path)))


def is_menu_link(block: Block) -> bool:
    """A link line (`is_link_line`) inside a container whose class or id names navigation, a
    related list or a sidebar: a menu or teaser item, not the story (before it, where the frame
    looks for them)."""
    return is_link_line(block) and bool(MENU_HINTS & block.ancestor_hints)


# a blog's links to the next and previous posts ("div.nav-next>a", "nav.post-navigation", "div.prev-post")
_POST_NAVIGATION_CLASS = re.compile(
    r"(?i)\.(?:nav-(?:next|previous|prev)|post-nav(?:igation)?|(?:next|prev|previous)-(?:post|article|entry))\b"
)


def is_post_navigation(block: Block) -> bool:
    """A link line (`is_link_line`) in an element whose class names a blog's links to the next or
    previous post ("Das Stadtbuch von Boppard" in `div.nav-next`): another post, below the story."""
    return is_link_line(block) and bool(_POST_NAVIGATION_CLASS.search(block.path))


def is_caption(block: Block) -> bool:
    """An image's caption or credit by its markup: text inside a `figcaption` (also in a `span`
    within it), or an element whose class names it a caption or credit ("caption",
    "wp-caption-text", "image-credit", "a-credits"), or a short text (`MAX_CAPTION_WORDS`) whose
    parent's class does ("div.c-picture__caption>p.c-picture__title"). A table's `caption` is the table's. More than
    `MAX_MARKUP_CAPTION_WORDS` words is not a caption: themes wrap a whole post in
    "feat-image-with-caption". The labels of a chart drawn with ai2html (`div.g-artboard>…>
    p.g-pstyle0`, newsrooms' graphics tool: "Interest payments on the national debt", "RECESSIONS")
    are the graphic's text too."""
    if not _CAPTION_GATE.found_in(block.path) and "figcaption" not in block.ancestors:
        return False  # no part of the path could name one: most blocks
    if _CHART_LABEL.search(block.path):
        return True
    parts = block.path.split(">")
    own = own_element(parts)
    if own is None:
        own = len(parts) - 1
    in_figcaption = parts[-1].partition(".")[0] == "figcaption" or "figcaption" in block.ancestors
    by_markup = in_figcaption or any(_names_a_caption(part) for part in parts[own:])
    if not by_markup and own > 0 and at_most_words(block.text, MAX_CAPTION_WORDS):
        # a caption's parts in their own elements ("div.c-picture__caption>p.c-picture__source",
        # "div.caption>p>a" for a video's linked caption): a short text
        by_markup = _names_a_caption(parts[own - 1]) or bool(_IMAGE_BOX.search(parts[own - 1].partition(".")[2].lower()))
    return by_markup and at_most_words(block.text, MAX_MARKUP_CAPTION_WORDS)  # longer: a wrapper around the story


# a picture's box, whose short texts are its caption and credit ("div.picBox>p")
_IMAGE_BOX_NAME = r"(?:pic|picture|photo|image|img|foto|bild)[-_]?(?:box|wrap|wrapper|container|holder)"
_IMAGE_BOX = re.compile(rf"(?<![a-z]){_IMAGE_BOX_NAME}(?![a-z])")
_CHART_LABEL = re.compile(r"\.(?:g-artboard|g-pstyle\d|ai2html)(?![\w-])")
# a word every match of `_CAPTION_CLASS`, `_CREDIT_CLASS` and `_CHART_LABEL` holds: one search rules most paths out
_CAPTION_GATE = CaselessPattern(
    r"caption|cutline|desc|bildunterschrift|bildtext|legende|légende|didascalia|hmedia|pie|credit|g-artboard|g-pstyle|ai2html|"
    + _IMAGE_BOX_NAME
)


def _names_a_caption(part: str) -> bool:
    """Whether a path part's first class ("div.c-picture__caption") names a caption or credit."""
    first_class = part.partition(".")[2].lower()
    return bool(_CAPTION_CLASS.search(first_class) or _CREDIT_CLASS.search(first_class))


def decide_story(
    proba: np.ndarray,
    labels: list[str],
    threshold: float,
    blocks: Sequence[Block],
    title: str | None,
) -> tuple[np.ndarray, list[str], dict[int, str]]:
    """`model.decide`, then `frame_story`: the kept flags and labels the cleaner returns (the
    blocks framed out are `boilerplate`), and the rule that decided each block the frame dropped,
    or kept: `measure_line` for a run of measured values the model dropped beside a kept block
    (`measure_runs`), `headed_section` for a paragraph it dropped below a kept subheading
    (`headed_sections`), `story_heading` for a subheading it dropped between the story's
    paragraphs (`story_headings`), `story_lead` for a paragraph it dropped at the top of the
    story's element (`story_leads`), `story_gap` for one it dropped between two story paragraphs
    (`story_gaps`), `story_resumed` for one it dropped below a box inside the story
    (`story_resumptions`), `story_section` for a section it called filler between two story
    paragraphs in the story's element that does not restate the page (`story_sections`),
    `filler_island` for a block it kept between filler outside the story
    (`filler_islands`, labelled `seo_filler`), `best_available` when nothing else was kept. Training tunes and evaluates with the
    same decision."""
    kept, decided = decide(proba, labels, threshold, pooled=np.array([b.tag == "li" or b.table != -1 for b in blocks]))
    story = _kept_long_paragraphs(blocks, kept)  # what every rule bringing blocks back reads
    back = dict.fromkeys(measure_runs(blocks, kept), "measure_line")
    back.update(dict.fromkeys(headed_sections(blocks, kept, decided, story), "headed_section"))
    back.update(dict.fromkeys(story_headings(blocks, kept, story), "story_heading"))
    back.update(dict.fromkeys(story_leads(blocks, kept, decided, story), "story_lead"))
    filler = proba[:, labels.index("seo_filler")]
    back.update(dict.fromkeys(story_gaps(blocks, kept, filler), "story_gap"))
    back.update(dict.fromkeys(story_resumptions(blocks, kept, decided, filler, story), "story_resumed"))
    back.update(dict.fromkeys(story_lists(blocks, kept, decided, filler, story), "story_list"))
    brought = kept.copy()
    brought[list(back)] = True  # the tail follows what the story kept, subheadings brought back too
    back.update(dict.fromkeys(story_tails(blocks, brought, decided, filler, story), "story_tail"))
    back.update((i, "story_section") for i in story_sections(blocks, kept, decided, filler, story) if i not in back)
    for i in back:
        kept[i] = True
        decided[i] = "content"
    rules = frame_story([b.text for b in blocks], kept.tolist(), title, blocks)
    for i in rules:
        kept[i] = False
        decided[i] = "boilerplate"
    for i in filler_islands(blocks, kept, decided):
        kept[i] = False
        decided[i] = "seo_filler"
        rules[i] = "filler_island"
    rules.update((i, rule) for i, rule in back.items() if i not in rules)
    if not kept.any():
        for i in best_available(proba[:, labels.index("content")], decided, threshold, blocks, rules):
            kept[i] = True
            decided[i] = "content"
            rules[i] = "best_available"
    return kept, decided, rules


# A measured value, its label optional: "Calorías: 390 kcal", "Weight: 254 g", "250 ml", "Akku: 4000 mAh".
# Units of food, things and devices only: a fake profile's height and weight ("1.80 m", "75 kg") are a
# person's, and a widget's counts ("12,345 views", "89%") have no unit.
_MEASURE = (
    r"(?:[^\W\d][\w .()/-]{0,30}?\s*:\s*)?\d+(?:[.,\s]\d+)*\s*"
    r"(?:kcal|kj|cal|mg|µg|mcg|g|ml|cl|dl|l|m²|qm|mah|wh|w|kw|v|hz|khz|mhz|ghz|mb|gb|tb|mp|ppi|dpi)(?![\w²])"
)
_MEASURE_LINE = re.compile(rf"(?i)\s*{_MEASURE}(?:\s*[|·;,/]?\s*{_MEASURE})*\W{{0,2}}")
MAX_MEASURE_CHARS = 200


def is_measure_line(text: str) -> bool:
    """A line of measured values only (`_MEASURE`): a recipe's nutrition, a device's specs."""
    return (
        len(text) <= MAX_MEASURE_CHARS
        and (":" in text or text.lstrip()[:1].isdigit())  # a label's colon or the value first: most lines skip the pattern
        and bool(_MEASURE_LINE.fullmatch(text))
    )


MIN_SECTION_STORY_PARAGRAPHS = 2


def headed_sections(blocks: Sequence[Block], kept: np.ndarray, decided: Sequence[str], story: Sequence[int]) -> list[int]:
    """Long paragraphs the model dropped as boilerplate right below a kept subheading, in the element
    that holds at least `MIN_SECTION_STORY_PARAGRAPHS` kept long paragraphs: the section the
    kept heading opens ("Should I buy …?" and its answer closing a review). Not filler."""
    below_kept = np.flatnonzero(~kept[1:] & kept[:-1]) + 1  # dropped blocks right below a kept one
    candidates = [i for i in below_kept.tolist() if decided[i] == "boilerplate" and blocks[i - 1].tag in _SUBHEADING_TAGS]
    if not candidates:
        return []
    story_paths = Counter(blocks[j].path for j in story)
    found: list[int] = []
    for i in candidates:
        block, heading = blocks[i], blocks[i - 1]
        if story_paths[block.path] >= MIN_SECTION_STORY_PARAGRAPHS and is_long_paragraph(block.text):
            if _same_parent(heading, block):
                found.append(i)
    return found


MIN_LEAD_STORY_PARAGRAPHS = 3  # kept long paragraphs under one parent: the story's element
MAX_LEAD_GAP = 20  # blocks looked at above its first one (a photo and its credit, a video player's playlist)


def story_leads(blocks: Sequence[Block], kept: np.ndarray, decided: Sequence[str], story: Sequence[int]) -> list[int]:
    """Long `p` paragraphs the model dropped as boilerplate at the top of the story's element:
    under the parent holding most of the kept long paragraphs (`MIN_LEAD_STORY_PARAGRAPHS` or
    more), above the first of them, at most `MAX_LEAD_GAP` blocks up and not past a long paragraph
    under another parent. Right below the headline, with no story above it, a lead reads to the
    model like a dek or a teaser ("Okay, this is it. Back to school, again. …" above a photo);
    under the story's own parent it is the story's, and a dek there may stay by the convention.
    Not filler."""
    if len(story) < MIN_LEAD_STORY_PARAGRAPHS:
        return []
    parent, n = Counter(_parent(blocks[j]) for j in story).most_common(1)[0]
    if n < MIN_LEAD_STORY_PARAGRAPHS:
        return []
    first = next(j for j in story if _parent(blocks[j]) == parent)
    found: list[int] = []
    for i in range(first - 1, max(first - 1 - MAX_LEAD_GAP, -1), -1):
        block = blocks[i]
        if not is_long_paragraph(block.text):
            continue
        if _parent(block) != parent:
            break
        if not kept[i] and decided[i] == "boilerplate" and block.tag == "p":
            found.append(i)
    return found


def _parent(block: Block) -> str:
    """The block's parent element and those above it, as its path names them (the path ends at
    the block's first text's element: "div.body>h2>span" is an h2 in "div.body")."""
    parts = block.path.split(">")
    own = own_element(parts)
    if not own:  # the block's element is the path's first part (its parent lies beyond it), or beyond the path
        return block.path.rsplit(">", 1)[0]
    return ">".join(parts[:own])


def _kept_long_paragraphs(blocks: Sequence[Block], kept: np.ndarray) -> list[int]:
    """The kept long paragraphs (`is_long_paragraph`), in page order: the story the model found."""
    return [j for j, (b, k) in enumerate(zip(blocks, kept)) if k and is_long_paragraph(b.text)]


def _same_parent(a: Block, b: Block) -> bool:
    """Whether two blocks sit in the same parent element, as their paths name it."""
    return _parent(a) == _parent(b)


def _same_parent_by_end(a: Block, b: Block) -> bool:
    """`_same_parent`, the parents compared by their common end: a path names its last few
    elements only, so a block whose text sits in inline elements ("h2>span.mw-headline") names
    fewer elements above its own."""
    pa, pb = _parent(a), _parent(b)
    return pa == pb or (bool(pa) and bool(pb) and (pa.endswith(">" + pb) or pb.endswith(">" + pa)))


_SUBHEADING_TAGS = HEADING_TAGS - {"h1"}


def measure_runs(blocks: Sequence[Block], kept: np.ndarray) -> list[int]:
    """Dropped runs of measure lines (`is_measure_line`), with a dropped subheading right above
    them, beside a kept block: a recipe's nutrition or a product's specs under their heading. The
    model reads "label: value" as a fake profile's fields; values with units of food and devices
    are the story's."""
    beside = np.flatnonzero(~kept & (np.append(kept[1:], False) | np.insert(kept[:-1], 0, False))).tolist()
    # and below a dropped subheading next to a kept block ("Nutrition" above "Calories: 312kcal | …")
    below_heading = [i + 1 for i in beside if blocks[i].tag in _SUBHEADING_TAGS and i + 1 < len(blocks) and not kept[i + 1]]
    found: set[int] = set()
    for i in sorted({*beside, *below_heading}):
        if i in found or not is_measure_line(blocks[i].text):
            continue
        first, end = i, i + 1
        while first > 0 and not kept[first - 1] and is_measure_line(blocks[first - 1].text):
            first -= 1
        while end < len(blocks) and not kept[end] and is_measure_line(blocks[end].text):
            end += 1
        if first > 0 and not kept[first - 1] and blocks[first - 1].tag in _SUBHEADING_TAGS:
            first -= 1  # the run's own heading
        if (first > 0 and kept[first - 1]) or (end < len(blocks) and kept[end]):
            found.update(range(first, end))
    return sorted(found)


MAX_ISLAND_BLOCKS = 3
_LABEL_VALUE = re.compile(r"[^:.!?]{1,40}:\s")  # "Gender: All", "When: Tuesdays from 8 p.m."


def _is_record_line(block: Block) -> bool:
    """A list item, table cell or "label: value" line: a directory's or profile's record, which the
    model may read as a fake profile's field around its true ones."""
    return block.tag in _ITEM_TAGS or bool(_LABEL_VALUE.match(block.text))


def filler_islands(blocks: Sequence[Block], kept: np.ndarray, decided: Sequence[str]) -> list[int]:
    """Runs of at most `MAX_ISLAND_BLOCKS` kept blocks with filler right above and right below
    them, outside the element paths that hold `MIN_SECTION_STORY_PARAGRAPHS` or more of the
    story's kept long paragraphs: a spam page's filler the model
    missed between filler it caught (a first-person summary between "Key Takeaways" and an FAQ, an
    FAQ's questions between their generated answers). Not a list item, table cell or "label:
    value" line (`_is_record_line`): a directory's record between fields the model took for a
    fake profile's."""
    if "seo_filler" not in decided:  # most pages: nothing to be an island in
        return []
    long_kept = _kept_long_paragraphs(blocks, kept)
    per_path = Counter(blocks[j].path for j in long_kept)
    story_paths = {path for path, n in per_path.items() if n >= MIN_SECTION_STORY_PARAGRAPHS}
    found: list[int] = []
    i = 1
    while i < len(blocks) - 1:
        if not kept[i] or decided[i - 1] != "seo_filler":
            i += 1
            continue
        end = i
        while end < len(blocks) and kept[end]:
            end += 1
        if (
            end < len(blocks)
            and end - i <= MAX_ISLAND_BLOCKS
            and decided[end] == "seo_filler"
            and not any(blocks[j].path in story_paths or _is_record_line(blocks[j]) for j in range(i, end))
            and not _holds_the_story(long_kept, range(i, end))
        ):
            found.extend(range(i, end))
        i = end
    return found


def _holds_the_story(long_kept: Sequence[int], run: range) -> bool:
    """Whether a run holds the story: `MIN_SECTION_STORY_PARAGRAPHS` or more of the page's kept long
    paragraphs and at least half of them (a plain text's story, whose lines name no element, between
    a menu and a share line the model took for filler)."""
    inside = sum(j in run for j in long_kept)
    return inside >= MIN_SECTION_STORY_PARAGRAPHS and 2 * inside >= len(long_kept)


MIN_SECTION_BLOCKS = 2
MAX_RESTATED_SHARE = 0.2  # of a section's word trigrams found in the rest of the page: more is a summary's


def _trigrams(text: str) -> set[tuple[str, ...]]:
    found = words(text)
    return set(zip(found, found[1:], found[2:]))


def story_sections(
    blocks: Sequence[Block], kept: np.ndarray, decided: Sequence[str], filler: np.ndarray, story: Sequence[int]
) -> list[int]:
    """Runs of blocks the model called filler between two kept story paragraphs, every one of them
    in the story's own element (a list's items in a list directly inside it): a section of a
    first-person post ("What I do now", three short items, "My last project …") reads to the model
    like a generated summary's heading, bullets and claim. Filler planted into a story sits in an
    element of its own, and a generated summary restates the page: not a run that repeats the
    page's wording (`MAX_RESTATED_SHARE`), one with a "label: value" line (a fake profile's
    fields), a paragraph that ends no sentence (a keyword line), one the model is sure of
    (`MAX_GAP_FILLER`), one longer than a box (`MAX_BOX_BLOCKS`), a lone block or headings alone
    (`story_headings` and `story_gaps` decide those). HTML only: a text dump's blocks have no
    element to tell."""
    if "seo_filler" not in decided:
        return []
    per_parent = Counter(_parent(blocks[j]) for j in story)
    found: list[int] = []
    i = 1
    while i < len(blocks) - 1:
        if decided[i] != "seo_filler" or not kept[i - 1]:
            i += 1
            continue
        end = i
        while end < len(blocks) and decided[end] == "seo_filler":
            end += 1
        above, run = i - 1, range(i, end)
        parent = _parent(blocks[above])
        if (
            end < len(blocks)
            and kept[end]
            and MIN_SECTION_BLOCKS <= end - i <= MAX_BOX_BLOCKS  # a lone block: `story_headings`, `story_gaps`
            and per_parent[parent] >= MIN_SECTION_STORY_PARAGRAPHS
            and blocks[above].source == "html"
            and blocks[above].tag == blocks[end].tag == "p"
            and ends_a_sentence(blocks[above].text)
            and ends_a_sentence(blocks[end].text)
            and _parent(blocks[end]) == parent
            and all(_in_section_of(blocks[j], parent) and filler[j] < MAX_GAP_FILLER for j in run)
            and any(blocks[j].tag not in HEADING_TAGS for j in run)
            and all(blocks[j].tag != "p" or ends_a_sentence(blocks[j].text) for j in run)
            and not any(_LABEL_VALUE.match(blocks[j].text) for j in run)
            and not _restates(blocks, kept, run)
        ):
            found.extend(run)
        i = end
    return found


def _in_section_of(block: Block, parent: str) -> bool:
    """Whether a block sits in the element `parent` names, or is an item of a list that does (a
    path names the last few elements only: a list's is compared by its end)."""
    if block.tag != "li":
        return _parent(block) == parent
    list_parent = _parent(block).rsplit(">", 1)[0]
    return parent == list_parent or parent.endswith(">" + list_parent)


def _restates(blocks: Sequence[Block], kept: np.ndarray, run: range) -> bool:
    """Whether a run of blocks repeats the wording of the page's kept blocks (`MAX_RESTATED_SHARE`)."""
    own = set().union(*(_trigrams(blocks[j].text) for j in run))
    rest = set().union(*(_trigrams(b.text) for j, b in enumerate(blocks) if kept[j] and j not in run))
    return bool(own) and len(own & rest) > MAX_RESTATED_SHARE * len(own)


MAX_STORY_HEADING_WORDS = 15


MAX_GAP_FILLER = 0.9  # the filler probability of a paragraph the model is sure about


def story_gaps(blocks: Sequence[Block], kept: np.ndarray, filler: np.ndarray) -> list[int]:
    """Long paragraphs of prose the model dropped between two kept paragraphs (`p`), all three under
    one parent: a story paragraph that reads to the model like a summary of the story ("I also
    swapped half of the flour for rye …" in a first-person post that restates its title, 0.76
    filler). Not one the model is sure is filler (`MAX_GAP_FILLER`; beyond the content envelope it
    is 1.0): keyword stuffing planted between a story's paragraphs stays out."""
    gaps = np.flatnonzero(~kept[1:-1] & kept[:-2] & kept[2:]) + 1  # dropped blocks between two kept ones
    found: list[int] = []
    for i in gaps.tolist():
        above, block, below = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            above.tag == block.tag == below.tag == "p"
            and filler[i] < MAX_GAP_FILLER
            and is_long_paragraph(block.text)
            and block.text.rstrip().endswith(SENTENCE_CLOSE)
            and _same_parent(above, block)
            and _same_parent(block, below)
        ):
            found.append(i)
    return found


MAX_STORY_LIST_BLOCKS = 80  # a list's items or a table's cells
_ITEM_DEPTH = {"li": 1, "td": 3}  # how far an item's element sits below its list's (ul>li) or table's (table>tbody>tr>td)


def story_lists(
    blocks: Sequence[Block], kept: np.ndarray, decided: Sequence[str], filler: np.ndarray, story: Sequence[int]
) -> list[int]:
    """Lists and data tables the model dropped whole right below a kept paragraph of the story's
    element (one that holds `MIN_SECTION_STORY_PARAGRAPHS` of its long paragraphs, or one when the
    paragraph introduces the list with a colon), the list's or
    table's element a sibling of it, with a dropped subheading right above: a guide's tips and its
    table of values ("Raumtemperatur um ein Grad senken", "Wohnzimmer | 20 Grad"), which the model
    reads as a menu. The story goes on below them: in a kept paragraph of that element, or in
    dropped sentences of it (`is_story_sentence`, brought back too). Not links (a related list),
    nothing the model called filler, no list whose elements' classes name a menu, share bar or
    other page part (`ul.mobileNav`)."""
    if not story:
        return []
    runs = _dropped_item_runs(blocks, kept)
    if not runs:
        return []
    kept_at = np.flatnonzero(kept).tolist()
    story_parents: Counter[str] | None = None  # built for the first run below a kept paragraph (most pages have none)
    in_runs: set[int] | None = None
    found: list[int] = []
    for run in runs:
        k = bisect_left(kept_at, run.start)
        if k == 0 or blocks[kept_at[k - 1]].tag != "p":
            continue
        above = kept_at[k - 1]
        before = blocks[above]
        introduced = above == run.start - 1 and before.text.rstrip().endswith(":")
        if story_parents is None:
            story_parents = Counter(_parent(blocks[j]) for j in story)
        if story_parents[_parent(before)] < (1 if introduced else MIN_SECTION_STORY_PARAGRAPHS) or not _is_story_list(
            blocks, run, before, decided, filler, introduced
        ):
            continue
        below = run.stop
        in_runs = in_runs if in_runs is not None else {j for other in runs for j in other}
        while below in in_runs:  # a table right below the list
            below += 1
        resumed = _dropped_sentences(blocks, kept, decided, filler, below, before, MIN_SHORT_STORY_WORDS)
        below += len(resumed)
        goes_on = below < len(blocks) and kept[below] and blocks[below].tag == "p" and _same_parent(blocks[below], before)
        if not (resumed or goes_on):
            continue
        found.extend([*run, *resumed])
        heading = blocks[run.start - 1]
        if (
            run.start - 1 > above
            and heading.tag in _SUBHEADING_TAGS
            and at_most_words(heading.text, MAX_STORY_HEADING_WORDS)
            and _element_depth(heading) == _element_depth(before)
        ):
            found.append(run.start - 1)
    return sorted(set(found))


def _dropped_item_runs(blocks: Sequence[Block], kept: np.ndarray) -> list[range]:
    """Runs of two or more dropped list items (`li`) or cells of one data table, each a whole list
    or table as far as the dropped blocks go (fewer than `MAX_STORY_LIST_BLOCKS`)."""
    runs: list[range] = []
    start = prev = -2
    key: object = None
    items = [i for i in np.flatnonzero(~kept).tolist() if blocks[i].tag == "li" or blocks[i].table != -1]
    for i in [*items, -1]:  # -1: past the last, to close the last run
        this = _item_key(blocks[i]) if i >= 0 else None
        if this is not None and i == prev + 1 and this == key:
            prev = i
            continue
        if key is not None and 1 <= prev - start < MAX_STORY_LIST_BLOCKS:
            runs.append(range(start, prev + 1))
        start = prev = i
        key = this
    return runs


def _item_key(block: Block) -> object:
    """What a list's items or a table's cells share: the table's number for a cell, "li" for a
    list item, None for any other block."""
    return block.table if block.table != -1 else "li" if block.tag == "li" else None


def _is_story_list(
    blocks: Sequence[Block], run: range, before: Block, decided: Sequence[str], filler: np.ndarray, introduced: bool
) -> bool:
    """Whether a dropped list or table (`run`) below the kept paragraph `before` is of the story: a
    sibling of it, not links, not filler (unless `before` introduces it right above it with a colon
    and the model is not sure: "Here's what the company reported …:" above "Revenue: $27.22 billion
    vs. $27.52 billion expected", fields to the model), no page part's class on its elements."""
    allowed = ("boilerplate", "seo_filler") if introduced else ("boilerplate",)
    first = blocks[run.start]
    step = _ITEM_DEPTH.get(first.tag)
    return (
        step is not None
        and before.tag == "p"
        and all(decided[j] in allowed and filler[j] < MAX_GAP_FILLER for j in run)
        and sum(blocks[j].link_chars for j in run) * 2 <= sum(len(blocks[j].text) for j in run)
        and all(_element_depth(blocks[j]) == _element_depth(before) + step for j in run if blocks[j].tag == first.tag)
        and not any((blocks[j].ancestor_hints | blocks[j].self_hints) - before.ancestor_hints for j in run)
    )


def _element_depth(block: Block) -> int:
    """How deep the block's own element (`own_element`) sits: its depth without the inline elements
    its first text is in."""
    parts = block.path.split(">")
    own = own_element(parts)
    return block.depth - (len(parts) - 1 - own) if own is not None else block.depth


MIN_TAIL_WORDS = 5


def story_tails(
    blocks: Sequence[Block], kept: np.ndarray, decided: Sequence[str], filler: np.ndarray, story: Sequence[int]
) -> list[int]:
    """Sentences the model dropped right after the story's last paragraph and what it kept below
    it (a subheading and its list), under the paragraph's parent (`p`): a short story's closing
    line ("Fragen beantwortet das Bauamt unter Telefon 07661 9305-20.") reads to the model like a
    contact box. Each one a sentence of `MIN_TAIL_WORDS` words or more the model did not call
    filler; the frame then takes what closes a story (credits, bios, calls) out as it does from
    kept lines. `story`: the kept long paragraphs (`_kept_long_paragraphs`)."""
    if not story or blocks[story[-1]].tag != "p":
        return []
    last = story[-1]
    i = last + 1
    while i < len(blocks) and kept[i]:
        i += 1
    return _dropped_sentences(blocks, kept, decided, filler, i, blocks[last], MIN_TAIL_WORDS)


def _dropped_sentences(
    blocks: Sequence[Block],
    kept: np.ndarray,
    decided: Sequence[str],
    filler: np.ndarray,
    start: int,
    anchor: Block,
    min_words: int,
) -> list[int]:
    """The run of paragraphs (`p`) from `start` on that the model dropped as boilerplate, not sure
    of filler (`MAX_GAP_FILLER`), in `anchor`'s parent, each a sentence of `min_words` words or more."""
    found: list[int] = []
    i = start
    while (
        i < len(blocks)
        and not kept[i]
        and decided[i] == "boilerplate"
        and filler[i] < MAX_GAP_FILLER
        and blocks[i].tag == "p"
        and _same_parent(blocks[i], anchor)
        and _has_words(blocks[i].text, min_words)
        and ends_a_sentence(blocks[i].text)
    ):
        found.append(i)
        i += 1
    return found


MAX_BOX_BLOCKS = 12  # the short blocks of a box inside the story (a "read also" list, a player, an ad)


def is_story_sentence(text: str) -> bool:
    """A paragraph a story may be written in: a sentence of `MIN_SHORT_STORY_WORDS` words or more."""
    return _has_words(text, MIN_SHORT_STORY_WORDS) and ends_a_sentence(text)


def _has_words(text: str, n: int) -> bool:
    """Whether `text` has `n` words or more (split no further than that)."""
    return len(text.split(None, n)) >= n


def story_resumptions(
    blocks: Sequence[Block], kept: np.ndarray, decided: Sequence[str], filler: np.ndarray, story: Sequence[int]
) -> list[int]:
    """Long paragraphs of prose the model dropped where the story resumes below a box inside it:
    in the element path that holds most of the kept long paragraphs (`MIN_LEAD_STORY_PARAGRAPHS`
    or more), with only short blocks (at most `MAX_BOX_BLOCKS`) between them and a kept story
    paragraph of that path above ("Der Gemeinderat will …" below an "Auch interessant" list: the
    model reads a paragraph right below a list of links as a teaser). Not one right below a
    heading (a teaser's, or a section's: `headed_sections`), one the model is sure is filler
    (`MAX_GAP_FILLER`) or one it called filler."""
    # the story's paragraphs: kept texts of a sentence's length (one may end in a colon, above a list), not links
    paragraphs = [
        j
        for j, block in enumerate(blocks)
        if kept[j] and not block.mostly_links and _has_words(block.text, MIN_SHORT_STORY_WORDS)
    ]
    if len(paragraphs) < MIN_LEAD_STORY_PARAGRAPHS:
        return []
    path, n = Counter(blocks[j].path for j in paragraphs).most_common(1)[0]
    if n < MIN_LEAD_STORY_PARAGRAPHS:
        return []
    found: list[int] = []
    for i, block in enumerate(blocks):
        if (
            kept[i]
            or block.path != path
            or decided[i] != "boilerplate"
            or filler[i] >= MAX_GAP_FILLER
            or blocks[i - 1].tag in HEADING_TAGS  # a teaser's or a section's (`headed_sections`)
            or not is_story_sentence(block.text)
        ):
            continue
        # the nearest paragraph above, past the box's short blocks, is a kept one of the story's path
        above = next((j for j in range(i - 1, max(i - 2 - MAX_BOX_BLOCKS, -1), -1) if is_story_sentence(blocks[j].text)), None)
        if above is not None and kept[above] and blocks[above].path == path:
            found.append(i)
    return found


def story_headings(blocks: Sequence[Block], kept: np.ndarray, story: Sequence[int]) -> list[int]:
    """Subheadings the model dropped between the story's paragraphs: right above a kept long
    paragraph, under the same parent, in the element path that holds at least
    `MIN_SECTION_STORY_PARAGRAPHS` kept long paragraphs, one of them above the heading ("Welche
    Rechte haben Fahrgäste?": the model reads a question heading as a generated summary's), and
    right above a kept table's or list's first item in that element ("Programm" above a schedule), and
    right above the element's first story paragraph when a kept subheading like it follows ("What
    happened" above the story, "So what" below)."""
    above_kept = np.flatnonzero(~kept[:-1] & kept[1:])  # dropped blocks right above a kept one
    candidates = [
        i
        for i in above_kept.tolist()
        if blocks[i].tag in _SUBHEADING_TAGS and at_most_words(blocks[i].text, MAX_STORY_HEADING_WORDS)
    ]
    if not candidates:
        return []
    per_path = Counter(blocks[j].path for j in story)
    first_at: dict[str, int] = {}  # each path's first story paragraph
    for j in story:
        first_at.setdefault(blocks[j].path, j)
    per_parent = Counter(_parent(blocks[j]) for j in story)
    found: list[int] = []
    for i in candidates:
        heading, below = blocks[i], blocks[i + 1]
        if below.tag in _ITEM_TAGS and not is_long_paragraph(below.text):
            # a table's or list's heading ("Programm" above a schedule) in the element the story's paragraphs are in
            parent = _parent(heading)
            if per_parent[parent] >= MIN_SECTION_STORY_PARAGRAPHS and below.depth > heading.depth:
                if any(j < i and _parent(blocks[j]) == parent for j in story):
                    found.append(i)
            continue
        if is_long_paragraph(below.text):
            if per_path[below.path] < MIN_SECTION_STORY_PARAGRAPHS:
                continue
        elif below.path not in first_at or not _between_story_sentences(blocks, kept, i):
            continue
        # a heading whose text sits in an inline element ("h2>span.mw-headline") names fewer elements
        # above it: compared by their end, when it is not a teaser's link or a stamp
        if first_at[below.path] < i and (
            _same_parent(heading, below)
            or (_same_parent_by_end(heading, below) and not heading.mostly_links and not is_meta_strip(heading.text))
        ):
            found.append(i)
        elif first_at[below.path] == i + 1 and _same_parent(heading, below) and _heads_like_a_kept_one(blocks, kept, i):
            found.append(i)
    return found


MAX_SECTION_LOOK = 60  # blocks below a subheading searched for the story's next one


def _heads_like_a_kept_one(blocks: Sequence[Block], kept: np.ndarray, i: int) -> bool:
    """Whether a kept subheading of the same tag and parent follows the heading at `i` within
    `MAX_SECTION_LOOK` blocks: the story's first section's heading above its first paragraph ("What
    happened" above the story, "So what" kept further down)."""
    heading = blocks[i]
    return any(
        kept[j] and blocks[j].tag == heading.tag and _same_parent(blocks[j], heading)
        for j in range(i + 2, min(len(blocks), i + MAX_SECTION_LOOK))
    )


_ITEM_TAGS = frozenset({"td", "th", "li", "dt", "dd"})
MIN_SENTENCE_WORDS = 10  # a kept paragraph below a subheading between two of the story's: a sentence, not a label


def _between_story_sentences(blocks: Sequence[Block], kept: np.ndarray, i: int) -> bool:
    """Whether the subheading at `i` sits between two kept paragraphs of one element path, the one
    below it a sentence (`MIN_SENTENCE_WORDS`, closed by its punctuation) shorter than a long paragraph
    ("Critics say rebate hides real cost" above a story's last, short paragraph)."""
    above, below = blocks[i - 1] if i > 0 else None, blocks[i + 1]
    return (
        above is not None
        and bool(kept[i - 1])
        and above.path == below.path
        and below.text.endswith(SENTENCE_CLOSE)
        and not at_most_words(below.text, MIN_SENTENCE_WORDS - 1)
    )


def best_available(
    content: np.ndarray, decided: list[str], threshold: float, blocks: Sequence[Block], framed: dict[int, str]
) -> list[int]:
    """When nothing clears the threshold: the long paragraphs beside the most probable one (same
    element path), if it scores at least `BEST_AVAILABLE_SHARE` of the threshold. A one-paragraph
    story the model doubts is still the page's article; filler, what the frame dropped and what it
    drops wherever it sits (`_anywhere_shape`) are not."""
    candidates = [
        i
        for i, b in enumerate(blocks)
        if decided[i] == "boilerplate"
        and i not in framed
        and content[i] >= BEST_AVAILABLE_SHARE * threshold
        and is_long_paragraph(b.text)
        and _anywhere_shape(b.text, ()) is None  # a comment form's note, a legal notice: no story
    ]
    if not candidates:
        return []
    best = max(candidates, key=lambda i: content[i])
    path = blocks[best].path
    return [
        i
        for i, b in enumerate(blocks)
        if b.path == path
        and decided[i] == "boilerplate"
        and i not in framed
        and is_long_paragraph(b.text)
        and _anywhere_shape(b.text, ()) is None
    ]
