"""``bulletinkit parse --format parquet -o FOLDER``: the run's bulletins as Parquet tables.

The pages are parsed and reported as for the other formats; the bulletins are kept and,
when the run ends with at least one, appended to ``FOLDER`` as one batch
(:func:`bulletinkit.tables.write_parquet`: written under a temporary name and renamed,
so an interrupted run adds nothing). Needs the ``tables`` extra.
"""

from __future__ import annotations

import argparse
import json
import sys

from bulletinkit.batch import Hints, Listing
from bulletinkit.model import Bulletin

__all__ = ["run_parquet"]

_MISSING = "bulletinkit parse: --format parquet needs pyarrow: pip install 'bulletinkit[tables]'"


def run_parquet(
    args: argparse.Namespace, listing: Listing, hints: dict[str, Hints] | None, batch: bool
) -> int:
    """Parse ``pages``, append their bulletins to ``args.output``; return the exit status."""
    try:
        from bulletinkit.tables import write_parquet
    except ImportError:
        print(_MISSING, file=sys.stderr)
        return 2
    from bulletinkit.atomic import atomic_output
    from bulletinkit.batch import parse_pages
    from bulletinkit.cli._report import Reporter

    results = parse_pages(
        listing, jobs=args.jobs, max_bytes=args.max_bytes, strict=args.strict, hints=hints
    )
    quiet = args.quiet
    reporter = Reporter(
        len(listing.paths),
        progress=batch and not quiet and sys.stderr.isatty(),
        summary=batch and not quiet,
    )
    bulletins: list[Bulletin] = []
    failures: list[dict[str, object]] = []
    try:
        for result in results:
            reporter.add(result)
            if result.bulletin is not None:
                bulletins.append(result.bulletin)
            else:
                failures.append(result.error_record())
        if bulletins:
            write_parquet(bulletins, args.output)
    except BaseException:
        reporter.summary = False  # interrupted or broken: no summary of a partial run
        raise
    finally:
        results.close()
        reporter.close()
    if args.errors is not None:
        with atomic_output(args.errors) as errors:
            for record in failures:
                errors.write(json.dumps(record, ensure_ascii=False) + "\n")
    return reporter.status()
