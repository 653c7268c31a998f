"""Parquet folders: atomic batches, appends, pandas and DuckDB joins, older batches."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from benchmarks.corpus import make_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletinkit import Bulletin, parse_text
from tests import strategies
from tests.extras import require

pa = require("pyarrow", "tables")
pq = require("pyarrow.parquet", "tables")
tables_api = require("bulletinkit.tables", "tables")
parquet = require("bulletinkit.tables.parquet", "tables")
SCHEMAS = tables_api.SCHEMAS


def _pages(count: int, seed: int = 0) -> list[Bulletin]:
    return [parse_text(make_text(random.Random(seed + i))) for i in range(count)]


@pytest.fixture(scope="module")
def bulletins() -> list[Bulletin]:
    return _pages(6)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(strategies.bulletins(with_extra=True), max_size=3))
def test_a_folder_gives_back_the_bulletins_written(batch: list[Bulletin]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tables_api.write_parquet(batch, folder)
        tables_api.write_parquet(batch[:1], folder)
        assert list(tables_api.read_bulletins(folder)) == batch + batch[:1]


def test_each_write_appends_one_batch_folder(tmp_path: Path, bulletins: list[Bulletin]) -> None:
    first = tables_api.write_parquet(bulletins[:2], tmp_path / "out")
    second = tables_api.write_parquet(bulletins[2:], tmp_path / "out")
    assert Path(first).parent == Path(second).parent == tmp_path / "out"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [Path(first).name, Path(second).name, "_incoming"]
    )
    assert Path(first).name < Path(second).name  # batches sort in the order written
    for batch in (first, second):
        assert sorted(p.name for p in Path(batch).iterdir()) == sorted(
            f"{name}.parquet" for name in SCHEMAS
        )
    meetings = tables_api.read_table(tmp_path / "out", "meetings")
    assert meetings.num_rows == sum(len(b.meetings) for b in bulletins)
    assert meetings.schema.equals(SCHEMAS["meetings"])
    assert list(tables_api.read_bulletins(tmp_path / "out")) == bulletins


def test_a_failed_batch_leaves_the_folder_as_it_was(
    tmp_path: Path, bulletins: list[Bulletin], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    kept = tables_api.write_parquet(bulletins[:1], out)
    real_write = pq.ParquetWriter.write_table
    written: list[object] = []

    def failing_write(writer: pq.ParquetWriter, table: object, **options: object) -> None:
        written.append(table)
        if len(written) == 3:
            raise OSError("disk full")
        real_write(writer, table, **options)

    monkeypatch.setattr(pq.ParquetWriter, "write_table", failing_write)
    with pytest.raises(OSError, match="disk full"):
        tables_api.write_parquet(bulletins[1:], out)
    assert len(written) == 3
    assert [p.name for p in out.iterdir() if p.name.startswith("part-")] == [Path(kept).name]
    assert list((out / "_incoming").iterdir()) == []
    assert list(tables_api.read_bulletins(out)) == bulletins[:1]


def test_an_empty_or_missing_folder_reads_as_empty_tables(tmp_path: Path) -> None:
    for name in SCHEMAS:
        table = tables_api.read_table(tmp_path / "nothing", name)
        assert table.num_rows == 0
        assert table.schema.equals(SCHEMAS[name])
    assert list(tables_api.read_bulletins(tmp_path / "nothing")) == []
    with pytest.raises(KeyError, match="no table 'meeting'"):
        tables_api.read_table(tmp_path, "meeting")


def test_a_batch_without_a_newer_column_reads_it_as_null(
    tmp_path: Path, bulletins: list[Bulletin]
) -> None:
    out = tmp_path / "out"
    old = Path(tables_api.write_parquet(bulletins[:1], out))
    table = pq.read_table(old / "meetings.parquet")
    pq.write_table(table.drop_columns(["format", "topics"]), old / "meetings.parquet")
    tables_api.write_parquet(bulletins[1:2], out)
    meetings = tables_api.read_table(out, "meetings")
    old_rows = len(bulletins[0].meetings)
    assert meetings.column("format").to_pylist()[:old_rows] == [None] * old_rows
    assert meetings.column("topics").to_pylist()[old_rows:] == [
        list(m.topics) for m in bulletins[1].meetings
    ]


def test_pandas_loads_the_tables_and_joins_them_to_their_bulletin(
    tmp_path: Path, bulletins: list[Bulletin]
) -> None:
    pd = require("pandas", "test")
    tables_api.write_parquet(bulletins[:3], tmp_path)
    tables_api.write_parquet(bulletins[3:], tmp_path)
    frames = {
        name: pd.concat([pd.read_parquet(p) for p in tables_api.batch_paths(tmp_path, name)])
        for name in SCHEMAS
    }
    joined = frames["meetings"].merge(
        frames["bulletins"][["bulletin_id", "title"]], on="bulletin_id", how="left"
    )
    assert len(joined) == sum(len(b.meetings) for b in bulletins)
    assert joined["title"].notna().all()
    by_id = {b.id: b for b in bulletins}
    for row in joined.itertuples():
        assert row.title == by_id[row.bulletin_id].title
    people = frames["participants"].merge(
        frames["actors"], on=["bulletin_id", "actor_id"], how="left", validate="many_to_one"
    )
    assert people["name"].notna().all()


def test_duckdb_reads_the_folder_and_joins_back(tmp_path: Path, bulletins: list[Bulletin]) -> None:
    duckdb = require("duckdb", "test")
    tables_api.write_parquet(bulletins[:2], tmp_path)
    tables_api.write_parquet(bulletins[2:], tmp_path)
    db = duckdb.connect()

    def table(name: str) -> str:
        return f"read_parquet('{tmp_path}/part-*/{name}.parquet', union_by_name = true)"

    counts = db.sql(
        f"SELECT m.bulletin_id, b.title, count(*) FROM {table('meetings')} m "
        f"JOIN {table('bulletins')} b USING (bulletin_id) GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    expected = sorted((b.id, b.title, len(b.meetings)) for b in bulletins if b.meetings)
    assert counts == expected
    orphans = db.sql(
        f"SELECT count(*) FROM {table('participants')} p "
        f"ANTI JOIN {table('actors')} a USING (bulletin_id, actor_id)"
    ).fetchall()
    assert orphans == [(0,)]
