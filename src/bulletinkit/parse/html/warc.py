"""Web archives (WARC, gzipped or not) to bulletins: :func:`iter_warc`."""

from __future__ import annotations

import datetime
import io
import os
import zlib
from collections.abc import Iterator
from typing import IO, Any, Literal

import attrs

from bulletinkit.errors import BulletinkitError, ParseError
from bulletinkit.model import Bulletin
from bulletinkit.parse.actors import KnownPeople
from bulletinkit.parse.html._bulletin import bulletin_from_page, crawl_date
from bulletinkit.parse.html._extra import require
from bulletinkit.parse.html.detect import sniff
from bulletinkit.parse.html.limits import MAX_DEPTH, MAX_HTML_BYTES, MAX_WARC_RECORD_BYTES
from bulletinkit.parse.html.page import is_listing, read_html

__all__ = ["DateFrom", "Status", "WarcRecord", "iter_warc"]

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
    """Why a record was skipped: ``not-html``, ``not-a-page`` (requests, metadata),
    ``listing-page``, ``not-article``."""
    error: BulletinkitError | None = None
    notes: tuple[str, ...] = ()
    """What the reader wants said, e.g. that the crawl date stands in for the date."""


def iter_warc(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    date_from: DateFrom = "page",
    encoding: str | None = None,
    known: KnownPeople | None = None,
    max_record_bytes: int = MAX_WARC_RECORD_BYTES,
    max_depth: int = MAX_DEPTH,
) -> Iterator[WarcRecord]:
    """One :class:`WarcRecord` for each record of a WARC file, in archive order.

    Every HTML ``response`` (or ``resource``) record is parsed as one page with
    :func:`~bulletinkit.parse.html.parse_html`: ``source_url`` is the record's
    ``WARC-Target-URI``. Other records, listing pages and pages with no article text
    are ``skipped`` with a reason; a page that fails is ``failed`` with its error.
    Neither stops the archive. The crawl date (``WARC-Date``) is not a publication
    date: with ``date_from="crawl"`` it stands in for the date of a page that states
    none, and the record's ``notes`` say so.

    Needs the ``html`` extra. Raises :class:`~bulletinkit.ParseError` when the file is
    not a WARC archive.
    """
    archive = require("warcio.archiveiterator", "reading WARC archives")
    require("trafilatura", "reading WARC archives")
    exceptions = require("warcio.exceptions", "reading WARC archives")
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as stream:
            yield from _records(
                stream,
                archive,
                exceptions,
                _Options(date_from, encoding, known, max_record_bytes, max_depth),
            )
        return
    yield from _records(
        source,
        archive,
        exceptions,
        _Options(date_from, encoding, known, max_record_bytes, max_depth),
    )


@attrs.frozen
class _Options:
    date_from: DateFrom
    encoding: str | None
    known: KnownPeople | None
    max_record_bytes: int
    max_depth: int


def _records(
    stream: IO[bytes], archive: Any, exceptions: Any, options: _Options
) -> Iterator[WarcRecord]:
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
        yield _one(record, number, options)


def _unreadable(number: int, why: str) -> ParseError:
    return ParseError(
        f"not a readable WARC archive (record {number}): {why}",
        expected="a WARC file (WARC/1.0 or WARC/1.1, gzipped or not)",
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


def _one(record: Any, number: int, options: _Options) -> WarcRecord:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    kind = record.rec_type
    base = {"number": number, "uri": uri, "record_type": kind}
    if kind not in _PAGE_RECORDS:
        return WarcRecord(status="skipped", reason="not-a-page", **base)
    try:
        payload = record.content_stream().read(options.max_record_bytes + 1)
    except (ValueError, EOFError, OSError, zlib.error) as broken:
        failure = ParseError(f"WARC record {number} cannot be read: {broken}")
        return WarcRecord(status="failed", error=failure, **base)
    if len(payload) > options.max_record_bytes:
        too_large = ParseError(
            f"WARC record {number} is larger than the limit of {options.max_record_bytes} "
            "bytes once decompressed",
            expected=f"records of at most {options.max_record_bytes} bytes (max_record_bytes=...)",
        )
        return WarcRecord(status="failed", error=too_large, **base)
    content_type, charset = _content_type(record)
    if not _is_html(content_type, payload):
        return WarcRecord(status="skipped", reason="not-html", **base)
    try:
        page = read_html(
            payload,
            encoding=options.encoding or _usable(charset, payload),
            max_bytes=max(options.max_record_bytes, MAX_HTML_BYTES),
            max_depth=options.max_depth,
        )
        if is_listing(page):
            return WarcRecord(status="skipped", reason="listing-page", **base)
        if not page.text:
            return WarcRecord(status="skipped", reason="not-article", **base)
        date, notes = _date(page.date, record, options.date_from)
        bulletin = bulletin_from_page(page, url=uri, date=date, known=options.known)
    except BulletinkitError as error:
        return WarcRecord(status="failed", error=error, **base)
    return WarcRecord(status="parsed", bulletin=bulletin, notes=notes, **base)


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
    """The HTTP charset when the payload decodes in it (servers are sometimes wrong)."""
    if charset is None:
        return None
    try:
        payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None
    return charset


def _date(
    page_date: datetime.date | None, record: Any, date_from: DateFrom
) -> tuple[datetime.date | None, tuple[str, ...]]:
    if page_date is not None or date_from != "crawl":
        return None, ()
    crawled = crawl_date(record.rec_headers.get_header("WARC-Date"))
    if crawled is None:
        return None, ()
    return crawled, (f"date-from-crawl: the page states no date; the crawl date {crawled} is used",)
