"""Readers for values that JSON spells as strings: ISO dates, EDTF dates and intervals.

Each reader returns ``BAD`` instead of raising, so the generated hooks stay on a
straight path; the matching ``report_*`` function explains the failure afterwards.
Parsed values are immutable, so a small cache shares them across documents.
"""

from __future__ import annotations

import enum
import re
from typing import Any

import pendulum

from bulletinkit._codec.issues import MISSING, Where, problem
from bulletinkit.errors import Issue, ValidationError
from bulletinkit.model import DateRange, PartialDate
from bulletinkit.model._extra import EMPTY

BAD: Any = type("Bad", (), {"__slots__": (), "__repr__": lambda self: "<bad>"})()
"""Returned by readers and hooks for a value that could not be read (issues recorded)."""

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_EDTF_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?(~)?")
_CACHE_LIMIT = 4096
_dates: dict[str, pendulum.Date] = {}
_partial_dates: dict[str, Any] = {}

ISO_DATE = "an ISO date like 2021-11-19"
EDTF_DATE = "an EDTF date like 2021-11-15"
EDTF_RANGE = "an EDTF interval like 2021-10-09/2021-10-10"
EDTF_DATE_OR_RANGE = "an EDTF date like 2021-11-15 or interval like 2021-10-09/2021-10-10"


def _remember(cache: dict[str, Any], key: str, value: Any) -> Any:
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value


def read_date(value: Any) -> Any:
    """A ``pendulum.Date`` from ``"YYYY-MM-DD"``, or ``BAD``."""
    if value.__class__ is not str:
        return BAD
    found = _dates.get(value)
    if found is not None:
        return found
    if _ISO_DATE.fullmatch(value) is None:
        return BAD
    try:
        date = pendulum.Date(int(value[:4]), int(value[5:7]), int(value[8:]))
    except ValueError:
        return BAD
    return _remember(_dates, value, date)


def report_date(errs: list[Issue], where: Where, value: Any) -> None:
    """Explain why :func:`read_date` refused ``value``."""
    note = ""
    if value.__class__ is str and _ISO_DATE.fullmatch(value):
        note = "no such day in the calendar"
    problem(errs, where, "date", ISO_DATE, value, note)


def _parse_partial(value: str) -> PartialDate:
    match = _EDTF_DATE.fullmatch(value)
    if match is None:
        raise ValidationError([Issue(code="edtf", message="not an EDTF date")])
    year, month, day, approx = match.groups()
    return PartialDate(
        year=int(year),
        month=None if month is None else int(month),
        day=None if day is None else int(day),
        approximate=approx is not None,
    )


def read_partial_date(value: Any) -> Any:
    """A :class:`PartialDate` from its EDTF string, or ``BAD``."""
    if value.__class__ is not str:
        return BAD
    found = _partial_dates.get(value)
    if found is not None:
        return found if found.__class__ is PartialDate else BAD
    try:
        date = _parse_partial(value)
    except ValidationError:
        return BAD
    return _remember(_partial_dates, value, date)


def read_partial_date_or_range(value: Any) -> Any:
    """A :class:`PartialDate`, or a :class:`DateRange` when the string holds a ``/``."""
    if value.__class__ is not str:
        return BAD
    found = _partial_dates.get(value)
    if found is not None:
        return found
    try:
        if "/" in value:
            start, _, end = value.partition("/")
            date: Any = DateRange(start=_parse_partial(start), end=_parse_partial(end))
        else:
            date = _parse_partial(value)
    except ValidationError:
        return BAD
    return _remember(_partial_dates, value, date)


def report_partial_date(errs: list[Issue], where: Where, value: Any, ranged: bool) -> None:
    """Explain why an EDTF reader refused ``value``, with the model's own reason."""
    expected = EDTF_DATE
    if ranged and (value.__class__ is not str or "/" in value):
        expected = EDTF_RANGE if value.__class__ is str else EDTF_DATE_OR_RANGE
    note = ""
    if value.__class__ is str:
        try:
            if ranged and "/" in value:
                start, _, end = value.partition("/")
                DateRange(start=_parse_partial(start), end=_parse_partial(end))
            else:
                _parse_partial(value)
        except ValidationError as error:
            reason = error.issues[0]
            if reason.code != "edtf":
                note = reason.message
    code = "edtf" if value is MISSING or value.__class__ is str else "type"
    problem(errs, where, code, expected, value, note)


def enum_values(kind: type[enum.Enum]) -> dict[str, Any]:
    """The members of ``kind`` by their JSON value."""
    return {member.value: member for member in kind}


def report_enum(errs: list[Issue], where: Where, kind: type[enum.Enum], value: Any) -> None:
    """Record that ``value`` is not one of the values of ``kind``."""
    names = ", ".join(repr(member.value) for member in kind)
    code = "type" if value is not MISSING and value.__class__ is not str else "enum"
    problem(errs, where, code, f"one of {names}", value)


def hook_namespace(cls: type, field_names: frozenset[str]) -> dict[str, Any]:
    """The names every generated structuring hook of ``cls`` runs with (both passes)."""
    return {
        "C": cls,
        "BAD": BAD,
        "MISSING": MISSING,
        "EMPTY": EMPTY,
        "KNOWN": field_names,
        "KNOWN_TOP": field_names | {"schema_version", "$schema"},
        "ValidationError": ValidationError,
        "read_date": read_date,
        "read_partial_date": read_partial_date,
        "read_partial_date_or_range": read_partial_date_or_range,
    }
