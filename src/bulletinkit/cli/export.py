"""``bulletinkit export --to FORMAT FILE...``: bulletin JSON or NDJSON to another standard.

FORMAT is ``schema-org`` (schema.org JSON-LD), ``ninjs`` (IPTC ninjs 3.1), ``popolo``
(one Popolo document for all the bulletins read) or ``odrl`` (the license notice as an
ODRL 2.2 policy). Each FILE is a bulletin JSON document, a JSON list of them, or NDJSON
(one bulletin a line; ``-`` reads standard input). One bulletin gives one JSON document;
several, or an output file named ``*.ndjson``/``*.jsonl``, give one document a line
(``popolo`` always gives one document). A bad input is reported on standard error as
``FILE:LINE: POINTER: message`` and the others are still exported; a bulletin without a
license notice has no ``odrl`` policy and is reported. The output file is written whole
or not at all. Exit status: 0 all exported, 1 some input was invalid or had nothing to
export, 2 usage error or a file that could not be read or written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from bulletinkit.errors import ValidationError
from bulletinkit.model import Bulletin

_NDJSON_SUFFIXES = (".ndjson", ".jsonl")
FORMATS = ("schema-org", "ninjs", "popolo", "odrl")


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``export``."""
    parser = sub.add_parser(
        "export",
        help="export bulletin JSON to schema.org, ninjs, Popolo or ODRL",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--to", required=True, choices=FORMATS, help="the format to write")
    parser.add_argument("files", nargs="+", metavar="FILE", help="JSON or NDJSON; '-' is stdin")
    parser.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
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


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a temporary file beside ``path`` renamed over it on success."""
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            yield out
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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


def run(args: argparse.Namespace) -> int:
    """Read every file, export, write; return the exit status."""
    status = 0
    found: list[tuple[str, Bulletin]] = []
    for name in args.files:
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
    documents: list[Any]
    if args.to == "popolo":
        from bulletinkit.export import to_popolo

        documents = [to_popolo(bulletin for _, bulletin in found)]
    else:
        export, documents = _exporter(args.to), []
        for where, bulletin in found:
            document = export(bulletin)
            if document is None:
                print(f"{where}: no license notice: nothing to export", file=sys.stderr)
                status = max(status, 1)
            else:
                documents.append(document)
    ndjson = args.to != "popolo" and (
        len(found) > 1 or str(args.output or "").lower().endswith(_NDJSON_SUFFIXES)
    )
    try:
        with _output(args.output) as out:
            for document in documents:
                if ndjson:
                    out.write(json.dumps(document, ensure_ascii=False) + "\n")
                else:
                    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (``... | head``): stop quietly
        return status
    except OSError as error:
        print(f"{args.output}: cannot write: {error.strerror or error}", file=sys.stderr)
        return 2
    return status
