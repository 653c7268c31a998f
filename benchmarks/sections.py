"""The sections of a benchmark run: codec, validation, parse_text, import, memory.

Each section takes the prepared corpus and the run's settings and returns plain
JSON-ready dicts. A row that cannot be measured carries ``{"status": reason}``; a
row that raised carries ``{"status": "error", "error": message}``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import competitors, subjects
from benchmarks.timing import bytes_held, compare, import_profile

__all__ = [
    "DEPENDENCY_MODULES",
    "Settings",
    "codec_section",
    "import_section",
    "memory_section",
    "parse_section",
    "validation_section",
]

DEPENDENCY_MODULES = ("attrs", "cattrs", "pendulum", "jsonschema", "referencing", "pycountry")
"""The modules of bulletinkit's required dependencies (``[project] dependencies``)."""


@dataclass(frozen=True)
class Settings:
    """How hard a run measures."""

    rounds: int
    min_time: float
    import_rounds: int
    memory_count: int
    competitors: Sequence[str] = field(default=competitors.NAMES)


def _error(error: Exception) -> dict[str, Any]:
    return {"status": "error", "error": f"{type(error).__name__}: {error}"[:300]}


def _timed(
    calls: dict[str, tuple[Callable[[], object], int]], settings: Settings
) -> dict[str, dict[str, Any]]:
    return compare(calls, rounds=settings.rounds, min_time=settings.min_time)


def _each(fn: Callable[[Any], object], batch: Sequence[Any]) -> Callable[[], object]:
    """A call that applies ``fn`` to every item of ``batch``."""
    return lambda: [fn(item) for item in batch]


def load_competitors(settings: Settings) -> dict[str, competitors.Competitor | str]:
    """Each competitor, or "not installed"."""
    found: dict[str, competitors.Competitor | str] = {}
    for name in settings.competitors:
        try:
            found[name] = competitors.load(name)
        except ImportError:
            found[name] = "not installed"
    return found


def _codecs(settings: Settings) -> dict[str, subjects.Codec | str]:
    libraries: dict[str, subjects.Codec | str] = dict(subjects.floors())
    libraries["bulletinkit"] = subjects.bulletinkit_codec_or_reason()
    for name, found in load_competitors(settings).items():
        libraries[name] = found if isinstance(found, str) else (found.decode, found.encode)
    return libraries


def _round_trip_ok(
    decode: Callable[[bytes], Any], encode: Callable[[Any], Any], doc: bytes
) -> bool:
    """Whether encoding the decoded document gives back the same JSON data."""
    text = encode(decode(doc))
    return bool(json.loads(text) == json.loads(doc))


def codec_section(docs: dict[int, list[bytes]], settings: Settings) -> dict[str, Any]:
    """Decode (bytes -> validated object) and encode times per document, for each scale."""
    result: dict[str, Any] = {"decode": {}, "encode": {}, "same_data": {}}
    libraries = _codecs(settings)
    for operation in ("decode", "encode"):
        for name in libraries:
            result[operation][name] = {}
    for scale, batch in docs.items():
        key = str(scale)
        decodes: dict[str, tuple[Callable[[], object], int]] = {}
        encodes: dict[str, tuple[Callable[[], object], int]] = {}
        for name, codec in libraries.items():
            if isinstance(codec, str):
                result["decode"][name][key] = result["encode"][name][key] = {"status": codec}
                continue
            decode, encode = codec
            try:
                objects = [decode(doc) for doc in batch]
                result["same_data"].setdefault(name, _round_trip_ok(decode, encode, batch[0]))
            except Exception as error:  # reported in the row; the run goes on
                result["decode"][name][key] = result["encode"][name][key] = _error(error)
                continue
            decodes[name] = (_each(decode, batch), len(batch))
            encodes[name] = (_each(encode, objects), len(objects))
        for name, row in _timed(decodes, settings).items():
            result["decode"][name][key] = row
        for name, row in _timed(encodes, settings).items():
            result["encode"][name][key] = row
    return result


