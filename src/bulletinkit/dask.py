"""Pages to bulletins on Dask: one machine's cores or a ``dask.distributed`` cluster.

Needs the ``dask`` extra (``pip install 'bulletinkit[dask]'``: ``dask[bag]``,
``distributed``, ``fsspec`` and the ``tables`` extra).

:func:`read_pages` turns a glob of pages, local or any fsspec URL (``s3://``,
``gs://``, ``https://``...), into a ``dask.bag`` of :class:`PageResult`, one per page in
path order; a page that fails is a result with its error, never dropped.
:func:`to_ndjson` and :func:`to_parquet` write such a bag (each partition by the worker
that parsed it) and return a :class:`Written` summary with every failure. Nothing here
schedules anything: the work runs on whatever Dask scheduler is active, so the same code
runs on a laptop and, under ``distributed.Client("tcp://scheduler:8786")``, on a cluster.

This module is ``bulletinkit.dask``; it imports the real ``dask`` (absolute imports).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

try:
    import dask.bag as db
except ImportError as error:
    raise ImportError("bulletinkit.dask needs dask: pip install 'bulletinkit[dask]'") from error
import fsspec  # type: ignore[import-untyped]
import fsspec.core  # type: ignore[import-untyped]
import fsspec.implementations.local  # type: ignore[import-untyped]
from dask.base import compute
from dask.delayed import delayed
from pyarrow.fs import FSSpecHandler, PyFileSystem

from bulletinkit.errors import BulletinkitError, ParseError
from bulletinkit.model import Bulletin
from bulletinkit.tables import to_tables
from bulletinkit.tables.parquet import batch_name, write_batch

__all__ = ["PageResult", "Written", "parse_page", "read_pages", "to_ndjson", "to_parquet"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
"""The largest page read, in bytes (5 MiB; real bulletin pages are a few KB)."""


@attrs.frozen(kw_only=True)
class PageResult:
    """One page: its bulletin, or the error that stopped it (exactly one is set).

    ``path`` is the page's URL as found (a local path for local files); ``code`` is the
    error's stable code (``parse``, ``too-large``, ``unreadable``, ``internal``...).
    """

    path: str
    bulletin: Bulletin | None = None
    error: BulletinkitError | None = None
    code: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the page gave a bulletin."""
        return self.bulletin is not None

    def error_record(self) -> dict[str, Any]:
        """The failure as a JSON-ready record: ``path``, ``line``, ``code``, ``message``."""
        line = getattr(self.error, "line", None)
        return {"path": self.path, "line": line, "code": self.code, "message": str(self.error)}


def _failed(path: str, error: BulletinkitError, code: str) -> PageResult:
    return PageResult(path=path, error=error, code=code)


def parse_page(file: fsspec.core.OpenFile, max_bytes: int = DEFAULT_MAX_BYTES) -> PageResult:
    """Read and parse one page; never raises for a bad page (the error is in the result).

    A local page's bulletin gets the file's ``file://`` URI as ``source_url``, a remote
    one its URL. This is the function each Dask task calls.
    """
    from bulletinkit.parse import parse_text
    from bulletinkit.parse.text import decode_page

    local = isinstance(file.fs, fsspec.implementations.local.LocalFileSystem)
    path = file.path if local else file.fs.unstrip_protocol(file.path)
    source_url = Path(os.path.abspath(file.path)).as_uri() if local else path
    try:
        with file as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        reason = error.strerror or str(error)
        return _failed(path, ParseError(f"cannot read: {reason}"), "unreadable")
    if len(data) > max_bytes:
        message = f"page is more than {max_bytes} bytes"
        return _failed(path, ParseError(message, expected="a smaller page"), "too-large")
    try:
        bulletin = parse_text(decode_page(data), source_url=source_url)
    except ParseError as error:
        return _failed(path, error, error.issue.code)
    except BulletinkitError as error:
        return _failed(path, error, "invalid")
    except Exception as error:  # a bug must not stop a batch nor hide which page
        message = f"internal error ({type(error).__name__}: {error}); please report it"
        return _failed(path, ParseError(message), "internal")
    return PageResult(path=path, bulletin=bulletin)


