"""A single-file draft-07 view of a bundled schema, for generating documents.

Generators such as hypothesis-jsonschema read drafts 4 to 7 and cannot follow a ``$ref``
into another file. This helper inlines every ``$ref`` (our schemas have no recursion), merges a
``$ref``'s target with its sibling keywords, and turns ``unevaluatedProperties: false``
into ``additionalProperties: false`` over the merged ``properties``: for our schemas,
whose only composition is ``$ref`` plus siblings, the view accepts exactly the same
documents (a test checks that on generated documents).
"""

from __future__ import annotations

from typing import Any

from bulletinkit.schemas import load_schema

_DROP = {"$schema", "$id", "$defs", "examples", "title", "description"}


def _resolve(ref: str, file: str) -> tuple[Any, str]:
    target, _, fragment = ref.partition("#")
    file = target.removesuffix(".schema.json") if target else file
    node: Any = load_schema(file)
    for part in [p for p in fragment.split("/") if p]:
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node, file


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if key == "properties":
            merged["properties"] = {**base.get("properties", {}), **value}
        elif key == "required":
            merged["required"] = sorted({*base.get("required", []), *value})
        else:
            merged[key] = value
    return merged


def _inline(node: Any, file: str) -> Any:
    if isinstance(node, list):
        return [_inline(item, file) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROP or key == "$ref":
            continue
        if key in ("properties",):
            out[key] = {name: _inline(sub, file) for name, sub in value.items()}
        elif key in ("enum", "const", "required", "pattern", "type"):
            out[key] = value
        else:
            out[key] = _inline(value, file)
    if "$ref" in node:
        target, target_file = _resolve(node["$ref"], file)
        out = _merge(_inline(target, target_file), out)
    if out.pop("unevaluatedProperties", True) is False:
        out["additionalProperties"] = False
    return out


def draft7_view(name: str) -> dict[str, Any]:
    """The bundled schema ``name`` as one self-contained draft-07 schema."""
    view = _inline(load_schema(name), name)
    view["$schema"] = "http://json-schema.org/draft-07/schema#"
    return view  # type: ignore[no-any-return]
