"""Popolo: valid against the draft-03 schemas, Popolo members only, ids stable and shared."""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit import Actor, ActorKind, Bulletin, KnownPeople, Role
from bulletinkit.export import to_popolo
from tests import strategies
from tests.export.conftest import example_bulletin, seed_bulletins
from tests.export.standards import popolo_problems, popolo_validator

REFERENCES = {
    "person_id": "persons",
    "organization_id": "organizations",
    "post_id": "posts",
    "area_id": "areas",
}


def dangling(document: dict[str, list[dict[str, Any]]]) -> list[str]:
    """References to objects that are not in the document, and repeated ids."""
    ids = {name: [item["id"] for item in items] for name, items in document.items()}
    problems = [
        f"{name}: repeated ids" for name, found in ids.items() if len(set(found)) < len(found)
    ]
    for items in document.values():
        for item in items:
            for key, collection in REFERENCES.items():
                if key in item and item[key] not in ids[collection]:
                    problems.append(f"{item['id']}: {key} {item[key]}")
            for person in item.get("attendees", []):
                if person["id"] not in ids["persons"]:
                    problems.append(f"{item['id']}: attendee {person['id']}")
    return problems


def by_name(document: dict[str, list[dict[str, Any]]], collection: str) -> dict[str, Any]:
    return {item["name"]: item for item in document[collection]}


def test_the_validators_check_the_schemas() -> None:
    person = popolo_validator("person")
    assert list(person.iter_errors({"id": "p", "name": "A", "links": [{"url": "a b"}]}))
    assert list(person.iter_errors({"other_names": [{"name": 3}]}))
    assert not list(person.iter_errors({"id": "p", "name": "A"}))
    document = {name: [] for name in ("persons", "organizations", "areas", "posts")}
    document |= {"memberships": [], "events": [{"id": "e", "nmae": "typo"}]}
    assert popolo_problems(document) == ["/events/0/nmae: not a Popolo member"]


def test_seed_and_example_as_one_batch() -> None:
    document = to_popolo([*seed_bulletins(), example_bulletin()])
    assert popolo_problems(document) == []
    assert dangling(document) == []
    persons = by_name(document, "persons")
    lavrov = persons["Sergey Lavrov"]  # in both bulletins: one person
    assert [p["name"] for p in document["persons"]].count("Sergey Lavrov") == 1
    assert {"name": "Lavrov"} in lavrov["other_names"]
    assert lavrov["national_identity"] == "RU"
    memberships = [m for m in document["memberships"] if m["person_id"] == lavrov["id"]]
    assert [(m["role"], m["organization_id"], m["area_id"]) for m in memberships] == [
        ("Foreign Minister", "state/ru", "area/ru")
    ]
    organizations = by_name(document, "organizations")
    assert organizations["France"]["classification"] == "state"
    assert organizations["France"]["identifiers"] == [
        {"identifier": "FR", "scheme": "ISO 3166-1 alpha-2"}
    ]
    events = {event["id"]: event for event in document["events"]}
    seed_id = seed_bulletins()[0].id
    talks = events[f"event/{seed_id}/m2"]
    assert talks["classification"] == "talks"
    assert talks["status"] == "held"
    assert talks["start_date"] == "2021-11-12"
    assert talks["location"] == "Paris"
    assert {a["name"] for a in talks["attendees"]} >= {"Sergey Lavrov", "Florence Parly"}
    cancelled = events[f"event/{seed_id}/m4"]
    assert cancelled["organization_id"] == "state/fr"
    assert cancelled["start_date"] == "2020-09"


def test_ids_do_not_depend_on_the_batch() -> None:
    seed, example = seed_bulletins()[0], example_bulletin()
    alone = {p["name"]: p["id"] for p in to_popolo([seed])["persons"]}
    together = {p["name"]: p["id"] for p in to_popolo([example, seed])["persons"]}
    assert all(together[name] == alone[name] for name in alone)
    assert to_popolo([seed]) == to_popolo([seed, seed])  # the same bulletin twice adds nothing


def test_known_people_merge_a_surname_with_the_full_name() -> None:
    seed = seed_bulletins()[0]
    known = KnownPeople.from_popolo(
        {"persons": [{"name": "Alexander Lukashenko", "other_names": ["Lukashenka"]}]}
    )
    full = Actor(id="alexander-lukashenko", name="Alexander Lukashenko", kind=ActorKind.PERSON)
    other = attrs.evolve(seed, id="other", actors=(full,), meetings=())
    document = to_popolo([seed, other], known=known)
    persons = by_name(document, "persons")
    assert "Lukashenko" not in persons
    assert {"name": "Lukashenko"} in persons["Alexander Lukashenko"]["other_names"]
    assert {"name": "Lukashenka"} in persons["Alexander Lukashenko"]["other_names"]
    without = by_name(to_popolo([seed, other]), "persons")
    assert {"Lukashenko", "Alexander Lukashenko"} <= set(without)


def test_a_role_in_a_body_is_a_post_of_that_body() -> None:
    seed = seed_bulletins()[0]
    chief = Actor(
        id="jens",
        name="Jens Stoltenberg",
        kind=ActorKind.PERSON,
        roles=(Role(title="Secretary General", organization="NATO", country="NO"),),
    )
    nato = Actor(id="nato", name="NATO", kind=ActorKind.ORGANIZATION, aliases=("the Alliance",))
    document = to_popolo([attrs.evolve(seed, actors=(chief, nato), meetings=())])
    assert popolo_problems(document) == []
    organizations = by_name(document, "organizations")
    assert organizations["NATO"]["other_names"] == [{"name": "the Alliance"}]
    (post,) = document["posts"]
    assert post["organization_id"] == organizations["NATO"]["id"]
    assert post["area_id"] == "area/no"


def test_the_registry_reads_the_export_back() -> None:
    document = to_popolo(seed_bulletins())
    known = KnownPeople.from_popolo(document)
    match = known.lookup(["Lavrov"])
    assert match is not None
    assert match.name == "Sergey Lavrov"
    assert match.country == "RU"
    assert [role.title for role in match.roles] == ["Foreign Minister"]


@settings(max_examples=40, deadline=None)
@given(st.lists(strategies.bulletins(), max_size=3))
def test_generated_batches_validate(bulletins: list[Bulletin]) -> None:
    document = to_popolo(bulletins)
    assert popolo_problems(document) == []
    assert dangling(document) == []
    names = {a.name.strip() for b in bulletins for a in b.actors if a.kind is ActorKind.PERSON}
    assert {" ".join(name.split()) for name in names} == {p["name"] for p in document["persons"]}
    assert to_popolo(bulletins) == document


def test_postponed_meetings_keep_their_status() -> None:
    from bulletinkit import MeetingStatus

    seed = seed_bulletins()[0]
    postponed = attrs.evolve(seed.meetings[1], status=MeetingStatus.POSTPONED)
    document = to_popolo([attrs.evolve(seed, meetings=(postponed,), title=None, date=None)])
    assert popolo_problems(document) == []
    (event,) = document["events"]
    assert event["status"] == "postponed"
    assert event["name"].endswith("[postponed]")
