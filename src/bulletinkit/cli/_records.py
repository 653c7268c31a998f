"""How ``parse`` (and later ``export``) lays records out: the ``--format`` rules.

``json``: one page is one pretty-printed JSON document; a batch (several file arguments
or any folder) is a JSON array, one record per line. ``ndjson``: one record per line.
Without ``--format`` the output's extension decides (``.json``; ``.ndjson``/``.jsonl``);
on standard output a single page is JSON and a batch is NDJSON. ``parquet`` is asked for
by name only, with ``-o FOLDER``: the run's bulletins are appended to the folder as one
batch of Parquet tables (``bulletinkit.tables``).
"""

from __future__ import annotations

from typing import IO

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

    def write(self, record: Bulletin) -> None:
        """Write one bulletin."""
        from bulletinkit.codec import to_json

        if self.form == "json" and not self.array:
            if self.count:
                raise ValueError("one JSON document holds one record")
            self.out.write(to_json(record, indent=2) + "\n")
        elif self.array:
            self.out.write(("[\n" if self.count == 0 else ",\n") + to_json(record))
        else:
            self.out.write(to_json(record) + "\n")
        self.count += 1

    def close(self) -> None:
        """End the document (the closing bracket of an array; ``[]`` when empty)."""
        if self.array:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
