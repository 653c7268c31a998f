"""References resolve from the bundled files only: never a network fetch."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from bulletinkit import SchemaError, validate
from bulletinkit.schemas import BACKENDS, registry, schema_uri
from bulletinkit.schemas._fast import available

pytestmark = pytest.mark.filterwarnings("error")  # a warning would be a fetch attempt too

REMOTE = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://example.org/mine.schema.json",
    "type": "object",
    "properties": {"other": {"$ref": "https://example.com/other.schema.json"}},
}

_BACKENDS = [b for b in BACKENDS if b == "jsonschema" or available()]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """Make every socket connection attempt fail loudly, and record it."""
    attempts: list[tuple[Any, ...]] = []

    def refuse(*args: Any, **kwargs: Any) -> None:
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.mark.parametrize("backend", _BACKENDS)
def test_remote_ref_is_a_schema_error_not_a_fetch(
    backend: str, no_network: list[tuple[Any, ...]]
) -> None:
    with pytest.raises(SchemaError, match=r"https://example\.com/other\.schema\.json"):
        validate({"other": 1}, REMOTE, backend=backend)
    assert no_network == []


@pytest.mark.parametrize("backend", _BACKENDS)
def test_error_says_nothing_is_fetched(backend: str, no_network: list[tuple[Any, ...]]) -> None:
    with pytest.raises(SchemaError, match=r"^cannot resolve .*never fetches from the network"):
        validate({"other": 1}, REMOTE, backend=backend)


@pytest.mark.parametrize("backend", _BACKENDS)
def test_custom_schema_may_refer_to_bundled_files_by_id(
    backend: str, no_network: list[tuple[Any, ...]]
) -> None:
    mine = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "array",
        "items": {"$ref": schema_uri("actor")},
    }
    good = [{"id": "fr", "name": "France", "kind": "state", "country": "FR"}]
    assert validate(good, mine, backend=backend).ok
    bad = validate([{"id": "fr", "name": "France", "kind": "state", "country": "XX"}], mine)
    assert [p.location for p in bad.problems] == ["/0/country"]


def test_registry_holds_only_the_bundled_files() -> None:
    from bulletinkit.schemas import SCHEMA_NAMES

    assert sorted(registry()) == sorted(schema_uri(name) for name in SCHEMA_NAMES)
    import referencing.exceptions

    with pytest.raises(referencing.exceptions.Unretrievable) as caught:
        registry().get_or_retrieve("https://example.com/x.json")
    assert isinstance(caught.value.__cause__, SchemaError)


def test_validating_every_bundled_schema_needs_no_network(
    no_network: list[tuple[Any, ...]],
) -> None:
    from tests.schemas.catalogue import example

    for backend in _BACKENDS:
        assert validate(example(), checks=False, backend=backend).ok
    assert no_network == []
