"""``bulletinkit parse --format parquet -o FOLDER``: the run's bulletins as Parquet tables.

The pages are parsed and reported as for the other formats (``bulletinkit.cli._run``);
when the run gives at least one bulletin they are appended to ``FOLDER`` as one batch
(:func:`bulletinkit.tables.write_parquet`: written as they come, a part of
``PART_SIZE`` bulletins at a time, under a temporary name, and renamed at the end, so
an interrupted run adds nothing and a long one holds one part in memory). Needs the
``tables`` extra.
"""

from __future__ import annotations

import argparse
import itertools
import sys

from bulletinkit.batch import Hints, Listing

__all__ = ["run_parquet"]

_MISSING = "bulletinkit parse: --format parquet needs pyarrow: pip install 'bulletinkit[tables]'"


def run_parquet(
    args: argparse.Namespace, listing: Listing, hints: dict[str, Hints] | None, batch: bool
) -> int:
    """Parse ``listing``, append its bulletins to ``args.output``; return the exit status."""
    try:
        from bulletinkit.tables import write_parquet
    except ImportError:
        print(_MISSING, file=sys.stderr)
        return 2
    from bulletinkit.cli._run import PageRun

    with PageRun(args, listing, hints, batch=batch) as run:
        bulletins = run.bulletins()
        first = next(bulletins, None)  # no bulletin, no batch
        if first is not None:
            write_parquet(itertools.chain([first], bulletins), args.output)
    return run.finish()
