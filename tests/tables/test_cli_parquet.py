"""``bulletinkit parse --format parquet -o FOLDER`` on a folder of generated pages."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from benchmarks.corpus import make_text

from bulletinkit import iter_ndjson
from bulletinkit.cli import main
from tests.extras import require

tables_api = require("bulletinkit.tables", "tables")

PAGES = 6


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    for index in range(PAGES):
        text = make_text(random.Random(200 + index))
        (folder / f"page-{index:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_one_row_per_meeting_and_the_same_bulletins_as_ndjson(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "archive"
    assert main(["parse", str(pages), "--format", "parquet", "-o", str(out), "--quiet"]) == 0
    ndjson = tmp_path / "all.ndjson"
    assert main(["parse", str(pages), "-o", str(ndjson), "--quiet"]) == 0
    expected = list(iter_ndjson(ndjson.read_text("utf-8").splitlines()))
    assert len(expected) == PAGES
    assert list(tables_api.read_bulletins(out)) == expected
    meetings = tables_api.read_table(out, "meetings").to_pylist()
    keys = [(row["bulletin_id"], row["meeting_id"]) for row in meetings]
    assert keys == [(b.id, m.id) for b in expected for m in b.meetings]
    assert len(set(keys)) == len(keys) > PAGES  # every generated page reports meetings
    [batch] = [p for p in out.iterdir() if p.name.startswith("part-")]
    assert sorted(p.name for p in batch.iterdir()) == sorted(
        f"{name}.parquet" for name in tables_api.SCHEMAS
    )


def test_each_run_appends_one_batch(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "archive"
    first = sorted(pages.iterdir())[:2]
    assert main(["parse", *map(str, first), "--format", "parquet", "-o", str(out), "-q"]) == 0
    assert main(["parse", str(pages), "--format", "parquet", "-o", str(out), "-q"]) == 0
    assert len([p for p in out.iterdir() if p.name.startswith("part-")]) == 2
    assert tables_api.read_table(out, "bulletins").num_rows == 2 + PAGES


def test_failures_are_reported_and_the_rest_written(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01 binary")
    out, errors = tmp_path / "archive", tmp_path / "errors.ndjson"
    good = str(sorted(pages.iterdir())[0])
    argv = ["parse", good, str(bad), "--format", "parquet", "-o", str(out), "--errors", str(errors)]
    assert main(argv) == 1
    assert f"{bad}:1:" in capsys.readouterr().err
    assert tables_api.read_table(out, "bulletins").num_rows == 1
    assert '"code": "not-text"' in errors.read_text("utf-8")


def test_nothing_parsed_writes_no_batch(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01 binary")
    out = tmp_path / "archive"
    assert main(["parse", str(bad), "--format", "parquet", "-o", str(out)]) == 1
    assert not out.exists() or not [p for p in out.iterdir() if p.name.startswith("part-")]


def test_parquet_needs_an_output_folder(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(pages), "--format", "parquet"]) == 2
    assert "-o FOLDER" in capsys.readouterr().err


def test_without_pyarrow_it_says_what_to_install(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "bulletinkit.tables", None)
    assert main(["parse", str(pages), "--format", "parquet", "-o", str(tmp_path / "x")]) == 2
    assert "pip install 'bulletinkit[tables]'" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_parquet_runs_like_the_other_formats(tmp_path: Path) -> None:
    # one run for every format: the same --date-from and --encoding, the same --errors file
    from tests.batch.warcs import build_archive

    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(build_archive(("no_date.html", "not_found.html")))
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Date: 1 May 2020\nTalks in Zürich\nThey met in Zürich.\n".encode("cp1252"))
    common = [str(archive), str(latin), "--date-from", "crawl", "--encoding", "cp1252", "-q"]
    ndjson, errors_ndjson = tmp_path / "o.ndjson", tmp_path / "e1.ndjson"
    out, errors_parquet = tmp_path / "archive", tmp_path / "e2.ndjson"
    parquet = ["--format", "parquet", "-o", str(out)]
    assert main(["parse", *common, "-o", str(ndjson), "--errors", str(errors_ndjson)]) == 0
    argv = ["parse", *common, *parquet, "--errors", str(errors_parquet)]
    assert main(argv) == 0
    expected = list(iter_ndjson(ndjson.read_text("utf-8").splitlines()))
    written = list(tables_api.read_bulletins(out))
    assert written == expected
    assert [str(b.date) for b in written] == ["2024-03-05", "2020-05-01"]  # crawl date; cp1252
    assert errors_parquet.read_bytes() == errors_ndjson.read_bytes()
    assert b'"code": "not-article"' in errors_parquet.read_bytes()
