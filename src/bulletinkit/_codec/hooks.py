"""The hooks of every model, built once, and the top-level document rules.

A top-level document is an object that carries ``schema_version``; nested objects do not.
It may also carry ``$schema`` (what editors use to attach a schema): any string, read and
not kept.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from bulletinkit._codec import backend, fastpass, guard, structure, unstructure
from bulletinkit._codec.issues import MISSING, ROOT, problem
from bulletinkit._codec.plan import OBJECT_MODELS
from bulletinkit.errors import Issue, ValidationError
from bulletinkit.versions import SCHEMA_VERSION

_VERSION = re.compile(r"([0-9]+)\.([0-9]+)")
_MAJOR = SCHEMA_VERSION.split(".")[0]


@functools.lru_cache(maxsize=1)
def structure_hooks() -> dict[type, structure.Hook]:
    """The structuring hook of every object model (built on first use)."""
    return structure.build_all(OBJECT_MODELS)


@functools.lru_cache(maxsize=1)
def fast_hooks() -> dict[type, fastpass.FastHook]:
    """The happy-path hook of every object model (built on first use)."""
    return fastpass.build_all(OBJECT_MODELS)


@functools.lru_cache(maxsize=1)
def unstructure_hooks() -> dict[type, unstructure.Hook]:
    """The hook that writes each object model as a top-level document (built on first use)."""
    return unstructure.build_all(OBJECT_MODELS, top=True)


@functools.lru_cache(maxsize=1)
def native_hooks() -> dict[type, unstructure.Hook]:
    """The hook that writes each object model for ``orjson.dumps`` (built on first use)."""
    return unstructure.build_all(OBJECT_MODELS, native=True)


def _not_a_model(cls: object) -> TypeError:
    names = ", ".join(model.__name__ for model in OBJECT_MODELS)
    return TypeError(f"bulletinkit.codec handles {names}; not {cls!r}")


def _check_version(data: dict[str, Any], errs: list[Issue]) -> None:
    version = data.get("schema_version", MISSING)
    where = (ROOT, "schema_version")
    expected = f'"{SCHEMA_VERSION}" (or another "{_MAJOR}.x")'
    if version is MISSING:
        errs.append(
            Issue(
                code="schema-version",
                message=f'missing required key "schema_version", expected {expected}',
                location="/schema_version",
                expected=expected,
            )
        )
        return
    if version.__class__ is not str:
        problem(errs, where, "schema-version", expected, version)
        return
    match = _VERSION.fullmatch(version)
    if match is None:
        problem(errs, where, "schema-version", expected, version)
    elif match.group(1) != _MAJOR:
        problem(
            errs,
            where,
            "schema-version",
            expected,
            version,
            f"this bulletinkit reads schema version {_MAJOR}.x only",
        )


def structure_document(data: Any, cls: type, lenient: bool) -> Any:
    """A ``cls`` from a top-level document, or a ValidationError listing every issue."""
    if data.__class__ is dict and data.get("schema_version") == SCHEMA_VERSION:
        fast = fast_hooks().get(cls)
        if fast is not None:
            try:
                return fast(data, True)
            except fastpass.FAILURES:
                pass  # the diagnosing pass below decides and explains
    hook = structure_hooks().get(cls)
    if hook is None:
        raise _not_a_model(cls)
    deep = guard.too_deep(data)  # the fast path above reads only model-shaped documents
    if deep is not None:
        found = guard.depth_issue(deep)
        raise ValidationError([Issue(code=found.code, message=found.message, location=deep)])
    errs: list[Issue] = []
    if data.__class__ is dict:
        _check_version(data, errs)
        schema = data.get("$schema", MISSING)
        if schema is not MISSING and schema.__class__ is not str:
            problem(errs, (ROOT, "$schema"), "type", "a string", schema)
    obj = hook(data, ROOT, errs, lenient, True)
    if errs:
        raise ValidationError(errs)
    return obj


def unstructure_document(obj: object) -> dict[str, Any]:
    """The top-level JSON data of ``obj``: ``schema_version`` first, then its members."""
    hook = unstructure_hooks().get(obj.__class__)
    if hook is None:
        raise _not_a_model(obj.__class__)
    return hook(obj)


def document_json(obj: object, indent: int | None = None) -> str:
    """The JSON text of ``obj`` as a top-level document (see :func:`unstructure_document`).

    With orjson in use the object is written through its native hook (no copies of
    tuples, enum members as they are); otherwise, or when orjson refuses the data, the
    plain data is written by the backend. Both give the same text.
    """
    if backend.dumps is backend.dumps_fast and (indent is None or indent == 2):
        hook = native_hooks().get(obj.__class__)
        if hook is None:
            raise _not_a_model(obj.__class__)
        text = backend.dumps_native(hook(obj), indent)
        if text is not None:
            return text
    return backend.dumps(unstructure_document(obj), indent)
