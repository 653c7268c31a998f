"""A folder of Parquet batches: ``OUT/part-<stamp>-<id>/<table>.parquet``.

Each call that writes (``write_parquet``, ``write_tables``, or one Dask partition) adds
one *batch*: a folder holding one Parquet file per table. The batch is written under
``OUT/_incoming/`` and then renamed into ``OUT/`` in one step, so a reader sees a batch
whole or not at all (on a local or POSIX file system; object stores have no atomic
rename). Batch names sort in the order they were written. A table is the union of its
file in every batch: ``read_table(OUT, "meetings")`` here, or in DuckDB
``read_parquet('OUT/part-*/meetings.parquet', union_by_name = true)``.
"""

from __future__ import annotations

import datetime
import os
import uuid
from collections.abc import Mapping

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from bulletinkit.tables.schema import SCHEMAS
from bulletinkit.versions import SCHEMA_VERSION, __version__

__all__ = ["INCOMING", "batch_name", "batch_paths", "read_table", "write_batch"]

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
    fs, root = _filesystem(folder, filesystem)
    name = batch_name() if name is None else name
    staging = f"{root}/{INCOMING}/{name}"
    final = f"{root}/{name}"
    fs.create_dir(staging, recursive=True)
    try:
        for table_name in SCHEMAS:
            table = tables[table_name].replace_schema_metadata(_metadata(table_name))
            pq.write_table(table, f"{staging}/{table_name}.parquet", filesystem=fs)
        fs.move(staging, final)
    except BaseException:
        fs.delete_dir(staging)
        raise
    return final


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
