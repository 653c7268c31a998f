"""Hostile JSON gets a located error from either backend, and a batch goes on."""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletinkit import Actor, Bulletin, ValidationError, from_json, to_dict, validate
from bulletinkit._codec import backend
from bulletinkit.cli import main
from bulletinkit.codec import MAX_DEPTH, from_dict, iter_ndjson, to_json
from bulletinkit.errors import SHOWN, Issue
from tests import strategies
from tests.schemas.catalogue import example

BACKENDS: dict[str, Callable[[str | bytes], Any]] = {"json": backend.loads_std}
if backend.orjson is not None:
    BACKENDS["orjson"] = backend.loads_fast
DEEP = "[" * 1_000_000
GOOD = json.dumps(example())


@pytest.fixture(params=list(BACKENDS))
def loads(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run the test with one backend as bulletinkit's ``loads``."""
    monkeypatch.setattr(backend, "loads", BACKENDS[request.param])
    return BACKENDS[request.param]


def _issues(text: str | bytes, **kwargs: Any) -> list[tuple[str, str, str]]:
    with pytest.raises(ValidationError) as caught:
        from_json(text, Bulletin, **kwargs)
    return [(i.code, i.location, i.message) for i in caught.value.issues]


def _nested(depth: int, leaf: str = "1") -> str:
    return "[" * (depth - 1) + leaf + "]" * (depth - 1)


POINTER = "/extra" + "/0" * (MAX_DEPTH - 1)  # the first value past the limit


def test_the_limit_is_documented_and_at_most_1000() -> None:
    assert 5 < MAX_DEPTH <= 1000


@pytest.mark.parametrize("lenient", [False, True])
@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 600, 1_100, 1_000_000])
def test_nesting_past_the_limit_is_a_depth_issue(loads: Any, lenient: bool, depth: int) -> None:
    text = '{"schema_version": "1.0", "extra": ' + _nested(depth) + "}"
    [(code, location, message)] = _issues(text, lenient=lenient)
    assert code == "depth"
    assert location == POINTER
    assert f"nested deeper than {MAX_DEPTH} levels" in message


def test_nesting_at_the_limit_is_kept_in_lenient_extras(loads: Any) -> None:
    document = example()
    document["extra"] = json.loads(_nested(MAX_DEPTH - 1))  # the document is level 1
    bulletin = from_json(json.dumps(document), Bulletin, lenient=True)
    assert bulletin.extra["extra"] == document["extra"]
    assert json.loads(to_json(bulletin))["extra"] == document["extra"]
    with pytest.raises(ValidationError) as caught:
        from_json(json.dumps(document), Bulletin)
    assert [i.code for i in caught.value.issues] == ["unknown-key"]


def test_a_million_brackets_everywhere(loads: Any, capsys: pytest.CaptureFixture[str]) -> None:
    [(code, location, _)] = _issues(DEEP)
    assert (code, location) == ("depth", "/0" * MAX_DEPTH)  # the root is level 1
    got = list(iter_ndjson([GOOD, DEEP, GOOD], errors="collect"))
    assert [type(x).__name__ for x in got] == ["Bulletin", "ValidationError", "Bulletin"]
    error = got[1]
    assert isinstance(error, ValidationError)
    assert error.issues[0].location.startswith("line 2: /0/0/")


@pytest.mark.parametrize("backend", [None, "jsonschema"])  # the default, and the pure one
def test_validate_refuses_deep_data_without_recursion_error(backend: str | None) -> None:
    deep: Any = []
    for _ in range(5_000):
        deep = [deep]
    for schema in ("bulletin", "actor", {"type": "array", "items": {"$ref": "#"}}):
        document = {"schema_version": "1.0", "title": deep, "date": "2021-01-01"}
        report = validate(document, schema, backend=backend)
        assert [(p.code, p.location) for p in report.problems] == [
            ("depth", "/title" + "/0" * (MAX_DEPTH - 1))
        ]


