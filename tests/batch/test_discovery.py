"""Which files of a folder a batch reads: every kind a reader exists for, and no other."""

from __future__ import annotations

from pathlib import Path

import pytest

from bulletinkit.batch import find_pages, list_pages, parse_files
from bulletinkit.batch._readers import SUFFIXES, suffix_format
from tests.batch.warcs import build_archive
from tests.conftest import REPO
from tests.parse.html._support import page_bytes

TEXT = (REPO / "tests" / "parse" / "bulletins" / "cc_license.txt").read_bytes()

# name -> whether a folder walk reads it by default
FOLDER = {
    "a.txt": True,
    "b.HTML": True,  # suffixes in any case
    "c.htm": True,
    "d.text": True,
    "e.warc.gz": True,
    "f.xhtml": True,
    "g.warc": True,
    "notes.md": False,
    "pic.jpg": False,
    "README": False,
    "archive.gz": False,  # .gz alone is not .warc.gz
    "sub/h.shtml": True,
    "sub/i.csv": False,
}


def _folder(root: Path) -> Path:
    folder = root / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "x.txt").write_bytes(TEXT)
    (folder / ".y.txt").write_bytes(TEXT)
    for name in FOLDER:
        (folder / name).write_bytes(b"x")
    return folder


def _walk_order(folder: Path) -> list[str]:
    # os.walk: a folder's files (sorted), then its sub-folders
    top = sorted(n for n in FOLDER if "/" not in n)
    return [str(folder / n) for n in top + sorted(n for n in FOLDER if "/" in n)]


def test_a_folder_gives_every_file_a_reader_exists_for(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    every = _walk_order(folder)
    wanted = [p for p in every if FOLDER[Path(p).relative_to(folder).as_posix()]]
    assert find_pages([folder]) == wanted
    listing = list_pages([folder])
    assert list(listing.paths) == every  # hidden files and folders are not listed at all
    assert [listing.paths[i] for i in sorted(listing.passed_over)] == [
        p for p in every if p not in wanted
    ]
    assert listing.pages == wanted


def test_the_default_follows_the_reader_table() -> None:
    # one source of truth: every suffix the content sniffer falls back on is in the table
    from bulletinkit.parse.html import detect

    for suffix in (*detect._HTML_SUFFIXES, *detect._WARC_SUFFIXES):
        assert suffix in SUFFIXES, suffix
    for suffix, kind in SUFFIXES.items():
        assert suffix_format(f"page{suffix.upper()}") == kind
        assert suffix_format(f"dir{suffix}/page") is None
    assert suffix_format(".txt") is None  # a hidden name, not a suffix


def test_globs_filter_and_may_be_repeated(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert find_pages([folder], glob="*.md") == [str(folder / "notes.md")]
    assert find_pages([folder], glob=["*.csv", "*.md"]) == [
        str(folder / "notes.md"),
        str(folder / "sub" / "i.csv"),
    ]
    listing = list_pages([folder], glob="*.txt")
    assert listing.paths == (str(folder / "a.txt"),)  # with a glob nothing is passed over
    assert listing.passed_over == frozenset()


def test_a_file_named_explicitly_is_always_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    named = [folder / "pic.jpg", folder / "notes.md", folder / "README"]
    listing = list_pages(named)
    assert listing.paths == tuple(str(p) for p in named)
    assert listing.passed_over == frozenset()


@pytest.mark.parametrize("jobs", [1, 2])
def test_passed_over_files_are_skipped_results_in_place(tmp_path: Path, jobs: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(TEXT)
    (folder / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "c.html").write_bytes(page_bytes("thinktank_wordpress.html"))
    (folder / "d.warc.gz").write_bytes(build_archive())
    (folder / "e").write_bytes(TEXT)
    results = list(parse_files([folder, folder / "e"], jobs=jobs))
    names = [r.path.removeprefix(f"{folder}/") for r in results]
    archive = ["d.warc.gz#1", "d.warc.gz#2", "d.warc.gz#3"]
    # e: the folder passes it over; named, it is read
    assert names == ["a.txt", "b.png", "c.html", *archive, "e", "e"]
    assert [r.ok for r in results] == [True, False, True, True, True, True, False, True]
    png, no_suffix = results[1], results[6]
    assert png.skipped
    assert png.code == "unknown-format"
    assert png.message.startswith("not a page: no reader for .png files")
    assert no_suffix.skipped
    assert "files without a suffix" in no_suffix.message
