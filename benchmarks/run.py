"""Run the benchmarks: ``python -m benchmarks.run [--quick | --tiny] [--output PATH]``.

Builds the deterministic corpus, measures every section in one process (import times
in fresh interpreters), prints markdown tables with PASS/MISS per target and writes
the machine-readable result to ``benchmarks/results/latest.json``.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import bulletinkit
from benchmarks import report, sections
from benchmarks.prepare import prepare
from benchmarks.sections import Settings

__all__ = ["PRESETS", "main", "run"]

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"
SECTIONS = ("codec", "validation", "parse_text", "import", "memory")

PRESETS: dict[str, dict[str, Any]] = {
    "full": {
        "models": {1: 100, 10: 10, 100: 2},
        "texts": {1: 100, 10: 10, 100: 2},
        "broken": 3,
        "settings": Settings(rounds=15, min_time=0.05, import_rounds=9, memory_count=2000),
    },
    "quick": {
        "models": {1: 30, 10: 3, 100: 1},
        "texts": {1: 30, 10: 3, 100: 1},
        "broken": 3,
        "settings": Settings(rounds=5, min_time=0.02, import_rounds=5, memory_count=500),
    },
    "tiny": {
        "models": {1: 3, 10: 1},
        "texts": {1: 3, 10: 1},
        "broken": 1,
        "settings": Settings(rounds=1, min_time=0.0, import_rounds=1, memory_count=20),
    },
}
"""Corpus sizes (documents per scale) and measuring effort of each preset."""

_VERSIONED = ("bulletinkit", "cattrs", "attrs", "orjson", "jsonschema", "jsonschema-rs")


def _versions(settings: Settings) -> dict[str, str]:
    found: dict[str, str] = {}
    libraries = dict.fromkeys(name.partition("-")[0] for name in settings.competitors)
    for name in (*_VERSIONED, *libraries):
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = "source tree" if name == "bulletinkit" else "not installed"
    return found


def _load() -> list[float] | None:
    """The 1, 5 and 15 minute load averages, where the system tells them."""
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def _linearity(parse: dict[str, Any]) -> None:
    """Add how parse time grows from the smallest to the largest scale, per unit of size."""
    rows = {int(scale): row for scale, row in parse.items() if row.get("status") == "ok"}
    if len(rows) < 2:
        parse["linearity"] = None
        return
    small, large = rows[min(rows)], rows[max(rows)]
    time_ratio = large["median"] / small["median"]
    size_ratio = large["chars"] / small["chars"]
    parse["time_ratio"] = time_ratio
    parse["size_ratio"] = size_ratio
    parse["linearity"] = time_ratio / size_ratio


def run(
    preset: str = "full",
    *,
    seed: int = 2021,
    rounds: int | None = None,
    only: Sequence[str] = SECTIONS,
) -> dict[str, Any]:
    """Measure the sections in ``only`` with a preset's corpus and effort; return the result."""
    chosen = PRESETS[preset]
    settings: Settings = chosen["settings"]
    if rounds is not None:
        settings = Settings(
            rounds=rounds,
            min_time=settings.min_time,
            import_rounds=rounds,
            memory_count=settings.memory_count,
            competitors=settings.competitors,
        )
    started = time.perf_counter()
    corpus = prepare(seed, chosen["models"], chosen["texts"], broken=chosen["broken"])
    result: dict[str, Any] = {
        "meta": {
            "preset": preset,
            "rounds": settings.rounds,
            "min_time_s": settings.min_time,
            "python": platform.python_version(),
            "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()}",
            "versions": _versions(settings),
            "command": "python -m benchmarks.run" + ("" if preset == "full" else f" --{preset}"),
            "units": "seconds per document (median of the rounds); bytes per held object",
            "load_average_before": _load(),
        },
        "corpus": corpus.summary,
    }
    docs = corpus.docs
    missing = {"status": "not available: no documents (bulletinkit.codec missing)"}
    if "codec" in only:
        result["codec"] = missing if docs is None else sections.codec_section(docs, settings)
    if "validation" in only:
        if docs is None:
            result["validation"] = missing
        else:
            valid = {scale: [json.loads(doc) for doc in batch] for scale, batch in docs.items()}
            result["validation"] = sections.validation_section(valid, corpus.invalid, settings)
    if "parse_text" in only:
        result["parse_text"] = sections.parse_section(corpus.texts, settings)
        _linearity(result["parse_text"])
    if "import" in only:
        src = Path(bulletinkit.__file__).resolve().parents[1]
        result["import"] = sections.import_section(settings, src)
    if "memory" in only:
        result["memory"] = (
            missing if docs is None else sections.memory_section(docs[min(docs)], settings)
        )
    result["targets"] = report.targets(result)
    result["meta"]["seconds"] = time.perf_counter() - started
    result["meta"]["load_average_after"] = _load()
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: run, print the markdown report, write the JSON result."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_const", const="quick", dest="preset")
    size.add_argument("--tiny", action="store_const", const="tiny", dest="preset")
    parser.add_argument("--seed", type=int, default=2021, help="corpus seed (default 2021)")
    parser.add_argument("--rounds", type=int, help="override the preset's number of rounds")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON")
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    options = parser.parse_args(argv)
    result = run(
        options.preset or "full", seed=options.seed, rounds=options.rounds, only=options.only
    )
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    tables = report.markdown(result)
    if options.markdown is not None:
        options.markdown.write_text(tables, encoding="utf-8")
    sys.stdout.write(tables)
    sys.stdout.write(f"\nwrote {options.output}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
