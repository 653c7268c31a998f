"""Small attrs validators that raise bulletinkit's ValidationError.

Each failure names the field, the rule and the value, in the manner of
``attrs.validators``. The location is a JSON pointer relative to the object being
built; the codec prefixes it with the object's own pointer.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import attrs

from bulletinkit.errors import Issue, ValidationError, excerpt
from bulletinkit.model._enum import allowed_values

E = TypeVar("E", bound=enum.Enum)
_SEQUENCE = "must be a list or tuple (any sequence but a string)"
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*\Z")  # \Z: "$" would allow a final newline


def fail(
    field: str, code: str, rule: str, value: object, *, expected: str | None = None
) -> NoReturn:
    """Raise a ValidationError for ``field`` that says which rule ``value`` broke."""
    raise ValidationError(
        (
            Issue(
                code=code,
                message=f"'{field}' {rule} (got {excerpt(value)})",
                location=f"/{field}",
                expected=expected,
                found=excerpt(value),
            ),
        )
    )


def non_empty(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a string with at least one non-space character."""
    if not isinstance(value, str) or not value.strip():
        fail(attribute.name, "empty", "must be a non-empty string", value, expected="text")


def optional_non_empty(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is ``None`` or a non-empty string."""
    if value is not None:
        non_empty(inst, attribute, value)


def non_empty_items(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a tuple of non-empty strings."""
    if not isinstance(value, tuple):
        fail(attribute.name, "type", _SEQUENCE, value, expected="an array of strings")
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            fail(f"{attribute.name}/{index}", "empty", "must be a non-empty string", item)


def tuple_of(kind: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """The value is a tuple whose items are all instances of ``kind``."""

    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            fail(attribute.name, "type", _SEQUENCE, value, expected=f"an array of {kind.__name__}")
        for index, item in enumerate(value):
            if not isinstance(item, kind):
                _wrong_kind(f"{attribute.name}/{index}", kind, item)

    return check


def _wrong_kind(field: str, kind: type, value: object) -> NoReturn:
    """Fail for a ``value`` that is not a ``kind``; an enum's allowed values are listed."""
    if issubclass(kind, enum.Enum):
        rule = f"must be one of {allowed_values(kind)}"
        fail(field, "enum", rule, value, expected=f"a {kind.__name__} or its value")
    article = "an" if kind.__name__[:1] in "AEIOU" else "a"
    fail(field, "type", f"must be {article} {kind.__name__}", value, expected=kind.__name__)


def member(kind: type[E], name: str, value: object) -> E:
    """The member of ``kind`` that ``value`` is or names, for an argument called ``name``;
    anything else raises ValidationError listing the allowed values."""
    if isinstance(value, kind):
        return value
    if value.__class__ is str:
        found: E | None = kind._value2member_map_.get(value)  # type: ignore[assignment]
        if found is not None:
            return found
    _wrong_kind(name, kind, value)


def slug(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a lower-case slug such as ``emmanuel-macron`` or ``m1``."""
    if not isinstance(value, str) or not _SLUG.match(value):
        fail(
            attribute.name,
            "id",
            "must be a lower-case slug of letters, digits and - _ .",
            value,
            expected="a slug like 'emmanuel-macron'",
        )


def slug_items(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a tuple of lower-case slugs (actor ids, as meeting participants)."""
    if not isinstance(value, tuple):
        fail(attribute.name, "type", "must be a tuple", value, expected="tuple")
    for index, item in enumerate(value):
        if not isinstance(item, str) or not _SLUG.match(item):
            fail(
                f"{attribute.name}/{index}",
                "id",
                "must be an actor id: a lower-case slug of letters, digits and - _ .",
                item,
                expected="a slug like 'emmanuel-macron'",
            )


@functools.lru_cache(maxsize=1)
def _alpha2_codes() -> frozenset[str]:
    import pycountry  # imported lazily: it loads a large data file

    return frozenset(country.alpha_2 for country in pycountry.countries)


def is_country_code(value: str) -> bool:
    """Whether ``value`` is an ISO 3166-1 alpha-2 code of a current country (per pycountry)."""
    return value in _alpha2_codes()


def country_code(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is ``None`` or an ISO 3166-1 alpha-2 code such as ``FR``."""
    if value is not None and (not isinstance(value, str) or not is_country_code(value)):
        fail(
            attribute.name,
            "country",
            "must be an ISO 3166-1 alpha-2 country code",
            value,
            expected="an ISO 3166-1 alpha-2 code like 'FR'",
        )


def instance_of(kind: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """The value is an instance of ``kind`` (an enum member, a nested model)."""

    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            _wrong_kind(attribute.name, kind, value)

    return check


def optional_instance_of(kind: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """The value is ``None`` or an instance of ``kind``."""
    required = instance_of(kind)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            required(inst, attribute, value)

    return check


def fail_object(code: str, rule: str, *, expected: str | None = None) -> NoReturn:
    """Raise a ValidationError about the object as a whole (a rule across its fields)."""
    raise ValidationError((Issue(code=code, message=rule, location="", expected=expected),))
