"""The bundled schema files: names, loading, and the offline registry.

Every file is package data under ``bulletinkit/schemas/v1/`` and is read with
:mod:`importlib.resources`, so it works from a wheel, a zip or the source tree.
Nothing is ever fetched: a ``$ref`` to a URI that is not a bundled file raises
:class:`~bulletinkit.SchemaError`.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Any

from bulletinkit.errors import SchemaError
from bulletinkit.versions import SCHEMA_BASE_URI

if TYPE_CHECKING:
    import referencing

SCHEMA_NAMES: tuple[str, ...] = (
    "bulletin",
    "actor",
    "meeting",
    "license-notice",
    "defs",
    "country-code",
)
"""The names of the bundled schema files, each ``<name>.schema.json``."""

DOCUMENT_NAMES: tuple[str, ...] = ("bulletin", "actor", "meeting", "license-notice")
"""The document types that also ship as one self-contained file (``bundled=True``)."""

_FOLDER = "v1"


def schema_uri(name: str) -> str:
    """The ``$id`` of the bundled schema ``name``."""
    return f"{SCHEMA_BASE_URI}{name}.schema.json"


def _check_name(name: str) -> None:
    if name not in SCHEMA_NAMES:
        known = ", ".join(SCHEMA_NAMES)
        raise SchemaError(f"unknown schema {name!r}; the bundled schemas are: {known}")


def schema_text(name: str, *, bundled: bool = False) -> str:
    """The text of the bundled schema file ``name`` (e.g. ``"bulletin"``), exactly as shipped.

    ``bundled=True`` gives the self-contained file of a document type
    (:data:`DOCUMENT_NAMES`): the same schema with every file it refers to embedded in its
    ``$defs``, for tools that should load one file and fetch nothing. Raises
    :class:`~bulletinkit.SchemaError` for a name not in :data:`SCHEMA_NAMES` (or, bundled,
    not in :data:`DOCUMENT_NAMES`).
    """
    _check_name(name)
    folder = resources.files("bulletinkit.schemas") / _FOLDER
    if bundled:
        if name not in DOCUMENT_NAMES:
            known = ", ".join(DOCUMENT_NAMES)
            raise SchemaError(f"no self-contained file for {name!r}; there is one for: {known}")
        folder = folder / "bundled"
    return (folder / f"{name}.schema.json").read_text(encoding="utf-8")


@functools.cache
def _contents(name: str) -> dict[str, Any]:
    contents: dict[str, Any] = json.loads(schema_text(name))
    return contents


def load_schema(name: str, *, bundled: bool = False) -> dict[str, Any]:
    """The bundled schema ``name`` as a fresh dict (callers may change it freely);
    ``bundled=True``: its self-contained file (see :func:`schema_text`)."""
    return json.loads(schema_text(name, bundled=bundled))  # type: ignore[no-any-return]


def bundled_resources() -> tuple[tuple[str, dict[str, Any]], ...]:
    """``($id, contents)`` of every bundled file; the contents are shared, do not mutate."""
    return tuple((schema_uri(name), _contents(name)) for name in SCHEMA_NAMES)


def refuse_retrieval(uri: str) -> Any:
    """The ``retrieve`` of our registries: anything not bundled is an error, never a fetch."""
    raise SchemaError(
        f"cannot resolve $ref {uri!r}: bulletinkit resolves references only to its bundled "
        f"schema files ({SCHEMA_BASE_URI}<name>.schema.json) and never fetches from the network"
    )


@functools.lru_cache(maxsize=1)
def registry() -> referencing.Registry[Any]:
    """A :class:`referencing.Registry` holding only the bundled files, crawled.

    Its ``retrieve`` raises :class:`~bulletinkit.SchemaError` for every other URI.
    """
    import referencing
    import referencing.jsonschema

    resources_ = [
        (uri, referencing.Resource.from_contents(contents, referencing.jsonschema.DRAFT202012))
        for uri, contents in bundled_resources()
    ]
    empty: referencing.Registry[Any] = referencing.Registry(retrieve=refuse_retrieval)  # type: ignore[call-arg]
    return empty.with_resources(resources_).crawl()
