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
from typing import IO

import pendulum

from bulletinkit.errors import (
    AMBIGUOUS_DATE,
    DATE_CONFLICT,
    NO_DATE,
    NO_TITLE,
    Issue,
    Severity,
    ValidationError,
)
from bulletinkit.model import (
    Actor,
    Bulletin,
    Dateline,
    LicenseNotice,
    Meeting,
    Provenance,
    Series,
)
from bulletinkit.parse.actors import KnownPeople, extract_actors
from bulletinkit.parse.html import (
    MAX_DEPTH,
    MAX_HTML_BYTES,
    MAX_WARC_RECORD_BYTES,
    DateFrom,
    WarcRecord,
    bulletin_from_page,
    check_article,
    read_html,
    read_warc,
    warc_record,
)
from bulletinkit.parse.layout import PageLayout, read_layout
from bulletinkit.parse.license import read_license
from bulletinkit.parse.meetings import extract_meetings
from bulletinkit.versions import __version__

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
    ``title``, when given, win over what the text says. A page cut before its footer
    parses normally. ``known`` is an optional registry of known people handed to
    :func:`~bulletinkit.extract_actors`.

    A page that has text is never refused: what it does not say is ``None`` and noted.
    The bulletin's ``provenance`` names this bulletinkit version and keeps the notes
    (:attr:`~bulletinkit.Bulletin.notes`), warnings located at ``line N`` with the
    stable codes ``no-date``, ``no-title``, ``date-conflict`` (``date=`` differs from the
    page's date, and wins) and ``ambiguous-date`` (a date such as ``04/05/2018`` whose
    day and month order nothing on the page tells); see ``docs/parsing.md``. Without a
    date, meeting dates that need it ("on Monday", "last week") stay ``None``.

    Raises :class:`~bulletinkit.ParseError` only for input that is not a bulletin page:
    code ``not-text`` (not a ``str``, empty, holding NUL characters, or mostly
    unprintable) or ``listing-page`` (a page of several items), with a line number and
    what was expected.
    """
    page = read_layout(text)
    notes: list[Issue] = []
    bulletin_date = _bulletin_date(date, page, notes)
    bulletin_title = title if title is not None else page.title
    if bulletin_title is None:
        notes.append(
            _note(
                NO_TITLE,
                "no title found: the page has no title line before its first paragraph",
                page.body_line,
                expected="a title line before the first paragraph (or pass title=...)",
            )
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
        dateline=_dateline(page),
        authors=page.authors,
        lead=lead,
        paragraphs=paragraphs,
        actors=actors,
        meetings=meetings,
        license=notice,
        appeal=page.appeal,
        photo_credits=page.photo_credits,
        source_url=source_url,
        provenance=Provenance(generator=GENERATOR, notes=tuple(notes)),
    )


GENERATOR = f"bulletinkit {__version__}"
"""The ``generator`` of the provenance :func:`parse_text` writes."""


def _note(code: str, message: str, line: int | None, **more: str | None) -> Issue:
    return Issue(
        code=code,
        message=message,
        location="" if line is None else f"line {line}",
        severity=Severity.WARNING,
        **more,
    )


def _given_date(given: object) -> pendulum.Date:
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


def _bulletin_date(given: object, page: PageLayout, notes: list[Issue]) -> pendulum.Date | None:
    if given is not None:
        day = _given_date(given)
        if page.date is not None and page.date != day:
            notes.append(
                _note(
                    DATE_CONFLICT,
                    f"the page states the date {page.date.isoformat()}, but date="
                    f"{day.isoformat()} was passed: the date passed is kept",
                    page.date_line,
                    expected=day.isoformat(),
                    found=page.date.isoformat(),
                )
            )
        return day
    if page.date is not None:
        return page.date
    if page.ambiguous_date_line is not None:
        notes.append(
            _note(
                AMBIGUOUS_DATE,
                "the date on this line could be read day first or month first, and no other "
                "date on the page tells which: the bulletin has no date",
                page.ambiguous_date_line,
                expected="a date whose day and month can be told apart (or pass date=...)",
            )
        )
    elif page.unread_date_line is not None:
        notes.append(
            _note(
                NO_DATE,
                "the date on this line could not be read: the bulletin has no date",
                page.unread_date_line,
                expected="a date such as '19 November 2021', '19.11.2021' or '2021-11-19' "
                "(or pass date=...)",
            )
        )
    else:
        notes.append(
            _note(
                NO_DATE,
                "no bulletin date found: the bulletin has no date",
                page.title_line or page.body_line,
                expected="a date line such as 'Date: 19 November 2021' (or pass date=...)",
            )
        )
    return None


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


def _dateline(page: PageLayout) -> Dateline | None:
    if page.dateline_place is None and page.dateline_agency is None:
        return None
    return Dateline(place=page.dateline_place, agency=page.dateline_agency)


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

    ``authors`` (bylines, never actors) and ``captions`` (figure captions) come from the
    markup. Notes as for :func:`parse_text`, without line numbers.

    Raises :class:`~bulletinkit.ParseError` with code ``missing-extra``, ``undecodable``,
    ``too-large`` (``max_bytes``, ``max_depth``), ``listing-page`` (a page of teasers) or
    ``not-article`` (no article text).
    """
    page = read_html(html, encoding=encoding, max_bytes=max_bytes, max_depth=max_depth)
    check_article(page)
    return bulletin_from_page(page, parse_text, url=url, date=date, title=title, known=known)


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
    page that states none, with the note ``date-from-crawl``. Needs the ``html`` extra;
    raises :class:`~bulletinkit.ParseError` when the file is not a WARC archive.
    """
    for entry in read_warc(source, max_record_bytes=max_record_bytes):
        yield warc_record(
            entry,
            parse_text,
            date_from=date_from,
            encoding=encoding,
            known=known,
            max_record_bytes=max_record_bytes,
            max_depth=max_depth,
        )
