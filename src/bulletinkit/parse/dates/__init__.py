"""Dates in bulletins: the publication date of a header line, and dates in the body.

* :func:`parse_header_date` reads the date a header, ``Date:`` or byline line states.
* :func:`find_date_expressions` finds date phrases in body text without resolving them;
  :func:`resolve` turns one into a :class:`~bulletinkit.PartialDate` or
  :class:`~bulletinkit.DateRange` seen from the bulletin date (the *anchor*);
  :func:`resolve_dates` does both for a whole text.

A date without a year takes it from the anchor: a held event is never after the anchor
(``held=True``), a planned one never before it (``held=False``). See ``docs/dates.md``.

The date stage: reads strings (a header line, body text, a sentence); produces
:class:`DateExpression` and :class:`ResolvedDate` values. Exports the names in
``__all__`` to the layout and meeting stages; imports only :mod:`bulletinkit.parse.text`.
"""

from __future__ import annotations

import datetime
import re

import pendulum

from bulletinkit.model._rules import fail
from bulletinkit.model.dates import DateRange, PartialDate, Precision
from bulletinkit.parse.dates._find import find_date_expressions
from bulletinkit.parse.dates._meaning import (
    AnchorShift,
    CalendarDate,
    CalendarRange,
    DateExpression,
    DateMeaning,
    ReferenceShift,
    ResolvedDate,
    Unit,
)
from bulletinkit.parse.dates._patterns import patterns
from bulletinkit.parse.dates._resolve import resolve_meaning

__all__ = [
    "AnchorShift",
    "CalendarDate",
    "CalendarRange",
    "DateExpression",
    "DateMeaning",
    "ReferenceShift",
    "ResolvedDate",
    "Unit",
    "find_date_expressions",
    "guess_held",
    "is_ambiguous_date",
    "parse_header_date",
    "resolve",
    "resolve_dates",
]

_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|would|(?:is|are|was|were)\s+to|(?:is|are|was|were)\s+(?:due|set|"
    r"scheduled|expected|planned|slated)\s+to|plans?\s+to|planning\s+to|to\s+be\s+held|"
    r"(?:agreed|decided|intends?|intended|promised|pledged|invited\s+\w+)\s+to|upcoming|next)\b"
)
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?]\s")
_CLAUSE_END = re.compile(r"[,;:.!?]|\b(?:and|but|while|whereas)\b")
_SENTENCE_REACH = 300  # how far back guess_held looks for the start of the sentence


def _full_day(meaning: DateMeaning) -> pendulum.Date | None:
    if isinstance(meaning, CalendarRange):
        end = meaning.end
        if end.year is None or end.month is None or end.day is None:
            return None
        meaning = end
    if not isinstance(meaning, CalendarDate):
        return None
    if meaning.year is None or meaning.month is None or meaning.day is None:
        return None
    return pendulum.Date(meaning.year, meaning.month, meaning.day)


def _as_anchor(value: object) -> pendulum.Date:
    if type(value) is pendulum.Date:
        return value
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        fail("anchor", "type", "must be a date", value, expected="a datetime.date or pendulum.Date")
    return pendulum.Date(value.year, value.month, value.day)


def parse_header_date(line: str) -> pendulum.Date | None:
    """The publication date a header line states, or ``None`` if it states none.

    Reads "19 November 2021", "November 19, 2021", "Nov. 19, 2021", "19.11.2021" (day
    first) and "2021-11-19", with or without a ``Date:`` label, also inside a byline
    ("Article by: A. Name – 14 Feb. 2019 – Outlet"). A digest period in a title
    ("March 2-9, 2020", "Aug. 28-Sept. 4, 2021") gives the **last** day of the period, the
    day the digest can first have appeared. Only complete dates count (day, month and
    year); after a ``Date:`` label the date there wins over any earlier one. Never raises:
    anything that is not a string, or a line with no complete date, gives ``None``.
    """
    if not isinstance(line, str) or _DIGIT.search(line) is None:
        return None
    label = patterns().date_label.search(line)
    regions = [line[label.end() :], line] if label else [line]
    for region in regions:
        for expression in find_date_expressions(region, full_dates_only=True):
            day = _full_day(expression.meaning)
            if day is not None:
                return day
    return None


# Two anchors far apart: a phrase that resolves to the same date from both does not
# depend on the anchor (it names its year), so it is resolved even without one.
_PROBES = (pendulum.Date(1900, 6, 15), pendulum.Date(2100, 6, 15))


