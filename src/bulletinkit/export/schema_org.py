"""Bulletins as schema.org JSON-LD: a ``NewsArticle`` with its people, states and meetings.

Every type and property written here is listed in ``schema_org_terms.txt`` beside this
module; the tests check each export against that list, since a ``@vocab`` context would
expand a misspelt term as readily as a real one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bulletinkit.export._common import (
    absolute_uri,
    actors_by_id,
    body_parts,
    body_text,
    bulletin_uri,
    country_name,
    date_bounds,
    meeting_name,
)
from bulletinkit.model import (
    Actor,
    ActorKind,
    Bulletin,
    LicenseNotice,
    Meeting,
    MeetingKind,
    Series,
)

__all__ = ["SCHEMA_ORG", "to_schema_org"]

SCHEMA_ORG = "https://schema.org/"
"""The schema.org namespace; also the ``@context`` of every export (without the slash)."""

# Meeting status -> schema.org EventStatusType. A held meeting is EventScheduled, which
# schema.org defines as "taking place or has taken place on the startDate as scheduled";
# a proposed meeting has no schema.org status and gets none.
_EVENT_STATUS: Mapping[str, str] = {
    "held": "EventScheduled",
    "planned": "EventScheduled",
    "cancelled": "EventCancelled",
    "postponed": "EventPostponed",
}
_ONLINE = frozenset({MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL})


def _node_id(prefix: str, local: str) -> str:
    return f"_:{prefix}-{local}"


def _country(code: str, states: Mapping[str, str]) -> dict[str, Any]:
    """The bulletin's own state node when it names one with this code, else a Country."""
    if code in states:
        return {"@id": states[code]}
    return {"@type": "Country", "name": country_name(code), "identifier": code}


def _names(node: dict[str, Any], actor: Actor) -> None:
    node["name"] = actor.name
    if actor.aliases:
        node["alternateName"] = list(actor.aliases)


def _one_or_many(values: list[Any]) -> Any:
    return values[0] if len(values) == 1 else values


def _person(actor: Actor, states: Mapping[str, str]) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Person", "@id": _node_id("actor", actor.id)}
    _names(node, actor)
    titles = list(dict.fromkeys(role.title for role in actor.roles))
    if titles:
        node["jobTitle"] = _one_or_many(titles)
    if actor.country is not None:
        node["nationality"] = _country(actor.country, states)
    bodies = list(dict.fromkeys(r.organization for r in actor.roles if r.organization))
    if bodies:
        node["affiliation"] = [{"@type": "Organization", "name": name} for name in bodies]
    return node


def _state(actor: Actor) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Country", "@id": _node_id("actor", actor.id)}
    _names(node, actor)
    if actor.country is not None:
        node["identifier"] = actor.country
    return node


def _organization(actor: Actor, states: Mapping[str, str]) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Organization", "@id": _node_id("actor", actor.id)}
    _names(node, actor)
    if actor.country is not None:
        node["location"] = _country(actor.country, states)
    return node


def _actor(actor: Actor, states: Mapping[str, str]) -> dict[str, Any]:
    if actor.kind is ActorKind.PERSON:
        return _person(actor, states)
    if actor.kind is ActorKind.STATE:
        return _state(actor)
    return _organization(actor, states)


def _refs(ids: tuple[str, ...], actors: Mapping[str, Actor]) -> list[dict[str, Any]]:
    """References to the bulletin's actors; an id that names none keeps its text."""
    return [{"@id": _node_id("actor", i)} if i in actors else {"name": i} for i in ids]


def _event(meeting: Meeting, actors: Mapping[str, Actor]) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Event",
        "@id": _node_id("meeting", meeting.id),
        "name": meeting_name(meeting, actors),
    }
    start, end = date_bounds(meeting.date)
    if start is not None:
        node["startDate"] = start
    if end is not None:
        node["endDate"] = end
    if meeting.location is not None:
        node["location"] = {"@type": "Place", "name": meeting.location}
    if meeting.participants:
        node["attendee"] = _refs(meeting.participants, actors)
    if meeting.initiators:
        node["organizer"] = _refs(meeting.initiators, actors)
    status = _EVENT_STATUS.get(meeting.status.value)
    if status is not None:
        node["eventStatus"] = SCHEMA_ORG + status
    if meeting.kind in _ONLINE:
        node["eventAttendanceMode"] = SCHEMA_ORG + "OnlineEventAttendanceMode"
    if meeting.topics:
        node["keywords"] = list(meeting.topics)
    return node


