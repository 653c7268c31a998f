"""Schema versions: 1.1 is written; 1.0 and 1.1 are read; any other version is refused."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from bulletinkit import (
    SCHEMA_VERSION,
    SCHEMA_VERSIONS,
    Bulletin,
    Dateline,
    Issue,
    Meeting,
    Provenance,
    Severity,
    ValidationError,
    from_dict,
    from_json,
    iter_ndjson,
    to_dict,
    to_json,
)
from bulletinkit.codec import converter
from tests import strategies
from tests.conftest import REPO

EXAMPLE = REPO / "tests" / "schemas" / "catalogue_bulletin.json"


def issues_of(document: Any, cls: type = Bulletin) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        from_dict(document, cls)
    return [(issue.location, issue.code) for issue in caught.value.issues]


def test_versions() -> None:
    assert SCHEMA_VERSION == "1.1"
    assert SCHEMA_VERSIONS == ("1.0", "1.1")
    assert to_dict(Bulletin(lead="L"))["schema_version"] == "1.1"


def test_a_1_0_document_reads_unchanged() -> None:
    document = json.loads(EXAMPLE.read_text("utf-8"))
    document["schema_version"] = "1.0"
    bulletin = from_dict(document, Bulletin)
    assert from_dict({**document, "schema_version": "1.1"}, Bulletin) == bulletin
    assert bulletin.id == "bk-4771d50c1fd5094e"  # the id it was written with
    again = to_dict(bulletin)
    assert again.pop("schema_version") == "1.1"
    # written back: the same members, and [] where the 1.0 document left an array out
    for key, value in again.items():
        assert document.get(key, []) == value or key in ("license", "meetings", "actors")
    assert from_dict({"schema_version": "1.0", **again}, Bulletin) == bulletin


@pytest.mark.parametrize("key", ["title", "date"])
def test_a_1_0_bulletin_still_needs_its_title_and_date(key: str) -> None:
    document = {"schema_version": "1.0", "title": "T", "date": "2021-11-19", "lead": "L"}
    del document[key]
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Bulletin)
    (issue,) = caught.value.issues
    assert (issue.location, issue.code) == (f"/{key}", "missing")
    assert "schema version 1.0" in issue.message
    document["schema_version"] = "1.1"
    assert getattr(from_dict(document, Bulletin), key) is None


def test_missing_1_0_members_are_listed_in_field_order_with_other_problems() -> None:
    document = {"schema_version": "1.0", "lead": 3, "series": {"name": ""}, "x": 1}
    assert issues_of(document) == [
        ("/title", "missing"),
        ("/date", "missing"),
        ("/series/name", "empty"),
        ("/lead", "type"),
        ("/x", "unknown-key"),
    ]


def test_other_standalone_1_0_documents_are_read() -> None:
    meeting = {"schema_version": "1.0", "id": "m1", "kind": "talks", "status": "held"}
    assert from_dict(meeting, Meeting).id == "m1"


@pytest.mark.parametrize("version", ["1.2", "2.0", "1", "0.9", "1.10", 1.1, None])
def test_any_other_version_is_refused_naming_the_known_ones(version: object) -> None:
    document = {"schema_version": version, "title": "T", "date": "2021-11-19"}
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Bulletin)
    (issue,) = caught.value.issues
    assert (issue.location, issue.code) == ("/schema_version", "schema-version")
    assert issue.expected == 'one of "1.0", "1.1"'
    assert '"1.0", "1.1"' in issue.message


def test_new_members_round_trip() -> None:
    note = Issue(
        code="no-date",
        message="no date",
        location="line 2",
        severity=Severity.WARNING,
        expected="a publication date",
        found="'x'",
    )
    bulletin = Bulletin(
        lead="KYIV, March 3 (Example Wire) - Talks resumed.",
        dateline=Dateline(place="KYIV", agency="Example Wire"),
        authors=("Jane Doe",),
        captions=("Delegates in Kyiv.",),
        provenance=Provenance(generator="bulletinkit 0.2.0", notes=(note,)),
    )
    document = to_dict(bulletin)
    assert document["dateline"] == {"place": "KYIV", "agency": "Example Wire"}
    assert document["authors"] == ["Jane Doe"]
    assert document["captions"] == ["Delegates in Kyiv."]
    assert document["provenance"] == {
        "generator": "bulletinkit 0.2.0",
        "notes": [
            {
                "code": "no-date",
                "message": "no date",
                "location": "line 2",
                "severity": "warning",
                "expected": "a publication date",
                "found": "'x'",
            }
        ],
    }
    assert "title" not in document
    assert "date" not in document
    assert from_dict(document, Bulletin) == bulletin
    assert from_json(to_json(bulletin), Bulletin) == bulletin
    assert converter.structure(document, Bulletin) == bulletin
    assert list(iter_ndjson([to_json(bulletin)])) == [bulletin]


def test_an_issue_reads_with_its_defaults() -> None:
    issue = from_dict({"schema_version": "1.1", "code": "c", "message": "m"}, Issue)
    assert issue == Issue(code="c", message="m")


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("dateline",), {}, [("/dateline", "empty")]),
        (("dateline",), {"place": ""}, [("/dateline/place", "empty")]),
        (("authors", 0), "", [("/authors/0", "empty")]),
        (("captions",), "A caption", [("/captions", "type")]),
        (("provenance", "generator"), " ", [("/provenance/generator", "empty")]),
        (
            ("provenance", "notes", 0, "severity"),
            "info",
            [("/provenance/notes/0/severity", "enum")],
        ),
        (("provenance", "notes", 0, "code"), "", [("/provenance/notes/0/code", "empty")]),
        (("provenance", "notes", 0, "location"), None, [("/provenance/notes/0/location", "type")]),
        (("provenance", "notes", 0, "x"), 1, [("/provenance/notes/0/x", "unknown-key")]),
        (("meetings", 0, "status"), "delayed", [("/meetings/0/status", "enum")]),
    ],
)
def test_bad_new_members_are_reported_where_they_are(
    path: tuple[Any, ...], value: Any, expected: list[tuple[str, str]]
) -> None:
    document: dict[str, Any] = {
        "schema_version": "1.1",
        "lead": "L",
        "dateline": {"place": "KYIV"},
        "authors": ["Jane Doe"],
        "captions": ["A caption."],
        "meetings": [{"id": "m1", "kind": "talks", "status": "postponed"}],
        "provenance": {"generator": "g", "notes": [{"code": "no-date", "message": "m"}]},
    }
    assert from_dict(document, Bulletin).meetings[0].status.value == "postponed"
    spoiled = copy.deepcopy(document)
    target: Any = spoiled
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert issues_of(spoiled) == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bulletin=strategies.bulletins(consistent=False))
def test_any_bulletin_labelled_1_0_reads_iff_it_has_title_and_date(bulletin: Bulletin) -> None:
    document = to_dict(bulletin)
    document["schema_version"] = "1.0"
    if bulletin.title is not None and bulletin.date is not None:
        assert from_dict(document, Bulletin) == bulletin  # through the happy path
        assert converter.structure(document, Bulletin) == bulletin
        return
    wanted = [(f"/{key}", "missing") for key in ("title", "date") if getattr(bulletin, key) is None]
    assert issues_of(document) == wanted
