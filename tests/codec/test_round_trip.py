"""The round-trip law: reading back what was written gives the same object."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletinkit import (
    SCHEMA_VERSION,
    Bulletin,
    DateRange,
    Meeting,
    PartialDate,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from tests import strategies

MODELS = {
    "bulletin": strategies.bulletins(),
    "inconsistent-bulletin": strategies.bulletins(consistent=False),
    "actor": strategies.actors(),
    "meeting": strategies.meetings(),
    "license-notice": strategies.license_notices(),
    "series": strategies.series(),
    "role": strategies.roles(),
    "rule": strategies.rules(),
    "span": strategies.spans(),
    "dateline": strategies.datelines(),
    "provenance": strategies.provenances(),
    "issue": strategies.issues(),
}


@pytest.mark.parametrize("name", MODELS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_json_round_trip(name: str, data: st.DataObject) -> None:
    obj = data.draw(MODELS[name])
    text = to_json(obj)
    assert from_json(text, type(obj)) == obj
    assert from_json(text.encode(), type(obj)) == obj
    assert from_json(to_json(obj, indent=2), type(obj)) == obj


@pytest.mark.parametrize("name", MODELS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_dict_round_trip(name: str, data: st.DataObject) -> None:
    obj = data.draw(MODELS[name])
    document = to_dict(obj)
    assert from_dict(document, type(obj)) == obj
    assert json.loads(json.dumps(document)) == document  # plain JSON data only


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(obj=strategies.bulletins(with_extra=True))
def test_lenient_round_trip_keeps_unknown_keys(obj: Bulletin) -> None:
    text = to_json(obj)
    again = from_json(text, Bulletin, lenient=True)
    assert again == obj
    assert to_json(again) == text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(obj=strategies.bulletins())
def test_every_document_carries_schema_version_at_the_top_only(obj: Bulletin) -> None:
    document = to_dict(obj)
    assert next(iter(document)) == "schema_version"
    assert document["schema_version"] == SCHEMA_VERSION

    def nested_keys(value: Any) -> set[str]:
        if isinstance(value, dict):
            return set(value).union(*(nested_keys(v) for v in value.values()))
        if isinstance(value, list):
            return set().union(*(nested_keys(v) for v in value))
        return set()

    assert "schema_version" not in set().union(*(nested_keys(v) for v in document.values()))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(obj=strategies.bulletins())
def test_none_is_omitted_and_sequences_always_written(obj: Bulletin) -> None:
    document = to_dict(obj)
    assert None not in document.values()
    assert ("lead" in document) == (obj.lead is not None)
    assert document["paragraphs"] == list(obj.paragraphs)
    assert isinstance(document["actors"], list)


def test_lenient_extra_does_not_share_the_callers_data() -> None:
    document = {"schema_version": "1.0", "title": "T", "date": "2021-01-01", "x": [1]}
    bulletin = from_dict(document, Bulletin, lenient=True)
    document["x"].append(2)
    assert bulletin.extra == {"x": [1]}
    written = to_dict(bulletin)
    written["x"].append(3)
    assert bulletin.extra == {"x": [1]}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meeting=strategies.meetings(), date=strategies.partial_dates() | strategies.date_ranges())
def test_dates_are_written_as_their_isoformat(
    meeting: Meeting, date: PartialDate | DateRange
) -> None:
    # the writers spell EDTF strings inline; they must say what the models say
    meeting = attrs.evolve(meeting, date=date)
    assert to_dict(meeting)["date"] == date.isoformat() == str(date)
    assert json.loads(to_json(meeting))["date"] == date.isoformat()
    bulletin = Bulletin(title="T", date=pendulum.Date(7, 3, 9), meetings=(meeting,))
    assert to_dict(bulletin)["date"] == "0007-03-09"
    assert json.loads(to_json(bulletin))["meetings"][0]["date"] == date.isoformat()
