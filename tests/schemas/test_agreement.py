"""The schema files and the models agree in both directions.

1. Every ``to_dict(x)`` of a valid model object validates against its schema (and a
   consistent bulletin passes every check).
2. Every document generated from a schema (through the draft-07 single-file view of
   ``tests/schemas/bundled.py`` and the generator of ``tests/schemas/generate.py``)
   structures into its model, except for the few model
   rules a JSON Schema cannot compare, which ``validate`` reports after the schema.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft7Validator

from bulletinkit import (
    Actor,
    Bulletin,
    Issue,
    LicenseNotice,
    Meeting,
    PartialDate,
    ValidationError,
    validate,
)
from bulletinkit.codec import from_dict, to_dict
from bulletinkit.schemas import BACKENDS
from bulletinkit.schemas._fast import available
from tests import strategies
from tests.schemas.bundled import draft7_view
from tests.schemas.generate import from_view

_BACKENDS = [b for b in BACKENDS if b == "jsonschema" or available()]
_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _at(document: Any, location: str) -> list[Any]:
    """The values along a JSON pointer, from the document down to the target."""
    nodes = [document]
    for part in [p for p in location.split("/") if p]:
        node = nodes[-1]
        try:
            nodes.append(node[int(part)] if isinstance(node, list) else node[part])
        except (KeyError, IndexError, ValueError, TypeError):
            break
    return nodes


def _compares_two_values(document: Any, issue: Issue) -> bool:
    """Whether ``issue`` is a model rule that compares two values, which JSON Schema cannot
    state: a span whose end is before its start, a date range that ends before it starts.
    validate() reports these after the schema, from the model's own checks.
    """
    for node in reversed(_at(document, issue.location)):
        if isinstance(node, dict) and {"start", "end", "part"} <= set(node):
            return bool(node["end"] < node["start"])
        if isinstance(node, str) and node.count("/") == 1:
            start, end = (PartialDate.parse(text) for text in node.split("/"))
            return start.earliest > end.latest
    return False


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
    assert report.errors == ()  # warnings (should-rules) are allowed
    assert all(problem.code.startswith("BK2") for problem in report.warnings)


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
    assert Draft7Validator(draft7_view(name)).is_valid(document)
    for backend in _BACKENDS:  # the view and the real schema accept the same documents
        assert validate(document, name, checks=False, backend=backend).ok
    if name != "bulletin":
        document = {"schema_version": "1.0", **document}
    try:
        obj = from_dict(document, cls)
    except ValidationError as error:
        issues = error.issues
    else:
        assert isinstance(obj, cls)
        return
    assert all(_compares_two_values(document, issue) for issue in issues), issues
    report = validate(document, name, backend="jsonschema")
    assert [p.location for p in report.problems] == [i.location for i in issues]


@pytest.mark.parametrize("name", ["actor", "meeting", "license-notice"])
@_SETTINGS
@given(data=st.data())
def test_documents_generated_from_schema_structure(name: str, data: st.DataObject) -> None:
    _structure(name, data.draw(from_view(draft7_view(name))))


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(document=from_view(draft7_view("bulletin")))
def test_bulletins_generated_from_schema_structure(document: dict[str, Any]) -> None:
    _structure("bulletin", document)
