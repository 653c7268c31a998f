"""``bulletinkit validate FILE...``: check JSON or NDJSON documents against a bundled schema.

Prints one line per problem, ``FILE:POINTER: message [code]`` (``FILE:LINE:POINTER: ...``
for NDJSON, where LINE is the document's line), at most 20 per document and then how
many more. A JSON array of documents is checked item by item (``FILE:/2/title: ...``).
A line of an NDJSON file that is not JSON is reported and the next lines are checked.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from bulletinkit.schemas import SCHEMA_NAMES

DESCRIPTION = """\
Check JSON or NDJSON documents against a bundled JSON Schema, then (for bulletins) the
cross-object checks. A JSON file may hold one document or an array of documents (as
'bulletinkit parse -o out.json' writes for several pages).

Prints one line per problem, FILE:POINTER: message [code] (FILE:LINE:POINTER for NDJSON,
where LINE is the document's line; the pointer starts with the index in an array),
at most 20 per document, then how many more. A line of an NDJSON file that is not JSON
is reported and the next lines are checked.
Exit status: 0 every document valid, 1 some document invalid (or warned, with
--strict), 2 usage error or a file that cannot be read, decoded or parsed as JSON,
130 interrupted.
"""

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
        description=DESCRIPTION,
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
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write the problem lines here, not to stdout"
    )
    parser.set_defaults(run=run)


def _lines(path: str) -> Iterator[str]:
    """The lines of a file (``-``: stdin), read lazily; a BOM is dropped.

    Bytes that are not UTF-8 get the same error as from ``bulletinkit parse``.
    """
    try:
        if path == "-":
            binary = getattr(sys.stdin, "buffer", None)
            yield from sys.stdin if binary is None else _decoded(binary)
            return
        with open(path, "rb") as handle:
            yield from _decoded(handle)
    except OSError as exc:
        raise _Unreadable(f"cannot read: {exc}") from None


def _decoded(handle: Iterable[bytes]) -> Iterator[str]:
    from bulletinkit.parse.text import decode_error

    offset = 0
    for number, raw in enumerate(handle, start=1):
        data = raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
        try:
            yield data.decode("utf-8")
        except UnicodeDecodeError as exc:
            start = offset + (len(raw) - len(data)) + exc.start
            error = decode_error(
                "utf-8", data[exc.start : exc.start + 1], offset=start, line=number
            )
            message = f"{error.issue.message} (expected {error.expected})"
            raise _Unreadable(message, number) from None
        offset += len(raw)


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


def _documents(path: str) -> Iterator[tuple[int | None, str, object]]:
    """``(line or None, pointer prefix, document)`` for each document of a file; a line
    of an NDJSON file that cannot be read comes as its :class:`_Unreadable` in the
    document's place.

    A ``.ndjson``/``.jsonl`` file is streamed line by line; any other is read whole and
    is NDJSON when it is not one JSON document but several lines of them. A JSON array
    is a list of documents, each named by its index (``/0``, ``/1``, ...).
    """
    for line, document in _raw_documents(path):
        if line is None and isinstance(document, list):
            for index, item in enumerate(document):
                yield None, f"/{index}", item
        else:
            yield line, "", document


def _raw_documents(path: str) -> Iterator[tuple[int | None, object]]:
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
    from bulletinkit.atomic import OutputIsInput, atomic_output, refuse_overwriting_inputs

    try:
        refuse_overwriting_inputs([args.output], args.files)
    except OutputIsInput as exc:
        print(f"bulletinkit validate: {exc}", file=sys.stderr)
        return 2
    try:
        with atomic_output(args.output) as out:
            return _run(args, out)
    except OSError as exc:
        print(f"{args.output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace, out: IO[str]) -> int:
    from bulletinkit.errors import SHOWN, BulletinkitError, Severity
    from bulletinkit.schemas import validate
    from bulletinkit.schemas._validate import validate_item

    status = 0
    checked = invalid = 0
    for path in args.files:
        documents = _documents(path)
        while True:
            try:
                line, prefix, document = next(documents)
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
                # an item of a JSON array is one document: an array inside is no batch
                check = validate_item if prefix else validate
                report = check(
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
                pointer = prefix + problem.location or "(root)"
                message = f"{label}{problem.message} [{problem.code}]"
                print(f"{_where(path, line)}:{pointer}: {message}", file=out)
            if len(report.problems) > SHOWN:
                more = len(report.problems) - SHOWN
                where = _where(path, line) + (f":{prefix}" if prefix else "")
                print(f"{where}: and {more} more problem(s) not shown", file=out)
            if bad:
                invalid += 1
                status = max(status, 1)
    print(f"{checked} document(s) checked, {invalid} invalid", file=sys.stderr)
    return status
