"""Build the models the actor extractor returns, with the models' rules checked inline.

Calling an attrs model runs one validator call per field, the larger part of what building
an actor costs. Here the same rules are stated as plain expressions over the values and,
when they hold, the object is put together slot by slot, as the codec's fast path does
(see ``bulletinkit._codec.construct``). Whenever a check fails the model's own constructor
is called, so its error is the one raised: a check here may be stricter than the model's
rule, never more lenient. ``tests/parse/test_build.py`` holds the two paths to agree and
fails when a model gains a field or a rule this module does not know.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bulletinkit.model import Actor, ActorKind, Role, Span
from bulletinkit.model._extra import EMPTY
from bulletinkit.model._rules import _SLUG, _alpha2_codes

__all__ = ["actor", "role", "span"]

_NEW = object.__new__
_SLUG_MATCH = _SLUG.match


def _setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """The slot's own setter (no frozen-class guard): ``setter(obj, value)``."""
    setter: Callable[[Any, Any], None] = cls.__dict__[name].__set__
    return setter


_SPAN_PART, _SPAN_START, _SPAN_END = (_setter(Span, n) for n in ("part", "start", "end"))
_ROLE_TITLE, _ROLE_COUNTRY, _ROLE_ORGANIZATION, _ROLE_EXTRA = (
    _setter(Role, n) for n in ("title", "country", "organization", "extra")
)
(
    _ACTOR_ID,
    _ACTOR_NAME,
    _ACTOR_KIND,
    _ACTOR_ALIASES,
    _ACTOR_ROLES,
    _ACTOR_COUNTRY,
    _ACTOR_MENTIONS,
    _ACTOR_EXTRA,
) = (
    _setter(Actor, n)
    for n in ("id", "name", "kind", "aliases", "roles", "country", "mentions", "extra")
)
# The item types a tuple field allows, for ``{*map(type, items)} <= ...`` (one C loop).
_STR, _ROLE, _SPAN = frozenset({str}), frozenset({Role}), frozenset({Span})
_ISSPACE = str.isspace


def span(part: int, start: int, end: int) -> Span:
    """``Span(part=part, start=start, end=end)``."""
    ints = type(part) is int and type(start) is int and type(end) is int
    if ints and part >= 0 and 0 <= start <= end:
        obj = _NEW(Span)
        _SPAN_PART(obj, part)
        _SPAN_START(obj, start)
        _SPAN_END(obj, end)
        return obj
    return Span(part=part, start=start, end=end)


def _text(value: object) -> bool:
    """The rule of a non-empty string."""
    return type(value) is str and not value.isspace() and value != ""


def _code(value: object) -> bool:
    """The rule of an optional country code."""
    return value is None or (type(value) is str and value in _alpha2_codes())


def role(title: str, country: str | None, organization: str | None) -> Role:
    """``Role(title=title, country=country, organization=organization)``."""
    if _text(title) and _code(country) and (organization is None or _text(organization)):
        obj = _NEW(Role)
        _ROLE_TITLE(obj, title)
        _ROLE_COUNTRY(obj, country)
        _ROLE_ORGANIZATION(obj, organization)
        _ROLE_EXTRA(obj, EMPTY)
        return obj
    return Role(title=title, country=country, organization=organization)


def actor(
    *,
    id: str,
    name: str,
    kind: ActorKind,
    aliases: tuple[str, ...],
    roles: tuple[Role, ...] = (),
    country: str | None,
    mentions: tuple[Span, ...],
) -> Actor:
    """``Actor(id=id, name=name, kind=kind, ...)``, with an empty ``extra``."""
    if (
        type(id) is str
        and _SLUG_MATCH(id) is not None
        and _text(name)
        and type(kind) is ActorKind
        and type(aliases) is tuple
        and {*map(type, aliases)} <= _STR
        and "" not in aliases
        and not any(map(_ISSPACE, aliases))
        and type(roles) is tuple
        and {*map(type, roles)} <= _ROLE
        and _code(country)
        and type(mentions) is tuple
        and {*map(type, mentions)} <= _SPAN
    ):
        obj = _NEW(Actor)
        _ACTOR_ID(obj, id)
        _ACTOR_NAME(obj, name)
        _ACTOR_KIND(obj, kind)
        _ACTOR_ALIASES(obj, aliases)
        _ACTOR_ROLES(obj, roles)
        _ACTOR_COUNTRY(obj, country)
        _ACTOR_MENTIONS(obj, mentions)
        _ACTOR_EXTRA(obj, EMPTY)
        return obj
    return Actor(
        id=id,
        name=name,
        kind=kind,
        aliases=aliases,
        roles=roles,
        country=country,
        mentions=mentions,
    )
