"""What a date phrase found by a pattern means: one builder per phrase shape.

A builder reads the named groups of a match of one of the patterns of
:mod:`bulletinkit.parse.dates._patterns` and returns its unresolved meaning, or ``None``
when the fields cannot be a real date ("31 February").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from bulletinkit.parse.dates._lexicon import month_numbers, number_words, weekday_numbers
from bulletinkit.parse.dates._meaning import (
    AnchorShift,
    CalendarDate,
    CalendarRange,
    DateMeaning,
    ReferenceShift,
    Unit,
)

__all__ = [
    "Builder",
    "build_anchor_ago",
    "build_anchor_day",
    "build_anchor_unit",
    "build_anchor_weekend",
    "build_anchor_within",
    "build_calendar",
    "build_day_first",
    "build_decade",
    "build_month_near",
    "build_month_shift",
    "build_range",
    "build_reference_count",
    "build_reference_eve",
    "build_reference_same",
    "build_reference_unit",
    "build_weekday_only",
    "build_year_range",
    "valid_calendar_date",
]

_DIRECTION = {
    "last": -1,
    "previous": -1,
    "preceding": -1,
    "before": -1,
    "earlier": -1,
    "prior to": -1,
    "ahead of": -1,
    "this": 0,
    "same": 0,
    "next": 1,
    "coming": 1,
    "the coming": 1,
    "past": -1,
    "over the": -1,
    "during the": -1,
    "following": 1,
    "after": 1,
    "later": 1,
}

_UNITS = {unit.value: unit for unit in Unit}
# The days of each month in a common year (`calendar.mdays`), January first.
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

Builder = Callable[[re.Match[str]], DateMeaning | None]


def valid_calendar_date(value: CalendarDate) -> bool:
    """Whether the named fields can be a real date (29 February only in some years)."""
    if value.year is not None and not 1 <= value.year <= 9999:
        return False
    if value.month is None:
        return value.day is None
    if not 1 <= value.month <= 12:
        return False
    if value.day is None:
        return True
    if value.month == 2 and (value.year is None or calendar.isleap(value.year)):
        return 1 <= value.day <= 29  # a date without a year may be in a leap year
    return 1 <= value.day <= _MONTH_DAYS[value.month]


def _month(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    return month_numbers().get(text.lower().rstrip("."))


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)


def _weekday(text: str | None) -> int | None:
    return None if text is None else weekday_numbers().get(text.lower().rstrip("."))


def _direction(match: re.Match[str]) -> int:
    return _DIRECTION[" ".join(match.group("dir").lower().split())]


def _unit(match: re.Match[str]) -> Unit:
    return _UNITS[match.group("unit").lower()]


def _count(text: str) -> int:
    return int(text) if text.isdigit() else number_words()[text.lower()]


def build_calendar(match: re.Match[str]) -> DateMeaning | None:
    groups = match.groupdict()
    value = CalendarDate(
        year=_int(groups.get("y")),
        month=_month(groups.get("m")),
        day=_int(groups.get("d")),
        weekday=_weekday(groups.get("wd")),
    )
    return value if valid_calendar_date(value) else None


def build_day_first(match: re.Match[str]) -> DateMeaning | None:
    first, second = int(match.group("a")), int(match.group("b"))
    if second > 12 >= first:  # 11/19/2021, 11.19.2021: only month first can be right
        day, month = second, first
    elif match.group("s") == "/" and first <= 12 and second <= 12 and first != second:
        # 03/04/2020 is 3 April in Europe and 4 March in the USA: a guess would be
        # silently wrong half the time, so the date is left unread.
        return None
    else:  # 19.11.2021, 19-11-2021, 19/11/2021: day first, as European publishers write
        day, month = first, second
    value = CalendarDate(year=int(match.group("y")), month=month, day=day)
    return value if valid_calendar_date(value) else None


def build_range(match: re.Match[str]) -> DateMeaning | None:
    groups = match.groupdict()
    end = CalendarDate(
        year=_int(groups.get("y2")), month=_month(groups.get("m2")), day=_int(groups.get("d2"))
    )
    start = CalendarDate(
        year=_int(groups.get("y1")),
        month=_month(groups.get("m1")) or end.month,
        day=_int(groups.get("d1")),
    )
    if not (valid_calendar_date(start) and valid_calendar_date(end)):
        return None
    if (start.year, start.month) == (end.year, end.month) and (start.day or 0) >= (end.day or 0):
        return None
    return CalendarRange(start=start, end=end)


def build_year_range(match: re.Match[str]) -> DateMeaning | None:
    first, last = int(match.group("y1")), int(match.group("y2"))
    if first >= last:
        return None
    return CalendarRange(start=CalendarDate(year=first), end=CalendarDate(year=last))


def build_decade(match: re.Match[str]) -> DateMeaning | None:
    first = int(match.group("y"))
    return CalendarRange(start=CalendarDate(year=first), end=CalendarDate(year=first + 9))


def build_month_near(match: re.Match[str]) -> DateMeaning | None:
    direction = _direction(match)
    held = None if direction == 0 else direction < 0
    return CalendarDate(month=_month(match.group("m")), held=held)


def build_weekday_only(match: re.Match[str]) -> DateMeaning | None:
    direction = _direction(match) if match.group("dir") else 0
    held = None if direction == 0 else direction < 0
    return CalendarDate(weekday=_weekday(match.group("wd")), held=held)


def build_month_shift(match: re.Match[str]) -> DateMeaning | None:
    return AnchorShift(unit=Unit.YEAR, amount=_direction(match), month=_month(match.group("m")))


def build_anchor_unit(match: re.Match[str]) -> DateMeaning | None:
    return AnchorShift(unit=_unit(match), amount=_direction(match))


def build_anchor_within(match: re.Match[str]) -> DateMeaning | None:
    return AnchorShift(unit=_unit(match), amount=0)


def build_anchor_ago(match: re.Match[str]) -> DateMeaning | None:
    return AnchorShift(unit=_unit(match), amount=-_count(match.group("n")), counted=True)


def build_anchor_weekend(match: re.Match[str]) -> DateMeaning | None:
    return AnchorShift(unit=Unit.WEEKEND, amount=-1 if _direction(match) < 0 else 1)


def build_anchor_day(match: re.Match[str]) -> DateMeaning | None:
    amount = {"yesterday": -1, "today": 0, "tomorrow": 1}[match.group("w").lower()]
    return AnchorShift(unit=Unit.DAY, amount=amount, counted=True)


def build_reference_unit(match: re.Match[str]) -> DateMeaning | None:
    return ReferenceShift(unit=_unit(match), amount=_direction(match), counted=False)


def build_reference_count(match: re.Match[str]) -> DateMeaning | None:
    amount = _count(match.group("n")) * _direction(match)
    return ReferenceShift(unit=_unit(match), amount=amount, counted=True)


def build_reference_eve(_match: re.Match[str]) -> DateMeaning | None:
    return ReferenceShift(unit=Unit.DAY, amount=-1)


def build_reference_same(_match: re.Match[str]) -> DateMeaning | None:
    return ReferenceShift(unit=Unit.DAY, amount=0)
