"""Pages per second: one process versus ``bulletinkit.dask`` on a local Dask cluster.

    python -m benchmarks.scale --pages 400 --workers 2

Writes ``--pages`` generated pages (the benchmark corpus, seed-sized) to a temporary
folder, then times, each ``--rounds`` times, the same job both ways: read every page,
parse it and write the bulletins as NDJSON. (1) One process: ``parse_text`` and
``write_ndjson``. (2) ``to_ndjson(read_pages(...))`` on a
``LocalCluster(n_workers=W, processes=True, threads_per_worker=1)``, whose workers
write their own files. Cluster start-up and the first (cold) Dask run, which warms the
workers' parsers, are reported apart. Prints the best round of each, in pages per
second, and the machine's load average (other work on the machine skews both). Needs
the ``dask`` extra.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.corpus import make_text


def _single(paths: list[Path], out: Path) -> float:
    from bulletinkit import parse_text, write_ndjson

    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as handle:
        for path in paths:
            text = path.read_text(encoding="utf-8")
            write_ndjson([parse_text(text, source_url=path.as_uri())], handle)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> None:
    """Run the comparison and print one line per measurement."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--partition-size", type=int, default=20)
    args = parser.parse_args(argv)

    import distributed

    from bulletinkit.dask import read_pages, to_ndjson

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index in range(args.pages):
            path = Path(folder) / f"page-{index:05d}.txt"
            path.write_text(make_text(random.Random(index)), encoding="utf-8")
            paths.append(path)
        print(f"{args.pages} pages, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
        out = Path(folder) / "out"
        _single(paths[:5], Path(folder) / "warm.ndjson")  # warm the parser's lazy tables
        single = min(_single(paths, Path(folder) / "one.ndjson") for _ in range(args.rounds))
        print(f"one process: {args.pages / single:8.1f} pages/s ({single:.2f} s)")

        start = time.perf_counter()
        cluster = distributed.LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=args.workers, processes=True, threads_per_worker=1, dashboard_address=None
        )
        with cluster, distributed.Client(cluster):  # type: ignore[no-untyped-call]
            print(f"cluster start-up: {time.perf_counter() - start:.2f} s")
            bag = read_pages(f"{folder}/*.txt", partition_size=args.partition_size)
            start = time.perf_counter()
            written = to_ndjson(bag, str(out))
            cold = time.perf_counter() - start
            assert written.bulletins == args.pages
            print(f"dask, cold:  {args.pages / cold:8.1f} pages/s ({cold:.2f} s)")
            warm = float("inf")
            for _ in range(args.rounds):
                start = time.perf_counter()
                to_ndjson(bag, str(out))
                warm = min(warm, time.perf_counter() - start)
            print(
                f"dask, {args.workers} workers: {args.pages / warm:8.1f} pages/s ({warm:.2f} s),"
                f" {single / warm:.2f}x one process"
            )


if __name__ == "__main__":
    main()
