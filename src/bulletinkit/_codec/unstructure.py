"""Generated unstructuring hooks: model objects -> plain JSON-ready dicts and lists.

Written as source once per class. ``None`` fields are left out, sequences are always
written (``[]`` when empty), enums by value, dates as ISO/EDTF strings, and the members
of ``extra`` are merged into the object (copied, so the output never aliases the model).
"""

from __future__ import annotations

import copy
import linecache
from collections.abc import Callable, Mapping
from typing import Any

from bulletinkit._codec.issues import json_excerpt
from bulletinkit._codec.plan import FieldPlan, Kind, has_extra, plan
from bulletinkit.errors import Issue, ValidationError
from bulletinkit.versions import SCHEMA_VERSION

Hook = Callable[[Any], dict[str, Any]]


def _merge_extra(
    out: dict[str, Any], extra: Mapping[str, Any], reserved: frozenset[str], kind: str
) -> None:
    """Merge ``extra`` into ``out``; a member named like a field would change its meaning."""
    clashes = [key for key in extra if key in reserved or not isinstance(key, str)]
    if clashes:
        raise ValidationError(
            Issue(
                code="extra-conflict",
                message=f"extra member {json_excerpt(key)} of {kind} clashes with a key"
                " of the JSON shape",
                location="/" + str(key).replace("~", "~0").replace("/", "~1"),
                expected="a key that is not an attribute name or schema_version",
                found=json_excerpt(key),
            )
            for key in clashes
        )
    for key, value in extra.items():
        out[key] = copy.deepcopy(value)


def _expr(kind: Kind, value: str, ns: dict[str, Any]) -> str:
    """An expression that turns ``value`` of ``kind`` into JSON data."""
    tag = kind.tag
    if tag in ("str", "int"):
        return value
    if tag == "enum":
        name = f"V_{kind.of.__name__}"
        ns[name] = {member: member.value for member in kind.of}
        return f"{name}[{value}]"
    if tag in ("date", "pdate", "pdate_or_range"):
        return f"{value}.isoformat()"
    if tag == "object":
        if _flat(kind.of):  # a small leaf such as Span: written inline, no call per item
            items = ", ".join(f"{f.name!r}: {value}.{f.name}" for f in plan(kind.of))
            return f"{{{items}}}"
        return f"U_{kind.of.__name__}({value})"
    if tag == "tuple":
        if kind.of.tag in ("str", "int"):
            return f"list({value})"
        return f"[{_expr(kind.of, 'x', ns)} for x in {value}]"
    raise TypeError(tag)  # pragma: no cover - plan() only makes the kinds above


def _flat(cls: type) -> bool:
    """Whether ``cls`` is a leaf of required integers and strings without ``extra``."""
    return not has_extra(cls) and all(
        f.required and f.kind.tag in ("str", "int") for f in plan(cls)
    )


def _ordered(fields: list[FieldPlan]) -> list[FieldPlan]:
    """Attribute order, with ``id`` first so a reader sees what the object is at once."""
    return sorted(fields, key=lambda field: field.name != "id")


def _build(cls: type, top: bool) -> Hook:
    fields = _ordered(plan(cls))
    ns: dict[str, Any] = {"merge_extra": _merge_extra, "VERSION": SCHEMA_VERSION}
    lines = [f"def unstructure_{cls.__name__}(o):"]
    leading = []
    for field in fields:
        if field.optional:
            break
        leading.append(field)
    items = ", ".join(f"{f.name!r}: {_expr(f.kind, 'o.' + f.name, ns)}" for f in leading)
    if top:  # a top-level document starts with its schema version
        items = "'schema_version': VERSION" + (", " if items else "") + items
    lines.append(f"    d = {{{items}}}")
    for field in fields[len(leading) :]:
        expr = _expr(field.kind, "v", ns)
        if field.optional:
            lines.append(f"    v = o.{field.name}")
            lines.append(f"    if v is not None: d[{field.name!r}] = {expr}")
        else:
            lines.append(f"    d[{field.name!r}] = {_expr(field.kind, 'o.' + field.name, ns)}")
    if has_extra(cls):
        ns["RESERVED"] = frozenset(f.name for f in fields) | {"schema_version"}
        lines.append(f"    if o.extra: merge_extra(d, o.extra, RESERVED, {cls.__name__!r})")
    lines.append("    return d")
    source = "\n".join(lines) + "\n"
    filename = f"<bulletinkit {'document' if top else 'unstructure'} {cls.__name__}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), ns)
    hook: Hook = ns[f"unstructure_{cls.__name__}"]
    return hook


def build_all(classes: tuple[type, ...], *, top: bool = False) -> dict[type, Hook]:
    """The unstructuring hooks of ``classes``, linked so each can call the others.

    With ``top=True`` the outermost object written by each hook is a top-level document
    (``schema_version`` first); the objects nested in it never carry the version.
    """
    nested = {cls: _build(cls, False) for cls in classes}
    hooks = {cls: _build(cls, True) for cls in classes} if top else nested
    names = {f"U_{cls.__name__}": hook for cls, hook in nested.items()}
    for hook in [*nested.values(), *hooks.values()]:
        hook.__globals__.update(names)
    return hooks
