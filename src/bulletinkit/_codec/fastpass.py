"""The happy path of decoding: generated functions that only accept, never explain.

``fast_<Class>(d, top)`` returns the model object for a valid document and raises one
of :data:`FAILURES` at the first thing it does not like; it carries no positions and no
issue list, which is what makes it fast. The caller then runs the diagnosing hooks of
:mod:`bulletinkit._codec.structure` on the same data, which decide (they may still
accept it, e.g. with lenient extras) and explain every problem.
``tests/codec/test_fast_path.py`` checks that this pass accepts nothing the
diagnosing pass rejects, and builds the same objects.

Each hook reads its whole document in one function: nested objects are inlined (the
models are not recursive), arrays are read by plain loops, and every object is built
without its constructor (``object.__new__`` and the slots' own setters) once each of its
fields has passed the checks the model's validators make (see ``construct``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from bulletinkit._codec import construct, leaves
from bulletinkit._codec.plan import FieldPlan, Kind, has_extra, plan
from bulletinkit._codec.source import Lines, define
from bulletinkit.errors import ValidationError

FastHook = Callable[[Any, bool], Any]


class Invalid(Exception):
    """The fast pass gives up; the diagnosing pass takes over."""


INVALID = Invalid()
FAILURES = (Invalid, KeyError, ValidationError)
"""What a fast hook raises on data it does not accept (``KeyError``: a missing key;
``ValidationError``: a model rule the hook runs as the model's own code)."""

_SCALAR_CLASS = {"str": "str", "int": "int"}
_READERS = {
    "date": "read_date",
    "pdate": "read_partial_date",
    "pdate_or_range": "read_partial_date_or_range",
}


class _Writer(Lines):
    """The lines of one fast hook."""

    def value(self, field: FieldPlan, attribute: Any, var: str, pad: int) -> bool:
        """Lines that check ``var`` (the JSON value) and turn it into the field's value.

        Returns whether the validator's rule was already checked item by item.
        """
        kind = field.kind
        tag = kind.tag
        if tag in _SCALAR_CLASS:
            self.add(pad, f"if {var}.__class__ is not {_SCALAR_CLASS[tag]}: raise INVALID")
        elif tag == "enum":
            name = f"E_{kind.of.__name__}"
            self.ns[name] = leaves.enum_values(kind.of)
            self.add(pad, f"if {var}.__class__ is not str: raise INVALID")
            self.add(pad, f"{var} = {name}[{var}]")
        elif tag in _READERS:
            self.add(pad, f"{var} = {_READERS[tag]}({var})")
            self.add(pad, f"if {var} is BAD: raise INVALID")
        elif tag == "object":
            self.add(pad, f"{var} = {self.obj(kind.of, var, pad)}")
        elif tag == "tuple":
            return self.sequence(kind.of, attribute, var, pad)
        else:  # pragma: no cover - plan() only makes the kinds above
            raise TypeError(tag)
        return False

    def sequence(self, item: Kind, attribute: Any, var: str, pad: int) -> bool:
        self.add(pad, f"if {var}.__class__ is not list: raise INVALID")
        each = self.fresh("x")
        if item.tag in _SCALAR_CLASS:
            rule = construct.item_check(attribute, each) if item.tag == "str" else None
            test = f"{each}.__class__ is not {_SCALAR_CLASS[item.tag]}"
            if rule is not None:
                test += f" or not ({rule})"
            self.add(pad, f"for {each} in {var}:")
            self.add(pad + 1, f"if {test}: raise INVALID")
            self.add(pad, f"{var} = tuple({var})")
            return rule is not None
        if item.tag == "enum":
            name = f"E_{item.of.__name__}"
            self.ns[name] = leaves.enum_values(item.of)
            self.add(pad, f"for {each} in {var}:")
            self.add(pad + 1, f"if {each}.__class__ is not str: raise INVALID")
            self.add(pad, f"{var} = tuple(map({name}.__getitem__, {var}))")
            return False
        if item.tag == "object":
            items = self.fresh("L")
            self.add(pad, f"{items} = []")
            self.add(pad, f"for {each} in {var}:")
            self.add(pad + 1, f"{items}.append({self.obj(item.of, each, pad + 1)})")
            self.add(pad, f"{var} = tuple({items})")
            return False
        raise TypeError(f"tuple of {item.tag}")  # pragma: no cover - no model holds others

    def obj(self, cls: type, src: str, pad: int, top: bool = False) -> str:
        """Lines that read the dict ``src`` into a ``cls``; returns the object's name."""
        if not construct.eligible(cls):  # pragma: no cover - every model is eligible today
            raise TypeError(f"{cls.__name__} cannot be built field by field")
        fields = plan(cls)
        by_name = {attribute.name: attribute for attribute in attrs.fields(cls)}
        required = sum(1 for field in fields if field.required)
        fixed = required == len(fields) and not top  # the length is known at once
        if fixed:
            self.add(pad, f"if {src}.__class__ is not dict or len({src}) != {required}:")
            self.add(pad + 1, "raise INVALID")
        else:
            self.add(pad, f"if {src}.__class__ is not dict: raise INVALID")
        count = self.fresh("n")
        if not fixed:
            self.add(pad, f"{count} = {required}")
        values: dict[str, str] = {}
        typed: list[str] = []  # type tests of required scalars, checked with the rules
        tests: list[str] = []
        late: list[str] = []
        for field in fields:
            var = values[field.name] = self.fresh(f"f_{field.name}")
            attribute = by_name[field.name]
            inner = pad
            if field.required:
                self.add(pad, f"{var} = {src}[{field.name!r}]")
                if field.kind.tag in _SCALAR_CLASS:
                    typed.append(f"{var}.__class__ is {_SCALAR_CLASS[field.kind.tag]}")
                    tests.extend(construct.checks(cls, attribute, var, self.ns, False))
                    continue
            else:
                # a null reads as absent and is not counted: the length check refuses it
                self.add(pad, f"{var} = {src}.get({field.name!r})")
                if field.default is None and not field.factory:
                    self.add(pad, f"if {var} is not None:")
                else:
                    default = "MISSING"
                    if not field.factory:
                        default = f"D_{cls.__name__}_{field.name}"
                        self.ns[default] = field.default
                    self.add(pad, f"if {var} is None: {var} = {default}")
                    self.add(pad, "else:")
                self.add(pad + 1, f"{count} += 1")
                inner = pad + 1
            folded = self.value(field, attribute, var, inner)
            found = construct.checks(cls, attribute, var, self.ns, folded)
            (late if field.factory else tests).extend(found)
        if top:
            self.add(
                pad,
                f"if len({src}) != {count} and (not top or len({src}) != {count} + 1"
                f" or 'schema_version' not in {src}): raise INVALID",
            )
        elif not fixed:
            self.add(pad, f"if len({src}) != {count}: raise INVALID")
        after = construct.post_init_check(cls, values)
        if after is not None:
            tests.append(f"({after})")
        tests[:0] = typed  # type tests first: the rules assume the types
        if tests:
            self.add(pad, f"if not ({' and '.join(tests)}): raise INVALID")
        obj = self.fresh("o")
        self.ns[f"C_{cls.__name__}"] = cls
        self.add(pad, f"{obj} = NEW(C_{cls.__name__})")
        for field in fields:
            if not field.factory:
                self.add(
                    pad,
                    f"{construct.setter(cls, field.name, self.ns)}({obj}, {values[field.name]})",
                )
        if has_extra(cls):
            self.add(pad, f"{construct.setter(cls, 'extra', self.ns)}({obj}, EMPTY)")
        for field in fields:
            if field.factory:  # computed from the other fields once they are set
                var = values[field.name]
                factory = f"FACTORY_{cls.__name__}_{field.name}"
                self.ns[factory] = by_name[field.name].default.factory
                self.add(pad, f"if {var} is MISSING: {var} = {factory}({obj})")
                if late:
                    self.add(pad, f"if not ({' and '.join(late)}): raise INVALID")
                self.add(pad, f"{construct.setter(cls, field.name, self.ns)}({obj}, {var})")
        if after is None and hasattr(cls, "__attrs_post_init__"):
            self.add(pad, f"{obj}.__attrs_post_init__()")
        return obj


def _build(cls: type) -> FastHook:
    fields = plan(cls)
    ns = leaves.hook_namespace(cls, frozenset(field.name for field in fields))
    ns.update(construct.namespace(), INVALID=INVALID)
    writer = _Writer(ns)
    writer.add(0, f"def fast_{cls.__name__}(d, top):")
    writer.add(1, f"return {writer.obj(cls, 'd', 1, top=True)}")
    hook: FastHook = define(
        writer.lines, f"<bulletinkit fast {cls.__name__}>", ns, f"fast_{cls.__name__}"
    )
    return hook


def build_all(classes: tuple[type, ...]) -> dict[type, FastHook]:
    """The fast hook of each of ``classes``, its nested objects read inline."""
    return {cls: _build(cls) for cls in classes}
