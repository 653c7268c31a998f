"""Many pages, in parallel processes, results in input order: :func:`parse_files`."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor

import attrs

from bulletinkit.batch._files import Globs, Listing, list_pages
from bulletinkit.batch._html import is_archive, parse_archive
from bulletinkit.batch._page import DEFAULT_MAX_BYTES, parse_path
from bulletinkit.batch._result import Hints, PageResult
from bulletinkit.errors import ParseError

__all__ = ["default_jobs", "parse_files", "parse_pages"]

# (path, its bytes (stdin), hints, max_bytes, strict, passed over: not read, skipped)
_Job = tuple[str, "bytes | None", "Hints | None", int, bool, bool]
_NO_HINTS = Hints()


def default_jobs() -> int:
    """The number of CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)  # pragma: no cover - Windows and macOS


def _hint_key(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def _passed_over(path: str) -> PageResult:
    name = path.replace("\\", "/").rpartition("/")[2]
    dot = name.rfind(".")
    kind = f"{name[dot:]} files" if dot > 0 else "files without a suffix"
    why = ParseError(
        f"not a page: no reader for {kind}",
        code="unknown-format",
        expected="a text, HTML or WARC file; name the file, or pass a glob, to read it anyway",
    )
    return PageResult(path=path, error=why, code="unknown-format")


def _run_job(job: _Job) -> list[PageResult]:
    path, data, hints, max_bytes, strict, passed_over = job
    if passed_over:
        return [_passed_over(path)]
    if is_archive(path, data):  # a WARC file: one result per page record
        return parse_archive(
            path, data=data, max_record_bytes=max_bytes, strict=strict, hints=hints
        )
    return [parse_path(path, data=data, hints=hints, max_bytes=max_bytes, strict=strict)]


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group: the parent alone decides what it means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunk_size(pages: int, jobs: int) -> int:
    # Small chunks: a page takes milliseconds, far more than sending it; and an interrupt
    # waits for the chunks already handed out, so they must be short.
    return max(1, min(8, pages // (jobs * 16)))


def parse_pages(
    pages: Sequence[str] | Listing,
    *,
    jobs: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    strict: bool = False,
    hints: Mapping[str, Hints] | None = None,
    every: Hints | None = None,
) -> Generator[PageResult, None, None]:
    """Like :func:`parse_files` for pages already listed (no folder walking).

    Every path of ``pages`` is read, unless ``pages`` is a :class:`Listing` (from
    :func:`list_pages`): the files it passed over give a skipped result, code
    ``unknown-format``, without being read.
    """
    listing = pages if isinstance(pages, Listing) else Listing(tuple(pages))
    wanted = {_hint_key(key): value for key, value in (hints or {}).items()}
    stdin = sys.stdin.buffer.read(max_bytes + 1) if "-" in listing.paths else None
    todo: list[_Job] = [
        (
            page,
            stdin if page == "-" else None,
            _merged(wanted.get(_hint_key(page)), every),
            max_bytes,
            strict,
            number in listing.passed_over,
        )
        for number, page in enumerate(listing.paths)
    ]
    workers = min(default_jobs() if jobs is None else jobs, len(todo))
    if workers <= 1:
        for job in todo:
            yield from _run_job(job)
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)
    finished = False
    try:
        for results in pool.map(_run_job, todo, chunksize=_chunk_size(len(todo), workers)):
            yield from results
        finished = True
    finally:
        # At the end the idle workers are joined; after an interrupt, or when the caller
        # stopped reading, the pages not started are cancelled and the workers end after
        # the few small chunks they hold, without making the caller wait.
        pool.shutdown(wait=finished, cancel_futures=True)


def parse_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    glob: Globs = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    strict: bool = False,
    hints: Mapping[str, Hints] | None = None,
    every: Hints | None = None,
) -> Iterator[PageResult]:
    """Parse every page of ``paths`` (files, folders, ``-``) and yield one result per page.

    Folders are walked recursively for the files a reader exists for, by suffix (text,
    HTML, WARC), or, given ``glob`` (a pattern or several), for the files whose name
    matches (see :func:`find_pages`). Without ``glob`` the other files of a folder give
    a skipped result each (code ``unknown-format``), unread. ``jobs`` processes parse in
    parallel (``None``: one per CPU; ``1``: in this process); results come in input
    order whatever ``jobs``, so the output is the same for any value. ``max_bytes``
    bounds the size of a page (``too-large`` beyond); ``strict=True`` fails pages with
    parse notes; ``hints`` maps a page's path to its own :class:`Hints`; ``every`` gives
    the hints that hold for every page (``encoding``, ``date_from``). A WARC archive
    gives one result per page record, named ``PATH#N`` (``max_bytes`` bounds each
    record). A bad page never raises: its result carries the error. Stop iterating
    early and the remaining pages are cancelled.
    """
    return parse_pages(
        list_pages(paths, glob=glob),
        jobs=jobs,
        max_bytes=max_bytes,
        strict=strict,
        hints=hints,
        every=every,
    )


def _merged(own: Hints | None, every: Hints | None) -> Hints | None:
    """A page's own hints with the ones that hold for every page."""
    if every is None:
        return own
    if own is None:
        return every
    return attrs.evolve(own, encoding=every.encoding, date_from=every.date_from)
