"""The progress line counts files, the total known in advance, and shows the pages seen."""

from __future__ import annotations

import io
import re

from bulletinkit.batch import PageResult, parse_files
from bulletinkit.cli._report import Reporter
from bulletinkit.errors import ParseError
from tests.batch.warcs import ARTICLES, build_archive
from tests.conftest import REPO

GOOD = REPO / "tests" / "parse" / "bulletins" / "cc_license.txt"


def _drawn(text: str) -> list[tuple[int, int, int, int]]:
    """(files done, files, percent, pages) of every progress line drawn."""
    found = re.findall(r"\r\x1b\[K(\d+)/(\d+) files \((\d+)%\), (\d+) pages, [\d.]+ pages/s", text)
    return [(int(a), int(b), int(c), int(d)) for a, b, c, d in found]


def _reporter(files: list[str], err: io.StringIO) -> Reporter:
    reporter = Reporter(files, progress=True, summary=True, err=err)
    reporter.interval = 0.0  # draw after every result
    return reporter


def test_an_archive_of_fifty_pages_does_not_take_progress_past_all(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    archive = folder / "crawl.warc.gz"
    archive.write_bytes(build_archive((ARTICLES * 17)[:50]))
    page = folder / "page.txt"
    page.write_bytes(GOOD.read_bytes())
    files = [str(archive), str(page)]
    err = io.StringIO()
    reporter = _reporter(files, err)
    for result in parse_files(files, jobs=1):
        reporter.add(result)
    reporter.close()
    drawn = _drawn(err.getvalue())
    assert len(drawn) == 51
    assert drawn[0] == (0, 2, 0, 1)  # in the archive: no file done yet
    assert drawn[49] == (0, 2, 0, 50)
    assert drawn[50] == (2, 2, 100, 51)
    assert all(percent <= 100 for _, _, percent, _ in drawn)
    assert "51 parsed, 0 skipped, 0 failed" in err.getvalue()


def test_files_are_followed_through_empty_archives_and_repeated_names() -> None:
    err = io.StringIO()
    files = ["a.warc", "b.warc", "c.txt", "c.txt", "-"]
    reporter = _reporter(files, err)
    fail = ParseError("bad", code="parse")
    for path in ("a.warc#1", "a.warc#4", "c.txt", "c.txt", "-"):  # b.warc gave no result
        reporter.add(PageResult(path=path, error=fail, code="parse"))
    reporter.close()
    assert [(done, pages) for done, _, _, pages in _drawn(err.getvalue())] == [
        (0, 1),
        (0, 2),
        (3, 3),
        (4, 4),
        (5, 5),
    ]
