"""``bulletinkit parse``: bulletin pages (files, folders, stdin) to JSON or NDJSON.

A thin layer over :func:`bulletinkit.batch.parse_pages`; the format and exit-code rules
are in ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import os
import sys
from typing import Any

import pendulum

from bulletinkit.batch import DEFAULT_MAX_BYTES, Hints, Listing
from bulletinkit.batch._readers import SUFFIXES
from bulletinkit.cli._records import FORMATS

DESCRIPTION = """\
Parse bulletin pages (plain text, HTML, WARC archives) into JSON. FILE may be a file
(always read), '-' for standard input, or a folder, read recursively for the files
bulletinkit has a reader for, by their name's ending (in any case):
  {suffixes}
The folder's other files are skipped and counted as skipped. --glob PATTERN (repeatable)
reads instead the files whose name matches a pattern, whatever it ends in. Text, HTML and
WARC are told apart by content; HTML and WARC need the html extra (pip install
'bulletinkit[html]'). A WARC archive gives one record per HTML page it holds (named
FILE#N in messages); its other records are skipped. Pages are parsed by --jobs
processes; records come out in input order.

Output: with -o, the extension chooses the format (.json: one document, or an array
for several pages; .ndjson or .jsonl: one record per line) unless --format is given;
on standard output one page is pretty JSON and several are NDJSON. The output file is
written only when the run ends, at once (an existing file is left untouched after an
error or Ctrl-C) and only if at least one page parsed. --format parquet -o FOLDER
appends the run's bulletins to FOLDER as one batch of Parquet tables, written as pages
come in (1000 bulletins a row group) and renamed into place at the end (needs the
tables extra; see docs/tables.md).

Each failing page is reported on standard error as FILE:LINE: message, and the others
go on; a parse note as FILE:LINE: warning: message [code]; a listing page (not one
bulletin) as skipped. A batch ends with a summary line. Exit status: 0 all pages parsed
or skipped, 1 some page failed (or had a note, with --strict), 2 usage error or a file
that could not be read or decoded, 130 interrupted.
"""


def _iso_date(value: str) -> pendulum.Date:
    try:
        if len(value) != len("YYYY-MM-DD"):
            raise ValueError(value)
        day = datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None
    return pendulum.Date(day.year, day.month, day.day)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return number


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``parse``."""
    parser = sub.add_parser(
        "parse",
        help="parse bulletin pages (files or folders of text, HTML, WARC) into JSON",
        description=DESCRIPTION.format(suffixes=", ".join(SUFFIXES)),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = parser.add_argument
    add("files", nargs="+", metavar="FILE", help="a page file, a folder, or - for stdin")
    add("-o", "--output", metavar="OUT", help="write here instead of standard output")
    add("--format", choices=FORMATS, help="output format (default: from OUT)")
    add(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="in folders, read the file names matching PATTERN; repeatable "
        "(default: the suffixes above)",
    )
    add("--jobs", type=_positive, metavar="N", help="processes (default: one per CPU)")
    add(
        "--max-bytes",
        type=_positive,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse pages larger than N bytes (default: {DEFAULT_MAX_BYTES})",
    )
    add("--strict", action="store_true", help="a parse warning fails its page")
    add("-q", "--quiet", action="store_true", help="no progress line and no summary")
    add("--errors", metavar="FILE", help="also write the failed pages here, as NDJSON")
    add("--manifest", metavar="FILE", help="CSV or JSONL: each page's date, title, source_url")
    add("--date", type=_iso_date, metavar="YYYY-MM-DD", help="the page's date (one page only)")
    add("--title", metavar="T", help="the page's title (one page only)")
    add("--source-url", metavar="URL", help="where the page was found (one page only)")
    add("--encoding", metavar="NAME", help="decode every page in this encoding (e.g. latin-1)")
    add(
        "--date-from",
        choices=("page", "crawl"),
        default="page",
        help="WARC: 'crawl' dates pages that state no date by their crawl (a note says so)",
    )
    parser.set_defaults(run=run)


def _any_archive(pages: list[str]) -> bool:
    """Whether a page is a WARC archive (several pages: the output is a batch)."""
    from bulletinkit.batch._html import is_archive

    return any(is_archive(page, None) for page in pages)


def _check_encoding(name: str | None) -> None:
    import codecs

    if name is not None:
        try:
            codecs.lookup(name)
        except LookupError:
            raise _Usage(f"unknown encoding {name!r} (--encoding)") from None


class _Usage(Exception):
    """A usage error found after argument parsing: exit 2 with this message."""


def _nothing_to_read(args: argparse.Namespace, passed_over: int) -> str:
    where = ", ".join(args.files)
    if args.glob is not None:
        return f"no file matches {' or '.join(map(repr, args.glob))} in {where}"
    other = f" ({passed_over} other files passed over)" if passed_over else ""
    return f"no text, HTML or WARC file in {where}{other}; --glob PATTERN reads others"


def _hints(args: argparse.Namespace, pages: list[str], batch: bool) -> dict[str, Hints] | None:
    given = [flag for flag in ("date", "title", "source_url") if getattr(args, flag) is not None]
    if args.manifest is not None:
        if given:
            raise _Usage(f"--{given[0].replace('_', '-')} and --manifest exclude each other")
        from bulletinkit.batch import load_manifest
        from bulletinkit.errors import ValidationError

        try:
            return load_manifest(args.manifest)
        except OSError as error:
            raise _Usage(f"{args.manifest}: cannot read: {error.strerror or error}") from None
        except ValidationError as error:
            issue = error.issues[0]
            line = issue.location.removeprefix("line ")
            raise _Usage(f"{args.manifest}:{line}: {issue.message}") from None
    if not given:
        return None
    if batch:
        flag = given[0].replace("_", "-")
        raise _Usage(f"--{flag} applies to one page; give each page its own with --manifest")
    hint = Hints(date=args.date, title=args.title, source_url=args.source_url)
    return {pages[0]: hint}


def run(args: argparse.Namespace) -> int:
    """Parse every page named in ``args``; write the records; return the exit status."""
    from bulletinkit.atomic import OutputIsInput, refuse_overwriting_inputs
    from bulletinkit.batch import list_pages
    from bulletinkit.cli._records import FormatError, choose_format

    listing = list_pages(args.files, glob=args.glob)
    pages = listing.pages
    batch = len(args.files) > 1 or any(f != "-" and os.path.isdir(f) for f in args.files)
    batch = batch or _any_archive(pages)
    try:
        if not pages:
            raise _Usage(_nothing_to_read(args, len(listing.passed_over)))
        refuse_overwriting_inputs([args.output, args.errors], pages)
        hints = _hints(args, pages, batch)
        _check_encoding(args.encoding)
        form = choose_format(args.format, args.output, batch=batch)
    except (_Usage, FormatError, OutputIsInput) as error:
        print(f"bulletinkit parse: {error}", file=sys.stderr)
        return 2
    try:
        if form == "parquet":
            from bulletinkit.cli._parquet import run_parquet

            return run_parquet(args, listing, hints, batch)
        return _run(args, listing, hints, form, batch)
    except BrokenPipeError:
        # The reader went away (``bulletinkit parse ... | head``): stop quietly, and
        # point stdout at /dev/null so that the flush at exit has nowhere to fail.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        where = error.filename or args.output
        print(f"{where}: cannot write: {error.strerror or error}", file=sys.stderr)
        return 2


class _NothingParsed(Exception):
    """No page parsed: the output file is not replaced."""


def _run(
    args: argparse.Namespace,
    listing: Listing,
    hints: dict[str, Hints] | None,
    form: str,
    batch: bool,
) -> int:
    from bulletinkit.atomic import atomic_output, is_stdout
    from bulletinkit.cli._records import RecordWriter
    from bulletinkit.cli._run import PageRun

    with PageRun(args, listing, hints, batch=batch) as run:
        try:
            with atomic_output(args.output) as out:
                writer = RecordWriter(out, form, batch=batch)
                for bulletin in run.bulletins():
                    writer.write(bulletin)
                if writer.count == 0 and not is_stdout(args.output):
                    raise _NothingParsed
                writer.close()
        except _NothingParsed:
            pass
    return run.finish()
