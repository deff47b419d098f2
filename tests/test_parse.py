import re

import cleanpage
from cleanpage.parse import _HINT_RE, HINT_PATTERNS, attribute_hints, list_runs, parse_html, parse_text
from cleanpage.records import Block


def test_html_blocks_keep_order_tags_and_context(article_html):
    blocks, meta = parse_html(article_html)
    texts = [b.text for b in blocks]
    assert meta["title"] == "River towns brace for the spring flood season | The Valley Courier"
    assert meta["url"] == "https://valleycourier.example/news/river-towns-flood"
    assert texts.index("River towns brace for the spring flood season") < texts.index("Engineers inspect the levee")
    headline = blocks[texts.index("River towns brace for the spring flood season")]
    assert headline.tag == "h1"
    assert "article" in headline.ancestors
    assert "content" in headline.ancestor_hints  # class="story"
    home = blocks[texts.index("Home")]
    assert home.tag == "li" and "nav" in home.ancestors and home.link_chars == len("Home")
    comment = blocks[texts.index("Stay safe everyone, good luck!")]
    assert "comment" in comment.ancestor_hints
    assert [b.index for b in blocks] == list(range(len(blocks)))


def test_scripts_styles_and_comments_are_skipped():
    blocks, _ = parse_html(
        "<html><head><style>p{}</style></head><body><script>var x=1;</script>"
        "<!-- hidden note --><p>Visible text.</p><noscript>Enable JS</noscript></body></html>"
    )
    assert [b.text for b in blocks] == ["Visible text."]


def test_inline_markup_joins_and_double_br_splits():
    blocks, _ = parse_html("<div>One <b>bold</b> <a href=x>link</a><br>same block<br><br>next block</div>")
    assert [b.text for b in blocks] == ["One bold link same block", "next block"]
    assert blocks[0].n_links == 1 and blocks[0].link_chars == 4


def test_preformatted_blocks_keep_their_lines_and_indentation():
    """Code in `pre` keeps its layout (the markdown output fences it); other blocks' whitespace collapses."""
    html = "<pre><code>def f(x):\n    return x   \n\n\nprint(f(1))\n</code></pre><p>A\n  paragraph.</p><pre>  \n </pre>"
    blocks, _ = parse_html(f"<html><body>{html}</body></html>")
    assert [b.text for b in blocks] == ["def f(x):\n    return x\n\n\nprint(f(1))", "A paragraph."]
    assert blocks[0].tag == "pre"


def test_neighbouring_elements_written_without_a_space_are_two_words():
    """Menus, tag lists and byline strips set their items apart with styles, not spaces; words
    split by markup (a drop cap, a link in a word, a formula's subscript) stay one word."""
    cases = {
        "<p><a href=/n>News</a><a href=/s>Sport</a><a href=/w>Weather</a></p>": "News Sport Weather",
        "<p><span>By Priya Nair</span><span>Published 6:12 AM</span><span>5 min read</span></p>": (
            "By Priya Nair Published 6:12 AM 5 min read"
        ),
        "<p><span class=dropcap>W</span>ater rose <b>fast</b> in un<a href=x>believ</a>able ways</p>": (
            "Water rose fast in unbelievable ways"
        ),
        "<p>CO<sub>2</sub> and Ig<sup>M</sup> levels</p>": "CO2 and IgM levels",
        "<p>東京<a href=x>2020</a>年</p>": "東京2020年",
        # a sentence's end, then a capital: "Tried this recipe?" + "Mention …"; a figure's dot stays
        "<p><span>Tried this recipe?</span><span>Mention us!</span></p>": "Tried this recipe? Mention us!",
        "<p>Version <b>2.</b><b>3</b> is out.</p>": "Version 2.3 is out.",
    }
    for html, text in cases.items():
        assert [b.text for b in parse_html(html)[0]] == [text], html


def test_deep_nesting_does_not_recurse():
    depth = 20_000
    blocks, _ = parse_html("<div>" * depth + "deep text" + "</div>" * depth)
    assert [b.text for b in blocks] == ["deep text"]


