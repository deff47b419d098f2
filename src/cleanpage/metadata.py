"""A page's metadata from its markup: meta tags, JSON-LD, microdata, `<time>` and author links."""

from __future__ import annotations

import json
import re
from collections import deque
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from .dates import date_in_text

META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title"),
    # `article:author` first: a site's `author` tag often names its publisher ("Condé Nast")
    "author": ("article:author", "author", "byl", "dc.creator", "parsely-author", "sailthru.author", "cxenseparse:author"),
    "date": (
        "article:published_time",
        "datepublished",
        "date",
        "dc.date",
        "pubdate",
        "publishdate",
        "og:published_time",
        "sailthru.date",
        "parsely-pub-date",
        "article:modified_time",
    ),
    "sitename": ("og:site_name", "application-name", "twitter:site"),
    "url": ("og:url",),
    "description": ("og:description", "description", "twitter:description", "dc.description"),
    "image": ("og:image", "og:image:url", "twitter:image", "twitter:image:src"),
    "language": ("content-language", "dc.language", "og:locale", "language"),
}
MAX_JSON_LD_CHARS = 200_000  # larger scripts are data dumps, not a page's article description
MAX_AUTHOR_WORDS = 12
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w\w+")
# what a byline element writes before the names ("By", "More stories by", "Written by", "Von", "Author:", "著者", a dash)
_BY = re.compile(
    r"(?i)^[—–]?\s*(?:(?:(?:more\s+)?(?:stories|articles|posts)\s+|written\s+|posted\s+)?(?:by|von|por|par)\b|"
    r"(?:author|autor(?:in)?|auteur|autore|автор|著者|作者|投稿者)(?:\b|(?=\W)))?\s*[:：]?\s*"
)
# lower-case words a name may hold ("Lisa de Moraes", "Julia Wong and Sam Levin")
NAME_PARTICLES = frozenset("and und y et & de da di del der den van von du la le bin ibn al".split())
_HANDLE_AFTER_NAME = re.compile(r"(?<=\w)\s*\(?@\w{2,30}\)?$")  # a byline box's social handle ("NAME@handle", "NAME (@handle)")
_NOT_A_NAME = re.compile(r"(?i)\b(?:photo|photograph|image|illustration|video|bio|profile)")
# elements that name the author or the publication time in markup, read in one query
_MARKUP_FIELDS = 'script[type="application/ld+json"], [itemprop="author"], a[rel~="author"], time[datetime]'


def read_metadata(tree: LexborHTMLParser) -> dict[str, str | None]:
    """Title, author, date, site name, canonical URL, description, image and declared language
    from a page's meta tags and `<html lang>`; an author and date the meta tags do not give from
    JSON-LD, microdata (`itemprop="author"`), an author link (`rel="author"`) or `<time datetime>`."""
    found: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        content = (attrs.get("content") or attrs.get("value") or "").strip()  # some sites write `value`
        if key and content and key not in found:
            found[key] = content
    meta: dict[str, str | None] = {
        field: next((found[k] for k in keys if k in found), None) for field, keys in META_KEYS.items() if field != "author"
    }
    meta["author"] = next((name for k in META_KEYS["author"] if k in found and (name := _meta_author(found[k]))), None)
    if meta["author"] and meta["sitename"] and meta["author"].casefold() == meta["sitename"].casefold():
        meta["author"] = None  # the site's name ("ABC News"): the byline or the markup may name the reporter
    title_node = tree.css_first("title")
    page_title = _WS.sub(" ", title_node.text()).strip() if title_node is not None else ""
    meta["title"] = meta["title"] or page_title or None
    root = tree.css_first("html")
    declared = (root.attributes.get("lang") if root is not None else None) or meta["language"]
    meta["language"] = declared.strip().replace("_", "-").split("-")[0].lower() or None if declared else None
    canonical = tree.css_first('link[rel="canonical"]')
    if canonical is not None and (canonical.attributes.get("href") or "").startswith("http"):
        meta["url"] = canonical.attributes["href"]
    if meta["author"] is None or meta["date"] is None:
        markup = markup_fields(tree)
        meta["author"] = meta["author"] or markup.get("author")
        meta["date"] = meta["date"] or markup.get("date")
    if meta["date"]:  # as an ISO day when it names one ("Tue, 13 Dec 2016 22:33:06 +0000"), else as written
        match = _ISO_DATE.search(meta["date"])
        meta["date"] = match.group(0) if match else date_in_text(meta["date"]) or meta["date"]
    return meta


