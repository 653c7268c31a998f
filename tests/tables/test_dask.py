"""Dask: a glob of pages to bulletins on a two-process LocalCluster, equal to one process."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.corpus import make_text

from bulletinkit import Bulletin, iter_ndjson, parse_text
from tests.extras import require

bk_dask = require("bulletinkit.dask", "dask")
dask = require("dask", "dask")
distributed = require("distributed", "dask")
tables_api = require("bulletinkit.tables", "tables")

PAGES = 8
BINARY = b"\x00\x01\x02 not a page\n"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    for index in range(PAGES):
        text = make_text(random.Random(100 + index))
        (folder / f"page-{index:03d}.txt").write_text(text, encoding="utf-8")
    (folder / "page-900-binary.txt").write_bytes(BINARY)
    return folder


def _expected(pages: Path) -> list[Bulletin]:
    """The single-process answer: parse_text on each good page, with its file:// URI."""
    return [
        parse_text(path.read_text(encoding="utf-8"), source_url=path.absolute().as_uri())
        for path in sorted(pages.glob("page-0*.txt"))
    ]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as connected:
        yield connected
    assert cluster.status.name == "closed"


def test_it_imports_the_real_dask() -> None:
    assert bk_dask.db.__name__ == "dask.bag"
    assert "bulletinkit" not in Path(dask.__file__).parts


def test_ndjson_on_two_worker_processes_equals_one_process(
    client: object, pages: Path, tmp_path: Path
) -> None:
    results = bk_dask.read_pages(str(pages / "*.txt"), partition_size=4)
    assert results.npartitions == 3
    written = bk_dask.to_ndjson(results, str(tmp_path / "out"))
    assert (written.pages, written.bulletins) == (PAGES + 1, PAGES)
    files = sorted((tmp_path / "out").glob("bulletins-*.ndjson"))
    lines = [line for file in files for line in file.read_text("utf-8").splitlines()]
    assert list(iter_ndjson(lines)) == _expected(pages)
    [failure] = written.failures
    assert failure.path == str(pages / "page-900-binary.txt")
    assert failure.code == "not-text"
    assert failure.error.line == 1
    [errors] = sorted((tmp_path / "out").glob("errors-*.ndjson"))
    assert json.loads(errors.read_text("utf-8")) == failure.error_record()


def test_ndjson_on_two_worker_processes_equals_the_cli(
    client: object, pages: Path, tmp_path: Path
) -> None:
    from bulletinkit.cli import main

    cli_out = tmp_path / "cli.ndjson"
    assert main(["parse", str(pages), "-o", str(cli_out), "--jobs", "1", "--quiet"]) == 1
    cli_lines = cli_out.read_text("utf-8").splitlines()
    written = bk_dask.to_ndjson(bk_dask.read_pages(str(pages / "*.txt")), str(tmp_path / "out"))
    files = sorted((tmp_path / "out").glob("bulletins-*.ndjson"))
    dask_lines = [line for file in files for line in file.read_text("utf-8").splitlines()]
    assert dask_lines == cli_lines  # the same records, byte for byte, in the same order
    assert len(dask_lines) == written.bulletins == PAGES


def test_parquet_on_two_worker_processes_equals_one_process(
    client: object, pages: Path, tmp_path: Path
) -> None:
    results = bk_dask.read_pages([str(pages / "page-*.txt")], partition_size=5)
    written = bk_dask.to_parquet(results, str(tmp_path / "archive"))
    assert len(written.paths) == 2  # 9 pages, 5 a partition
    assert [f.code for f in written.failures] == ["not-text"]
    expected = _expected(pages)
    assert list(tables_api.read_bulletins(tmp_path / "archive")) == expected
    single = tables_api.to_tables(expected)
    for name in tables_api.SCHEMAS:
        assert tables_api.read_table(tmp_path / "archive", name).equals(single[name]), name


def test_the_bag_keeps_every_page_in_order(client: object, pages: Path) -> None:
    results = bk_dask.read_pages(str(pages / "*.txt"), partition_size=3).compute()
    assert [Path(r.path).name for r in results] == sorted(p.name for p in pages.iterdir())
    assert [r.ok for r in results] == [True] * PAGES + [False]


def test_any_fsspec_url_in_and_out(pages: Path) -> None:
    fsspec = require("fsspec", "dask")
    memory = fsspec.filesystem("memory")
    for path in sorted(pages.glob("page-00[0-2].txt")):
        memory.pipe(f"/bk-test/in/{path.name}", path.read_bytes())
    try:
        with dask.config.set(scheduler="sync"):  # memory:// lives in this process only
            results = bk_dask.read_pages("memory://bk-test/in/*.txt")
            written = bk_dask.to_parquet(results, "memory://bk-test/out")
        assert written.bulletins == 3
        out = memory.unstrip_protocol("/bk-test/out")
        assert {p.rsplit("/", 1)[0] for p in written.paths} == {out}
        assert all(p.startswith(f"{out}/part-") for p in written.paths)
        pyarrow_fs = require("pyarrow.fs", "tables")
        filesystem = pyarrow_fs.PyFileSystem(pyarrow_fs.FSSpecHandler(memory))
        back = list(tables_api.read_bulletins("/bk-test/out", filesystem=filesystem))
        urls = [memory.unstrip_protocol(f"/bk-test/in/page-00{i}.txt") for i in range(3)]
        assert [b.source_url for b in back] == urls
    finally:
        memory.rm("/bk-test", recursive=True)


def test_nothing_matching_is_an_error(tmp_path: Path) -> None:
    from bulletinkit import BulletinkitError

    with pytest.raises(BulletinkitError, match="no page matches"):
        bk_dask.read_pages(str(tmp_path / "*.txt"))