def read_pages(
    urlpath: str | Sequence[str],
    *,
    storage_options: Mapping[str, Any] | None = None,
    partition_size: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> db.Bag:
    """A bag of :class:`PageResult`, one per page matching ``urlpath``, in path order.

    ``urlpath`` is a path, a glob (``pages/**/*.txt``), an fsspec URL
    (``s3://bucket/pages/*.txt``) or a list of them; ``storage_options`` go to fsspec.
    The glob is expanded here, on the client; the pages are read by the workers.
    ``partition_size`` is the number of pages per task (default: Dask's, about 100 tasks).
    Raises :class:`~bulletinkit.BulletinkitError` when nothing matches.
    """
    paths = [urlpath] if isinstance(urlpath, str) else list(urlpath)
    files = fsspec.open_files(paths, mode="rb", **dict(storage_options or {}))
    if not files:
        raise BulletinkitError(f"no page matches {urlpath!r}")
    ordered = sorted(files, key=lambda file: str(file.path))
    bag: db.Bag = db.from_sequence(ordered, partition_size=partition_size)  # type: ignore[no-untyped-call]
    pages: db.Bag = bag.map(parse_page, max_bytes=max_bytes)  # type: ignore[no-untyped-call]
    return pages


@attrs.frozen(kw_only=True)
class Written:
    """What :func:`to_ndjson` or :func:`to_parquet` wrote.

    ``paths`` are the files or batch folders written, in partition order; ``pages`` and
    ``bulletins`` count the pages read and the bulletins written; ``failures`` are the
    results of the pages that failed, in page order.
    """

    paths: tuple[str, ...]
    pages: int
    bulletins: int
    failures: tuple[PageResult, ...]


_Part = tuple[list[str], int, int, list[PageResult]]


def _ndjson_part(
    results: list[PageResult], folder: str, index: int, options: Mapping[str, Any]
) -> _Part:
    from bulletinkit.codec import write_ndjson

    fs, root = fsspec.core.url_to_fs(folder, **options)
    fs.makedirs(root, exist_ok=True)
    bulletins = [r.bulletin for r in results if r.bulletin is not None]
    failures = [r for r in results if r.bulletin is None]
    target = f"{root}/bulletins-{index:05d}.ndjson"
    with fs.open(target + ".tmp", "w", encoding="utf-8", newline="\n") as out:
        write_ndjson(bulletins, out)
    fs.mv(target + ".tmp", target)
    paths = [target]
    if failures:
        errors = f"{root}/errors-{index:05d}.ndjson"
        with fs.open(errors, "w", encoding="utf-8", newline="\n") as out:
            for failure in failures:
                out.write(_json_line(failure.error_record()))
        paths.append(errors)
    return [fs.unstrip_protocol(p) for p in paths], len(results), len(bulletins), failures


def _json_line(record: Mapping[str, Any]) -> str:
    import json

    return json.dumps(record, ensure_ascii=False) + "\n"


def _parquet_part(
    results: list[PageResult], folder: str, name: str, options: Mapping[str, Any]
) -> _Part:
    fs, root = fsspec.core.url_to_fs(folder, **options)
    bulletins = [r.bulletin for r in results if r.bulletin is not None]
    failures = [r for r in results if r.bulletin is None]
    paths = []
    if bulletins:
        filesystem = PyFileSystem(FSSpecHandler(fs))  # type: ignore[abstract]
        written = write_batch(to_tables(bulletins), root, filesystem=filesystem, name=name)
        paths.append(fs.unstrip_protocol(written))
    return paths, len(results), len(bulletins), failures


def _partitions(results: db.Bag) -> list[Any]:
    """The bag's partitions as Delayed objects, one task each."""
    parts: list[Any] = results.to_delayed()  # type: ignore[no-untyped-call]
    return parts


def _compute(tasks: list[Any]) -> list[_Part]:
    """Run ``tasks`` on the active Dask scheduler (a distributed Client when one is set)."""
    done: tuple[_Part, ...] = compute(*tasks)  # type: ignore[no-untyped-call]
    return list(done)


def _gather(parts: Sequence[_Part]) -> Written:
    return Written(
        paths=tuple(path for part in parts for path in part[0]),
        pages=sum(part[1] for part in parts),
        bulletins=sum(part[2] for part in parts),
        failures=tuple(failure for part in parts for failure in part[3]),
    )


def to_ndjson(
    results: db.Bag, folder: str, *, storage_options: Mapping[str, Any] | None = None
) -> Written:
    """Write the bulletins of ``results`` as NDJSON files in ``folder``; return a summary.

    Each partition writes ``bulletins-NNNNN.ndjson`` (one bulletin a line, as
    ``bulletinkit parse`` writes them; renamed into place when complete) and, when some
    of its pages failed, ``errors-NNNNN.ndjson`` (one ``{"path", "line", "code",
    "message"}`` record a line). Files sort in page order.
    """
    options = dict(storage_options or {})
    tasks = [
        delayed(_ndjson_part)(part, folder, index, options)
        for index, part in enumerate(_partitions(results))
    ]
    return _gather(_compute(tasks))


def to_parquet(
    results: db.Bag, folder: str, *, storage_options: Mapping[str, Any] | None = None
) -> Written:
    """Append the bulletins of ``results`` to the Parquet folder ``folder``; return a summary.

    Each partition with at least one bulletin becomes one batch of the seven tables
    (``folder/part-<stamp>-<id>-NNNNN/<table>.parquet``, see
    :mod:`bulletinkit.tables.parquet`), written and renamed into place by the worker that
    parsed it. Failures are not written to the folder; they are in the summary.
    """
    options = dict(storage_options or {})
    run = batch_name()
    tasks = [
        delayed(_parquet_part)(part, folder, f"{run}-{index:05d}", options)
        for index, part in enumerate(_partitions(results))
    ]
    return _gather(_compute(tasks))
