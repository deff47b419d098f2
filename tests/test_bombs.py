"""Pages built to cost time or memory: near-miss regex shapes and misnested formatting bombs
(issue: reliability, second round). Each must take well under a second of work per megabyte."""

import time

import pytest

from cleanpage.cleaner import page_blocks
from cleanpage.features import page_features
from cleanpage.parse import MAX_REOPENED, markup_to_text, nesting_depth, parse_html, parse_text, reopened_formatting
from cleanpage.records import Signals

MB = 1_000_000
SHAPES = {
    "email near-miss": "@ " + "a." * (MB // 2),
    "address near-miss": "1 A." * (MB // 4),
    "phone near-miss": "1 " * (MB // 2) + "a",
    "unclosed tags": "<a" * (MB // 2),
    "unclosed scripts": "<script>" + "<script " * (MB // 8),
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_regex_near_misses_cost_linear_time(name):
    text = SHAPES[name]
    start = time.process_time()
    nesting_depth(text)
    markup_to_text(text)
    page_features(parse_html(f"<html><body><p>{text}</p></body></html>")[0], Signals())
    page_features(parse_text(text), Signals())
    assert time.process_time() - start < 5.0  # each took a minute before; linear work is ~1 s here


def formatting_bomb(n):
    return "<p>" + "".join(f"<b id={i}>" for i in range(n)) + "</p>" + "<div>x</div>" * n


def test_misnested_formatting_bomb_is_read_as_text_quickly():
    html = formatting_bomb(3000)  # 71 KB; a parser would build nine million elements
    assert reopened_formatting(html) > MAX_REOPENED
    start = time.process_time()
    warnings: list[str] = []
    blocks, _, _ = page_blocks(html, use_trafilatura=False, warnings=warnings)
    assert time.process_time() - start < 2.0
    assert any("misnested formatting elements" in w for w in warnings)
    assert blocks and all(b.source == "text" for b in blocks)


def test_ordinary_unclosed_formatting_is_parsed_as_html():
    html = "<table>" + "<tr><td><font color=red>cell " * 400 + "</table>" + "<p>Para <b>bold</b> text.</p>" * 400
    assert reopened_formatting(html) < MAX_REOPENED
    warnings: list[str] = []
    blocks, _, _ = page_blocks(html, use_trafilatura=False, warnings=warnings)
    assert warnings == [] and blocks[0].source == "html"
