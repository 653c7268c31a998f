"""``bulletinkit.batch``: every page's result, in input order, whatever the number of jobs."""

from __future__ import annotations

import pickle
from pathlib import Path

import attrs
import pendulum
import pytest

import bulletinkit
from bulletinkit import Bulletin, Hints, PageResult, parse_files, parse_path, parse_text
from bulletinkit.batch import find_pages, load_manifest, parse_pages
from bulletinkit.errors import ParseError, ValidationError
from tests.batch.pages import write_pages
from tests.conftest import REPO

PAGES = REPO / "tests" / "parse" / "bulletins"
GOOD = PAGES / "cc_license.txt"
UNDATED = PAGES / "analysis_undated.txt"


def test_public_names() -> None:
    for name in ("parse_files", "parse_path", "PageResult", "Hints"):
        assert name in bulletinkit.__all__
        assert getattr(bulletinkit, name) is getattr(bulletinkit.batch, name)


def test_a_page_gives_its_bulletin_and_file_uri() -> None:
    result = parse_path(GOOD)
    assert result.ok
    assert result.error is None
    assert result.code is None
    assert result.path == str(GOOD)
    assert result.bulletin is not None
    uri = GOOD.resolve().as_uri()
    assert result.bulletin.source_url == uri
    expected = parse_text(GOOD.read_text(encoding="utf-8"))
    assert result.bulletin == attrs.evolve(expected, source_url=uri)
    assert result.bulletin.id == expected.id  # the file's place does not change the id


def test_a_failing_page_carries_its_error_and_line(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"GIF89a\n\x01\x00\x01\x00\x00\x00")
    result = parse_path(binary)
    assert not result.ok
    assert isinstance(result.error, ParseError)
    assert result.line == 2
    assert result.code == "not-text"
    assert result.message.startswith("input is not text")
    assert result.error_record() == {
        "path": str(binary),
        "line": 2,
        "code": "not-text",
        "message": result.message,
    }


def test_parse_notes_are_the_warnings_and_strict_fails_the_page() -> None:
    lenient = parse_path(UNDATED)
    assert lenient.bulletin is not None
    assert lenient.bulletin.date is None
    assert [(w.code, w.location) for w in lenient.warnings] == [("no-date", "line 1")]
    assert lenient.warnings == lenient.bulletin.notes
    strict = parse_path(UNDATED, strict=True)
    assert not strict.ok
    assert strict.code == "no-date"
    assert strict.line == 1
    assert strict.message.endswith("(--strict)")
    assert strict.warnings == lenient.warnings


def test_a_listing_page_is_skipped() -> None:
    result = parse_path(PAGES / "listing_inline.txt")
    assert result.skipped
    assert result.code == "listing-page"
    assert result.line == 2


def test_hints_win_and_source_url_is_kept() -> None:
    titled = parse_path(UNDATED, hints=Hints(title="Given"))
    assert titled.bulletin is not None
    assert titled.bulletin.title == "Given"
    assert [w.code for w in titled.warnings] == ["no-date"]
    dated = parse_path(
        UNDATED,
        hints=Hints(date=pendulum.date(2020, 1, 2), title="Given", source_url="https://e.org/a"),
    )
    assert dated.bulletin is not None
    assert dated.bulletin.date == pendulum.date(2020, 1, 2)
    assert dated.bulletin.title == "Given"
    assert dated.bulletin.source_url == "https://e.org/a"
    assert dated.warnings == ()


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_come_in_input_order_for_any_jobs(tmp_path: Path, jobs: int) -> None:
    write_pages(tmp_path, 23)
    names = [UNDATED, tmp_path, GOOD]
    results = list(parse_files(names, jobs=jobs))
    expected = [UNDATED, *sorted(tmp_path.glob("*.txt")), *sorted(tmp_path.glob("sub/*.txt")), GOOD]
    assert [r.path for r in results] == [str(p) for p in expected]
    one = list(parse_files(names, jobs=1))
    assert results == one


def test_folders_are_walked_with_the_glob_and_hidden_files_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("a.txt", "b/c.txt", "b/d.md", ".hidden.txt", ".git/e.txt", "z.text"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert find_pages([tmp_path]) == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "z.text"),
        str(tmp_path / "b" / "c.txt"),
    ]
    assert find_pages([tmp_path], glob="*.md") == [str(tmp_path / "b" / "d.md")]
    # a file named explicitly is read whatever its name; a missing one is kept to fail
    assert find_pages([tmp_path / "z.text", "nope.txt", "-"]) == [
        str(tmp_path / "z.text"),
        "nope.txt",
        "-",
    ]


def test_too_large_page_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(GOOD.read_bytes() * 3)
    result = parse_path(big, max_bytes=len(GOOD.read_bytes()))
    assert result.code == "too-large"
    assert isinstance(result.error, ParseError)
    assert result.error.issue.code == "too-large"
    assert "over the limit" in result.message
    assert parse_path(big, max_bytes=10**6).code != "too-large"
    # bytes handed over (stdin, a Dask task) are checked too
    assert parse_path("x.txt", data=b"a" * 11, max_bytes=10).code == "too-large"


