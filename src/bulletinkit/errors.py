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
from typing import Any

import attrs

__all__ = [
    "AMBIGUOUS_DATE",
    "DATE_CONFLICT",
    "DATE_FROM_CRAWL",
    "LISTING_PAGE",
    "MISSING_EXTRA",
    "NOT_ARTICLE",
    "NOT_TEXT",
    "NO_DATE",
    "NO_TITLE",
    "PARSE_ERROR_CODES",
    "PARSE_NOTE_CODES",
    "TOO_LARGE",
    "UNDECODABLE",
    "BulletinkitError",
    "Issue",
    "ParseError",
    "SchemaError",
    "Severity",
    "UsageError",
    "ValidationError",
    "excerpt",
]

# The stable codes of the parser's notes (warnings kept in ``Bulletin.notes``), documented
# in docs/parsing.md. A note says what the page did not give; the bulletin is still made.
NO_DATE = "no-date"
"""The page states no publication date and the caller passed none: ``date`` is ``None``."""
NO_TITLE = "no-title"
"""The page has no title and the caller passed none: ``title`` is ``None``."""
DATE_CONFLICT = "date-conflict"
"""The caller's ``date=`` differs from the date the page states; the caller's date is kept."""
AMBIGUOUS_DATE = "ambiguous-date"
"""A numeric date such as ``04/05/2018`` whose day and month order nothing on the page
tells: ``date`` is ``None``."""
DATE_FROM_CRAWL = "date-from-crawl"
"""A web archive's page states no date and the caller asked for the crawl date
(``date_from="crawl"``): ``date`` is when the page was fetched, not published."""
PARSE_NOTE_CODES: tuple[str, ...] = (
    NO_DATE,
    NO_TITLE,
    DATE_CONFLICT,
    AMBIGUOUS_DATE,
    DATE_FROM_CRAWL,
)
"""Every code a parse note may carry."""

# The stable codes of :class:`ParseError`: input that is not a bulletin at all.
NOT_TEXT = "not-text"
"""The input is empty, holds NUL bytes, or is mostly not printable text."""
LISTING_PAGE = "listing-page"
"""The page lists several teasers (an index or search page), not one bulletin."""
TOO_LARGE = "too-large"
"""The input is larger than the reader's documented limit."""
UNDECODABLE = "undecodable"
"""The bytes are not text in the encoding forced, declared or detected."""
NOT_ARTICLE = "not-article"
"""An HTML page with no article text (an error page, a bare index)."""
MISSING_EXTRA = "missing-extra"
"""The input needs an optional extra that is not installed (``bulletinkit[html]``)."""
PARSE_ERROR_CODES: tuple[str, ...] = (
    NOT_TEXT,
    LISTING_PAGE,
    TOO_LARGE,
    UNDECODABLE,
    NOT_ARTICLE,
    MISSING_EXTRA,
)
"""Every code :class:`ParseError` is raised with."""

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


def _invalid(name: str, rule: str, value: object, code: str = "type") -> ValidationError:
    return ValidationError(
        (
            Issue(
                code=code,
                message=f"'{name}' {rule} (got {excerpt(value)})",
                location=f"/{name}",
                found=excerpt(value),
            ),
        )
    )


def _text(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise _invalid(attribute.name, "must be a string", value)
    if not value.strip():
        raise _invalid(attribute.name, "must be a non-empty string", value, "empty")


def _string(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise _invalid(attribute.name, "must be a string", value)


def _optional_string(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise _invalid(attribute.name, "must be a string or None", value)


def _severity(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Severity):
        raise _invalid(attribute.name, "must be a Severity", value)


@attrs.frozen(kw_only=True)
class Issue:
    """One problem found in a bulletin, a JSON document or a text page.

    Issues are also data: a bulletin's parse notes (:attr:`bulletinkit.Bulletin.notes`)
    are issues, and they round-trip through JSON like every model.
    """

    code: str = attrs.field(validator=_text)
    """Stable machine-readable code, e.g. ``"type"``, ``"unknown-key"``, ``"BK201"``."""
    message: str = attrs.field(validator=_text)
    """Human-readable sentence saying what is wrong."""
    location: str = attrs.field(default="", validator=_string)
    """RFC 6901 JSON pointer (``/meetings/1/date``, ``""`` for the root) or ``line N``."""
    severity: Severity = attrs.field(default=Severity.ERROR, validator=_severity)
    expected: str | None = attrs.field(default=None, validator=_optional_string)
    """What the rule expected, in words."""
    found: str | None = attrs.field(default=None, validator=_optional_string)
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


class UsageError(BulletinkitError, TypeError):
    """A public function was called with an argument of the wrong kind.

    A mistake in the calling code, not in the data (bad data raises
    :class:`ValidationError`): ``from_json(Bulletin, text)`` with the arguments swapped,
    ``to_json({...})`` with plain data. The message names the argument, what was expected
    and what was given. It is a ``TypeError``, as Python's own argument errors are.
    """


class SchemaError(BulletinkitError, LookupError):
    """A schema name or ``$ref`` cannot be resolved from the bundled schema files."""


class ParseError(BulletinkitError, ValueError):
    """Text cannot be read as a bulletin.

    ``code`` is stable: ``not-text`` (empty, NUL bytes, mostly not printable),
    ``listing-page`` (a page of several teasers), ``too-large``, ``undecodable``,
    ``not-article`` or ``missing-extra`` (see :data:`PARSE_ERROR_CODES`); ``"parse"``
    for anything else. ``line`` is the 1-based line where the problem was found
    (``None`` when the problem concerns the whole input), and ``expected`` says what the
    parser was looking for.
    """

    code: str
    line: int | None
    expected: str | None

    def __init__(
        self,
        message: str,
        *,
        line: int | None = None,
        expected: str | None = None,
        code: str = "parse",
    ):
        self.code = code
        self.line = line
        self.expected = expected
        self.issue = Issue(
            code=code,
            message=message,
            location="" if line is None else f"line {line}",
            expected=expected,
        )
        where = "" if line is None else f"line {line}: "
        tail = "" if expected is None else f" (expected {expected})"
        super().__init__(f"{where}{message}{tail}")
