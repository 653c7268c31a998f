"""Release check: throw hostile JSON at bulletinkit and count what escapes.

    python scripts/fuzz_json.py 1000000            # N inputs (default 10000)
    python scripts/fuzz_json.py 200000 --seed 7 --report /tmp/escapes.json

Each input (bytes or text: mutated bulletins, token soup, deep nesting, random bytes, lone
surrogates, NaN, duplicate keys...) goes through ``from_json`` (strict and lenient),
``iter_ndjson`` (every line of it, ``errors="collect"``), ``validate`` (when the standard
library can parse it at all) and, in batches of 500, the ``bulletinkit validate`` command
in-process over an NDJSON file of the batch. Inputs alternate between the two JSON
backends (orjson when installed, and the standard library). An *escape* is any exception
that is not bulletinkit's own (:class:`~bulletinkit.BulletinkitError`); the script prints
the count, writes the first escapes to ``--report`` and exits 1 if there was any.
The test suite runs the same checks on a bounded hypothesis campaign
(``tests/codec/test_fuzz.py``).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bulletinkit import Bulletin, BulletinkitError, validate
from bulletinkit._codec import backend
from bulletinkit.cli import main as cli_main
from bulletinkit.codec import from_json, iter_ndjson

REPO = Path(__file__).resolve().parents[1]
_EXAMPLE = (REPO / "examples" / "bulletin.json").read_text("utf-8")
_SEEDS = [
    json.dumps(json.loads(_EXAMPLE), separators=(",", ":")),
    json.dumps(json.loads(_EXAMPLE), separators=(",", ":"), ensure_ascii=True),
    json.dumps(json.loads(_EXAMPLE)["actors"][0]),
    '{"schema_version":"1.0","title":"t","date":"2021-01-01"}',
    '{"id":"fr","name":"France","kind":"state","country":"FR"}',
]
_TOKENS = [
    "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1.0", "-0", "2e-400", str(2**70),
    str(-(2**64)), '"\\ud800"', '"\\udc00"', '"\\ud83d\\ude00"', '"\\u0000"', '"\\u003a"',
    '"a":1,"a":2', '"title":"x","title":"y"', "[" * 200, "{" * 200, '{"a":' * 150, "]" * 50,
    "}", "]", ",", ":", '"', "\\", "null", "true", "\u2028", "\u0085", "\ufeff", "\x00", "\n",
    '"$schema":1', '"schema_version":"2.0"', '"$ref":"#"', "[[[]]]", "{}", "[]",
    '"\\', '"\\u12', "\ud800", "\udfff",
]  # fmt: skip
_RAW = [b"\xff", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xef\xbb\xbf", b"\x80"]


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 6)):
        at = rng.randint(0, len(chars))
        move = rng.random()
        if move < 0.4:
            chars[at:at] = list(rng.choice(_TOKENS))
        elif move < 0.6 and chars:
            del chars[at : at + rng.randint(1, 8)]
        elif move < 0.8 and chars:
            chars[min(at, len(chars) - 1)] = chr(
                rng.choice([rng.randint(0, 127), rng.randint(0, 0x10FFFF)])
            )
        else:
            other = rng.choice(_SEEDS)
            start = rng.randint(0, len(other))
            chars[at:at] = list(other[start : start + rng.randint(1, 40)])
    return "".join(chars)


def _deep(rng: random.Random) -> str:
    depth = rng.choice(
        [rng.randint(100, 300), rng.randint(900, 1200), rng.randint(10_000, 200_000)]
    )
    opener = rng.choice(["[", '{"a":', '[{"b":'])
    closer = {"[": "]", '{"a":': "}", '[{"b":': "}]"}[opener]
    body = opener * depth + rng.choice(["1", "NaN", "", '"\\ud800"'])
    if rng.random() < 0.5:
        body += closer * depth
    if rng.random() < 0.5:
        body = '{"schema_version":"1.0","title":"t","date":"2021-01-01","x":' + body + "}"
    return body


def _soup(rng: random.Random) -> str:
    return "".join(rng.choice(_TOKENS) for _ in range(rng.randint(1, 30)))


def make_input(rng: random.Random) -> str | bytes:
    """One hostile input, from ``rng``."""
    kind = rng.random()
    if kind < 0.02:
        text = _mutate(rng, _EXAMPLE)  # pretty-printed: one JSON document over many lines
    elif kind < 0.55:
        text = _mutate(rng, rng.choice(_SEEDS))
    elif kind < 0.65:
        text = _deep(rng)
    elif kind < 0.8:
        text = _soup(rng)
    elif kind < 0.9:
        text = "\n".join(_mutate(rng, rng.choice(_SEEDS)) for _ in range(rng.randint(2, 4)))
    else:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 64)))
    if rng.random() < 0.3:
        raw = text.encode("utf-8", "surrogatepass")
        at = rng.randint(0, len(raw))
        return raw[:at] + rng.choice(_RAW) + raw[at:]
    return text


def _lines(data: str | bytes) -> list[Any]:
    if isinstance(data, bytes):
        return data.split(b"\n")
    return data.split("\n")


def _attempts(data: str | bytes) -> list[tuple[str, Callable[[], object]]]:
    attempts: list[tuple[str, Callable[[], object]]] = [
        ("from_json", lambda: from_json(data, Bulletin)),
        ("from_json lenient", lambda: from_json(data, Bulletin, lenient=True)),
        ("iter_ndjson", lambda: list(iter_ndjson(_lines(data), errors="collect"))),
    ]
    try:
        parsed = json.loads(data)  # what a caller might hand to validate()
    except (ValueError, RecursionError):
        return attempts
    attempts.append(("validate", lambda: validate(parsed)))
    attempts.append(("validate no checks", lambda: validate(parsed, "actor", checks=False)))
    return attempts


def check(data: str | bytes) -> list[str]:
    """Run every entry point on ``data``; the escapes, as ``"entry: Type: message"``."""
    escapes = []
    for name, attempt in _attempts(data):
        try:
            attempt()
        except BulletinkitError:
            pass
        except Exception as error:  # anything else escaped bulletinkit
            escapes.append(f"{name}: {type(error).__name__}: {str(error)[:200]}")
    return escapes


def check_cli(batch: list[str | bytes], folder: Path) -> list[str]:
    """``bulletinkit validate`` in-process over the batch as one NDJSON file; escapes."""
    path = folder / "batch.ndjson"
    with path.open("wb") as out:
        for data in batch:
            raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
            out.write(raw.replace(b"\n", b" ") + b"\n")
    sink = io.StringIO()
    try:
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            code = cli_main(["validate", "--no-checks", str(path)])
    except Exception as error:
        return [f"cli: {type(error).__name__}: {str(error)[:200]}"]
    return [] if code in (0, 1, 2) else [f"cli: exit code {code}"]


def run(count: int, seed: int, report: Path | None, progress: bool = True) -> int:
    """Check ``count`` inputs; print the figures; return the number of escapes."""
    rng = random.Random(seed)
    loaders = [backend.loads_std] + ([backend.loads_fast] if backend.BACKEND == "orjson" else [])
    escapes: list[dict[str, str]] = []
    batch: list[str | bytes] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        for index in range(count):
            data = make_input(rng)
            backend.loads = loaders[index % len(loaders)]
            for escape in check(data):
                escapes.append({"input": repr(data)[:500], "escape": escape})
                if len(escapes) <= 20:  # as they happen: a long run may be stopped
                    print(f"escape at input {index}: {escape} <- {repr(data)[:200]}", flush=True)
            batch.append(data)
            if len(batch) == 500 or index == count - 1:
                for escape in check_cli(batch, Path(tmp)):
                    escapes.append({"input": f"batch ending at input {index}", "escape": escape})
                batch = []
            if progress and (index + 1) % 50_000 == 0:
                elapsed = time.monotonic() - started
                print(f"{index + 1} inputs, {len(escapes)} escapes, {elapsed:.0f} s", flush=True)
    elapsed = time.monotonic() - started
    print(f"checked {count} inputs (seed {seed}) in {elapsed:.0f} s: {len(escapes)} escapes")
    if report is not None:
        report.write_text(json.dumps(escapes[:1000], indent=2), "utf-8")
    return len(escapes)


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and run; exit 1 when anything escaped."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=10_000, help="how many inputs")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--report", type=Path, help="write the first 1000 escapes here (JSON)")
    options = parser.parse_args(argv)
    return 1 if run(options.count, options.seed, options.report) else 0


if __name__ == "__main__":
    sys.exit(main())
