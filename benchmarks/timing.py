"""How the benchmarks measure: per-call time, import time and bytes held.

Times follow :mod:`timeit`: the garbage collector is off while a round runs, a round
repeats the call enough times to last at least ``min_time`` seconds, and the result is
the median over ``rounds`` rounds. Import times come from fresh interpreters run with
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

__all__ = ["bytes_held", "import_profile", "per_call"]


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


def per_call(
    fn: Callable[[], object], *, rounds: int, min_time: float, items: int = 1
) -> dict[str, Any]:
    """The median time of ``fn()`` over ``rounds`` rounds, divided by ``items``.

    ``fn`` usually handles a batch of ``items`` documents, so the result is the time
    per document. Returns ``{"median": s, "min": s, "rounds": n, "number": calls}``.
    """
    fn()  # warm caches and lazy imports outside the measurement
    number = 1
    elapsed = _round(fn, number)
    while elapsed < min_time and number < 10_000_000:
        number = max(number * 2, int(number * min_time / max(elapsed, 1e-9)))
        elapsed = _round(fn, number)
    times = [elapsed / number / items]
    times += [_round(fn, number) / number / items for _ in range(rounds - 1)]
    return {
        "median": statistics.median(times),
        "min": min(times),
        "rounds": rounds,
        "number": number,
    }


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
