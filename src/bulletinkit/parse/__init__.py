"""Plain text to bulletins: :func:`parse_text` and the layers it runs.

Layout (:mod:`bulletinkit.parse.layout`) finds the parts of a page; then the license
reader, and the actor and meeting extractors read their parts.

Each stage is a package (``text`` for what they share, ``dates``, ``layout``,
``actors``, ``meetings``, ``license``) whose ``__init__`` says what it reads, produces and
exports; the word lists are in ``lexicon/``. See "How the parser is laid out" in
``docs/parsing.md``.
"""

from __future__ import annotations

import datetime

import pendulum

from bulletinkit.errors import Issue, ParseError, ValidationError
from bulletinkit.model import Actor, Bulletin, LicenseNotice, Meeting, Series
from bulletinkit.parse.actors import KnownPeople, extract_actors
from bulletinkit.parse.layout import PageLayout, read_layout
from bulletinkit.parse.license import read_license
from bulletinkit.parse.meetings import extract_meetings

__all__ = ["parse_text"]


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
