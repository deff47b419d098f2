"""Date and author: written-out dates, the markup's author and date, and the Result's fallbacks."""

import pytest
from selectolax.lexbor import LexborHTMLParser

import cleanpage
from cleanpage.dates import date_in_text, date_in_url
from cleanpage.metadata import author_name, json_ld_fields, read_metadata


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Updated 11:22 PM EST, Tue November 29, 2016", "2016-11-29"),
        ("By Laura E. Adkins December 28, 2016", "2016-12-28"),
        ("Dec 1st 2016 1:01PM", "2016-12-01"),
        ("Tue 29 Nov 2016 15.26 EST", "2016-11-29"),
        ("Publié le 07 mai 2019 à 13h59 - Mis à jour le 08 mai 2019 à 09h03", "2019-05-07"),
        ("7. Mai 2019", "2019-05-07"),
        ("7 de mayo de 2019", "2019-05-07"),
        ("12 maggio 2023 | 10:45", "2023-05-12"),
        ("3 april 2023, 06:00", "2023-04-03"),
        ("12 de março de 2021", "2021-03-12"),
        ("15 марта 2023, 12:40", "2023-03-15"),
        ("3 października 2022", "2022-10-03"),
        ("19.07.2022", "2022-07-19"),
        ("松村太郎2019年04月13日 09時00分", "2019-04-13"),
        ("2019.04.25", "2019-04-25"),
        ("谢若含2017-03-01 14:27:02", "2017-03-01"),
        ("11/28/2016 04:23 pm ET", "2016-11-28"),
        ("18/03/2019 | André Mindermann", "2019-03-18"),  # a part over 12 orders itself
        # no whole day: a day without its year, a month and year, a number, an impossible date
        ("Jan. 6", None),
        ("Joined October 2011", None),
        ("April Glaser wrote 2019 stories", None),
        ("11,002 people", None),
        ("February 30, 2019", None),
        ("March 4, 1889", None),  # before MIN_YEAR: a history, not a dateline
    ],
)
def test_dates_written_out_are_read_as_iso_days(text, day):
    assert date_in_text(text) == day


def test_slashed_dates_follow_the_page_language_when_they_do_not_order_themselves():
    assert date_in_text("08/10/2022") == "2022-08-10"
    assert date_in_text("08/10/2022", "de") == "2022-10-08"
    assert date_in_text("28/11/2016", "en") == "2016-11-28"


def test_dates_in_urls():
    assert date_in_url("http://fortune.com/2016/12/15/amazon-alexa-gadgets/") == "2016-12-15"
    assert date_in_url("https://example.org/news/2019-04-03-bridge") == "2019-04-03"
    assert date_in_url("https://example.org/2019/04/bridge.html") is None  # no day
    assert date_in_url("https://example.org/2019/13/45/bridge") is None
    assert date_in_url(None) is None


def _meta(body: str, head: str = "") -> dict:
    return read_metadata(LexborHTMLParser(f"<html><head>{head}</head><body>{body}</body></html>"))


def test_author_and_date_from_json_ld():
    script = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, '
        '{"@type": "NewsArticle", "datePublished": "2020-12-01T06:12:00Z", '
        '"author": [{"@type": "Person", "name": "Priya Nair"}, {"@type": "Person", "name": "Sam Lee"}]}]}</script>'
    )
    meta = _meta(script + "<p>x</p>")
    assert meta["date"] == "2020-12-01" and meta["author"] == "Priya Nair, Sam Lee"
    # meta tags come first
    assert _meta(script, '<meta name="author" content="Ada Lovelace">')["author"] == "Ada Lovelace"


@pytest.mark.parametrize(
    "script",
    [
        "{not json",
        "[" * 100_000 + "]" * 100_000,  # nesting deep enough to exhaust the parser's recursion
        '{"author": {"name": ["a", "b"]}, "datePublished": 20201201}',  # values of the wrong types
        '{"author": "' + "x " * 200_000 + '"}',  # too large to be an article's description
        '"just a string"',
        "[" + ",".join(["{}"] * 60_000) + "]",  # a long array of objects without the fields
    ],
)
def test_hostile_json_ld_gives_nothing_and_no_error(script):
    assert json_ld_fields(script) == {}
    meta = _meta(f'<script type="application/ld+json">{script}</script><p>x</p>')
    assert meta["author"] is None and meta["date"] is None


