"""One page, start to finish: :func:`parse_path` (read, guard, dispatch, parse, notes).

A top-level function of picklable arguments returning a picklable
:class:`~bulletinkit.batch.PageResult`, so process pools and task schedulers (Dask)
can call it as is. It never raises for a bad page: every failure is in the result.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import attrs

from bulletinkit.batch._readers import page_format, reader_for
from bulletinkit.batch._result import Hints, PageResult, error_code
from bulletinkit.errors import TOO_LARGE, BulletinkitError, Issue, ParseError, Severity
from bulletinkit.model import Bulletin

__all__ = ["DEFAULT_MAX_BYTES", "parse_path"]

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
"""The largest page read by default, in bytes: 2 MiB. Real bulletin pages are 2-50 KB; a
page at the limit takes seconds and about 46 to 50 times its size in memory
(``docs/performance.md``), so larger inputs are refused rather than churned."""

_NO_HINTS = Hints()


class _Unreadable(Exception):
    pass


def _too_large(size: str, max_bytes: int) -> ParseError:
    return ParseError(
        f"page is {size} bytes, over the limit of {max_bytes} bytes",
        code=TOO_LARGE,
        expected=f"a page of at most {max_bytes} bytes (raise the limit with max_bytes)",
    )


def _read(path: str, max_bytes: int) -> bytes:
    """Up to ``max_bytes + 1`` bytes of ``path`` (``-``: standard input)."""
    if path == "-":
        return sys.stdin.buffer.read(max_bytes + 1)
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max_bytes:
            raise _too_large(str(size), max_bytes)
        return handle.read(max_bytes + 1)


def _line(location: str) -> int | None:
    head, _, number = location.partition(" ")
    return int(number) if head == "line" and number.isdigit() else None


def _notes(bulletin: Bulletin) -> tuple[Issue, ...]:
    notes = getattr(bulletin, "notes", ())
    return tuple(n for n in notes if getattr(n, "severity", None) is Severity.WARNING)


def _failed(path: str, error: BulletinkitError, warnings: tuple[Issue, ...] = ()) -> PageResult:
    return PageResult(path=path, error=error, code=error_code(error), warnings=warnings)


def parse_path(
    path: str | os.PathLike[str],
    *,
    data: bytes | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    strict: bool = False,
    hints: Hints | None = None,
) -> PageResult:
    """Read and parse the page at ``path`` (``-``: standard input) into a ``PageResult``.

    ``data``, when given, is the page's bytes (``path`` then only names it, e.g. a URL).
    A page over ``max_bytes`` bytes is refused with code ``too-large`` before it is read
    whole. The format comes from the content, then the suffix (see
    ``bulletinkit.batch._readers``). ``hints`` win over what the page says. With
    ``strict=True`` a parse note (warning) fails the page. A bulletin without a
    ``source_url`` from a local file gets the file's ``file://`` URI.
    """
    name = os.fspath(path)
    hints = hints or _NO_HINTS
    try:
        if data is None:
            data = _read(name, max_bytes)
        if len(data) > max_bytes:
            raise _too_large(f"more than {max_bytes}", max_bytes)
    except ParseError as error:
        return _failed(name, error)
    except OSError as error:
        reason = error.strerror or str(error)
        return _failed(name, ParseError(f"cannot read: {reason}", code="unreadable"))
    kind = page_format(name, data[:2048])
    try:
        reader = reader_for(kind)
        if reader is None and kind == "warc":  # an archive is many pages: parse_files
            raise ParseError(
                "a WARC archive (or a file named as one) is not one page",
                code="unsupported-format",
                expected="one page; archives are read by parse_files or iter_warc",
            )
        if reader is None:
            raise ParseError(
                f"{kind} pages are not supported by this version of bulletinkit",
                code="unsupported-format",
                expected="a plain-text page",
            )
        bulletin = reader(data, hints)
    except BulletinkitError as error:
        return _failed(name, error)
    except Exception as error:  # a bug must not stop a batch nor hide which file
        message = f"internal error ({type(error).__name__}: {error}); please report it"
        return _failed(name, ParseError(message, code="internal"))
    warnings = _notes(bulletin)
    if strict and warnings:
        first = warnings[0]
        refused = ParseError(
            f"{first.message} (--strict)", code=first.code, line=_line(first.location)
        )
        return _failed(name, refused, warnings)
    if bulletin.source_url is None and name != "-" and "://" not in name:
        bulletin = attrs.evolve(bulletin, source_url=Path(os.path.abspath(name)).as_uri())
    return PageResult(path=name, bulletin=bulletin, warnings=warnings)
