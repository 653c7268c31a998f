"""``bulletinkit parse FOLDER``: every page a reader exists for; other files skipped, counted."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bulletinkit.cli import main
from tests.batch.warcs import build_archive
from tests.conftest import REPO
from tests.parse.html._support import page_bytes

TEXT = (REPO / "tests" / "parse" / "bulletins" / "cc_license.txt").read_bytes()


def _mixed(root: Path) -> Path:
    folder = root / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_bytes(TEXT)
    (folder / "b.html").write_bytes(page_bytes("thinktank_wordpress.html"))
    (folder / "notes.md").write_bytes(TEXT)
    (folder / "sub" / "c.warc.gz").write_bytes(build_archive())
    (folder / "sub" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def test_a_folder_reads_text_html_and_warc_and_skips_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _mixed(tmp_path)
    out = tmp_path / "out.ndjson"
    assert main(["parse", str(folder), "-o", str(out), "--jobs", "1"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5  # a.txt, b.html, the archive's three pages
    assert records[0]["source_url"] == (folder / "a.txt").as_uri()
    assert records[2]["source_url"] == "https://site.example/0/"
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{folder / 'notes.md'}: skipped: not a page: no reader for .md files " + (
        "(expected a text, HTML or WARC file; name the file, or pass a glob, to read it anyway)"
    )
    assert err[1].startswith(f"{folder / 'sub' / 'logo.png'}: skipped: not a page")
    assert re.fullmatch(r"bulletinkit parse: 5 parsed, 2 skipped, 0 failed, 0 warnings .*", err[2])


def test_glob_filters_and_repeats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _mixed(tmp_path)
    assert main(["parse", str(folder), "--glob", "*.md", "--glob", "*.txt", "--jobs", "1"]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["source_url"] for line in out.splitlines()] == [
        (folder / "a.txt").as_uri(),
        (folder / "notes.md").as_uri(),  # matched by a glob: read as text
    ]
    assert "0 skipped" in err  # what a glob leaves out is not counted


def test_a_named_file_is_read_whatever_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _mixed(tmp_path)
    assert main(["parse", str(folder / "notes.md")]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Coast Guards Sign Cooperation Pact"


def test_a_folder_with_nothing_to_read_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.md").write_bytes(TEXT)
    (tmp_path / "y.png").write_bytes(b"\x89PNG")
    assert main(["parse", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no text, HTML or WARC file in" in err
    assert "(2 other files passed over)" in err
    assert main(["parse", str(tmp_path), "--glob", "*.rst", "--glob", "*.doc"]) == 2
    assert "no file matches '*.rst' or '*.doc' in" in capsys.readouterr().err