def _series(series: Series) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Periodical", "name": series.name}
    if series.description is not None:
        node["description"] = series.description
    if series.publisher is not None:
        node["publisher"] = {"@type": "Organization", "name": series.publisher}
    return node


def _license(notice: LicenseNotice) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "CreativeWork", "text": notice.text}
    if notice.spdx is not None:
        node["identifier"] = notice.spdx
    url = absolute_uri(notice.url)
    if url is None and notice.spdx is not None:
        url = f"https://spdx.org/licenses/{notice.spdx}.html"
    if url is not None:
        node["url"] = url
    return node


def _credits(article: dict[str, Any], bulletin: Bulletin) -> None:
    authors = bulletin.authors
    if authors:
        article["author"] = [{"@type": "Person", "name": name} for name in authors]
    dateline = bulletin.dateline
    if dateline is not None:
        place, agency = dateline.place, dateline.agency
        # "KYIV (Example Wire)", "KYIV" or "Example Wire"
        words = [place, None if agency is None else f"({agency})" if place else agency]
        article["dateline"] = " ".join(word for word in words if word is not None)
        if place is not None:
            article["locationCreated"] = {"@type": "Place", "name": place}
    captions = bulletin.captions
    if captions:
        article["image"] = [{"@type": "ImageObject", "caption": text} for text in captions]


def to_schema_org(bulletin: Bulletin) -> dict[str, Any]:
    """The bulletin as a schema.org ``NewsArticle`` in JSON-LD (plain JSON data).

    The title is the ``headline``, the date ``datePublished``, the series an ``isPartOf``
    ``Periodical`` with its ``publisher``; the lead is the ``description`` and the lead and
    paragraphs the ``articleBody``. Actors are ``mentions`` (``Person``, ``Country``,
    ``Organization``), meetings are the ``Event`` nodes the article is ``about``; the
    license notice gives ``license`` (a ``CreativeWork`` with the verbatim text) and
    ``copyrightHolder``. Actors and meetings are blank nodes (``_:actor-ID``), so events
    point at their attendees. What is lost is listed in ``docs/export.md``.
    """
    actors = actors_by_id(bulletin)
    article: dict[str, Any] = {
        "@context": SCHEMA_ORG.rstrip("/"),
        "@type": "NewsArticle",
        "@id": bulletin_uri(bulletin),
        "identifier": bulletin.id,
    }
    if bulletin.title is not None:
        article["headline"] = bulletin.title
    if bulletin.date is not None:
        article["datePublished"] = bulletin.date.isoformat()
    article["inLanguage"] = bulletin.language
    if bulletin.series is not None:
        article["isPartOf"] = _series(bulletin.series)
        if bulletin.series.publisher is not None:
            article["publisher"] = {"@type": "Organization", "name": bulletin.series.publisher}
    _credits(article, bulletin)
    url = absolute_uri(bulletin.source_url)
    if url is not None:
        article["url"] = url
    if bulletin.lead is not None:
        article["description"] = bulletin.lead
    if body_parts(bulletin):
        article["articleBody"] = body_text(bulletin)
    states: dict[str, str] = {}
    for actor in actors.values():
        if actor.kind is ActorKind.STATE and actor.country is not None:
            states.setdefault(actor.country, _node_id("actor", actor.id))
    if actors:
        article["mentions"] = [_actor(actor, states) for actor in actors.values()]
    if bulletin.meetings:
        article["about"] = [_event(meeting, actors) for meeting in bulletin.meetings]
    if bulletin.license is not None:
        article["license"] = _license(bulletin.license)
        if bulletin.license.holder is not None:
            holder = {"@type": "Organization", "name": bulletin.license.holder}
            article["copyrightHolder"] = holder
    return article
