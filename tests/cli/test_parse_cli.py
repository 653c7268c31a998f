"""``bulletinkit parse``: files to JSON or NDJSON, failures reported and the batch kept."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from bulletinkit import Bulletin, from_json, iter_ndjson, parse_text
from bulletinkit.cli import main
from tests.conftest import REPO, seed_paths

PAGES = REPO / "tests" / "parse" / "bulletins"
GOOD = PAGES / "cc_license.txt"
LISTING = PAGES / "listing_inline.txt"


def test_seed_file_prints_one_json_document(capsys: pytest.CaptureFixture[str]) -> None:
    seed = seed_paths()[0]
    assert main(["parse", str(seed)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    document = json.loads(out)
    assert document["title"] == "Macron, Putin Discuss Belarus Border Tensions"
    assert document["date"] == "2021-11-19"
    assert document["series"]["name"] == "Russia Monitor"
    assert document["series"]["publisher"] == "Warsaw Institute"
    assert document["appeal"].startswith("If content prepared by Warsaw Institute team")
    assert document["license"]["text"].startswith("All texts published by")
    bulletin = from_json(out, Bulletin)
    assert document["source_url"] == seed.resolve().as_uri()  # where the record came from
    expected = parse_text(seed.read_text(encoding="utf-8"))
    assert bulletin == attrs.evolve(expected, source_url=seed.resolve().as_uri())


def test_several_files_give_ndjson(capsys: pytest.CaptureFixture[str]) -> None:
    names = ["wi_blurb_blank_lines.txt", "byline_date.txt", "cc_license.txt"]
    assert main(["parse", *(str(PAGES / name) for name in names)]) == 0
    out, _ = capsys.readouterr()
    assert len(out.splitlines()) == 3
    titles = [b.title for b in iter_ndjson(out.splitlines())]
    assert titles == [
        "Baku and Ashgabat Agree to Resume Gas Swap Talks",
        "Why the Summit Failed",
        "Coast Guards Sign Cooperation Pact",
    ]


def test_ndjson_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.ndjson"
    assert main(["parse", str(GOOD), "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["title"] == "Coast Guards Sign Cooperation Pact"


def test_json_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert main(["parse", str(GOOD), "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["date"] == "2022-09-01"


def test_listing_page_is_reported_skipped_and_batch_continues(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["parse", str(LISTING), str(GOOD)]) == 0
    out, err = capsys.readouterr()
    assert err.startswith(f"{LISTING}:2: skipped: this is a listing page")
    assert "expected one bulletin per page" in err
    assert [b.title for b in iter_ndjson(out.splitlines())] == [
        "Coast Guards Sign Cooperation Pact"
    ]


def test_binary_and_non_utf8_files_fail_with_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Date: 1 May 2020\nTitle\nZa\u017c\u00f3\u0142\u0107".encode("cp1250"))
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"GIF89a\n\x01\x00\x01\x00\x00\x00")
    # undecodable text is unreadable input (2, as from `validate`); binary text fails (1)
    assert main(["parse", str(latin), str(binary), "--encoding", "utf-8"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert lines[0].startswith(f"{latin}:3: cannot decode as utf-8: byte b'\\xbf' at offset 25")
    assert lines[1].startswith(f"{binary}:2: input is not text")
    assert "Traceback" not in err


def test_stdin_with_caller_values(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "The lead is a sentence about talks.\n\nA second paragraph.\n"
    stdin = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    args = ["parse", "-", "--date", "2020-05-01", "--title", "Given", "--source-url", "u:x"]
    assert main(args) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["date"] == "2020-05-01"
    assert document["title"] == "Given"
    assert document["source_url"] == "u:x"
    assert document["lead"] == "The lead is a sentence about talks."


def test_empty_stdin_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    assert main(["parse", "-"]) == 1
    assert capsys.readouterr().err.startswith("<stdin>:1: input is empty")


@pytest.mark.parametrize(
    "args",
    [["parse"], ["parse", str(GOOD), "--date", "19.11.2021"], ["parse", "--bogus", str(GOOD)]],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert "usage:" in capsys.readouterr().err


def test_missing_file_exit_2_after_the_others(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(PAGES / "no-such-page.txt"), str(GOOD)]) == 2
    out, err = capsys.readouterr()
    assert "no-such-page.txt: cannot read" in err
    assert len(out.splitlines()) == 1


def test_console_entry_point_reads_stdin() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bulletinkit", "parse", "-"],
        input=GOOD.read_bytes(),
        capture_output=True,
        check=False,
        env={"PYTHONPATH": str(REPO / "src")},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["series"]["name"] == "Nordic Security Brief"


def test_unwritable_output_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing-dir" / "out.ndjson"
    assert main(["parse", str(GOOD), "-o", str(target)]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_a_bug_on_one_file_does_not_stop_the_batch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import bulletinkit.parse

    real = bulletinkit.parse.parse_text

    def flaky(text: str, **kwargs: Any) -> Bulletin:
        if "Why the Summit Failed" in text:
            raise RuntimeError("boom")
        return real(text, **kwargs)

    monkeypatch.setattr(bulletinkit.parse, "parse_text", flaky)
    assert main(["parse", str(PAGES / "byline_date.txt"), str(GOOD)]) == 1
    out, err = capsys.readouterr()
    assert "byline_date.txt: internal error (RuntimeError: boom)" in err
    assert len(out.splitlines()) == 1
