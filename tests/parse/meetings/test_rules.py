"""One rule per passage: what states a meeting, what does not, and what each report says.

Passages are written for these tests; actors are built by hand (a mention at every
occurrence of a name) so that each test exercises the meeting reader alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import pendulum

from bulletinkit import DateRange, Meeting, MeetingKind, MeetingStatus, PartialDate
from bulletinkit.parse.meetings import extract_meetings
from tests.parse.meetings._helpers import Spec, actors_for

PUTIN: Spec = ("putin", "Vladimir Putin", "person", "RU", ["Putin"])
MACRON: Spec = ("macron", "Emmanuel Macron", "person", "FR", ["Macron"])
LUKASHENKO: Spec = ("lukashenko", "Alexander Lukashenko", "person", "BY", ["Lukashenko"])
ERDOGAN: Spec = ("erdogan", "Recep Tayyip Erdogan", "person", "TR", ["Erdogan"])
BIDEN: Spec = ("biden", "Joe Biden", "person", "US", ["Biden"])
LAVROV: Spec = ("lavrov", "Sergey Lavrov", "person", "RU", ["Lavrov"])
PESKOV: Spec = ("peskov", "Dmitry Peskov", "person", "RU", ["Peskov"])
FRANCE: Spec = ("fr", "France", "state", "FR", ["Paris"])
RUSSIA: Spec = ("ru", "Russia", "state", "RU", ["Moscow", "Kremlin"])
GERMANY: Spec = ("de", "Germany", "state", "DE", ["Berlin"])
UKRAINE: Spec = ("ua", "Ukraine", "state", "UA", ["Kyiv"])
DATE = pendulum.Date(2021, 11, 19)


def meetings(
    parts: str | Sequence[str], *specs: Spec, date: pendulum.Date = DATE
) -> tuple[Meeting, ...]:
    texts = (parts,) if isinstance(parts, str) else tuple(parts)
    return extract_meetings(texts, actors_for(texts, specs), date=date)


def only(parts: str | Sequence[str], *specs: Spec, date: pendulum.Date = DATE) -> Meeting:
    found = meetings(parts, *specs, date=date)
    assert len(found) == 1, found
    return found[0]


# -- kinds --------------------------------------------------------------------------


def test_talked_on_the_phone_is_a_phone_call() -> None:
    m = only("Macron and Putin talked on the phone on Monday.", MACRON, PUTIN)
    assert (m.kind, m.status) == (MeetingKind.PHONE_CALL, MeetingStatus.HELD)
    assert m.date == PartialDate(year=2021, month=11, day=15)
    assert m.participants == ("macron", "putin")


def test_videoconference_is_a_video_call() -> None:
    m = only(
        "Putin and Biden held a videoconference on December 7.",
        PUTIN,
        BIDEN,
        date=pendulum.Date(2021, 12, 9),
    )
    assert m.kind is MeetingKind.VIDEO_CALL
    assert m.date == PartialDate(year=2021, month=12, day=7)


def test_hosted_is_a_visit_with_the_host_as_initiator() -> None:
    m = only("Putin hosted Erdogan in Sochi on September 29.", PUTIN, ERDOGAN)
    assert (m.kind, m.location) == (MeetingKind.VISIT, "Sochi")
    assert m.initiators == ("putin",)
    assert set(m.participants) == {"putin", "erdogan"}


def test_arrived_in_a_city_for_a_visit() -> None:
    m = only("Lukashenko arrived in Moscow on Thursday for a working visit.", LUKASHENKO)
    assert (m.kind, m.location) == (MeetingKind.VISIT, "Moscow")
    assert m.date == PartialDate(year=2021, month=11, day=18)


def test_summit() -> None:
    m = only("Biden and Putin held a summit in Geneva in June.", BIDEN, PUTIN)
    assert (m.kind, m.location, m.date) == (
        MeetingKind.SUMMIT,
        "Geneva",
        PartialDate(year=2021, month=6),
    )


def test_round_of_negotiations() -> None:
    m = only(
        "A new round of negotiations between Russia and Ukraine took place in Istanbul.",
        RUSSIA,
        UKRAINE,
    )
    assert m.kind is MeetingKind.NEGOTIATIONS
    assert set(m.participants) == {"ru", "ua"}


# -- statuses -------------------------------------------------------------------------


def test_will_meet_is_planned_and_resolves_forward() -> None:
    m = only("Putin will meet Erdogan in Ankara on November 25.", PUTIN, ERDOGAN)
    assert m.status is MeetingStatus.PLANNED
    assert m.date == PartialDate(year=2021, month=11, day=25)


def test_suggested_convening_is_proposed_by_the_subject() -> None:
    m = only("France suggested convening a meeting of the Normandy format.", FRANCE)
    assert m.status is MeetingStatus.PROPOSED
    assert (m.format, m.initiators, m.date) == ("Normandy format", ("fr",), None)


def test_cancelled_in_september_last_year() -> None:
    m = only("Russia canceled a meeting with Germany in September last year.", RUSSIA, GERMANY)
    assert m.status is MeetingStatus.CANCELLED
    assert m.date == PartialDate(year=2020, month=9)
    assert m.initiators == ("ru",)


def test_called_off_after_the_cue() -> None:
    m = only("The summit between Putin and Biden was called off.", PUTIN, BIDEN)
    assert (m.kind, m.status) == (MeetingKind.SUMMIT, MeetingStatus.CANCELLED)


# -- what is not a meeting ----------------------------------------------------------


def test_a_meeting_of_minds_is_not_a_meeting() -> None:
    assert meetings("There was no meeting of minds between Paris and Moscow.", FRANCE, RUSSIA) == ()


def test_met_with_criticism_is_not_a_meeting() -> None:
    assert meetings("Putin's plan met with criticism in Kyiv.", PUTIN, UKRAINE) == ()


def test_the_meeting_point_is_not_a_meeting() -> None:
    assert meetings("The meeting point of the convoys was near Kyiv.", UKRAINE) == ()


def test_meets_the_requirements_is_not_a_meeting() -> None:
    assert meetings("Russia says the pipeline meets the requirements of EU law.", RUSSIA) == ()


def test_a_negated_meeting_is_not_a_meeting() -> None:
    assert meetings("Putin did not meet Macron during the crisis.", PUTIN, MACRON) == ()


def test_a_press_conference_is_not_a_meeting() -> None:
    assert meetings("Peskov told a press conference that Moscow was ready.", PESKOV, RUSSIA) == ()


# -- participants -------------------------------------------------------------------


def test_someone_only_mentioned_in_the_sentence_is_not_a_participant() -> None:
    m = only(
        "Macron and Putin talked on the phone about Lukashenko and the border.",
        MACRON,
        PUTIN,
        LUKASHENKO,
    )
    assert m.participants == ("macron", "putin")


def test_the_reporting_speaker_is_not_a_participant() -> None:
    m = only("Peskov said Putin met Erdogan in Sochi.", PESKOV, PUTIN, ERDOGAN)
    assert set(m.participants) == {"putin", "erdogan"}


def test_a_pronoun_subject_takes_the_actor_spoken_of_before() -> None:
    m = only(["Lukashenko flew to Russia.", "He met Putin on Tuesday."], LUKASHENKO, PUTIN, RUSSIA)
    assert set(m.participants) == {"lukashenko", "putin"}


def test_a_counterpart_by_nationality_is_the_person_of_that_country() -> None:
    m = only(
        "Lukashenko is in Sochi. Putin received his Belarusian counterpart on Monday.",
        LUKASHENKO,
        PUTIN,
    )
    assert set(m.participants) == {"putin", "lukashenko"}


def test_a_delegation_by_nationality_is_its_state() -> None:
    m = only("Lavrov held talks with the French delegation in Moscow.", LAVROV, FRANCE)
    assert set(m.participants) == {"lavrov", "fr"}


# -- one meeting, several reports ---------------------------------------------------


def test_the_meeting_refers_back_and_adds_the_format() -> None:
    found = meetings(
        "Lavrov met the French foreign minister on Friday. "
        "The meeting was part of the two-plus-two format.",
        LAVROV,
        FRANCE,
    )
    assert len(found) == 1
    assert found[0].format == "two-plus-two"


def test_the_lead_and_the_body_report_one_meeting() -> None:
    found = meetings(
        [
            "Putin and Erdogan met in Sochi.",
            "Russian President Vladimir Putin and Recep Tayyip Erdogan held talks on Wednesday.",
        ],
        PUTIN,
        ERDOGAN,
    )
    assert len(found) == 1
    assert (found[0].location, found[0].date) == ("Sochi", PartialDate(year=2021, month=11, day=17))
    assert found[0].evidence is not None
    assert found[0].evidence.part == 1


def test_two_calls_with_different_people_are_two_meetings() -> None:
    found = meetings(
        "Putin talked on the phone with Macron. Putin also spoke by phone with Erdogan.",
        PUTIN,
        MACRON,
        ERDOGAN,
    )
    assert [set(m.participants) for m in found] == [{"putin", "macron"}, {"putin", "erdogan"}]


def test_a_similar_meeting_copies_the_format_and_lifts_people_to_states() -> None:
    found = meetings(
        "Lavrov and Le Drian met in the two-plus-two format. "
        "France canceled a similar meeting in September last year.",
        LAVROV,
        ("le-drian", "Jean-Yves Le Drian", "person", "FR", ["Le Drian"]),
        FRANCE,
        RUSSIA,
    )
    assert len(found) == 2
    assert found[1].format == "two-plus-two"
    assert set(found[1].participants) == {"fr", "ru"}


# -- dates --------------------------------------------------------------------------


def test_days_before_another_meeting_counts_from_its_date() -> None:
    found = meetings(
        "Macron and Putin talked on the phone on November 15. "
        "Three days before the two leaders held talks, Lavrov met with Le Drian.",
        MACRON,
        PUTIN,
        LAVROV,
        ("le-drian", "Jean-Yves Le Drian", "person", "FR", ["Le Drian"]),
    )
    assert len(found) == 2
    assert found[1].date == PartialDate(year=2021, month=11, day=12)
    assert set(found[1].participants) == {"lavrov", "le-drian"}


def test_a_range_of_days() -> None:
    m = only("Lavrov visited Ankara on 9-10 November.", LAVROV)
    assert m.date == DateRange(
        start=PartialDate(year=2021, month=11, day=9), end=PartialDate(year=2021, month=11, day=10)
    )
    assert m.location == "Ankara"


def test_no_date_when_the_text_gives_none() -> None:
    assert only("Putin met Erdogan in Sochi.", PUTIN, ERDOGAN).date is None


def test_a_phone_call_has_no_place() -> None:
    assert (
        only("Putin talked on the phone with Macron in the evening.", PUTIN, MACRON).location
        is None
    )


# -- more rules ---------------------------------------------------------------------

SCHOLZ: Spec = ("scholz", "Olaf Scholz", "person", "DE", ["Scholz"])
WANG: Spec = ("wang", "Wang Yi", "person", "CN", ["Wang"])
CHINA: Spec = ("cn", "China", "state", "CN", [])


def test_spoke_with_in_their_first_call_is_one_phone_call() -> None:
    m = only("Biden spoke with Putin on Tuesday in their first call since January.", BIDEN, PUTIN)
    assert (m.kind, m.date) == (MeetingKind.PHONE_CALL, PartialDate(year=2021, month=11, day=16))
    assert m.participants == ("biden", "putin")


def test_the_possessor_of_a_visit_takes_part_but_not_of_opponents() -> None:
    m = only("Lavrov's visit to China began on Monday.", LAVROV, CHINA)
    assert (m.kind, m.location, m.participants) == (MeetingKind.VISIT, "China", ("lavrov",))
    found = meetings("Putin's opponents met with Western diplomats in Vilnius.", PUTIN)
    assert [m.participants for m in found] == [()]


def test_talks_on_the_sidelines_of_a_summit_are_not_the_summit() -> None:
    found = meetings(
        "Putin, Macron and Scholz met in Paris for a summit on Monday. "
        "Putin and Macron also held talks on the sidelines of the summit.",
        PUTIN,
        MACRON,
        SCHOLZ,
    )
    assert [m.kind for m in found] == [MeetingKind.SUMMIT, MeetingKind.TALKS]


def test_a_capital_and_its_state_are_one_place() -> None:
    found = meetings(
        ["Wang Yi visited Ukraine.", "Wang Yi met with Dmytro Kuleba in Kyiv on Monday."],
        WANG,
        ("kuleba", "Dmytro Kuleba", "person", "UA", ["Kuleba"]),
        UKRAINE,
    )
    assert len(found) == 1
    assert set(found[0].participants) == {"wang", "kuleba"}


def test_someone_who_opened_the_meeting_joins_it() -> None:
    found = meetings(
        "Erdogan and Putin met in Sochi on Monday. Lavrov opened the meeting.",
        ERDOGAN,
        PUTIN,
        LAVROV,
    )
    assert len(found) == 1
    assert set(found[0].participants) == {"erdogan", "putin", "lavrov"}


def test_no_such_meeting_is_not_a_meeting() -> None:
    assert meetings("Peskov said no such meeting was being prepared.", PESKOV) == ()


def test_offered_to_host_a_meeting_is_proposed_talks_with_the_host_as_initiator() -> None:
    m = only(
        "Erdogan offered to host a meeting between Russia and Ukraine in Istanbul.",
        ERDOGAN,
        RUSSIA,
        UKRAINE,
    )
    assert (m.kind, m.status, m.location) == (
        MeetingKind.TALKS,
        MeetingStatus.PROPOSED,
        "Istanbul",
    )
    assert m.initiators == ("erdogan",)
    assert {"ru", "ua"} <= set(m.participants)


def test_a_meeting_held_via_videoconference_is_a_video_call() -> None:
    m = only("Putin chaired a meeting of the Security Council via videoconference.", PUTIN)
    assert m.kind is MeetingKind.VIDEO_CALL


def test_a_later_date_counts_from_the_last_dated_sentence() -> None:
    found = meetings(
        "Sandu lost a vote on November 12. A week earlier, Sandu met Macron in Paris.",
        ("sandu", "Maia Sandu", "person", "MD", ["Sandu"]),
        MACRON,
    )
    assert found[0].date == PartialDate(year=2021, month=11, day=5)


def test_two_trips_of_one_subject_in_one_sentence_are_two_visits_on_the_same_day() -> None:
    found = meetings(
        "Macron flew to Moscow on Monday for talks with Putin, then traveled to Berlin "
        "to meet Olaf Scholz.",
        MACRON,
        PUTIN,
        SCHOLZ,
    )
    assert [(m.location, set(m.participants)) for m in found] == [
        ("Moscow", {"macron", "putin"}),
        ("Berlin", {"macron", "scholz"}),
    ]
    assert found[0].date == found[1].date == PartialDate(year=2021, month=11, day=15)
