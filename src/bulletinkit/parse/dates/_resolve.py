"""Turn an unresolved date meaning into a PartialDate or DateRange, with pendulum."""

from __future__ import annotations

import pendulum

from bulletinkit.errors import ValidationError
from bulletinkit.model.dates import DateRange, PartialDate, Precision
from bulletinkit.parse.dates._find import valid_calendar_date
from bulletinkit.parse.dates._meaning import (
    AnchorShift,
    CalendarDate,
    CalendarRange,
    DateMeaning,
    ReferenceShift,
    Unit,
)

__all__ = ["resolve_meaning"]

# How far to look for a year in which a day exists (29 February): two leap cycles.
_YEAR_SEARCH = 9
_RANK = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}
_UNIT_PRECISION = {
    Unit.DAY: Precision.DAY,
    Unit.WEEK: Precision.DAY,
    Unit.MONTH: Precision.MONTH,
    Unit.YEAR: Precision.YEAR,
    Unit.WEEKEND: Precision.DAY,
}

Resolved = PartialDate | DateRange


def _at(value: pendulum.Date, precision: Precision, *, approximate: bool = False) -> PartialDate:
    return PartialDate(
        year=value.year,
        month=None if precision is Precision.YEAR else value.month,
        day=value.day if precision is Precision.DAY else None,
        approximate=approximate,
    )


def _week(value: pendulum.Date) -> DateRange:
    monday = value.subtract(days=value.weekday())
    return DateRange(
        start=PartialDate.from_date(monday), end=PartialDate.from_date(monday.add(days=6))
    )


def _step(anchor_year: int, held: bool) -> list[int]:
    sign = -1 if held else 1
    return [anchor_year + sign * offset for offset in range(_YEAR_SEARCH)]


def _day_in_year(
    month: int, day: int, anchor: pendulum.Date, held: bool, strict: bool
) -> pendulum.Date | None:
    for year in _step(anchor.year, held):
        if not valid_calendar_date(CalendarDate(year=year, month=month, day=day)):
            continue
        candidate = pendulum.Date(year, month, day)
        if held and (candidate < anchor or (candidate == anchor and not strict)):
            return candidate
        if not held and (candidate > anchor or (candidate == anchor and not strict)):
            return candidate
    return None


def _month_in_year(month: int, anchor: pendulum.Date, held: bool, strict: bool) -> PartialDate:
    here = (anchor.year, anchor.month)
    for year in _step(anchor.year, held):
        there = (year, month)
        if (held and (there < here or (there == here and not strict))) or (
            not held and (there > here or (there == here and not strict))
        ):
            return PartialDate(year=year, month=month)
    raise AssertionError("a month recurs every year")  # pragma: no cover


def _weekday(weekday: int, anchor: pendulum.Date, held: bool, strict: bool) -> PartialDate:
    if held:
        back = (anchor.weekday() - weekday) % 7 or (7 if strict else 0)
        return PartialDate.from_date(anchor.subtract(days=back))
    ahead = (weekday - anchor.weekday()) % 7 or (7 if strict else 0)
    return PartialDate.from_date(anchor.add(days=ahead))


def _calendar(value: CalendarDate, anchor: pendulum.Date, held: bool) -> PartialDate | None:
    strict = value.held is not None
    direction = held if value.held is None else value.held
    if value.year is not None:
        if not valid_calendar_date(value):
            return None
        return PartialDate(year=value.year, month=value.month, day=value.day)
    if value.month is not None and value.day is not None:
        found = _day_in_year(value.month, value.day, anchor, direction, strict)
        return None if found is None else PartialDate.from_date(found)
    if value.month is not None:
        return _month_in_year(value.month, anchor, direction, strict)
    if value.weekday is not None:
        return _weekday(value.weekday, anchor, direction, strict)
    return None


def _range(value: CalendarRange, anchor: pendulum.Date, held: bool) -> DateRange | None:
    start, end = value.start, value.end
    start_key, end_key = (start.month or 0, start.day or 0), (end.month or 0, end.day or 0)
    if start.year is None and end.year is not None:
        start = CalendarDate(
            year=end.year - (start_key > end_key), month=start.month, day=start.day
        )
    first = _calendar(start, anchor, held)
    if first is None:
        return None
    if end.year is None:
        end = CalendarDate(year=first.year + (end_key < start_key), month=end.month, day=end.day)
    last = _calendar(end, anchor, held)
    if last is None:
        return None
    try:
        return DateRange(start=first, end=last)
    except ValidationError:
        return None


def _anchor_shift(value: AnchorShift, anchor: pendulum.Date) -> Resolved:
    if value.unit is Unit.YEAR:
        return PartialDate(year=anchor.year + value.amount, month=value.month)
    if value.unit is Unit.MONTH:
        return _at(anchor.add(months=value.amount), Precision.MONTH)
    if value.unit is Unit.WEEK:
        moved = anchor.add(weeks=value.amount)
        return PartialDate.from_date(moved) if value.counted else _week(moved)
    if value.unit is Unit.WEEKEND:
        return _weekend(anchor, value.amount)
    return PartialDate.from_date(anchor.add(days=value.amount))


def _weekend(anchor: pendulum.Date, amount: int) -> DateRange:
    # Past: the last Saturday-Sunday that has ended by the anchor (its Sunday on or
    # before it). Future: the first that has not ended before it (its Sunday on or after).
    if amount < 0:
        sunday = anchor.subtract(days=(anchor.weekday() - 6) % 7, weeks=-amount - 1)
    else:
        sunday = anchor.add(days=(6 - anchor.weekday()) % 7, weeks=amount - 1)
    saturday = sunday.subtract(days=1)
    return DateRange(start=PartialDate.from_date(saturday), end=PartialDate.from_date(sunday))


def _coarser(first: Precision, second: Precision) -> Precision:
    return first if _RANK[first] <= _RANK[second] else second


def _reference_shift(value: ReferenceShift, reference: Resolved) -> Resolved:
    if value.amount == 0:
        return reference
    if isinstance(reference, DateRange):
        base = reference.start if value.amount < 0 else reference.end
    else:
        base = reference
    day = base.earliest if value.amount < 0 else base.latest
    moved = {
        Unit.DAY: lambda: day.add(days=value.amount),
        Unit.WEEK: lambda: day.add(weeks=value.amount),
        Unit.MONTH: lambda: day.add(months=value.amount),
        Unit.YEAR: lambda: day.add(years=value.amount),
        Unit.WEEKEND: lambda: day.add(weeks=value.amount),
    }[value.unit]()
    precision = _coarser(_UNIT_PRECISION[value.unit], base.precision)
    # A day counted from a month ("the day after", said of "September") is only roughly known.
    rough = base.approximate or _RANK[base.precision] < _RANK[_UNIT_PRECISION[value.unit]]
    if value.unit is Unit.WEEK and not value.counted and precision is Precision.DAY:
        return _week(moved)
    return _at(moved, precision, approximate=rough)


def resolve_meaning(
    meaning: DateMeaning,
    *,
    anchor: pendulum.Date,
    reference: Resolved | None,
    held: bool,
) -> Resolved | None:
    """The date ``meaning`` names, seen from ``anchor`` (and ``reference`` if relative)."""
    if isinstance(meaning, CalendarDate):
        return _calendar(meaning, anchor, held)
    if isinstance(meaning, CalendarRange):
        return _range(meaning, anchor, held)
    if isinstance(meaning, AnchorShift):
        return _anchor_shift(meaning, anchor)
    if reference is None:
        return None
    return _reference_shift(meaning, reference)
