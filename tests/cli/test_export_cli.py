"""``bulletinkit export``: JSON and NDJSON in, each format out, failures reported."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from bulletinkit import Bulletin, parse_text, to_json, to_ninjs, to_popolo, to_schema_org
from bulletinkit.cli import main
from bulletinkit.codec import write_ndjson
from bulletinkit.export import from_odrl
from tests.conftest import REPO, seed_paths

EXAMPLE = REPO / "examples" / "russia-monitor-example.txt"


def bulletins() -> list[Bulletin]:
    seed = parse_text(seed_paths()[0].read_text(encoding="utf-8"))
    return [seed, parse_text(EXAMPLE.read_text(encoding="utf-8"))]


@pytest.fixture
def json_file(tmp_path: Path) -> Path:
    path = tmp_path / "seed.json"
    path.write_text(to_json(bulletins()[0]), encoding="utf-8")
    return path


@pytest.fixture
def ndjson_file(tmp_path: Path) -> Path:
    path = tmp_path / "both.ndjson"
    with path.open("w", encoding="utf-8") as out:
        write_ndjson(bulletins(), out)
    return path


def test_one_bulletin_gives_one_document(
    json_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--to", "schema-org", str(json_file)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert json.loads(out) == to_schema_org(bulletins()[0])


def test_ndjson_gives_one_document_a_line(
    ndjson_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--to", "ninjs", str(ndjson_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == [to_ninjs(b) for b in bulletins()]


def test_popolo_is_one_document_for_all_files(
    json_file: Path, ndjson_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "people.json"
    assert (
        main(["export", "--to", "popolo", str(json_file), str(ndjson_file), "-o", str(target)]) == 0
    )
    assert capsys.readouterr().out == ""
    seed, example = bulletins()
    assert json.loads(target.read_text(encoding="utf-8")) == to_popolo([seed, seed, example])
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_odrl_uses_the_bulletin_uri(json_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--to", "odrl", str(json_file)]) == 0
    policy = json.loads(capsys.readouterr().out)
    seed = bulletins()[0]
    assert policy["permission"][0]["target"] == f"urn:bulletinkit:{seed.id}#text"
    assert from_odrl(policy) == seed.license


def test_bad_documents_are_reported_and_the_rest_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = bulletins()[0]
    unlicensed = Bulletin(title="No footer", date=seed.date)
    path = tmp_path / "mixed.ndjson"
    with path.open("w", encoding="utf-8") as out:
        write_ndjson([seed], out)
        out.write('{"title": 3, "date": "2021-01-01"}\n')
        write_ndjson([unlicensed], out)
    assert main(["export", "--to", "odrl", str(path)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert f"{path}:2: /title:" in err
    assert f"{path}:3: no license notice" in err


def test_unreadable_file_and_bad_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["export", "--to", "ninjs", str(tmp_path / "missing.json")]) == 2
    assert main(["export", "--to", "ninjs", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "missing.json: cannot read" in err
    assert "invalid JSON" in err


def test_unknown_format_is_a_usage_error(json_file: Path) -> None:
    assert main(["export", "--to", "rdf", str(json_file)]) == 2


def test_a_failed_write_leaves_the_old_file(
    json_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def disk_full(*_args: object, **_kwargs: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(json, "dumps", disk_full)  # to_popolo itself never calls it
    assert main(["export", "--to", "popolo", str(json_file), "-o", str(target)]) == 2
    assert "cannot write: No space left on device" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json", "seed.json"]
    monkeypatch.undo()
    assert main(["export", "--to", "ninjs", str(json_file), "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["uri"].startswith("urn:bulletinkit:")


def test_json_output_of_several_is_an_array(ndjson_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    assert main(["export", "--to", "schema-org", str(ndjson_file), "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8")) == [to_schema_org(b) for b in bulletins()]
    assert main(["export", "--to", "ninjs", "--format", "ndjson", str(ndjson_file)]) == 0


def test_format_rules_and_refusals(
    json_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--to", "ninjs", str(json_file), "-o", str(tmp_path / "x.txt")]) == 2
    assert "cannot tell the format" in capsys.readouterr().err
    before = json_file.read_text(encoding="utf-8")
    assert main(["export", "--to", "ninjs", str(json_file), "-o", str(json_file)]) == 2
    assert "also an input" in capsys.readouterr().err
    assert json_file.read_text(encoding="utf-8") == before
    unlicensed = tmp_path / "unlicensed.json"
    unlicensed.write_text(to_json(Bulletin(title="T", date=bulletins()[0].date)), "utf-8")
    target = tmp_path / "policy.json"
    target.write_text("old", encoding="utf-8")
    assert main(["export", "--to", "odrl", str(unlicensed), "-o", str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "old"  # nothing exported: left alone


def test_ndjson_records_stay_one_a_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = bulletins()[0]
    odd = attrs.evolve(seed, title="Line\u2028separator\u0085inside", id="odd")
    path = tmp_path / "odd.ndjson"
    with path.open("w", encoding="utf-8") as out:
        write_ndjson([odd, seed], out)
    assert main(["export", "--to", "schema-org", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["headline"] for line in lines] == [odd.title, seed.title]