def _meta_author(value: str) -> str | None:
    """The name an author meta tag gives ("By NAME" → "NAME", "NAME | name@paper.com" → "NAME"),
    or None for one that names no one: an author page's URL (what `article:author` often holds),
    a user name ("mikecason")."""
    name = author_name(value.split(" | ", 1)[0])
    if name is None or (" " not in name and name.islower()):
        return None
    return name


def markup_fields(tree: LexborHTMLParser) -> dict[str, str]:
    """The author and publication date the page's markup names outside its meta tags: JSON-LD
    (`author`, `datePublished`) first, then microdata and author links (the first one's name and
    its siblings', joined by ", ": a byline that links two authors), then `<time datetime>`."""
    out: dict[str, str] = {}
    late: dict[str, str] = {}
    names: list[str] = []  # the first author element's name and those of its siblings ("NAME in Madrid and NAME")
    parent = None
    for node in tree.css(_MARKUP_FIELDS):
        if node.tag == "script":
            for key, value in json_ld_fields(node.text(deep=True)).items():
                out.setdefault(key, value)
        elif node.tag == "time":
            late.setdefault("date", node.attributes.get("datetime") or "")
        else:
            name = node.css_first('[itemprop="name"]')
            text = author_name((name or node).text(deep=True, separator=" "))
            if text and not names:
                parent = node.parent
            if text and node.parent == parent and text not in names:
                names.append(text)
    if names:
        late["author"] = ", ".join(names)
    return {key: value for key, value in {**late, **out}.items() if value}


def json_ld_fields(text: str) -> dict[str, str]:
    """`author` and `date` from a JSON-LD script: the first object with a `datePublished` or an
    `author`, searched through lists and `@graph`. Nothing from a script that is not valid JSON."""
    if len(text) > MAX_JSON_LD_CHARS:
        return {}
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return {}
    out: dict[str, str] = {}
    pending = deque([data])
    while pending and len(out) < 2:
        item = pending.popleft()
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            if isinstance(day := item.get("datePublished") or item.get("dateCreated"), str):
                out.setdefault("date", day)
            if name := _person_name(item.get("author")):
                out.setdefault("author", name)
            if isinstance(graph := item.get("@graph"), list):
                pending.extend(graph)
    return out


def _person_name(value: Any) -> str | None:
    """The name(s) in a JSON-LD `author`: a string, a Person, or a list of them (joined by ", ")."""
    items = value if isinstance(value, list) else [value]
    names = [item.get("name") if isinstance(item, dict) else item for item in items]
    found = [name for item in names if isinstance(item, str) and (name := author_name(item))]
    return ", ".join(found) or None


def author_name(text: str) -> str | None:
    """An author's name as a byline element writes it, without "By" and extra spaces; None for
    what is not a name: an empty or long text, a URL, a photo credit ("Photograph by NAME") or a
    link label ("See full bio": lower-case words that are not a name's particles)."""
    name = _BY.sub("", _WS.sub(" ", text).strip()).rstrip(" ·•|,;:/–—-")  # a strip's separator after the name
    name = _HANDLE_AFTER_NAME.sub("", name)
    if not name or name.startswith(("http://", "https://")) or _NOT_A_NAME.search(name):
        return None
    found = name.split()
    if len(found) > MAX_AUTHOR_WORDS:
        return None
    if len(found) > 1 and any(w[:1].islower() and w.lower() not in NAME_PARTICLES for w in found):
        return None
    return name


# what separates a headline from the site's name in a page title ("NAME | Site", "Site - NAME", "NAME｜Site")
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—»·:]+\s+|\s*[｜：]\s*|:(?=\S)")
MIN_HEADLINE_SHARE = 0.4  # an h1 shorter than this share of the title is a logo or a section name
MIN_H1_WORDS = 2
MIN_CJK_H1_CHARS = 6  # a Chinese or Japanese headline, written without spaces
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # a kana, CJK ideograph or Hangul syllable


# an h1 that is the site's name by its class ("h1.logo", "div.banner>h1", "h1.site-title", "h1.blogtitle")
_SITE_NAME_CLASS = re.compile(r"(?i)[.#][\w-]*(?:logo|banner|site-?title|blog-?title|site-?name|masthead|branding)")


def is_headline_element(path: str, mostly_links: bool) -> bool:
    """Whether an h1 can be the page's headline: not a link (a blog's name links to its home
    page) and not marked as the site's name by its class or a near ancestor's (`div.logo>a>h1`)."""
    return not mostly_links and not _SITE_NAME_CLASS.search(">".join(path.split(">")[-4:]))


