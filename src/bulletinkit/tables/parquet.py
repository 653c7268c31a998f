"""A folder of Parquet batches: ``OUT/part-<stamp>-<id>/<table>.parquet``.

Each call that writes (``write_parquet``, ``write_tables``, or one Dask partition) adds
one *batch*: a folder holding one Parquet file per table. The batch is written under
``OUT/_incoming/`` and then renamed into ``OUT/`` in one step, so a reader sees a batch
whole or not at all (on a local or POSIX file system; object stores have no atomic
rename). Batch names sort in the order they were written. A table is the union of its
file in every batch: ``read_table(OUT, "meetings")`` here, or in DuckDB
``read_parquet('OUT/part-*/meetings.parquet', union_by_name = true)``.

A batch may be written in parts (:class:`BatchWriter`): each part is appended to every
table's file as row groups by a ``pyarrow.parquet.ParquetWriter``, so a long run holds
one part in memory, never the whole batch; the batch is still renamed into place whole.
"""

from __future__ import annotations

import datetime
import os
import uuid
from collections.abc import Mapping
from types import TracebackType

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from bulletinkit.tables.schema import SCHEMAS
from bulletinkit.versions import SCHEMA_VERSION, __version__

__all__ = ["INCOMING", "BatchWriter", "batch_name", "batch_paths", "read_table", "write_batch"]

INCOMING = "_incoming"
"""The sub-folder batches are written in before they are renamed into place."""

PathLike = str | os.PathLike[str]


def batch_name(suffix: str = "") -> str:
    """A new batch folder name: ``part-`` a UTC time stamp, a random id, and ``suffix``."""
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    return f"part-{stamp}-{uuid.uuid4().hex[:8]}{suffix}"


def _filesystem(
    folder: PathLike, filesystem: pafs.FileSystem | None
) -> tuple[pafs.FileSystem, str]:
    if filesystem is not None:
        return filesystem, os.fspath(folder)
    path = os.path.abspath(os.fspath(folder))
    return pafs.LocalFileSystem(), path


class BatchWriter:
    """One batch of ``folder`` written in parts: ``with BatchWriter(folder) as batch:``,
    then :meth:`write` any number of times.

    Each :meth:`write` appends its tables to the batch's files as row groups (one
    ``ParquetWriter`` per table, under ``folder/_incoming/``); when the ``with`` block
    ends without an exception the batch is renamed into ``folder`` whole (its path is
    :attr:`path`), and otherwise removed, leaving ``folder`` unchanged. A table that got
    no row in any part is written empty, so a batch written in one part is the same file
    as :func:`write_batch` writes.
    """

    def __init__(
        self,
        folder: PathLike,
        *,
        filesystem: pafs.FileSystem | None = None,
        name: str | None = None,
    ) -> None:
        self._fs, root = _filesystem(folder, filesystem)
        name = batch_name() if name is None else name
        self._staging = f"{root}/{INCOMING}/{name}"
        self.path = f"{root}/{name}"
        """The batch folder, once the ``with`` block has ended."""
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._rows = dict.fromkeys(SCHEMAS, 0)

    def __enter__(self) -> BatchWriter:
        self._fs.create_dir(self._staging, recursive=True)
        return self

    def _writer(self, table_name: str) -> pq.ParquetWriter:
        writer = self._writers.get(table_name)
        if writer is None:
            schema = SCHEMAS[table_name].with_metadata(_metadata(table_name))
            where = f"{self._staging}/{table_name}.parquet"
            writer = self._writers[table_name] = pq.ParquetWriter(
                where, schema, filesystem=self._fs
            )
        return writer

    def write(self, tables: Mapping[str, pa.Table]) -> None:
        """Append one part: every table of :data:`SCHEMAS`, as ``to_tables`` makes them."""
        for table_name in SCHEMAS:
            table = tables[table_name]
            if table.num_rows:
                metadata = _metadata(table_name)
                self._writer(table_name).write_table(table.replace_schema_metadata(metadata))
                self._rows[table_name] += table.num_rows

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        try:
            if kind is None:
                for table_name, rows in self._rows.items():
                    if not rows:  # as write_batch writes it: one empty row group
                        empty = SCHEMAS[table_name].empty_table()
                        self._writer(table_name).write_table(empty)
            for writer in self._writers.values():
                writer.close()
            if kind is None:
                self._fs.move(self._staging, self.path)
        except BaseException:
            self._fs.delete_dir(self._staging)
            raise
        if kind is not None:
            self._fs.delete_dir(self._staging)


def write_batch(
    tables: Mapping[str, pa.Table],
    folder: PathLike,
    *,
    filesystem: pafs.FileSystem | None = None,
    name: str | None = None,
) -> str:
    """Write one batch of ``tables`` (every table of :data:`SCHEMAS`) into ``folder``.

    Returns the batch folder's path. The files are written under ``folder/_incoming/``
    and the batch folder is renamed into ``folder`` once all are complete; on failure
    the partial batch is removed and ``folder`` is unchanged.
    """
    with BatchWriter(folder, filesystem=filesystem, name=name) as batch:
        batch.write(tables)
    return batch.path


def _metadata(table_name: str) -> dict[str, str]:
    return {
        "bulletinkit.table": table_name,
        "bulletinkit.schema_version": SCHEMA_VERSION,
        "bulletinkit.version": __version__,
    }


def batch_paths(
    folder: PathLike, table_name: str, *, filesystem: pafs.FileSystem | None = None
) -> list[str]:
    """The Parquet files of ``table_name`` in ``folder``, one per batch, in batch order."""
    if table_name not in SCHEMAS:
        raise KeyError(f"no table {table_name!r}; the tables are {', '.join(SCHEMAS)}")
    fs, root = _filesystem(folder, filesystem)
    if fs.get_file_info(root).type == pafs.FileType.NotFound:
        return []
    batches = fs.get_file_info(pafs.FileSelector(root))
    names = sorted(
        info.base_name
        for info in batches
        if info.type == pafs.FileType.Directory and info.base_name.startswith("part-")
    )
    return [f"{root}/{name}/{table_name}.parquet" for name in names]


def read_table(
    folder: PathLike, table_name: str, *, filesystem: pafs.FileSystem | None = None
) -> pa.Table:
    """One table of a Parquet folder: the union of its file in every batch.

    Columns a batch written by an older bulletinkit lacks are read as nulls.
    """
    fs, _root = _filesystem(folder, filesystem)
    paths = batch_paths(folder, table_name, filesystem=filesystem)
    schema = SCHEMAS[table_name]
    if not paths:
        return schema.empty_table()
    dataset = ds.dataset(paths, schema=schema, format="parquet", filesystem=fs)
    return dataset.to_table()
