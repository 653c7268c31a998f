"""How the benchmarks measure: per-call time, import time and bytes held.

Times follow :mod:`timeit`: the garbage collector is off while a round runs, a round
repeats the call enough times to last at least ``min_time`` seconds, and the result is
the median over ``rounds`` rounds; the rounds of the rows compared with each other are
interleaved. Import times come from fresh interpreters run with
``python -X importtime``; memory from :mod:`tracemalloc`.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["bytes_held", "compare", "import_profile"]


def _round(fn: Callable[[], object], number: int) -> float:
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(number):
            fn()
        return time.perf_counter() - start
    finally:
        if enabled:
            gc.enable()


def _calibrate(fn: Callable[[], object], min_time: float) -> int:
    """How many calls make a round of at least ``min_time`` seconds (after a warm-up call)."""
    fn()  # warm caches and lazy imports outside the measurement
    if min_time <= 0:
        return 1
    number = 1
    elapsed = _round(fn, number)
    while elapsed < min_time and number < 10_000_000:
        number = max(number * 2, int(number * min_time / max(elapsed, 1e-9)))
        elapsed = _round(fn, number)
    return number


def compare(
    calls: dict[str, tuple[Callable[[], object], int]], *, rounds: int, min_time: float
) -> dict[str, dict[str, Any]]:
    """Time per item of each ``name: (fn, items)``, rounds interleaved across the calls.

    Each round times every call once, in turn, so that a busy moment on a shared machine
    slows them all alike and the ratios stay fair. A call that raises is reported as
    ``{"status": "error", "error": ...}``; the others as ``{"status": "ok", "median": s,
    "min": s, "rounds": n, "number": calls per round}``.
    """
    numbers: dict[str, int] = {}
    found: dict[str, dict[str, Any]] = {}
    for name, (fn, _items) in calls.items():
        try:
            numbers[name] = _calibrate(fn, min_time)
        except Exception as error:  # the row is reported, the run goes on
            found[name] = {"status": "error", "error": f"{type(error).__name__}: {error}"[:300]}
    times: dict[str, list[float]] = {name: [] for name in numbers}
    for _ in range(rounds):
        for name, number in numbers.items():
            fn, items = calls[name]
            times[name].append(_round(fn, number) / number / items)
    for name, values in times.items():
        found[name] = {
            "status": "ok",
            "median": statistics.median(values),
            "min": min(values),
            "rounds": rounds,
            "number": numbers[name],
        }
    return {name: found[name] for name in calls}


def bytes_held(decode: Callable[[bytes], object], docs: Sequence[bytes], count: int) -> float:
    """Bytes allocated per object while ``count`` decoded objects are held in a list.

    The documents themselves and the list holding the results are not counted.
    """
    decode(docs[0])  # lazy imports and caches are not the object's own memory
    gc.collect()
    tracemalloc.start()
    try:
        held: list[object] = [None] * count
        before = tracemalloc.get_traced_memory()[0]
        for index in range(count):
            held[index] = decode(docs[index % len(docs)])
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return (after - before) / count


def _python_env(src: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if src is not None:
        paths = [str(src), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
        env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def _importtime(statement: str, env: dict[str, str]) -> tuple[float, dict[str, int]]:
    """Seconds the interpreter spent importing, and each package's cumulative µs.

    The total includes the modules every interpreter imports at start-up; callers
    subtract the total of an empty statement.
    """
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    total = 0
    packages: dict[str, int] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self_us, cumulative_us, name = line.split(":", 1)[1].split("|")
        if not name.startswith("  "):  # depth 0: imported by the statement or start-up
            total += int(cumulative_us)
        if "." not in name:
            packages[name.strip()] = int(cumulative_us)
    return total / 1e6, packages


def import_profile(
    statements: dict[str, str], *, rounds: int, src: Path | None = None
) -> dict[str, Any]:
    """Median import time in seconds of each statement, each in a fresh interpreter.

    The time is what ``-X importtime`` reports for the statement's imports, less the
    same for an empty statement (the interpreter's own start-up imports). Rounds
    interleave the statements so that a busy moment on the machine hits them all alike.
    Also returns the heaviest top-level packages each statement pulls in.
    """
    env = _python_env(src)
    statements = {"<baseline>": "pass", **statements}
    totals: dict[str, list[float]] = {name: [] for name in statements}
    packages: dict[str, dict[str, int]] = {}
    for _ in range(rounds):
        for name, statement in statements.items():
            seconds, packages[name] = _importtime(statement, env)
            totals[name].append(seconds)
    baseline = statistics.median(totals.pop("<baseline>"))
    startup = packages.pop("<baseline>")
    heaviest = {
        name: {
            package: us
            for package, us in sorted(found.items(), key=lambda item: -item[1])
            if package not in startup
        }
        for name, found in packages.items()
    }
    return {
        "median_s": {
            name: max(0.0, statistics.median(values) - baseline) for name, values in totals.items()
        },
        "heaviest_packages_us": {
            name: dict(list(top.items())[:8]) for name, top in heaviest.items()
        },
    }
