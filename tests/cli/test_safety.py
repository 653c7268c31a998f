"""Data safety: outputs are replaced at once or not at all; an output is never an input."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bulletinkit.atomic import OutputIsInput, atomic_output, refuse_overwriting_inputs
from bulletinkit.cli import main
from tests.batch.pages import write_pages
from tests.conftest import REPO

PAGES = REPO / "tests" / "parse" / "bulletins"
GOOD = PAGES / "cc_license.txt"
OLD = "the old output, which must survive\n"


def _old(path: Path) -> Path:
    path.write_text(OLD, encoding="utf-8")
    return path


def test_atomic_output_replaces_on_success_and_keeps_the_mode(tmp_path: Path) -> None:
    target = _old(tmp_path / "out.json")
    target.chmod(0o640)
    with atomic_output(target) as out:
        out.write("new\n")
        assert target.read_text(encoding="utf-8") == OLD  # not yet
    assert target.read_text(encoding="utf-8") == "new\n"
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


@pytest.mark.parametrize("error", [RuntimeError("bug"), KeyboardInterrupt()])
def test_atomic_output_keeps_the_old_file_on_error(tmp_path: Path, error: BaseException) -> None:
    target = _old(tmp_path / "out.json")

    def write_then_fail() -> None:
        with atomic_output(target) as out:
            out.write("half")
            raise error

    with pytest.raises(type(error)):
        write_then_fail()
    assert target.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]  # no temporary left


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        with atomic_output(tmp_path / "new.json") as out:
            out.write("{}\n")
    finally:
        os.umask(umask)
    assert (tmp_path / "new.json").stat().st_mode & 0o777 == 0o644


def test_refuse_overwriting_inputs_by_any_name(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("x", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(page)
    for output in (page, link, tmp_path / "." / "p.txt"):
        with pytest.raises(OutputIsInput):
            refuse_overwriting_inputs([output], [str(page)])
    with pytest.raises(OutputIsInput):
        refuse_overwriting_inputs([tmp_path / "new.json"], [str(tmp_path / "." / "new.json")])
    with pytest.raises(OutputIsInput, match="named twice"):
        refuse_overwriting_inputs([tmp_path / "o.json", tmp_path / "o.json"], [])
    refuse_overwriting_inputs([None, "-", tmp_path / "o.json"], ["-", str(page)])


@pytest.mark.parametrize("flag", ["-o", "--errors"])
def test_parse_refuses_an_output_that_is_an_input(
    tmp_path: Path, flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "p.txt"
    page.write_bytes(GOOD.read_bytes())
    assert main(["parse", str(page), flag, str(page), "--format", "json"]) == 2
    assert "is also an input" in capsys.readouterr().err
    assert page.read_bytes() == GOOD.read_bytes()
    # inside a folder argument too
    assert main(["parse", str(tmp_path), "-o", str(page)]) == 2
    assert page.read_bytes() == GOOD.read_bytes()


def test_validate_refuses_an_output_that_is_an_input(tmp_path: Path) -> None:
    document = _old(tmp_path / "doc.json")
    assert main(["validate", str(document), "-o", str(document)]) == 2
    assert document.read_text(encoding="utf-8") == OLD


@pytest.mark.parametrize(
    ("inputs", "status"),
    [(["missing.txt"], 2), (["BINARY"], 1), ([str(PAGES / "listing_blocks.txt")], 0)],
)
def test_nothing_parsed_leaves_the_output_untouched(
    tmp_path: Path, inputs: list[str], status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"GIF89a\n\x01\x00\x01\x00\x00\x00")
    inputs = [str(binary) if name == "BINARY" else name for name in inputs]
    target = _old(tmp_path / "keep.json")
    assert main(["parse", *inputs, "-o", str(target)]) == status
    assert target.read_text(encoding="utf-8") == OLD
    assert capsys.readouterr().err


def test_a_crash_while_writing_leaves_the_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bulletinkit.cli import _records

    target = _old(tmp_path / "out.ndjson")
    calls = []

    def interrupted(self: object, record: object) -> None:
        calls.append(record)
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(_records.RecordWriter, "write", interrupted)
    args = ["parse", str(GOOD), str(PAGES / "byline_date.txt"), str(GOOD), "--jobs", "1"]
    assert main([*args, "-o", str(target)]) == 130
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == "bulletinkit: interrupted"
    assert "Traceback" not in err
    assert target.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ndjson"]


@pytest.mark.parametrize("whole_group", [True, False], ids=["ctrl-c", "sigint-to-parent"])
def test_sigint_in_the_middle_of_a_batch(tmp_path: Path, whole_group: bool) -> None:
    pages = tmp_path / "pages"
    write_pages(pages, 150)
    target = _old(tmp_path / "out.ndjson")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bulletinkit",
            "parse",
            str(pages),
            "-o",
            str(target),
            "--jobs",
            "2",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        start_new_session=True,  # its own process group, as a terminal would make it
    )
    deadline = time.monotonic() + 60
    while not any(p.stat().st_size for p in tmp_path.glob(".out.ndjson.*.tmp")):  # mid-run
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    if whole_group:
        os.killpg(process.pid, signal.SIGINT)
    else:
        process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    text = err.decode()
    assert process.returncode == 130, text
    assert text.strip().splitlines() == ["bulletinkit: interrupted"]
    assert target.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ndjson", "pages"]


def test_export_refuses_an_output_that_is_an_input(tmp_path: Path) -> None:
    document = tmp_path / "bulletin.json"
    document.write_bytes((REPO / "examples" / "bulletin.json").read_bytes())
    before = document.read_bytes()
    assert main(["export", "--to", "ninjs", str(document), "-o", str(document)]) == 2
    assert document.read_bytes() == before
    target = _old(tmp_path / "out.json")
    assert main(["export", "--to", "ninjs", str(document), "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") != OLD
