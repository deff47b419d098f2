"""`baseline_text` returns what `trafilatura.baseline` returns, on every path through it."""

import importlib

import pytest

from cleanpage import baseline

trafilatura_baseline = importlib.import_module("trafilatura.baseline").baseline

STORY = "<p>The council voted on Tuesday to rebuild the old river bridge before the spring floods.</p>" * 3
BANNER = "<p>We use cookies to improve your experience of this site. By continuing you accept all of them.</p>"
PAGES = {
    "paragraphs": f"<html><body><div class='main'>{STORY}</div></body></html>",
    "cookie banner by class": f"<html><body><div class='Cookie-Banner'>{BANNER}</div>{STORY}</body></html>",
    "cookie banner by id": f"<html><body><section id='onetrust-consent-sdk'>{BANNER}</section>{STORY}</body></html>",
    "banner word in a story class": f"<html><body><div class='cookies-not-set'>{BANNER}{STORY}</div></body></html>",
    "asides and footers": f"<html><body><aside>{BANNER}</aside>{STORY}<div class='site-footer'>{BANNER}</div>"
    f"<footer><p>All rights reserved by the publisher of this newspaper.</p></footer></body></html>",
    "json-ld body": '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": '
    '"The whole story as the publisher embeds it for search engines, long enough to count as content here."}'
    "</script></head><body><p>Short.</p></body></html>",
    "articles": f"<html><body><article>{STORY}</article><article><p>{'A much shorter teaser. ' * 2}</p></article></body></html>",
    "no paragraphs": "<html><body><div>" + "Text outside any paragraph element, on a div page. " * 3 + "</div></body></html>",
    "nested quote": f"<html><body><blockquote>{STORY}</blockquote><p>{'Closing words of the piece. ' * 5}</p></body></html>",
    "nested scraped elements": "<html><body><div><blockquote><p>A quoted paragraph of the story, told at length.</p>"
    "<p>Another, with a <q>short quote</q> and <code>code</code> in it, at length.</p></blockquote>"
    "<pre><code>x = compute(river, bridge)</code></pre><blockquote><blockquote><p>A deeply nested quote of some"
    f" length.</p></blockquote></blockquote>{STORY}<p>Last <code>words</code> and <q>quotes</q> of the piece.</p>"
    "</div></body></html>",
    "empty": "<html><body></body></html>",
    # paragraph text is built without a copy where no block element sits inside the paragraph:
    # control characters go from a paragraph's own text only; line breaks space the words apart
    "control characters": "<html><body>"
    + "".join(
        f"<p>Zero\u200bwidth \x07 spaces \u200b in the <b>council\u200bvote</b> story, part {n}, at a paragraph's length.</p>"
        for n in ("one", "two", "three")
    )
    + "</body></html>",
    "line breaks": "<html><body>"
    + "".join(f"<p>Line one of verse {n}<br>line two<br/>line three, at some length.</p>" for n in ("one", "two", "three"))
    + "</body></html>",
}


@pytest.mark.parametrize("name", list(PAGES))
def test_same_text_as_trafilatura(name):
    html = PAGES[name]
    assert baseline.baseline_text(html) == trafilatura_baseline(html)[1]


def test_cookie_banners_are_still_removed():
    # without the page-wide check the regex-free XPath would keep the banner and differ from trafilatura
    for name in ("cookie banner by class", "cookie banner by id"):
        text = baseline.baseline_text(PAGES[name])
        assert "rebuild the old river bridge" in text and "We use cookies" not in text


def test_shipped_pages_agree(fixtures):
    for path in sorted(fixtures.glob("*.html")):
        html = path.read_text(encoding="utf-8")
        assert baseline.baseline_text(html) == trafilatura_baseline(html)[1], path.name


def test_other_trafilatura_layouts_fall_back(monkeypatch):
    monkeypatch.setattr(baseline, "_parts", lambda: None)
    for html in PAGES.values():
        assert baseline.baseline_text(html) == trafilatura_baseline(html)[1]


def test_this_trafilatura_is_recognised():
    # the fast path is in use with the pinned trafilatura; if a release moves its helpers, this says so
    assert baseline._parts() is not None