@pytest.mark.parametrize(
    ("text", "message", "location"),
    [
        ('{"a": NaN}', "NaN is not a JSON value", "line 1, column 7"),
        ('{"a":\n  Infinity}', "Infinity is not a JSON value", "line 2, column 3"),
        ('{"a": -Infinity}', "-Infinity is not a JSON value", "line 1, column 7"),
        ('{"a": [1, 1e400]}', "the number is too large for a double", "line 1, column 11"),
        ('{"a": "\\ud800"}', "a lone surrogate is not valid JSON text", "line 1, column 8"),
        ('{"a": "x\\udc00"}', "a lone surrogate is not valid JSON text", "line 1, column 9"),
        ('{"a": "\ud800"}', "a lone surrogate is not valid JSON text", "line 1, column 8"),
        (b'{"a": "\xed\xa0\x80"}', "the text is not valid UTF-8", "line 1, column 8"),
        (b'{"a": "\xff"}', "the text is not valid UTF-8", "line 1, column 8"),
    ],
)
def test_both_backends_refuse_alike(
    loads: Any, text: str | bytes, message: str, location: str
) -> None:
    [(code, where, said)] = _issues(text)
    assert code == "json"
    assert message in said
    assert where == location


def test_both_backends_word_each_refusal_the_same() -> None:
    if len(BACKENDS) < 2:
        pytest.skip("orjson is not installed")
    for text in ['{"a": NaN}', "[1e999]", '"\\udfff"', DEEP, '{"a":{"b":1,"b":2}}']:
        said = []
        for parse in BACKENDS.values():
            with pytest.raises(backend.JSONSyntaxError) as caught:
                parse(text)
            error = caught.value
            said.append((error.code, error.message, error.line, error.column, error.pointer))
        assert said[0] == said[1], text


@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        ('{"schema_version": "1.0", "title": "a", "title": "b"}', "/title"),
        ('{"actors": [{"id": "a"}, {"id": "b", "id": "c"}]}', "/actors/1/id"),
        ('{"a": {"x:y": 1, "x:y": 2}}', "/a/x:y"),
        ('{"a": "\\u003a", "a": 1}', "/a"),  # an escaped colon defeats no count
        ('{"a~/b": 1, "a~/b": 1}', "/a~0~1b"),
        ('{"n": 1, "s": "x", "l": [2, {"k": 1, "k": 2}]}', "/l/1/k"),  # found by fuzz_json
    ],
)
def test_duplicate_keys_are_an_error_with_the_pointer(loads: Any, text: str, pointer: str) -> None:
    assert _issues(text) == [
        (
            "duplicate-key",
            pointer,
            "this key appears twice in the same object (JSON readers would keep only one)",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        '{"a": "::::", "b": {"c": ":"}}',
        '{"a": "\\u003a", "b": "\\u003A"}',
        '{"a": 1, "b": {"a": 1}}',
        '[{"a": 1}, {"a": 1}]',
    ],
)
def test_equal_keys_in_different_objects_and_colons_in_strings_are_fine(
    loads: Any, text: str
) -> None:
    assert loads(text) == json.loads(text)


_KEYS = st.text(':\\"a', max_size=3)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs=st.lists(st.tuples(_KEYS, _KEYS), max_size=5))
def test_duplicate_detection_matches_an_exact_reader(pairs: list[tuple[str, str]]) -> None:
    text = "{" + ",".join(f"{json.dumps(k)}:{json.dumps(v)}" for k, v in pairs) + "}"
    repeated = len({k for k, _ in pairs}) < len(pairs)
    for parse in BACKENDS.values():
        if repeated:
            with pytest.raises(backend.JSONSyntaxError) as caught:
                parse(text)
            assert caught.value.code == "duplicate-key"
        else:
            assert parse(text) == dict(pairs)


def test_ndjson_errors_raise_skip_or_collect() -> None:
    lines = [GOOD, "{oops", GOOD.replace('"title"', '"title": 1, "title"', 1), "", GOOD]
    with pytest.raises(ValidationError) as caught:
        list(iter_ndjson(lines))
    assert caught.value.issues[0].location.startswith("line 2, column")
    assert len(list(iter_ndjson(lines, errors="skip"))) == 2
    collected = list(iter_ndjson(lines, Bulletin, errors="collect"))
    assert [type(x).__name__ for x in collected] == [
        "Bulletin",
        "ValidationError",
        "ValidationError",
        "Bulletin",
    ]
    third = collected[2]
    assert isinstance(third, ValidationError)
    assert [(i.code, i.location) for i in third.issues] == [("duplicate-key", "line 3: /title")]
    with pytest.raises(ValueError, match="errors must be"):
        list(iter_ndjson(lines, errors="ignore"))  # type: ignore[call-overload]


