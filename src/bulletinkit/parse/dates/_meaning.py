"""What a date phrase in a text means before it is resolved to a calendar date.

:func:`bulletinkit.parse.dates.find_date_expressions` returns
:class:`DateExpression` records whose ``meaning`` is one of four kinds:

* :class:`CalendarDate` names calendar fields, any of them missing
  ("November 15", "in 2019", "Saturday, March 14", "on Monday");
* :class:`CalendarRange` names two of them ("9-10 October", "Aug. 28-Sept. 4, 2021");
* :class:`AnchorShift` counts from the bulletin date ("last week", "last year",
  "in September last year", "two days ago");
* :class:`ReferenceShift` counts from another event the caller must supply
  ("the following day", "three days before the two leaders held talks").
"""

from __future__ import annotations

import enum

import attrs

from bulletinkit.model.dates import DateRange, PartialDate

__all__ = [
    "AnchorShift",
    "CalendarDate",
    "CalendarRange",
    "DateExpression",
    "DateMeaning",
    "ResolvedDate",
    "Unit",
]


class Unit(str, enum.Enum):
    """A calendar unit a shift is counted in."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    WEEKEND = "weekend"


@attrs.frozen(kw_only=True)
class CalendarDate:
    """A date named by calendar fields, any of which may be missing.

    ``weekday`` is 0 (Monday) to 6 (Sunday). A date with only a weekday is "on Monday".
    ``held`` is ``None`` when the phrase leaves the direction to the caller, ``True`` when
    the phrase itself points to the past ("last Monday", "last September") and ``False``
    when it points to the future ("next Monday").
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    held: bool | None = None


@attrs.frozen(kw_only=True)
class CalendarRange:
    """Two calendar dates forming an interval ("9-10 October", "30 September-2 October")."""

    start: CalendarDate
    end: CalendarDate


@attrs.frozen(kw_only=True)
class AnchorShift:
    """A period counted from the bulletin date (the anchor).

    ``amount`` is negative for the past ("last year" is ``-1``), zero for the current
    unit ("earlier this year"), positive for the future. With ``counted=False`` the
    result is the whole calendar unit ("last week" is that Monday-Sunday week, "last
    weekend" the Saturday-Sunday before the anchor, "this weekend" the next one); with
    ``counted=True`` it is the anchor moved by ``amount`` units ("two days ago").
    ``month`` narrows a year shift to a month ("in September last year").
    """

    unit: Unit
    amount: int
    month: int | None = None
    counted: bool = False


@attrs.frozen(kw_only=True)
class ReferenceShift:
    """A date counted from another event, which the caller passes as the reference.

    ``amount`` is negative before the reference ("three days before" is ``-3``) and
    positive after it ("the following day" is ``+1``); ``counted`` is as for
    :class:`AnchorShift` ("the following week" is a whole week, "two weeks after" a day).
    """

    unit: Unit
    amount: int
    counted: bool = True


DateMeaning = CalendarDate | CalendarRange | AnchorShift | ReferenceShift
"""Any of the four unresolved meanings of a date phrase."""


@attrs.frozen(kw_only=True)
class DateExpression:
    """A date phrase found in a text, with its offsets and unresolved meaning.

    ``text[start:end] == phrase``. For a phrase relative to another event
    (``needs_reference``), ``relative_to`` is the words naming that event when the text
    gives them ("the two leaders held talks" in "three days before the two leaders held
    talks") and ``relative_span`` their offsets; both are ``None`` for "the following
    day", whose reference is the event the text spoke of before.
    """

    start: int
    end: int
    phrase: str
    meaning: DateMeaning
    relative_to: str | None = None
    relative_span: tuple[int, int] | None = None

    @property
    def needs_reference(self) -> bool:
        """Whether resolving this phrase needs the date of another event."""
        return isinstance(self.meaning, ReferenceShift)


@attrs.frozen(kw_only=True)
class ResolvedDate:
    """A date phrase and the date it resolved to (``None`` when it could not be)."""

    expression: DateExpression
    value: PartialDate | DateRange | None
