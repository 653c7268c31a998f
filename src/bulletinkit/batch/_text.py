"""The plain-text reader: bytes to a bulletin with :func:`~bulletinkit.parse_text`."""

from __future__ import annotations

from bulletinkit.batch._result import Hints
from bulletinkit.model import Bulletin

__all__ = ["read_text"]


def read_text(data: bytes, hints: Hints) -> Bulletin:
    """Decode ``data`` (:func:`~bulletinkit.decode_bytes`: a BOM, ``hints.encoding``,
    UTF-8 or a detected encoding; code ``undecodable`` otherwise) and parse it, the hints
    winning."""
    from bulletinkit.parse import parse_text
    from bulletinkit.parse.text import decode_bytes

    text = decode_bytes(data, hints.encoding)
    return parse_text(text, date=hints.date, title=hints.title, source_url=hints.source_url)
