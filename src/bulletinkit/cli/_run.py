"""One ``bulletinkit parse`` run, whatever it writes: the pages parsed in order, each
result reported, the bulletins handed on one at a time, the failures kept for
``--errors``. Every output format (JSON, NDJSON, Parquet) goes through :class:`PageRun`,
and :func:`write_errors` is the one writer of ``--errors`` records.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from types import TracebackType
from typing import Any

from bulletinkit.batch import Hints, Listing
from bulletinkit.model import Bulletin

__all__ = ["PageRun", "write_errors"]


def write_errors(path: str, records: Iterable[Mapping[str, Any]]) -> None:
    """Write ``records`` (``PageResult.error_record()``) to ``path`` as NDJSON, atomically
    (``-``: standard output)."""
    from bulletinkit.atomic import atomic_output

    with atomic_output(path) as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


class PageRun:
    """The pages of ``listing`` parsed with the options of ``args``, as a context manager.

    Iterate :meth:`bulletins` for the bulletins in input order; every result is reported
    on standard error as it comes (``Reporter``). Leaving the ``with`` block stops the
    workers and prints the summary, unless an exception (Ctrl-C, a write error) ended
    the run: then there is no summary of a partial run.
    """

    def __init__(
        self,
        args: argparse.Namespace,
        listing: Listing,
        hints: Mapping[str, Hints] | None,
        *,
        batch: bool,
    ) -> None:
        from bulletinkit.batch import parse_pages
        from bulletinkit.cli._report import Reporter

        self.errors_path: str | None = args.errors
        self.failures: list[dict[str, Any]] = []
        self.results = parse_pages(
            listing,
            jobs=args.jobs,
            max_bytes=args.max_bytes,
            strict=args.strict,
            hints=hints,
            every=Hints(encoding=args.encoding, date_from=args.date_from),
        )
        quiet = args.quiet
        self.reporter = Reporter(
            listing.paths,
            progress=batch and not quiet and sys.stderr.isatty(),
            summary=batch and not quiet,
        )

    def __enter__(self) -> PageRun:
        return self

    def bulletins(self) -> Iterator[Bulletin]:
        """Each page's bulletin, in input order; failures are reported and kept."""
        for result in self.results:
            self.reporter.add(result)
            if result.bulletin is not None:
                yield result.bulletin
            else:
                self.failures.append(result.error_record())

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is not None:
            self.reporter.summary = False  # interrupted or broken: no summary
        self.results.close()
        self.reporter.close()

    def finish(self) -> int:
        """Write ``--errors`` (when asked for); return the exit status."""
        if self.errors_path is not None:
            write_errors(self.errors_path, self.failures)
        return self.reporter.status()
