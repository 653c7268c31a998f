"""The schema files and the models agree in both directions.

1. Every ``to_dict(x)`` of a valid model object validates against its schema (and a
   consistent bulletin passes every check).
2. Every document generated from a schema (through the draft-07 single-file view of
   ``tests/schemas/bundled.py``) structures into its model, except for the few model
   rules a JSON Schema cannot compare, which ``validate`` reports after the schema.
"""

from __future__ import annotations

from typing import Any

import pytest
from bulletinkit.codec import from_dict, to_dict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft7Validator

from bulletinkit import (
    Actor,
    Bulletin,
    LicenseNotice,
    Meeting,
    ValidationError,
    validate,
)
from bulletinkit.schemas import BACKENDS
from bulletinkit.schemas._fast import available
from tests import strategies
from tests.schemas.bundled import draft7_view

_BACKENDS = [b for b in BACKENDS if b == "jsonschema" or available()]
_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Model rules a JSON Schema cannot state (they compare two values): validate() reports
# them once the schema passes, from the model's own check.
MODEL_ONLY_CODES = {"span", "date-order"}

DOCUMENTS: dict[str, tuple[type[Any], st.SearchStrategy[Any]]] = {
    "bulletin": (Bulletin, strategies.bulletins()),
    "actor": (Actor, strategies.actors()),
    "meeting": (Meeting, strategies.meetings()),
    "license-notice": (LicenseNotice, strategies.license_notices()),
}


@pytest.mark.parametrize("backend", _BACKENDS)
@_SETTINGS
@given(bulletin=strategies.bulletins())
def test_every_bulletin_to_dict_is_valid(backend: str, bulletin: Bulletin) -> None:
    report = validate(to_dict(bulletin), "bulletin", backend=backend)
    assert report.problems == ()


@pytest.mark.parametrize("name", ["actor", "meeting", "license-notice"])
@_SETTINGS
@given(data=st.data())
def test_every_object_to_dict_is_valid(name: str, data: st.DataObject) -> None:
    _cls, strategy = DOCUMENTS[name]
    obj = data.draw(strategy)
    assert validate(to_dict(obj), name, backend="jsonschema").problems == ()


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_draft7_view_is_self_contained(name: str) -> None:
    view = draft7_view(name)
    Draft7Validator.check_schema(view)
    assert "$ref" not in repr(view)


def _structure(name: str, document: dict[str, Any]) -> None:
    cls, _ = DOCUMENTS[name]
    assert validate(document, name, checks=False, backend="jsonschema").ok
    if name != "bulletin":
        document = {"schema_version": "1.0", **document}
    try:
        obj = from_dict(document, cls)
    except ValidationError as error:
        issues = error.issues
    else:
        assert isinstance(obj, cls)
        return
    assert {issue.code for issue in issues} <= MODEL_ONLY_CODES, issues
    assert not validate(document, name, backend="jsonschema").ok


@pytest.mark.parametrize("name", ["actor", "meeting", "license-notice"])
@_SETTINGS
@given(data=st.data())
def test_documents_generated_from_schema_structure(name: str, data: st.DataObject) -> None:
    _structure(name, data.draw(from_schema(draft7_view(name))))


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(document=from_schema(draft7_view("bulletin")))
def test_bulletins_generated_from_schema_structure(document: dict[str, Any]) -> None:
    _structure("bulletin", document)
