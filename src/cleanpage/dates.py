"""Publication dates written out in a dateline or a URL, as ISO days ("2019-11-20").

A page whose markup gives no date (no meta tag, JSON-LD or `<time datetime>`) still shows one in
its dateline, which the article-body convention takes out of the text: `date_in_text` reads the
day it names. Only whole dates count (a year, a month and a day); a month and year ("Joined
October 2011") or a day without its year ("Jan. 6") names no day. Numbers written with slashes
are read month first ("11/28/2016") unless the page's language writes the day first or a part
above 12 settles the order ("18/03/2019").
"""

from __future__ import annotations

import re
from datetime import date

MIN_YEAR = 1990
MAX_DATE_TEXT_CHARS = 500
_MONTH_NAMES = {
    1: "january jan januar janvier enero ene gennaio januari janeiro января stycznia ledna يناير",
    2: "february feb februar février fevrier febrero febbraio februari fevereiro февраля lutego února فبراير",
    3: "march mar märz maerz mär mars marzo maart março marts марта marca března مارس",
    4: "april apr avril abril abr aprile апреля kwietnia dubna أبريل ابريل",
    5: "may mai mayo maggio mei maio maj мая maja května مايو",
    6: "june jun juni juin junio giugno junho июня czerwca června يونيو",
    7: "july jul juli juillet julio luglio julho июля lipca července يوليو",
    8: "august aug août aout agosto ago augustus augusti августа sierpnia srpna أغسطس اغسطس",
    9: "september sep sept septembre septiembre setiembre settembre setembro сентября września září سبتمبر",
    10: "october oct oktober okt octobre octubre ottobre outubro октября października října أكتوبر اكتوبر",
    11: "november nov novembre noviembre novembro ноября listopada listopadu نوفمبر",
    12: "december dec dezember dez décembre decembre diciembre dic dicembre dezembro декабря grudnia prosince ديسمبر",
}
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
_MONTH = r"(?P<month>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
# most specific first: a year-first number, CJK, month names either way round, then day-first and
# slashed numbers
_PATTERNS = (
    ("ymd", re.compile(r"(?<!\d)" + _YEAR + r"\s*[-/.]\s*(?P<month>[01]?\d)\s*[-/.]\s*(?P<day>[0-3]?\d)(?!\d)")),
    ("ymd", re.compile(_YEAR + r"\s*年\s*(?P<month>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日")),
    ("name", re.compile(r"(?i)(?<!\w)" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR)),
    ("name", re.compile(r"(?i)(?<![\w.])" + _DAY + r"\s+(?:de\s+)?" + _MONTH + r",?\s+(?:de\s+|del\s+)?" + _YEAR)),
    ("dmy", re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.\s?" + _YEAR)),
    ("slash", re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/" + _YEAR)),
)
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_URL_DATE = re.compile(r"/" + _YEAR + r"[/-](?P<month>[01]\d)[/-](?P<day>[0-3]\d)(?:[/_-]|$)")
DAY_FIRST_LANGUAGES = frozenset("de fr es it nl pt pl cs da sv nb no fi ru tr el hu ro".split())


def date_in_text(text: str, language: str | None = None) -> str | None:
    """The first whole date `text` writes ("Updated 11:22 PM EST, Tue November 29, 2016",
    "Publié le 07 mai 2019", "19.07.2022", "2019年04月21日"), as "YYYY-MM-DD"; None when it writes
    none. `language` (a primary subtag) orders slashed numbers that do not order themselves."""
    text = text[:MAX_DATE_TEXT_CHARS]  # a dateline is short; a meta tag's content may not be
    if not names_a_year(text):  # most lines a page drops name no year: skip the patterns
        return None
    found: list[tuple[int, str]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if (day := _day_of(kind, match, language)) is not None:
                found.append((match.start(), day))
                break
    return min(found)[1] if found else None


def names_a_year(text: str) -> bool:
    """Whether the text holds a four-digit year from 1900 to 2099: what every whole date holds."""
    return _ANY_YEAR.search(text) is not None


def date_in_url(url: str | None) -> str | None:
    """The date a URL's path writes as /YYYY/MM/DD/ or /YYYY-MM-DD ("…/2016/12/15/amazon-…")."""
    match = _URL_DATE.search(url or "")
    return _iso(match["year"], match["month"], match["day"]) if match else None


def _day_of(kind: str, match: re.Match[str], language: str | None) -> str | None:
    if kind == "name":
        return _iso(match["year"], str(MONTHS[match["month"].lower()]), match["day"])
    if kind != "slash":
        return _iso(match["year"], match["month"], match["day"])
    a, b = int(match["a"]), int(match["b"])
    day_first = a > 12 or (b <= 12 and language in DAY_FIRST_LANGUAGES)
    return _iso(match["year"], str(b if day_first else a), str(a if day_first else b))


def _iso(year: str, month: str, day: str) -> str | None:
    """ "YYYY-MM-DD" for a real day from MIN_YEAR to next year; None otherwise."""
    try:
        found = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return found.isoformat() if MIN_YEAR <= found.year <= date.today().year + 1 else None
