"""Generated structuring hooks: JSON-like data -> model objects, every problem recorded.

Each model class gets one function, written as source code once at import (the way
``cattrs.gen`` does it), with the strict rules inlined: exact ``str``/``int`` classes (a
``bool`` is not an integer, ``123`` is not a string), no ``null``, enums by value, unknown
keys found by one set comparison. A hook never raises on bad data: it appends
:class:`~bulletinkit.Issue` records to ``errs`` and returns ``BAD``, so one pass reports
every problem. Positions travel as lazy ``(parent, key)`` chains and become JSON
pointers only when something is wrong.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from bulletinkit._codec import construct, leaves
from bulletinkit._codec.issues import MISSING, Where, problem, repoint, unknown_key
from bulletinkit._codec.plan import FieldPlan, Kind, has_extra, plan
from bulletinkit._codec.source import define
from bulletinkit.errors import Issue, ValidationError
from bulletinkit.model._extra import EMPTY, FrozenExtra

Hook = Callable[..., Any]
"""``hook(data, where, errs, lenient, top=False) -> model | BAD``."""

_SCALARS = {"str": ("str", "a string"), "int": ("int", "an integer")}


def _unknown_keys(
    data: dict[Any, Any],
    where: Where,
    errs: list[Issue],
    lenient: bool,
    known: frozenset[str],
    keeps_extra: bool,
    kind: str,
) -> Mapping[str, Any]:
    """Record the unknown keys of ``data``, or keep them when reading leniently."""
    unknown = [key for key in data if key not in known]
    if lenient and keeps_extra:
        # copied: the object must not change when the caller's data does
        return FrozenExtra({key: copy.deepcopy(data[key]) for key in unknown})
    note = f"{kind} cannot keep unknown keys" if lenient else "read with lenient=True to keep it"
    for key in unknown:
        unknown_key(errs, where, key, kind, note)
    return EMPTY


def _bad_items(
    errs: list[Issue], where: Where, items: list[Any], tag: str, enum: Any = None
) -> None:
    """Record every item of ``items`` that is not of kind ``tag``."""
    for index, item in enumerate(items):
        if enum is not None:
            if item.__class__ is not str or item not in leaves.enum_values(enum):
                leaves.report_enum(errs, (where, index), enum, item)
        elif item.__class__.__name__ != tag:
            problem(errs, (where, index), "type", _SCALARS[tag][1], item)


def _construct_failed(
    errs: list[Issue], where: Where, cls: type, values: dict[str, Any], error: ValidationError
) -> None:
    """Report every attribute rule ``values`` break, not only the first one that raised."""
    found: list[Issue] = []
    for field in attrs.fields(cls):
        if field.validator is None or values.get(field.name, MISSING) is MISSING:
            continue
        try:
            field.validator(None, field, values[field.name])
        except ValidationError as each:
            found.extend(each.issues)
    repoint(errs, where, tuple(found) or error.issues)


class _Source:
    """Lines of generated source with indentation."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 0

    def add(self, line: str) -> None:
        self.lines.append("    " * self.depth + line)


def _value_block(src: _Source, kind: Kind, var: str, at: str, ns: dict[str, Any]) -> None:
    """Code that reads ``v`` of ``kind`` into ``var``, recording problems at ``at``."""
    tag = kind.tag
    if tag in _SCALARS:
        src.add(f"{var} = v")
        src.add(f"if v.__class__ is not {_SCALARS[tag][0]}:")
        src.add(f"    problem(errs, {at}, 'type', {_SCALARS[tag][1]!r}, v)")
    elif tag == "enum":
        name = f"E_{kind.of.__name__}"
        ns[name], ns[name + "_cls"] = leaves.enum_values(kind.of), kind.of
        src.add(f"{var} = {name}.get(v, BAD) if v.__class__ is str else BAD")
        src.add(f"if {var} is BAD: report_enum(errs, {at}, {name}_cls, v)")
    elif tag == "date":
        src.add(f"{var} = read_date(v)")
        src.add(f"if {var} is BAD: report_date(errs, {at}, v)")
    elif tag in ("pdate", "pdate_or_range"):
        ranged = tag == "pdate_or_range"
        reader = "read_partial_date_or_range" if ranged else "read_partial_date"
        src.add(f"{var} = {reader}(v)")
        src.add(f"if {var} is BAD: report_partial_date(errs, {at}, v, {ranged})")
    elif tag == "object":
        src.add(f"{var} = S_{kind.of.__name__}(v, {at}, errs, lenient)")
    elif tag == "tuple":
        _tuple_block(src, kind.of, var, at, ns)
    else:  # pragma: no cover - plan() only makes the kinds above
        raise TypeError(tag)