def test_author_from_microdata_and_author_links():
    item = '<span itemprop="author" itemscope><span itemprop="name">Valentina Palladino</span></span>'
    assert _meta(item)["author"] == "Valentina Palladino"
    assert _meta('<a rel="author" href="/u/1">See full bio</a><a rel="author" href="/u/1">By Rebecca Hersher</a>')["author"] == (
        "Rebecca Hersher"
    )
    assert _meta('<span itemprop="author">Photograph by Tyrone Turner</span>')["author"] is None
    # two authors side by side in one byline; an author link elsewhere (a related story's) is not one of them
    byline = '<address><a rel="author">Julia Carrie Wong</a> and <a rel="author">Sam Levin</a> in San Francisco</address>'
    assert _meta(byline)["author"] == "Julia Carrie Wong, Sam Levin"
    assert _meta(byline + '<aside><p><a rel="author">Other Writer</a></p></aside>')["author"] == "Julia Carrie Wong, Sam Levin"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("More stories by Jeremy Herron", "Jeremy Herron"),
        ("Written by: Sam Lee", "Sam Lee"),
        ("Autorin: Anna Berger", "Anna Berger"),
        ("作者： Diogo Carleto", "Diogo Carleto"),
        ("著者", None),  # the label alone
        ("Von Anna Berger", "Anna Berger"),
        ("— Dana Whitfield", "Dana Whitfield"),  # a live blog's entry, signed with a dash
        ("Priya Raman·", "Priya Raman"),  # a strip's separator glued to the name
        ("Tom DiChristopher@tdichristopher", "Tom DiChristopher"),  # a byline box's handle glued to the name
        ("Jane Roe (@janeroe)", "Jane Roe"),
        ("@KingBeyonceStan", "@KingBeyonceStan"),  # a handle alone is the name a post gives
        ("Paris Hilton", "Paris Hilton"),  # "par" only as a word
        ("Lisa de Moraes", "Lisa de Moraes"),
        ("Julia Carrie Wong and Sam Levin", "Julia Carrie Wong and Sam Levin"),
        ("松村太郎", "松村太郎"),
        ("doumae", "doumae"),  # a user name
        ("See full bio", None),
        ("https://www.facebook.com/asahicom/", None),
        ("Image: Getty", None),
        ("", None),
    ],
)
def test_author_names_from_byline_elements(text, name):
    assert author_name(text) == name


STORY = "".join(
    f"<p>Paragraph {i} of the story tells how the council voted to rebuild the old bridge over the river "
    "after years of delays, two failed tenders and a long public debate about its cost.</p>"
    for i in range(4)
)


def test_the_dateline_gives_the_date_when_the_markup_gives_none():
    """The convention moves the dateline out of the text into `date`."""
    dateline = "<div class='meta'>Updated 11:22 PM EST, Tue November 29, 2016</div>"
    page = f"<html><body><article><h1>Bridge vote</h1>{dateline}{STORY}</article></body></html>"
    result = cleanpage.clean(page)
    assert result.date == "2016-11-29" and "November 29" not in result.text
    assert cleanpage.clean(page.replace(dateline, "")).date is None
    # the URL's date when the page shows none; the page's markup before either
    assert cleanpage.clean(page.replace(dateline, ""), url="https://example.org/2016/12/15/bridge/").date == "2016-12-15"
    marked = page.replace("<html>", "<html><head><meta property='article:published_time' content='2016-11-28'></head>")
    assert cleanpage.clean(marked, url="https://example.org/2016/12/15/bridge/").date == "2016-11-28"
    # a date after the story is not its dateline
    late = page.replace(dateline, "").replace("</article>", "<p>November 29, 2016</p></article>")
    assert cleanpage.clean(late).date is None


def test_a_comment_s_date_is_not_the_date_of_a_page_without_long_paragraphs():
    from cleanpage.lines import story_dateline_date

    texts = ["Kartoffelsuppe", "Zutaten", "1 kg Kartoffeln", "Kommentare (87)", "Super lecker!", "Gabi_76 · 12.01.2020"]
    kept = [False, True, True, False, False, False]
    assert story_dateline_date(texts, kept, "de") is None
    texts[0] = "Veröffentlicht am 10.01.2020"  # the recipe's own dateline above it counts
    assert story_dateline_date(texts, kept, "de") == "2020-01-10"


@pytest.mark.parametrize(
    ("title", "headlines", "sitename", "host", "expected"),
    [
        # the page's one h1 is its visible headline, whatever the title's SEO wording
        (
            "Why Does Slack Say Hummus?",
            ["The Adorable Reason Slack Says Hummus"],
            None,
            None,
            "The Adorable Reason Slack Says Hummus",
        ),
        # not a logo, a one-word h1, or a widget's h1 that shares no word with the title
        ("Storm floods towns | The Coast Herald", ["The Coast Herald"], "The Coast Herald", None, "Storm floods towns"),
        ("Storm floods towns", ["Weather"], None, None, "Storm floods towns"),
        ("JVNDB-2018-013542 - JVN iPedia", ["Original text"], None, None, "JVNDB-2018-013542 - JVN iPedia"),
        # a Chinese headline is one "word" between spaces: its characters count; a short one is a section
        ("北京新增三条地铁线路年底开通_新闻网", ["北京新增三条地铁线路年底开通"], None, None, "北京新增三条地铁线路年底开通"),
        ("北京新增三条地铁线路年底开通", ["国内新闻"], None, None, "北京新增三条地铁线路年底开通"),
        # a section's name beside a longer headline part is not the headline
        (
            "SPECIAL CITY KIT FOR DERBY GAME - All The News",
            ["All The News"],
            None,
            None,
            "SPECIAL CITY KIT FOR DERBY GAME - All The News",
        ),
        # the title beside the site's name: the h1 it holds, or the part that is not the site
        ("Storm floods towns | Herald", ["Menu", "Storm floods towns"], None, None, "Storm floods towns"),
        ("The connected renter | Ars Technica", [], None, "arstechnica.com", "The connected renter"),
        ("Ars Technica - The connected renter", [], "Ars Technica", None, "The connected renter"),
        ("Two arrested in skimming scheme - al.com", [], None, "al.com", "Two arrested in skimming scheme"),
        # a title without the site's name stays whole, dashes and colons too
        ("Spider-Man - A Review: Webs and Woes", [], "Film Blog", "filmblog.example", "Spider-Man - A Review: Webs and Woes"),
        (None, [], None, None, None),
    ],
)
def test_the_title_is_the_page_headline(title, headlines, sitename, host, expected):
    from cleanpage.metadata import headline_title

    assert headline_title(title, headlines, sitename, host) == expected


