"""Web archives (WARC, gzipped or not): their records, and the outcome of each.

:func:`read_warc` reads the records and keeps the payload of each HTML page;
:func:`bulletinkit.parse.iter_warc` turns those pages into bulletins
(:class:`WarcRecord`).
"""

from __future__ import annotations

import datetime
import io
import os
import zlib
from collections.abc import Iterator
from typing import IO, Any, Literal

import attrs
import pendulum

from bulletinkit.errors import NOT_TEXT, TOO_LARGE, BulletinkitError, Issue, ParseError
from bulletinkit.model import Bulletin
from bulletinkit.parse.html._extra import require
from bulletinkit.parse.html.detect import sniff
from bulletinkit.parse.html.limits import MAX_WARC_RECORD_BYTES

__all__ = ["DateFrom", "Status", "WarcEntry", "WarcRecord", "read_warc"]

Status = Literal["parsed", "skipped", "failed"]
DateFrom = Literal["page", "crawl"]
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PAGE_RECORDS = ("response", "resource")
_WARC_MAGIC = b"WARC/"
_GZIP_MAGIC = b"\x1f\x8b"


@attrs.frozen(kw_only=True)
class WarcRecord:
    """The outcome of one WARC record: a bulletin, a reason to skip it, or an error."""

    status: Status
    number: int
    """The record's position in the archive (1 for the first record)."""
    uri: str | None = None
    """The record's ``WARC-Target-URI``."""
    record_type: str | None = None
    bulletin: Bulletin | None = None
    reason: str | None = None
    """Why a record was skipped: ``not-a-page`` (requests, metadata, warcinfo),
    ``not-html``, ``listing-page``, ``not-article``."""
    error: BulletinkitError | None = None
    notes: tuple[Issue, ...] = ()
    """The bulletin's notes (also in ``bulletin.notes``), e.g. ``date-from-crawl``."""


@attrs.frozen(kw_only=True)
class WarcEntry:
    """One record as read: the HTML payload of a page, or why there is none."""

    number: int
    uri: str | None
    record_type: str | None
    crawled: pendulum.Date | None = None
    """The calendar date of ``WARC-Date``: when the page was crawled, not published."""
    payload: bytes | None = None
    charset: str | None = None
    """The HTTP ``charset`` when the payload decodes in it (servers are sometimes wrong)."""
    reason: str | None = None
    error: BulletinkitError | None = None


def read_warc(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    max_record_bytes: int = MAX_WARC_RECORD_BYTES,
) -> Iterator[WarcEntry]:
    """Every record of a WARC file, in order; HTML pages with their payload.

    Needs the ``html`` extra (warcio). A record larger than ``max_record_bytes`` once
    decompressed has an ``error``; the archive goes on. Raises
    :class:`~bulletinkit.ParseError` when the file is not a readable WARC archive.
    """
    archive = require("warcio.archiveiterator", "reading WARC archives")
    exceptions = require("warcio.exceptions", "reading WARC archives")
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as stream:
            yield from _records(stream, archive, exceptions, max_record_bytes)
        return
    yield from _records(source, archive, exceptions, max_record_bytes)


def _records(
    stream: IO[bytes], archive: Any, exceptions: Any, max_record_bytes: int
) -> Iterator[WarcEntry]:
    head = stream.read(len(_WARC_MAGIC))
    if not (head.startswith(_GZIP_MAGIC) or head == _WARC_MAGIC):
        raise _unreadable(1, f"it starts with {head!r}")
    records = iter(archive.ArchiveIterator(_Prefixed(head, stream)))
    number = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        # warcio reports a broken archive in many ways, some of them not its own.
        except (
            exceptions.ArchiveLoadFailed,
            ValueError,
            AttributeError,
            EOFError,
            OSError,
            zlib.error,
        ) as error:
            raise _unreadable(number + 1, str(error) or type(error).__name__) from None
        number += 1
        yield _entry(record, number, max_record_bytes)


def _unreadable(number: int, why: str) -> ParseError:
    return ParseError(
        f"not a readable WARC archive (record {number}): {why}",
        expected="a WARC file (WARC/1.0 or WARC/1.1, gzipped or not)",
        code=NOT_TEXT,
    )


class _Prefixed(io.RawIOBase):
    """A binary stream with bytes already read put back in front."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _entry(record: Any, number: int, max_record_bytes: int) -> WarcEntry:
    base: dict[str, Any] = {
        "number": number,
        "uri": record.rec_headers.get_header("WARC-Target-URI"),
        "record_type": record.rec_type,
        "crawled": _day(record.rec_headers.get_header("WARC-Date")),
    }
    if record.rec_type not in _PAGE_RECORDS:
        return WarcEntry(reason="not-a-page", **base)
    try:
        payload = record.content_stream().read(max_record_bytes + 1)
    except (ValueError, EOFError, OSError, zlib.error) as broken:
        failure = ParseError(f"WARC record {number} cannot be read: {broken}")
        return WarcEntry(error=failure, **base)
    if len(payload) > max_record_bytes:
        too_large = ParseError(
            f"WARC record {number} is larger than the limit of {max_record_bytes} "
            "bytes once decompressed",
            expected=f"records of at most {max_record_bytes} bytes (max_record_bytes=...)",
            code=TOO_LARGE,
        )
        return WarcEntry(error=too_large, **base)
    content_type, charset = _content_type(record)
    if not _is_html(content_type, payload):
        return WarcEntry(reason="not-html", **base)
    return WarcEntry(payload=payload, charset=_usable(charset, payload), **base)


def _content_type(record: Any) -> tuple[str, str | None]:
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    value = (headers.get_header("Content-Type") or "").lower()
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, found = param.strip().partition("=")
        if name.strip() == "charset" and found.strip():
            charset = found.strip().strip("\"'")
    return media.strip(), charset


def _is_html(content_type: str, payload: bytes) -> bool:
    if content_type in _HTML_TYPES:
        return True
    # A missing or generic type: look at the bytes.
    return content_type in ("", "application/octet-stream", "text/plain") and (
        sniff(payload) == "html"
    )


def _usable(charset: str | None, payload: bytes) -> str | None:
    if charset is None:
        return None
    try:
        payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None
    return charset


def _day(value: str | None) -> pendulum.Date | None:
    if not value:
        return None
    try:
        day = datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return pendulum.Date(day.year, day.month, day.day)