def test_unreadable_and_undecodable_pages(tmp_path: Path) -> None:
    missing = parse_path(tmp_path / "missing.txt")
    assert missing.code == "unreadable"
    assert missing.unreadable
    assert "cannot read" in missing.message
    latin = tmp_path / "latin.txt"
    # A lead in lower case would continue the line above it (no title): start it in capitals.
    page = "Date: 1 May 2020\nTitre\n\u00c9t\u00e9 \u00e0 Gen\u00e8ve."
    latin.write_bytes(page.encode("latin-1"))
    decoded = parse_path(latin, hints=Hints(encoding="utf-8"))
    assert decoded.code == "undecodable"
    assert decoded.unreadable
    assert decoded.line == 3
    detected = parse_path(latin)  # a legacy encoding is detected (the html extra)
    assert detected.ok
    assert detected.bulletin is not None
    assert detected.bulletin.lead == "\u00c9t\u00e9 \u00e0 Gen\u00e8ve."


def test_html_content_is_not_parsed_as_text(tmp_path: Path) -> None:
    page = tmp_path / "saved.txt"
    page.write_text(
        "\ufeff  <!DOCTYPE html><html><head><title>Talks</title></head><body><nav><a href='/'>"
        "Home</a></nav><article><h1>Talks</h1><p>The ministers met in Riga on 1 May 2020 "
        "to discuss energy.</p></article></body></html>"
    )
    result = parse_path(page)  # read as HTML (its content says so), not as text
    assert result.ok
    assert result.bulletin is not None
    assert result.bulletin.title == "Talks"
    assert result.bulletin.lead == "The ministers met in Riga on 1 May 2020 to discuss energy."


def test_results_and_errors_pickle(tmp_path: Path) -> None:
    for path in (GOOD, UNDATED, tmp_path / "missing.txt"):
        result = parse_path(path)
        again = pickle.loads(pickle.dumps(result))
        assert again == result
        assert again.path == result.path
        assert again.bulletin == result.bulletin
        assert again.code == result.code
        assert again.line == result.line
        assert again.message == result.message


def test_a_bug_is_an_internal_error_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import bulletinkit.parse

    def broken(text: str, **kwargs: object) -> Bulletin:
        raise RuntimeError("boom")

    monkeypatch.setattr(bulletinkit.parse, "parse_text", broken)
    results = list(parse_files([GOOD, GOOD], jobs=1))
    assert [r.code for r in results] == ["internal", "internal"]
    assert "RuntimeError: boom" in results[0].message


def test_manifest_gives_each_page_its_own_hints(tmp_path: Path) -> None:
    first, second = (tmp_path / "a.txt"), (tmp_path / "b.txt")
    text = "A lead paragraph about talks.\n\nA second paragraph.\n"
    first.write_text(text, encoding="utf-8")
    second.write_text(text, encoding="utf-8")
    manifest = tmp_path / "pages.csv"
    manifest.write_text(
        "path,date,title,source_url\n"
        "a.txt,2020-01-02,First,https://example.org/1\n"
        "b.txt,2021-03-04,Second,\n",
        encoding="utf-8",
    )
    hints = load_manifest(manifest)
    results = list(parse_pages([str(first), str(second)], jobs=2, hints=hints))
    bulletins = [r.bulletin for r in results]
    assert [b.title for b in bulletins if b] == ["First", "Second"]
    assert [str(b.date) for b in bulletins if b] == ["2020-01-02", "2021-03-04"]
    assert [b.source_url for b in bulletins if b] == ["https://example.org/1", second.as_uri()]
    jsonl = tmp_path / "pages.jsonl"
    jsonl.write_text('{"path": "a.txt", "title": "First"}\n\n{"path": "b.txt"}\n', encoding="utf-8")
    assert load_manifest(jsonl) == {
        str(first): Hints(title="First"),
        str(second): Hints(),
    }


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ("path,when\na.txt,x\n", 1, "the header must name"),
        ("path,date\na.txt,1.2.2020\n", 2, "date is not YYYY-MM-DD"),
        ("path\na.txt\na.txt\n", 3, "listed twice"),
        ("path,title\n,T\n", 2, "no path"),
    ],
)
def test_bad_manifests_name_the_line(tmp_path: Path, content: str, line: int, message: str) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        load_manifest(manifest)
    assert caught.value.issues[0].location == f"line {line}"
    assert message in caught.value.issues[0].message


def test_stopping_early_cancels_the_rest(tmp_path: Path) -> None:
    write_pages(tmp_path, 40)
    results = parse_files([tmp_path], jobs=2)
    first = next(results)
    assert first.ok
    results.close()  # type: ignore[attr-defined]  # the pool is shut down, nothing hangs


def test_page_result_is_exported_type() -> None:
    assert isinstance(parse_path(GOOD), PageResult)
