"""Issue records for the decoder: lazy JSON pointers and "expected ..., got ..." messages.

A position inside a document is carried as a chain of tuples ``(parent, key)`` rooted at
``ROOT`` while decoding, so the happy path never builds a string; the RFC 6901 pointer is
spelled out only when a problem is recorded.
"""

from __future__ import annotations

import json
from typing import Any, Union

import attrs

from bulletinkit.errors import Issue

ROOT = ""
Where = Union[str, tuple[Any, Any]]  # noqa: UP007 - a runtime alias on Python 3.10
"""A lazy pointer: ``ROOT`` or ``(parent, key)``."""

_EXCERPT_LIMIT = 60


class Missing:
    """The marker for a key that is not in the document."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = Missing()


def pointer(where: Where) -> str:
    """The RFC 6901 pointer of ``where``: keys escaped (``~`` as ``~0``, ``/`` as ``~1``)."""
    keys: list[str] = []
    while where != ROOT:
        assert isinstance(where, tuple)
        where, key = where
        keys.append(str(key).replace("~", "~0").replace("/", "~1"))
    return "".join("/" + key for key in reversed(keys))


def json_excerpt(value: object, limit: int = _EXCERPT_LIMIT) -> str:
    """A short excerpt of ``value`` spelled as JSON (``null``, ``true``, ``"text"``)."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return text


def problem(
    errs: list[Issue], where: Where, code: str, expected: str, found: object, note: str = ""
) -> None:
    """Record that ``found`` at ``where`` is not ``expected``."""
    if found is MISSING:
        key = where[1] if isinstance(where, tuple) else ""
        errs.append(
            Issue(
                code="missing",
                message=f"missing required key {json_excerpt(key)}, expected {expected}",
                location=pointer(where),
                expected=expected,
            )
        )
        return
    shown = json_excerpt(found)
    message = f"expected {expected}, got {shown}"
    if found is None:
        message += " (omit the key when there is no value)"
    if note:
        message += f" ({note})"
    errs.append(
        Issue(code=code, message=message, location=pointer(where), expected=expected, found=shown)
    )


def unknown_key(errs: list[Issue], where: Where, key: object, kind: str, note: str = "") -> None:
    """Record an unknown key of an object of class ``kind``."""
    message = f"unknown key {json_excerpt(key)} in {kind}"
    if note:
        message += f" ({note})"
    errs.append(
        Issue(
            code="unknown-key",
            message=message,
            location=pointer((where, key)),
            expected=f"a key of {kind}",
            found=json_excerpt(key),
        )
    )


def repoint(errs: list[Issue], where: Where, issues: tuple[Issue, ...]) -> None:
    """Record model issues (located relative to their object) under ``where``."""
    base = pointer(where)
    for issue in issues:
        location = issue.location
        if location.startswith("/") or location == "":
            location = base + location
        errs.append(attrs.evolve(issue, location=location))
