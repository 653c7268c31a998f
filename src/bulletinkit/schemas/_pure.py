"""Validation with ``jsonschema`` (the default backend), into :class:`Problem` records."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from bulletinkit.errors import SchemaError, excerpt
from bulletinkit.schemas._files import SCHEMA_NAMES, _contents, registry
from bulletinkit.schemas._report import Problem, pointer

# An enum longer than this is named by its title instead of listed in the message.
_SHORT_ENUM = 8


@functools.cache
def validator(name: str) -> Any:
    """The cached Draft 2020-12 validator of the bundled schema ``name``."""
    return validator_for_schema(_contents(name))


def validator_for_schema(schema: Mapping[str, Any]) -> Any:
    """A Draft 2020-12 validator of ``schema`` whose ``$ref``s resolve to bundled files only."""
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

    return Draft202012Validator(schema, registry=registry())


def json_type(value: object) -> str:
    """The JSON name of the type of a parsed JSON ``value`` (``null``, ``object``...)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "array"
    return "object" if isinstance(value, Mapping) else type(value).__name__


def _message(error: Any) -> tuple[str, str | None]:
    """A readable message and what was expected: named patterns and long enums say their
    title, type errors name JSON types (``expected string, got null``).
    """
    subschema = error.schema if isinstance(error.schema, Mapping) else {}
    title = subschema.get("title")
    keyword = error.validator
    if keyword == "type":
        wanted = error.validator_value
        wanted = " or ".join(wanted) if isinstance(wanted, list) else str(wanted)
        return f"expected {wanted}, got {json_type(error.instance)}", wanted
    long_enum = keyword == "enum" and len(error.validator_value) > _SHORT_ENUM
    if isinstance(title, str) and (keyword == "pattern" or long_enum):
        return f"{excerpt(error.instance)} is not a valid {title}", title
    return error.message, title if isinstance(title, str) else None


def _walk(file: str, node: Any, here: tuple[str, ...], path: tuple[str, ...]) -> str | None:
    """Follow ``path`` from ``node``; a step may first go through the node's ``$ref``.

    jsonschema's schema path leaves the ``$ref`` steps out, and a node may hold both a
    ``$ref`` and the same keyword (``properties``), so both ways are tried, in order.
    """
    if not path:
        return f"{file}#{pointer(here)}"
    key, rest = path[0], path[1:]
    if isinstance(node, list) and key.isdigit() and int(key) < len(node):
        found = _walk(file, node[int(key)], (*here, key), rest)
        if found is not None:
            return found
    if isinstance(node, dict) and key in node:
        found = _walk(file, node[key], (*here, key), rest)
        if found is not None:
            return found
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target, _, fragment = node["$ref"].partition("#")
        name = (target or file).removesuffix(".schema.json")
        if name in SCHEMA_NAMES:
            steps = tuple(part for part in fragment.split("/") if part)
            target_node: Any = _contents(name)
            for step in steps:
                target_node = target_node[step]
            return _walk(f"{name}.schema.json", target_node, steps, path)
    return None


def keyword_location(file: str, path: Iterable[str | int]) -> str:
    """Where the failing keyword is written: ``<file>#<pointer>``, after following ``$ref``s."""
    steps = tuple(str(key) for key in path)
    name = file.removesuffix(".schema.json")
    found = _walk(file, _contents(name), (), steps) if name in SCHEMA_NAMES else None
    return found if found is not None else f"{file}#{pointer(steps)}"


def problem(error: Any, file: str) -> Problem:
    """The :class:`Problem` for one jsonschema error."""
    message, expected = _message(error)
    return Problem(
        code=str(error.validator),
        message=message,
        location=pointer(error.absolute_path),
        expected=expected,
        found=excerpt(error.instance),
        schema_location=keyword_location(file, error.absolute_schema_path),
    )


def is_valid(validator: Any, data: object) -> bool:
    """Whether ``data`` is valid; an unresolvable ``$ref`` becomes SchemaError."""
    import referencing.exceptions

    try:
        return bool(validator.is_valid(data))
    except referencing.exceptions.Unresolvable as exc:
        raise _schema_error(exc) from None


def _schema_error(exc: BaseException) -> SchemaError:
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, SchemaError):
        cause = cause.__cause__
    return SchemaError(str(cause) if cause is not None else f"cannot resolve a $ref: {exc}")


def errors(validator: Any, data: object) -> list[Any]:
    """Every error of ``data``, sorted by JSON pointer then keyword.

    An unresolvable ``$ref`` becomes :class:`~bulletinkit.SchemaError`.
    """
    import referencing.exceptions

    try:
        found = list(validator.iter_errors(data))
    except referencing.exceptions.Unresolvable as exc:
        raise _schema_error(exc) from None
    return sorted(found, key=lambda e: (pointer(e.absolute_path), str(e.validator)))


def best(found: list[Any]) -> Any:
    """jsonschema's ``best_match`` among ``found``."""
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

    return best_match(found)
