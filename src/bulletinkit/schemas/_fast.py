"""The optional fast backend: ``jsonschema-rs`` over the same bundled files, offline.

It reports failures in the same backend-neutral form as the ``jsonschema`` backend
(:mod:`bulletinkit.schemas._explain` words them), so reports do not depend on which
backend is installed. :func:`error_pointers` exposes jsonschema-rs's own error pointers
so the tests can prove the two backends agree.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from bulletinkit.errors import SchemaError
from bulletinkit.schemas._explain import Failure
from bulletinkit.schemas._files import _contents, bundled_resources, refuse_retrieval
from bulletinkit.schemas._report import pointer
from bulletinkit.versions import SCHEMA_BASE_URI


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


def _location(error: Any, file: str) -> tuple[str, tuple[str, ...]]:
    uri = error.absolute_keyword_location
    if isinstance(uri, str) and uri.startswith(SCHEMA_BASE_URI) and "#" in uri:
        name, _, fragment = uri[len(SCHEMA_BASE_URI) :].partition("#")
        parts = [unquote(p).replace("~1", "/").replace("~0", "~") for p in fragment.split("/")]
        return name, tuple(part for part in parts if part)
    return file, tuple(str(part) for part in error.schema_path)


def failures(validator: Any, data: object, file: str) -> list[Failure]:
    """Every failing keyword jsonschema-rs finds in ``data``."""
    found = []
    for error in validator.iter_errors(data):
        where, steps = _location(error, file)
        found.append(
            Failure(
                path=tuple(error.instance_path),
                keyword=steps[-1] if steps else "",
                instance=error.instance,
                file=where,
                keyword_path=steps,
                backend_message=error.message,
            )
        )
    return found


def error_pointers(validator: Any, data: object) -> list[tuple[str, str]]:
    """``(JSON pointer, keyword)`` of every error jsonschema-rs finds, sorted."""
    found = []
    for error in validator.iter_errors(data):
        keyword = str(error.schema_path[-1]) if error.schema_path else ""
        found.append((pointer(error.instance_path), keyword))
    return sorted(found)
