"""Rules the schema files follow so that strict third-party tools accept them, and the
``$schema`` member that editors add, accepted alike by the schema and the codec."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from bulletinkit import Actor, Bulletin, LicenseNotice, Meeting, ValidationError, validate
from bulletinkit.checks import CHECKS
from bulletinkit.codec import from_dict, to_dict
from bulletinkit.schemas import SCHEMA_NAMES, load_schema
from tests.schemas.catalogue import example

DOCUMENTS: dict[str, type[Any]] = {
    "bulletin": Bulletin,
    "actor": Actor,
    "meeting": Meeting,
    "license-notice": LicenseNotice,
}
STANDALONE = {
    "bulletin": example,
    "actor": lambda: {"id": "fr", "name": "France", "kind": "state", "country": "FR"},
    "meeting": lambda: {"id": "m1", "kind": "talks", "status": "held", "participants": ["fr"]},
    "license-notice": lambda: {"text": "Free to share."},
}


def _nodes(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            if key not in ("examples", "enum", "const", "properties"):
                yield from _nodes(value, f"{path}/{key}")
        for key, value in (node.get("properties") or {}).items():
            yield from _nodes(value, f"{path}/properties/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, f"{path}/{index}")


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_every_schema_with_properties_states_type_object(name: str) -> None:
    # ajv's strict mode refuses "properties" without "type": "object" beside it
    untyped = [
        path
        for path, node in _nodes(load_schema(name))
        if "properties" in node and node.get("type") != "object"
    ]
    assert untyped == []


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_patterns_are_written_with_escapes(name: str) -> None:
    # no raw control or non-ASCII character: tools print patterns in their messages
    patterns = [node["pattern"] for _, node in _nodes(load_schema(name)) if "pattern" in node]
    for pattern in patterns:
        assert re.fullmatch(r"[\x20-\x7e]+", pattern), ascii(pattern)


def test_text_pattern_still_means_a_non_space_character() -> None:
    text = re.compile(load_schema("defs")["$defs"]["text"]["pattern"])
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    assert spaces
    assert not any(text.search(s) for s in spaces)
    assert all(text.search(s) for s in ("a", "\x00", "\u200b", " x "))


@pytest.mark.parametrize("member", ["participants", "initiators"])
def test_participants_and_initiators_are_ids(member: str) -> None:
    fields = load_schema("meeting")["$defs"]["meeting-fields"]["properties"]
    assert fields[member]["items"]["$ref"] == "defs.schema.json#/$defs/id"
    document = {"id": "m1", "kind": "talks", "status": "held", member: ["Vladimir Putin"]}
    report = validate(document, "meeting", checks=False)
    assert [(p.location, p.code) for p in report.problems] == [(f"/{member}/0", "pattern")]
    with pytest.raises(ValidationError) as caught:  # the model agrees
        from_dict({"schema_version": "1.0", **document}, Meeting)
    assert [i.location for i in caught.value.issues] == [f"/{member}/0"]


def test_bulletin_description_names_every_rule_only_bulletinkit_checks() -> None:
    description = load_schema("bulletin")["description"]
    for rule in CHECKS:
        assert rule.code in description, rule.code
    for code in ("'span'", "'edtf'", "1.0 as an integer"):
        assert code in description


@pytest.mark.parametrize("name", ["actor", "meeting", "license-notice"])
def test_object_descriptions_say_what_only_bulletinkit_checks(name: str) -> None:
    assert "checked only by bulletinkit validate" in load_schema(name)["description"] or (
        "checks no rule beyond this schema" in load_schema(name)["description"]
    )


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_dollar_schema_is_accepted_at_the_top_by_schema_and_codec(name: str) -> None:
    document = {"schema_version": "1.0", **STANDALONE[name]()}
    document["$schema"] = f"https://schemas.bulletinkit.dev/v1/{name}.schema.json"
    assert validate(document, name).ok
    obj = from_dict(document, DOCUMENTS[name])
    assert "$schema" not in to_dict(obj)  # read, not kept
    assert obj == from_dict({k: v for k, v in document.items() if k != "$schema"}, DOCUMENTS[name])
    lenient = from_dict(document, DOCUMENTS[name], lenient=True)
    assert "$schema" not in lenient.extra


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_dollar_schema_that_is_not_a_string_is_refused_by_both(name: str) -> None:
    document = {"schema_version": "1.0", **STANDALONE[name](), "$schema": 1}
    report = validate(document, name)
    assert [(p.location, p.code) for p in report.problems] == [("/$schema", "type")]
    with pytest.raises(ValidationError) as caught:
        from_dict(document, DOCUMENTS[name])
    assert [(i.location, i.code) for i in caught.value.issues] == [("/$schema", "type")]


def test_dollar_schema_is_refused_inside_a_bulletin_by_both() -> None:
    document = example()
    document["meetings"][0]["$schema"] = "x"
    report = validate(document)
    assert [p.location for p in report.problems] == ["/meetings/0"]
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Bulletin)
    assert [i.location for i in caught.value.issues] == ["/meetings/0/$schema"]
