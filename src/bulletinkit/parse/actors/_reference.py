"""Roles given by a phrase that refers back to people named just before it.

"...spoke with Vladimir Putin. The Russian president said..." gives Putin the post of
President; "X and Y met in Sochi. The presidents of Russia and Turkey agreed..." and "The
foreign ministers of the two countries..." give the post to each of the people named. A
phrase looks only at the people mentioned earlier in its own sentence or in the sentence
before it, and only at those who hold no post the text gives: it never takes a post from
one person to another, and it does nothing when more than one person (or, for a group,
not exactly as many people as it names) could be meant.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from bulletinkit.model import Role
from bulletinkit.parse.actors._coref import Person
from bulletinkit.parse.actors._finding import Finding
from bulletinkit.parse.actors._roles import RolePhrase
from bulletinkit.parse.actors._scan import Doc
from bulletinkit.parse.actors._token import Token

__all__ = ["counterpart_posts", "refer_back"]

_PAIR = 2


def refer_back(
    doc: Doc, people: Sequence[Person], descriptions: Sequence[RolePhrase], placed: set[int]
) -> None:
    """Give the posts of ``descriptions`` ("the Russian president", "the presidents of
    Russia and Turkey") to the untitled people they refer back to.

    ``placed`` holds the ids of the people whose country the text or the public figures
    give; the others take the description's country.
    """
    if not descriptions:
        return
    tokens = doc.tokens
    starts: list[tuple[int, int]] | None = None  # (mention start, person index), built once
    for phrase in descriptions:
        if phrase.det != "the" or phrase.hit.counterpart:
            continue
        if not phrase.hit.plural and phrase.effective_country is None:
            continue  # "the president said": too vague to name anyone
        if phrase.title is None:
            continue
        if starts is None:
            starts = sorted((s, i) for i, p in enumerate(people) for s, _e in p.mentions)
        window = _window(tokens, people, starts, phrase.start)
        untitled = [p for p in window if not p.roles]
        if not untitled:
            continue
        if phrase.hit.plural:
            _group(phrase, untitled, window, placed)
        else:
            _single(phrase, untitled, placed)


def _window(
    tokens: Sequence[Token], people: Sequence[Person], starts: list[tuple[int, int]], at: int
) -> list[Person]:
    """The people mentioned before token ``at`` in its sentence or the one before, in the
    order of those mentions (each once)."""
    first = tokens[at].sent - 1
    index = bisect.bisect_left(starts, (at, -1))
    found: list[int] = []
    while index > 0 and tokens[starts[index - 1][0]].sent >= first:
        index -= 1
        if starts[index][1] not in found:
            found.append(starts[index][1])
    return [people[i] for i in reversed(found)]


def _country_of(person: Person, placed: set[int]) -> str | None:
    return (person.country or person.guessed) if id(person) in placed else None


def _give(person: Person, phrase: RolePhrase, country: str | None, placed: set[int]) -> None:
    title = phrase.title
    assert title is not None  # (checked by the caller)
    person.add_role(Role(title=title, country=country, organization=phrase.org), "described")
    if country is not None and id(person) not in placed:
        person.guessed = country
        placed.add(id(person))


def _single(phrase: RolePhrase, untitled: list[Person], placed: set[int]) -> None:
    country = phrase.effective_country
    sure = [p for p in untitled if _country_of(p, placed) == country]
    open_ = [p for p in untitled if _country_of(p, placed) is None]
    if len(sure) == 1:
        _give(sure[0], phrase, country, placed)
    elif not sure and len(open_) == 1:
        _give(open_[0], phrase, country, placed)


def _group(
    phrase: RolePhrase, untitled: list[Person], window: list[Person], placed: set[int]
) -> None:
    if phrase.countries:
        by_country: dict[str, list[Person]] = {}
        for person in untitled:
            held = _country_of(person, placed)
            if held is not None:
                by_country.setdefault(held, []).append(person)
        picked = [by_country.get(code, []) for code in phrase.countries]
        if all(len(found) == 1 for found in picked):
            for code, found in zip(phrase.countries, picked, strict=True):
                _give(found[0], phrase, code, placed)
        return
    # "the foreign ministers of the two countries", "the leaders": the pair named before;
    # not "the CSTO leaders", the members of a body, who may be more than the pair
    if phrase.org is None and len(window) == len(untitled) == _PAIR:
        for person in untitled:
            _give(person, phrase, _country_of(person, placed), placed)


def counterpart_posts(
    findings: dict[int, Finding], people: Sequence[Person], placed: set[int]
) -> None:
    """ "Szabo met his Russian counterpart Sergey Lavrov": Lavrov takes Szabo's post, in
    Russia, wherever the text gives Szabo's post; Szabo is then not Russian by guess."""
    owner_of = {start: p for p in people for start, _end in p.mentions}
    for start, finding in findings.items():
        if finding.counterpart_of is None:
            continue
        owner_start, phrase = finding.counterpart_of
        owner, person = owner_of.get(owner_start), owner_of.get(start)
        if owner is None or person is None or owner is person:
            continue
        country = phrase.effective_country
        if country is not None and id(owner) not in placed and owner.guessed == country:
            owner.guessed = None  # (a counterpart of a Russian is no Russian)
        posts = [(r, cls) for r, cls in owner.roles if cls != "described"] or owner.roles
        if person.roles or not posts:
            continue
        role, cls = posts[0]
        person.add_role(Role(title=role.title, country=country, organization=None), cls)
        if country is not None and id(person) not in placed:
            person.guessed = country
