"""The happy path of decoding: generated functions that only accept, never explain.

``fast_<Class>(d, top)`` returns the model object for a valid document and raises
:class:`Invalid` (or ``KeyError`` for a missing key) at the first thing it does not like;
it carries no positions and no issue list, which is what makes it fast. The caller then
runs the diagnosing hooks of :mod:`bulletinkit._codec.structure` on the same data, which
decide (they may still accept it, e.g. a newer minor ``schema_version`` or lenient
extras) and explain every problem. ``tests/codec/test_fast_path.py`` checks that this
pass accepts nothing the diagnosing pass rejects, and builds the same objects.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable
from typing import Any

from bulletinkit._codec import construct, leaves
from bulletinkit._codec.plan import FieldPlan, Kind, has_extra, plan

FastHook = Callable[[Any, bool], Any]


class Invalid(Exception):
    """The fast pass gives up; the diagnosing pass takes over."""


INVALID = Invalid()
FAILURES = (Invalid, KeyError)
"""What a fast hook raises on data it does not accept."""

_SCALAR_CLASS = {"str": "str", "int": "int"}


def _value(kind: Kind, var: str, lines: list[str], ns: dict[str, Any], pad: str) -> None:
    tag = kind.tag
    if tag in _SCALAR_CLASS:
        lines.append(f"{pad}if v.__class__ is not {_SCALAR_CLASS[tag]}: raise INVALID")
        lines.append(f"{pad}{var} = v")
    elif tag == "enum":
        name = f"E_{kind.of.__name__}"
        ns[name] = leaves.enum_values(kind.of)
        lines.append(f"{pad}if v.__class__ is not str: raise INVALID")
        lines.append(f"{pad}{var} = {name}[v]")
    elif tag in ("date", "pdate", "pdate_or_range"):
        reader = {
            "date": "read_date",
            "pdate": "read_partial_date",
            "pdate_or_range": "read_partial_date_or_range",
        }[tag]
        lines.append(f"{pad}{var} = {reader}(v)")
        lines.append(f"{pad}if {var} is BAD: raise INVALID")
    elif tag == "object":
        lines.append(f"{pad}{var} = F_{kind.of.__name__}(v, False)")
    elif tag == "tuple":
        item = kind.of
        lines.append(f"{pad}if v.__class__ is not list: raise INVALID")
        if item.tag in _SCALAR_CLASS:
            lines.append(f"{pad}for x in v:")
            lines.append(f"{pad}    if x.__class__ is not {_SCALAR_CLASS[item.tag]}: raise INVALID")
            lines.append(f"{pad}{var} = tuple(v)")
        elif item.tag == "enum":
            name = f"E_{item.of.__name__}"
            ns[name] = leaves.enum_values(item.of)
            lines.append(f"{pad}for x in v:")
            lines.append(f"{pad}    if x.__class__ is not str: raise INVALID")
            lines.append(f"{pad}{var} = tuple([{name}[x] for x in v])")
        elif item.tag == "object":
            lines.append(f"{pad}{var} = tuple([F_{item.of.__name__}(x, False) for x in v])")
        else:  # pragma: no cover - no model holds other sequences
            raise TypeError(f"tuple of {item.tag}")
    else:  # pragma: no cover - plan() only makes the kinds above
        raise TypeError(tag)


def _field(field: FieldPlan, lines: list[str], ns: dict[str, Any]) -> None:
    var = f"f_{field.name}"
    if field.required:
        lines.append(f"    v = d[{field.name!r}]")
        _value(field.kind, var, lines, ns, "    ")
        return
    lines.append(f"    v = d.get({field.name!r}, MISSING)")
    if field.factory:
        lines.append(f"    if v is MISSING: {var} = MISSING")
    else:
        ns[f"D_{field.name}"] = field.default
        lines.append(f"    if v is MISSING: {var} = D_{field.name}")
    lines.append("    else:")
    lines.append("        n += 1")
    _value(field.kind, var, lines, ns, "        ")


def _build(cls: type) -> FastHook:
    fields = plan(cls)
    ns = leaves.hook_namespace(cls, frozenset(field.name for field in fields))
    ns["INVALID"] = INVALID
    required = sum(1 for field in fields if field.required)
    lines = [f"def fast_{cls.__name__}(d, top):"]
    lines.append("    if d.__class__ is not dict: raise INVALID")
    lines.append(f"    n = {required}  # keys seen; fewer than len(d) means unknown keys")
    for field in fields:
        _field(field, lines, ns)
    lines.append("    if len(d) != n and not d.keys() <= (KNOWN_TOP if top else KNOWN):")
    lines.append("        raise INVALID")
    keeps_extra = has_extra(cls)
    if keeps_extra:
        lines.append("    extra = EMPTY")
    if not construct.eligible(cls):  # pragma: no cover - every model is eligible today
        raise TypeError(f"{cls.__name__} cannot be built field by field")
    lines.extend("    " + line for line in construct.fast_path(cls, fields, keeps_extra, ns))
    lines.append("    raise INVALID")
    source = "\n".join(lines) + "\n"
    filename = f"<bulletinkit fast {cls.__name__}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), ns)
    hook: FastHook = ns[f"fast_{cls.__name__}"]
    return hook


def build_all(classes: tuple[type, ...]) -> dict[type, FastHook]:
    """The fast hooks of ``classes``, linked so each can call the others."""
    hooks = {cls: _build(cls) for cls in classes}
    names = {f"F_{cls.__name__}": hook for cls, hook in hooks.items()}
    for hook in hooks.values():
        hook.__globals__.update(names)
    return hooks
