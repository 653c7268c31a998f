"""Validation with ``jsonschema`` (the default backend), into backend-neutral failures."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from bulletinkit.errors import SchemaError
from bulletinkit.schemas._explain import Failure
from bulletinkit.schemas._files import SCHEMA_NAMES, _contents, registry
from bulletinkit.schemas._report import pointer


@functools.cache
def validator(name: str) -> Any:
    """The cached Draft 2020-12 validator of the bundled schema ``name``."""
    return validator_for_schema(_contents(name))


def validator_for_schema(schema: Mapping[str, Any]) -> Any:
    """A Draft 2020-12 validator of ``schema`` whose ``$ref``s resolve to bundled files only."""
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

    return Draft202012Validator(schema, registry=registry())


def _walk(
    file: str, node: Any, here: tuple[str, ...], path: tuple[str, ...]
) -> Iterator[tuple[str, tuple[str, ...], Any]]:
    """Every way to follow ``path`` from ``node``: ``(file, keyword path, parent node)``.

    jsonschema's schema path leaves the ``$ref`` steps out, and a node may hold both a
    ``$ref`` and the same keyword (``type``, ``properties``), so both ways are tried, in
    order; the caller tells them apart by the failing subschema itself.
    """
    if len(path) == 1:
        if isinstance(node, dict) and path[0] in node:
            yield file, (*here, path[0]), node
    elif path:
        key, rest = path[0], path[1:]
        if isinstance(node, list) and key.isdigit() and int(key) < len(node):
            yield from _walk(file, node[int(key)], (*here, key), rest)
        if isinstance(node, dict) and key in node:
            yield from _walk(file, node[key], (*here, key), rest)
    if path and isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target, _, fragment = node["$ref"].partition("#")
        name = (target or file).removesuffix(".schema.json")
        if name in SCHEMA_NAMES:
            steps = tuple(part for part in fragment.split("/") if part)
            target_node: Any = _contents(name)
            for step in steps:
                target_node = target_node[step]
            yield from _walk(f"{name}.schema.json", target_node, steps, path)


def keyword_location(
    file: str, path: Iterable[str | int], subschema: Any = None
) -> tuple[str, tuple[str, ...]]:
    """Where the failing keyword is written: the file and the keyword's path in it.

    ``subschema`` (jsonschema's ``error.schema``) picks the right place when ``path``
    could be followed more than one way.
    """
    steps = tuple(str(key) for key in path)
    name = file.removesuffix(".schema.json")
    if name not in SCHEMA_NAMES:
        return file, steps
    found = list(_walk(file, _contents(name), (), steps))
    for where, keyword_path, parent in found:
        if parent is subschema:
            return where, keyword_path
    return (found[0][0], found[0][1]) if found else (file, steps)


def failures(validator: Any, data: object, file: str) -> list[Failure]:
    """Every failing keyword jsonschema finds in ``data``."""
    found = []
    for error in errors(validator, data):
        where, steps = keyword_location(file, error.absolute_schema_path, error.schema)
        found.append(
            Failure(
                path=tuple(error.absolute_path),
                keyword=str(error.validator),
                instance=error.instance,
                file=where,
                keyword_path=steps,
                backend_message=error.message,
            )
        )
    return found


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
