"""Bytes to text: BOM, declared charset, then detection; and HTML-or-text sniffing."""

from __future__ import annotations

import codecs
import re
import zlib

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
            return data[len(bom) :].decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if looks_binary(data):
        raise InputError("input looks like binary data, not text or HTML")
    declared = _declared_charset(data)
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    encoding = _detect(data[:200_000])
    return data.decode(encoding, errors="replace"), encoding


# charset-normalizer often cannot tell the single-byte Latin encodings apart on short pages.
# windows-1252 is the web's own default (WHATWG): it wins a near tie, and it wins whenever the
# text reads as a language written in windows-1252.
WEB_DEFAULT = "cp1252"
NEAR_TIE_CHAOS, NEAR_TIE_COHERENCE = 0.02, 0.05
WEB_DEFAULT_LANGUAGES = frozenset(
    {
        "English",
        "French",
        "German",
        "Spanish",
        "Italian",
        "Portuguese",
        "Dutch",
        "Danish",
        "Swedish",
        "Norwegian",
        "Finnish",
        "Catalan",
        "Indonesian",
    }
)


def _detect(sample: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = from_bytes(sample)
    best = matches.best()
    if best is None or not best.encoding:
        return "utf-8"
    for match in matches:
        if match.encoding != WEB_DEFAULT:
            continue
        near_tie = match.chaos <= best.chaos + NEAR_TIE_CHAOS and match.coherence >= best.coherence - NEAR_TIE_COHERENCE
        if near_tie or best.language in WEB_DEFAULT_LANGUAGES:
            return WEB_DEFAULT
    return best.encoding


BINARY_SNIFF_BYTES = 65_536
_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27))
_LETTER_BYTES = b" abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def looks_binary(data: bytes) -> bool:
    """Many control bytes and few ASCII letters: an image, archive or random bytes, not a page."""
    head = data[:BINARY_SNIFF_BYTES]
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    letters = len(head) - len(head.translate(None, _LETTER_BYTES))
    return controls / len(head) > 0.05 and letters / len(head) < 0.5


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def gunzip(data: bytes, max_bytes: int, source: str = "input") -> bytes:
    """Decompress gzip data, at most `max_bytes + 1` bytes of it; InputError when corrupt or cut short."""
    try:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = decompressor.decompress(data, max_bytes + 1)
        if not decompressor.eof and len(out) <= max_bytes:
            raise InputError(f"{source}: truncated gzip stream")
        return out
    except zlib.error as exc:
        raise InputError(f"{source}: corrupt gzip data: {exc}") from exc


def looks_like_html(text: str) -> bool:
    """True when the text is markup rather than a plain-text dump."""
    head = text[:MAX_SNIFF_BYTES]
    return len(_HTML_SNIFF.findall(head)) >= 1 and "<" in head and ">" in head


def clean_control_chars(text: str) -> str:
    """Drop NUL and other C0 controls that break parsers; keep tabs and newlines."""
    # whether there is one, asked of the UTF-8 bytes (a control is one byte there, and no other
    # character's bytes are controls): four times quicker than a search of the text
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded.translate(None, _CONTROL_BYTES)) == len(encoded):
        return text
    return _CONTROL.sub("", text)


_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
