"""The published standards of ``../shared/standards/``, loaded for the export tests, offline.

Nothing here reaches the network: the ninjs schema's one remote ``$ref`` (GeoJSON) and
the Popolo schemas' ``$ref`` s are served from the files beside them, and JSON-LD contexts
come from a document loader that refuses every other URL. Outside CI a missing standards
folder or a missing ``export`` extra skips; with ``CI`` set it fails.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from jsonschema import Draft3Validator, Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT3, DRAFT202012

from tests.conftest import REPO

STANDARDS = REPO.parent / "shared" / "standards"
ODRL_CONTEXT_URL = "http://www.w3.org/ns/odrl.jsonld"
SCHEMA_ORG_CONTEXT_URL = "https://schema.org"
POPOLO_SCHEMAS = ("person", "organization", "area", "post", "membership", "event")


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {reason}")
    pytest.skip(reason)


def standard(*parts: str) -> Path:
    """A file of the standards folder (skip outside CI, fail in CI, when it is absent)."""
    path = STANDARDS.joinpath(*parts)
    if not path.is_file():
        _missing(f"{path} is missing")
    return path


def load(*parts: str) -> Any:
    """The JSON of a standards file."""
    return json.loads(standard(*parts).read_text(encoding="utf-8"))


def need(module: str) -> ModuleType:
    """Import a module of the ``export`` extra (skip outside CI, fail in CI, when absent)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        _missing(f"{module} is not installed (pip install -e '.[export]')")
        raise  # not reached: _missing skips or fails


@functools.lru_cache(maxsize=1)
def _ninjs_validator() -> Draft202012Validator:
    schema = load("ninjs", "ninjs-schema_3.1.json")
    geojson = load("ninjs", "GeoJSON-schema.json")
    registry: Registry[Any] = Registry().with_resource(
        "https://geojson.org/schema/GeoJSON.json", DRAFT202012.create_resource(geojson)
    )
    return Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def ninjs_validator() -> Draft202012Validator:
    """The ninjs 3.1 validator with format checking on (uri and date-time really checked)."""
    need("rfc3986_validator")
    need("rfc3339_validator")
    checker = Draft202012Validator.FORMAT_CHECKER
    if not {"uri", "date-time"} <= set(checker.checkers):
        pytest.fail("jsonschema does not check 'uri' and 'date-time' formats")
    return _ninjs_validator()


def ninjs_errors(document: Any) -> list[str]:
    """Every problem of a ninjs document, as ``pointer: message`` lines."""
    return [f"{e.json_path}: {e.message}" for e in ninjs_validator().iter_errors(document)]


@functools.lru_cache(maxsize=1)
def popolo_schemas() -> dict[str, dict[str, Any]]:
    """The Popolo JSON Schemas by their ``id`` (fragment dropped)."""
    found = {}
    for path in sorted(standard("popolo", "person.json").parent.glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        found[schema["id"].rstrip("#")] = schema
    return found


@functools.cache
def popolo_validator(name: str) -> Draft3Validator:
    """The draft-03 validator of ``name.json``, its ``$ref`` s resolved from the folder."""
    schemas = popolo_schemas()
    registry: Registry[Any] = Registry().with_resources(
        (uri, DRAFT3.create_resource(schema)) for uri, schema in schemas.items()
    )
    schema = schemas[f"http://www.popoloproject.com/schemas/{name}.json"]
    return Draft3Validator(schema, registry=registry, format_checker=Draft3Validator.FORMAT_CHECKER)


def undeclared(instance: Any, schema: dict[str, Any], pointer: str = "") -> Iterator[str]:
    """Pointers of members that ``schema`` (and the schemas it refers to) does not declare.

    Popolo's schemas allow any extra member; Popolo's own are those they list.
    """
    if "$ref" in schema:
        schema = popolo_schemas()[schema["$ref"].rstrip("#")]
    if isinstance(instance, dict):
        properties = schema.get("properties", {})
        for key, value in instance.items():
            if key not in properties:
                yield f"{pointer}/{key}"
            else:
                yield from undeclared(value, properties[key], f"{pointer}/{key}")
    elif isinstance(instance, list) and "items" in schema:
        for index, item in enumerate(instance):
            yield from undeclared(item, schema["items"], f"{pointer}/{index}")


def popolo_problems(document: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Schema errors and undeclared members of every object of a Popolo export."""
    problems = []
    collections = {"persons": "person", "organizations": "organization", "areas": "area"}
    collections |= {"posts": "post", "memberships": "membership", "events": "event"}
    for collection, name in collections.items():
        validator = popolo_validator(name)
        for index, item in enumerate(document[collection]):
            where = f"/{collection}/{index}"
            problems += [
                f"{where}{e.json_path[1:]}: {e.message}" for e in validator.iter_errors(item)
            ]
            problems += [
                f"{where}{p}: not a Popolo member" for p in undeclared(item, validator.schema)
            ]
    return problems


def offline_loader(documents: dict[str, Any]) -> Callable[..., dict[str, Any]]:
    """A pyld document loader that serves ``documents`` by URL and refuses anything else."""

    def load_document(url: str, options: Any = None) -> dict[str, Any]:
        if url not in documents:
            raise AssertionError(f"the test tried to load {url!r}: no network in tests")
        return {"contextUrl": None, "documentUrl": url, "document": documents[url]}

    return load_document


def expand(document: Any, contexts: dict[str, Any]) -> tuple[list[Any], list[str | None]]:
    """JSON-LD expansion with pyld, offline; also the properties expansion dropped."""
    jsonld = need("pyld.jsonld")
    dropped: list[str | None] = []
    expanded = jsonld.expand(
        document,
        {"documentLoader": offline_loader(contexts)},
        on_property_dropped=dropped.append,
    )
    return expanded, dropped


def expand_odrl(policy: Any) -> list[Any]:
    """An ODRL policy expanded with the ODRL context file; fails if a term was dropped."""
    expanded, dropped = expand(policy, {ODRL_CONTEXT_URL: load("odrl", "odrl.jsonld")})
    assert dropped == [], f"terms the ODRL context does not define: {dropped}"
    return expanded


def expand_schema_org(document: Any) -> list[Any]:
    """A schema.org document expanded with ``{"@vocab": "https://schema.org/"}``."""
    context = {"@context": {"@vocab": "https://schema.org/"}}
    expanded, dropped = expand(document, {SCHEMA_ORG_CONTEXT_URL: context})
    assert dropped == [], f"terms dropped in expansion: {dropped}"
    return expanded