def test_many_problems_are_capped_in_str_but_kept_in_issues() -> None:
    issues = [Issue(code="x", message=f"problem {n}", location=f"/{n}") for n in range(200_000)]
    error = ValidationError(issues)
    text = str(error)
    assert len(error.issues) == 200_000
    assert len(text) < 2_000
    assert text.splitlines()[0] == "200000 problems:"
    assert text.splitlines()[SHOWN] == f"  /{SHOWN - 1}: problem {SHOWN - 1}"
    assert text.splitlines()[-1] == f"  and {200_000 - SHOWN} more (all are in .issues)"


def test_cli_caps_the_problems_of_a_document(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    document = example()
    document["paragraphs"] = [" "] * 500
    path = tmp_path / "many.json"  # type: ignore[operator]
    path.write_text(json.dumps(document), "utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == SHOWN + 1
    assert out[-1] == f"{path}: and {500 - SHOWN} more problem(s) not shown"
    assert len(validate(document).problems) == 500


def test_an_array_of_bulletins_validates_item_by_item(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = example()
    bad["date"] = "2021-02-30"
    batch = [example(), bad, example()]
    report = validate(batch)
    assert [(p.location, p.code) for p in report.problems] == [("/1/date", "pattern")]
    assert report.best is not None
    assert report.best.location == "/1/date"
    assert validate([example(), example()]).ok
    path = tmp_path / "batch.json"  # type: ignore[operator]
    path.write_text(json.dumps(batch), "utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert out == f"{path}:/1/date: '2021-02-30' is not a valid calendar date [pattern]\n"


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bulletin=strategies.bulletins())
def test_validate_takes_a_model_as_well_as_a_dict(bulletin: Bulletin) -> None:
    by_model = validate(bulletin)
    by_dict = validate(to_dict(bulletin))
    assert by_model.problems == by_dict.problems
    actor = from_dict(
        {"schema_version": "1.0", "id": "fr", "name": "France", "kind": "state"}, Actor
    )
    assert validate(actor, "actor").ok


def test_a_file_object_of_hostile_lines_is_read_to_the_end() -> None:
    feed = io.StringIO("\n".join([GOOD, '{"a": NaN}', DEEP, '"\\ud800"', GOOD]) + "\n")
    got = list(iter_ndjson(feed, errors="collect"))
    assert [isinstance(x, Bulletin) for x in got] == [True, False, False, False, True]


def test_an_array_inside_a_batch_is_not_a_batch() -> None:
    nested = json.loads("[" * 900 + "]" * 900)  # found by scripts/fuzz_json.py
    report = validate(nested)
    assert [(p.code, p.location) for p in report.problems] == [("depth", "/0" * (MAX_DEPTH + 1))]
    assert [(p.code, p.location) for p in validate([[[]]]).problems] == [("type", "/0")]


def _with_frames(frames: int, call: Callable[[], object]) -> object:
    return call() if frames == 0 else _with_frames(frames - 1, call)


@pytest.mark.parametrize("parse", list(BACKENDS.values()), ids=list(BACKENDS))
def test_deep_text_read_from_any_stack_depth_is_a_located_error(parse: Any) -> None:
    # found by scripts/fuzz_json.py: text the standard library could just parse, then
    # could not write back (to check a surrogate pair) from a deeper stack
    outcomes = set()
    for leaf in ('"\\ud83d\\ude00"', '{"a": 1, "a": 2}'):
        for depth in range(MAX_DEPTH + 1, 1_100):  # every depth: the window is a few levels
            text = "[" * depth + leaf + "]" * depth
            try:
                _with_frames(20, functools.partial(parse, text))
            except backend.JSONSyntaxError as error:
                outcomes.add((error.code, error.pointer))
            else:
                outcomes.add(("read", None))
    assert outcomes <= {("depth", "/0" * MAX_DEPTH), ("read", None)}
    assert ("depth", "/0" * MAX_DEPTH) in outcomes


@pytest.mark.parametrize("backend_name", ["jsonschema", "jsonschema-rs"])
def test_validate_refuses_lone_surrogates_in_parsed_data(backend_name: str) -> None:
    # found by scripts/fuzz_json.py: json.loads keeps them, the bulletin id cannot hash them
    if backend_name == "jsonschema-rs":
        pytest.importorskip("jsonschema_rs")
    for document, where in (
        ({"schema_version": "1.0", "title": "t\udfff", "date": "2021-01-01"}, "/title"),
        ({"schema_version": "1.0", "title": "t", "date": "2021-01-01", "x\ud800": 1}, "/x\ud800"),
    ):
        report = validate(document, backend=backend_name)
        assert [(p.code, p.location) for p in report.problems] == [("json", where)]
