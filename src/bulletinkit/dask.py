"""Pages to bulletins on Dask: one machine's cores or a ``dask.distributed`` cluster.

Needs the ``dask`` extra (``pip install 'bulletinkit[dask]'``: ``dask[bag]``,
``distributed``, ``fsspec`` and the ``tables`` extra).

:func:`read_pages` turns a glob of pages, local or any fsspec URL (``s3://``,
``gs://``, ``https://``...), into a ``dask.bag`` of :class:`~bulletinkit.batch.PageResult`
(the records of :func:`bulletinkit.batch.parse_files`), one per page in path order; a
page that fails is a result with its error, never dropped. :func:`to_ndjson` and
:func:`to_parquet` write such a bag (each partition by the worker that parsed it) and
return a :class:`Written` summary with every failure. Nothing here schedules anything:
the work runs on whatever Dask scheduler is active, so the same code runs on a laptop
and, under ``distributed.Client("tcp://scheduler:8786")``, on a cluster.

This module is ``bulletinkit.dask``; it imports the real ``dask`` (absolute imports).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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

from bulletinkit.batch import DEFAULT_MAX_BYTES, Hints, PageResult, parse_path
from bulletinkit.errors import BulletinkitError, ParseError
from bulletinkit.tables import to_tables
from bulletinkit.tables.parquet import batch_name, write_batch

__all__ = ["PageResult", "Written", "parse_page", "read_pages", "to_ndjson", "to_parquet"]


def parse_page(
    file: fsspec.core.OpenFile, max_bytes: int = DEFAULT_MAX_BYTES, strict: bool = False
) -> PageResult:
    """Read and parse one page with :func:`bulletinkit.batch.parse_path`; never raises.

    A local page is read by ``parse_path`` itself, and its bulletin gets the file's
    ``file://`` URI as ``source_url``, as ``bulletinkit parse`` gives it; a remote page is
    read through fsspec (at most ``max_bytes + 1`` bytes) and gets its URL. This is the
    function each Dask task calls.
    """
    if isinstance(file.fs, fsspec.implementations.local.LocalFileSystem):
        return parse_path(file.path, max_bytes=max_bytes, strict=strict)
    url = str(file.fs.unstrip_protocol(file.path))
    try:
        with file as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        reason = error.strerror or str(error)
        failure = ParseError(f"cannot read: {reason}", code="unreadable")
        return PageResult(path=url, error=failure, code="unreadable")
    hints = Hints(source_url=url)
    return parse_path(url, data=data, max_bytes=max_bytes, strict=strict, hints=hints)


def read_pages(
    urlpath: str | Sequence[str],
    *,
    storage_options: Mapping[str, Any] | None = None,
    partition_size: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    strict: bool = False,
) -> db.Bag:
    """A bag of :class:`PageResult`, one per page matching ``urlpath``, in path order.

    ``urlpath`` is a path, a glob (``pages/**/*.txt``), an fsspec URL
    (``s3://bucket/pages/*.txt``) or a list of them; ``storage_options`` go to fsspec.
    The glob is expanded here, on the client; the pages are read by the workers.
    ``partition_size`` is the number of pages per task (default: Dask's, about 100 tasks).
    ``max_bytes`` and ``strict`` are those of :func:`bulletinkit.batch.parse_path`.
    Raises :class:`~bulletinkit.BulletinkitError` when nothing matches.
    """
    paths = [urlpath] if isinstance(urlpath, str) else list(urlpath)
    files = fsspec.open_files(paths, mode="rb", **dict(storage_options or {}))
    if not files:
        raise BulletinkitError(f"no page matches {urlpath!r}")
    ordered = sorted(files, key=lambda file: str(file.path))
    bag: db.Bag = db.from_sequence(ordered, partition_size=partition_size)  # type: ignore[no-untyped-call]
    pages: db.Bag = bag.map(parse_page, max_bytes=max_bytes, strict=strict)  # type: ignore[no-untyped-call]
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
