"""The benchmark entry point runs on a tiny corpus, so it cannot rot. No timing is asserted."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from benchmarks import run
from benchmarks.prepare import prepare
from benchmarks.sections import DEPENDENCY_MODULES
from benchmarks.subjects import RAW_FAST

import bulletinkit
from tests.conftest import REPO

SECTIONS = ("meta", "corpus", "codec", "validation", "parse_text", "import", "memory", "targets")


def _statuses(node: Any) -> list[str]:
    """Every ``status`` anywhere in a result."""
    if isinstance(node, dict):
        found = [node["status"]] if isinstance(node.get("status"), str) else []
        return found + [status for value in node.values() for status in _statuses(value)]
    if isinstance(node, list):
        return [status for value in node for status in _statuses(value)]
    return []


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The JSON result of the command line on the tiny corpus with one round."""
    output = tmp_path_factory.mktemp("bench") / "latest.json"
    assert run.main(["--tiny", "--rounds", "1", "--output", str(output)]) == 0
    result: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
    return result


def test_result_has_every_section(tiny: dict[str, Any]) -> None:
    assert set(SECTIONS) <= set(tiny)
    assert tiny["meta"]["preset"] == "tiny"
    assert set(tiny["corpus"]["text"]) == {"1", "10"}


def test_no_row_failed(tiny: dict[str, Any]) -> None:
    statuses = _statuses(tiny)
    assert statuses
    assert "error" not in statuses, json.dumps(tiny, indent=1)[:3000]


def test_every_target_has_a_verdict(tiny: dict[str, Any]) -> None:
    names = [row["target"] for row in tiny["targets"]]
    assert len(names) == len(set(names)) >= 9
    assert {row["status"] for row in tiny["targets"]} <= {"PASS", "MISS", "N/A"}
    assert any(name.startswith("import") for name in names)


def test_import_section_compares_bulletinkit_with_its_dependencies(tiny: dict[str, Any]) -> None:
    rows = tiny["import"]["rows"]
    assert rows["bulletinkit"]["status"] == rows["dependencies"]["status"] == "ok"
    assert rows["bulletinkit"]["median"] >= 0


def test_parse_text_rows_name_their_sizes(tiny: dict[str, Any]) -> None:
    rows = tiny["parse_text"]
    assert rows["10"]["chars"] > 5 * rows["1"]["chars"]


@pytest.mark.parametrize("name", ["msgspec", "pydantic"])
def test_competitor_rows_are_measured_when_installed(tiny: dict[str, Any], name: str) -> None:
    pytest.importorskip(name)
    decode = tiny["codec"].get("decode", {})
    if not decode:
        pytest.skip("bulletinkit.codec is not on this branch: no documents to decode")
    assert decode[name]["1"]["status"] == "ok"
    assert tiny["codec"]["same_data"][name] is True  # it read and wrote the whole document
    assert tiny["memory"][name]["status"] == "ok"


def test_missing_optional_libraries_are_reported_not_fatal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without the dev and fast extras (as in the README's test install) the run still works:
    those rows say "not installed" and their targets "N/A"."""
    for name in ("msgspec", "pydantic", "orjson", "jsonschema_rs"):
        monkeypatch.setitem(sys.modules, name, None)  # makes `import name` fail
    result = run.run("tiny", rounds=1, only=("codec", "validation", "import", "memory"))
    for name in ("msgspec", "pydantic"):
        assert result["import"]["rows"][name] == {"status": "not installed"}
        if "decode" in result["codec"]:
            assert result["codec"]["decode"][name]["1"] == {"status": "not installed"}
            assert result["memory"][name] == {"status": "not installed"}
    if "decode" in result["codec"]:
        assert result["codec"]["decode"]["orjson"]["1"] == {"status": "not installed"}
    if "times" in result["validation"]:
        assert result["validation"]["times"][RAW_FAST]["1"] == {"status": "not installed"}
    by_name = {row["target"]: row["status"] for row in result["targets"]}
    assert by_name["decode: bulletinkit time / msgspec time"] == "N/A"
    assert by_name["memory: bulletinkit bytes / msgspec bytes per bulletin"] == "N/A"
    assert (
        by_name["schema validation: jsonschema time / fast default time (identical verdicts)"]
        == "N/A"
    )
    assert "error" not in _statuses(result)


def test_corpus_is_deterministic() -> None:
    first = prepare(7, {1: 2}, {1: 2, 10: 1})
    second = prepare(7, {1: 2}, {1: 2, 10: 1})
    assert first.summary == second.summary
    assert first.texts == second.texts
    assert prepare(8, {1: 2}, {1: 2}).texts != first.texts


def test_corpus_pages_and_documents_are_all_different() -> None:
    # A stream of copies of one page would let per-process memos flatter the figures.
    prepared = prepare(7, {1: 3}, {1: 3, 10: 2})
    for pages in prepared.texts.values():
        assert len(set(pages)) == len(pages)
    assert prepared.docs is not None
    assert len(set(prepared.docs[1])) == 3


def test_benchmarks_stay_out_of_the_test_run() -> None:
    tomllib = pytest.importorskip("tomllib")
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["tool"]["pytest"]["ini_options"]["testpaths"] == ["tests"]
    assert not list((REPO / "benchmarks").glob("test_*.py"))
    assert not list((REPO / "benchmarks").glob("*_test.py"))


def test_dependency_list_matches_pyproject() -> None:
    tomllib = pytest.importorskip("tomllib")
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    names = {
        requirement.split(">")[0].split("=")[0].split("[")[0].strip()
        for requirement in pyproject["project"]["dependencies"]
    }
    assert set(DEPENDENCY_MODULES) == names


_BAD_MEMBERS = {
    "title": 123,
    "lead": None,
    "language": "   ",
    "surprise": True,
}


@pytest.mark.parametrize("name", ["msgspec", "pydantic"])
@pytest.mark.parametrize(("member", "value"), list(_BAD_MEMBERS.items()))
def test_competitor_models_reject_what_bulletinkit_rejects(
    name: str, member: str, value: object
) -> None:
    """The competitors measured against bulletinkit enforce the same rules, so the
    comparison is fair: a wrong type, a null, a blank string or an unknown member fails."""
    pytest.importorskip(name)
    from benchmarks.competitors import load

    codec = pytest.importorskip("bulletinkit.codec")
    docs = prepare(3, {1: 1}, {}).docs
    assert docs is not None
    document = json.loads(docs[1][0])
    load(name).decode(docs[1][0])  # the valid document passes
    document[member] = value
    broken = json.dumps(document).encode()
    with pytest.raises(Exception):  # noqa: B017, PT011 - each library has its own error type
        load(name).decode(broken)
    with pytest.raises(bulletinkit.ValidationError):
        codec.from_json(broken, bulletinkit.Bulletin)


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ("XX", ("actors", 0, "country")),
        ("2021-02-30", ("meetings", 0, "date")),
        ("2021-11-15/2021-11-01", ("meetings", 0, "date")),
    ],
)
@pytest.mark.parametrize("name", ["msgspec", "pydantic"])
def test_competitor_models_check_countries_and_dates(
    name: str, change: str, path: tuple[str | int, ...]
) -> None:
    pytest.importorskip(name)
    from benchmarks.competitors import load

    docs = prepare(3, {1: 1}, {}).docs
    assert docs is not None
    document = json.loads(docs[1][0])
    node = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = change
    with pytest.raises(Exception):  # noqa: B017, PT011
        load(name).decode(json.dumps(document).encode())
