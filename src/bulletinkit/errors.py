"""Exceptions and the problem record shared by every layer of bulletinkit.

Every problem bulletinkit reports, whether it comes from the text parser, the JSON
decoder, a schema or a cross-object check, is an :class:`Issue`: a stable ``code``, a
``severity``, a ``location`` (an RFC 6901 JSON pointer for data, ``line N`` or
``line N, column M`` for text), a human ``message``, what was ``expected`` and a short
excerpt of what was ``found``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

__all__ = [
    "BulletinkitError",
    "Issue",
    "ParseError",
    "SchemaError",
    "Severity",
    "ValidationError",
    "excerpt",
]

_EXCERPT_LIMIT = 60

SHOWN = 20
"""How many issues ``str(ValidationError)`` and the command line show; the rest are counted."""


def excerpt(value: object, limit: int = _EXCERPT_LIMIT) -> str:
    """Return a short, single-line ``repr``-like excerpt of ``value`` for messages."""
    text = repr(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return text


class Severity(str, enum.Enum):
    """How serious a problem is: an ``error`` breaks a rule, a ``warning`` is a should."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen(kw_only=True)
class Issue:
    """One problem found in a bulletin, a JSON document or a text page."""

    code: str
    """Stable machine-readable code, e.g. ``"type"``, ``"unknown-key"``, ``"BK201"``."""
    message: str
    """Human-readable sentence saying what is wrong."""
    location: str = ""
    """RFC 6901 JSON pointer (``/meetings/1/date``, ``""`` for the root) or ``line N``."""
    severity: Severity = Severity.ERROR
    expected: str | None = None
    """What the rule expected, in words."""
    found: str | None = None
    """A short excerpt of what was found (never the whole input)."""

    def __str__(self) -> str:
        where = self.location if self.location else "(root)"
        return f"{where}: {self.message}"


class BulletinkitError(Exception):
    """Base class of every exception bulletinkit raises on purpose."""


class ValidationError(BulletinkitError, ValueError):
    """Data breaks a rule of the model, the JSON shape or a schema.

    ``issues`` lists every problem found, not only the first; ``str(error)`` names the
    first :data:`SHOWN` (20) with their location and counts the rest.
    """

    issues: tuple[Issue, ...]

    def __init__(self, issues: Iterable[Issue] | str) -> None:
        if isinstance(issues, str):
            issues = (Issue(code="invalid", message=issues),)
        self.issues = tuple(issues)
        super().__init__(self._summary())

    def _summary(self) -> str:
        if len(self.issues) == 1:
            return str(self.issues[0])
        lines = [f"{len(self.issues)} problems:"]
        lines.extend(f"  {issue}" for issue in self.issues[:SHOWN])
        if len(self.issues) > SHOWN:
            lines.append(f"  and {len(self.issues) - SHOWN} more (all are in .issues)")
        return "\n".join(lines)


class SchemaError(BulletinkitError, LookupError):
    """A schema name or ``$ref`` cannot be resolved from the bundled schema files."""


class ParseError(BulletinkitError, ValueError):
    """Text cannot be read as a bulletin.

    ``line`` is the 1-based line where the problem was found (``None`` when the problem
    concerns the whole input), and ``expected`` says what the parser was looking for.
    """

    line: int | None
    expected: str | None

    def __init__(self, message: str, *, line: int | None = None, expected: str | None = None):
        self.line = line
        self.expected = expected
        self.issue = Issue(
            code="parse",
            message=message,
            location="" if line is None else f"line {line}",
            expected=expected,
        )
        where = "" if line is None else f"line {line}: "
        tail = "" if expected is None else f" (expected {expected})"
        super().__init__(f"{where}{message}{tail}")
