"""From what a page's markup says to a bulletin, given the text pipeline to run.

The pipeline (:func:`bulletinkit.parse.parse_text`) is passed in, not imported: a stage
does not import the package that runs the stages.
"""

from __future__ import annotations

import datetime
from typing import Any, Protocol

import attrs

from bulletinkit.errors import (
    DATE_FROM_CRAWL,
    LISTING_PAGE,
    NOT_ARTICLE,
    BulletinkitError,
    Issue,
    ParseError,
    Severity,
)
from bulletinkit.model import Bulletin, Series
from bulletinkit.parse.html.limits import MAX_HTML_BYTES
from bulletinkit.parse.html.page import HtmlPage, is_listing, page_text, read_html
from bulletinkit.parse.html.warc import DateFrom, WarcEntry, WarcRecord
from bulletinkit.parse.license import read_license

__all__ = ["TextParser", "bulletin_from_page", "check_article", "warc_record"]


class TextParser(Protocol):
    """The signature of :func:`~bulletinkit.parse_text`."""

    def __call__(
        self,
        text: str,
        *,
        date: datetime.date | None = ...,
        title: str | None = ...,
        source_url: str | None = ...,
        known: Any = ...,
    ) -> Bulletin: ...


def check_article(page: HtmlPage) -> None:
    """Raise :class:`ParseError` (``listing-page``, ``not-article``) for a non-article."""
    if is_listing(page):
        raise ParseError(
            f"this page lists {page.teasers} teasers, not one bulletin (a listing page)",
            expected="the page of one article",
            code=LISTING_PAGE,
        )
    if not page.text:
        raise ParseError(
            "no article text found in the page", expected="an article page", code=NOT_ARTICLE
        )


def bulletin_from_page(
    page: HtmlPage,
    parse: TextParser,
    *,
    url: str | None = None,
    date: datetime.date | None = None,
    title: str | None = None,
    known: Any = None,
    notes: tuple[Issue, ...] = (),
) -> Bulletin:
    """The bulletin of a page :func:`read_html` has read: ``parse`` on its article text.

    The page's own date and title head the text, so that ``parse`` notes a caller's
    ``date=`` that differs (``date-conflict``); the caller's values win. The notes lose
    their line numbers (lines of the extracted text, not of the page); ``notes`` are
    added to them.
    """
    bulletin = parse(
        page_text(page.text, page.date, page.title),
        date=date if date is not None else page.date,
        title=title if title is not None else page.title,
        source_url=url if url is not None else page.url,
        known=known,
    )
    notice = bulletin.license
    if notice is None and page.license_text is not None:
        notice = read_license(page.license_text)
    series = bulletin.series
    publisher = (notice.holder if notice is not None else None) or page.site_name
    if series is None and page.site_name is not None:
        series = Series(name=page.site_name, publisher=publisher)
    elif series is not None and series.publisher is None and publisher is not None:
        series = attrs.evolve(series, publisher=publisher)
    provenance = bulletin.provenance
    if provenance is not None:
        moved = tuple(attrs.evolve(note, location="") for note in provenance.notes)
        provenance = attrs.evolve(provenance, notes=moved + notes)
    fields = {
        **attrs.asdict(bulletin, recurse=False),
        "license": notice,
        "series": series,
        "language": page.language or bulletin.language,
        "authors": page.authors,
        "captions": page.captions,
        "provenance": provenance,
    }
    del fields["id"]  # the id depends on the series: it is made anew
    return Bulletin(**fields)


def warc_record(
    entry: WarcEntry,
    parse: TextParser,
    *,
    date_from: DateFrom = "page",
    encoding: str | None = None,
    known: Any = None,
    max_record_bytes: int = MAX_HTML_BYTES,
    max_depth: int,
) -> WarcRecord:
    """The outcome of one WARC record read by :func:`read_warc`."""
    base: dict[str, Any] = {
        "number": entry.number,
        "uri": entry.uri,
        "record_type": entry.record_type,
    }
    if entry.error is not None:
        return WarcRecord(status="failed", error=entry.error, **base)
    if entry.payload is None:
        return WarcRecord(status="skipped", reason=entry.reason, **base)
    try:
        page = read_html(
            entry.payload,
            encoding=encoding or entry.charset,
            max_bytes=max(max_record_bytes, MAX_HTML_BYTES),
            max_depth=max_depth,
        )
        check_article(page)
        date: datetime.date | None = None
        notes: tuple[Issue, ...] = ()
        if page.date is None and date_from == "crawl" and entry.crawled is not None:
            date, notes = entry.crawled, (_crawl_note(entry.crawled),)
        bulletin = bulletin_from_page(
            page, parse, url=entry.uri, date=date, known=known, notes=notes
        )
    except ParseError as error:
        if error.code in (LISTING_PAGE, NOT_ARTICLE):
            return WarcRecord(status="skipped", reason=error.code, **base)
        return WarcRecord(status="failed", error=error, **base)
    except BulletinkitError as error:
        return WarcRecord(status="failed", error=error, **base)
    return WarcRecord(status="parsed", bulletin=bulletin, notes=bulletin.notes, **base)


def _crawl_note(day: datetime.date) -> Issue:
    return Issue(
        code=DATE_FROM_CRAWL,
        message=f"the page states no date: the crawl date {day.isoformat()} is used",
        severity=Severity.WARNING,
        expected="a publication date on the page",
        found=day.isoformat(),
    )
