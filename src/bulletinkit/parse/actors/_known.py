"""A registry of known people, so "Lukashenko" resolves to their full entry.

Load it from a Popolo-style JSON document (https://www.popoloproject.com/specs/person.html):
a list of persons, or an object with ``persons`` (and optionally ``memberships``, ``posts``
and ``organizations``). Each person has a ``name``; optionally ``id``, ``other_names``
(strings or ``{"name": ...}`` objects), ``family_name``, a ``country`` (an ISO 3166-1
alpha-2 code or a country name; ``national_identity`` is read too) and ``posts`` (objects
with ``label`` or ``role``, and optionally ``organization`` and ``country``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from bulletinkit.errors import Issue, ValidationError
from bulletinkit.model import Role
from bulletinkit.model._rules import is_country_code
from bulletinkit.parse.actors._names import name_key, slugify
from bulletinkit.parse.text import lexicon, rows

__all__ = ["KnownPeople", "KnownPerson", "public_figures"]


@attrs.frozen(kw_only=True)
class KnownPerson:
    """One person of a registry: id, full name, other names, country and posts."""

    id: str
    name: str
    other_names: tuple[str, ...] = ()
    family_name: str | None = None
    country: str | None = None
    roles: tuple[Role, ...] = ()


@attrs.frozen
class KnownPeople:
    """A registry of known people, looked up by full name, other name or surname.

    A surname alone matches only when exactly one person of the registry has it.
    """

    people: tuple[KnownPerson, ...]
    _names: dict[tuple[str, ...], frozenset[int]] = attrs.field(init=False, repr=False, eq=False)
    _surnames: dict[str, frozenset[int]] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        names: dict[tuple[str, ...], set[int]] = {}
        surnames: dict[str, set[int]] = {}
        for index, person in enumerate(self.people):
            for form in (person.name, *person.other_names):
                words = form.split()
                names.setdefault(name_key(words), set()).add(index)
                if len(words) > 1:
                    surnames.setdefault(name_key(words[-1:])[0], set()).add(index)
            if person.family_name:
                words = person.family_name.split()
                names.setdefault(name_key(words), set()).add(index)
                surnames.setdefault(name_key(words[-1:])[0], set()).add(index)
        object.__setattr__(self, "_names", {k: frozenset(v) for k, v in names.items()})
        object.__setattr__(self, "_surnames", {k: frozenset(v) for k, v in surnames.items()})

    def lookup(self, words: Sequence[str]) -> KnownPerson | None:
        """The one person a name (given as its words) refers to, or ``None``."""
        key = name_key(words)
        found = self._names.get(key)
        if found is None and len(key) == 1:
            found = self._surnames.get(key[0])
        if found is None or len(found) != 1:
            return None
        return self.people[next(iter(found))]

    @classmethod
    def from_popolo(cls, data: str | bytes | Mapping[str, Any] | Sequence[Any]) -> KnownPeople:
        """Build a registry from Popolo-style JSON text or its parsed value.

        Raises ``ValidationError`` listing every malformed person with a JSON pointer.
        """
        if isinstance(data, (str, bytes)):
            try:
                data = json.loads(data)
            except ValueError as error:
                raise ValidationError(f"known people: not JSON ({error})") from None
        base = "/persons"
        persons: Any = data
        posts_by_person: dict[str, list[Mapping[str, Any]]] = {}
        if isinstance(data, Mapping):
            persons = data.get("persons")
            posts_by_person = _memberships(data)
        else:
            base = ""
        if not isinstance(persons, Sequence) or isinstance(persons, (str, bytes)):
            raise ValidationError(
                (Issue(code="type", message="'persons' must be a list", location=base),)
            )
        people: list[KnownPerson] = []
        issues: list[Issue] = []
        for index, item in enumerate(persons):
            where = f"{base}/{index}"
            try:
                people.append(_person(item, where, posts_by_person))
            except ValidationError as error:
                issues.extend(error.issues)
        if issues:
            raise ValidationError(issues)
        return cls(tuple(people))


def _country(value: object, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        if is_country_code(value.upper()) and len(value) == 2:
            return value.upper()
        code = lexicon().country_names.get(value)
        if code is not None:
            return code
    raise ValidationError(
        (
            Issue(
                code="country",
                message=f"unknown country {value!r}",
                location=where,
                expected="an ISO 3166-1 alpha-2 code or a country name",
            ),
        )
    )


def _person(
    item: object, where: str, posts_by_person: dict[str, list[Mapping[str, Any]]]
) -> KnownPerson:
    if not isinstance(item, Mapping):
        raise ValidationError(
            (Issue(code="type", message="a person must be an object", location=where),)
        )
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValidationError(
            (
                Issue(
                    code="empty",
                    message="'name' must be a non-empty string",
                    location=f"{where}/name",
                ),
            )
        )
    others: list[str] = []
    for index, other in enumerate(item.get("other_names") or ()):
        value = other.get("name") if isinstance(other, Mapping) else other
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(
                (
                    Issue(
                        code="empty",
                        message="other name must be a non-empty string",
                        location=f"{where}/other_names/{index}",
                    ),
                )
            )
        others.append(value)
    raw_country = item.get("country", item.get("national_identity"))
    country = _country(raw_country, f"{where}/country")
    pid = item.get("id") if isinstance(item.get("id"), str) else None
    posts = [*(item.get("posts") or ()), *posts_by_person.get(pid or "", ())]
    roles = []
    for index, post in enumerate(posts):
        title = post.get("label") or post.get("role") if isinstance(post, Mapping) else None
        if not isinstance(title, str) or not title.strip():
            raise ValidationError(
                (
                    Issue(
                        code="empty",
                        message="a post needs a 'label' or 'role'",
                        location=f"{where}/posts/{index}",
                    ),
                )
            )
        org = post.get("organization")
        post_country = _country(post.get("country"), f"{where}/posts/{index}/country")
        roles.append(
            Role(
                title=title,
                country=post_country or country,
                organization=org if isinstance(org, str) and org.strip() else None,
            )
        )
    family = item.get("family_name")
    return KnownPerson(
        id=slugify(pid or name),
        name=name.strip(),
        other_names=tuple(others),
        family_name=family if isinstance(family, str) and family.strip() else None,
        country=country,
        roles=tuple(roles),
    )


def _memberships(data: Mapping[str, Any]) -> dict[str, list[Mapping[str, Any]]]:
    """Popolo memberships joined with their posts and organisations, by person id."""
    orgs = {
        o.get("id"): o.get("name")
        for o in data.get("organizations") or ()
        if isinstance(o, Mapping)
    }
    posts = {p.get("id"): p for p in data.get("posts") or () if isinstance(p, Mapping)}
    found: dict[str, list[Mapping[str, Any]]] = {}
    for membership in data.get("memberships") or ():
        if not isinstance(membership, Mapping):
            continue
        post = posts.get(membership.get("post_id"), {})
        label = (
            membership.get("label")
            or membership.get("role")
            or post.get("label")
            or post.get("role")
        )
        org_id = membership.get("organization_id") or post.get("organization_id")
        entry = {"label": label, "organization": orgs.get(org_id)}
        found.setdefault(str(membership.get("person_id")), []).append(entry)
    return found


@functools.lru_cache(maxsize=1)
def public_figures() -> KnownPeople:
    """The bundled list of public figures (``lexicon/public_figures.tsv``), as a registry.

    The extractor reads only their countries from it, never their names.
    """
    people = []
    for row in rows("public_figures.tsv"):
        others = tuple(v for v in (row[2] if len(row) > 2 else "").split("|") if v)
        people.append(
            KnownPerson(id=slugify(row[0]), name=row[0], other_names=others, country=row[1])
        )
    return KnownPeople(tuple(people))
