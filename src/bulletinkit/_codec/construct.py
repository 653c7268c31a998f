"""Fast construction of model objects whose fields the decoder has already typed.

The decoder guarantees each value's type, so re-running a model's type validators is
wasted work. For validators the codec knows (the small rules in
``bulletinkit.model._rules``) the generated hook evaluates the same rule inline, with
the model's own compiled pattern and country list, builds the object with
``object.__new__`` and runs ``__attrs_post_init__``; any other validator is called as is.
This is only a fast path: whenever an inline check fails, the hook falls back to the
real constructor, whose own error is what gets reported, so an inline check may be
stricter than the model but never more lenient (``tests/codec`` proves the two paths
agree).

The happy-path pass (``fastpass``) uses the same rules through :func:`checks`, plus two
forms of its own: the non-blank rule of a string array checked per item in the loop that
checks the items' type (:func:`item_check`), and ``Span``'s offsets rule stated over the
decoded integers (:func:`post_init_check`). When one of them fails that pass gives up and
the diagnosing pass, with the real constructors, decides.
"""

from __future__ import annotations

import types
from typing import Any

import attrs

from bulletinkit import errors as _errors
from bulletinkit._codec.plan import FieldPlan
from bulletinkit.model import _rules
from bulletinkit.model import bulletin as _bulletin
from bulletinkit.model import meeting as _meeting
from bulletinkit.model._extra import freeze_extra
from bulletinkit.model.span import Span

# Inline forms of the model's validators, over a value ``{v}`` of the decoded type.
_INLINE: dict[Any, str] = {
    _rules.non_empty: "({v} and not {v}.isspace())",
    _rules.optional_non_empty: "({v} is None or ({v} and not {v}.isspace()))",
    _rules.non_empty_items: "('' not in {v} and not any(map(ISSPACE, {v})))",
    _rules.slug: "SLUG({v}) is not None",
    _rules.slug_items: "all(map(SLUG, {v}))",
    _rules.country_code: "({v} is None or {v} in COUNTRIES)",
    _errors._text: "({v} and not {v}.isspace())",
}
# The same rules stated per item ``{x}`` of a tuple, for a check folded into the type loop.
_INLINE_ITEM: dict[Any, str] = {
    _rules.non_empty_items: "{x} and not {x}.isspace()",
    _rules.slug_items: "SLUG({x}) is not None",
}
# ``__attrs_post_init__`` rules over fields already of their decoded types (exact ``int``).
_INLINE_POST_INIT: dict[type, str] = {
    Span: "{part} >= 0 and 0 <= {start} <= {end}",
}
# Validators that only check what the decoder's types already guarantee.
_TYPE_ONLY_FACTORIES = {"instance_of", "optional_instance_of", "tuple_of"}
_TYPE_ONLY = {
    _bulletin._check_date,
    _meeting._check_date,
    _errors._string,
    _errors._optional_string,
    _errors._severity,
}
_MODELS = "bulletinkit.model."


class Fallback(Exception):
    """Raised inside a fast path to hand the object over to the real constructor."""


def _type_only(validator: Any) -> bool:
    if validator in _TYPE_ONLY:
        return True
    module = getattr(validator, "__module__", None)
    qualname = getattr(validator, "__qualname__", "")
    return module == _rules.__name__ and qualname.split(".<locals>")[0] in _TYPE_ONLY_FACTORIES


def eligible(cls: type) -> bool:
    """Whether objects of ``cls`` may be built field by field.

    The converters allowed are the models' own (``bulletinkit.model``): ``extra``'s
    ``freeze_extra`` and those of ``model._convert``. The codec always hands them values
    they keep as they are (a ``FrozenExtra``; tuples, enum members, ``pendulum.Date``),
    so skipping them changes nothing (``tests/model/test_convert.py`` holds that law).
    """
    return (
        "__slots__" in cls.__dict__
        and not hasattr(cls, "__attrs_pre_init__")
        and all(_converted_as_given(f) and f.init for f in attrs.fields(cls))
    )


def _converted_as_given(field: attrs.Attribute[Any]) -> bool:
    converter: object = field.converter
    return (
        converter is None
        or converter is freeze_extra
        or getattr(converter, "__module__", "").startswith(_MODELS)
    )


def _setter(cls: type, name: str, ns: dict[str, Any]) -> str:
    """The start of a call that sets slot ``name`` of ``o`` (its descriptor: no lookup)."""
    slot = cls.__dict__.get(name)
    if isinstance(slot, types.MemberDescriptorType):
        ns[f"SET_{name}"] = slot.__set__
        return f"SET_{name}(o, "
    return f"SET(o, {name!r}, "  # pragma: no cover - every model field is a slot


