"""What ``bulletinkit parse`` reads: a text page, an HTML page or a WARC archive.

The kind is told from the bytes (:func:`bulletinkit.parse.html.detect.sniff`); plain
text never imports the ``html`` extra.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from bulletinkit.errors import BulletinkitError, ParseError
from bulletinkit.model import Bulletin

_HINTS = (("--date", "date"), ("--title", "title"), ("--source-url", "source_url"))


def read_input(name: str, args: argparse.Namespace) -> tuple[list[Bulletin], bool]:
    """The bulletins of one input and whether it is an archive (one a line, always).

    Raises :class:`OSError` when the file cannot be read and
    :class:`~bulletinkit.BulletinkitError` when a page fails. A failing WARC record is
    reported on standard error and counted, not raised.
    """
    from bulletinkit.parse.html import sniff

    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    kind = sniff(data, name)
    encoding: str | None = getattr(args, "encoding", None)
    if kind == "warc":
        hints = [flag for flag, value in _HINTS if getattr(args, value, None) is not None]
        if hints:
            raise ParseError(
                f"{', '.join(hints)} would apply to every record of the archive",
                expected="no per-page hints with a WARC archive (--date-from crawl for dates)",
            )
        return _warc(name, data, args), True
    if kind == "html":
        from bulletinkit.parse import parse_html

        page = parse_html(
            data, url=args.source_url, date=args.date, title=args.title, encoding=encoding
        )
        return [page], False
    from bulletinkit.parse import parse_text
    from bulletinkit.parse.text import decode_bytes

    text = decode_bytes(data, encoding)
    page = parse_text(text, date=args.date, title=args.title, source_url=args.source_url)
    return [page], False


class ArchiveFailed(BulletinkitError):
    """Some records of a WARC archive failed (each already reported)."""

    def __init__(self, bulletins: list[Bulletin], failed: int) -> None:
        super().__init__(f"{failed} record(s) failed")
        self.bulletins = bulletins


def _warc(name: str, data: bytes, args: argparse.Namespace) -> list[Bulletin]:
    import io

    from bulletinkit.parse import iter_warc

    shown = "<stdin>" if name == "-" else name
    bulletins: list[Bulletin] = []
    counts: Counter[str] = Counter()
    failed = 0
    records = iter_warc(
        io.BytesIO(data),
        date_from=getattr(args, "date_from", "page"),
        encoding=getattr(args, "encoding", None),
    )
    for record in records:
        if record.bulletin is not None:
            bulletins.append(record.bulletin)
            for note in record.notes:
                where = f"{shown}#{record.number} ({record.uri})"
                print(f"{where}: warning: {note.message} [{note.code}]", file=sys.stderr)
        elif record.error is not None:
            failed += 1
            print(f"{shown}#{record.number} ({record.uri}): {record.error}", file=sys.stderr)
        else:
            counts[record.reason or "skipped"] += 1
    skipped = ", ".join(f"{count} {reason}" for reason, count in sorted(counts.items()))
    print(
        f"{shown}: {len(bulletins)} page(s) parsed, {sum(counts.values())} record(s) skipped"
        + (f" ({skipped})" if skipped else "")
        + f", {failed} failed",
        file=sys.stderr,
    )
    if failed:
        raise ArchiveFailed(bulletins, failed)
    return bulletins
