"""schema.org JSON-LD: the mapping, the vocabulary list, and expansion with ``@vocab``."""

from __future__ import annotations

from importlib import resources
from typing import Any

import attrs
from hypothesis import given, settings

from bulletinkit import Bulletin, MeetingStatus
from bulletinkit.export import to_schema_org
from tests import strategies
from tests.export.conftest import seed_bulletins
from tests.export.standards import expand_schema_org

SCHEMA = "https://schema.org/"


def vocabulary() -> dict[str, set[str]]:
    """The checked-in list: kind (type, property, member) -> terms."""
    text = resources.files("bulletinkit.export").joinpath("schema_org_terms.txt").read_text()
    found: dict[str, set[str]] = {"type": set(), "property": set(), "member": set()}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, term = line.split("\t")
            found[kind].add(term)
    return found


def terms(node: Any) -> dict[str, set[str]]:
    """The types, properties and enumeration members a compact export uses."""
    found: dict[str, set[str]] = {"type": set(), "property": set(), "member": set()}
    if isinstance(node, list):
        for item in node:
            for kind, values in terms(item).items():
                found[kind] |= values
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@type":
                found["type"].add(value)
            elif not key.startswith("@"):
                found["property"].add(key)
                for kind, values in terms(value).items():
                    found[kind] |= values
    elif isinstance(node, str) and node.startswith(SCHEMA):
        found["member"].add(node.removeprefix(SCHEMA))
    return found


def expanded_terms(node: Any) -> dict[str, set[str]]:
    """The same, read from the expanded JSON-LD: every IRI must be a schema.org one."""
    found: dict[str, set[str]] = {"type": set(), "property": set(), "member": set()}
    if isinstance(node, list):
        for item in node:
            for kind, values in expanded_terms(item).items():
                found[kind] |= values
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@type":
                for iri in value:
                    assert iri.startswith(SCHEMA), iri
                    found["type"].add(iri.removeprefix(SCHEMA))
            elif key == "@value":
                if isinstance(value, str) and value.startswith(SCHEMA):
                    found["member"].add(value.removeprefix(SCHEMA))
            elif not key.startswith("@"):
                assert key.startswith(SCHEMA), key
                found["property"].add(key.removeprefix(SCHEMA))
                for kind, values in expanded_terms(value).items():
                    found[kind] |= values
    return found


def check_vocabulary(document: dict[str, Any]) -> None:
    listed = vocabulary()
    used = terms(document)
    for kind in listed:
        assert used[kind] <= listed[kind], f"{kind}s not on the list: {used[kind] - listed[kind]}"
    assert expanded_terms(expand_schema_org(document)) == used


def check_references(document: dict[str, Any]) -> None:
    """Every ``@id`` an event or a person points at is a node of the document."""
    nodes = {n["@id"] for n in document.get("mentions", []) + document.get("about", [])}
    for event in document.get("about", []):
        for ref in event.get("attendee", []) + event.get("organizer", []):
            assert "@id" not in ref or ref["@id"] in nodes
    for person in document.get("mentions", []):
        nationality = person.get("nationality", {})
        assert "@id" not in nationality or nationality["@id"] in nodes


def test_seed_maps_the_article_its_people_and_meetings() -> None:
    bulletin = seed_bulletins()[0]
    document = to_schema_org(bulletin)
    assert document["@type"] == "NewsArticle"
    assert document["headline"] == bulletin.title
    assert document["datePublished"] == "2021-11-19"
    assert document["isPartOf"] == {
        "@type": "Periodical",
        "name": "Russia Monitor",
        "description": bulletin.series.description if bulletin.series else None,
        "publisher": {"@type": "Organization", "name": "Warsaw Institute"},
    }
    people = {n["name"]: n for n in document["mentions"] if n["@type"] == "Person"}
    lavrov = people["Sergey Lavrov"]
    assert lavrov["jobTitle"] == "Foreign Minister"
    assert lavrov["nationality"] == {"@id": "_:actor-ru"}
    assert "Lavrov" in lavrov["alternateName"]
    events = {e["@id"]: e for e in document["about"]}
    call = events["_:meeting-m1"]
    assert call["startDate"] == "2021-11-15"
    assert call["eventStatus"] == SCHEMA + "EventScheduled"
    assert call["attendee"] == [
        {"@id": "_:actor-emmanuel-macron"},
        {"@id": "_:actor-vladimir-putin"},
    ]
    assert events["_:meeting-m4"]["eventStatus"] == SCHEMA + "EventCancelled"
    assert events["_:meeting-m4"]["organizer"] == [{"@id": "_:actor-fr"}]
    assert "eventStatus" not in events["_:meeting-m3"]  # proposed: schema.org has no word
    assert document["copyrightHolder"] == {
        "@type": "Organization",
        "name": "Warsaw Institute Foundation",
    }
    assert document["license"]["text"].startswith("All texts published by")


