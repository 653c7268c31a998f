"""Join the mentions of one person, and resolve descriptions that refer back.

A shorter name joins a longer one it ends ("Putin" joins "Vladimir Putin"), transliteration
variants share one key; a description ("the French leader") joins the one person mentioned
before it whose role and country fit, and is left alone when two or none fit.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from bulletinkit.model import Role
from bulletinkit.parse.actors._finding import Finding
from bulletinkit.parse.actors._known import KnownPeople, KnownPerson
from bulletinkit.parse.actors._names import name_key
from bulletinkit.parse.actors._roles import RolePhrase
from bulletinkit.parse.actors._scan import Doc

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


class _Index:
    """The people found so far, looked up by the words a fitting key must share.

    Every way a key fits a person's (one ends the other, or they differ in one letter of
    the given name) needs equal last words, so people are kept in buckets by their key's
    last word, and by its first word for the family-name-first fallback ("Xi"). A bucket
    keeps the order people were found in, so ties break as a scan of all people would.
    Mention starts are kept sorted for the latest mention before a position.
    """

    __slots__ = ("by_first", "by_last", "keyless", "order", "people", "starts")

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.order: dict[int, int] = {}  # id(person) -> when it was found
        self.by_last: dict[str, list[Person]] = {}
        self.by_first: dict[str, list[Person]] = {}
        self.starts: dict[int, list[int]] = {}  # id(person) -> sorted mention starts
        self.keyless = 0  # people with an empty key

    def add(self, person: Person) -> None:
        """Add a new person (with no mentions yet)."""
        self.order[id(person)] = len(self.people)
        self.people.append(person)
        self.starts[id(person)] = []
        self._file(person)

    def _file(self, person: Person) -> None:
        key = person.key
        if not key:
            self.keyless += 1
            return
        self._insert(self.by_last.setdefault(key[-1], []), person)
        if len(key) > 1:
            self._insert(self.by_first.setdefault(key[0], []), person)

    def _insert(self, bucket: list[Person], person: Person) -> None:
        rank = self.order[id(person)]
        if not bucket or self.order[id(bucket[-1])] < rank:
            bucket.append(person)  # the usual case: a person just found
            return
        at = bisect.bisect_left(bucket, rank, key=lambda p: self.order[id(p)])
        bucket.insert(at, person)

    def _unfile(self, person: Person, key: tuple[str, ...]) -> None:
        if not key:
            self.keyless -= 1
            return
        self.by_last[key[-1]].remove(person)
        if len(key) > 1:
            self.by_first[key[0]].remove(person)

    def rekey(self, person: Person, key: tuple[str, ...]) -> None:
        """Give ``person`` the longer ``key``, moving it to the buckets of its new words."""
        self._unfile(person, person.key)
        person.key = key
        self._file(person)

    def mention(self, person: Person, start: int) -> None:
        """Note a mention of ``person`` starting at token ``start``."""
        bisect.insort(self.starts[id(person)], start)

    def pick(self, key: tuple[str, ...], at: int) -> Person | None:
        """The person ``key`` names: of those it fits, the one mentioned last before ``at``."""
        if not key or self.keyless:  # an empty key fits any: scan everyone
            fits = [p for p in self.people if _fits(p.key, key)]
        else:
            fits = [p for p in self.by_last.get(key[-1], ()) if _fits(p.key, key)]
        if not fits and len(key) == 1:
            # "Xi", "Wang", "Kim": family name first, given name after
            fits = list(self.by_first.get(key[0], ()))
        if not fits:
            return None
        if len(fits) == 1:
            return fits[0]
        best = fits[0]
        best_at = -2
        for person in fits:
            starts = self.starts[id(person)]
            index = bisect.bisect_left(starts, at)
            latest = starts[index - 1] if index else -1
            if latest > best_at:
                best, best_at = person, latest
        return best


def group_people(doc: Doc, findings: dict[int, Finding], known: KnownPeople | None) -> list[Person]:
    """Turn the findings into people: strongest and longest names first."""
    index = _Index()
    people = index.people
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
    keys = {start: match_key(f.run.words) for start, f in findings.items()}
    order = sorted(
        (f for f in findings.values() if f.strength > 0),
        key=lambda f: (-len(keys[f.run.start]), f.run.start),
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
                index.add(person)
        else:
            person = index.pick(keys[run.start], run.start)
            if person is None:
                person = Person(run.words, keys[run.start], run.start)
                index.add(person)
        _attach(index, person, finding, keys[run.start])
    for finding in findings.values():
        run = finding.run
        if finding.strength == 0 and not (run.is_org or run.is_thing):
            person = index.pick(keys[run.start], run.start)
            if person is not None:
                _attach(index, person, finding, keys[run.start])
    for person in people:
        person.mentions.sort()
        person.first = person.mentions[0][0]
        if person.known:
            for role in person.known.roles:
                person.add_role(role, "known")
    people.sort(key=lambda p: p.first)
    return people


def _attach(index: _Index, person: Person, finding: Finding, key: tuple[str, ...]) -> None:
    run = finding.run
    person.mentions.append((run.start, run.end))
    index.mention(person, run.start)
    if len(key) > len(person.key) and person.known is None:
        person.words = run.words
        index.rekey(person, key)
    for phrase in finding.roles:
        role = _role(phrase)
        if role is not None:
            person.add_role(role, phrase.hit.entry.cls)
    for role, cls in finding.counterpart_roles:
        person.add_role(role, cls)


def resolve_descriptions(
    doc: Doc, people: list[Person], descriptions: list[RolePhrase], skip: set[int]
) -> None:
    """Attach each description to the one earlier person it fits, if exactly one fits.

    ``people`` come in the order of their first mention.
    """
    tokens = doc.tokens
    earlier: _Earlier | None = None  # built when a description first needs it
    for phrase in descriptions:
        if phrase.start in skip or phrase.det != "the" or phrase.hit.counterpart:
            continue
        placed = phrase.effective_country or phrase.org
        if not placed and phrase.hit.entry.cls not in _SPECIFIC:
            continue  # "the chairman of parliament", "the head": too vague to resolve
        if phrase.end < len(tokens) and tokens[phrase.end].lower == "of":
            continue
        earlier = earlier or _Earlier(people)
        person = earlier.only_fit(phrase)
        if person is not None:
            bisect.insort(person.mentions, (phrase.start, phrase.end))


class _Earlier:
    """People by the classes of their roles (and the countries they fit), in the order of
    their first mention, so a description looks only at those who may fit it."""

    __slots__ = ("by_class", "firsts")

    def __init__(self, people: list[Person]) -> None:
        self.by_class: dict[tuple[str, str | None], list[Person]] = {}
        for person in people:
            if not person.roles:
                continue  # (no class: in no group)
            countries = {person.country or person.guessed, *(r.country for r, _ in person.roles)}
            countries.discard(None)
            for cls in person.classes:
                self.by_class.setdefault((cls, None), []).append(person)
                for country in countries:
                    self.by_class.setdefault((cls, country), []).append(person)
        self.firsts = {key: [p.first for p in group] for key, group in self.by_class.items()}

    def only_fit(self, phrase: RolePhrase) -> Person | None:
        """The one person mentioned before ``phrase`` that it fits; ``None`` unless one fits."""
        country = phrase.effective_country
        found: Person | None = None
        seen: set[int] = set()
        for cls in phrase.hit.entry.refers:
            group = self.by_class.get((cls, country))
            if group is None:
                continue
            for index in range(bisect.bisect_left(self.firsts[(cls, country)], phrase.start)):
                person = group[index]
                if id(person) in seen:
                    continue
                seen.add(id(person))
                if _country_fits(person, country) and _org_fits(person, phrase):
                    if found is not None:
                        return None  # two fit: leave the description alone
                    found = person
        return found


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
