"""Dates known to a day, a month or a year, and ranges of them (EDTF level 0 plus ``~``)."""

from __future__ import annotations

import calendar
import re

import attrs
import pendulum

from bulletinkit.model._enum import ValueEnum
from bulletinkit.model._rules import fail, instance_of

__all__ = ["DateRange", "PartialDate", "Precision"]

_EDTF = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?(~)?")


class Precision(ValueEnum):
    """How much of a :class:`PartialDate` is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def _check_parts(year: int, month: int | None, day: int | None) -> None:
    if not 1 <= year <= 9999:
        fail("year", "date", "must be between 1 and 9999", year, expected="a year 0001-9999")
    if month is None:
        if day is not None:
            fail("day", "date", "needs a month", day, expected="a month with the day")
        return
    if not 1 <= month <= 12:
        fail("month", "date", "must be between 1 and 12", month, expected="a month 1-12")
    if day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            fail(
                "day",
                "date",
                f"must be between 1 and {last} in {year}-{month:02d}",
                day,
                expected=f"a day 1-{last}",
            )


@attrs.frozen(kw_only=True, order=False)
class PartialDate:
    """A calendar date known to day, month or year precision, possibly approximate.

    ``PartialDate(year=2021, month=11, day=15)`` is 15 November 2021;
    ``PartialDate(year=2020, month=9)`` is "September 2020"; ``approximate=True`` is EDTF's
    ``~`` ("about"). Its string form is the EDTF string (``"2020-09~"``), and
    :meth:`parse` reads it back. Dates compare by the span of days they cover:
    earliest day first, then latest day.
    """

    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    def __attrs_post_init__(self) -> None:
        for name in ("year", "month", "day"):
            value = getattr(self, name)
            if value is not None and (type(value) is not int):
                fail(name, "type", "must be an integer", value, expected="integer")
        if type(self.approximate) is not bool:
            fail("approximate", "type", "must be a boolean", self.approximate)
        _check_parts(self.year, self.month, self.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read an EDTF date such as ``"2021-11-15"``, ``"2020-09"``, ``"2020~"``.

        Raises :class:`~bulletinkit.ValidationError` for anything else, including
        impossible dates such as ``"2021-02-30"``.
        """
        match = _EDTF.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            fail(
                "date",
                "edtf",
                "must be an EDTF date like 2021-11-15, 2021-11 or 2021",
                text,
                expected="an EDTF date like 2021-11-15",
            )
        year, month, day, approx = match.groups()
        return cls(
            year=int(year),
            month=None if month is None else int(month),
            day=None if day is None else int(day),
            approximate=approx is not None,
        )

    @classmethod
    def from_date(cls, value: pendulum.Date, *, approximate: bool = False) -> PartialDate:
        """A day-precision PartialDate for ``value``."""
        return cls(year=value.year, month=value.month, day=value.day, approximate=approximate)

    @property
    def precision(self) -> Precision:
        """Whether the year, the month or the day is known."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def earliest(self) -> pendulum.Date:
        """The first day this date may mean."""
        return pendulum.Date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> pendulum.Date:
        """The last day this date may mean."""
        if self.day is not None:
            return pendulum.Date(self.year, self.month or 1, self.day)
        month = self.month or 12
        return pendulum.Date(self.year, month, calendar.monthrange(self.year, month)[1])

    def isoformat(self) -> str:
        """The EDTF string: ``2021-11-15``, ``2021-11``, ``2021``, with ``~`` if approximate."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text + "~" if self.approximate else text

    def __str__(self) -> str:
        return self.isoformat()

    def _key(self) -> tuple[pendulum.Date, pendulum.Date, bool]:
        return (self.earliest, self.latest, self.approximate)

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()


@attrs.frozen(kw_only=True)
class DateRange:
    """An interval of two :class:`PartialDate` values, e.g. "9-10 October 2021".

    Its string form is the EDTF interval ``2021-10-09/2021-10-10``. The start may not
    begin after the end.
    """

    start: PartialDate = attrs.field(validator=instance_of(PartialDate))
    end: PartialDate = attrs.field(validator=instance_of(PartialDate))

    def __attrs_post_init__(self) -> None:
        if self.start.earliest > self.end.latest:
            fail(
                "end",
                "date-order",
                f"must not be before the start {self.start}",
                str(self.end),
                expected=f"a date on or after {self.start}",
            )

    @classmethod
    def parse(cls, text: str) -> DateRange:
        """Read an EDTF interval such as ``"2021-10-09/2021-10-10"``."""
        if not isinstance(text, str) or text.count("/") != 1:
            fail(
                "date",
                "edtf",
                "must be an EDTF interval like 2021-10-09/2021-10-10",
                text,
                expected="an EDTF interval like 2021-10-09/2021-10-10",
            )
        start, end = text.split("/")
        return cls(start=PartialDate.parse(start), end=PartialDate.parse(end))

    @property
    def earliest(self) -> pendulum.Date:
        """The first day of the range."""
        return self.start.earliest

    @property
    def latest(self) -> pendulum.Date:
        """The last day of the range."""
        return self.end.latest

    def isoformat(self) -> str:
        """The EDTF interval string ``start/end``."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def __str__(self) -> str:
        return self.isoformat()
