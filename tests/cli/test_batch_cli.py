"""``bulletinkit parse`` as a batch tool: formats, exit codes, hints, summary, --jobs."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from bulletinkit import iter_ndjson
from bulletinkit.batch import PageResult
from bulletinkit.cli import build_parser, main
from bulletinkit.cli._report import Reporter
from bulletinkit.errors import ParseError
from tests.batch.pages import write_pages
from tests.conftest import REPO

PAGES = REPO / "tests" / "parse" / "bulletins"
GOOD = PAGES / "cc_license.txt"
OTHER = PAGES / "byline_date.txt"
UNDATED = PAGES / "analysis_undated.txt"


def _titles(text: str) -> list[str]:
    return [b.title for b in iter_ndjson(text.splitlines())]


def test_json_output_with_several_pages_is_an_array_that_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "both.json"
    assert main(["parse", str(GOOD), str(OTHER), "-o", str(target)]) == 0
    documents = json.loads(target.read_text(encoding="utf-8"))
    assert [d["title"] for d in documents] == [
        "Coast Guards Sign Cooperation Pact",
        "Why the Summit Failed",
    ]
    capsys.readouterr()
    assert main(["validate", str(target)]) == 0
    assert "2 document(s) checked, 0 invalid" in capsys.readouterr().err


def test_json_output_of_one_page_is_one_document(tmp_path: Path) -> None:
    target = tmp_path / "one.json"
    assert main(["parse", str(GOOD), "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["title"].startswith("Coast Guards")


def test_a_folder_is_a_batch_even_with_one_page(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(GOOD.read_bytes())
    target = tmp_path / "out.json"
    assert main(["parse", str(folder), "-o", str(target), "-q"]) == 0
    assert isinstance(json.loads(target.read_text(encoding="utf-8")), list)


@pytest.mark.parametrize("suffix", [".ndjson", ".jsonl"])
def test_ndjson_extensions(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"out{suffix}"
    assert main(["parse", str(GOOD), "-o", str(target)]) == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 1


def test_format_flag_wins_over_the_extension(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert main(["parse", str(GOOD), str(OTHER), "-o", str(target), "--format", "ndjson"]) == 0
    assert _titles(target.read_text(encoding="utf-8"))[1] == "Why the Summit Failed"
    assert main(["parse", str(GOOD), "--format", "ndjson", "-o", str(tmp_path / "o.txt")]) == 0


def test_an_unknown_extension_needs_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(GOOD), "-o", str(tmp_path / "out.txt")]) == 2
    assert "--format" in capsys.readouterr().err
    assert not (tmp_path / "out.txt").exists()


def test_stdout_is_json_for_one_page_and_ndjson_for_several(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["parse", str(GOOD)]) == 0
    assert json.loads(capsys.readouterr().out)["title"].startswith("Coast Guards")
    assert main(["parse", str(GOOD), str(OTHER), "-q"]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 2
    assert main(["parse", str(GOOD), "--format", "ndjson"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_each_record_says_where_it_came_from(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(GOOD), str(OTHER), "-q"]) == 0
    urls = [json.loads(line)["source_url"] for line in capsys.readouterr().out.splitlines()]
    assert urls == [GOOD.resolve().as_uri(), OTHER.resolve().as_uri()]


@pytest.mark.parametrize(
    "flag", [["--date", "2020-01-01"], ["--title", "T"], ["--source-url", "u"]]
)
def test_per_page_hints_are_refused_for_several_pages(
    tmp_path: Path, flag: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(GOOD), str(OTHER), *flag]) == 2
    assert "--manifest" in capsys.readouterr().err
    assert main(["parse", str(PAGES), *flag]) == 2
    capsys.readouterr()
    assert (
        main(["parse", str(UNDATED), "--date", "2020-01-01", "-o", str(tmp_path / "o.json")]) == 0
    )


def test_manifest_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = tmp_path / "m.jsonl"
    rows = [
        {"path": str(UNDATED), "date": "2019-12-31", "source_url": "https://example.org/u"},
        {"path": str(GOOD), "title": "Renamed"},
    ]
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["parse", str(UNDATED), str(GOOD), "--manifest", str(manifest), "-q"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[0]["date"] == "2019-12-31"
    assert records[0]["source_url"] == "https://example.org/u"
    assert records[1]["title"] == "Renamed"
    assert main(["parse", str(GOOD), "--manifest", str(manifest), "--date", "2020-01-01"]) == 2
    manifest.write_text('{"path": "x", "date": "soon"}\n', encoding="utf-8")
    assert main(["parse", str(GOOD), "--manifest", str(manifest)]) == 2
    assert f"{manifest}:1: date is not YYYY-MM-DD" in capsys.readouterr().err


def test_undecodable_input_has_the_same_status_from_parse_and_validate(tmp_path: Path) -> None:
    data = '{"title": "\u00e9t\u00e9"}\n'.encode("latin-1")
    page, document = tmp_path / "p.txt", tmp_path / "p.json"
    page.write_bytes(data)
    document.write_bytes(data)
    # parse would detect latin-1: forced to UTF-8 it cannot decode the file either.
    assert main(["parse", str(page), "--encoding", "utf-8"]) == 2
    assert main(["validate", str(document)]) == 2


def test_undecodable_bytes_get_the_same_message_from_parse_and_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"title": "ok"}\n{"title": "Za\xbf"}\n')
    assert main(["validate", str(bad)]) == 2
    from_validate = capsys.readouterr().err.splitlines()[0]
    assert main(["parse", str(bad), "--encoding", "utf-8"]) == 2
    from_parse = capsys.readouterr().err.splitlines()[0]
    expected = f"{bad}:2: cannot decode as utf-8: byte b'\\xbf' at offset 29"
    assert from_validate.startswith(expected)
    assert from_parse.startswith(expected)


def test_a_legacy_encoded_text_page_is_decoded_or_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "latin.txt"
    text = "Date: 1 May 2020\nTalks in Zürich\nThe ministers met in Zürich on Monday.\n"
    page.write_bytes(text.encode("latin-1"))
    assert main(["parse", str(page)]) == 0  # detected (charset-normalizer, html extra)
    assert json.loads(capsys.readouterr().out)["title"] == "Talks in Zürich"
    assert main(["parse", str(page), "--encoding", "latin-1"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Talks in Zürich"
    assert main(["parse", str(page), "--encoding", "klingon-8"]) == 2
    assert "unknown encoding 'klingon-8'" in capsys.readouterr().err


def test_errors_file_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    errors = tmp_path / "errors.ndjson"
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"GIF89a\n\x01\x00\x01\x00\x00\x00")
    listing = PAGES / "listing_inline.txt"
    args = ["parse", str(GOOD), str(binary), str(missing), str(listing), str(UNDATED)]
    args += ["--errors", str(errors)]
    assert main([*args, "-o", str(tmp_path / "out.ndjson")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{binary}:2: input is not text")
    assert err[1].startswith(f"{missing}: cannot read:")
    assert err[2].startswith(f"{listing}:2: skipped: this is a listing page")
    assert err[3].startswith(f"{UNDATED}:1: warning: ")
    assert err[3].endswith("[no-date]")
    assert re.fullmatch(
        r"bulletinkit parse: 2 parsed, 1 skipped, 2 failed, 1 warnings in [\d.]+ s "
        r"\([\d.]+ pages/s\)",
        err[4],
    )
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(r["path"], r["line"], r["code"]) for r in records] == [
        (str(binary), 2, "not-text"),
        (str(missing), None, "unreadable"),
        (str(listing), 2, "listing-page"),
    ]
    assert main([*args[:3], "-q"]) == 1
    assert capsys.readouterr().err.count("\n") == 1  # the failure only: no summary
    assert main(["parse", str(GOOD), str(listing), "-q"]) == 0  # skipped is not failed


def test_too_large_pages_fail_with_the_limit(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(GOOD), "--max-bytes", "100"]) == 1
    assert "over the limit of 100 bytes" in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["2", "3"])
def test_identical_output_for_any_jobs(tmp_path: Path, jobs: str) -> None:
    write_pages(tmp_path / "in", 30)
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01binary")
    one, many = tmp_path / "one.ndjson", tmp_path / "many.ndjson"
    assert main(["parse", str(tmp_path / "in"), "-o", str(one), "--jobs", "1", "-q"]) == 1
    assert main(["parse", str(tmp_path / "in"), "-o", str(many), "--jobs", jobs, "-q"]) == 1
    assert one.read_bytes() == many.read_bytes()
    assert len(one.read_text(encoding="utf-8").splitlines()) == 30


def test_progress_line_is_drawn_on_a_terminal_and_erased() -> None:
    err = io.StringIO()
    reporter = Reporter(["a.txt", "b.txt"], progress=True, summary=True, err=err)
    reporter.add(PageResult(path="a.txt", error=ParseError("bad page", line=3), code="parse"))
    reporter.close()
    text = err.getvalue()
    assert "1/2 files (50%), 1 pages" in text
    assert text.startswith("a.txt:3: bad page\n")
    assert "\r\x1b[Kbulletinkit parse: 0 parsed, 0 skipped, 1 failed, 0 warnings" in text


def test_no_progress_line_when_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(GOOD), str(OTHER), "-o", str(tmp_path / "o.ndjson")]) == 0
    err = capsys.readouterr().err
    assert "\r" not in err
    assert err.startswith("bulletinkit parse: 2 parsed")


def _helps() -> list[tuple[str, str]]:
    parser = build_parser()
    texts = [("bulletinkit", parser.format_help())]
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for name, sub in action.choices.items():  # type: ignore[union-attr]
            texts.append((name, sub.format_help()))
    return texts


def test_every_help_text_is_plain_text() -> None:
    helps = _helps()
    assert {name for name, _ in helps} >= {"bulletinkit", "parse", "validate", "schema", "version"}
    for name, text in helps:
        for markup in ("``", ":func:", ":class:", ":mod:", ".. "):
            assert markup not in text, (name, markup)


def test_help_names_the_exit_codes() -> None:
    for name, text in _helps():
        if name in ("bulletinkit", "parse", "validate", "schema"):
            assert "Exit status" in text, name


def test_validate_and_schema_write_their_output_atomically(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1.0"}', encoding="utf-8")
    assert main(["validate", str(bad), "-o", str(report)]) == 1
    assert report.read_text(encoding="utf-8").startswith(f"{bad}:")
    schema = tmp_path / "bulletin.schema.json"
    assert main(["schema", "bulletin", "-o", str(schema)]) == 0
    assert json.loads(schema.read_text(encoding="utf-8"))["$schema"].startswith("https://")
    assert main(["schema", "nope", "-o", str(schema)]) == 2
    assert json.loads(schema.read_text(encoding="utf-8"))  # untouched


def test_parse_notes_are_printed_and_strict_fails_the_page(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["parse", str(UNDATED)]) == 0
    out, err = capsys.readouterr()
    assert "date" not in json.loads(out)  # none: the page states none
    assert err.startswith(f"{UNDATED}:1: warning: ")
    assert err.endswith(" [no-date]\n")
    assert err.count("\n") == 1
    assert main(["parse", str(UNDATED), str(GOOD), "--strict"]) == 1
    out, err = capsys.readouterr()
    assert _titles(out) == ["Coast Guards Sign Cooperation Pact"]
    lines = err.splitlines()
    assert lines[0].startswith(f"{UNDATED}:1: warning: ")
    assert lines[1].startswith(f"{UNDATED}:1: ")
    assert lines[1].endswith("(--strict)")
    assert lines[-1].startswith("bulletinkit parse: 1 parsed, 0 skipped, 1 failed, 1 warnings")


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    write_pages(tmp_path, 40)
    command = [sys.executable, "-m", "bulletinkit", "parse", str(tmp_path), "--jobs", "2", "-q"]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as run:
        assert run.stdout is not None
        assert run.stdout.readline().startswith(b"{")
        run.stdout.close()  # like `| head -1`
        err = run.stderr.read() if run.stderr else b""
    assert run.returncode == 0, err
    assert err == b""


def test_an_unlistable_folder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "a.txt").write_bytes(GOOD.read_bytes())
    real_scandir = os.scandir

    def scandir(path: str) -> object:  # as a folder without read permission (root has it)
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert main(["parse", str(tmp_path), "-q", "--jobs", "1"]) == 2
    out, err = capsys.readouterr()
    assert f"{locked}: cannot read" in err
    assert json.loads(out.splitlines()[0])["title"].startswith("Coast Guards")


def test_progress_is_drawn_when_stderr_is_a_terminal(tmp_path: Path) -> None:
    import os
    import pty
    import subprocess
    import sys

    write_pages(tmp_path / "in", 12)
    command = [sys.executable, "-m", "bulletinkit", "parse", str(tmp_path / "in")]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    for extra, drawn in (([], True), (["--quiet"], False)):
        leader, follower = pty.openpty()
        try:
            done = subprocess.run(
                [*command, *extra, "-o", str(tmp_path / "out.ndjson"), "--jobs", "2"],
                stderr=follower,
                env=env,
                check=False,
                timeout=120,
            )
            os.close(follower)
            seen = b""
            while True:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # the terminal's other end is closed: all read
                    break
                if not chunk:
                    break
                seen += chunk
        finally:
            os.close(leader)
        assert done.returncode == 0
        assert (b"12/12 files (100%), 12 pages" in seen) is drawn
        assert (b"bulletinkit parse: 12 parsed" in seen) is drawn
