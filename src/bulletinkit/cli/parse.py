"""``bulletinkit parse``: bulletin pages (plain text) to JSON.

One file prints one JSON document; several files, or an output file named ``*.ndjson``
or ``*.jsonl``, give newline-delimited JSON (one bulletin a line). ``-`` reads standard
input. A file that fails is reported on standard error as ``FILE:LINE: message`` and
the others are still processed. Exit status: 0 all parsed, 1 some page failed to
parse, 2 usage error or a file that could not be read.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pendulum

from bulletinkit.errors import BulletinkitError, ParseError
from bulletinkit.model import Bulletin

_NDJSON_SUFFIXES = (".ndjson", ".jsonl")


def _iso_date(value: str) -> pendulum.Date:
    try:
        if len(value) != len("YYYY-MM-DD"):
            raise ValueError(value)
        day = datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None
    return pendulum.Date(day.year, day.month, day.day)


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``parse``."""
    parser = sub.add_parser(
        "parse",
        help="parse bulletin pages (plain text) into JSON",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="text files; '-' is stdin")
    parser.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    parser.add_argument(
        "--date", type=_iso_date, metavar="YYYY-MM-DD", help="the bulletin date (wins)"
    )
    parser.add_argument("--title", metavar="T", help="the bulletin title (wins)")
    parser.add_argument("--source-url", metavar="URL", help="where the page was found")
    parser.set_defaults(run=run)


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def _parse_file(name: str, args: argparse.Namespace) -> Bulletin:
    from bulletinkit.parse import parse_text
    from bulletinkit.parse.text import decode_page

    return parse_text(
        decode_page(_read(name)),
        date=args.date,
        title=args.title,
        source_url=args.source_url,
    )


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        yield out


def _report(name: str, error: BulletinkitError) -> None:
    shown = "<stdin>" if name == "-" else name
    if isinstance(error, ParseError) and error.line is not None:
        print(f"{shown}:{error.line}: {error.issue.message}" + _expected(error), file=sys.stderr)
    else:
        print(f"{shown}: {error}", file=sys.stderr)


def _expected(error: ParseError) -> str:
    return "" if error.expected is None else f" (expected {error.expected})"


def run(args: argparse.Namespace) -> int:
    """Parse every file named in ``args``; write JSON or NDJSON; return the exit status."""
    try:
        with _output(args.output) as out:
            return _run(args, out)
    except BrokenPipeError:
        # The reader went away (``bulletinkit parse ... | head``): stop quietly.
        sys.stderr.close()
        return 0
    except OSError as error:
        print(f"{args.output}: cannot write: {error.strerror or error}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace, out: IO[str]) -> int:
    from bulletinkit.codec import to_json, write_ndjson

    files: list[str] = args.files
    ndjson = len(files) > 1 or str(args.output or "").endswith(_NDJSON_SUFFIXES)
    status = 0
    for name in files:
        try:
            bulletin = _parse_file(name, args)
        except OSError as error:
            print(f"{name}: cannot read: {error.strerror or error}", file=sys.stderr)
            status = 2
            continue
        except BulletinkitError as error:
            _report(name, error)
            status = max(status, 1)
            continue
        except Exception as error:  # a bug must not stop the batch nor hide which file
            kind = type(error).__name__
            print(f"{name}: internal error ({kind}: {error}); please report it", file=sys.stderr)
            status = max(status, 1)
            continue
        if ndjson:
            write_ndjson([bulletin], out)
        else:
            out.write(to_json(bulletin, indent=2) + "\n")
    return status
