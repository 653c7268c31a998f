"""Plain text to bulletins: :func:`parse_text` and the layers it runs.

Layout (:mod:`bulletinkit.parse.layout`) finds the parts of a page; then the license
reader, and the actor and meeting extractors read their parts.

:func:`parse_html` and :func:`iter_warc` run the same pipeline on the article text
the ``html`` stage extracts from a web page or from each page of a web archive.

Each stage is a package (``text`` for what they share, ``dates``, ``layout``,
``actors``, ``meetings``, ``license``, ``html``) whose ``__init__`` says what it reads, produces and
exports; the word lists are in ``lexicon/``. See "How the parser is laid out" in
``docs/parsing.md``.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from typing import IO, Any

import attrs
import pendulum

from bulletinkit.errors import BulletinkitError, Issue, ParseError, ValidationError
from bulletinkit.model import Actor, Bulletin, LicenseNotice, Meeting, Series
from bulletinkit.parse.actors import KnownPeople, extract_actors
from bulletinkit.parse.html import (
    MAX_DEPTH,
    MAX_HTML_BYTES,
    MAX_WARC_RECORD_BYTES,
    DateFrom,
    HtmlPage,
    WarcEntry,
    WarcRecord,
    is_listing,
    page_text,
    read_html,
    read_warc,
)
from bulletinkit.parse.layout import PageLayout, read_layout
from bulletinkit.parse.license import read_license
from bulletinkit.parse.meetings import extract_meetings

__all__ = ["iter_warc", "parse_html", "parse_text"]


def parse_text(
    text: str,
    *,
    date: datetime.date | None = None,
    title: str | None = None,
    source_url: str | None = None,
    known: KnownPeople | None = None,
) -> Bulletin:
    """Parse the plain text of one bulletin page into a :class:`~bulletinkit.Bulletin`.

    Finds the series (from a blurb "X is a review of ..." or a label line in capitals),
    the date, the title, the lead (the first paragraph) and the body, and keeps the
    donation appeal, photo credits and license footer out of the body. ``date`` and
    ``title``, when given, win over what the text says (use them for pages that state
    none). A page cut before its footer parses normally. ``known`` is an optional
    registry of known people handed to :func:`~bulletinkit.extract_actors`.

    Raises :class:`~bulletinkit.ParseError` with a line number and what was expected
    for empty, binary or non-text input, a listing page of several items, and a page
    with no date or no title that the caller did not supply.
    """
    page = read_layout(text)
    bulletin_date = _bulletin_date(date, page)
    bulletin_title = title if title is not None else page.title
    if bulletin_title is None:
        raise ParseError(
            "no title found",
            line=page.body_line,
            expected="a title line before the first paragraph (or pass title=...)",
        )
    parts = page.paragraphs
    lead, paragraphs = (parts[0], parts[1:]) if parts else (None, ())
    # The actor and meeting extractors read `parts` (spans index them).
    actors: tuple[Actor, ...] = extract_actors(parts, known=known)
    meetings: tuple[Meeting, ...] = extract_meetings(parts, actors, date=bulletin_date)
    notice = _license(page.license_text)
    return Bulletin(
        title=bulletin_title,
        date=bulletin_date,
        series=_series(page, notice),
        lead=lead,
        paragraphs=paragraphs,
        actors=actors,
        meetings=meetings,
        license=notice,
        appeal=page.appeal,
        photo_credits=page.photo_credits,
        source_url=source_url,
    )


def _bulletin_date(given: object, page: PageLayout) -> pendulum.Date:
    if given is not None:
        if not isinstance(given, datetime.date) or isinstance(given, datetime.datetime):
            raise ValidationError(
                (
                    Issue(
                        code="type",
                        message=f"'date' must be a date (got {type(given).__name__})",
                        location="/date",
                        expected="a datetime.date or pendulum.Date",
                    ),
                )
            )
        return pendulum.Date(given.year, given.month, given.day)
    if page.date is None and page.unread_date_line is not None:
        raise ParseError(
            "the date on this line could not be read",
            line=page.unread_date_line,
            expected="a date such as '19 November 2021', '19.11.2021' or '2021-11-19' "
            "(or pass date=...)",
        )
    if page.date is None:
        raise ParseError(
            "no bulletin date found",
            line=page.title_line or page.body_line,
            expected="a date line such as 'Date: 19 November 2021' (or pass date=...)",
        )
    return page.date


def _series(page: PageLayout, notice: LicenseNotice | None) -> Series | None:
    if page.series_name is None:
        return None
    # A publisher known from the series or the footer's wording comes first; otherwise
    # the license holder is the best witness of who published the page.
    holder = None if notice is None else notice.holder
    return Series(
        name=page.series_name,
        description=page.series_description,
        publisher=page.publisher or holder,
    )


def _license(text: str | None) -> LicenseNotice | None:
    return None if text is None else read_license(text)


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    date: datetime.date | None = None,
    title: str | None = None,
    encoding: str | None = None,
    known: KnownPeople | None = None,
    max_bytes: int = MAX_HTML_BYTES,
    max_depth: int = MAX_DEPTH,
) -> Bulletin:
    """Parse a saved HTML page (an article of a news site, think tank or ministry).

    trafilatura extracts the article text; the page's markup wins over what the text
    reader would guess: the title (``og:title``, ``<h1>``), the publication date (JSON-LD
    ``datePublished``, ``article:published_time``, ``<time datetime>``: the calendar date
    as written, in the page's own time zone), the canonical URL (``source_url``) and the
    site name (the series publisher when the page names no other). ``date=``, ``title=``
    and ``url=`` given by the caller win. The article text then goes through
    :func:`parse_text`; the license footer, which trafilatura drops, is read from the
    page's footer. ``bytes`` are decoded with :func:`~bulletinkit.decode_bytes`
    (``encoding`` forces one).

    Navigation, related-article lists, tickers, scripts, cookie banners, share bars,
    donation boxes and comments are cut before extraction: they give no text, actor or
    meeting. Needs the ``html`` extra (``pip install 'bulletinkit[html]'``).

    Raises :class:`~bulletinkit.ParseError` when the extra is missing, the bytes cannot
    be decoded, the page breaks a limit (``max_bytes``, ``max_depth``), is a listing of
    teasers, has no article text, or states no date and the caller passed none.
    """
    page = read_html(html, encoding=encoding, max_bytes=max_bytes, max_depth=max_depth)
    if is_listing(page):
        raise ParseError(
            f"this page lists {page.teasers} teasers, not one bulletin (a listing page)",
            expected="the page of one article",
        )
    if not page.text:
        raise ParseError("no article text found in the page", expected="an article page")
    return _from_page(page, url=url, date=date, title=title, known=known)


def iter_warc(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    date_from: DateFrom = "page",
    encoding: str | None = None,
    known: KnownPeople | None = None,
    max_record_bytes: int = MAX_WARC_RECORD_BYTES,
    max_depth: int = MAX_DEPTH,
) -> Iterator[WarcRecord]:
    """One :class:`~bulletinkit.parse.html.WarcRecord` for each record of a WARC file.

    Every HTML ``response`` (or ``resource``) record is parsed like :func:`parse_html`,
    with ``source_url`` the record's ``WARC-Target-URI``. Other records, listing pages
    and pages with no article text are ``skipped`` with a reason; a page that fails is
    ``failed`` with its error: neither stops the archive. The crawl date (``WARC-Date``)
    is not a publication date: with ``date_from="crawl"`` it stands in for the date of a
    page that states none, and the record's ``notes`` say so. Needs the ``html`` extra;
    raises :class:`~bulletinkit.ParseError` when the file is not a WARC archive.
    """
    for entry in read_warc(source, max_record_bytes=max_record_bytes):
        yield _warc_record(entry, date_from, encoding, known, max_record_bytes, max_depth)


def _warc_record(
    entry: WarcEntry,
    date_from: DateFrom,
    encoding: str | None,
    known: KnownPeople | None,
    max_record_bytes: int,
    max_depth: int,
) -> WarcRecord:
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
        if is_listing(page):
            return WarcRecord(status="skipped", reason="listing-page", **base)
        if not page.text:
            return WarcRecord(status="skipped", reason="not-article", **base)
        date: datetime.date | None = None
        notes: tuple[str, ...] = ()
        if page.date is None and date_from == "crawl" and entry.crawled is not None:
            date = entry.crawled
            notes = (f"date-from-crawl: the page states no date; the crawl date {date} is used",)
        bulletin = _from_page(page, url=entry.uri, date=date, known=known)
    except BulletinkitError as error:
        return WarcRecord(status="failed", error=error, **base)
    return WarcRecord(status="parsed", bulletin=bulletin, notes=notes, **base)


def _from_page(
    page: HtmlPage,
    *,
    url: str | None = None,
    date: datetime.date | None = None,
    title: str | None = None,
    known: KnownPeople | None = None,
) -> Bulletin:
    the_date = date if date is not None else page.date
    the_title = title if title is not None else page.title
    bulletin = parse_text(
        page_text(page.text, the_date, the_title),
        date=the_date,
        title=the_title,
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
    language = page.language or bulletin.language
    if (notice, series, language) == (bulletin.license, bulletin.series, bulletin.language):
        return bulletin
    # The id depends on the series name: a new bulletin gets it anew.
    fields = {**attrs.asdict(bulletin, recurse=False), "license": notice, "series": series}
    fields["language"] = language
    del fields["id"]
    return Bulletin(**fields)
