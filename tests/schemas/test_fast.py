"""The jsonschema-rs backend gives the same verdicts and the same pointers as jsonschema."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletinkit import SchemaError, validate
from bulletinkit.schemas import BACKEND_ENV, _fast, _pure, choose_backend
from bulletinkit.schemas._report import pointer
from tests.schemas.catalogue import CATALOGUE, Bad, example

pytest.importorskip("jsonschema_rs")


def _pure_pointers(name: str, data: Any) -> list[tuple[str, str]]:
    return sorted(
        (pointer(e.absolute_path), str(e.validator))
        for e in _pure.errors(_pure.validator(name), data)
    )


def _fast_pointers(name: str, data: Any) -> list[tuple[str, str]]:
    return _fast.error_pointers(_fast.validator(name), data)


def _agree(name: str, data: Any) -> None:
    verdict_fast = bool(_fast.validator(name).is_valid(data))
    verdict_pure = bool(_pure.validator(name).is_valid(data))
    assert verdict_fast is verdict_pure
    assert _fast_pointers(name, data) == _pure_pointers(name, data)


@pytest.mark.parametrize("bad", CATALOGUE, ids=lambda bad: bad.name)
def test_catalogue_same_verdict_and_pointers(bad: Bad) -> None:
    _agree("bulletin", bad.document())


@pytest.mark.parametrize("bad", CATALOGUE, ids=lambda bad: bad.name)
def test_catalogue_same_report(bad: Bad) -> None:
    fast = validate(bad.document(), backend="jsonschema-rs")
    pure = validate(bad.document(), backend="jsonschema")
    assert fast.problems == pure.problems
    assert fast.best == pure.best
    assert fast.backend == "jsonschema-rs"


# Mutations: values of every JSON type, dropped into random places of the example.
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 600)
    | st.floats(allow_nan=False, allow_infinity=False)  # JSON has no NaN or infinities
    | st.text(max_size=12)
    | st.sampled_from(
        ["2021-02-29", "2024-02-29", "2021-11", "2021~", "FR", "XX", "held", " ", "m1"]
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*path, index))
    return found


_EXAMPLE = example()
_PATHS = _paths(_EXAMPLE)[1:]


def _mutate(changes: list[tuple[tuple[Any, ...], Any, bool]]) -> dict[str, Any]:
    """The example with each change applied where its path still leads (a JSON document)."""
    doc = copy.deepcopy(_EXAMPLE)
    for path, value, extra_key in changes:
        node: Any = doc
        try:
            for part in path[:-1]:
                node = node[part]
        except (KeyError, IndexError, TypeError):
            continue
        key = path[-1]
        if isinstance(node, dict) and isinstance(key, str):
            node[f"{key}_x" if extra_key else key] = value
        elif isinstance(node, list) and isinstance(key, int) and key < len(node):
            node[key] = value
    return doc


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_PATHS), _JSON, st.booleans()), min_size=1, max_size=4))
def test_mutated_documents_same_verdict_and_pointers(
    changes: list[tuple[tuple[Any, ...], Any, bool]],
) -> None:
    doc = _mutate(changes)
    _agree("bulletin", doc)


@pytest.mark.parametrize("name", ["actor", "meeting", "license-notice"])
def test_examples_of_each_document_schema_agree(name: str) -> None:
    from bulletinkit.schemas import load_schema

    for document in load_schema(name)["examples"]:
        _agree(name, document)
        broken = json.loads(json.dumps(document))
        broken["unexpected"] = True
        broken.pop(next(iter(broken)))
        _agree(name, broken)


def test_environment_variable_forces_the_pure_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose_backend() == "jsonschema-rs"
    monkeypatch.setenv(BACKEND_ENV, "jsonschema")
    assert choose_backend() == "jsonschema"
    assert validate(example(), checks=False).backend == "jsonschema"
    monkeypatch.setenv(BACKEND_ENV, "fastest")
    with pytest.raises(SchemaError, match="unknown validation backend"):
        choose_backend()


_CHANGES = st.lists(
    st.tuples(st.sampled_from(_PATHS), _JSON, st.booleans()), min_size=1, max_size=4
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_CHANGES)
def test_mutated_documents_same_report(changes: list[tuple[tuple[Any, ...], Any, bool]]) -> None:
    doc = _mutate(changes)
    fast = validate(doc, checks=False, backend="jsonschema-rs")
    pure = validate(doc, checks=False, backend="jsonschema")
    assert fast.problems == pure.problems
    assert fast.best == pure.best


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_CHANGES)
def test_best_is_jsonschema_best_match(changes: list[tuple[tuple[Any, ...], Any, bool]]) -> None:
    from jsonschema.exceptions import best_match

    doc = _mutate(changes)
    report = validate(doc, checks=False, backend="jsonschema")
    match = best_match(_pure.errors(_pure.validator("bulletin"), doc))
    if match is None:
        assert report.best is None
    else:
        assert report.best is not None
        assert (report.best.location, report.best.code) == (
            pointer(match.absolute_path),
            match.validator,
        )


@pytest.mark.parametrize("text", ["\ufeff", "\u200b", "\x1c", " \x85 ", "x"])
def test_non_empty_text_means_the_same_to_both_backends_and_the_model(text: str) -> None:
    # ECMA-262's \s includes U+FEFF and Python's does not: the schema lists its white space.
    from bulletinkit import LicenseNotice, ValidationError

    try:
        LicenseNotice(text=text)
        model_ok = True
    except ValidationError:
        model_ok = False
    for backend in ("jsonschema", "jsonschema-rs"):
        report = validate({"text": text}, "license-notice", checks=False, backend=backend)
        assert report.ok is model_ok, (backend, text)


@pytest.mark.parametrize("name", ["bulletin", "actor", "meeting", "license-notice"])
@pytest.mark.parametrize("document", [None, [], "x", 1, {"q": 1}], ids=repr)
def test_standalone_documents_same_report(name: str, document: Any) -> None:
    # The roots of actor, meeting and license-notice state "type": "object" beside a $ref
    # to fields that state it too: each failure must be placed in its own keyword.
    fast = validate(document, name, backend="jsonschema-rs")
    pure = validate(document, name, backend="jsonschema")
    assert fast.problems == pure.problems
    assert fast.best == pure.best
