"""Models to JSON and back: the one place that owns the JSON shape.

``to_dict``/``from_dict`` turn models into plain JSON data and back; ``to_json``/
``from_json`` do the same with text (through orjson when it is installed);
``iter_ndjson``/``write_ndjson`` stream newline-delimited JSON one document at a time.
The shape is described in ``docs/json.md``: ``schema_version`` at the top level, ``None``
fields omitted (``null`` rejected), enums by value, dates as ISO/EDTF strings, unknown
keys rejected by name unless ``lenient=True`` keeps them in ``extra``. Bad input raises
one :class:`~bulletinkit.ValidationError` that lists every problem with its JSON pointer.
Hostile input is an error too, never a crash: nesting deeper than :data:`MAX_DEPTH`
(``depth``), a key repeated in one object (``duplicate-key``), ``NaN``/``Infinity``,
lone surrogates and text that is not UTF-8 (``json``). A wrong argument
(``from_json(Bulletin, text)``, ``to_json({...})``) raises
:class:`~bulletinkit.UsageError`, a ``TypeError``, and mypy flags it beforehand: ``cls``
is typed ``type[M]`` for a model class ``M`` and ``obj`` as a :data:`Model`.

``bulletinkit.codec.converter`` is a ``cattrs.Converter`` with the same rules registered,
for code that composes cattrs converters (built, and cattrs imported, on first access).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import IO, Any, Literal, TypeAlias, TypeVar, overload

import attrs

from bulletinkit._codec import arguments, backend
from bulletinkit._codec.guard import MAX_DEPTH
from bulletinkit._codec.hooks import document_json, structure_document, unstructure_document
from bulletinkit.errors import Issue, UsageError, ValidationError
from bulletinkit.model import (
    Actor,
    Bulletin,
    Dateline,
    LicenseNotice,
    Meeting,
    Provenance,
    Role,
    Rule,
    Series,
    Span,
)

__all__ = [
    "MAX_DEPTH",
    "Model",
    "from_dict",
    "from_json",
    "iter_ndjson",
    "to_dict",
    "to_json",
    "write_ndjson",
]

Model: TypeAlias = (
    Bulletin
    | Series
    | Dateline
    | Actor
    | Role
    | Meeting
    | LicenseNotice
    | Rule
    | Span
    | Provenance
    | Issue
)
"""Any object the codec reads and writes (each is a JSON object)."""
M = TypeVar("M", bound=Model)


def __getattr__(name: str) -> Any:
    # ``converter`` is built on first use so that importing bulletinkit never imports cattrs.
    if name == "converter":
        from bulletinkit._codec.converter import converter

        return converter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Characters that str.splitlines() treats as line breaks but compact JSON leaves raw.
_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")


def to_dict(obj: Model) -> dict[str, Any]:
    """The JSON data of a model object, with ``schema_version`` first.

    ``obj`` is a :class:`~bulletinkit.Bulletin`, ``Series``, ``Actor``, ``Role``,
    ``Meeting``, ``LicenseNotice``, ``Rule`` or ``Span``; the result holds only dicts,
    lists, strings and integers and shares nothing with ``obj``.
    """
    arguments.model_object("to_dict", obj)
    return unstructure_document(obj)


def from_dict(data: Any, cls: type[M], *, lenient: bool = False) -> M:
    """Build a ``cls`` from JSON data (as ``json.loads`` returns it), strictly.

    Raises :class:`~bulletinkit.ValidationError` listing every problem, each with its
    JSON pointer. With ``lenient=True`` unknown keys are kept in each object's ``extra``
    instead of being rejected (and written back unchanged by :func:`to_dict`).
    """
    arguments.model_class("from_dict", cls, "data", data)
    obj: M = structure_document(data, cls, lenient)
    return obj


def to_json(obj: Model, *, indent: int | None = None) -> str:
    """The JSON text of a model object: compact (``,``/``:``) unless ``indent`` is given."""
    arguments.model_object("to_json", obj)
    return document_json(obj, indent)


def _json_issue(error: backend.JSONSyntaxError, line: int | None = None) -> Issue:
    if error.pointer is not None:  # nested too deep, or a repeated key
        location = error.pointer if line is None else f"line {line}: {error.pointer}"
        return Issue(code=error.code, message=error.message, location=location)
    line = line if line is not None else error.line
    location = "" if line is None else f"line {line}"
    if line is not None and error.column is not None:
        location += f", column {error.column}"
    return Issue(code=error.code, message=f"not valid JSON: {error.message}", location=location)


def from_json(text: str | bytes, cls: type[M], *, lenient: bool = False) -> M:
    """Build a ``cls`` from JSON text (``str`` or UTF-8 ``bytes``), strictly.

    Text that is not JSON raises :class:`~bulletinkit.ValidationError` with one issue of
    code ``json`` located at ``line N, column M``; otherwise as :func:`from_dict`.
    """
    arguments.json_text("from_json", text)
    arguments.model_class("from_json", cls, "text", text)
    try:
        data = backend.loads(text)
    except backend.JSONSyntaxError as error:
        raise ValidationError([_json_issue(error)]) from None
    obj: M = structure_document(data, cls, lenient)
    return obj


Errors = Literal["raise", "skip", "collect"]
"""What :func:`iter_ndjson` does with a bad line."""


@overload
def iter_ndjson(
    lines: Iterable[str | bytes], *, lenient: bool = ..., errors: Literal["raise", "skip"] = ...
) -> Iterator[Bulletin]: ...
@overload
def iter_ndjson(
    lines: Iterable[str | bytes], *, lenient: bool = ..., errors: Literal["collect"]
) -> Iterator[Bulletin | ValidationError]: ...
@overload
def iter_ndjson(
    lines: Iterable[str | bytes],
    cls: type[M],
    *,
    lenient: bool = ...,
    errors: Literal["raise", "skip"] = ...,
) -> Iterator[M]: ...
@overload
def iter_ndjson(
    lines: Iterable[str | bytes], cls: type[M], *, lenient: bool = ..., errors: Literal["collect"]
) -> Iterator[M | ValidationError]: ...
def iter_ndjson(
    lines: Iterable[str | bytes],
    cls: type[Any] = Bulletin,
    *,
    lenient: bool = False,
    errors: Errors = "raise",
) -> Iterator[Any]:
    """Read newline-delimited JSON lazily: one ``cls`` per non-blank line.

    ``lines`` is any iterable of lines, such as an open text or binary file; only one
    line is held at a time. A bad line's :class:`~bulletinkit.ValidationError` has issues
    located as ``line 3: /title`` (``line 3, column 9`` for broken JSON). What happens
    then is ``errors``: ``"raise"`` (the default) raises it and stops; ``"skip"`` drops
    the line and goes on; ``"collect"`` yields the error in the line's place and goes on,
    so the caller sees every bad line, in order, beside the good documents.
    Blank lines are skipped. A wrong argument raises UsageError at the call (a wrong
    ``errors`` value: ValueError, at the call too).
    """
    arguments.lines("iter_ndjson", lines)
    arguments.model_class("iter_ndjson", cls, "lines", lines)
    if errors not in ("raise", "skip", "collect"):
        raise ValueError(f"errors must be 'raise', 'skip' or 'collect', not {errors!r}")
    return _read_ndjson(lines, cls, lenient, errors)


def _read_ndjson(
    lines: Iterable[str | bytes], cls: type[Any], lenient: bool, errors: Errors
) -> Iterator[Any]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = _read_line(number, line, cls, lenient)
        except ValidationError as error:
            if errors == "raise":
                raise
            if errors == "collect":
                yield error
            continue
        yield obj


def _read_line(number: int, line: str | bytes, cls: type[Any], lenient: bool) -> Any:
    try:
        data = backend.loads(line)
    except backend.JSONSyntaxError as error:
        raise ValidationError([_json_issue(error, number)]) from None
    try:
        return structure_document(data, cls, lenient)
    except ValidationError as error:
        raise ValidationError(_on_line(number, issue) for issue in error.issues) from None


def _on_line(number: int, issue: Issue) -> Issue:
    location = f"line {number}: {issue.location}" if issue.location else f"line {number}"
    return attrs.evolve(issue, location=location)


def write_ndjson(objs: Iterable[Model], out: IO[str]) -> int:
    """Write each model object as one compact JSON line to ``out``; return how many.

    Line separators that ``str.splitlines`` would split on (U+0085, U+2028, U+2029) are
    written as ``\\u`` escapes, so every document stays on its own line for any reader.
    """
    if objs.__class__ in arguments.MODELS:
        raise UsageError(
            f"write_ndjson(): objs must be an iterable of model objects, got one"
            f" {objs.__class__.__name__}; for a single object pass [obj]"
        )
    count = 0
    for obj in objs:
        arguments.model_object("write_ndjson", obj, "each of objs")
        text = document_json(obj)
        if not text.isascii() and _LINE_BREAKS.search(text):
            text = _LINE_BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
        out.write(text + "\n")
        count += 1
    return count