def test_a_blog_name_h1_is_not_the_headline():
    """A blog's name in an h1 links to its home page or carries a logo class; the post's title
    then comes from the title tag, without the part that names the blog."""
    from cleanpage.metadata import is_headline_element

    assert is_headline_element("div.post>header.entry-header>h1.entry-title", mostly_links=False)
    assert not is_headline_element("div.container>div.header>h1", mostly_links=True)
    assert not is_headline_element("div.logo>a>h1", mostly_links=False)
    assert not is_headline_element("div.title-container>h1.site-title", mostly_links=False)
    page = (
        "<html><head><title>Fresh cranberry relish | Sassy Radish</title></head><body>"
        "<div class='header'><h1><a href='/'>Sassy Radish</a></h1></div><h2>Fresh cranberry relish</h2>"
        + STORY
        + "</body></html>"
    )
    # the blog's name in its linked h1 is the site the title names beside the headline, with or without a URL
    assert cleanpage.clean(page).title == "Fresh cranberry relish"
    assert cleanpage.clean(page, url="https://sassyradish.com/relish").title == "Fresh cranberry relish"
    unnamed = page.replace("| Sassy Radish</title>", "| Recipes and more</title>")
    assert cleanpage.clean(unnamed).title == "Fresh cranberry relish | Recipes and more"


def test_author_meta_tags_name_a_person():
    """`article:author` before `author` (a site's `author` tag often names its publisher), a URL
    or a user name is no author, "By" goes, a tag that names the site itself gives way to the
    byline, and a tag written with `value` instead of `content` still counts."""

    def author(metas: str) -> str | None:
        return read_metadata(LexborHTMLParser(f"<html><head>{metas}</head><body></body></html>"))["author"]

    assert author('<meta name="author" content="Condé Nast"><meta property="article:author" content="Alex Hutchinson">') == (
        "Alex Hutchinson"
    )
    page = '<meta property="article:author" content="https://site.example/by/jo"><meta name="author" content="Jo Li">'
    assert author(page) == "Jo Li"
    assert author('<meta name="byl" content="By Marc Santora and Al Baker">') == "Marc Santora and Al Baker"
    assert author('<meta name="author" content="mikecason"><meta name="parsely-author" content="Mike Cason">') == "Mike Cason"
    assert author('<meta name="sailthru.author" content="mikecason">') is None
    assert author('<meta name="author" content="Mike Cason | mcason@al.com">') == "Mike Cason"
    assert author('<meta name="author" content="ABC News"><meta property="og:site_name" content="ABC News">') is None
    assert author('<meta name="author" value="Mattias Geniar">') == "Mattias Geniar"


def test_an_author_tag_naming_the_titles_site_gives_way_to_the_byline():
    """A site's author tag often names the publisher ("DER SPIEGEL"); when the title names it beside
    the headline, the byline names the author and the title loses the site's part."""
    from cleanpage.metadata import names_the_title_site

    assert names_the_title_site("DER SPIEGEL", "Gaspreise steigen - DER SPIEGEL")
    assert not names_the_title_site("Katrin Elger", "Gaspreise steigen - DER SPIEGEL")
    assert not names_the_title_site("DER SPIEGEL", "DER SPIEGEL")
    html = (
        '<html><head><title>Gaspreise steigen - DER SPIEGEL</title><meta name="author" content="DER SPIEGEL"></head>'
        "<body><article><h2>Gaspreise steigen</h2><p>Ein Kommentar von Katrin Elger</p>"
        + "<p>Die Preise für Erdgas im Großhandel sind stark gestiegen, und nun erreichen sie die Haushalte im ganzen Land.</p>"
        * 3
        + "</article></body></html>"
    )
    result = cleanpage.clean(html)
    assert (result.author, result.title) == ("Katrin Elger", "Gaspreise steigen")
    plain = html.replace("DER SPIEGEL</title>", "Nachrichten</title>")
    assert cleanpage.clean(plain).author == "DER SPIEGEL"
