"""The optional fast backend: ``jsonschema-rs`` over the same bundled files, offline.

It decides whether a document is valid; :mod:`bulletinkit.schemas._validate` asks
``jsonschema`` for the report of an invalid document, so messages do not depend on
which backend is installed. :func:`error_pointers` exposes jsonschema-rs's own error
pointers so the tests can prove the two backends agree.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from bulletinkit.errors import SchemaError
from bulletinkit.schemas._files import _contents, bundled_resources, refuse_retrieval
from bulletinkit.schemas._report import pointer


def available() -> bool:
    """Whether ``jsonschema_rs`` can be imported (the ``fast`` extra)."""
    try:
        import jsonschema_rs  # noqa: F401
    except ImportError:
        return False
    return True


@functools.lru_cache(maxsize=1)
def _registry() -> Any:
    import jsonschema_rs

    return jsonschema_rs.Registry(list(bundled_resources()), retriever=refuse_retrieval)


@functools.cache
def validator(name: str) -> Any:
    """The cached jsonschema-rs validator of the bundled schema ``name``."""
    return validator_for_schema(_contents(name))


def validator_for_schema(schema: Mapping[str, Any]) -> Any:
    """A jsonschema-rs validator of ``schema``; a ``$ref`` outside the bundle is a SchemaError."""
    import jsonschema_rs

    try:
        return jsonschema_rs.validator_for(dict(schema), registry=_registry())
    except jsonschema_rs.ValidationError as exc:  # raised for unresolvable references
        first_line = str(exc).split("\n", 1)[0]
        raise SchemaError(first_line.rpartition("SchemaError: ")[2]) from None


def error_pointers(validator: Any, data: object) -> list[tuple[str, str]]:
    """``(JSON pointer, keyword)`` of every error jsonschema-rs finds, sorted."""
    found = []
    for error in validator.iter_errors(data):
        keyword = str(error.schema_path[-1]) if error.schema_path else ""
        found.append((pointer(error.instance_path), keyword))
    return sorted(found)
