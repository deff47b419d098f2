"""Postlight (Mercury) Parser fixtures as labelled pages.

Each site's extractor (`src/extractors/custom/<domain>/index.js`) names the article container
(`content.selectors`: the first that matches wins) and what to remove inside it
(`content.clean`). Its test asserts the first 13 words of the extracted content. The gold of a
fixture is the text of the container's blocks, less what `clean` removes and less what the
body convention excludes (captions, the headline, byline and date selectors of the extractor).
A page whose container does not hold its test's 13 words is dropped (`check_first_words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from ..parse import parse_html_marked
from .convention import words

MARK = "data-cleanpage-gold"
CAPTION_SELECTORS = ("figcaption", "[class*=caption]", "[class*=credit]")
_FIXTURE_READ = re.compile(r"""readFileSync\(\s*['"`]\./fixtures/([^'"`]+?)\.html['"`]""")
_FIRST_WORDS = re.compile(r"""assert\.equal\(\s*(?:first13|text|first\w*)\s*,\s*(['"`])((?:\\.|(?!\1).)*)\1""", re.S)
_META_ASSERT = re.compile(r"""assert\.equal\(\s*(author|date_published|title)\s*,\s*(?:null|(['"`])((?:\\.|(?!\2).)*)\2)\s*\)""")
_JS_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)", re.S)
_URL = re.compile(r"""(?:url|uri)\s*=\s*['"`](https?://[^'"`]+)['"`]""")


@dataclass(frozen=True)
class Extractor:
    domain: str
    content: tuple[tuple[str, ...], ...]  # each entry: one selector, or several that must all match
    clean: tuple[str, ...]
    not_body: tuple[str, ...]  # title, author and date selectors, and transforms into figcaption


def js_value(text: str, start: int):
    """The JavaScript literal (array or string; anything else is None) at `start`, and its end."""
    i = start
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text):
        return None, i
    ch = text[i]
    if ch in "'\"`":
        j, out = i + 1, []
        while j < len(text) and text[j] != ch:
            if text[j] == "\\":
                j += 1
            out.append(text[j])
            j += 1
        return "".join(out), j + 1
    if ch == "[":
        items: list = []
        j = i + 1
        while j < len(text):
            while j < len(text) and (text[j].isspace() or text[j] == ","):
                j += 1
            if j < len(text) and text[j] == "]":
                return items, j + 1
            value, j = js_value(text, j)
            items.append(value)
            if value is None:  # something we do not read (a function, a regex): skip to the next item
                depth = 0
                while j < len(text) and not (depth == 0 and text[j] in ",]"):
                    depth += text[j] in "([{"
                    depth -= text[j] in ")]}"
                    j += 1
        return items, j
    return None, i + 1


def _section(text: str, key: str) -> str:
    """The object literal that follows `key: {` (braces matched), or ''."""
    m = re.search(rf"\b{key}\s*:\s*\{{", text)
    if not m:
        return ""
    depth, i = 0, m.end() - 1
    while i < len(text):
        depth += text[i] == "{"
        depth -= text[i] == "}"
        if depth == 0:
            return text[m.end() : i]
        i += 1
    return text[m.end() :]


def _array(section: str, key: str) -> list:
    m = re.search(rf"\b{key}\s*:\s*\[", section)
    return (js_value(section, m.end() - 1)[0] or []) if m else []


def read_extractor(path: Path) -> Extractor:
    text = path.read_text(encoding="utf-8", errors="replace")
    content = _section(text, "content")
    entries = []
    for item in _array(content, "selectors"):
        if isinstance(item, str):
            entries.append((item,))
        elif isinstance(item, list) and item and all(isinstance(s, str) for s in item):
            entries.append(tuple(item))
    clean = tuple(s for s in _array(content, "clean") if isinstance(s, str))
    not_body = []
    for key in ("title", "author", "date_published", "dek"):
        not_body += [s for s in _array(_section(text, key), "selectors") if isinstance(s, str)]
    transforms = _section(content, "transforms")
    not_body += [m.group(2) for m in re.finditer(r"""(['"])([^'"]+)\1\s*:\s*['"]figcaption['"]""", transforms)]
    domain = path.parent.name
    return Extractor(domain, tuple(entries), clean, tuple(not_body))


def _fixture_sections(custom: Path) -> Iterator[tuple[str, str, str]]:
    """(fixture name, its test's text from the read on, with 400 characters before it) per fixture
    read in every extractor's test file."""
    for test in sorted(custom.glob("*/index.test.js")):
        text = test.read_text(encoding="utf-8", errors="replace")
        reads = list(_FIXTURE_READ.finditer(text))
        for k, m in enumerate(reads):
            end = reads[k + 1].start() if k + 1 < len(reads) else len(text)
            yield m.group(1), text[max(0, m.start() - 400) : end], text[m.end() : end]


def fixture_tests(custom: Path) -> dict[str, tuple[str | None, str | None]]:
    """Fixture name -> (URL, first words asserted by its test), from every extractor's test file."""
    out: dict[str, tuple[str | None, str | None]] = {}
    for name, window, after in _fixture_sections(custom):
        url = _URL.search(window)
        first = _FIRST_WORDS.search(after)
        out.setdefault(name, (url.group(1) if url else None, first.group(2) if first else None))
    return out


def fixture_metadata(custom: Path) -> dict[str, dict[str, str | None]]:
    """Fixture name -> the `title`, `author` and `date_published` its test asserts (a value, or
    None where the test asserts null); a field the test does not assert is absent."""
    out: dict[str, dict[str, str | None]] = {}
    for name, _, after in _fixture_sections(custom):
        found: dict[str, str | None] = {}
        for m in _META_ASSERT.finditer(after):
            found.setdefault(m.group(1), js_unescape(m.group(3)) if m.group(3) is not None else None)
        out.setdefault(name, found)
    return out


def js_unescape(text: str) -> str:
    """A JavaScript string literal's text with its escapes read ("Nathan\\xa0Tempey", "It\\'s")."""

    def read(m: re.Match[str]) -> str:
        escape = m.group(1)
        if len(escape) > 1:  # \xHH, \uHHHH
            return chr(int(escape[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r"}.get(escape, escape)

    return _JS_ESCAPE.sub(read, text)


def _matches(tree: LexborHTMLParser, selector: str) -> list:
    try:
        return tree.css(selector)
    except Exception:  # a selector lexbor does not support
        return []


def mark_gold(html: str, extractor: Extractor) -> str | None:
    """The page with its article container marked `content` and the parts inside it that are not
    body marked `not`; None when no content selector matches as Mercury requires."""
    tree = LexborHTMLParser(html)
    chosen: list = []
    for entry in extractor.content:
        if len(entry) == 1:
            nodes = _matches(tree, entry[0])
            if len(nodes) == 1 and nodes[0].text(strip=True):
                chosen = nodes
                break
        else:
            found = [_matches(tree, s) for s in entry]
            if all(found):
                chosen = [n for nodes in found for n in nodes]
                break
    if not chosen:
        return None
    for node in chosen:
        node.attrs[MARK] = "content"
    for selector in (*extractor.clean, *extractor.not_body, *CAPTION_SELECTORS, "h1"):
        for node in _matches(tree, selector):
            node.attrs[MARK] = "not"
    return tree.html


def gold_of_marked(marked_html: str) -> str:
    blocks, marks, _ = parse_html_marked(marked_html, MARK)
    return "\n".join(b.text for b, m in zip(blocks, marks) if m == "content")


def check_first_words(expected: str | None, container_text: str) -> bool:
    """Whether the test's first words (less the first and last, which the test's text() may glue
    to a neighbour or cut) appear in order in the container's text."""
    if not expected:
        return False
    want = "".join(words(expected)[1:-1])  # compared without spaces: CJK text has none to split on
    return len(want) >= 8 and want in "".join(words(container_text))


def read_postlight(folder: Path) -> Iterator[tuple[str, str, str | None, str | None, bool]]:
    """(fixture name, html, url, gold text or None, passes the first-words check) per fixture."""
    from ..cleaner import to_text

    custom = folder / "src" / "extractors" / "custom"
    tests = fixture_tests(custom)
    for path in sorted((folder / "fixtures").rglob("*.html")):
        name = str(path.relative_to(folder / "fixtures"))[:-5]
        domain = name.split("/", 1)[0].split("--", 1)[0]
        ext_file = custom / domain / "index.js"
        html = to_text(path.read_bytes())
        url, first = tests.get(name, (None, None))
        if not ext_file.is_file():
            yield name, html, url, None, False
            continue
        marked = mark_gold(html, read_extractor(ext_file))
        if marked is None:
            yield name, html, url or f"https://{domain}/", None, False
            continue
        container = "\n".join(b.text for b, m in zip(*parse_html_marked(marked, MARK)[:2]) if m)
        yield name, html, url or f"https://{domain}/", gold_of_marked(marked), check_first_words(first, container)
