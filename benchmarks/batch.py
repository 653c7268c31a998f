"""The batch reader side by side: ``python -m benchmarks.batch [--pages N] [--jobs 1 2]``.

Writes ``--pages`` generated text pages (``corpus.make_text``, invented words, seeded)
into a temporary folder, then runs :func:`bulletinkit.batch.parse_files` over the folder
once per ``--jobs`` value, interleaved over ``--rounds`` rounds, and prints pages per
second for each and the ratio to the first (the target is 1.7x or more for 2 jobs on 2
cores). It also prints the CPU time each run used (this process and its joined workers):
on a machine busy with other work the wall-clock ratio says little, while the CPU ratio
(near 1.0x: the parallel run does no more work) says what 2 idle cores would give. It
checks that every run gave the same records. A benchmark, not a test: no timing is
asserted anywhere.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.corpus import make_text
from bulletinkit import to_json
from bulletinkit.batch import default_jobs, parse_files, parse_path

__all__ = ["main", "write_corpus"]


def write_corpus(folder: Path, pages: int, *, seed: int = 12) -> None:
    """``pages`` scale-1 text pages in ``folder``, the same for the same seed."""
    rng = random.Random(seed)
    for index in range(pages):
        (folder / f"{index:05d}.txt").write_text(make_text(rng), encoding="utf-8")


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its joined children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _run(folder: Path, jobs: int) -> tuple[float, tuple[float, float], str, int]:
    own, workers = _cpu()
    start = time.perf_counter()
    records = [
        to_json(result.bulletin) if result.bulletin is not None else result.message
        for result in parse_files([folder], jobs=jobs)
    ]
    seconds = time.perf_counter() - start
    parsed = sum(1 for r in records if r.startswith("{"))
    own_after, workers_after = _cpu()
    return seconds, (own_after - own, workers_after - workers), "\n".join(records), parsed


def main(argv: Sequence[str] | None = None) -> int:
    """Run the comparison and print a small table; exit 1 if two runs disagree."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.batch", description=__doc__)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args(argv)
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bulletinkit-batch-") as temp:
        folder = Path(temp)
        write_corpus(folder, args.pages)
        parse_path(folder / "00000.txt")  # warm up (imports, compiled patterns) before timing
        times: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
        cpus_used: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
        parent_cpu: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
        outputs: set[str] = set()
        parsed = 0
        for _ in range(args.rounds):
            for jobs in args.jobs:
                seconds, cpu, output, parsed = _run(folder, jobs)
                times[jobs].append(seconds)
                cpus_used[jobs].append(sum(cpu))
                parent_cpu[jobs].append(cpu[0])
                outputs.add(output)
    cpus = default_jobs()
    print(f"{args.pages} pages ({parsed} parsed), {cpus} CPUs available to this process")
    print(f"load average before: {load[0]:.2f}, after: {os.getloadavg()[0]:.2f}")
    print("| jobs | seconds | pages/s | vs first | CPU s (all) | of which parent | CPU vs first |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    base = statistics.median(times[args.jobs[0]])
    base_cpu = statistics.median(cpus_used[args.jobs[0]])
    for jobs in args.jobs:
        seconds = statistics.median(times[jobs])
        cpu_seconds = statistics.median(cpus_used[jobs])
        print(
            f"| {jobs} | {seconds:.2f} | {args.pages / seconds:.1f} | {base / seconds:.2f}x "
            f"| {cpu_seconds:.1f} | {statistics.median(parent_cpu[jobs]):.1f} "
            f"| {cpu_seconds / base_cpu:.2f}x |"
        )
    if len(args.jobs) > 1 and args.jobs[0] == 1:
        cores = min(args.jobs[-1], cpus)
        ideal = base_cpu / (statistics.median(cpus_used[args.jobs[-1]]) / cores)
        print(
            f"CPU-bound estimate on {cores} idle cores: {ideal:.2f}x "
            "(one-job CPU time / (parallel CPU time / cores))"
        )
    same = len(outputs) == 1
    print("identical records for every --jobs:", "yes" if same else "NO")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