def _tuple_block(src: _Source, item: Kind, var: str, at: str, ns: dict[str, Any]) -> None:
    src.add("if v.__class__ is not list:")
    src.add(f"    problem(errs, {at}, 'type', 'an array', v)")
    src.add(f"    {var} = BAD")
    src.add("else:")
    src.depth += 1
    if item.tag in _SCALARS:
        src.add(f"{var} = tuple(v)")
        src.add(f"for x in {var}:")
        src.add(f"    if x.__class__ is not {_SCALARS[item.tag][0]}:")
        src.add(f"        bad_items(errs, {at}, v, {item.tag!r})")
        src.add("        break")
    elif item.tag == "enum":
        name = f"E_{item.of.__name__}"
        ns[name], ns[name + "_cls"] = leaves.enum_values(item.of), item.of
        src.add(f"{var} = tuple([{name}.get(x, BAD) if x.__class__ is str else BAD for x in v])")
        src.add(f"if BAD in {var}: bad_items(errs, {at}, v, 'enum', {name}_cls)")
    elif item.tag == "object":
        src.add(f"w = {at}")
        src.add(
            f"{var} = tuple([S_{item.of.__name__}(x, (w, i), errs, lenient)"
            " for i, x in enumerate(v)])"
        )
    else:  # pragma: no cover - no model holds other sequences
        raise TypeError(f"tuple of {item.tag}")
    src.depth -= 1


def _field_block(src: _Source, field: FieldPlan, ns: dict[str, Any]) -> None:
    var, at = f"f_{field.name}", f"(at, {field.name!r})"
    src.add(f"v = d.get({field.name!r}, MISSING)")
    if field.required:
        _value_block(src, field.kind, var, at, ns)
        return
    src.add("if v is MISSING:")
    if field.factory:
        src.add(f"    {var} = MISSING")
    else:
        ns[f"D_{field.name}"] = field.default
        src.add(f"    {var} = D_{field.name}")
    src.add("else:")
    src.depth += 1
    _value_block(src, field.kind, var, at, ns)
    src.depth -= 1


def _build(cls: type, fast: bool) -> Hook:
    """Write and compile the structuring hook of ``cls`` (nested hooks linked later)."""
    fields = plan(cls)
    keeps_extra = has_extra(cls)
    ns = leaves.hook_namespace(cls, frozenset(field.name for field in fields))
    ns.update(
        problem=problem,
        bad_items=_bad_items,
        unknown_keys=_unknown_keys,
        construct_failed=_construct_failed,
        report_date=leaves.report_date,
        report_partial_date=leaves.report_partial_date,
        report_enum=leaves.report_enum,
    )
    name = cls.__name__
    src = _Source()
    src.add(f"def structure_{name}(d, at, errs, lenient, top=False):")
    src.depth = 1
    src.add("if d.__class__ is not dict:")
    src.add(f"    problem(errs, at, 'type', 'an object ({name})', d)")
    src.add("    return BAD")
    src.add("n0 = len(errs)")
    for field in fields:
        _field_block(src, field, ns)
    src.add("extra = EMPTY")
    src.add("if not d.keys() <= (KNOWN_TOP if top else KNOWN):")
    src.add(
        f"    extra = unknown_keys(d, at, errs, lenient, KNOWN_TOP if top else KNOWN,"
        f" {keeps_extra}, {name!r})"
    )
    src.add("if len(errs) != n0:")
    src.add("    return BAD")
    plain = [f"{f.name}=f_{f.name}" for f in fields if not f.factory]
    if keeps_extra:
        plain.append("extra=extra")
    computed = [
        f"**({{}} if f_{f.name} is MISSING else {{{f.name!r}: f_{f.name}}})"
        for f in fields
        if f.factory
    ]
    if fast and construct.eligible(cls):
        for line in construct.fast_path(cls, fields, keeps_extra, ns):
            src.add(line)
    src.add("try:")
    src.add(f"    return C({', '.join(plain + computed)})")
    src.add("except ValidationError as error:")
    values = ", ".join(f"{f.name!r}: f_{f.name}" for f in fields)
    src.add(f"    construct_failed(errs, at, C, {{{values}}}, error)")
    src.add("    return BAD")
    hook: Hook = define(src.lines, f"<bulletinkit structure {name}>", ns, f"structure_{name}")
    return hook


def build_all(classes: tuple[type, ...], *, fast: bool = True) -> dict[type, Hook]:
    """The structuring hooks of ``classes``, linked so each can call the others.

    ``fast=False`` always builds objects through their constructors (see ``construct``).
    """
    hooks = {cls: _build(cls, fast) for cls in classes}
    names = {f"S_{cls.__name__}": hook for cls, hook in hooks.items()}
    for hook in hooks.values():
        hook.__globals__.update(names)
    return hooks
