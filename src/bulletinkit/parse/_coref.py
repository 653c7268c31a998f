"""Join the mentions of one person, and resolve descriptions that refer back.

A shorter name joins a longer one it ends ("Putin" joins "Vladimir Putin"), transliteration
variants share one key; a description ("the French leader") joins the one person mentioned
before it whose role and country fit, and is left alone when two or none fit.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from bulletinkit.model import Role
from bulletinkit.parse._finding import Finding
from bulletinkit.parse._names import name_key
from bulletinkit.parse._roles import RolePhrase
from bulletinkit.parse._scan import Doc
from bulletinkit.parse.known import KnownPeople, KnownPerson

__all__ = ["Person", "group_people", "match_key", "resolve_descriptions"]

_NEAR_MIN = 5
# Posts a bare description ("the president", "the prime minister") may name on its own.
_SPECIFIC = frozenset(
    {"head_of_state", "head_of_government", "foreign_minister", "defense_minister"}
)
_WITH_PATRONYMIC = 3
_PATRONYMIC = ("ovich", "evich", "ovna", "evna", "ichna", "ovych", "ovych", "ivna")


@attrs.define(slots=True)
class Person:
    """One person of a bulletin, built up from its mentions."""

    words: tuple[str, ...]
    key: tuple[str, ...]
    first: int
    known: KnownPerson | None = None
    guessed: str | None = None  # country from outside the text, when the text gives none
    mentions: list[tuple[int, int]] = attrs.Factory(list)
    roles: list[tuple[Role, str]] = attrs.Factory(list)

    def add_role(self, role: Role, cls: str) -> None:
        """Add ``role`` unless it repeats one already held (filling in a missing country)."""
        for index, (held, _cls) in enumerate(self.roles):
            same = _title_key(held.title) == _title_key(role.title)
            if same and held.organization in {None, role.organization}:
                if held.country is None and role.country is not None:
                    self.roles[index] = (role, cls)
                return
        self.roles.append((role, cls))

    @property
    def country(self) -> str | None:
        """The country of the first role that has one, else the registry's."""
        for role, _cls in self.roles:
            if role.country:
                return role.country
        return self.known.country if self.known else None

    @property
    def classes(self) -> set[str]:
        """The classes of every role held."""
        return {cls for _role, cls in self.roles}


def _title_key(title: str) -> str:
    """A title for comparison: "Defence Minister" and "Defense Minister" are one post."""
    return title.lower().replace("defence", "defense")


def _role(phrase: RolePhrase) -> Role | None:
    if phrase.title is None:
        return None
    return Role(title=phrase.title, country=phrase.effective_country, organization=phrase.org)


def _near(a: str, b: str) -> bool:
    """Given names one letter apart ("Rustam", "Rustem"): one person when the surname matches."""
    if len(a) != len(b) or len(a) < _NEAR_MIN:
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _fits(person_key: tuple[str, ...], key: tuple[str, ...]) -> bool:
    if len(person_key) >= len(key) and person_key[len(person_key) - len(key) :] == key:
        return True
    if len(key) == len(person_key) >= 2 and key[1:] == person_key[1:]:
        return _near(key[0], person_key[0])
    return len(key) > len(person_key) and key[len(key) - len(person_key) :] == person_key


def match_key(words: Sequence[str]) -> tuple[str, ...]:
    """The key a person is matched by: without a patronymic ("Sergei Viktorovich Lavrov")."""
    key = name_key(words)
    if len(key) >= _WITH_PATRONYMIC:
        key = (key[0], *(k for k in key[1:-1] if not k.endswith(_PATRONYMIC)), key[-1])
    return key


def _pick(people: Sequence[Person], key: tuple[str, ...], at: int) -> Person | None:
    fits = [p for p in people if _fits(p.key, key)]
    if not fits and len(key) == 1:
        # "Xi", "Wang", "Kim": family name first, given name after
        fits = [p for p in people if len(p.key) > 1 and p.key[0] == key[0]]
    if not fits:
        return None
    if len(fits) == 1:
        return fits[0]
    before = [(max((m for m, _ in p.mentions if m < at), default=-1), p) for p in fits]
    best = max(before, key=lambda item: item[0])
    return best[1]


