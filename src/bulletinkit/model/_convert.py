"""Converters that let Python callers pass natural values to the models' constructors.

A tuple field takes any sequence but a string (stored as a tuple), a date field any
``datetime.date`` (stored as a ``pendulum.Date``), an enum field a member or its string
value (stored as the member). Each converter converts what it can and returns anything
else unchanged, so that the field's validator, which knows the field's name, explains it.

JSON never gains from them: the codec's decoder produces tuples, enum members and
``pendulum.Date`` values itself, with its own strict rules, and builds objects without
their constructors on its fast pass; on these values every converter here returns its
argument itself (``tests/model/test_convert.py`` holds that law), so decoding accepts
exactly what it accepted before. The codec relies on this: a model field may carry a
converter only if it is defined in ``bulletinkit.model``.

mypy's attrs plugin takes a converter's first parameter as the ``__init__`` parameter's
type, but only for named, non-generic functions; so each model module names a two-line
converter per item or enum type, and the work is done here, once. Those return a value
of the strict type at once (one call per field in the common case: constructors run in
the parser's inner loops).
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Sequence
from typing import Any, TypeVar

import pendulum

__all__ = ["date", "member", "members", "optional_date", "sequence", "strings"]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
_TEXTS = (str, bytes, bytearray)


def sequence(value: Sequence[T]) -> tuple[T, ...]:
    """The items of a list, tuple or other sequence (not a string) as a tuple."""
    if value.__class__ is tuple:
        return value
    if isinstance(value, Sequence) and not isinstance(value, _TEXTS):
        return tuple(value)
    return value  # type: ignore[return-value]  # not a sequence: the validator says so


def strings(value: Sequence[str]) -> tuple[str, ...]:
    """A tuple-of-strings field's converter (see :func:`sequence`)."""
    return value if value.__class__ is tuple else sequence(value)


def member(kind: type[E], value: E | str) -> E:
    """The member of ``kind`` that is ``value`` or has the string ``value`` as its value."""
    if isinstance(value, kind):
        return value
    if value.__class__ is str:  # a member of another str enum is not its value here
        found: Any = kind._value2member_map_.get(value)
        if found is not None:
            return found  # type: ignore[no-any-return]
    return value  # type: ignore[return-value]  # the validator lists the allowed values


def members(kind: type[E], value: Sequence[E | str]) -> tuple[E, ...]:
    """:func:`member` of each item of a sequence, as a tuple (see :func:`sequence`)."""
    items = sequence(value)
    if items.__class__ is not tuple or all(isinstance(item, kind) for item in items):
        return items  # type: ignore[return-value]  # the validator explains a non-sequence
    return tuple(member(kind, item) for item in items)


def date(value: datetime.date) -> pendulum.Date:
    """A ``datetime.date`` (not a datetime) as a ``pendulum.Date``.

    A ``datetime.datetime``, which is a ``date`` subclass (``pendulum.today()`` returns
    one), is left for the validator, which asks for ``.date()``.
    """
    if value.__class__ is pendulum.Date:
        return value
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return pendulum.Date(value.year, value.month, value.day)
    return value  # type: ignore[return-value]


def optional_date(value: datetime.date | None) -> pendulum.Date | None:
    """:func:`date`, with ``None`` kept: the converter of an optional date field."""
    if value is None or value.__class__ is pendulum.Date:
        return value
    return date(value)
