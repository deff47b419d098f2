"""trafilatura's baseline extractor, run without its per-element regular expression.

`trafilatura.baseline` first deletes asides, footers, scripts, styles and cookie banners with
one XPath whose cookie-banner test calls Python's `re` through lxml's EXSLT extension on the
class and id of every element of the page: about half of the baseline's time. Almost no page
names a cookie banner in any class or id, so `baseline_text` tests the page's class and id
values once, in Python, and runs trafilatura's own XPath only where one does; elsewhere the
same XPath without that test removes exactly the same elements. The rest is trafilatura's
baseline step by step, with its own helpers, so the text is the same as `trafilatura.baseline`'s
(a test checks it); a trafilatura without those helpers gets `trafilatura.baseline` itself.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from functools import cache
from types import SimpleNamespace

_REGEX_TEST = "|.//*[re:test("  # where the cookie-banner alternative starts in BASIC_CLEAN_XPATH
# What trafilatura's baseline module calls, read from that module's own namespace.
_HELPERS = (
    "load_html", "trim", "remove_control_characters", "delete_element", "BASIC_CLEAN_XPATH",
    "_collect_json_content", "_attempt", "_render_text", "block_text", "_MIN_CONTENT_LENGTH", "_BLOCK_ELEMS",
)  # fmt: skip

# trafilatura 2.3's cookie-banner pattern, whose alternatives all start with one of the letters
# after it: a lookahead of them leaves every match in place and lets the search skip every other
# position (another pattern is searched as it is)
_KNOWN_COOKIE_PATTERN = (
    "cookie[-_]?(?:banner|bar|consent|law|notice|policy|description)|notice[-_]{0,2}cookie|"
    "consent[-_]?(?:banner|manager|sdk)|borlabs|cookiebot|cmplz|onetrust|moove[-_]?gdpr"
)
_COOKIE_FIRST_LETTERS = "bcmno"


@cache
def _parts() -> SimpleNamespace | None:
    """trafilatura's baseline helpers, the cleaning XPath without its regex test and the
    cookie-banner pattern; None when this trafilatura is laid out differently. Imported on first
    use, like trafilatura itself (see `signals.trafilatura`)."""
    try:
        from lxml.etree import XPath

        baseline = importlib.import_module("trafilatura.baseline")
        helpers = {name: getattr(baseline, name) for name in _HELPERS}
        pattern = importlib.import_module("trafilatura.settings")._COOKIE_CONSENT_RE
        plain, regex_part = helpers["BASIC_CLEAN_XPATH"].path.split(_REGEX_TEST, 1)
    except (ImportError, AttributeError, ValueError):
        return None
    if regex_part != f"@class, '{pattern}', 'i') or re:test(@id, '{pattern}', 'i')]":
        return None
    return SimpleNamespace(
        **helpers,
        plain_cleaning=XPath(plain),
        names=XPath(".//@class|.//@id", smart_strings=False),  # plain strings: the values, not their elements
        cookie_banner=re.compile(
            f"(?=[{_COOKIE_FIRST_LETTERS}])(?:{pattern})" if pattern == _KNOWN_COOKIE_PATTERN else pattern, re.IGNORECASE
        ),
    )


def baseline_text(html: str) -> str:
    """The main text `trafilatura.baseline(html)` returns."""
    t = _parts()
    if t is None:
        return str(importlib.import_module("trafilatura").baseline(html)[1])
    tree = t.load_html(html)
    if tree is None:
        return ""
    bodies, teasers = t._collect_json_content(tree)
    if result := t._attempt(map(t._render_text, bodies), dedupe=True):
        return str(result[1])
    names = "\n".join(t.names(tree))
    cleaning = t.BASIC_CLEAN_XPATH if t.cookie_banner.search(names) else t.plain_cleaning
    for elem in cleaning(tree):
        t.delete_element(elem)
    articles = [
        text
        for elem in tree.xpath(".//article[not(ancestor::article)]")
        if len(text := t.block_text(elem)) > t._MIN_CONTENT_LENGTH
    ]
    if articles:
        cutoff = max(map(len, articles)) / 5
        if result := t._attempt(text for text in articles if len(text) >= cutoff):
            return str(result[1])
    paragraphs = (_block_text(t, elem) for elem in _outermost(tree, ("blockquote", "code", "p", "pre", "q", "quote")))
    if result := t._attempt(paragraphs, dedupe=True):
        return str(result[1])
    teaser = t._attempt(map(t._render_text, teasers), dedupe=True)
    body = tree.find(".//body")
    if body is not None:
        text = t.remove_control_characters("\n".join(s for e in body.itertext() if (s := t.trim(e))))
        if not teaser or len(text) >= teaser[2]:
            return str(text)
    return str(teaser[1]) if teaser else ""


def _outermost(tree, tags: tuple[str, ...]) -> Iterator:
    """The elements named `tags` that no other such element holds, in document order: trafilatura's
    test of each one's ancestors, by setting aside the descendants of each one taken instead
    (a page's paragraphs rarely hold others, and their ancestors are many)."""
    inside: set = set()  # lxml gives one element the same proxy while a reference to it lives
    for elem in tree.iter(*tags):
        if elem in inside:
            continue
        inside.update(elem.iterdescendants(*tags))
        yield elem


def _block_text(t: SimpleNamespace, elem) -> str:
    """What `block_text(elem)` returns, without the copy it makes of the element when no block
    element sits inside it: there `block_text` only spaces the element's own text off (which the
    whitespace join undoes) and strips that text's control characters; the text of its inline
    children keeps theirs, as in `block_text`."""
    if next(elem.iterdescendants(*t._BLOCK_ELEMS), None) is not None:
        return str(t.block_text(elem))
    text = elem.text_content()
    own = elem.text or ""
    if elem.tag in t._BLOCK_ELEMS and own and not own.isprintable():
        text = t.remove_control_characters(own) + text[len(own) :]
    return " ".join(text.split())
