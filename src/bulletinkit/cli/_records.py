"""How ``parse`` and ``export`` lay records out: the ``--format`` rules.

``json``: one page is one pretty-printed JSON document; a batch (several file arguments
or any folder) is a JSON array, one record per line. ``ndjson``: one record per line.
Without ``--format`` the output's extension decides (``.json``; ``.ndjson``/``.jsonl``);
on standard output a single page is JSON and a batch is NDJSON. ``parquet`` is asked for
by name only, with ``-o FOLDER``: the run's bulletins are appended to the folder as one
batch of Parquet tables (``bulletinkit.tables``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import IO, Any

from bulletinkit.model import Bulletin

__all__ = ["FORMATS", "RecordWriter", "choose_format"]

FORMATS = ("json", "ndjson", "parquet")
_BY_SUFFIX = {".json": "json", ".ndjson": "ndjson", ".jsonl": "ndjson"}


class FormatError(ValueError):
    """The format cannot be told (an output with another extension and no ``--format``)."""


def choose_format(given: str | None, output: str | None, *, batch: bool) -> str:
    """The format to write: ``given``, else from ``output``'s extension, else by ``batch``."""
    if given == "parquet" and (output is None or output == "-"):
        raise FormatError("--format parquet writes a folder: name it with -o FOLDER")
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
        "name it .json, .ndjson or .jsonl, or pass --format json|ndjson|parquet"
    )


class RecordWriter:
    """Writes JSON records (already encoded, one line each) in one of the ``FORMATS``."""

    def __init__(self, out: IO[str], form: str, *, batch: bool) -> None:
        self.out = out
        self.form = form
        self.array = form == "json" and batch
        self.count = 0

    def write(self, record: Bulletin | Mapping[str, Any]) -> None:
        """Write one bulletin, or one exported document (plain JSON data)."""
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


def _encode(record: Bulletin | Mapping[str, Any], indent: int | None = None) -> str:
    """A bulletin through the codec; an exported document as plain JSON, written the same
    way (compact unless indented; line separators other readers split on escaped)."""
    from bulletinkit.codec import to_json

    if isinstance(record, Bulletin):
        return to_json(record, indent=indent)
    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(record, ensure_ascii=False, indent=indent, separators=separators)
    return text.translate(_LINE_BREAKS)


_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}
