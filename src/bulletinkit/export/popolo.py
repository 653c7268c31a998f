"""Bulletins as Popolo: persons, organizations, areas, posts, memberships and events.

A batch of bulletins becomes one Popolo document. Ids are derived from exact names
(``person/sergey-lavrov-1a2b3c4d``), ISO codes (``state/ru``, ``area/ru``) and bulletin
ids (``event/bk-.../m1``), so they are the same on every run and the same person in two
bulletins is one person.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from bulletinkit.export._common import (
    absolute_uri,
    actors_by_id,
    country_name,
    date_bounds,
    digest,
    meeting_name,
    name_id,
    slug,
    squeeze,
)
from bulletinkit.model import Actor, ActorKind, Bulletin, Meeting, Role

if TYPE_CHECKING:
    from bulletinkit.parse.actors import KnownPeople

__all__ = ["POPOLO_COLLECTIONS", "to_popolo"]

POPOLO_COLLECTIONS = ("persons", "organizations", "areas", "posts", "memberships", "events")
"""The members of a Popolo export, in order; each holds a list of Popolo objects."""

ISO_SCHEME = "ISO 3166-1 alpha-2"


class _Batch:
    """The Popolo objects of a batch, by id, in first-seen order."""

    def __init__(self, known: KnownPeople | None) -> None:
        self.known = known
        self.items: dict[str, dict[str, dict[str, Any]]] = {c: {} for c in POPOLO_COLLECTIONS}
        self.named: set[str] = set()

    def add(self, collection: str, item: dict[str, Any]) -> dict[str, Any]:
        found = self.items[collection].setdefault(item["id"], item)
        return found

    def area(self, code: str) -> str:
        area_id = f"area/{code.lower()}"
        self.add(
            "areas",
            {
                "id": area_id,
                "name": country_name(code),
                "identifier": code,
                "classification": "country",
            },
        )
        return area_id

    def state(self, code: str, name: str | None = None) -> str:
        state_id = f"state/{code.lower()}"
        item = {
            "id": state_id,
            "name": name or country_name(code),
            "classification": "state",
            "identifiers": [{"identifier": code, "scheme": ISO_SCHEME}],
            "area_id": self.area(code),
        }
        found = self.add("organizations", item)
        if name is not None and state_id not in self.named:
            self.named.add(state_id)  # the first state actor names it, not pycountry
            found["name"] = name
        return state_id

    def organization(self, actor: Actor | None, name: str) -> str:
        org_id = name_id("organization", name)
        item: dict[str, Any] = {"id": org_id, "name": name}
        found = self.add("organizations", item)
        if actor is not None:
            _other_names(found, actor.aliases)
            if actor.country is not None and "area_id" not in found:
                found["area_id"] = self.area(actor.country)
        return org_id

    def other_state(self, actor: Actor) -> str:
        """A state actor without a country code: an organization known by its name."""
        state_id = name_id("state", actor.name)
        found = self.add("organizations", {"id": state_id, "name": actor.name})
        found["classification"] = "state"
        _other_names(found, actor.aliases)
        return state_id

    def person(self, actor: Actor, source: dict[str, str] | None) -> str:
        name = actor.name
        others = list(actor.aliases)
        match = None if self.known is None else self.known.lookup(actor.name.split())
        if match is not None:
            name = match.name
            others = [actor.name, *others, *match.other_names]
        person_id = name_id("person", name)
        found = self.add("persons", {"id": person_id, "name": squeeze(name)})
        _other_names(found, others)
        if actor.country is not None and "national_identity" not in found:
            found["national_identity"] = actor.country
        if source is not None and source not in found.setdefault("sources", []):
            found["sources"].append(source)
        for role in actor.roles:
            self.role(person_id, role)
        return person_id

    def role(self, person_id: str, role: Role) -> None:
        org_id = None
        if role.organization is not None:
            org_id = self.organization(None, role.organization)
        elif role.country is not None:
            org_id = self.state(role.country)
        area_id = None if role.country is None else self.area(role.country)
        key = "\x1f".join((role.title, org_id or "", area_id or ""))
        post: dict[str, Any] = {"id": f"post/{slug(role.title)}-{digest(key)}"}
        post["label"] = role.title
        if org_id is not None:
            post["organization_id"] = org_id
        if area_id is not None:
            post["area_id"] = area_id
        self.add("posts", post)
        membership = {
            "id": f"membership/{digest(person_id + chr(31) + post['id'], 16)}",
            "person_id": person_id,
            "post_id": post["id"],
            "role": role.title,
        }
        membership.update({k: v for k, v in post.items() if k in ("organization_id", "area_id")})
        self.add("memberships", membership)

    def actor(self, actor: Actor, source: dict[str, str] | None) -> str:
        if actor.kind is ActorKind.PERSON:
            return self.person(actor, source)
        if actor.kind is ActorKind.STATE:
            if actor.country is None:
                return self.other_state(actor)
            state_id = self.state(actor.country, actor.name)
            _other_names(self.items["organizations"][state_id], actor.aliases)
            return state_id
        return self.organization(actor, actor.name)

    def event(self, bulletin: Bulletin, meeting: Meeting, ids: dict[str, str]) -> None:
        actors = actors_by_id(bulletin)
        item: dict[str, Any] = {
            "id": f"event/{bulletin.id}/{meeting.id}",
            "name": meeting_name(meeting, actors),
            "classification": meeting.kind.value,
            "status": meeting.status.value,
        }
        start, end = date_bounds(meeting.date)
        if start is not None:
            item["start_date"] = start
        if end is not None:
            item["end_date"] = end
        if meeting.location is not None:
            item["location"] = meeting.location
        organizers = [
            ids[i]
            for i in meeting.initiators
            if i in actors and actors[i].kind is not ActorKind.PERSON
        ]
        if organizers:
            item["organization_id"] = organizers[0]
        attendees = [
            {"id": ids[i], "name": self.items["persons"][ids[i]]["name"]}
            for i in dict.fromkeys(meeting.participants)
            if i in actors and actors[i].kind is ActorKind.PERSON
        ]
        if attendees:
            item["attendees"] = attendees
        url = absolute_uri(bulletin.source_url)
        if url is not None:
            item["sources"] = [{"url": url}]
        self._unique_event(item)

    def _unique_event(self, item: dict[str, Any]) -> None:
        events, base, number = self.items["events"], item["id"], 1
        while item["id"] in events and events[item["id"]] != item:
            number += 1
            item["id"] = f"{base}-{number}"
        events.setdefault(item["id"], item)


def _other_names(item: dict[str, Any], names: Iterable[str]) -> None:
    for name in names:
        name = squeeze(name)
        listed = item.setdefault("other_names", [])
        if name != item.get("name") and {"name": name} not in listed:
            listed.append({"name": name})
    if item.get("other_names") == []:
        del item["other_names"]


def to_popolo(
    bulletins: Iterable[Bulletin], *, known: KnownPeople | None = None
) -> dict[str, list[dict[str, Any]]]:
    """One Popolo document for a batch of bulletins (plain JSON data).

    People become ``persons`` (aliases as ``other_names``, country as
    ``national_identity``, the bulletin URL as a source); states become ``organizations``
    with classification ``state``, their ISO code as an identifier and a country ``area``;
    other organisations and the bodies named in roles become ``organizations``; each
    role is a ``post`` (title, body or state, country area) held through a
    ``membership``; meetings are ``events`` (kind as classification, status, dates,
    location, the first state or organisation among the initiators as organizer, the
    people among the participants as attendees). A person is the same across the batch
    when the exact name is; ``known`` (a :class:`~bulletinkit.KnownPeople` registry) also
    resolves surnames and other names to the registry's full name first.
    """
    batch = _Batch(known)
    for bulletin in bulletins:
        url = absolute_uri(bulletin.source_url)
        source = None if url is None else {"url": url}
        ids: dict[str, str] = {}
        for actor in bulletin.actors:
            ids.setdefault(actor.id, batch.actor(actor, source))
        for meeting in bulletin.meetings:
            batch.event(bulletin, meeting, ids)
    return {name: list(batch.items[name].values()) for name in POPOLO_COLLECTIONS}
