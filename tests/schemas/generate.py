"""Hypothesis strategies for documents that follow a single-file schema view.

hypothesis-jsonschema 0.23 does not run with the hypothesis this project pins (it uses a
private hypothesis API that has since changed), so this small generator covers exactly
the keywords our schema views use and raises for any other, so a schema change cannot
silently narrow what is generated.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from jsonschema import Draft7Validator

_ANNOTATIONS = {"$schema", "title", "description", "examples"}
_KNOWN = {
    "type",
    "enum",
    "const",
    "pattern",
    "minimum",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "minProperties",
    "if",
    "then",
} | _ANNOTATIONS


_JSON_CHARACTERS = st.characters(exclude_categories=("Cs",))


def from_view(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """A strategy for documents valid under ``schema`` (a view from ``draft7_view``)."""
    unknown = set(schema) - _KNOWN
    if unknown:
        raise NotImplementedError(f"keywords not supported by the generator: {sorted(unknown)}")
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "string":
        if "pattern" in schema:
            # JSON text carries no lone surrogate (bulletinkit's validator reports one), so
            # neither may a generated document: the regex's classes draw from this alphabet.
            return st.from_regex(schema["pattern"], alphabet=_JSON_CHARACTERS)
        return st.text(_JSON_CHARACTERS, max_size=20)
    if kind == "integer":
        return st.integers(min_value=schema.get("minimum"), max_value=10_000)
    if kind == "array":
        return st.lists(from_view(schema["items"]), max_size=3)
    if kind == "object":
        if schema.get("additionalProperties") is not False:
            raise NotImplementedError("objects must be closed")
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        documents = st.fixed_dictionaries(
            {key: from_view(sub) for key, sub in properties.items() if key in required},
            optional={
                key: from_view(sub) for key, sub in properties.items() if key not in required
            },
        )
        if "minProperties" in schema:
            least = schema["minProperties"]
            documents = documents.filter(lambda document: len(document) >= least)
        if "if" in schema:  # keep the documents that meet "then" whenever they meet "if"
            condition = Draft7Validator(schema["if"])
            consequence = Draft7Validator(schema.get("then", {}))
            documents = documents.filter(
                lambda document: not condition.is_valid(document) or consequence.is_valid(document)
            )
        return documents
    raise NotImplementedError(f"schema without a supported type: {schema}")
