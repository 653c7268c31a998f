"""People, states and organisations that act in a bulletin."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from bulletinkit.model import _convert, _rules
from bulletinkit.model._enum import ValueEnum
from bulletinkit.model._extra import extra_field
from bulletinkit.model.span import Span

__all__ = ["Actor", "ActorKind", "Role"]


class ActorKind(ValueEnum):
    """What kind of actor: a person, a state or an organisation."""

    PERSON = "person"
    STATE = "state"
    ORGANIZATION = "organization"


def _actor_kind(value: ActorKind | str) -> ActorKind:
    return value if value.__class__ is ActorKind else _convert.member(ActorKind, value)


@attrs.frozen(kw_only=True)
class Role:
    """A position an actor holds: ``Role(title="President", country="FR")``.

    ``country`` is an ISO 3166-1 alpha-2 code; ``organization`` names the body for
    roles such as "NATO Secretary General" or "Gazprom CEO".
    """

    title: str = attrs.field(validator=_rules.non_empty)
    country: str | None = attrs.field(default=None, validator=_rules.country_code)
    organization: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    extra: Mapping[str, Any] = extra_field()


def _roles(value: Sequence[Role]) -> tuple[Role, ...]:
    return value if value.__class__ is tuple else _convert.sequence(value)


def _spans(value: Sequence[Span]) -> tuple[Span, ...]:
    return value if value.__class__ is tuple else _convert.sequence(value)


@attrs.frozen(kw_only=True)
class Actor:
    """A person, state or organisation named in a bulletin.

    ``id`` is a stable slug, unique within its bulletin (``emmanuel-macron``, ``fr``);
    ``name`` is the fullest form the text gives; ``aliases`` every other form it used
    (surname alone, transliterations, descriptions such as "the French leader");
    ``country`` is the ISO 3166-1 alpha-2 code the actor belongs to (for a state, its
    own code); ``mentions`` point at every place the text names the actor.
    """

    id: str = attrs.field(validator=_rules.slug)
    name: str = attrs.field(validator=_rules.non_empty)
    kind: ActorKind = attrs.field(converter=_actor_kind, validator=_rules.instance_of(ActorKind))
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=_convert.strings, validator=_rules.non_empty_items
    )
    roles: tuple[Role, ...] = attrs.field(
        default=(), converter=_roles, validator=_rules.tuple_of(Role)
    )
    country: str | None = attrs.field(default=None, validator=_rules.country_code)
    mentions: tuple[Span, ...] = attrs.field(
        default=(), converter=_spans, validator=_rules.tuple_of(Span)
    )
    extra: Mapping[str, Any] = extra_field()