def test_attribute_hints():
    assert attribute_hints("top-nav menu") == frozenset({"nav"})
    assert {"comment", "sidebar"} <= attribute_hints("sidebar comments-list")
    assert attribute_hints("xyz") == frozenset()


def test_anchored_hints_match_whole_class_names():
    """`ad` and `tags` patterns are anchored: they name a class only when the whole name fits."""
    assert attribute_hints("shadow loaded") == frozenset()
    assert attribute_hints("card ad") == frozenset({"ad"})
    assert attribute_hints("header-ad") >= {"ad", "header"}
    assert "meta" in attribute_hints("post-tags") and "meta" not in attribute_hints("tagsmith")


def test_plain_text_paragraphs_lists_and_key_values():
    text = (
        "Title of the piece\n\nA paragraph that was hard-wrapped by the scraper because its lines are long enough\n"
        "to wrap, and it goes on here.\n\n  1. First point:\n    • a bullet\n\nName: Jane Roe\nPhone: +1 555 0100\n\n"
        "Top Articles\nLatest Posts\n"
    )
    blocks = parse_text(text)
    assert [(b.tag, b.text) for b in blocks] == [
        ("p", "Title of the piece"),
        ("p", "A paragraph that was hard-wrapped by the scraper because its lines are long enough to wrap, and it goes on here."),
        ("li", "First point:"),
        ("li", "a bullet"),
        ("kv", "Name: Jane Roe"),
        ("kv", "Phone: +1 555 0100"),
        ("p", "Top Articles"),
        ("p", "Latest Posts"),
    ]
    assert all(b.source == "text" for b in blocks)


def test_metadata_from_meta_tags():
    _, meta = parse_html(
        '<html><head><title>Plain title</title><meta property="og:title" content="OG title">'
        '<meta name="author" content="Ada Lovelace"><meta property="og:site_name" content="The Site">'
        '<meta property="article:published_time" content="2023-05-17T08:00:00Z">'
        '<link rel="canonical" href="https://example.org/a"><meta name="description" content="A summary.">'
        '<meta property="og:image" content="https://example.org/a.jpg"><meta http-equiv="x" content="y">'
        "</head><body><p>x</p></body></html>"
    )
    assert meta == {
        "title": "OG title",
        "author": "Ada Lovelace",
        "date": "2023-05-17",
        "sitename": "The Site",
        "url": "https://example.org/a",
        "description": "A summary.",
        "image": "https://example.org/a.jpg",
        "language": None,
    }
    _, meta = parse_html('<html lang="pt-BR"><head><meta property="og:locale" content="en_US"></head><body></body></html>')
    assert meta["language"] == "pt"  # <html lang> first, primary subtag
    _, meta = parse_html('<html><head><meta property="og:locale" content="en_US"></head><body></body></html>')
    assert meta["language"] == "en"
    _, meta = parse_html("<html><body><time datetime='2020-01-02'>Jan 2</time><p>x</p></body></html>")
    assert meta["date"] == "2020-01-02" and meta["title"] is None


def test_list_runs_are_consecutive_list_items_of_any_markup():
    html = (
        "<p>Intro</p><ul><li>One</li><li>Two</li></ul><p>Middle</p><ul><li>Alone</li></ul><h2>Points</h2>"
        "<p>• First point</p><p>• Second point</p><ol><li>Third</li></ol><p>End.</p>"
    )
    blocks = parse_html(html)[0]
    runs = [[blocks[i].text for i in run] for run in list_runs(blocks)]
    assert runs == [["One", "Two"], ["• First point", "• Second point", "Third"]]
    text_blocks = parse_text("Intro.\n\n- one\n- two\n\n1. three\n\nEnd.")
    assert [[text_blocks[i].text for i in run] for run in list_runs(text_blocks)] == [["one", "two", "three"]]
    assert list_runs([Block("x", 0, tag="li")]) == [] and list_runs([]) == []


