"""``write_parquet`` in parts: row groups appended as bulletins come, the same tables."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.corpus import make_text

from bulletinkit import Bulletin, iter_ndjson, parse_text
from bulletinkit.cli import main
from tests.extras import require

pq = require("pyarrow.parquet", "tables")
tables_api = require("bulletinkit.tables", "tables")
parquet = require("bulletinkit.tables.parquet", "tables")
SCHEMAS = tables_api.SCHEMAS


@pytest.fixture(scope="module")
def bulletins() -> list[Bulletin]:
    return [parse_text(make_text(random.Random(300 + i))) for i in range(7)]


def _files(batch: str) -> dict[str, Path]:
    return {name: Path(batch) / f"{name}.parquet" for name in SCHEMAS}


def test_a_batch_written_in_parts_equals_one_written_at_once(
    tmp_path: Path, bulletins: list[Bulletin]
) -> None:
    at_once = tables_api.write_tables(tables_api.to_tables(bulletins), tmp_path / "a")
    in_parts = tables_api.write_parquet(iter(bulletins), tmp_path / "b", part_size=2)
    for name, path in _files(in_parts).items():
        expected = pq.read_table(_files(at_once)[name])
        written = pq.read_table(path)
        assert written.equals(expected, check_metadata=True), name
        assert written.schema.metadata == expected.schema.metadata
        assert written.schema.metadata[b"bulletinkit.table"] == name.encode()
    groups = pq.ParquetFile(_files(in_parts)["bulletins"]).metadata.num_row_groups
    assert groups == 4  # 2 + 2 + 2 + 1 bulletins
    assert list(tables_api.read_bulletins(tmp_path / "b")) == bulletins


def test_one_part_is_byte_for_byte_the_one_shot_file(
    tmp_path: Path, bulletins: list[Bulletin]
) -> None:
    for count in (3, 0):  # with rows, and every table empty
        at_once = tables_api.write_tables(tables_api.to_tables(bulletins[:count]), tmp_path / "a")
        in_parts = tables_api.write_parquet(bulletins[:count], tmp_path / "b")
        for name, path in _files(in_parts).items():
            assert path.read_bytes() == _files(at_once)[name].read_bytes(), (count, name)


def test_parts_are_built_one_at_a_time(
    tmp_path: Path, bulletins: list[Bulletin], monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[int] = []
    real = tables_api.to_tables

    def counting(part: list[Bulletin]) -> object:
        built.append(len(part))
        return real(part)

    monkeypatch.setattr(tables_api, "to_tables", counting)
    pulled: list[int] = []

    def stream() -> Iterator[Bulletin]:
        for bulletin in bulletins:
            pulled.append(len(built))  # parts written before this bulletin was asked for
            yield bulletin

    tables_api.write_parquet(stream(), tmp_path / "out", part_size=3)
    assert built == [3, 3, 1]
    assert pulled == [0, 0, 0, 1, 1, 1, 2]  # the first part is written before the fourth


def test_a_failure_in_a_later_part_adds_no_batch(tmp_path: Path, bulletins: list[Bulletin]) -> None:
    def failing() -> Iterator[Bulletin]:
        yield from bulletins[:4]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        tables_api.write_parquet(failing(), tmp_path / "out", part_size=2)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [parquet.INCOMING]
    assert list((tmp_path / "out" / parquet.INCOMING).iterdir()) == []
    with pytest.raises(ValueError, match="part_size"):
        tables_api.write_parquet(bulletins, tmp_path / "out", part_size=0)


def test_the_cli_writes_parquet_in_parts(
    tmp_path: Path, bulletins: list[Bulletin], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for index in range(5):
        text = make_text(random.Random(300 + index))
        (folder / f"{index}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(tables_api, "PART_SIZE", 2)
    out, ndjson = tmp_path / "archive", tmp_path / "all.ndjson"
    assert main(["parse", str(folder), "--format", "parquet", "-o", str(out), "-q"]) == 0
    assert main(["parse", str(folder), "-o", str(ndjson), "-q"]) == 0
    [batch] = [p for p in out.iterdir() if p.name.startswith("part-")]
    assert pq.ParquetFile(batch / "bulletins.parquet").metadata.num_row_groups == 3
    expected = list(iter_ndjson(ndjson.read_text("utf-8").splitlines()))
    assert list(tables_api.read_bulletins(out)) == expected
    assert [b.title for b in expected] == [b.title for b in bulletins[:5]]
