"""Bad documents: each is rejected with every problem, at its JSON pointer, with its code."""

from __future__ import annotations

import copy
import datetime
from typing import Any

import pendulum
import pytest

from bulletinkit import (
    Actor,
    ActorKind,
    Bulletin,
    Duty,
    Meeting,
    Role,
    Span,
    ValidationError,
    from_dict,
    from_json,
    to_dict,
    to_json,
)

GOOD: dict[str, Any] = {
    "schema_version": "1.0",
    "title": "Ministers Meet in Vilnius",
    "date": "2022-03-04",
    "series": {"name": "Baltic Monitor"},
    "lead": "The ministers met.",
    "paragraphs": ["They talked."],
    "actors": [
        {
            "id": "jane-doe",
            "name": "Jane Doe",
            "kind": "person",
            "roles": [{"title": "Minister", "country": "LT"}],
            "mentions": [{"part": 0, "start": 4, "end": 13}],
        },
        {"id": "lt", "name": "Lithuania", "kind": "state", "country": "LT"},
    ],
    "meetings": [
        {"id": "m1", "kind": "talks", "status": "held", "date": "2022-03-03"},
        {"id": "m2", "kind": "visit", "status": "planned", "date": "2022-04"},
    ],
    "license": {
        "text": "Texts may be shared with credit.",
        "permissions": [{"action": "distribute", "duties": ["attribute"]}],
    },
}


def issues_of(document: Any, cls: type = Bulletin) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        from_dict(document, cls)
    return [(issue.location, issue.code) for issue in caught.value.issues]


def changed(path: str, value: Any) -> dict[str, Any]:
    """GOOD with the value at the pointer ``path`` replaced (or removed if ``...``)."""
    document = copy.deepcopy(GOOD)
    *parents, last = path.strip("/").split("/")
    target: Any = document
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]
    if value is ...:
        del target[last]
    elif isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    return document


def test_good_document_is_read() -> None:
    bulletin = from_dict(GOOD, Bulletin)
    assert bulletin.meetings[1].date is not None
    assert str(bulletin.meetings[1].date) == "2022-04"
    assert to_dict(bulletin)["actors"][0]["mentions"] == [{"part": 0, "start": 4, "end": 13}]


CATALOGUE = [
    # wrong types: no coercion
    ("/title", 123, "/title", "type"),
    ("/title", None, "/title", "type"),
    ("/lead", None, "/lead", "type"),
    ("/title", ["x"], "/title", "type"),
    ("/paragraphs", "one paragraph", "/paragraphs", "type"),
    ("/paragraphs/0", 7, "/paragraphs/0", "type"),
    ("/actors/0/mentions/0/start", True, "/actors/0/mentions/0/start", "type"),
    ("/actors/0/mentions/0/start", 4.0, "/actors/0/mentions/0/start", "type"),
    ("/actors/0/mentions/0/start", "4", "/actors/0/mentions/0/start", "type"),
    ("/series", "Baltic Monitor", "/series", "type"),
    ("/actors/1", [], "/actors/1", "type"),
    # missing required keys
    ("/title", ..., "/title", "missing"),
    ("/date", ..., "/date", "missing"),
    ("/actors/1/kind", ..., "/actors/1/kind", "missing"),
    ("/actors/0/mentions/0/end", ..., "/actors/0/mentions/0/end", "missing"),
    ("/schema_version", ..., "/schema_version", "schema-version"),
    # closed vocabularies
    ("/actors/1/kind", "country", "/actors/1/kind", "enum"),
    ("/actors/1/kind", 3, "/actors/1/kind", "type"),
    ("/meetings/0/status", "HELD", "/meetings/0/status", "enum"),
    ("/license/permissions/0/duties/0", "pay", "/license/permissions/0/duties/0", "enum"),
    # dates
    ("/date", "2022-02-30", "/date", "date"),
    ("/date", "04.03.2022", "/date", "date"),
    ("/date", "2022-03-04T10:00:00", "/date", "date"),
    ("/date", "2022-03", "/date", "date"),
    ("/meetings/1/date", "2021-13-01", "/meetings/1/date", "edtf"),
    ("/meetings/1/date", "2021-02-29", "/meetings/1/date", "edtf"),
    ("/meetings/1/date", "March 2021", "/meetings/1/date", "edtf"),
    ("/meetings/1/date", "2021-10-10/2021-10-09", "/meetings/1/date", "edtf"),
    ("/meetings/1/date", 2021, "/meetings/1/date", "type"),
    # model rules, re-pointed under the object
    ("/title", "   ", "/title", "empty"),
    ("/actors/0/id", "Jane Doe", "/actors/0/id", "id"),
    ("/actors/1/country", "XX", "/actors/1/country", "country"),
    ("/actors/0/roles/0/country", "lt", "/actors/0/roles/0/country", "country"),
    ("/actors/0/mentions/0/end", 2, "/actors/0/mentions/0/end", "span"),
    ("/actors/0/mentions/0/start", -1, "/actors/0/mentions/0/start", "span"),
    # schema version
    ("/schema_version", "2.0", "/schema_version", "schema-version"),
    ("/schema_version", "1", "/schema_version", "schema-version"),
    ("/schema_version", 1.0, "/schema_version", "schema-version"),
    # unknown keys, by name, with RFC 6901 escapes
    ("/subtitle", "x", "/subtitle", "unknown-key"),
    ("/actors/0/roles/0/rank", 1, "/actors/0/roles/0/rank", "unknown-key"),
    ("/series/schema_version", "1.0", "/series/schema_version", "unknown-key"),
    ("/actors/0/a~b/c", 1, "/actors/0/a~0b~1c", "unknown-key"),
    ("/extra", {}, "/extra", "unknown-key"),
]