def is_ambiguous_date(line: str) -> bool:
    """Whether ``line`` holds a numeric date whose day and month order cannot be told
    ("04/05/2018": 4 May or 5 April), which :func:`parse_header_date` leaves unread."""
    for match in patterns().day_first.finditer(line):
        first, second = int(match.group("a")), int(match.group("b"))
        if match.group("s") == "/" and first != second and first <= 12 and second <= 12:
            return True
    return False


def resolve(
    expression: DateExpression | DateMeaning,
    *,
    anchor: datetime.date | None,
    reference: PartialDate | DateRange | None = None,
    held: bool = True,
) -> PartialDate | DateRange | None:
    """The date a phrase names, seen from the bulletin date ``anchor``.

    ``held=True`` (past tense, the default) resolves a phrase without a year to the
    latest such date on or before the anchor; ``held=False`` (future: "will meet on
    Monday") to the earliest on or after it. A phrase relative to another event
    (``expression.needs_reference``) needs ``reference``, that event's date, and gives
    ``None`` without it. The result has the precision the phrase gives: "in September
    last year" is a month, "last year" a year, "last week" the :class:`DateRange` of that
    Monday-Sunday week, "9-10 October" a :class:`DateRange` of days. ``anchor`` may be
    a ``datetime.date`` or a ``pendulum.Date``; anything else is a ValidationError.
    With ``anchor=None`` (an undated bulletin) only phrases that do not need the anchor
    resolve ("10 May 2021", "May 2021", or a shift from a known ``reference``); "on 10
    May", "last week" and "yesterday" give ``None``.
    """
    meaning = expression.meaning if isinstance(expression, DateExpression) else expression
    if anchor is None:
        first, second = (
            resolve_meaning(meaning, anchor=probe, reference=reference, held=held)
            for probe in _PROBES
        )
        return first if first == second else None
    return resolve_meaning(meaning, anchor=_as_anchor(anchor), reference=reference, held=held)


def guess_held(text: str, expression: DateExpression) -> bool:
    """Whether the sentence around ``expression`` speaks of a held (past) event.

    A cheap cue reader: "will", "would", "is to", "is due to", "plans to", "agreed to",
    "upcoming" ... in the same sentence before the phrase, or in its own clause after
    it ("the meeting on Monday will ..."), mean a future event.
    """
    sentence_start = max(0, expression.start - _SENTENCE_REACH)
    for found in _SENTENCE_END.finditer(text, sentence_start, expression.start):
        sentence_start = found.end()
    before = text[sentence_start : expression.start]
    after = _CLAUSE_END.split(text[expression.end : expression.end + 40], maxsplit=1)[0]
    return _FUTURE.search(before) is None and _FUTURE.search(after) is None


def _named_event_date(
    expressions: list[DateExpression], index: int, *, anchor: pendulum.Date, held: bool
) -> PartialDate | DateRange | None:
    # "two days before Putin's visit on 5 March": the first date inside the words that
    # name the event is that event's date.
    span = expressions[index].relative_span
    if span is None:
        return None
    for later in expressions[index + 1 :]:
        if later.start >= span[1]:
            break
        if later.start >= span[0] and not later.needs_reference:
            return resolve(later, anchor=anchor, held=held)
    return None


def resolve_dates(
    text: str,
    *,
    anchor: datetime.date,
    reference: PartialDate | DateRange | None = None,
    held: bool | None = True,
    chain: bool = True,
) -> list[ResolvedDate]:
    """Find and resolve every date phrase in ``text``, in reading order.

    ``held=None`` guesses the tense of each phrase's sentence with :func:`guess_held`.
    A relative phrase takes as its reference, in this order: the first date phrase in
    its ``relative_to`` words ("two days before Putin's visit on 15 March"); the ``reference``
    argument; with ``chain=True`` the last day (or range of days) resolved before it in
    the text ("talks on March 3 ... the following day"). A phrase that cannot be resolved
    is kept with ``value=None``. Text that is not a ``str`` is a
    :class:`~bulletinkit.ParseError`; an anchor that is not a date a ValidationError.
    """
    anchor = _as_anchor(anchor)
    expressions = find_date_expressions(text)
    results: list[ResolvedDate] = []
    previous: PartialDate | DateRange | None = None
    for index, expression in enumerate(expressions):
        tense = guess_held(text, expression) if held is None else held
        context = reference if reference is not None else (previous if chain else None)
        named = _named_event_date(expressions, index, anchor=anchor, held=tense)
        context = named if named is not None else context
        value = resolve(expression, anchor=anchor, reference=context, held=tense)
        results.append(ResolvedDate(expression=expression, value=value))
        if isinstance(value, DateRange) or (
            isinstance(value, PartialDate) and value.precision is Precision.DAY
        ):
            previous = value
    return results
