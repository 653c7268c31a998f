"""Bulletins as IPTC ninjs 3.1 news objects (JSON, the 3.1 camelCase member names)."""

from __future__ import annotations

import json
from typing import Any

from bulletinkit.export._common import (
    actors_by_id,
    body_parts,
    body_text,
    bulletin_uri,
    meeting_name,
)
from bulletinkit.export.odrl import ODRL_NAMESPACE, to_odrl
from bulletinkit.model import Actor, ActorKind, Bulletin, LicenseNotice

__all__ = ["NINJS_SCHEMA", "to_ninjs"]

NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
"""The ``$id`` of the ninjs 3.1 JSON Schema, named in each export's ``standard``."""


def _plain(role: str, value: str) -> dict[str, Any]:
    return {"role": role, "contentType": "text/plain", "value": value}


def _descriptions(bulletin: Bulletin) -> list[dict[str, Any]]:
    found = []
    if bulletin.lead is not None:
        found.append(_plain("summary", bulletin.lead))
    found.extend(_plain("caption", text) for text in bulletin.captions)
    if bulletin.series is not None:
        found.append(_plain("series", bulletin.series.name))
        if bulletin.series.description is not None:
            found.append(_plain("series-description", bulletin.series.description))
    return found


def _entity(actor: Actor) -> dict[str, Any]:
    return {"name": actor.name, "literal": actor.id}


def _places(bulletin: Bulletin) -> list[dict[str, Any]]:
    places = [
        {"name": actor.name, "literal": actor.country or actor.id}
        for actor in bulletin.actors
        if actor.kind is ActorKind.STATE
    ]
    seen = {place["name"] for place in places}
    for meeting in bulletin.meetings:
        if meeting.location is not None and meeting.location not in seen:
            seen.add(meeting.location)
            places.append({"name": meeting.location})
    return places


def _rights(out: dict[str, Any], notice: LicenseNotice, uri: str) -> None:
    if notice.holder is not None:
        out["copyrightHolder"] = notice.holder
        out["copyrightNotice"] = f"© {notice.holder}"
    out["usageTerms"] = notice.text
    policy = to_odrl(notice, asset=uri)
    out["rightsInfo"] = {
        "langId": ODRL_NAMESPACE,
        "encodedRights": json.dumps(policy, ensure_ascii=False, separators=(",", ":")),
    }


def _credits(out: dict[str, Any], bulletin: Bulletin) -> None:
    authors = bulletin.authors
    if authors:
        out["by"] = ", ".join(authors)
    dateline = bulletin.dateline
    if dateline is not None and dateline.place is not None:
        out["located"] = dateline.place
    if dateline is not None and dateline.agency is not None:
        out.setdefault("infoSources", []).append({"name": dateline.agency, "role": "agency"})


def to_ninjs(bulletin: Bulletin) -> dict[str, Any]:
    """The bulletin as an IPTC ninjs 3.1 ``text`` news object (plain JSON data).

    ``uri`` is ``urn:bulletinkit:`` and the bulletin id; the title is the main headline,
    the lead a ``summary`` description, the lead and paragraphs one ``text/plain`` body.
    The date gives ``firstCreated`` and ``versionCreated`` at midnight UTC (ninjs wants a
    date-time; the time of day is not known). People, organisations and states (as
    places, with meeting locations) are listed by name with the actor id as ``literal``;
    meetings are ``events`` by name. The license notice gives ``copyrightHolder``,
    ``usageTerms`` (the notice verbatim) and ``rightsInfo`` with the ODRL policy of
    :func:`~bulletinkit.export.to_odrl` as encoded rights. What is lost is listed in
    ``docs/export.md``.
    """
    uri = bulletin_uri(bulletin)
    out: dict[str, Any] = {
        "uri": uri,
        "type": "text",
        "representationType": "full",
        "standard": {"name": "ninjs", "version": "3.1", "schema": NINJS_SCHEMA},
        "language": bulletin.language,
        "altIds": [{"role": "bulletinkit-id", "value": bulletin.id}],
    }
    if bulletin.source_url is not None:
        out["altIds"].append({"role": "source-url", "value": bulletin.source_url})
    if bulletin.title is not None:
        out["headlines"] = [_plain("main", bulletin.title)]
    if bulletin.date is not None:
        stamp = f"{bulletin.date.isoformat()}T00:00:00Z"
        out["firstCreated"] = out["versionCreated"] = stamp
    _credits(out, bulletin)
    descriptions = _descriptions(bulletin)
    if descriptions:
        out["descriptions"] = descriptions
    if body_parts(bulletin):
        text = body_text(bulletin)
        body = _plain("main", text)
        body.update(charCount=len(text), wordCount=len(text.split()))
        out["bodies"] = [body]
    if bulletin.series is not None and bulletin.series.publisher is not None:
        publisher = {"name": bulletin.series.publisher, "role": "publisher"}
        out.setdefault("infoSources", []).insert(0, publisher)
    kinds = {kind: [a for a in bulletin.actors if a.kind is kind] for kind in ActorKind}
    if kinds[ActorKind.PERSON]:
        out["people"] = [_entity(actor) for actor in kinds[ActorKind.PERSON]]
    if kinds[ActorKind.ORGANIZATION]:
        out["organisations"] = [_entity(actor) for actor in kinds[ActorKind.ORGANIZATION]]
    places = _places(bulletin)
    if places:
        out["places"] = places
    actors = actors_by_id(bulletin)
    if bulletin.meetings:
        out["events"] = [
            {"id": meeting.id, "name": meeting_name(meeting, actors)}
            for meeting in bulletin.meetings
        ]
    topics = list(dict.fromkeys(topic for m in bulletin.meetings for topic in m.topics))
    if topics:
        out["subjects"] = [{"name": topic} for topic in topics]
    if bulletin.license is not None:
        _rights(out, bulletin.license, uri)
    return out