def test_samples_use_listed_terms_only(samples: list[Bulletin]) -> None:
    for bulletin in samples:
        document = to_schema_org(bulletin)
        check_vocabulary(document)
        check_references(document)


def test_a_misspelt_term_is_caught() -> None:
    document = to_schema_org(seed_bulletins()[0])
    document["mentions"][0]["nationalty"] = "FR"
    used = terms(document)
    assert not used["property"] <= vocabulary()["property"]


def test_date_ranges_give_start_and_end() -> None:
    from bulletinkit import DateRange, Meeting, MeetingKind, PartialDate

    bulletin = seed_bulletins()[0]
    summit = Meeting(
        id="s1",
        kind=MeetingKind.SUMMIT,
        status=MeetingStatus.PLANNED,
        date=DateRange.parse("2021-12-09/2021-12-10~"),
        location="Brussels",
    )
    yearly = Meeting(
        id="s2",
        kind=MeetingKind.SUMMIT,
        status=MeetingStatus.HELD,
        date=PartialDate.parse("2020~"),
    )
    bulletin = attrs.evolve(bulletin, meetings=(summit, yearly))
    events = to_schema_org(bulletin)["about"]
    assert (events[0]["startDate"], events[0]["endDate"]) == ("2021-12-09", "2021-12-10")
    assert events[0]["location"] == {"@type": "Place", "name": "Brussels"}
    assert events[1]["startDate"] == "2020"
    assert "endDate" not in events[1]


@settings(max_examples=40, deadline=None)
@given(strategies.bulletins())
def test_generated_bulletins_use_listed_terms_only(bulletin: Bulletin) -> None:
    document = to_schema_org(bulletin)
    check_vocabulary(document)
    check_references(document)
    assert len(document.get("about", [])) == len(bulletin.meetings)


def test_authors_dateline_captions_and_postponed() -> None:
    from bulletinkit import Dateline

    seed = seed_bulletins()[0]
    postponed = attrs.evolve(seed.meetings[0], status=MeetingStatus.POSTPONED)
    bulletin = attrs.evolve(
        seed,
        authors=("Anna Nowak", "Jan Kowalski"),
        dateline=Dateline(place="KYIV", agency="Example Wire"),
        captions=("Delegations in Paris.",),
        meetings=(postponed,),
    )
    document = to_schema_org(bulletin)
    assert document["author"] == [
        {"@type": "Person", "name": "Anna Nowak"},
        {"@type": "Person", "name": "Jan Kowalski"},
    ]
    assert document["dateline"] == "KYIV (Example Wire)"
    assert document["locationCreated"] == {"@type": "Place", "name": "KYIV"}
    assert document["image"] == [{"@type": "ImageObject", "caption": "Delegations in Paris."}]
    assert "Delegations" not in document["articleBody"]
    assert document["about"][0]["eventStatus"] == SCHEMA + "EventPostponed"
    check_vocabulary(document)
    agency_only = attrs.evolve(bulletin, dateline=Dateline(agency="Example Wire"))
    assert to_schema_org(agency_only)["dateline"] == "Example Wire"
    assert "locationCreated" not in to_schema_org(agency_only)


def test_undated_untitled_bulletin() -> None:
    bulletin = attrs.evolve(seed_bulletins()[0], title=None, date=None)
    document = to_schema_org(bulletin)
    assert "headline" not in document
    assert "datePublished" not in document
    check_vocabulary(document)
