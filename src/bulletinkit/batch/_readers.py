"""Which reader turns a file's bytes into a bulletin: the one place formats register.

A format is chosen from the file's first bytes (an HTML document is HTML whatever its
name), then from its suffix, and is plain text otherwise. Each format names its reader
as ``"module:function"``, imported on first use (so a worker process imports only what
it reads, and an optional extra is needed only for its own format). A reader is called
``reader(data, hints)`` and returns one :class:`~bulletinkit.Bulletin` or raises a
:class:`~bulletinkit.BulletinkitError`.

To add a format (the HTML reader, say): put its reader in ``READERS`` and its suffixes
in ``SUFFIXES``. A format listed in ``SUFFIXES`` or detected by content but without a
reader here gives the page the error code ``unsupported-format``. Formats that hold
several pages per file (WARC) are expanded into pages before this table is consulted:
see ``bulletinkit.batch._html``.

``SUFFIXES`` is also what a folder is searched for (:func:`bulletinkit.batch.find_pages`
without a ``glob``): a file is a page when its suffix is listed here, whatever case.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from bulletinkit.batch._result import Hints
from bulletinkit.model import Bulletin

__all__ = ["READERS", "SUFFIXES", "Reader", "page_format", "reader_for", "suffix_format"]

Reader = Callable[[bytes, Hints], Bulletin]

READERS: dict[str, str] = {
    "text": "bulletinkit.batch._text:read_text",
    "html": "bulletinkit.batch._html:read_html_page",
}
"""Format name -> ``"module:function"`` of its reader."""

SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".warc": "warc",
    ".warc.gz": "warc",
}
"""Lower-case file suffix -> format name: the files a folder is searched for, and the
format of a file whose content does not decide. WARC archives are told by content first
and expanded into pages (``bulletinkit.batch._html``); they have no reader here."""

_LONGEST_FIRST = sorted(SUFFIXES, key=len, reverse=True)


def suffix_format(path: str) -> str | None:
    """The format ``SUFFIXES`` gives the name of ``path`` (any case); ``None`` if none."""
    name = path.replace("\\", "/").rpartition("/")[2].lower()
    for suffix in _LONGEST_FIRST:
        if name.endswith(suffix) and len(name) > len(suffix):
            return SUFFIXES[suffix]
    return None


def page_format(path: str, head: bytes) -> str:
    """The format of a page from its first bytes, then its suffix; ``"text"`` otherwise."""
    from bulletinkit.parse.html import sniff

    # Content first (also UTF-16 pages, XHTML, comments); a .html name only with tags.
    if sniff(head, path) == "html":
        return "html"
    kind = suffix_format(path) or "text"
    return "text" if kind == "html" else kind  # an .html file without a tag is text


def reader_for(kind: str) -> Reader | None:
    """The reader of format ``kind``, imported now; ``None`` when none is registered."""
    target = READERS.get(kind)
    if target is None:
        return None
    module, _, name = target.partition(":")
    reader: Reader = getattr(importlib.import_module(module), name)
    return reader
