"""Bytes to text: BOM, declared charset, then detection; and HTML-or-text sniffing."""

from __future__ import annotations

import codecs
import re

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""",
    re.IGNORECASE,
)
_HTML_SNIFF = re.compile(
    r"<\s*(!doctype\s+html|html|head|body|div|p|table|span|article|section|br|a\s|meta|title|ul|li|h[1-6]|script|style|text\s)[\s>/]",
    re.IGNORECASE,
)
MAX_SNIFF_BYTES = 4096


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED.search(data[:MAX_SNIFF_BYTES])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "ignore").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    # Pages declaring latin-1 are almost always cp1252 in practice (WHATWG).
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a page's bytes. Returns (text, encoding used)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputError(f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace"), best.encoding
    return data.decode("utf-8", errors="replace"), "utf-8"


def looks_like_html(text: str) -> bool:
    """True when the text is markup rather than a plain-text dump."""
    head = text[:MAX_SNIFF_BYTES]
    return len(_HTML_SNIFF.findall(head)) >= 1 and "<" in head and ">" in head


def clean_control_chars(text: str) -> str:
    """Drop NUL and other C0 controls that break parsers; keep tabs and newlines."""
    if "\x00" in text or _CONTROL.search(text):
        return _CONTROL.sub("", text.replace("\x00", ""))
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
