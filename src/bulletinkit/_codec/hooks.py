"""The hooks of every model, built once, and the top-level document rules.

A top-level document is an object that carries ``schema_version``; nested objects do not.
It may also carry ``$schema`` (what editors use to attach a schema): any string, read and
not kept.
"""

from __future__ import annotations

import functools
from typing import Any

from bulletinkit._codec import backend, fastpass, guard, structure, unstructure
from bulletinkit._codec.issues import MISSING, ROOT, problem
from bulletinkit._codec.plan import OBJECT_MODELS, plan
from bulletinkit.errors import Issue, UsageError, ValidationError
from bulletinkit.model import Bulletin
from bulletinkit.versions import SCHEMA_VERSION, SCHEMA_VERSIONS

_KNOWN = ", ".join(f'"{version}"' for version in SCHEMA_VERSIONS)
_EXPECTED = f"one of {_KNOWN}"
# Members a bulletin of schema version 1.0 must have (1.1 made them optional).
_REQUIRED_IN_1_0 = ("title", "date")
_FIELD_ORDER = {field.name: index for index, field in enumerate(plan(Bulletin))}


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


def _not_a_model(cls: object) -> UsageError:
    names = ", ".join(model.__name__ for model in OBJECT_MODELS)
    return UsageError(f"bulletinkit.codec handles {names}; not {cls!r}")


def _check_version(data: dict[str, Any], errs: list[Issue]) -> None:
    version = data.get("schema_version", MISSING)
    where = (ROOT, "schema_version")
    if version is MISSING:
        errs.append(
            Issue(
                code="schema-version",
                message=f'missing required key "schema_version", expected {_EXPECTED}',
                location="/schema_version",
                expected=_EXPECTED,
            )
        )
    elif version.__class__ is not str or version not in SCHEMA_VERSIONS:
        note = "" if version.__class__ is not str else "an unknown schema version"
        problem(errs, where, "schema-version", _EXPECTED, version, note)


def _required_in_1_0(data: dict[str, Any], errs: list[Issue]) -> None:
    """Record the members a 1.0 bulletin lacks, in field order among the other issues."""
    missing = [
        Issue(
            code="missing",
            message=f'missing required key "{key}" (required by schema version 1.0;'
            " version 1.1 makes it optional)",
            location=f"/{key}",
            expected=f'"{key}" in a schema version 1.0 bulletin',
        )
        for key in _REQUIRED_IN_1_0
        if key not in data
    ]
    if missing:
        errs.extend(missing)
        errs.sort(key=_field_order)  # stable: the hook's issues keep their order


def _field_order(issue: Issue) -> int:
    """The place of an issue's top-level member among the bulletin's fields (the
    version first, unknown members last), as the structuring hook reports them."""
    if issue.location == "/schema_version":
        return -1
    key = issue.location.split("/", 2)[1] if issue.location.startswith("/") else ""
    return _FIELD_ORDER.get(key, len(_FIELD_ORDER))


def _fast_version(data: dict[str, Any], cls: type) -> bool:
    """Whether the happy path may read ``data``: a known version whose rules it keeps."""
    version = data.get("schema_version")
    if version == SCHEMA_VERSION:
        return True
    return version == "1.0" and (cls is not Bulletin or ("title" in data and "date" in data))


def structure_document(data: Any, cls: type, lenient: bool) -> Any:
    """A ``cls`` from a top-level document, or a ValidationError listing every issue."""
    if data.__class__ is dict and _fast_version(data, cls):
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
    if cls is Bulletin and data.__class__ is dict and data.get("schema_version") == "1.0":
        _required_in_1_0(data, errs)
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
