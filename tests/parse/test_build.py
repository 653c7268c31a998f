"""The extractor's model builders: the same objects, or the same errors, as the models."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit import Actor, ActorKind, Role, Span, ValidationError
from bulletinkit.model import _rules
from bulletinkit.model._extra import EMPTY
from bulletinkit.parse import _build


def _outcome(make: Callable[[], object]) -> object:
    """What building gives: the object, or the issues of its error."""
    try:
        return make()
    except ValidationError as error:
        return ("error", error.issues)


def _validator_names(cls: type) -> dict[str, str | None]:
    return {
        f.name: None if f.validator is None else f.validator.__qualname__ for f in attrs.fields(cls)
    }


def test_the_builders_know_every_field_and_rule() -> None:
    # A model that gains a field or a rule must be taught to _build first (see its docstring).
    assert _validator_names(Span) == {"part": None, "start": None, "end": None}
    assert _validator_names(Role) == {
        "title": "non_empty",
        "country": "country_code",
        "organization": "optional_non_empty",
        "extra": None,
    }
    assert _validator_names(Actor) == {
        "id": "slug",
        "name": "non_empty",
        "kind": "instance_of.<locals>.check",
        "aliases": "non_empty_items",
        "roles": "tuple_of.<locals>.check",
        "country": "country_code",
        "mentions": "tuple_of.<locals>.check",
        "extra": None,
    }
    assert hasattr(Span, "__attrs_post_init__")
    assert not hasattr(Role, "__attrs_post_init__")
    assert not hasattr(Actor, "__attrs_post_init__")
    assert attrs.fields(Role).extra.default is EMPTY
    assert attrs.fields(Actor).extra.default is EMPTY
    assert _rules.is_country_code("FR")


_INTS = st.one_of(st.integers(-3, 50), st.sampled_from([True, 2.0, "3", None]))


@settings(max_examples=300, deadline=None)
@given(_INTS, _INTS, _INTS)
def test_span_builder_agrees(part: Any, start: Any, end: Any) -> None:
    built = _outcome(lambda: _build.span(part, start, end))
    assert built == _outcome(lambda: Span(part=part, start=start, end=end))
    if isinstance(built, Span):
        assert type(built.part) is type(part) and type(built.end) is type(end)


_TEXTS = st.one_of(
    st.sampled_from(["President", "Foreign Minister", "", " ", "\t", "NATO", "x"]),
    st.text(max_size=4),
    st.sampled_from([None, 3, b"CEO"]),
)
_CODES = st.one_of(st.sampled_from(["FR", "RU", "UA", "XX", "fr", "", "EU"]), st.none(), st.just(1))


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _CODES, _TEXTS)
def test_role_builder_agrees(title: Any, country: Any, organization: Any) -> None:
    built = _outcome(lambda: _build.role(title, country, organization))
    expected = _outcome(lambda: Role(title=title, country=country, organization=organization))
    assert built == expected


_SPANS = st.lists(st.builds(Span, part=st.integers(0, 3), start=st.just(0), end=st.just(2)))


_ACTOR_VALUES = {
    "id": st.one_of(st.sampled_from(["emmanuel-macron", "fr", "m1", "Bad Id", "", "a-", "a\n"]),
                    st.just(7)),
    "name": _TEXTS,
    "kind": st.one_of(st.sampled_from(ActorKind), st.just("person")),
    "aliases": st.one_of(st.lists(_TEXTS, max_size=3).map(tuple), st.just(["Macron"])),
    "roles": st.one_of(st.lists(st.just(Role(title="President")), max_size=2).map(tuple),
                       st.just(("President",))),
    "country": _CODES,
    "mentions": st.one_of(_SPANS.map(tuple), _SPANS, st.just((1, 2))),
}  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(sorted(_ACTOR_VALUES)), st.data())
def test_actor_builder_agrees(field: str, data: st.DataObject) -> None:
    # a valid actor with one field drawn from valid and broken values
    values: dict[str, Any] = {
        "id": "emmanuel-macron",
        "name": "Emmanuel Macron",
        "kind": ActorKind.PERSON,
        "aliases": ("Macron",),
        "roles": (Role(title="President", country="FR"),),
        "country": "FR",
        "mentions": (Span(part=0, start=0, end=6),),
    }
    values[field] = data.draw(_ACTOR_VALUES[field])
    built = _outcome(lambda: _build.actor(**values))
    assert built == _outcome(lambda: Actor(**values))
    if isinstance(built, Actor):
        assert built.extra is EMPTY and hash(built) == hash(Actor(**values))
