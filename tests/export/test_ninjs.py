"""IPTC ninjs 3.1: every export validates against the published schema, formats checked."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given, settings

from bulletinkit import Bulletin
from bulletinkit.export import from_odrl, to_ninjs
from tests import strategies
from tests.export.conftest import seed_bulletins
from tests.export.standards import ninjs_errors


def test_the_validator_checks_formats() -> None:
    assert ninjs_errors({"uri": "urn:bulletinkit:bk-1"}) == []
    assert ninjs_errors({"uri": "not a uri"}) != []
    assert ninjs_errors({"uri": "urn:x", "firstCreated": "2021-11-19"}) != []
    assert ninjs_errors({"uri": "urn:x", "firstCreated": "2021-13-19T00:00:00Z"}) != []
    assert ninjs_errors({"uri": "urn:x", "bylines": "me"}) != []  # not a 3.1 member


def test_the_geojson_reference_resolves_offline() -> None:
    point = {"type": "Point", "coordinates": [21.0, 52.2]}
    assert ninjs_errors({"uri": "urn:x", "places": [{"name": "Warsaw", "geoJSON": point}]}) == []
    bad = {"type": "Point", "coordinates": "here"}
    assert ninjs_errors({"uri": "urn:x", "places": [{"name": "Warsaw", "geoJSON": bad}]}) != []


def test_seed_maps_to_ninjs() -> None:
    bulletin = seed_bulletins()[0]
    document = to_ninjs(bulletin)
    assert ninjs_errors(document) == []
    assert document["uri"] == f"urn:bulletinkit:{bulletin.id}"
    assert document["headlines"] == [
        {"role": "main", "contentType": "text/plain", "value": bulletin.title}
    ]
    assert document["firstCreated"] == "2021-11-19T00:00:00Z"
    assert document["copyrightHolder"] == "Warsaw Institute Foundation"
    assert document["usageTerms"].startswith("All texts published by")
    people = [person["name"] for person in document["people"]]
    assert "Sergey Lavrov" in people
    assert {"name": "France", "literal": "FR"} in document["places"]
    assert {"name": "Paris"} in document["places"]
    assert [event["id"] for event in document["events"]] == ["m1", "m2", "m3", "m4"]
    policy = json.loads(document["rightsInfo"]["encodedRights"])
    assert policy["permission"][0]["target"] == document["uri"] + "#text"
    assert from_odrl(policy) == bulletin.license


def test_samples_validate(samples: list[Bulletin]) -> None:
    for bulletin in samples:
        assert ninjs_errors(to_ninjs(bulletin)) == [], bulletin.id


@pytest.mark.parametrize("url", ["not a url", "https://exa mple.org/", "http://[::1"])
def test_any_source_url_validates(url: str) -> None:
    bulletin = attrs.evolve(seed_bulletins()[0], source_url=url)
    document = to_ninjs(bulletin)
    assert ninjs_errors(document) == []
    assert {"role": "source-url", "value": url} in document["altIds"]


@settings(max_examples=60, deadline=None)
@given(strategies.bulletins())
def test_generated_bulletins_validate(bulletin: Bulletin) -> None:
    document = to_ninjs(bulletin)
    assert ninjs_errors(document) == []
    if bulletin.license is not None:
        policy = json.loads(document["rightsInfo"]["encodedRights"])
        assert from_odrl(policy) == bulletin.license


def test_authors_dateline_and_captions() -> None:
    from bulletinkit import Dateline

    bulletin = attrs.evolve(
        seed_bulletins()[0],
        authors=("Anna Nowak", "Jan Kowalski"),
        dateline=Dateline(place="KYIV", agency="Example Wire"),
        captions=("Delegations in Paris.",),
    )
    document = to_ninjs(bulletin)
    assert ninjs_errors(document) == []
    assert document["by"] == "Anna Nowak, Jan Kowalski"
    assert document["located"] == "KYIV"
    assert document["infoSources"] == [
        {"name": "Warsaw Institute", "role": "publisher"},
        {"name": "Example Wire", "role": "agency"},
    ]
    caption = {"role": "caption", "contentType": "text/plain", "value": "Delegations in Paris."}
    assert caption in document["descriptions"]
    assert "Delegations" not in document["bodies"][0]["value"]


def test_undated_untitled_bulletin_validates() -> None:
    document = to_ninjs(attrs.evolve(seed_bulletins()[0], title=None, date=None))
    assert ninjs_errors(document) == []
    assert "headlines" not in document
    assert "firstCreated" not in document
