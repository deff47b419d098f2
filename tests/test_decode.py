import codecs

import pytest

from cleanpage.decode import clean_control_chars, decode_bytes, looks_like_html
from cleanpage.errors import InputError


@pytest.mark.parametrize(
    "bom, codec",
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_bom_decides_the_encoding(bom, codec):
    text, used = decode_bytes(bom + "Grüße aus Köln".encode(codec))
    assert text == "Grüße aus Köln"
    assert used == codec


def test_declared_charset_is_used_when_bytes_are_not_utf8():
    page = '<html><head><meta charset="windows-1252"></head><body><p>caf\xe9 \x93quoted\x94</p></body></html>'
    text, used = decode_bytes(page.encode("latin-1"))
    assert "café “quoted”" in text
    assert used == "cp1252"


def test_undeclared_legacy_encoding_is_detected():
    sentence = "日本語のテキストです。これはテストの文章で、文字コードを判定します。" * 5
    text, _ = decode_bytes(sentence.encode("shift_jis"))
    assert text == sentence


def test_decode_rejects_non_bytes():
    with pytest.raises(InputError, match="expected bytes, got int"):
        decode_bytes(5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("<div class=a>hello</div>", True),
        ("Just a plain text dump.\n\nWith two paragraphs.", False),
        ("Price: 5 < 6 and 7 > 3", False),
    ],
)
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def test_control_characters_are_removed_but_newlines_kept():
    assert clean_control_chars("a\x00b\x07c\nd\te") == "abc\nd\te"


def test_every_control_character_is_found_among_other_characters():
    # the check runs on the text's UTF-8 bytes: each control alone, beside letters of other
    # scripts, an emoji and a lone surrogate, goes; tab, newline, carriage return and the rest stay
    kept = "\t\n\r ü€😀\ud800\x80\x9f"
    for code in [*range(0x20), 0x7F]:
        char = chr(code)
        expected = char if char in "\t\n\r" else ""
        assert clean_control_chars(f"a{char}b{kept}") == f"a{expected}b{kept}"
    assert clean_control_chars(kept) is kept
