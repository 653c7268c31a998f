"""The plain-text reader: UTF-8 bytes to a bulletin with :func:`~bulletinkit.parse_text`."""

from __future__ import annotations

from bulletinkit.batch._result import Hints
from bulletinkit.errors import ParseError
from bulletinkit.model import Bulletin

__all__ = ["read_text"]


def read_text(data: bytes, hints: Hints) -> Bulletin:
    """Decode ``data`` as UTF-8 (a BOM is allowed) and parse it, the hints winning."""
    from bulletinkit.parse import parse_text
    from bulletinkit.parse.text import decode_page

    try:
        text = decode_page(data)
    except ParseError as error:
        raise ParseError(
            error.issue.message, code="not-utf8", line=error.line, expected=error.expected
        ) from None
    return parse_text(text, date=hints.date, title=hints.title, source_url=hints.source_url)
