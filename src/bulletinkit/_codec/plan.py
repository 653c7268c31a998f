"""What each model field is in JSON, read once from the attrs classes' annotations."""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

import attrs
import pendulum

from bulletinkit.errors import Issue
from bulletinkit.model import (
    Actor,
    Bulletin,
    Dateline,
    DateRange,
    LicenseNotice,
    Meeting,
    PartialDate,
    Provenance,
    Role,
    Rule,
    Series,
    Span,
)

OBJECT_MODELS: tuple[type, ...] = (
    Bulletin,
    Series,
    Dateline,
    Actor,
    Role,
    Meeting,
    LicenseNotice,
    Rule,
    Span,
    Provenance,
    Issue,
)
"""The models that are JSON objects (PartialDate and DateRange are strings)."""


@attrs.frozen
class Kind:
    """The JSON kind of a value: ``tag`` is one of the names below, ``of`` its detail."""

    tag: str  # str, int, date, pdate, pdate_or_range, enum, object, tuple
    of: Any = None  # the enum class, the model class, or the item Kind of a tuple


@attrs.frozen
class FieldPlan:
    """One attribute: its key, its kind, whether it may be absent and what absence means."""

    name: str
    kind: Kind
    optional: bool  # None allowed
    required: bool  # no default: the key must be present
    default: Any  # the plain default, or attrs.NOTHING
    factory: bool  # the default is computed by the class (e.g. Bulletin.id)


def _kind(tp: Any) -> tuple[Kind, bool]:
    """The kind of annotation ``tp`` and whether it admits ``None``."""
    args = typing.get_args(tp)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in args if a is not type(None)]
        optional = len(members) != len(args)
        if set(members) == {PartialDate, DateRange}:
            return Kind("pdate_or_range"), optional
        (single,) = members
        return _kind(single)[0], optional
    if origin is tuple:
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"only tuple[X, ...] is supported, not {tp!r}")
        return Kind("tuple", _kind(args[0])[0]), False
    if tp is str:
        return Kind("str"), False
    if tp is int:
        return Kind("int"), False
    if tp is pendulum.Date:
        return Kind("date"), False
    if tp is PartialDate:
        return Kind("pdate"), False
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return Kind("enum", tp), False
    if attrs.has(tp):
        return Kind("object", tp), False
    raise TypeError(f"no JSON kind for {tp!r}")


def plan(cls: type) -> list[FieldPlan]:
    """The fields of ``cls`` in attribute order, without ``extra``."""
    hints = typing.get_type_hints(cls)
    fields = []
    for field in attrs.fields(cls):
        if field.name == "extra":
            continue
        kind, optional = _kind(hints[field.name])
        default = field.default
        factory = isinstance(default, attrs.Factory)  # type: ignore[arg-type]
        fields.append(
            FieldPlan(
                name=field.name,
                kind=kind,
                optional=optional,
                required=default is attrs.NOTHING,
                default=attrs.NOTHING if factory else default,
                factory=factory,
            )
        )
    return fields


def has_extra(cls: type) -> bool:
    """Whether ``cls`` keeps unknown members in an ``extra`` attribute."""
    return any(field.name == "extra" for field in attrs.fields(cls))
