"""Bytes to text for every reader: :func:`decode_bytes` and :class:`DecodeError`.

The order is the one browsers follow, less their guesses: a byte-order mark wins
(UTF-8, UTF-16; UTF-32 only when forced); then the encoding the caller forces; then
UTF-8 when the bytes are valid UTF-8; then the encoding an HTML or XML page declares
(``<meta charset>``, ``<meta http-equiv="Content-Type">``, ``<?xml encoding>``); then
detection with ``charset-normalizer`` (installed with the ``html`` extra). Plain UTF-8
text never needs the extra.
"""

from __future__ import annotations

import codecs
import re

from bulletinkit.errors import UNDECODABLE, ParseError

__all__ = ["DecodeError", "declared_encoding", "decode_bytes", "decode_error"]

# The byte-order marks browsers honour (WHATWG Encoding): not UTF-32's, whose
# little-endian mark is also UTF-16's followed by a NUL character.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Where a page declares its encoding: HTML 5 says the first 1024 bytes; be generous.
_DECLARATION_BYTES = 4096
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_EXTRA_HINT = "pip install 'bulletinkit[html]'"
# The legacy encodings of the web, most used first: among the encodings that read a page
# equally well, the first of these is taken.
_PREFERRED = (
    "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "cp1256", "cp1255",
    "iso8859_15", "koi8_r", "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr",
)  # fmt: skip
_CHAOS_TIE = 0.01


class DecodeError(ParseError):
    """Bytes that cannot be decoded as text (the same error from every command).

    A :class:`~bulletinkit.ParseError` with code ``undecodable``: ``line`` is the line of
    the first byte that could not be decoded, when known.
    """

    def __init__(self, message: str, *, line: int | None = None, expected: str | None = None):
        super().__init__(message, line=line, expected=expected, code=UNDECODABLE)


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Decode a saved page (plain text or HTML) to ``str``.

    A byte-order mark decides; otherwise ``encoding`` when given (a name Python's
    ``codecs`` knows, e.g. ``"latin-1"``, ``"windows-1251"``); otherwise UTF-8, the
    encoding an HTML page declares, or the one ``charset-normalizer`` detects.

    Raises :class:`DecodeError` (a :class:`~bulletinkit.ParseError`) for an unknown
    encoding name, bytes that are not valid in the forced or only possible encoding,
    and bytes no encoding fits.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise DecodeError(f"expected bytes to decode, got {type(data).__name__}", expected="bytes")
    data = bytes(data)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, name)
    if encoding is not None:
        return _strict(data, _known(encoding))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        first_bad = error
    declared = declared_encoding(data)
    if declared is not None and declared.replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    return _detected(data, first_bad)


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML or XML page declares in its head, if Python knows it."""
    found = _DECLARED.search(data[:_DECLARATION_BYTES])
    if found is None:
        return None
    name = (found.group(1) or found.group(2)).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _known(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise DecodeError(
            f"unknown encoding {encoding!r}",
            expected="an encoding name such as 'utf-8', 'latin-1' or 'windows-1251'",
        ) from None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise _undecodable(data, error, encoding) from None


def _undecodable(data: bytes, error: UnicodeDecodeError, encoding: str) -> DecodeError:
    return decode_error(
        encoding,
        data[error.start : error.start + 1],
        offset=error.start,
        line=data.count(b"\n", 0, error.start) + 1,
    )


def decode_error(encoding: str, byte: bytes, *, offset: int, line: int) -> DecodeError:
    """The error for a byte that is not valid in ``encoding``: one wording everywhere."""
    return DecodeError(
        f"cannot decode as {encoding}: byte {byte!r} at offset {offset}",
        line=line,
        expected=f"{encoding} text (or pass the right encoding, e.g. --encoding latin-1)",
    )


def _detected(data: bytes, first_bad: UnicodeDecodeError) -> str:
    if b"\x00" in data:
        # NUL bytes without a UTF-16/32 byte-order mark: binary data, not text.
        raise _undecodable(data, first_bad, "utf-8")
    try:
        import charset_normalizer
    except ImportError:
        error = _undecodable(data, first_bad, "utf-8")
        raise DecodeError(
            str(error.issue.message) + "; detecting other encodings needs "
            f"charset-normalizer ({_EXTRA_HINT})",
            line=error.line,
            expected="UTF-8 text, or pass the encoding (e.g. --encoding latin-1)",
        ) from None
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise _undecodable(data, first_bad, "utf-8")
    # On short pages several code pages read equally well; the web's usual one wins
    # (charset-normalizer alone takes German "Zürich" for cp775).
    least = min(match.chaos for match in matches)
    fitting = [match for match in matches if match.chaos <= least + _CHAOS_TIE]
    for preferred in _PREFERRED:
        for match in fitting:
            if preferred == match.encoding or preferred in match.could_be_from_charset:
                return data.decode(preferred)
    return str(fitting[0])
