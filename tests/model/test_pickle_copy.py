"""Every model pickles and deep-copies (process pools need it), equal to the original."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit import Bulletin, Role, from_dict, to_dict
from tests import strategies as s

_MODELS: dict[str, st.SearchStrategy[Any]] = {
    "role": s.roles(with_extra=True),
    "series": s.series(with_extra=True),
    "rule": s.rules(with_extra=True),
    "license_notice": s.license_notices(with_extra=True),
    "actor": s.actors(with_extra=True),
    "meeting": s.meetings(with_extra=True),
    "bulletin": s.bulletins(with_extra=True),
    "partial_date": s.partial_dates(),
    "date_range": s.date_ranges(),
    "span": s.spans(),
}


@pytest.mark.parametrize("name", sorted(_MODELS))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_pickle_round_trip_keeps_equality(name: str, data: st.DataObject) -> None:
    obj = data.draw(_MODELS[name])
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(obj, protocol=protocol))
        assert again == obj
        assert type(again) is type(obj)


@pytest.mark.parametrize("name", sorted(_MODELS))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_deepcopy_keeps_equality(name: str, data: st.DataObject) -> None:
    obj = data.draw(_MODELS[name])
    twin = copy.deepcopy(obj)
    assert twin == obj
    assert copy.copy(obj) == obj
    if getattr(obj, "extra", None):
        assert twin.extra is not obj.extra


@settings(max_examples=30, deadline=None)
@given(s.bulletins(with_extra=True))
def test_pickled_bulletin_writes_the_same_json(bulletin: Bulletin) -> None:
    assert to_dict(pickle.loads(pickle.dumps(bulletin))) == to_dict(bulletin)


def test_extra_is_read_only_and_a_copy() -> None:
    members = {"note": [1, 2]}
    role = Role(title="President", extra=members)
    members["later"] = True
    assert dict(role.extra) == {"note": [1, 2]}  # the caller's dict does not reach the model
    with pytest.raises(TypeError):
        role.extra["x"] = 1  # type: ignore[index]
    with pytest.raises(AttributeError):
        role.extra._data = {}  # type: ignore[attr-defined]
    assert role.extra == {"note": [1, 2]}
    again = pickle.loads(pickle.dumps(role))
    with pytest.raises(TypeError):
        again.extra["x"] = 1  # type: ignore[index]


def test_lenient_extra_survives_pickle_and_stays_read_only() -> None:
    role = from_dict({"schema_version": "1.0", "title": "Minister", "rank": 3}, Role, lenient=True)
    twin = pickle.loads(pickle.dumps(role))
    assert twin == role
    assert twin.extra == {"rank": 3}
    with pytest.raises(TypeError):
        twin.extra["rank"] = 4  # type: ignore[index]
    assert copy.deepcopy(role).extra == {"rank": 3}
