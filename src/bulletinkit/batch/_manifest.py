"""A manifest: each page's own date, title and source URL, from a CSV or JSON Lines file.

CSV: a header row naming ``path`` and any of ``date``, ``title``, ``source_url``, then
one row per page. JSON Lines (``.jsonl``/``.ndjson``): one object per line with the
same members. ``path`` is relative to the manifest's folder (or absolute); ``date`` is
``YYYY-MM-DD``; an empty value means "not given".
"""

from __future__ import annotations

import csv
import datetime
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pendulum

from bulletinkit.batch._result import Hints
from bulletinkit.errors import Issue, ValidationError

__all__ = ["MANIFEST_COLUMNS", "load_manifest"]

MANIFEST_COLUMNS = ("path", "date", "title", "source_url")


def _fail(line: int, message: str) -> ValidationError:
    return ValidationError([Issue(code="manifest", message=message, location=f"line {line}")])


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise _fail(number, f"invalid JSON: {error.msg}") from None
            if not isinstance(row, dict):
                raise _fail(number, "expected a JSON object per line")
            yield number, row
        return
    reader = csv.DictReader(text.splitlines())
    unknown = [name for name in reader.fieldnames or () if name not in MANIFEST_COLUMNS]
    if unknown or "path" not in (reader.fieldnames or ()):
        raise _fail(1, f"the header must name 'path' and only {', '.join(MANIFEST_COLUMNS)}")
    for row in reader:
        yield reader.line_num, row


def _date(value: object, line: int) -> pendulum.Date | None:
    if value in (None, ""):
        return None
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError(value)
        day = datetime.date.fromisoformat(value)
    except ValueError:
        raise _fail(line, f"date is not YYYY-MM-DD: {value!r}") from None
    return pendulum.Date(day.year, day.month, day.day)


def _text(row: dict[str, Any], key: str, line: int) -> str | None:
    value = row.get(key)
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise _fail(line, f"{key} must be a string")
    return value


def load_manifest(path: str | os.PathLike[str]) -> dict[str, Hints]:
    """Read a manifest: page path (absolute) -> its :class:`Hints`.

    Raises :class:`~bulletinkit.ValidationError` (location ``line N``) for a row without
    a path, an unknown column or member, a bad date, or a page listed twice; ``OSError``
    when the file cannot be read.
    """
    manifest = Path(path)
    folder = manifest.parent
    hints: dict[str, Hints] = {}
    for line, row in _rows(manifest):
        unknown = sorted(set(row) - set(MANIFEST_COLUMNS))
        if unknown:
            raise _fail(line, f"unknown member {unknown[0]!r}")
        page = _text(row, "path", line)
        if page is None:
            raise _fail(line, "no path")
        key = os.path.normcase(os.path.abspath(folder / page))
        if key in hints:
            raise _fail(line, f"{page} is listed twice")
        hints[key] = Hints(
            date=_date(row.get("date"), line),
            title=_text(row, "title", line),
            source_url=_text(row, "source_url", line),
        )
    return hints
