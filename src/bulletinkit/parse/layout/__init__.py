"""Segmenting a bulletin page into its parts: series, date, title, lead, body, footer.

:func:`read_layout` does only this: it finds where each part is and returns their
text. Reading the license rules, the people and the meetings is left to the modules
that follow it in :func:`bulletinkit.parse_text`.

The layout stage: reads the page's plain text; produces a :class:`PageLayout`.
Exports ``read_layout`` and ``PageLayout`` to :func:`bulletinkit.parse_text`, and
``is_license`` (whether a line reads as a license notice) to the HTML reader; imports
:mod:`bulletinkit.parse.text` (page cleaning) and :mod:`bulletinkit.parse.dates` (the
header date).
"""

from __future__ import annotations

import attrs
import pendulum

from bulletinkit.parse.layout import _lines
from bulletinkit.parse.layout._body import read_footer, split_paragraphs
from bulletinkit.parse.layout._comments import drop_comments
from bulletinkit.parse.layout._header import read_header
from bulletinkit.parse.layout._lexicon import lexicon
from bulletinkit.parse.layout._listing import check_not_listing
from bulletinkit.parse.layout._signoff import cut_glued_signoff, signoff_authors
from bulletinkit.parse.layout._story import (
    byline_authors,
    is_list_heading,
    read_dateline,
    tail_start,
)
from bulletinkit.parse.text import clean_lines

is_license = _lines.is_license

__all__ = ["PageLayout", "is_license", "read_layout"]


@attrs.frozen(kw_only=True)
class PageLayout:
    """The parts of one bulletin page, as text, with the lines they were found on.

    Everything is ``None`` (or empty) when the page does not have it: a page cut before
    its footer has no ``license_text``; an analysis without a date line has no
    ``date``. ``paragraphs`` holds the lead first, then the body. ``publisher`` is
    known from the series name or from a name in the footer (see
    ``parse/lexicon/layout_publishers.tsv``).
    """

    series_name: str | None = None
    series_description: str | None = None
    publisher: str | None = None
    date: pendulum.Date | None = None
    date_line: int | None = None
    unread_date_line: int | None = None
    """A labelled date line ("Written on 04/23/2018") whose date could not be read."""
    ambiguous_date_line: int | None = None
    """The first head line with a date whose day and month order cannot be told
    ("04/05/2018"); such a date is never read."""
    title: str | None = None
    title_line: int | None = None
    body_line: int | None = None
    """The line the first paragraph starts on (where a missing title was expected)."""
    paragraphs: tuple[str, ...] = ()
    bylines: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    """The people the bylines name ("By A and B"); a wire or site named there is not one."""
    dateline_place: str | None = None
    dateline_agency: str | None = None
    """The place and agency of the lead's dateline ("KYIV, March 3 (Example Wire) -")."""
    photo_credits: tuple[str, ...] = ()
    appeal: str | None = None
    license_text: str | None = None
    line_count: int = 0


def read_layout(text: str) -> PageLayout:
    """Find the parts of a bulletin page in ``text``.

    Raises :class:`~bulletinkit.ParseError` (with a line number) for input that is
    empty, not text, binary, or a listing page of several dated items. A missing date
    or title is not an error here: :func:`bulletinkit.parse_text` decides that, since
    the caller may supply them.
    """
    lines = clean_lines(text)
    entries, credits = _lines.sort_lines(lines)
    entries = drop_comments(entries)
    check_not_listing(entries)
    head = read_header(entries)
    if head.body_cut:
        number, first = entries[head.body_start]
        entries[head.body_start] = (number, first[head.body_cut :])
    footer = read_footer(entries, head.body_start)
    body = entries[head.body_start : footer.start]
    if head.standfirst:
        # The standfirst is the article's own words: its first paragraph, the lead.
        body = [*head.standfirst, (head.standfirst[-1][0], ""), *body]
    body_line = next((number for number, line in body if line), None)
    body, tail = _story_only(body)
    paragraphs = tuple(split_paragraphs(body))
    if paragraphs:
        # "... officials said. (Reporting by A; Editing by B)": the sign-off is not text.
        last, glued = cut_glued_signoff(paragraphs[-1])
        if glued is not None:
            paragraphs, tail = (*paragraphs[:-1], last), [glued, *tail]
    # The dateline starts the story, after a standfirst when there is one.
    story = paragraphs[1:] if head.standfirst else paragraphs
    dateline = read_dateline(story[0]) if story else None
    date, date_line = head.date, head.date_line
    if date is None and dateline is not None and dateline.date is not None:
        # "Tbilisi/03.03.19/...": a dateline that names its year dates the story.
        date, date_line = dateline.date, body_line
    license_text = " ".join(footer.license_lines) or None
    return PageLayout(
        series_name=head.series_name,
        series_description=head.series_blurb,
        publisher=_publisher(head.series_name, license_text, footer.appeal),
        date=date,
        date_line=date_line,
        unread_date_line=head.unread_date_line,
        ambiguous_date_line=None if date is not None else head.ambiguous_date_line,
        title=head.title,
        title_line=head.title_line,
        body_line=body_line if body_line is not None else len(lines),
        paragraphs=paragraphs,
        bylines=tuple(head.bylines),
        # The bylines' people, then the reporters and writers of a wire sign-off.
        authors=tuple(
            dict.fromkeys(
                [name for line in head.bylines for name in byline_authors(line)]
                + signoff_authors(tail)
            )
        ),
        dateline_place=None if dateline is None else dateline.place,
        dateline_agency=None if dateline is None else dateline.agency,
        photo_credits=tuple(credits),
        appeal=footer.appeal,
        license_text=license_text,
        line_count=len(lines),
    )


def _story_only(body: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[str]]:
    # Sign-offs, end marks, comment forms and related-article lists after the lead end
    # the story's text; the lines cut (the tail) are returned too.
    first = next((i for i, (_, text) in enumerate(body) if text), None)
    if first is None:
        return body, []
    cut = tail_start([text for _, text in body], first + 1)
    kept, tail = (body, []) if cut is None else (body[:cut], body[cut:])
    # A "Related" heading higher up (its list not at the end) is dropped on its own.
    story = [entry for entry in kept if not is_list_heading(entry[1])]
    return story, [text for _, text in tail if text]


def _publisher(series: str | None, *footer: str | None) -> str | None:
    words = lexicon()
    if series is not None:
        known = words.series_publishers.get(series.casefold())
        if known is not None:
            return known
    folded = " ".join(text for text in footer if text).casefold()
    if folded:
        for holder, publisher in words.holder_publishers:
            if holder in folded:
                return publisher
    return None
