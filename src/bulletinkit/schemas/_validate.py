"""``validate`` and ``require_valid``: schema, then model, then cross-object checks."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, cast

import attrs

from bulletinkit.errors import Issue, SchemaError, ValidationError
from bulletinkit.schemas import _fast, _pure
from bulletinkit.schemas._explain import Failure, problems
from bulletinkit.schemas._files import SCHEMA_NAMES, _check_name
from bulletinkit.schemas._report import Problem, ValidationReport
from bulletinkit.versions import SCHEMA_VERSION

BACKEND_ENV = "BULLETINKIT_VALIDATOR"
"""Environment variable naming the backend: ``jsonschema`` forces the pure one."""

BACKENDS = ("jsonschema", "jsonschema-rs")

# The model class each document schema structures into, by name of bulletinkit.model.
_MODELS = {
    "bulletin": "Bulletin",
    "actor": "Actor",
    "meeting": "Meeting",
    "license-notice": "LicenseNotice",
}


def choose_backend(backend: str | None = None) -> str:
    """The backend to use: ``backend`` if given, else ``$BULLETINKIT_VALIDATOR``, else the
    fastest installed (``jsonschema-rs`` with the ``fast`` extra, ``jsonschema`` otherwise).
    """
    wanted = backend or os.environ.get(BACKEND_ENV) or None
    if wanted is None:
        return "jsonschema-rs" if _fast.available() else "jsonschema"
    if wanted not in BACKENDS:
        raise SchemaError(f"unknown validation backend {wanted!r}; choose one of {BACKENDS}")
    if wanted == "jsonschema-rs" and not _fast.available():
        raise SchemaError("the jsonschema-rs backend needs the 'fast' extra (jsonschema-rs)")
    return wanted


def _as_problem(issue: Issue, prefix: str = "") -> Problem:
    return Problem(
        code=issue.code,
        message=issue.message,
        location=prefix + issue.location,
        severity=issue.severity,
        expected=issue.expected,
        found=issue.found,
    )


def _model_problems(data: Mapping[str, Any], name: str) -> list[Problem]:
    """Structure a schema-valid document into its model, then run the checks on a bulletin."""
    from bulletinkit import codec, model

    if "schema_version" not in data:  # optional in standalone documents, required by the codec
        data = {"schema_version": SCHEMA_VERSION, **data}
    try:
        obj = codec.from_dict(data, getattr(model, _MODELS[name]))
    except ValidationError as exc:
        return [_as_problem(issue) for issue in exc.issues]
    if name != "bulletin":
        return []
    from bulletinkit.checks import check

    return [_as_problem(issue) for issue in check(obj)]


def _report(name: str, failures: list[Failure], backend: str) -> ValidationReport:
    found, best = problems(failures)
    return ValidationReport(schema=name, problems=found, best=best, backend=backend)


def _fast_validator(schema: str | Mapping[str, Any]) -> Any:
    if isinstance(schema, str):
        return _fast.validator(schema)
    return _fast.validator_for_schema(schema)


def _pure_validator(schema: str | Mapping[str, Any]) -> Any:
    if isinstance(schema, str):
        return _pure.validator(schema)
    return _pure.validator_for_schema(schema)


def _as_data(data: object) -> object:
    """A model object (``Bulletin``, ``Actor``...) as its JSON data; anything else as is."""
    from bulletinkit._codec.plan import OBJECT_MODELS

    if data.__class__ in OBJECT_MODELS:
        from bulletinkit.codec import Model, to_dict

        return to_dict(cast(Model, data))
    return data


def _too_deep(name: str, data: object, backend: str) -> ValidationReport | None:
    from bulletinkit._codec import guard

    deep = guard.too_deep(data)
    if deep is None:
        return None
    found = guard.depth_issue(deep)
    problem = Problem(code=found.code, message=found.message, location=deep)
    return ValidationReport(schema=name, problems=(problem,), best=problem, backend=backend)


def _unwritable(name: str, data: object, backend: str) -> ValidationReport | None:
    from bulletinkit._codec import guard

    where = guard.lone_surrogate(data)
    if where is None:
        return None
    problem = Problem(
        code="json",
        message="a lone surrogate is not valid JSON text (no UTF-8 can carry it)",
        location=where,
    )
    return ValidationReport(schema=name, problems=(problem,), best=problem, backend=backend)


def _each(items: list[Any], schema: str, checks: bool, backend: str | None) -> ValidationReport:
    """A top-level array of documents, validated item by item (pointers ``/0/...``)."""
    found: list[Problem] = []
    best: Problem | None = None
    chosen = backend
    for index, item in enumerate(items):
        report = _one(item, schema, checks=checks, backend=backend)  # an inner array is no batch
        chosen = report.backend
        found.extend(attrs.evolve(p, location=f"/{index}{p.location}") for p in report.problems)
        if best is None and report.best is not None:
            best = attrs.evolve(report.best, location=f"/{index}{report.best.location}")
    return ValidationReport(
        schema=schema, problems=tuple(found), best=best, backend=chosen or choose_backend()
    )


def validate(
    data: object,
    schema: str | Mapping[str, Any] = "bulletin",
    *,
    checks: bool = True,
    backend: str | None = None,
) -> ValidationReport:
    """Validate parsed JSON ``data`` against a bundled schema; report every problem.

    ``data`` is parsed JSON (a dict...) or a model object (a ``Bulletin``, ``Actor``...,
    validated as its :func:`~bulletinkit.codec.to_dict`). A top-level JSON array given
    for a document schema (``bulletin``, ``actor``, ``meeting``, ``license-notice``) is
    a batch: each item is validated as one document and its problems are located under
    its index (``/2/title``). Data nested deeper than
    :data:`~bulletinkit.codec.MAX_DEPTH` levels gets one ``depth`` problem, never a
    ``RecursionError``.

    ``schema`` is a bundled schema name (:data:`SCHEMA_NAMES`) or a schema dict of your
    own, whose ``$ref``s may name the bundled files by their ``$id``. When the schema
    passes and ``schema`` is ``bulletin``, ``actor``, ``meeting`` or ``license-notice``,
    the document is then structured into its model (which checks what a schema cannot
    compare, such as a span's end not before its start), and a bulletin goes through
    :func:`bulletinkit.check`. ``checks=False`` stops after the schema.

    ``backend`` is ``"jsonschema"`` or ``"jsonschema-rs"``; by default the fastest
    installed one is used (``$BULLETINKIT_VALIDATOR`` overrides). Both give the same
    verdict and, for the bundled schemas, the same report: bulletinkit words the
    messages itself and picks ``best`` with jsonschema's ``best_match`` relevance.
    Nothing is ever fetched from the network: a ``$ref`` to anything but a bundled file
    raises :class:`~bulletinkit.SchemaError`, as does an unknown schema name.
    """
    data = _as_data(data)
    if isinstance(schema, str) and data.__class__ is list and schema in _MODELS:
        return _each(data, schema, checks, backend)
    return _one(data, schema, checks=checks, backend=backend)


def validate_item(
    data: object,
    schema: str | Mapping[str, Any] = "bulletin",
    *,
    checks: bool = True,
    backend: str | None = None,
) -> ValidationReport:
    """:func:`validate` of one item of a batch: a JSON array here is not a batch but an
    invalid document (what ``validate`` does with the items of a top-level array)."""
    return _one(data, schema, checks=checks, backend=backend)


def _one(
    data: object,
    schema: str | Mapping[str, Any],
    *,
    checks: bool,
    backend: str | None,
) -> ValidationReport:
    """:func:`validate` of one document."""
    chosen = choose_backend(backend)
    data = _as_data(data)
    if isinstance(schema, str):
        _check_name(schema)
        name, file = schema, f"{schema}.schema.json"
    else:
        name, file = "custom", str(schema.get("$id", "custom"))
        deep = _too_deep(name, data, chosen)  # a schema of your own may recurse as deep
        if deep is not None:
            return deep

    # is_valid stops at the first failure: the common case of a valid document is cheap.
    # An invalid one is then explained by the same backend, in bulletinkit's own words.
    # A valid one follows the bundled schemas, which are closed: it cannot nest deep.
    # Before explaining, data nested too deep gets its one problem (a report is falsy
    # when not ok, hence the "is not None").
    failures = None
    if chosen == "jsonschema-rs":
        fast = _fast_validator(schema)
        try:
            if not fast.is_valid(data):
                deep = _too_deep(name, data, chosen)
                if deep is not None:
                    return deep
                failures = _fast.failures(fast, data, file)
        except ValueError:  # data jsonschema-rs cannot take in: too deep, lone surrogates
            deep = _too_deep(name, data, chosen)
            if deep is not None:
                return deep
            chosen = "jsonschema"
    if chosen == "jsonschema":
        # jsonschema recurses with the data, and words even the first failure with the
        # value's repr, itself a recursion: data nested too deep is reported before it is
        # handed over (a schema of your own was checked above)
        if isinstance(schema, str):
            deep = _too_deep(name, data, chosen)
            if deep is not None:
                return deep
        # strings jsonschema-rs refuses to take in: refused by both backends, and before
        # the model, which could not derive an id from them
        unwritable = _unwritable(name, data, chosen)
        if unwritable is not None:
            return unwritable
        pure = _pure_validator(schema)
        if not _pure.is_valid(pure, data):
            failures = _pure.failures(pure, data, file)
    if failures is not None:
        return _report(name, failures, chosen)
    extra: list[Problem] = []
    if checks and name in _MODELS and isinstance(data, Mapping):
        extra = _model_problems(data, name)
    return ValidationReport(
        schema=name, problems=tuple(extra), best=extra[0] if extra else None, backend=chosen
    )


def require_valid(
    data: object,
    schema: str | Mapping[str, Any] = "bulletin",
    *,
    checks: bool = True,
    backend: str | None = None,
) -> None:
    """Like :func:`validate`, but raise :class:`~bulletinkit.ValidationError` on any error.

    The error's ``issues`` are the report's errors, each with its JSON pointer.
    Warnings alone do not raise.
    """
    validate(data, schema, checks=checks, backend=backend).raise_for_problems()


__all__ = ["BACKENDS", "BACKEND_ENV", "SCHEMA_NAMES", "choose_backend", "require_valid", "validate"]
