"""Acceptance on the seed bulletin: its four meetings, through parse_text and on their own."""

from __future__ import annotations

import pendulum

from bulletinkit import Bulletin, MeetingKind, MeetingStatus, PartialDate
from bulletinkit.parse import parse_text
from bulletinkit.parse.meetings import extract_meetings


def _by_id(bulletin: Bulletin, name: str) -> str:
    return next(a.id for a in bulletin.actors if a.name == name)


def test_seed_has_four_meetings(seed_text: str) -> None:
    bulletin = parse_text(seed_text)
    assert [m.id for m in bulletin.meetings] == ["m1", "m2", "m3", "m4"]
    call, talks, normandy, cancelled = bulletin.meetings
    people = {a.name: a.id for a in bulletin.actors}
    france = next(a.id for a in bulletin.actors if a.kind.value == "state" and a.country == "FR")
    russia = next(a.id for a in bulletin.actors if a.kind.value == "state" and a.country == "RU")

    assert (call.kind, call.status) == (MeetingKind.PHONE_CALL, MeetingStatus.HELD)
    assert call.date == PartialDate(year=2021, month=11, day=15)
    assert set(call.participants) == {people["Emmanuel Macron"], people["Vladimir Putin"]}

    assert (talks.kind, talks.status) == (MeetingKind.TALKS, MeetingStatus.HELD)
    assert talks.date == PartialDate(year=2021, month=11, day=12)
    assert talks.location == "Paris"
    assert talks.format == "two-plus-two"
    assert set(talks.participants) == {
        people["Jean-Yves Le Drian"],
        people["Florence Parly"],
        people["Sergey Lavrov"],
        people["Sergei Shoigu"],
    }

    assert (normandy.status, normandy.format, normandy.date) == (
        MeetingStatus.PROPOSED,
        "Normandy format",
        None,
    )
    assert normandy.initiators == (france,)

    assert cancelled.status is MeetingStatus.CANCELLED
    assert cancelled.format == "two-plus-two"
    assert cancelled.date == PartialDate(year=2020, month=9)
    assert set(cancelled.participants) == {france, russia}


def test_seed_evidence_is_the_sentence_that_states_the_meeting(seed_text: str) -> None:
    bulletin = parse_text(seed_text)
    texts = [bulletin.text_of(m.evidence) for m in bulletin.meetings if m.evidence]
    assert texts[0].startswith("French President Emmanuel Macron")
    assert texts[0].endswith("border with Belarus.")
    assert texts[1].startswith("Three days before the two leaders held talks")
    assert texts[2].startswith("It suggested convening a meeting")
    assert texts[3].startswith("France canceled a similar meeting")


def test_seed_extractor_is_deterministic(seed_text: str) -> None:
    bulletin = parse_text(seed_text)
    again = extract_meetings(bulletin.parts, bulletin.actors, date=bulletin.date)
    assert again == bulletin.meetings
    assert _by_id(bulletin, "Emmanuel Macron") in again[0].participants


def test_seed_lead_mentions_are_not_extra_meetings(seed_text: str) -> None:
    bulletin = parse_text(seed_text)
    lead_only = [m for m in bulletin.meetings if m.evidence is not None and m.evidence.part == 0]
    assert lead_only == []
    assert bulletin.date == pendulum.Date(2021, 11, 19)
