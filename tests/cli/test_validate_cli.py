"""``bulletinkit validate`` and ``bulletinkit schema`` through ``bulletinkit.cli.main``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bulletinkit.cli import main
from bulletinkit.schemas import SCHEMA_NAMES, schema_text
from tests.conftest import REPO
from tests.schemas.catalogue import example

EXAMPLE = REPO / "examples" / "bulletin.json"


def _write(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _bad() -> dict[str, object]:
    doc = example()
    doc["date"] = "2021-02-30"
    doc["meetings"][0]["participants"][1] = "nobody"  # type: ignore[index]
    return doc


def test_valid_example_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(EXAMPLE)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "1 document(s) checked, 0 invalid" in err


def test_invalid_file_exits_1_with_one_line_per_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "bad.json", _bad())
    assert main(["validate", str(path)]) == 1
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        f"{path}:/date: '2021-02-30' is not a valid calendar date [pattern]"
    ]


def test_checks_run_once_the_schema_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = example()
    doc["meetings"][0]["participants"][1] = "nobody"
    path = _write(tmp_path / "dangling.json", doc)
    assert main(["validate", str(path)]) == 1
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        f"{path}:/meetings/0/participants/1: participant 'nobody' is not the id of an actor "
        "of this bulletin [BK102]"
    ]
    assert main(["validate", "--no-checks", str(path)]) == 0


def test_warnings_do_not_fail_unless_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = example()
    doc["meetings"][0]["participants"].append("emmanuel-macron")
    path = _write(tmp_path / "twice.json", doc)
    assert main(["validate", str(path)]) == 0
    out, _ = capsys.readouterr()
    assert (
        out == f"{path}:/meetings/0/participants/2: "
        "warning: 'emmanuel-macron' is listed twice [BK203]\n"
    )
    assert main(["validate", "--strict", str(path)]) == 1


def test_ndjson_reports_the_line_of_each_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = example()
    bad["schema_version"] = "1.0"  # a 1.0 bulletin must have its title
    del bad["title"]
    lines = [json.dumps(example()), "", json.dumps(bad), json.dumps(example())]
    path = tmp_path / "feed.ndjson"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == f"{path}:3:(root): 'title' is a required property [required]\n"
    assert "3 document(s) checked, 1 invalid" in err


def test_ndjson_is_recognised_by_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "feed.txt"
    path.write_text(json.dumps(example()) + "\n" + json.dumps(example()) + "\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert "2 document(s) checked" in capsys.readouterr().err


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(_bad())))
    assert main(["validate", "-"]) == 1
    assert capsys.readouterr().out.startswith("<stdin>:/date: ")


def test_other_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    actor = {"id": "fr", "name": "France", "kind": "state", "country": "XX"}
    path = _write(tmp_path / "actor.json", actor)
    assert main(["validate", "--schema", "actor", str(path)]) == 1
    assert capsys.readouterr().out == f"{path}:/country: 'XX' is not a valid country code [enum]\n"


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"title": ', encoding="utf-8")
    assert main(["validate", str(EXAMPLE), str(broken), str(tmp_path / "missing.json")]) == 2
    err = capsys.readouterr().err
    assert f"{broken}:1: invalid JSON: " in err  # the words are the JSON backend's
    assert "(column 11)" in err
    assert f"{tmp_path / 'missing.json'}: cannot read:" in err


def test_invalid_and_unreadable_exits_2(tmp_path: Path) -> None:
    bad = _write(tmp_path / "bad.json", _bad())
    assert main(["validate", str(bad), str(tmp_path / "missing.json")]) == 2


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 2
    assert main(["validate", "--schema", "nope", str(EXAMPLE)]) == 2
    assert "invalid choice: 'nope'" in capsys.readouterr().err


def test_schema_prints_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    for name in SCHEMA_NAMES:
        assert main(["schema", name]) == 0
        assert capsys.readouterr().out == schema_text(name)


def test_schema_without_name_lists_the_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert capsys.readouterr().out.split() == list(SCHEMA_NAMES)


def test_unknown_schema_exits_2_with_the_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "bulletins"]) == 2
    err = capsys.readouterr().err
    assert "unknown schema 'bulletins'" in err
    assert "bulletin, actor, meeting, license-notice, defs, country-code" in err


def test_python_dash_m_runs_the_validate_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bulletinkit", "validate", str(EXAMPLE)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO / "src"), "PATH": ""},
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_parse_output_validates(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = REPO / "examples" / "russia-monitor-example.txt"
    if not page.exists():
        pytest.skip("no example page")
    assert main(["parse", str(page)]) == 0
    parsed = capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO(parsed))
    assert main(["validate", "-"]) == 0
    assert "1 document(s) checked, 0 invalid" in capsys.readouterr().err


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_text("\ufeff" + json.dumps(example()), encoding="utf-8")
    assert main(["validate", str(path)]) == 0


def test_ndjson_bad_line_is_reported_and_the_next_lines_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = example()
    bad["date"] = "2021-02-30"
    worse = example()
    worse["title"] = 3
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps(bad), "{oops", json.dumps(worse), "[" * 100_000, json.dumps(example())]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    assert main(["validate", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == (
        f"{path}:1:/date: '2021-02-30' is not a valid calendar date [pattern]\n"
        f"{path}:3:/title: expected string, got integer [type]\n"
    )
    assert f"{path}:2: invalid JSON: " in err  # the words are the JSON backend's
    assert f"{path}:4: /0/0/0/" in err
    assert "nested deeper than 128 levels" in err
    assert "3 document(s) checked, 2 invalid" in err


def test_an_array_inside_a_json_array_is_one_invalid_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the CLI reads a top-level array item by item; an item that is itself an array is
    # not a second batch (validate() says the same of [[doc]])
    from bulletinkit.schemas import validate

    nested = [[example()]]
    path = _write(tmp_path / "nested.json", nested)
    assert main(["validate", "--no-checks", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith(f"{path}:/0: ")
    assert "[type]" in out
    assert "1 document(s) checked, 1 invalid" in err
    assert not validate(nested, checks=False).ok
