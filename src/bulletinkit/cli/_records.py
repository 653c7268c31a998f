"""How ``parse`` and ``export`` lay records out: the ``--format`` rules.

``json``: one page is one pretty-printed JSON document; a batch (several file arguments
or any folder) is a JSON array, one record per line. ``ndjson``: one record per line.
Without ``--format`` the output's extension decides (``.json``; ``.ndjson``/``.jsonl``);
on standard output a single page is JSON and a batch is NDJSON.
"""

from __future__ import annotations

import json
from typing import IO, cast

import attrs

__all__ = ["FORMATS", "RecordWriter", "choose_format"]

FORMATS = ("json", "ndjson")
_BY_SUFFIX = {".json": "json", ".ndjson": "ndjson", ".jsonl": "ndjson"}


class FormatError(ValueError):
    """The format cannot be told (an output with another extension and no ``--format``)."""


def choose_format(given: str | None, output: str | None, *, batch: bool) -> str:
    """The format to write: ``given``, else from ``output``'s extension, else by ``batch``."""
    if given is not None:
        return given
    if output is None or output == "-":
        return "ndjson" if batch else "json"
    lower = output.lower()
    for suffix, name in _BY_SUFFIX.items():
        if lower.endswith(suffix):
            return name
    raise FormatError(
        f"{output}: cannot tell the format from the extension; "
        "name it .json, .ndjson or .jsonl, or pass --format json|ndjson"
    )


class RecordWriter:
    """Writes JSON records (already encoded, one line each) in one of the ``FORMATS``."""

    def __init__(self, out: IO[str], form: str, *, batch: bool) -> None:
        self.out = out
        self.form = form
        self.array = form == "json" and batch
        self.count = 0

    def write(self, record: object) -> None:
        """Write one model object (a bulletin) or plain JSON data."""
        if self.form == "json" and not self.array:
            if self.count:
                raise ValueError("one JSON document holds one record")
            self.out.write(_encode(record, indent=2) + "\n")
        elif self.array:
            self.out.write(("[\n" if self.count == 0 else ",\n") + _encode(record))
        else:
            self.out.write(_encode(record) + "\n")
        self.count += 1

    def close(self) -> None:
        """End the document (the closing bracket of an array; ``[]`` when empty)."""
        if self.array:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")


def _encode(record: object, indent: int | None = None) -> str:
    """A model object through the codec; plain JSON data (an export) as it is."""
    from bulletinkit.codec import Model, to_json

    if attrs.has(type(record)):
        return to_json(cast(Model, record), indent=indent)
    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(record, ensure_ascii=False, indent=indent, separators=separators)
    # line separators other readers split on stay escaped, as the codec writes them
    return text.translate(_LINE_BREAKS)


_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}