@pytest.mark.parametrize(
    ("path", "value", "location", "code"),
    CATALOGUE,
    ids=[f"{p}={v!r}"[:60] for p, v, _, _ in CATALOGUE],
)
def test_bad_document(path: str, value: Any, location: str, code: str) -> None:
    if path == "/actors/0/a~b/c":  # a key holding ~ and / cannot be addressed by changed()
        document = copy.deepcopy(GOOD)
        document["actors"][0]["a~b/c"] = value
    else:
        document = changed(path, value)
    assert issues_of(document) == [(location, code)]


def test_every_problem_is_listed_at_once() -> None:
    document = copy.deepcopy(GOOD)
    document["title"] = 123
    del document["date"]
    document["actors"][0]["roles"][0] = {"title": "", "country": "XX", "rank": 2}
    document["actors"][1]["kind"] = "planet"
    document["meetings"][1]["date"] = "2021-13-01"
    document["meetings"][0]["evidence"] = {"part": 0, "start": "1", "end": None}
    assert issues_of(document) == [
        ("/title", "type"),
        ("/date", "missing"),
        ("/actors/0/roles/0/rank", "unknown-key"),
        ("/actors/1/kind", "enum"),
        ("/meetings/0/evidence/start", "type"),
        ("/meetings/0/evidence/end", "type"),
        ("/meetings/1/date", "edtf"),
    ]


def test_model_rules_of_one_object_are_all_listed() -> None:
    document = copy.deepcopy(GOOD)
    document["actors"][0]["roles"][0] = {"title": " ", "country": "XX"}
    assert issues_of(document) == [
        ("/actors/0/roles/0/title", "empty"),
        ("/actors/0/roles/0/country", "country"),
    ]


def test_messages_say_what_was_expected_and_found() -> None:
    with pytest.raises(ValidationError) as caught:
        from_dict(changed("/meetings/1/date", "2021-13-01"), Bulletin)
    (issue,) = caught.value.issues
    assert str(issue).startswith(
        '/meetings/1/date: expected an EDTF date like 2021-11-15, got "2021-13-01"'
    )
    assert issue.found == '"2021-13-01"'
    with pytest.raises(ValidationError, match=r"/title: expected a string, got 123$"):
        from_dict(changed("/title", 123), Bulletin)
    with pytest.raises(ValidationError, match='unknown key "subtitle" in Bulletin'):
        from_dict(changed("/subtitle", "x"), Bulletin)


