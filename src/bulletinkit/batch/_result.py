"""What the batch reader gives back for one page, and the hints a caller passes per page."""

from __future__ import annotations

import datetime
from typing import Any, Literal

import attrs

from bulletinkit.errors import BulletinkitError, Issue, ParseError
from bulletinkit.model import Bulletin

__all__ = ["SKIPPED_CODES", "UNREADABLE_CODES", "Hints", "PageResult", "error_code"]

UNREADABLE_CODES = frozenset({"unreadable", "undecodable"})
"""Error codes of pages that could not be read as text (exit status 2 in the CLI)."""
SKIPPED_CODES = frozenset({"listing-page", "not-article", "not-html", "unknown-format"})
"""Error codes of pages that are counted and skipped, not failed (not a bulletin): listing
pages, HTML pages with no article, WARC records that are not HTML, files a folder holds
that no reader reads (by suffix)."""


@attrs.frozen(kw_only=True)
class Hints:
    """What the caller knows about one page; each given value wins over the page's own.

    ``date`` and ``title`` are handed to the parser; ``source_url`` is where the page was
    found (without it a local file gets its ``file://`` URI).
    """

    date: datetime.date | None = None
    title: str | None = None
    source_url: str | None = None
    encoding: str | None = None
    """The encoding to decode the page in (``None``: a BOM, UTF-8, declared or detected)."""
    date_from: Literal["page", "crawl"] = "page"
    """WARC archives: ``"crawl"`` takes the crawl date for pages that state none."""


def error_code(error: BaseException) -> str:
    """The stable code of ``error``: its ``code`` attribute, else its issue's code."""
    code = getattr(error, "code", None)
    if isinstance(code, str) and code:
        return code
    issue = getattr(error, "issue", None)
    if isinstance(issue, Issue):
        return issue.code
    issues = getattr(error, "issues", ())
    if issues and isinstance(issues[0], Issue):
        return str(issues[0].code)
    return "error"


def _same_error(one: BaseException | None, other: BaseException | None) -> bool:
    """Errors are equal when of one type with the same message, code and line."""
    if one is None or other is None:
        return one is other
    return (
        type(one) is type(other)
        and str(one) == str(other)
        and error_code(one) == error_code(other)
        and getattr(one, "line", None) == getattr(other, "line", None)
    )


@attrs.frozen(kw_only=True)
class PageResult:
    """One page of a batch: its bulletin, or the error that stopped it, and its warnings.

    ``path`` is the file as found (``-`` for standard input). Exactly one of ``bulletin``
    and ``error`` is set. ``code`` is the error's stable code (``too-large``,
    ``undecodable``, ``unreadable``, ``unsupported-format``, ``internal``, the parser's own
    codes such as ``parse`` or ``listing-page``), ``None`` on success. ``warnings`` are
    the page's parse notes (``Issue`` records of severity warning, location ``line N``);
    with ``strict=True`` the first one becomes the error.
    """

    path: str
    bulletin: Bulletin | None = None
    error: BulletinkitError | None = attrs.field(
        default=None, eq=attrs.cmp_using(eq=lambda a, b: _same_error(a, b))
    )
    code: str | None = None
    warnings: tuple[Issue, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the page gave a bulletin."""
        return self.bulletin is not None

    @property
    def unreadable(self) -> bool:
        """Whether the file could not be read or decoded as text at all."""
        return self.code in UNREADABLE_CODES

    @property
    def skipped(self) -> bool:
        """Whether the page is not a bulletin and was skipped (e.g. a listing page)."""
        return self.code in SKIPPED_CODES

    @property
    def line(self) -> int | None:
        """The 1-based line of the error, when it has one."""
        line = getattr(self.error, "line", None)
        return line if isinstance(line, int) else None

    @property
    def message(self) -> str:
        """The error's message without its location (``""`` on success)."""
        if self.error is None:
            return ""
        if isinstance(self.error, ParseError):
            tail = "" if self.error.expected is None else f" (expected {self.error.expected})"
            return self.error.issue.message + tail
        return str(self.error)

    def error_record(self) -> dict[str, Any]:
        """The failure as a JSON-ready record: ``path``, ``line``, ``code``, ``message``."""
        return {"path": self.path, "line": self.line, "code": self.code, "message": self.message}
