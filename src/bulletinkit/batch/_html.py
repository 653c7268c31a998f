"""The HTML reader and the WARC expansion of the batch (the ``html`` extra).

:func:`read_html_page` is the reader registered for HTML pages; :func:`parse_archive`
turns one WARC file into one result per page record, in archive order.
"""

from __future__ import annotations

import io
import os

from bulletinkit.batch._result import Hints, PageResult, error_code
from bulletinkit.errors import BulletinkitError, ParseError
from bulletinkit.model import Bulletin

__all__ = ["is_archive", "parse_archive", "read_html_page"]

_HEAD = 2048
_REASONS = {
    "not-html": "not an HTML page",
    "listing-page": "a listing page, not one bulletin",
    "not-article": "no article text",
}


def read_html_page(data: bytes, hints: Hints) -> Bulletin:
    """Parse an HTML page with :func:`~bulletinkit.parse_html`, the hints winning."""
    from bulletinkit.parse import parse_html

    return parse_html(
        data, url=hints.source_url, date=hints.date, title=hints.title, encoding=hints.encoding
    )


def is_archive(path: str, data: bytes | None) -> bool:
    """Whether the page at ``path`` (or ``data``) is a WARC archive, from its first bytes."""
    from bulletinkit.parse.html import sniff

    if data is None:
        if path == "-":
            return False
        try:
            with open(path, "rb") as handle:
                data = handle.read(_HEAD)
        except OSError:
            return False  # parse_path reports it
    return sniff(data[:_HEAD], "" if path == "-" else path) == "warc"


def parse_archive(
    path: str,
    *,
    data: bytes | None = None,
    max_record_bytes: int,
    strict: bool = False,
    hints: Hints | None = None,
) -> list[PageResult]:
    """One :class:`PageResult` per page record of the WARC file ``path``, named ``PATH#N``.

    Records that are not pages (requests, metadata) give no result; records that are not
    HTML, listing pages and non-articles are skipped (codes ``not-html``,
    ``listing-page``, ``not-article``); ``hints`` may only carry ``encoding`` and
    ``date_from`` (a per-page hint would apply to every record). A file that is not a
    readable archive is one failed result.
    """
    from bulletinkit.parse import iter_warc

    hints = hints or Hints()
    if hints.date is not None or hints.title is not None or hints.source_url is not None:
        refused = ParseError(
            "a per-page hint (date, title, source_url) would apply to every record",
            expected="no per-page hints for a WARC archive (--date-from crawl for dates)",
        )
        return [PageResult(path=path, error=refused, code=error_code(refused))]
    source = path if data is None else io.BytesIO(data)
    results: list[PageResult] = []
    try:
        records = iter_warc(
            source,
            date_from=hints.date_from,
            encoding=hints.encoding,
            max_record_bytes=max_record_bytes,
        )
        for record in records:
            name = f"{os.fspath(path)}#{record.number}"
            if record.bulletin is not None:
                results.append(_page(name, record.bulletin, strict))
            elif record.reason is not None and record.reason != "not-a-page":
                why = _REASONS.get(record.reason, record.reason)
                skipped = ParseError(f"{why} ({record.uri})", code=record.reason)
                results.append(PageResult(path=name, error=skipped, code=record.reason))
            elif record.error is not None:
                code = error_code(record.error)
                results.append(PageResult(path=name, error=record.error, code=code))
    except BulletinkitError as error:
        results.append(PageResult(path=path, error=error, code=error_code(error)))
    return results


def _page(name: str, bulletin: Bulletin, strict: bool) -> PageResult:
    warnings = bulletin.notes
    if strict and warnings:
        first = warnings[0]
        refused = ParseError(f"{first.message} (--strict)", code=first.code)
        return PageResult(path=name, error=refused, code=first.code, warnings=warnings)
    return PageResult(path=name, bulletin=bulletin, warnings=warnings)