def headline_title(title: str | None, headlines: list[str], sitename: str | None = None, host: str | None = None) -> str | None:
    """The page's headline (the convention's `Result.title`): its one `h1` when it has one that
    is a headline (`_is_headline_of`), else the h1 (of `headlines`) that the title holds as its
    first or last part beside the site's name ("NAME | Ars Technica" → "NAME"), else the title
    without a first or last part that names the site (`sitename`, or the URL's `host`), else the
    title as it is. The model reads the title as the page gives it; only the Result gets this."""
    site = [_letters(name) for name in (sitename, host) if name]
    title = " ".join(title.split()) if title else title
    headlines = [" ".join(headline.split()) for headline in headlines]
    if len(headlines) == 1 and _is_headline_of(headlines[0], title, site):
        return _as_the_title_writes_it(headlines[0], title)  # the page's one h1: its visible headline
    if not title:
        return title
    for headline in headlines:
        if headline == title:
            return title
        if len(headline) < MIN_HEADLINE_SHARE * len(title) or _names_site(headline, site) or _is_minor_part(headline, title):
            continue  # a logo or a section's name
        if title.startswith(headline) and _TITLE_SEPARATOR.match(title, len(headline)):
            return headline
        if title.endswith(headline) and _ends_with_separator(title[: len(title) - len(headline)]):
            return headline
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if _names_site(parts[-1], site):
        return title[: _last_separator_start(title)].strip() or title
    if _names_site(parts[0], site):
        return title[_TITLE_SEPARATOR.search(title).end() :].strip() or title  # type: ignore[union-attr]
    return title


def _as_the_title_writes_it(h1: str, title: str | None) -> str:
    """The h1 as a part of the title writes it, when the part only adds a colon or dash between
    its words: an h1 whose kicker runs into the headline ("Nach Unwetter Straße in …" from two
    spans) is "Nach Unwetter: Straße in …" in the title tag."""
    if title and _KICKER_MARK.search(title):
        for part in _TITLE_SEPARATOR.split(title):
            if part != h1 and " ".join(_KICKER_MARK.sub(" ", part).split()) == h1:
                return part.strip()
    return h1


_KICKER_MARK = re.compile(r"\s*[:|–—]\s*")


def _is_headline_of(h1: str, title: str | None, site: list[str]) -> bool:
    """Whether a page's one h1 is its headline: two words or more (six characters in a script
    written without spaces), not the site's name nor a
    shorter part of the title beside its headline (`_is_minor_part`), and sharing a word with the
    title when there is one (not a widget's "Original text")."""
    if (len(h1.split()) < MIN_H1_WORDS and len(CJK_CHAR.findall(h1)) < MIN_CJK_H1_CHARS) or _names_site(h1, site):
        return False
    if not title:
        return True
    if _is_minor_part(h1, title):
        return False
    shared = set(_WORD.findall(h1.lower())) & set(_WORD.findall(title.lower()))
    return bool(shared) or h1 in title or title in h1


def url_host(url: str | None) -> str | None:
    """A URL's host name without "www." ("arstechnica.com"); None for none or a malformed URL."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # "http://[::1" and other hostile links
        return None
    return host.removeprefix("www.") if host else None


def _is_minor_part(h1: str, title: str) -> bool:
    """Whether the h1 is one part of the title beside a longer one ("All The News" in "SPECIAL
    CITY KIT FOR DERBY GAME - All The News - Football365"): a section's or blog's name, the
    longer part being the headline. Both come with their spaces collapsed."""
    parts = [part.strip() for part in _TITLE_SEPARATOR.split(title)]
    return h1 in parts and any(len(part) > len(h1) for part in parts if part != h1)


def _ends_with_separator(text: str) -> bool:
    return any(m.end() == len(text) for m in _TITLE_SEPARATOR.finditer(text))


def _last_separator_start(text: str) -> int:
    return [m.start() for m in _TITLE_SEPARATOR.finditer(text)][-1]


def names_the_title_site(name: str, title: str | None) -> bool:
    """Whether `name` is the site's name a page title gives beside its headline, as its first or
    last part ("… - DER SPIEGEL"): an author tag that names the publisher, not a reporter."""
    parts = _TITLE_SEPARATOR.split(" ".join(title.split())) if title else []
    return len(parts) >= 2 and bool(_letters(name)) and _letters(name) in (_letters(parts[0]), _letters(parts[-1]))


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def _names_site(part: str, site: list[str]) -> bool:
    """Whether a title part is the site's name: its letters are the site name's or the host's
    ("Ars Technica" / "arstechnica.com", "al.com", "WIRED.jp")."""
    letters = _letters(part)
    return bool(letters) and any(letters in name or name in letters for name in site if len(name) >= 2)
