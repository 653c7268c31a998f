"""decode_bytes: byte-order marks, UTF-8, declared and detected legacy encodings."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bulletinkit import ParseError, decode_bytes
from bulletinkit.parse.text import DecodeError
from tests.parse.html._support import require_html

_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


@given(_TEXT)
def test_utf8_with_or_without_bom_round_trips(text: str) -> None:
    if not text.startswith("\ufeff"):  # else its first three bytes *are* a UTF-8 BOM
        assert decode_bytes(text.encode("utf-8")) == text
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8")) == text


@given(_TEXT, st.sampled_from(["utf-16", "utf-16-le", "utf-16-be"]))
def test_utf16_with_a_bom_round_trips(text: str, encoding: str) -> None:
    bom = b"" if encoding == "utf-16" else codecs.BOM_UTF16_LE  # "utf-16" writes its own
    if encoding == "utf-16-be":
        bom = codecs.BOM_UTF16_BE
    assert decode_bytes(bom + text.encode(encoding)) == text


@given(_TEXT, st.sampled_from(["latin-1", "cp1252", "cp1251", "utf-16-le", "utf-32"]))
def test_a_forced_encoding_round_trips(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return  # a leading BOM-like sequence decides, by design
    assert decode_bytes(data, encoding) == text


def test_a_declared_encoding_is_used() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body>Лавров</body></html>'
    assert decode_bytes(page.encode("cp1251")) == page
    http_equiv = (
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>München</p>'
    )
    assert decode_bytes(http_equiv.encode("latin-1")) == http_equiv


def test_an_undeclared_legacy_encoding_is_detected() -> None:
    require_html()
    text = (
        "Министр иностранных дел России Сергей Лавров провёл переговоры с министром "
        "иностранных дел Турции в Москве во вторник.\n"
    )
    assert decode_bytes(text.encode("cp1251")) == text


def test_a_forced_encoding_that_does_not_fit_names_the_line_and_byte() -> None:
    data = b"Date: 1 May 2020\nTitle\nZa\xbf\xf3\n"
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data, "utf-8")
    assert caught.value.line == 3
    assert "cannot decode as utf-8: byte b'\\xbf' at offset 25" in str(caught.value)
    assert isinstance(caught.value, ParseError)
    assert caught.value.code == "undecodable"


def test_an_unknown_encoding_name_is_a_clear_error() -> None:
    with pytest.raises(DecodeError, match="unknown encoding 'klingon-8'"):
        decode_bytes(b"text", "klingon-8")


def test_binary_bytes_are_refused_not_guessed() -> None:
    with pytest.raises(DecodeError, match="cannot decode as utf-8"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")


def test_non_bytes_are_refused() -> None:
    with pytest.raises(DecodeError, match="expected bytes"):
        decode_bytes("text")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Date: 1 May 2020\nTalks in Zürich\nThe ministers met in Zürich on Monday.\n", "cp1252"),
        ("Le ministre a rencontré son homologue à Genève, où il était arrivé.\n", "cp1252"),
        ("Министр иностранных дел России Сергей Лавров провёл переговоры.\n", "cp1251"),
        ("Zażółć gęślą jaźń w Krakowie, gdzie ministrowie się spotkali.\n", "cp1250"),
    ],
)
def test_short_legacy_pages_are_read_in_the_webs_usual_encoding(text: str, encoding: str) -> None:
    # charset-normalizer alone reads the first as cp775 ("Z³rich"): the usual one wins.
    require_html()
    assert decode_bytes(text.encode(encoding)) == text
