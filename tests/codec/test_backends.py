"""orjson and the standard library give the same text and the same verdicts."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletinkit import (
    SCHEMA_VERSION,
    Bulletin,
    Series,
    ValidationError,
    from_json,
    to_dict,
    to_json,
)
from bulletinkit._codec import backend
from tests import strategies

pytestmark = pytest.mark.skipif(backend.orjson is None, reason="orjson is not installed")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bulletin=strategies.bulletins(with_extra=True))
def test_same_text_from_both_backends(bulletin: Bulletin) -> None:
    document = to_dict(bulletin)
    assert backend.dumps_fast(document) == backend.dumps_std(document)
    assert backend.dumps_fast(document, 2) == backend.dumps_std(document, 2)
    assert backend.dumps_fast(document, 4) == backend.dumps_std(document, 4)
    text = to_json(bulletin)
    assert backend.loads_fast(text) == backend.loads_std(text) == json.loads(text)


def test_compact_spelling() -> None:
    document = {"a": [1, "é"], "b": {}}
    assert backend.dumps_std(document) == '{"a":[1,"é"],"b":{}}'
    assert backend.dumps_fast(document) == '{"a":[1,"é"],"b":{}}'


def test_numbers_beyond_64_bits_fall_back() -> None:
    assert backend.dumps_fast({"n": 2**70}) == '{"n":1180591620717411303424}'


@pytest.mark.parametrize(
    "text",
    ['{"a": NaN}', '{"a": Infinity}', "[1,]", "{", "", '"\\ud800"', '"\ud800"', b'"\xff"'],
)
def test_both_backends_refuse_what_is_not_json(text: str) -> None:
    for loads in (backend.loads_std, backend.loads_fast):
        with pytest.raises(backend.JSONSyntaxError):
            loads(text)
    with pytest.raises(ValidationError):
        from_json(text, Bulletin)


def test_surrogate_pairs_are_read_by_both() -> None:
    text = '"\\ud83d\\ude00"'
    assert backend.loads_std(text) == backend.loads_fast(text) == "\U0001f600"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bulletin=strategies.bulletins())
def test_round_trip_without_orjson(bulletin: Bulletin) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(backend, "loads", backend.loads_std)
        patch.setattr(backend, "dumps", backend.dumps_std)
        text = to_json(bulletin)
        assert from_json(text, Bulletin) == bulletin
    assert to_json(bulletin) == text


_MODELS_WITH_EXTRA = {
    "bulletin": strategies.bulletins(with_extra=True),
    "actor": strategies.actors(with_extra=True),
    "meeting": strategies.meetings(with_extra=True),
    "license-notice": strategies.license_notices(with_extra=True),
    "series": strategies.series(with_extra=True),
    "role": strategies.roles(with_extra=True),
    "rule": strategies.rules(with_extra=True),
    "span": strategies.spans(),
}


@pytest.mark.parametrize("name", _MODELS_WITH_EXTRA)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_to_json_writes_the_text_of_to_dict(name: str, data: st.DataObject) -> None:
    # to_json writes through orjson without building plain lists; the text is the same
    obj = data.draw(_MODELS_WITH_EXTRA[name])
    document = to_dict(obj)
    assert to_json(obj) == backend.dumps_std(document)
    assert to_json(obj, indent=2) == backend.dumps_std(document, 2)
    assert to_json(obj, indent=4) == backend.dumps_std(document, 4)


def test_to_json_falls_back_where_orjson_cannot_write() -> None:
    big = Series(name="s", extra={"n": [2**70]})
    expected = f'{{"schema_version":"{SCHEMA_VERSION}","name":"s","n":[{2**70}]}}'
    assert to_json(big) == expected
    lone = Series(name="a\ud800b")
    assert to_json(lone) == backend.dumps_std(to_dict(lone))
    with pytest.raises(ValidationError) as caught:
        to_json(Series(name="s", extra={"name": 1}))
    assert caught.value.issues[0].code == "extra-conflict"