def group_people(doc: Doc, findings: dict[int, Finding], known: KnownPeople | None) -> list[Person]:
    """Turn the findings into people: strongest and longest names first."""
    people: list[Person] = []
    by_known: dict[str, Person] = {}
    entries: dict[int, KnownPerson] = {}
    if known is not None:
        for start, finding in findings.items():
            run = finding.run
            if run.is_org or run.is_thing:
                continue
            entry = known.lookup(run.words)
            if entry is not None:
                entries[start] = entry
                finding.strength = max(finding.strength, 2)
    order = sorted(
        (f for f in findings.values() if f.strength > 0),
        key=lambda f: (-len(match_key(f.run.words)), f.run.start),
    )
    for finding in order:
        run = finding.run
        entry = entries.get(run.start)
        person: Person | None = None
        if entry is not None:
            person = by_known.get(entry.id)
            if person is None:
                words = tuple(entry.name.split())
                person = Person(words, match_key(words), run.start, entry)
                by_known[entry.id] = person
                people.append(person)
        else:
            person = _pick(people, match_key(run.words), run.start)
            if person is None:
                person = Person(run.words, match_key(run.words), run.start)
                people.append(person)
        _attach(person, finding)
    for finding in findings.values():
        run = finding.run
        if finding.strength == 0 and not (run.is_org or run.is_thing):
            person = _pick(people, match_key(run.words), run.start)
            if person is not None:
                _attach(person, finding)
    for person in people:
        person.mentions.sort()
        person.first = person.mentions[0][0]
        if person.known:
            for role in person.known.roles:
                person.add_role(role, "known")
    people.sort(key=lambda p: p.first)
    return people


def _attach(person: Person, finding: Finding) -> None:
    run = finding.run
    person.mentions.append((run.start, run.end))
    if len(match_key(run.words)) > len(person.key) and person.known is None:
        person.words = run.words
        person.key = match_key(run.words)
    for phrase in finding.roles:
        role = _role(phrase)
        if role is not None:
            person.add_role(role, phrase.hit.entry.cls)
    for role, cls in finding.counterpart_roles:
        person.add_role(role, cls)


def resolve_descriptions(
    doc: Doc, people: list[Person], descriptions: list[RolePhrase], skip: set[int]
) -> None:
    """Attach each description to the one earlier person it fits, if exactly one fits."""
    tokens = doc.tokens
    for phrase in descriptions:
        if phrase.start in skip or phrase.det != "the" or phrase.hit.counterpart:
            continue
        placed = phrase.effective_country or phrase.org
        if not placed and phrase.hit.entry.cls not in _SPECIFIC:
            continue  # "the chairman of parliament", "the head": too vague to resolve
        if phrase.end < len(tokens) and tokens[phrase.end].lower == "of":
            continue
        refers = phrase.hit.entry.refers
        fits = [
            person
            for person in people
            if person.first < phrase.start
            and refers & person.classes
            and _country_fits(person, phrase.effective_country)
            and _org_fits(person, phrase)
        ]
        if len(fits) == 1:
            fits[0].mentions.append((phrase.start, phrase.end))
            fits[0].mentions.sort()


def _org_fits(person: Person, phrase: RolePhrase) -> bool:
    """The person holds a post in the description's body, or the body is national and the
    person is of its country ("the Kremlin chief" is the Russian head of state)."""
    if phrase.org is None or any(r.organization == phrase.org for r, _ in person.roles):
        return True
    return phrase.org_country is not None and _country_fits(person, phrase.org_country)


def _country_fits(person: Person, country: str | None) -> bool:
    if country is None:
        return True
    held = person.country or person.guessed
    return held == country or any(r.country == country for r, _ in person.roles)