def test_attribute_hints_are_the_union_of_each_names_hints():
    # The parser caches hint groups per class name: right only while no pattern spans two names.
    # Every hint word cut in two at every point, as two names, must name what the two name alone.
    words = {re.sub(r"[^a-z-]", "", alt) for pattern in HINT_PATTERNS.values() for alt in pattern.split("|")}
    pairs = [(w[:k], w[k:]) for w in words for k in range(1, len(w))] + [(a, b) for a in words for b in ("x", "-", "ad")]
    assert len(pairs) > 500
    for first, second in pairs:
        value = f"{first} {second}"
        whole = frozenset(m.lastgroup for m in _HINT_RE.finditer(f"{first}\n{second}") if m.lastgroup)
        assert attribute_hints(value) == whole, value


def test_a_line_break_is_kept_for_output_not_for_the_model():
    """A `<br>` inside a paragraph (an address, opening hours) is a line of `Result.text` and of
    the paragraph, while the block's text, what the model reads, has a space there; a table's
    cell and a heading stay one line."""
    blocks, _ = parse_html("<p>Opening hours:<br>Mon–Fri: 9–17 <br>\n Sat: 10–14<br></p><pre>a<br>b</pre>")
    assert blocks[0].text == "Opening hours: Mon–Fri: 9–17 Sat: 10–14"
    assert blocks[0].lines_text == "Opening hours:\nMon–Fri: 9–17\nSat: 10–14"
    assert blocks[1].text == "a\nb" and blocks[1].breaks == ()
    html = (
        "<html><head><title>Library hours</title></head><body><article><h1>Library hours</h1>"
        "<p>The town library extends its opening hours from January, the council decided on Tuesday after a "
        "year of requests from readers who work during the week and could only come on Saturday mornings.</p>"
        "<p>Until now the library closed at five on weekdays and did not open on Saturday afternoons at all, which "
        "left many commuters, students with jobs and parents of young children without a way to borrow books.</p>"
        "<h2>New<br>hours</h2><p>Opening hours:<br>Mon–Fri: 9–17<br>Sat: 10–14</p>"
        "<ul><li>Entry free<br>for members</li><li>Two euros for guests</li></ul>"
        "<p>A part-time post the council approved in the autumn pays for the extra hours, the head librarian "
        "said, and the reading room will stay open until seven in the evening on weekdays.</p></article></body></html>"
    )
    result = cleanpage.clean(html)
    assert "\n\nOpening hours:\nMon–Fri: 9–17\nSat: 10–14\n\n" in result.text
    assert "- Entry free\n  for members" in result.markdown
    assert "## New hours" in result.markdown


def test_a_headings_permalink_mark_is_no_text():
    """Sphinx, MkDocs and blog themes put a link showing "¶" or "#" after every heading: a link
    whose whole text is such a mark shows no words; a link with words, or a hashtag, stays."""
    html = (
        '<h2>Configuration<a class="headerlink" href="#configuration">¶</a></h2>'
        '<h3><a class="anchor" href="#usage">#</a>Usage</h3>'
        '<p>See <a href="#usage">the usage notes</a> and <a href="/tag/x">#</a> <a href="#top">#news</a>.</p>'
    )
    assert [b.text for b in parse_html(html)[0]] == ["Configuration", "Usage", "See the usage notes and #news."]
    # a footnote's link back to its reference
    html = '<ol class="footnotes"><li id="fn1">Keussen, Topographie, Bonn 1910. <a href="#ref1">↩︎</a></li></ol>'
    assert [b.text for b in parse_html(html)[0]] == ["Keussen, Topographie, Bonn 1910."]


def test_a_wiki_headings_edit_links_are_no_text():
    """MediaWiki (Wikipedia, Fandom, most wikis) writes "[edit]" or "[Bearbeiten | Quelltext
    bearbeiten]" into every heading, in a span of its own class."""
    html = (
        '<h2><span class="mw-headline" id="Geschichte">Geschichte</span><span class="mw-editsection">'
        '<span class="mw-editsection-bracket">[</span><a href="?action=edit">Bearbeiten</a>'
        '<span class="mw-editsection-divider"> | </span><a>Quelltext bearbeiten</a>'
        '<span class="mw-editsection-bracket">]</span></span></h2><p>Text <span class="editor">[edit]</span></p>'
    )
    assert [b.text for b in parse_html(html)[0]] == ["Geschichte", "Text [edit]"]
