"""Schema failures from either backend, explained the same way.

Each backend reports a failure as an instance path, the failing keyword and where that
keyword is written (file and pointer). This module turns those into :class:`Problem`
records with messages worded by bulletinkit, not by the backend, so ``jsonschema`` and
``jsonschema-rs`` give identical reports for the bundled schemas; and it picks the best
problem with jsonschema's ``best_match`` relevance (shallowest first; our schemas have no
``anyOf``/``oneOf`` whose context it would descend into).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from bulletinkit.errors import excerpt
from bulletinkit.schemas._files import SCHEMA_NAMES, _contents
from bulletinkit.schemas._report import Problem, pointer

# An enum longer than this is named by its title instead of listed in the message.
_SHORT_ENUM = 8
_WEAK = frozenset({"anyOf", "oneOf"})


@attrs.frozen(kw_only=True)
class Failure:
    """One failing keyword, as a backend reports it."""

    path: tuple[str | int, ...]
    keyword: str
    instance: Any
    file: str
    """The schema file holding the keyword (``defs.schema.json``) or a custom schema's id."""
    keyword_path: tuple[str, ...]
    """The keyword's place in ``file``: ``("$defs", "span", "properties", "end", "minimum")``."""
    backend_message: str
    """The backend's own message, used only for keywords bulletinkit does not word."""


def _node(file: str, parts: Sequence[str]) -> Any:
    name = file.removesuffix(".schema.json")
    if name not in SCHEMA_NAMES:
        return None
    node: Any = _contents(name)
    for part in parts:
        node = node[int(part)] if isinstance(node, list) else node.get(part)
        if node is None:
            return None
    return node


def _resolve_ref(file: str, ref: str) -> tuple[str, Any]:
    target, _, fragment = ref.partition("#")
    file = target or file
    return file, _node(file, [part for part in fragment.split("/") if part])


def _known_properties(file: str, node: Any) -> set[str]:
    """Property names a node declares, through its ``$ref`` chain."""
    known: set[str] = set()
    while isinstance(node, Mapping):
        known.update(node.get("properties", {}))
        if not isinstance(node.get("$ref"), str):
            break
        file, node = _resolve_ref(file, node["$ref"])
    return known


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


def _matches_type(instance: object, schema: Any) -> bool:
    """jsonschema's ``_matches_type``: whether the instance has the subschema's ``type``."""
    wanted = schema.get("type") if isinstance(schema, Mapping) else None
    if wanted is None:
        return False
    found = json_type(instance)
    wanted = [wanted] if isinstance(wanted, str) else wanted
    integral = isinstance(instance, float) and instance.is_integer()
    return any(
        w == found or (w == "number" and found == "integer") or (w == "integer" and integral)
        for w in wanted
    )


def _unexpected(kind: str, names: list[str]) -> str:
    shown = ", ".join(repr(name) for name in names)
    verb = "was" if len(names) == 1 else "were"
    return f"{kind} properties are not allowed ({shown} {verb} unexpected)"


def _explain(failure: Failure, schema: Any) -> list[tuple[str, str | None]]:
    """``(message, expected)`` of a failure; ``required`` gives one per missing property."""
    keyword, instance = failure.keyword, failure.instance
    value = schema.get(keyword) if isinstance(schema, Mapping) else None
    title = schema.get("title") if isinstance(schema, Mapping) else None
    title = title if isinstance(title, str) else None
    if value is None:
        return [(failure.backend_message, title)]
    if keyword == "type":
        wanted = " or ".join(value) if isinstance(value, list) else str(value)
        return [(f"expected {wanted}, got {json_type(instance)}", wanted)]
    if keyword == "pattern":
        if title is not None:
            return [(f"{excerpt(instance)} is not a valid {title}", title)]
        return [(f"{instance!r} does not match {value!r}", None)]
    if keyword == "enum":
        if title is not None and len(value) > _SHORT_ENUM:
            return [(f"{excerpt(instance)} is not a valid {title}", title)]
        return [(f"{instance!r} is not one of {value!r}", title)]
    if keyword == "const":
        return [(f"{value!r} was expected", title)]
    if keyword == "minimum":
        return [(f"{instance!r} is less than the minimum of {value!r}", title)]
    if keyword == "minProperties" and isinstance(instance, Mapping):
        members = "member" if value == 1 else "members"
        return [(f"expected at least {value!r} {members}, got {len(instance)}", title)]
    if keyword == "required" and isinstance(instance, Mapping):
        return [
            (f"{name!r} is a required property", title) for name in value if name not in instance
        ]
    if keyword in ("additionalProperties", "unevaluatedProperties") and isinstance(
        instance, Mapping
    ):
        known = _known_properties(failure.file, schema)
        extra = [key for key in instance if key not in known]
        kind = "Additional" if keyword == "additionalProperties" else "Unevaluated"
        return [(_unexpected(kind, extra), title)]
    return [(failure.backend_message, title)]


def problems(failures: Iterable[Failure]) -> tuple[tuple[Problem, ...], Problem | None]:
    """Every problem, sorted by pointer, keyword and schema location; and the best one."""
    rows = []
    seen: set[tuple[str, str, str]] = set()
    for failure in failures:
        location = f"{failure.file}#{pointer(failure.keyword_path)}"
        where = pointer(failure.path)
        if failure.keyword == "required":  # both backends give one failure per name
            if (where, location, "required") in seen:
                continue
            seen.add((where, location, "required"))
        schema = _node(failure.file, failure.keyword_path[:-1])
        for index, (message, expected) in enumerate(_explain(failure, schema)):
            problem = Problem(
                code=failure.keyword,
                message=message,
                location=where,
                expected=expected,
                found=excerpt(failure.instance),
                schema_location=location,
            )
            relevance = (
                -len(failure.path),
                failure.path,
                failure.keyword not in _WEAK,
                False,
                not _matches_type(failure.instance, schema),
            )
            rows.append(((where, failure.keyword, location, index), relevance, problem))
    rows.sort(key=lambda row: row[0])
    # An object schema and the fields it refers to may both state "type": "object": the
    # same failure at the same place is reported once, at the first keyword in order.
    said: set[tuple[str, str, str]] = set()
    kept = []
    for row in rows:
        key = (row[2].location, row[2].code, row[2].message)
        if key not in said:
            said.add(key)
            kept.append(row)
    rows = kept
    best = None
    best_key: Any = None
    for _, relevance, problem in rows:
        if best is None or relevance > best_key:
            best, best_key = problem, relevance
    return tuple(problem for _, _, problem in rows), best
