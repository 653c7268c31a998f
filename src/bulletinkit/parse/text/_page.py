"""Checking and normalising page text before the layout reader sees it."""

from __future__ import annotations

import re

from bulletinkit.errors import NOT_TEXT, ParseError, excerpt

# C0 controls other than tab, newline, carriage return, form feed and vertical tab, plus
# DEL: text saved from a web page rarely carries them; binary data nearly always does.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# What counts against a page being text: those controls, the C1 controls (but NEL) and
# the replacement character a failed decoding leaves.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffd]")
_MOSTLY = 0.3
"""Input whose non-space characters are more than this share unprintable is not text."""
# Invisible formatting characters (zero-width spaces and joiners, soft hyphens, stray
# byte-order marks) carry no text; a no-break space is a space.
_INVISIBLE = {
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u00ad\ufeff")),
    0xA0: " ",
}
_ODD_NEWLINES = ("\r", "\v", "\f", "\x85", "\u2028", "\u2029")
# The control characters as UTF-8 bytes: no byte of a multi-byte sequence is below 0x80,
# so deleting these from the encoded text shortens it only if the text holds one.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
# A one-byte character is sought faster in the encoded text than in a wide string
# (UTF-8: no byte of a multi-byte sequence is below 0x80); the others in the text.
_ODD_NEWLINE_BYTES = tuple(mark.encode() for mark in _ODD_NEWLINES if mark.isascii())
_ODD_NEWLINE_CHARS = tuple(mark for mark in _ODD_NEWLINES if not mark.isascii())


def line_of(text: str, offset: int) -> int:
    """The 1-based line number of character ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1


def decode_page(data: bytes) -> str:
    """Decode the bytes of a saved page as UTF-8 (a BOM is allowed).

    Raises :class:`~bulletinkit.ParseError` naming the line of the first byte that is
    not UTF-8.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 4]
        raise ParseError(
            f"input is not UTF-8 text: byte {bad[:1]!r} at offset {error.start}",
            line=data.count(b"\n", 0, error.start) + 1,
            expected="UTF-8 encoded text",
            code=NOT_TEXT,
        ) from None


def _check_text(text: str) -> str:
    """``text`` without stray control characters; ParseError ``not-text`` for binary data
    (a NUL character, or mostly unprintable characters)."""
    nul = text.find("\x00")
    if nul >= 0:
        raise ParseError(
            f"input is not text: it holds NUL characters "
            f"(the first near {excerpt(text[max(0, nul - 20) : nul + 20])})",
            line=line_of(text, nul),
            expected="plain text",
            code=NOT_TEXT,
        )
    unprintable = len(_UNPRINTABLE.findall(text))
    if unprintable > _MOSTLY * (len(text) - sum(map(text.count, " \t\n\r"))):
        raise ParseError(
            f"input is not text: {unprintable} of its {len(text)} characters are control "
            "or replacement characters",
            expected="plain text",
            code=NOT_TEXT,
        )
    # A stray control character (a crawler's leftover) is dropped, not a reason to refuse.
    return _CONTROL.sub("", text)


def clean_lines(text: object) -> list[str]:
    """The page's lines, right-stripped, with one kind of line ending.

    Raises :class:`~bulletinkit.ParseError` with code ``not-text`` for input that is not
    a ``str``, that is empty or blank, that holds a NUL character, or whose characters
    are mostly control or replacement characters (binary data). A few stray control
    characters are removed.
    """
    if not isinstance(text, str):
        raise ParseError(
            f"expected the page as text (str), got {type(text).__name__}",
            expected="a str; decode bytes first (UTF-8)",
            code=NOT_TEXT,
        )
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded.translate(None, _CONTROL_BYTES)) != len(encoded):
        text = _check_text(text)
        encoded = text.encode("utf-8", "surrogatepass")
    elif not text.isascii() and "\ufffd" in text:
        _check_text(text)  # many replacement characters: bytes decoded as text
    text = text.removeprefix("\ufeff")
    if any(mark in encoded for mark in _ODD_NEWLINE_BYTES) or (
        not text.isascii() and any(mark in text for mark in _ODD_NEWLINE_CHARS)
    ):
        # "\r\n" first, then a lone mark: each line break becomes one "\n".
        for mark in ("\r\n", *_ODD_NEWLINES):
            if mark in text:
                text = text.replace(mark, "\n")
    if not text.isascii() and any(chr(code) in text for code in _INVISIBLE):
        text = text.translate(_INVISIBLE)
    lines = [line.strip() for line in text.split("\n")]
    if not any(lines):
        raise ParseError(
            "input is empty", line=1, expected="the text of a bulletin page", code=NOT_TEXT
        )
    return lines
