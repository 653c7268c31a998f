"""Bulletins as Arrow tables and Parquet folders, for pandas, DuckDB and friends.

Needs the ``tables`` extra (``pip install 'bulletinkit[tables]'``: ``pyarrow``).

:func:`to_tables` turns bulletins into seven Arrow tables (``bulletins``, ``actors``,
``roles``, ``meetings``, ``participants``, ``mentions``, ``notes``) whose columns are
defined once in :data:`SCHEMAS` and listed in ``docs/tables.md``. :func:`write_parquet`
appends them to a folder as one atomic batch; :func:`read_table` reads one table back
from such a folder, and :func:`read_bulletins` the bulletins themselves, losslessly,
from the ``json`` column of the ``bulletins`` table.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator

try:
    import pyarrow as pa
except ImportError as error:
    raise ImportError(
        "bulletinkit.tables needs pyarrow: pip install 'bulletinkit[tables]'"
    ) from error
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from bulletinkit.codec import from_json
from bulletinkit.errors import Issue, ValidationError
from bulletinkit.model import Bulletin
from bulletinkit.tables.parquet import BatchWriter, batch_paths, read_table, write_batch
from bulletinkit.tables.rows import to_columns
from bulletinkit.tables.schema import SCHEMAS, TABLE_NAMES

__all__ = [
    "PART_SIZE",
    "SCHEMAS",
    "TABLE_NAMES",
    "batch_paths",
    "read_bulletins",
    "read_table",
    "to_tables",
    "write_parquet",
    "write_tables",
]

_NULL = "the json column of the bulletins table is null"


def to_tables(bulletins: Iterable[Bulletin]) -> dict[str, pa.Table]:
    """The seven Arrow tables of ``bulletins``, keyed by table name (see :data:`SCHEMAS`).

    Rows follow the order of ``bulletins``, then of each bulletin's actors, roles,
    mentions, meetings and participants.
    """
    columns = to_columns(bulletins)
    return {
        name: pa.Table.from_pydict(columns[name], schema=schema) for name, schema in SCHEMAS.items()
    }


def write_tables(
    tables: dict[str, pa.Table],
    folder: str | os.PathLike[str],
    *,
    filesystem: pafs.FileSystem | None = None,
) -> str:
    """Append ``tables`` (as :func:`to_tables` makes them) to ``folder`` as one batch.

    The batch appears whole or not at all (see :mod:`bulletinkit.tables.parquet`);
    returns its folder. ``filesystem`` is any ``pyarrow.fs.FileSystem`` (default: local).
    """
    return write_batch(tables, folder, filesystem=filesystem)


PART_SIZE = 1000
"""Bulletins per part of :func:`write_parquet`: its row groups, and what it holds at once."""


def _parts(bulletins: Iterable[Bulletin], size: int) -> Iterator[list[Bulletin]]:
    iterator = iter(bulletins)
    while part := list(itertools.islice(iterator, size)):
        yield part


def write_parquet(
    bulletins: Iterable[Bulletin],
    folder: str | os.PathLike[str],
    *,
    filesystem: pafs.FileSystem | None = None,
    part_size: int | None = None,
) -> str:
    """Append ``bulletins`` to the Parquet folder ``folder`` as one atomic batch.

    Writes ``folder/part-<stamp>-<id>/<table>.parquet`` for each of the seven tables and
    returns that batch folder. ``folder`` is created if needed. ``bulletins`` is read
    ``part_size`` (default :data:`PART_SIZE`) at a time, and each part is appended to
    the files as row groups, so an iterator of any length is written holding one part's
    rows in memory; the tables read back are the same as written at once
    (:func:`write_tables` of :func:`to_tables`), and the batch appears only when all is
    written.
    """
    size = PART_SIZE if part_size is None else part_size
    if size < 1:
        raise ValueError(f"part_size must be at least 1, not {part_size!r}")
    with BatchWriter(folder, filesystem=filesystem) as batch:
        for part in _parts(bulletins, size):
            batch.write(to_tables(part))
    return batch.path


def read_bulletins(
    source: pa.Table | str | os.PathLike[str],
    *,
    filesystem: pafs.FileSystem | None = None,
) -> Iterator[Bulletin]:
    """The bulletins of a ``bulletins`` table or of a Parquet folder, in row order.

    Each is read from the ``json`` column, so it equals the bulletin that was written
    (unknown members kept in ``extra`` included). A folder is read one batch at a time.
    """
    if isinstance(source, pa.Table):
        if "json" not in source.column_names:
            message = "not a bulletins table: it has no json column"
            raise ValidationError([Issue(code="table", message=message)])
        row = 0
        for chunk in source.column("json").chunks:
            for text in chunk.to_pylist():
                if not isinstance(text, str):
                    raise ValidationError(
                        [Issue(code="json", message=_NULL, location=f"row {row}")]
                    )
                yield from_json(text, Bulletin, lenient=True)
                row += 1
        return
    for path in batch_paths(source, "bulletins", filesystem=filesystem):
        yield from read_bulletins(pq.read_table(path, columns=["json"], filesystem=filesystem))
