"""Extract the actors of a bulletin: people, states and organisations.

``extract_actors(parts)`` reads the lead and paragraphs of a bulletin (in reading order;
page chrome such as photo credits left out) and returns one :class:`~bulletinkit.Actor` per
person, state and organisation acting in it, with roles, countries, aliases and the
:class:`~bulletinkit.Span` of every mention. It is deterministic, needs no network and no
model, and runs in time linear in the text.

The actor stage: reads the lead and paragraphs; produces :class:`~bulletinkit.Actor`
values. Exports ``extract_actors``, ``KnownPeople`` and ``KnownPerson``; imports only
:mod:`bulletinkit.parse.text` (the name and place vocabularies).
"""

from __future__ import annotations

from collections.abc import Sequence

from bulletinkit.model import Actor, ActorKind, Role, Span
from bulletinkit.parse.actors._coref import Person, group_people, resolve_descriptions
from bulletinkit.parse.actors._countries import place_people
from bulletinkit.parse.actors._known import KnownPeople, KnownPerson
from bulletinkit.parse.actors._names import slugify
from bulletinkit.parse.actors._people import find_people
from bulletinkit.parse.actors._reference import counterpart_posts, refer_back
from bulletinkit.parse.actors._scan import Doc, scan
from bulletinkit.parse.actors._states import find_organizations, find_states
from bulletinkit.parse.text import lexicon

__all__ = ["KnownPeople", "KnownPerson", "extract_actors"]


def extract_actors(parts: Sequence[str], *, known: KnownPeople | None = None) -> tuple[Actor, ...]:
    """Return the people, states and organisations acting in ``parts``.

    ``parts`` are the bulletin's lead and paragraphs in reading order; every
    ``Span(part, start, end)`` of the result indexes into them. ``known`` is an optional
    registry of known people (see :meth:`KnownPeople.from_popolo`) that resolves a
    surname alone to a full entry. Actors come in the order of their first mention; ids
    are unique slugs (``emmanuel-macron``; a state's lower-case ISO code, ``fr``).
    Passing one string instead of a sequence of parts raises ``TypeError``.
    """
    if isinstance(parts, str):
        raise TypeError("extract_actors() takes a sequence of parts, not one string")
    doc = scan(parts)
    findings, descriptions = find_people(doc)
    people = group_people(doc, findings, known)
    placed = place_people(doc, findings, people)
    skip = {f.apposition for f in findings.values() if f.apposition >= 0}
    refer_back(doc, people, [d for d in descriptions if d.start not in skip], placed)
    counterpart_posts(findings, people, placed)
    resolve_descriptions(doc, people, descriptions, skip)
    ranked: list[tuple[tuple[int, int, int], Actor]] = []
    used: set[str] = set()
    for person in people:
        actor = _person_actor(doc, person, used)
        ranked.append(((actor.mentions[0].part, actor.mentions[0].start, 0), actor))
    for code, spans in find_states(doc).items():
        actor = _state_actor(code, spans, parts, used)
        ranked.append(((spans[0][0], spans[0][1], 1), actor))
    for name, (country, spans) in find_organizations(doc).items():
        actor = _org_actor(name, country, spans, parts, used)
        ranked.append(((spans[0][0], spans[0][1], 2), actor))
    ranked.sort(key=lambda item: item[0])
    return tuple(actor for _, actor in ranked)


def _unique(slug: str, used: set[str]) -> str:
    candidate = slug
    number = 2
    while candidate in used:
        candidate = f"{slug}-{number}"
        number += 1
    used.add(candidate)
    return candidate


def _person_actor(doc: Doc, person: Person, used: set[str]) -> Actor:
    name = " ".join(person.words)
    spans = []
    aliases: list[str] = []
    tokens = doc.tokens
    for start, end in person.mentions:
        first, last = tokens[start], tokens[end - 1]
        spans.append(Span(part=first.part, start=first.start, end=last.end))
        text = first.text if end - start == 1 else " ".join([t.text for t in tokens[start:end]])
        if first.initial and text[:4] == "The ":
            text = "the " + text[4:]
        if text != name and text not in aliases:
            aliases.append(text)
    if person.known is not None:
        aliases.extend(a for a in person.known.other_names if a not in aliases and a != name)
    country = person.guessed
    roles = tuple(
        Role(title=r.title, country=country, organization=None)
        if r.country is None and r.organization is None and country is not None
        else r
        for r, _cls in person.roles
    )
    slug = person.known.id if person.known else slugify(name)
    return Actor(
        id=_unique(slug, used),
        name=name,
        kind=ActorKind.PERSON,
        aliases=tuple(aliases),
        roles=roles,
        country=country,
        mentions=tuple(spans),
    )


def _state_name(code: str) -> str:
    names = lexicon().state_names
    return names.get(code, code)


def _forms(name: str, spans: list[tuple[int, int, int]], parts: Sequence[str]) -> tuple[str, ...]:
    aliases: list[str] = []
    for part, start, end in spans:
        text = parts[part][start:end]
        if text != name and text not in aliases:
            aliases.append(text)
    return tuple(aliases)


def _state_actor(
    code: str, spans: list[tuple[int, int, int]], parts: Sequence[str], used: set[str]
) -> Actor:
    name = _state_name(code)
    return Actor(
        id=_unique(code.lower(), used),
        name=name,
        kind=ActorKind.STATE,
        aliases=_forms(name, spans, parts),
        country=code,
        mentions=tuple([Span(part=p, start=s, end=e) for p, s, e in spans]),
    )


def _org_actor(
    name: str,
    country: str | None,
    spans: list[tuple[int, int, int]],
    parts: Sequence[str],
    used: set[str],
) -> Actor:
    return Actor(
        id=_unique(slugify(name), used),
        name=name,
        kind=ActorKind.ORGANIZATION,
        aliases=_forms(name, spans, parts),
        country=country,
        mentions=tuple([Span(part=p, start=s, end=e) for p, s, e in spans]),
    )
