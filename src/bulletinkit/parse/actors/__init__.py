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

import bisect
from collections.abc import Sequence
from operator import attrgetter

from bulletinkit.model import Actor, ActorKind, Role, Span
from bulletinkit.parse.actors._coref import Person, group_people, resolve_descriptions
from bulletinkit.parse.actors._known import KnownPeople, KnownPerson, public_figures
from bulletinkit.parse.actors._names import slugify
from bulletinkit.parse.actors._people import find_people
from bulletinkit.parse.actors._reference import counterpart_posts, refer_back
from bulletinkit.parse.actors._scan import Doc, scan
from bulletinkit.parse.actors._states import (
    PageCountry,
    find_organizations,
    find_states,
    page_country,
    sentence_state,
)
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
    page = page_country(doc)
    figures = public_figures()
    placed: set[int] = set()  # ids of the people the text or the public figures place
    domestic = lexicon().cues["domestic"]
    cabinet: dict[int, str] = {}  # part -> country of its last post holder placed
    for person in people:
        country = person.country or _appositive_nationality(doc, person)
        figure = figures.lookup(person.words) if country is None else None
        if country is not None or figure is not None:
            placed.add(id(person))
        part = doc.tokens[person.mentions[0][0]].part
        person.guessed = _country(doc, person, country, figure, page, cabinet.get(part))
        if person.guessed is not None and any(
            cls in domestic and cls != "occupation" for _r, cls in person.roles
        ):
            cabinet[part] = person.guessed
    _kin_countries(doc, people, placed)
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


def _country(
    doc: Doc,
    person: Person,
    country: str | None,
    figure: KnownPerson | None,
    page: PageCountry,
    cabinet: str | None,
) -> str | None:
    """The person's country: from the text (``country``, the person's own title, nationality,
    office or apposition), else the bundled public figures (``figure``), else the name, else
    where the page stands for a state post that names no state; never the story's topic.

    From the name: a surname ending that belongs to one country ("-shvili"), a given name spelt
    in one country's romanisation ("Sviatlana", "Dmytro"). A domestic post with no state and no
    body ("Prime Minister Petr Fiala") is read as news copy writes it: the post of the country
    the speaker stands in ("In Kyiv, ..."), else of the wire dateline's country, else of the one
    state acting in the person's own sentence ("... said Prague acted"), else of the post holder
    placed just before in the same paragraph (``cabinet``: "Interior Minister Vit Rakusan
    added"), else of the one state the page names. Anyone else the text does not place has no
    country (``None``): an occupation ("analyst", "lawyer") is no post of a state.
    """
    if country is not None:
        return country
    if figure is not None and figure.country is not None:
        return figure.country
    lex = lexicon()
    surname = person.words[-1].lower()
    for ending, code in lex.surname_forms:
        if surname.endswith(ending) and len(surname) > len(ending) + 2:
            return code  # "-shvili", "-yan": as telling as a demonym
    form = lex.name_forms.get(person.words[0])
    if form is not None:
        return form
    posts = lex.cues["domestic"]
    if any(cls in posts and cls != "occupation" and not r.organization for r, cls in person.roles):
        return (
            _fronted_place(doc, person)
            or page.dateline
            or sentence_state(doc, person.mentions[0][0])
            or cabinet
            or page.only
        )
    return None


_ARTICLES = frozenset({"a", "an", "the"})


def _appositive_nationality(doc: Doc, person: Person) -> str | None:
    """ "Andrej Danko, a Slovak nationalist,": the nationality an apposition gives."""
    tokens = doc.tokens
    for _start, end in person.mentions:
        if end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower in _ARTICLES:
            tag = doc.tags[end + 2]
            if tag is not None and tag.start == end + 2 and tag.kind == "demonym" and tag.code:
                return tag.code
    return None


def _kin_countries(doc: Doc, people: list[Person], placed: set[int]) -> None:
    """ "Navalny's mother Lyudmila Navalnaya": kin the text does not place share a country.

    ``placed`` holds the ids of the people the text or the public figures place.
    """
    kin = lexicon().cues["kin"]
    owner = {start: person for person in people for start, _end in person.mentions}
    ends = {end: person for person in people for _start, end in person.mentions}
    tokens = doc.tokens
    for person in people:
        if id(person) in placed:
            continue
        for start, _end in person.mentions:
            if start < 2 or tokens[start - 1].lower not in kin or owner.get(start) is not person:
                continue
            relative = ends.get(start - 1)
            if relative is not None and relative is not person and tokens[start - 2].possessive:
                person.guessed = relative.country or relative.guessed
                break


def _fronted_place(doc: Doc, person: Person) -> str | None:
    """ "In Washington, Treasury Secretary Janet Yellen said": where the speaker stands."""
    tokens = doc.tokens
    first = person.mentions[0][0]
    # the sentence's first token (sentence numbers never fall along the tokens)
    start = bisect.bisect_left(tokens, tokens[first].sent, hi=first, key=_SENT)
    if tokens[start].lower != "in" or start + 1 >= first:
        return None
    tag = doc.tags[start + 1]
    if tag is None or tag.code is None or tag.kind not in {"country", "capital", "place"}:
        return None
    return tag.code if tag.end < len(tokens) and tokens[tag.end].text == "," else None


_SENT = attrgetter("sent")


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
