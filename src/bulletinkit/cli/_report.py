"""What a batch command says on standard error: problems, a progress line, a summary.

The progress line is a few lines of our own rather than ``tqdm`` or ``rich``: it needs
nothing installed and nothing imported, is drawn only when standard error is a terminal
(never when piped, never with ``--quiet``), at most ten times a second, and is erased
before any other message and at the end. It counts *files*, the one total known in
advance, and shows the pages (results) seen so far beside them: a WARC archive is one
file of many pages, so a count of pages against a count of files would run past 100%.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import IO

from bulletinkit.batch import PageResult

__all__ = ["Reporter"]

_ERASE = "\r\x1b[K"


class Reporter:
    """Counts results, prints each problem as ``FILE:LINE: message``, draws progress.

    ``files`` are the paths the run reads, in order (``Listing.paths``): results come in
    that order, one per page, named after their file (``FILE``, or ``FILE#N`` for the
    records of an archive).
    """

    interval = 0.1
    """Seconds between two drawings of the progress line, at least."""

    def __init__(
        self,
        files: Sequence[str],
        *,
        progress: bool,
        summary: bool,
        err: IO[str] | None = None,
    ):
        self.err = err if err is not None else sys.stderr
        self.files = files
        self.files_done = 0
        self.progress = progress
        self.summary = summary
        self.parsed = self.skipped = self.failed = self.unreadable = self.warnings = 0
        self.start = time.perf_counter()
        self._drawn = 0.0
        self._shown = False

    @property
    def done(self) -> int:
        """Pages seen so far."""
        return self.parsed + self.skipped + self.failed + self.unreadable

    def _say(self, line: str) -> None:
        if self._shown:
            self.err.write(_ERASE)
            self._shown = False
        self.err.write(line + "\n")

    @staticmethod
    def where(path: str, line: int | None) -> str:
        """``FILE`` or ``FILE:LINE`` (``<stdin>`` for ``-``)."""
        name = "<stdin>" if path == "-" else path
        return name if line is None else f"{name}:{line}"

    def _follow(self, path: str) -> None:
        """Move ``files_done`` past the files before the one ``path`` comes from, and past
        that one too when ``path`` is the whole file (not one record ``FILE#N`` of it)."""
        for index in range(self.files_done, len(self.files)):
            name = self.files[index]
            if path == name:
                self.files_done = index + 1
                return
            if path.startswith(name) and path[len(name) : len(name) + 1] == "#":
                self.files_done = index  # an archive's record: its file is not done
                return

    def add(self, result: PageResult) -> None:
        """Count ``result`` and print its problems and notes."""
        self._follow(result.path)
        for note in result.warnings:
            head, _, number = note.location.partition(" ")
            line = int(number) if head == "line" and number.isdigit() else None
            self._say(f"{self.where(result.path, line)}: warning: {note.message} [{note.code}]")
        self.warnings += len(result.warnings)
        if result.ok:
            self.parsed += 1
        elif result.skipped:
            self.skipped += 1
            self._say(f"{self.where(result.path, result.line)}: skipped: {result.message}")
        else:
            if result.unreadable:
                self.unreadable += 1
            else:
                self.failed += 1
            self._say(f"{self.where(result.path, result.line)}: {result.message}")
        self._draw()

    def _draw(self) -> None:
        if not self.progress:
            return
        now = time.perf_counter()
        total = len(self.files)
        if now - self._drawn < self.interval and self.files_done < total:
            return
        self._drawn = now
        rate = self.done / max(now - self.start, 1e-9)
        share = 100 * self.files_done // max(total, 1)
        self.err.write(
            f"{_ERASE}{self.files_done}/{total} files ({share}%), "
            f"{self.done} pages, {rate:.1f} pages/s"
        )
        self.err.flush()
        self._shown = True

    def close(self) -> None:
        """Erase the progress line and print the summary (when asked for)."""
        if self._shown:
            self.err.write(_ERASE)
            self._shown = False
        if self.summary:
            seconds = time.perf_counter() - self.start
            rate = self.done / max(seconds, 1e-9)
            failed = self.failed + self.unreadable
            self.err.write(
                f"bulletinkit parse: {self.parsed} parsed, {self.skipped} skipped, "
                f"{failed} failed, {self.warnings} warnings in {seconds:.1f} s "
                f"({rate:.1f} pages/s)\n"
            )
        self.err.flush()

    def status(self) -> int:
        """The exit status: 2 unreadable input, 1 a failed page, else 0."""
        if self.unreadable:
            return 2
        return 1 if self.failed else 0
