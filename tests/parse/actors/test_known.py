"""The known-people registry: loading Popolo-style JSON and resolving surnames."""

from __future__ import annotations

import json

import pytest

from bulletinkit import ActorKind, Role, ValidationError
from bulletinkit.parse.actors import KnownPeople, extract_actors

POPOLO = {
    "persons": [
        {
            "id": "lukashenko",
            "name": "Alexander Lukashenko",
            "other_names": [{"name": "Aliaksandr Lukashenka"}],
            "country": "BY",
            "posts": [{"label": "President"}],
        },
        {"id": "p2", "name": "Ivan Petrov", "national_identity": "Russia"},
    ]
}


def test_surname_resolves_to_the_registry_entry() -> None:
    known = KnownPeople.from_popolo(json.dumps(POPOLO))
    (person,) = [
        a
        for a in extract_actors(["Putin urged Lukashenko to talk."], known=known)
        if a.name.endswith(("Lukashenko", "Lukashenka"))
    ]
    assert person.name == "Alexander Lukashenko"
    assert person.id == "lukashenko"
    assert person.country == "BY"
    assert person.roles == (Role(title="President", country="BY"),)
    assert "Lukashenko" in person.aliases


def test_registry_finds_a_person_the_text_gives_no_cue_for() -> None:
    known = KnownPeople.from_popolo(POPOLO)
    people = [
        a
        for a in extract_actors(["Petrov stayed home."], known=known)
        if a.kind is ActorKind.PERSON
    ]
    assert [(p.name, p.country) for p in people] == [("Ivan Petrov", "RU")]


def test_popolo_memberships_and_posts_give_roles() -> None:
    data = {
        "persons": [{"id": "x", "name": "Anna Berg"}],
        "organizations": [{"id": "o", "name": "Nordic Council"}],
        "posts": [{"id": "post", "label": "Secretary General", "organization_id": "o"}],
        "memberships": [{"person_id": "x", "post_id": "post"}],
    }
    (person,) = KnownPeople.from_popolo(data).people
    assert person.roles == (Role(title="Secretary General", organization="Nordic Council"),)


def test_a_plain_list_of_persons_is_accepted() -> None:
    known = KnownPeople.from_popolo([{"name": "Maia Sandu", "country": "MD"}])
    assert known.lookup(["Sandu"]) is not None


def test_ambiguous_surname_resolves_to_nobody() -> None:
    known = KnownPeople.from_popolo([{"name": "Anna Kim"}, {"name": "Boris Kim"}])
    assert known.lookup(["Kim"]) is None
    assert known.lookup(["Boris", "Kim"]) is not None


def test_bad_registry_reports_every_problem_with_a_pointer() -> None:
    with pytest.raises(ValidationError) as caught:
        KnownPeople.from_popolo(
            {"persons": [{"name": ""}, {"name": "A B", "country": "Atlantis"}, "x"]}
        )
    locations = [issue.location for issue in caught.value.issues]
    assert locations == ["/persons/0/name", "/persons/1/country", "/persons/2"]


def test_registry_that_is_not_json_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="not JSON"):
        KnownPeople.from_popolo("{not json")


def test_persons_must_be_a_list() -> None:
    with pytest.raises(ValidationError, match="must be a list"):
        KnownPeople.from_popolo({"persons": {"name": "x"}})