def item_check(attribute: attrs.Attribute[Any], var: str) -> str | None:
    """An expression that holds when tuple item ``var`` (a ``str``) passes the validator of
    ``attribute``, when the validator is a per-item rule the codec knows; else ``None``."""
    rule = _INLINE_ITEM.get(attribute.validator)
    return None if rule is None else rule.format(x=var)


def checks(
    cls: type, attribute: attrs.Attribute[Any], var: str, ns: dict[str, Any], folded: bool
) -> list[str]:
    """Expressions that hold when ``var`` (already of the decoded type) passes the validator
    of ``attribute``; a validator the codec does not know is called (it raises
    ``ValidationError``). ``folded``: the per-item rule was already checked in the loop."""
    validator = attribute.validator
    if validator is None or _type_only(validator) or folded:
        return []
    if validator in _INLINE:
        return [_INLINE[validator].format(v=var)]
    key = f"{cls.__name__}_{attribute.name}"
    ns[f"VAL_{key}"], ns[f"ATTR_{key}"] = validator, attribute
    return [f"VAL_{key}(None, ATTR_{key}, {var}) is None"]


def post_init_check(cls: type, values: dict[str, str]) -> str | None:
    """An expression that holds when the field variables ``values`` (already of their
    decoded types) pass the ``__attrs_post_init__`` rules of ``cls``, when the codec
    knows them; ``None`` otherwise (then the method itself must run)."""
    rule = _INLINE_POST_INIT.get(cls)
    return None if rule is None else rule.format(**values)


def setter(cls: type, name: str, ns: dict[str, Any]) -> str:
    """The name of the function that sets slot ``name`` of a ``cls`` (no lookup, no
    frozen-class guard): ``SETTER(obj, value)``."""
    slot = cls.__dict__.get(name)
    key = f"SET_{cls.__name__}_{name}"
    if isinstance(slot, types.MemberDescriptorType):
        ns[key] = slot.__set__
    else:  # pragma: no cover - every model field is a slot
        ns[key] = lambda obj, value: object.__setattr__(obj, name, value)
    return key


def namespace() -> dict[str, Any]:
    """The names the fast-path code refers to."""
    return {
        "NEW": object.__new__,
        "SET": object.__setattr__,
        "ISSPACE": str.isspace,
        "SLUG": _rules._SLUG.match,
        "COUNTRIES": _rules._alpha2_codes(),
        "Fallback": Fallback,
    }


def fast_path(
    cls: type, fields: list[FieldPlan], keeps_extra: bool, ns: dict[str, Any]
) -> list[str]:
    """Lines (for a function body) that return a ``cls`` built from ``f_<name>`` variables,
    or fall through when the real constructor must decide."""
    ns.update(namespace())
    by_name = {f.name: f for f in attrs.fields(cls)}
    inline: list[str] = []
    calls: list[str] = []
    post: list[str] = []
    for plan in fields:
        attribute = by_name[plan.name]
        var = f"f_{plan.name}"
        validator = attribute.validator
        checks: list[str] = []
        if validator is None or _type_only(validator):
            pass
        elif validator in _INLINE:
            checks.append(_INLINE[validator].format(v=var))
        else:
            ns[f"VAL_{plan.name}"], ns[f"ATTR_{plan.name}"] = validator, attribute
            checks.append(f"VAL_{plan.name}(None, ATTR_{plan.name}, {var}) is None")
        if plan.factory:  # computed from the other fields once they are set
            ns[f"FACTORY_{plan.name}"] = attribute.default.factory
            post.append(f"if {var} is MISSING: {var} = FACTORY_{plan.name}(o)")
            post.extend(f"if not {check}: raise Fallback" for check in checks)
            post.append(f"{_setter(cls, plan.name, ns)}{var})")
        elif validator is not None and validator not in _INLINE and checks:
            calls.append(checks[0])
        else:
            inline.extend(checks)
    lines = [f"if {' and '.join(inline) or 'True'}:", "    try:"]
    lines.extend(f"        {call}" for call in calls)
    lines.append("        o = NEW(C)")
    lines.extend(f"        {_setter(cls, p.name, ns)}f_{p.name})" for p in fields if not p.factory)
    if keeps_extra:
        lines.append(f"        {_setter(cls, 'extra', ns)}extra)")
    lines.extend(f"        {line}" for line in post)
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("        o.__attrs_post_init__()")
    lines.append("        return o")
    lines.append("    except (ValidationError, Fallback):")
    lines.append("        pass")
    return lines
