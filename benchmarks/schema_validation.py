"""Schema validation speed: jsonschema against jsonschema-rs on the same bundled files.

Run from the repository root::

    PYTHONPATH=src python benchmarks/schema_validation.py [--rounds 7]

It validates ``examples/bulletin.json`` (and an invalid variant) with each backend, both
through the raw validators and through ``bulletinkit.validate(..., checks=False)``, and
prints the median time per document and the ratio. Not run as a test.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bulletinkit import validate
from bulletinkit.schemas import _fast, _pure

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "bulletin.json"


def _median_seconds(call: Callable[[], object], rounds: int) -> float:
    number = 1
    while True:  # grow the loop until one round takes at least 0.1 s
        start = time.perf_counter()
        for _ in range(number):
            call()
        if time.perf_counter() - start >= 0.1:
            break
        number *= 2
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(number):
            call()
        timings.append((time.perf_counter() - start) / number)
    return statistics.median(timings)


def main() -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    good = json.loads(EXAMPLE.read_text("utf-8"))
    bad = copy.deepcopy(good)
    bad["meetings"][0]["date"] = "2021-02-30"
    pure, fast = _pure.validator("bulletin"), _fast.validator("bulletin")
    assert pure.is_valid(good)
    assert fast.is_valid(good)

    cases = {
        "raw is_valid, valid document": (lambda: pure.is_valid(good), lambda: fast.is_valid(good)),
        "validate(checks=False), valid": (
            lambda: validate(good, checks=False, backend="jsonschema"),
            lambda: validate(good, checks=False, backend="jsonschema-rs"),
        ),
        "validate(checks=False), invalid": (
            lambda: validate(bad, checks=False, backend="jsonschema"),
            lambda: validate(bad, checks=False, backend="jsonschema-rs"),
        ),
        "validate() with model + checks, valid": (
            lambda: validate(good, backend="jsonschema"),
            lambda: validate(good, backend="jsonschema-rs"),
        ),
    }
    size = len(json.dumps(good).encode())
    print(f"document: {EXAMPLE.name}, {size} bytes of compact JSON; median of {args.rounds}")
    print(f"{'case':40} {'jsonschema':>12} {'jsonschema-rs':>14} {'ratio':>8}")
    results = {}
    for name, (slow_call, fast_call) in cases.items():
        slow = _median_seconds(slow_call, args.rounds)
        quick = _median_seconds(fast_call, args.rounds)
        results[name] = {"jsonschema_us": slow * 1e6, "jsonschema_rs_us": quick * 1e6}
        print(f"{name:40} {slow * 1e6:10.1f}µs {quick * 1e6:12.1f}µs {slow / quick:7.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