def test_long_values_are_excerpted() -> None:
    with pytest.raises(ValidationError) as caught:
        from_dict(changed("/title", ["word"] * 1000), Bulletin)
    found = caught.value.issues[0].found
    assert found is not None
    assert len(found) <= 60
    assert found.endswith("...")


def test_a_document_must_be_an_object() -> None:
    assert issues_of([GOOD]) == [("", "type")]
    assert issues_of(None) == [("", "type")]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ('{"title": "x",}', "line 1, column 1"),  # 14 or 15: the backends differ
        ('{\n  "title": "x"\n  "date": "2021-01-01"}', "line 3, column 3"),
        ("", "line 1, column 1"),
        ('{"n": NaN}', None),
    ],
)
def test_text_that_is_not_json(text: str, location: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        from_json(text, Bulletin)
    (issue,) = caught.value.issues
    assert issue.code == "json"
    if location is not None:
        assert issue.location.startswith(location)


def test_bytes_that_are_not_utf8() -> None:
    with pytest.raises(ValidationError) as caught:
        from_json(b'{"title": "\xff"}', Bulletin)
    assert caught.value.issues[0].code == "json"


@pytest.mark.parametrize(
    ("cls", "document", "expected"),
    [
        (Span, {"schema_version": "1.0", "part": 0, "start": 2}, [("/end", "missing")]),
        (Role, {"schema_version": "1.0", "title": "Minister", "x": 1}, [("/x", "unknown-key")]),
        (Actor, {"schema_version": "1.0", "id": "a", "name": "A"}, [("/kind", "missing")]),
        (
            Meeting,
            {"id": "m", "kind": "talks", "status": "held"},
            [("/schema_version", "schema-version")],
        ),
    ],
)
def test_any_model_is_a_document(cls: type, document: Any, expected: list[tuple[str, str]]) -> None:
    assert issues_of(document, cls) == expected


@pytest.mark.parametrize("value", ["ok-id\n", "٢٠٢١", "a b"])
def test_ids_with_a_final_newline_or_odd_characters_are_rejected(value: str) -> None:
    assert issues_of(changed("/actors/0/id", value)) == [("/actors/0/id", "id")]


@pytest.mark.parametrize("value", ["2021-11-15\n", "٢٠٢١-11-15", " 2021"])
def test_edtf_dates_are_ascii_and_exact(value: str) -> None:
    assert issues_of(changed("/meetings/1/date", value)) == [("/meetings/1/date", "edtf")]


# What the constructors now accept from Python code, the decoder still refuses in data:
# an enum value in the wrong case, a tuple or a member or a date object where JSON has
# an array or a string (issue 18: "pleasant from Python, strict from JSON").
PYTHON_ONLY = [
    ("/meetings/0/kind", "Talks", "enum"),
    ("/meetings/0/kind", "TALKS", "enum"),
    ("/actors/1/kind", ActorKind.STATE, "type"),
    ("/license/permissions/0/duties/0", Duty.ATTRIBUTE, "type"),
    ("/paragraphs", ("They talked.",), "type"),
    ("/actors", tuple(GOOD["actors"]), "type"),
    ("/license/permissions/0/duties", ("attribute",), "type"),
    ("/date", datetime.date(2022, 3, 4), "date"),
    ("/date", pendulum.date(2022, 3, 4), "date"),
]


@pytest.mark.parametrize(("path", "value", "code"), PYTHON_ONLY, ids=repr)
def test_decoding_does_not_convert_what_constructors_do(path: str, value: Any, code: str) -> None:
    assert issues_of(changed(path, value)) == [(path, code)]


def test_json_with_an_enum_value_in_the_wrong_case_is_refused() -> None:
    text = to_json(from_dict(GOOD, Bulletin)).replace('"kind":"talks"', '"kind":"Talks"')
    with pytest.raises(ValidationError) as caught:
        from_json(text, Bulletin)
    assert str(caught.value) == (
        "/meetings/0/kind: expected one of 'phone_call', 'video_call', 'talks', 'visit', "
        "'summit', 'negotiations', 'other', got \"Talks\""
    )
