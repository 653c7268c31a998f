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
        return f"U_{kind.of.__name__}({value})"
    if tag == "tuple":
        if kind.of.tag in ("str", "int"):
            return f"list({value})"
        return f"[{_expr(kind.of, 'x', ns)} for x in {value}]"
    raise TypeError(tag)  # pragma: no cover - plan() only makes the kinds above


def _ordered(fields: list[FieldPlan]) -> list[FieldPlan]:
    """Attribute order, with ``id`` first so a reader sees what the object is at once."""
    return sorted(fields, key=lambda field: field.name != "id")


def _build(cls: type) -> Hook:
    fields = _ordered(plan(cls))
    ns: dict[str, Any] = {"merge_extra": _merge_extra}
    lines = [f"def unstructure_{cls.__name__}(o):"]
    leading = []
    for field in fields:
        if field.optional:
            break
        leading.append(field)
    items = ", ".join(f"{f.name!r}: {_expr(f.kind, 'o.' + f.name, ns)}" for f in leading)
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
    filename = f"<bulletinkit unstructure {cls.__name__}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), ns)
    hook: Hook = ns[f"unstructure_{cls.__name__}"]
    return hook


def build_all(classes: tuple[type, ...]) -> dict[type, Hook]:
    """The unstructuring hooks of ``classes``, linked so each can call the others."""
    hooks = {cls: _build(cls) for cls in classes}
    names = {f"U_{cls.__name__}": hook for cls, hook in hooks.items()}
    for hook in hooks.values():
        hook.__globals__.update(names)
    return hooks
