"""What a file holds, told from its first bytes: plain text, HTML or a WARC archive.

Content decides; the file name is only a fallback, for HTML fragments (tags, but none
a page starts with) and for empty or unreadable WARC heads. Needs nothing beyond the
standard library, so the command line can tell an HTML input from a text one before the
``html`` extra is imported.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from typing import Literal

__all__ = ["Kind", "sniff"]

Kind = Literal["text", "html", "warc"]

_HEAD_BYTES = 2048
_GZIP_MAGIC = b"\x1f\x8b"
_WARC_MAGIC = b"WARC/1."
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[a-zA-Z!/][^>]*>")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_WARC_SUFFIXES = (".warc", ".warc.gz")


def sniff(data: bytes, name: str = "") -> Kind:
    """``"warc"``, ``"html"`` or ``"text"`` for the bytes of a file (and its name).

    A WARC file starts with ``WARC/1.`` (also inside gzip); an HTML page starts with
    ``<!doctype html``, ``<html``, ``<head``, ``<body`` or a ``<meta`` tag, after an
    optional byte-order mark, XML declaration and comments, in UTF-8, UTF-16 or an
    ASCII-compatible encoding.
    """
    head = data[:_HEAD_BYTES]
    if head.startswith(_WARC_MAGIC) or (
        head.startswith(_GZIP_MAGIC) and _gunzip_head(data).startswith(_WARC_MAGIC)
    ):
        return "warc"
    if _HTML_START.match(_text_head(head)):
        return "html"
    lower = name.lower()
    if lower.endswith(_WARC_SUFFIXES):
        return "warc"
    if lower.endswith(_HTML_SUFFIXES) and _TAG.search(_text_head(head)):
        return "html"
    return "text"


def _gunzip_head(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS).decompress(data[:_HEAD_BYTES], 64)
    except (zlib.error, gzip.BadGzipFile):
        return b""


def _text_head(head: bytes) -> str:
    for bom, encoding in (
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF8, "utf-8"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, "ignore")
    return head.decode("latin-1")
