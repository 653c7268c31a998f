"""What the benchmarks call: bulletinkit's public API, the raw schema validators, the floors.

Each ``*_or_reason`` function returns the callable to measure, or a string saying why
the row cannot be measured ("not installed", "not available: ...") so that the report
shows the row instead of failing. Only the public API of bulletinkit is used.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
from collections.abc import Callable
from importlib import resources
from typing import Any

from bulletinkit import Bulletin

__all__ = [
    "PURE_TWIN",
    "RAW_FAST",
    "RAW_PURE",
    "SCHEMA_DEFAULT",
    "SCHEMA_PURE",
    "VALIDATE_DEFAULT",
    "VALIDATE_PURE",
    "Codec",
    "floors",
    "parse_text_or_reason",
    "schema_validators",
]

RAW_PURE = "jsonschema Draft202012Validator.is_valid"
RAW_FAST = "jsonschema-rs is_valid"
SCHEMA_PURE = "validate(checks=False, backend='jsonschema')"
SCHEMA_DEFAULT = "validate(checks=False), default backend"
VALIDATE_PURE = "validate(backend='jsonschema'), + model and checks"
VALIDATE_DEFAULT = "validate(), default backend, + model and checks"

PURE_TWIN = {RAW_FAST: RAW_PURE, SCHEMA_DEFAULT: SCHEMA_PURE, VALIDATE_DEFAULT: VALIDATE_PURE}
"""Each fast row and the pure-``jsonschema`` row it is compared with."""

Codec = tuple[Callable[[bytes], Any], Callable[[Any], bytes | str]]
"""A decode (bytes -> object) and an encode (object -> JSON) function."""


def installed(module: str) -> bool:
    """Whether ``module`` can be imported (without importing it)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def bulletinkit_codec_or_reason() -> Codec | str:
    """``bulletinkit.codec.from_json``/``to_json`` on :class:`~bulletinkit.Bulletin`."""
    try:
        codec = importlib.import_module("bulletinkit.codec")
    except ImportError as error:
        return f"not available: {error}"

    def decode(data: bytes) -> Bulletin:
        result: Bulletin = codec.from_json(data, Bulletin)
        return result

    return decode, codec.to_json


def floors() -> dict[str, Codec | str]:
    """The floors: stdlib ``json`` and, when installed, ``orjson`` (dicts, no validation)."""
    found: dict[str, Codec | str] = {"json": (json.loads, json.dumps)}
    try:
        orjson = importlib.import_module("orjson")
    except ImportError:
        found["orjson"] = "not installed"
    else:
        found["orjson"] = (orjson.loads, orjson.dumps)
    return found


def parse_text_or_reason() -> Callable[[str], Bulletin] | str:
    """``bulletinkit.parse_text``, or why it cannot be measured."""
    import bulletinkit

    parse_text = getattr(bulletinkit, "parse_text", None)
    if parse_text is None:
        return "not available: bulletinkit.parse_text is not on this branch"
    return parse_text  # type: ignore[no-any-return]


def _bundled_schemas() -> tuple[dict[str, Any], list[tuple[str, dict[str, Any]]]]:
    folder = resources.files("bulletinkit") / "schemas" / "v1"
    found = [
        json.loads(item.read_text(encoding="utf-8"))
        for item in sorted(folder.iterdir(), key=lambda item: item.name)
        if item.name.endswith(".schema.json")
    ]
    root = next(schema for schema in found if schema["$id"].endswith("/bulletin.schema.json"))
    return root, [(schema["$id"], schema) for schema in found]


def _raw_jsonschema() -> Callable[[Any], bool]:
    import jsonschema  # type: ignore[import-untyped]
    import referencing
    import referencing.jsonschema

    root, pairs = _bundled_schemas()
    registry: referencing.Registry[Any] = referencing.Registry().with_resources(
        (uri, referencing.jsonschema.DRAFT202012.create_resource(schema)) for uri, schema in pairs
    )
    validator = jsonschema.Draft202012Validator(root, registry=registry)
    return validator.is_valid  # type: ignore[no-any-return]


def _raw_jsonschema_rs() -> Callable[[Any], bool]:
    import jsonschema_rs

    root, pairs = _bundled_schemas()
    registry = jsonschema_rs.Registry(pairs)
    validator = jsonschema_rs.validator_for(root, registry=registry)
    return validator.is_valid


def _validate_with(backend: str | None, *, checks: bool) -> Callable[[Any], bool] | str:
    import bulletinkit

    validate = getattr(bulletinkit, "validate", None)
    if validate is None:
        return "not available: bulletinkit.validate is not on this branch"
    options: dict[str, Any] = {"checks": checks}
    for name in options if backend is None else [*options, "backend"]:
        if name not in inspect.signature(validate).parameters:
            return f"not available: bulletinkit.validate takes no {name!r}"
    if backend is not None:
        options["backend"] = backend

    def verdict(data: Any) -> bool:
        return bool(validate(data, schema="bulletin", **options).ok)

    return verdict


def schema_validators() -> dict[str, Callable[[Any], bool] | str]:
    """Every schema validation path, each a ``data -> is valid`` function or a reason.

    The raw rows build validators straight from the bundled files, with no bulletinkit
    code in between; the ``validate`` rows go through ``bulletinkit.validate``, schema
    only (``checks=False``) and then with the model and the cross-object checks that run
    after the schema passes.
    """
    found: dict[str, Callable[[Any], bool] | str] = {}
    try:
        _bundled_schemas()
    except (OSError, StopIteration, KeyError) as error:
        return {RAW_PURE: f"not available: no bundled schema files ({error})"}
    found[RAW_PURE] = _raw_jsonschema()
    found[RAW_FAST] = _raw_jsonschema_rs() if installed("jsonschema_rs") else "not installed"
    found[SCHEMA_PURE] = _validate_with("jsonschema", checks=False)
    found[SCHEMA_DEFAULT] = _validate_with(None, checks=False)
    found[VALIDATE_PURE] = _validate_with("jsonschema", checks=True)
    found[VALIDATE_DEFAULT] = _validate_with(None, checks=True)
    return found
