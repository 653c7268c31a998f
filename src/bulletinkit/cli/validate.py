"""``bulletinkit validate FILE...``: check JSON or NDJSON documents against a bundled schema.

Prints one line per problem, ``FILE:POINTER: message [code]`` (``FILE:LINE:POINTER: ...``
for NDJSON, where LINE is the document's line), at most 20 per document and then how
many more. A JSON array of documents is checked item by item (``FILE:/2/title: ...``).
A line of an NDJSON file that is not JSON is reported and the next lines are checked.
Exit code 0 when every document is valid, 1 when any is invalid, 2 for a usage error or
input that cannot be read as JSON.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from bulletinkit.schemas import SCHEMA_NAMES

_NDJSON_SUFFIXES = (".ndjson", ".jsonl")
_JSON_SUFFIXES = (".json",)


class _Unreadable(Exception):
    """A file that cannot be read, or is not JSON; ``line`` when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``validate``."""
    parser = sub.add_parser(
        "validate",
        help="validate JSON or NDJSON documents against a bundled schema",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="a .json or .ndjson file, - for stdin"
    )
    parser.add_argument(
        "--schema", default="bulletin", choices=SCHEMA_NAMES, help="the schema (default: bulletin)"
    )
    parser.add_argument(
        "--strict", action="store_true", help="treat warnings of the checks as errors"
    )
    parser.add_argument(
        "--no-checks", action="store_true", help="skip the cross-object checks of a bulletin"
    )
    parser.add_argument(
        "--backend", choices=("jsonschema", "jsonschema-rs"), help="force a validation backend"
    )
    parser.set_defaults(run=run)


def _lines(path: str) -> Iterator[str]:
    """The lines of a file (``-``: stdin), read lazily; a BOM is dropped."""
    try:
        if path == "-":
            yield from sys.stdin
            return
        with open(path, encoding="utf-8-sig") as handle:
            yield from handle
    except (OSError, UnicodeDecodeError) as exc:
        raise _Unreadable(f"cannot read: {exc}") from None


def _loads(text: str, line: int | None) -> object:
    from bulletinkit._codec.backend import JSONSyntaxError, loads

    try:
        return loads(text)
    except JSONSyntaxError as exc:
        if exc.pointer is not None:
            raise _Unreadable(f"{exc.pointer}: {exc.message} [{exc.code}]", line) from None
        column = "" if exc.column is None else f" (column {exc.column})"
        where = line if line is not None else exc.line
        raise _Unreadable(f"invalid JSON: {exc.message}{column}", where) from None


def _ndjson(lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int | None, object]]:
    """Each non-blank line's document, or its :class:`_Unreadable` (the batch goes on)."""
    for number, line in lines:
        if not line.strip():
            continue
        try:
            document = _loads(line, number)
        except _Unreadable as exc:
            yield number, exc
            continue
        yield number, document


def _several(text: str) -> bool:
    """Whether ``text`` looks like NDJSON: several lines, the first a document alone."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return False
    try:
        _loads(lines[0], 1)
    except _Unreadable:
        return False
    return True


def _documents(path: str) -> Iterator[tuple[int | None, object]]:
    """``(line or None, document)`` for a JSON file or each line of an NDJSON one; a line
    that cannot be read comes as its :class:`_Unreadable` in the document's place.

    A ``.ndjson``/``.jsonl`` file is streamed line by line; any other is read whole and
    is NDJSON when it is not one JSON document but several lines of them.
    """
    lower = path.lower()
    if lower.endswith(_NDJSON_SUFFIXES):
        yield from _ndjson(enumerate(_lines(path), start=1))
        return
    text = "".join(_lines(path))
    try:
        document = _loads(text, None)
    except _Unreadable:
        if lower.endswith(_JSON_SUFFIXES) or not _several(text):
            raise
        yield from _ndjson(enumerate(text.split("\n"), start=1))
        return
    yield None, document


def _where(path: str, line: int | None) -> str:
    name = "<stdin>" if path == "-" else path
    return name if line is None else f"{name}:{line}"


def run(args: argparse.Namespace) -> int:
    """Validate every document of every file; print the problems; return the exit code."""
    from bulletinkit.errors import SHOWN, BulletinkitError, Severity
    from bulletinkit.schemas import validate

    status = 0
    checked = invalid = 0
    for path in args.files:
        documents = _documents(path)
        while True:
            try:
                line, document = next(documents)
            except StopIteration:
                break
            except _Unreadable as exc:
                print(f"{_where(path, exc.line)}: {exc}", file=sys.stderr)
                status = 2
                break
            if isinstance(document, _Unreadable):  # one bad NDJSON line: report, go on
                print(f"{_where(path, document.line)}: {document}", file=sys.stderr)
                status = 2
                continue
            checked += 1
            try:
                report = validate(
                    document, args.schema, checks=not args.no_checks, backend=args.backend
                )
            except BulletinkitError as exc:
                print(f"{_where(path, line)}: {exc}", file=sys.stderr)
                return 2
            bad = False
            for shown, problem in enumerate(report.problems):
                error = args.strict or problem.severity is Severity.ERROR
                bad = bad or error
                if shown >= SHOWN:
                    continue
                label = "" if error else "warning: "
                pointer = problem.location or "(root)"
                print(f"{_where(path, line)}:{pointer}: {label}{problem.message} [{problem.code}]")
            if len(report.problems) > SHOWN:
                more = len(report.problems) - SHOWN
                print(f"{_where(path, line)}: and {more} more problem(s) not shown")
            if bad:
                invalid += 1
                status = max(status, 1)
    print(f"{checked} document(s) checked, {invalid} invalid", file=sys.stderr)
    return status
