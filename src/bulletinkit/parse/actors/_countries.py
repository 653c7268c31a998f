"""The country of each person: what the text says about that person, never the topic.

See :func:`place_people` and the "Countries of people" section of ``docs/actors.md``.
"""

from __future__ import annotations

import bisect
from operator import attrgetter

from bulletinkit.parse.actors._coref import Person
from bulletinkit.parse.actors._finding import Finding
from bulletinkit.parse.actors._known import KnownPerson, public_figures
from bulletinkit.parse.actors._scan import Doc
from bulletinkit.parse.actors._states import PageCountry, page_country, sentence_state
from bulletinkit.parse.text import lexicon

__all__ = ["place_people"]


def place_people(doc: Doc, findings: dict[int, Finding], people: list[Person]) -> set[int]:
    """Set ``guessed`` on every person whose country the roles do not give, and return the
    ids of the people the text or the public figures place (the others may take a country
    from a description or a counterpart later)."""
    page = page_country(doc)
    figures = public_figures()
    placed: set[int] = set()  # ids of the people the text or the public figures place
    cabinet: dict[int, str] = {}  # part -> country of its last member of a government placed
    for person in people:
        country = person.country or _appositive_nationality(doc, person)
        figure = (
            figures.lookup(person.words) if country is None and not _international(person) else None
        )  # (an official of the EU or the UN acts for no state: no nationality then)
        if country is not None or figure is not None:
            placed.add(id(person))
        part = doc.tokens[person.mentions[0][0]].part
        person.guessed = _country(doc, person, country, figure, page, cabinet.get(part))
        if person.guessed is not None and any(cls in _GOVERNMENT for _r, cls in person.roles):
            cabinet[part] = person.guessed
    _kin_countries(doc, people, placed)
    _owner_countries(doc, findings, people, placed)
    return placed


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

    From the name: a surname ending that belongs to one country ("-shvili"). A post of a state
    with no state and no body ("Prime Minister Petr Fiala") is read as news copy writes it: the
    post of the country the speaker stands in ("In Kyiv, ..."), else of the wire dateline's
    country, else of the one state acting in the person's own sentence ("... said Prague
    acted"), else, for a member of a government, of the member placed just before in the same
    paragraph (``cabinet``: "Interior Minister Vit Rakusan added"), else of the one state the
    page names; an occupation ("analyst", "lawyer") is no post of a state. Last, a given name
    spelt in one country's romanisation ("Sviatlana", "Dmytro"). Anyone else the text does not
    place has no country (``None``).
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
    posts = lex.cues["domestic"]
    classes = [cls for r, cls in person.roles if cls in posts and not r.organization]
    if classes and classes != ["occupation"] * len(classes):
        government = cabinet if any(cls in _GOVERNMENT for cls in classes) else None
        place = (
            _fronted_place(doc, person)
            or page.dateline
            or sentence_state(doc, person.mentions[0][0])
            or government
            or page.only
        )
        if place is not None:
            return place
    return lex.name_forms.get(person.words[0])


_ARTICLES = frozenset({"a", "an", "the"})
# the posts of a government, whose holders one paragraph names in a row
_GOVERNMENT = frozenset(
    {"head_of_government", "deputy_head", "minister", "foreign_minister", "defense_minister",
     "spokesperson"}
)  # fmt: skip


def _international(person: Person) -> bool:
    """Whether the person holds a post in an international body (NATO, the EU, the UN)."""
    orgs = lexicon().organizations
    return any(
        r.organization in orgs and orgs[r.organization][1] is None for r, _cls in person.roles
    )


def _owner_countries(
    doc: Doc, findings: dict[int, Finding], people: list[Person], placed: set[int]
) -> None:
    """ "Lukashenko's spokeswoman Natalia Eismont": an aide the text does not place serves
    the state of the person whose post it is."""
    owner = {start: person for person in people for start, _end in person.mentions}
    for person in people:
        if id(person) not in placed:
            country = _boss_country(doc, findings, owner, person)
            person.guessed = country or person.guessed


def _boss_country(
    doc: Doc, findings: dict[int, Finding], owner: dict[int, Person], person: Person
) -> str | None:
    tokens = doc.tokens
    for start, _end in person.mentions:
        finding = findings.get(start)
        for phrase in finding.roles if finding is not None else ():
            run = doc.run_at.get(phrase.start)
            if run is None or not tokens[run.end - 1].possessive:
                continue
            boss = owner.get(phrase.start)
            if boss is not None and boss is not person:
                return boss.country or boss.guessed
    return None


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
