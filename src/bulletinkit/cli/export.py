"""``bulletinkit export --to FORMAT FILE...``: bulletin JSON to other standards.

A thin layer over :mod:`bulletinkit.export`; the reading, format and exit-code rules are
in ``DESCRIPTION`` (the command's ``--help``) and ``docs/export.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bulletinkit.errors import ValidationError
from bulletinkit.model import Bulletin

DESCRIPTION = """\
Export bulletin JSON to another standard. FORMAT is schema-org (schema.org JSON-LD),
ninjs (IPTC ninjs 3.1), popolo (one Popolo document for all the bulletins read) or
odrl (each bulletin's license notice as an ODRL 2.2 policy). Each FILE is a bulletin
JSON document, a JSON array of them, or NDJSON (one bulletin a line); '-' reads
standard input.

Output follows the rules of parse: with -o, the extension chooses the format (.json:
one document, or an array for several bulletins; .ndjson or .jsonl: one record a line)
unless --format is given; on standard output one bulletin is pretty JSON and several
are NDJSON; popolo always writes one document. The output file is written at once when
the run ends, only if something was exported, and never over an input.

A bad input is reported on standard error as FILE:LINE: POINTER: message and the others
are still exported; a bulletin without a license notice has no odrl policy and is
reported. Exit status: 0 all exported, 1 some input was invalid or had nothing to
export, 2 usage error or a file that could not be read or written.
"""

_NDJSON_SUFFIXES = (".ndjson", ".jsonl")
FORMATS = ("schema-org", "ninjs", "popolo", "odrl")


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``export``."""
    parser = sub.add_parser(
        "export",
        help="export bulletin JSON to schema.org, ninjs, Popolo or ODRL",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--to", required=True, choices=FORMATS, help="the format to write")
    parser.add_argument("files", nargs="+", metavar="FILE", help="JSON or NDJSON; '-' is stdin")
    parser.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    parser.add_argument(
        "--format", choices=("json", "ndjson"), help="output format (default: from OUT)"
    )
    parser.set_defaults(run=run)


class _Unreadable(Exception):
    """A file that cannot be read."""


def _text(name: str) -> str:
    try:
        if name == "-":
            return sys.stdin.read()
        return Path(name).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise _Unreadable(f"{name}: cannot read: {reason}") from None


def _bulletins(name: str, text: str) -> Iterator[tuple[str, Bulletin | ValidationError]]:
    """``(where, bulletin or error)`` for each document of a file."""
    from bulletinkit.codec import from_dict, iter_ndjson

    shown = "<stdin>" if name == "-" else name
    if not name.lower().endswith(_NDJSON_SUFFIXES):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            if error.msg != "Extra data" or name.lower().endswith(".json"):
                issue = f"line {error.lineno}: invalid JSON: {error.msg} (column {error.colno})"
                yield shown, ValidationError(issue)
                return
        else:
            items = data if isinstance(data, list) else [data]
            for index, item in enumerate(items):
                where = f"{shown}:/{index}" if isinstance(data, list) else shown
                try:
                    yield where, from_dict(item, Bulletin)
                except ValidationError as error:
                    yield where, error
            return
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield from ((f"{shown}:{number}", b) for b in iter_ndjson([line]))
        except ValidationError as error:
            yield f"{shown}:{number}", error


def _report(where: str, error: ValidationError) -> None:
    for issue in error.issues:
        location = issue.location.split(": ", 1)[-1] if issue.location else "(root)"
        print(f"{where}: {location}: {issue.message}", file=sys.stderr)


def _exporter(name: str) -> Callable[[Bulletin], Any]:
    from bulletinkit import export

    if name == "schema-org":
        return export.to_schema_org
    if name == "ninjs":
        return export.to_ninjs
    from bulletinkit.export._common import bulletin_uri

    def odrl(bulletin: Bulletin) -> Any:
        if bulletin.license is None:
            return None
        return export.to_odrl(bulletin.license, asset=bulletin_uri(bulletin))

    return odrl


def _read_all(files: list[str]) -> tuple[list[tuple[str, Bulletin]], int]:
    status = 0
    found: list[tuple[str, Bulletin]] = []
    for name in files:
        try:
            text = _text(name)
        except _Unreadable as error:
            print(error, file=sys.stderr)
            status = 2
            continue
        for where, item in _bulletins(name, text):
            if isinstance(item, ValidationError):
                _report(where, item)
                status = max(status, 1)
            else:
                found.append((where, item))
    return found, status


def _export(to: str, found: list[tuple[str, Bulletin]]) -> tuple[list[Any], int]:
    if to == "popolo":
        from bulletinkit.export import to_popolo

        return [to_popolo(bulletin for _, bulletin in found)], 0
    export, documents, status = _exporter(to), [], 0
    for where, bulletin in found:
        document = export(bulletin)
        if document is None:
            print(f"{where}: no license notice: nothing to export", file=sys.stderr)
            status = 1
        else:
            documents.append(document)
    return documents, status


def run(args: argparse.Namespace) -> int:
    """Read every file, export, write; return the exit status."""
    from bulletinkit.atomic import (
        OutputIsInput,
        atomic_output,
        is_stdout,
        refuse_overwriting_inputs,
    )
    from bulletinkit.cli._records import FormatError, RecordWriter, choose_format

    try:
        refuse_overwriting_inputs([args.output], args.files)
        choose_format(args.format, args.output, batch=True)  # a bad -o fails before reading
    except (FormatError, OutputIsInput) as error:
        print(f"bulletinkit export: {error}", file=sys.stderr)
        return 2
    found, status = _read_all(args.files)
    documents, missing = _export(args.to, found)
    status = max(status, missing)
    batch = args.to != "popolo" and (len(args.files) > 1 or len(found) > 1)
    form = choose_format(args.format, args.output, batch=batch)
    if not documents and not is_stdout(args.output):
        return max(status, 1)  # nothing exported: the output file is left alone
    try:
        with atomic_output(args.output) as out:
            writer = RecordWriter(out, form, batch=batch)
            for document in documents:
                writer.write(document)
            writer.close()
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (``... | head``): stop quietly
        return status
    except OSError as error:
        print(f"{args.output}: cannot write: {error.strerror or error}", file=sys.stderr)
        return 2
    return status