def validation_section(
    valid: dict[int, list[Any]], invalid: list[Any], settings: Settings
) -> dict[str, Any]:
    """Schema validation time per document with every backend, and whether verdicts agree.

    Verdicts are taken on every valid document of every scale and on the invalid
    variants; ``verdicts_identical`` says whether all measured backends agree on each.
    """
    result: dict[str, Any] = {"times": {}, "verdicts": {}}
    documents = [doc for batch in valid.values() for doc in batch] + invalid
    expected = [True] * (len(documents) - len(invalid)) + [False] * len(invalid)
    patterns: set[str] = set()
    measured: dict[str, Callable[[Any], object]] = {}
    for name, validator in subjects.schema_validators().items():
        if isinstance(validator, str):
            result["times"][name] = {str(scale): {"status": validator} for scale in valid}
            result["verdicts"][name] = {"status": validator}
            continue
        try:
            verdicts = [validator(doc) for doc in documents]
        except Exception as error:
            result["verdicts"][name] = _error(error)
            result["times"][name] = {str(scale): _error(error) for scale in valid}
            continue
        pattern = "".join("1" if verdict else "0" for verdict in verdicts)
        patterns.add(pattern)
        wrong = [
            index
            for index, (got, want) in enumerate(zip(verdicts, expected, strict=True))
            if got != want
        ]
        result["verdicts"][name] = {
            "status": "ok",
            "documents": len(verdicts),
            "as_expected": not wrong,
            "unexpected": wrong[:10],
            "pattern": pattern,
        }
        measured[name] = validator
    for scale, batch in valid.items():
        calls = {
            name: (_each(validator, batch), len(batch)) for name, validator in measured.items()
        }
        for name, row in _timed(calls, settings).items():
            result["times"].setdefault(name, {})[str(scale)] = row
    result["verdicts_identical"] = len(measured) >= 2 and len(patterns) == 1
    return result


def parse_section(texts: dict[int, list[str]], settings: Settings) -> dict[str, Any]:
    """``parse_text`` time per page for each scale, pages per second, and growth with size."""
    parse_text = subjects.parse_text_or_reason()
    result: dict[str, Any] = {}
    for scale, batch in texts.items():
        chars = sum(len(text) for text in batch) / len(batch)
        if isinstance(parse_text, str):
            result[str(scale)] = {"status": parse_text, "chars": chars}
            continue
        row = _timed({"parse_text": (_each(parse_text, batch), len(batch))}, settings)["parse_text"]
        row["chars"] = chars
        if row["status"] == "ok":
            row["per_second"] = 1 / row["median"]
        result[str(scale)] = row
    return result


def import_section(settings: Settings, src: Path) -> dict[str, Any]:
    """Import time of bulletinkit, of its required dependencies and of the competitors."""
    statements = {
        "bulletinkit": "import bulletinkit",
        "dependencies": "import " + ", ".join(DEPENDENCY_MODULES),
    }
    if subjects.installed("bulletinkit.codec"):
        statements["bulletinkit.codec"] = "import bulletinkit.codec"
    if subjects.installed("bulletinkit.parse"):
        statements["bulletinkit.parse_text"] = "from bulletinkit import parse_text"
    reasons: dict[str, str] = {}
    for name, statement in (
        ("msgspec", "import msgspec"),
        ("pydantic", "from pydantic import BaseModel"),
    ):
        if name not in settings.competitors:
            continue
        if subjects.installed(name):
            statements[name] = statement
        else:
            reasons[name] = "not installed"
    try:
        found = import_profile(statements, rounds=settings.import_rounds, src=src)
    except Exception as error:
        return _error(error)
    rows: dict[str, Any] = {
        name: {"status": "ok", "median": seconds, "statement": statements[name]}
        for name, seconds in found["median_s"].items()
    }
    rows.update({name: {"status": reason} for name, reason in reasons.items()})
    return {"status": "ok", "rows": rows, "heaviest_packages_us": found["heaviest_packages_us"]}


def memory_section(docs: list[bytes], settings: Settings) -> dict[str, Any]:
    """Bytes held per decoded scale-1 bulletin, by library (json dicts as a reference)."""
    result: dict[str, Any] = {"count": settings.memory_count}
    for name, codec in _codecs(settings).items():
        if name == "orjson" or name.endswith("-types"):
            continue  # the -types models hold the same objects as their full versions
        if isinstance(codec, str):
            result[name] = {"status": codec}
            continue
        try:
            held = bytes_held(codec[0], docs, settings.memory_count)
        except Exception as error:
            result[name] = _error(error)
            continue
        result[name] = {"status": "ok", "bytes": held}
    return result
