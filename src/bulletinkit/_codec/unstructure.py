"""Generated unstructuring hooks: model objects -> plain JSON-ready dicts and lists.

Written as source once per class. ``None`` fields are left out, sequences are always
written (``[]`` when empty), enums by value, dates as ISO/EDTF strings, and the members
of ``extra`` are merged into the object (copied, so the output never aliases the model).

Each hook writes its whole object tree in one function: nested objects are inlined (the
models are not recursive), sequences are built by plain loops (in Python 3.11 a list
comprehension is a function call of its own) and leaves are converted in place.

Two flavours are generated from the same plan. The *plain* hooks (``to_dict``) return
only dicts, lists, strings and integers. The *native* hooks feed ``orjson.dumps``
directly and leave what orjson writes identically as it is: tuples (written as arrays)
and enum members (``str`` enums, written as their value). Their output is never handed
to a caller, only to orjson, so the text is the same and the copies are saved.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from bulletinkit._codec.issues import json_excerpt
from bulletinkit._codec.plan import FieldPlan, Kind, has_extra, plan
from bulletinkit._codec.source import Lines, define
from bulletinkit.errors import Issue, ValidationError
from bulletinkit.model import DateRange, PartialDate
from bulletinkit.model._extra import EMPTY
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


# "-01" .. "-99": the month and day parts of an EDTF string, by number.
_TWO_DIGITS = tuple(f"-{number:02d}" for number in range(100))


def _flat(cls: type) -> bool:
    """Whether ``cls`` is a leaf of required integers and strings without ``extra``."""
    return not has_extra(cls) and all(
        f.required and f.kind.tag in ("str", "int") for f in plan(cls)
    )


def _ordered(fields: list[FieldPlan]) -> list[FieldPlan]:
    """Attribute order, with ``id`` first so a reader sees what the object is at once."""
    return sorted(fields, key=lambda field: field.name != "id")


class _Writer(Lines):
    """The lines of one hook; ``native`` leaves tuples and enum members to orjson."""

    def __init__(self, native: bool, ns: dict[str, Any]) -> None:
        super().__init__(ns)
        self.native = native

    def value(self, kind: Kind, src: str, pad: int) -> str:
        """An expression for the JSON data of ``src`` (a name), after lines it may add."""
        tag = kind.tag
        if tag in ("str", "int"):
            return src
        if tag == "enum":
            if self.native:
                return src
            name = f"V_{kind.of.__name__}"
            self.ns[name] = {member: member.value for member in kind.of}
            return f"{name}[{src}]"
        if tag == "date":
            return f"{src}.isoformat()"
        if tag in ("pdate", "pdate_or_range"):
            return self.edtf(src, pad)
        if tag == "object":
            return self.obj(kind.of, src, pad)
        if tag == "tuple":
            return self.sequence(kind.of, src, pad)
        raise TypeError(tag)  # pragma: no cover - plan() only makes the kinds above

    def edtf(self, src: str, pad: int) -> str:
        """The EDTF string of a PartialDate or DateRange without method calls (their
        ``isoformat`` spelled inline); any other date as its ``isoformat`` says."""
        out = self.fresh("s")
        self.ns.update(PDATE=PartialDate, DRANGE=DateRange, TWO=_TWO_DIGITS)
        self.add(pad, f"if {src}.__class__ is PDATE:")
        self.partial_date(src, out, pad + 1)
        start, end, tail = self.fresh("a"), self.fresh("b"), self.fresh("s")
        self.add(pad, f"elif {src}.__class__ is DRANGE:")
        self.add(pad + 1, f"{start} = {src}.start")
        self.add(pad + 1, f"{end} = {src}.end")
        self.add(pad + 1, f"if {start}.__class__ is PDATE and {end}.__class__ is PDATE:")
        self.partial_date(start, out, pad + 2)
        self.partial_date(end, tail, pad + 2)
        self.add(pad + 2, f"{out} += '/' + {tail}")
        self.add(pad + 1, f"else: {out} = {src}.isoformat()")
        self.add(pad, f"else: {out} = {src}.isoformat()")
        return out

    def partial_date(self, src: str, out: str, pad: int) -> None:
        """Lines that set ``out`` to ``PartialDate.isoformat()`` of ``src``."""
        year = self.fresh("y")
        self.add(pad, f"{year} = {src}.year")
        self.add(pad, f"{out} = str({year}) if {year} > 999 else '%04d' % {year}")
        self.add(pad, f"if {src}.month is not None:")
        self.add(pad + 1, f"{out} += TWO[{src}.month]")
        self.add(pad + 1, f"if {src}.day is not None: {out} += TWO[{src}.day]")
        self.add(pad, f"if {src}.approximate: {out} += '~'")

    def sequence(self, item: Kind, src: str, pad: int) -> str:
        if item.tag in ("str", "int"):
            return src if self.native else f"list({src})"
        if item.tag == "enum":
            if self.native:
                return src
            name = f"V_{item.of.__name__}"
            self.ns[name] = {member: member.value for member in item.of}
            return f"list(map({name}.__getitem__, {src}))"
        out, each = self.fresh("L"), self.fresh("x")
        self.add(pad, f"{out} = []")
        self.add(pad, f"for {each} in {src}:")
        self.add(pad + 1, f"{out}.append({self.value(item, each, pad + 1)})")
        return out

    def obj(self, cls: type, src: str, pad: int, top: bool = False) -> str:
        """Lines that build the dict of object ``src``; returns the dict's expression."""
        fields = _ordered(plan(cls))
        if _flat(cls) and not top:  # a small leaf such as Span: one dict display
            return "{" + ", ".join(f"{f.name!r}: {src}.{f.name}" for f in fields) + "}"
        leading: list[FieldPlan] = []
        for field in fields:
            if field.optional:
                break
            leading.append(field)
        items = ["'schema_version': VERSION"] if top else []
        for field in leading:
            items.append(f"{field.name!r}: {self.field_value(field, src, pad)}")
        out = self.fresh("d")
        self.add(pad, f"{out} = {{{', '.join(items)}}}")
        for field in fields[len(leading) :]:
            if field.optional:
                var = self.fresh("v")
                self.add(pad, f"{var} = {src}.{field.name}")
                self.add(pad, f"if {var} is not None:")
                self.add(pad + 1, f"{out}[{field.name!r}] = {self.value(field.kind, var, pad + 1)}")
            else:
                self.add(pad, f"{out}[{field.name!r}] = {self.field_value(field, src, pad)}")
        if has_extra(cls):
            reserved = f"RESERVED_{cls.__name__}"
            self.ns[reserved] = frozenset(f.name for f in fields) | {"schema_version"}
            extra = self.fresh("e")
            self.add(pad, f"{extra} = {src}.extra")
            self.add(pad, f"if {extra} is not EMPTY and {extra}:")
            self.add(pad + 1, f"merge_extra({out}, {extra}, {reserved}, {cls.__name__!r})")
        return out

    def field_value(self, field: FieldPlan, src: str, pad: int) -> str:
        """The JSON data of a field that is always written."""
        kind = field.kind
        if kind.tag in ("str", "int", "enum", "date") or (
            kind.tag == "tuple" and kind.of.tag in ("str", "int", "enum")
        ):
            return self.value(kind, f"{src}.{field.name}", pad)
        var = self.fresh("v")
        self.add(pad, f"{var} = {src}.{field.name}")
        return self.value(field.kind, var, pad)


def _build(cls: type, top: bool, native: bool) -> Hook:
    ns: dict[str, Any] = {"merge_extra": _merge_extra, "VERSION": SCHEMA_VERSION, "EMPTY": EMPTY}
    writer = _Writer(native, ns)
    flavour = "native" if native else "document" if top else "unstructure"
    name = f"{flavour}_{cls.__name__}"
    writer.add(0, f"def {name}(o):")
    result = writer.obj(cls, "o", 1, top)
    writer.add(1, f"return {result}")
    hook: Hook = define(writer.lines, f"<bulletinkit {flavour} {cls.__name__}>", ns, name)
    return hook


def build_all(
    classes: tuple[type, ...], *, top: bool = False, native: bool = False
) -> dict[type, Hook]:
    """The unstructuring hook of each of ``classes``, its nested objects written inline.

    With ``top=True`` the object written by each hook is a top-level document
    (``schema_version`` first); the objects nested in it never carry the version.
    ``native=True`` builds the hooks whose result only ``orjson.dumps`` may read (always
    top-level documents).
    """
    return {cls: _build(cls, top or native, native) for cls in classes}
