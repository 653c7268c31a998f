"""Rules for real news writing (issue 16), one class per test group.

Sentences are written for these tests in the styles of wire copy, broadcasters and
ministry releases; each test exercises the meeting reader alone (hand-made actors).
"""

from __future__ import annotations

import pendulum

from bulletinkit import MeetingKind, MeetingStatus, PartialDate
from tests.parse.meetings._helpers import Spec
from tests.parse.meetings.test_rules import (
    BIDEN,
    DATE,
    ERDOGAN,
    LAVROV,
    MACRON,
    PESKOV,
    PUTIN,
    RUSSIA,
    UKRAINE,
    meetings,
    only,
)


# -- chrome ------------------------------------------------------------------------
def test_related_links_teasers_and_tickers_report_no_meeting() -> None:
    story = "Putin spoke by phone with Macron on Monday."
    for furniture in (
        "Read also: Biden and Erdogan to meet in Rome",
        "RELATED - Erdogan to host Biden next week",
        "WATCH | Biden meets Erdogan",
        "Biden meets Erdogan | Markets rally | Storm hits the coast",
    ):
        found = meetings([story, furniture], PUTIN, MACRON, BIDEN, ERDOGAN)
        assert [set(m.participants) for m in found] == [{"putin", "macron"}], furniture


def test_nothing_after_a_comment_heading_reports_a_meeting() -> None:
    parts = ["Prices rose again.", "Comments (2)", "Putin should just meet Biden."]
    assert meetings(parts, PUTIN, BIDEN) == ()
    # a label in the middle of a sentence is text, not furniture
    assert len(meetings(["Watch the talks: Putin met Biden in Geneva."], PUTIN, BIDEN)) == 1


# -- status: negations ---------------------------------------------------------------
def test_a_meeting_said_not_to_be_planned_is_no_meeting() -> None:
    text = "A meeting between Putin and Biden is not planned, the Kremlin said."
    assert meetings(text, PUTIN, BIDEN) == ()
    text = "There is no agreement yet on a meeting of Putin and Erdogan."
    assert meetings(text, PUTIN, ERDOGAN) == ()


# -- look-alikes ----------------------------------------------------------------------
def test_a_count_of_visits_is_not_another_visit() -> None:
    text = "Erdogan arrived in Moscow on Tuesday. It was his third visit to Russia this year."
    visit = only(text, ERDOGAN, RUSSIA)
    assert (visit.location, visit.participants) == ("Moscow", ("erdogan",))


def test_a_mountain_summit_is_no_meeting() -> None:
    assert meetings("Climbers reached the summit of the volcano on Sunday.") == ()


# -- participants ------------------------------------------------------------------------
KAYA: Spec = ("kaya", "Emre Kaya", "person", "TR", ["Kaya"])
PETROV: Spec = ("petrov", "Sergei Petrov", "person", "RU", ["Petrov"])
TURKEY: Spec = ("tr", "Turkey", "state", "TR", ["Ankara"])
ZELENSKY: Spec = ("zelensky", "Volodymyr Zelensky", "person", "UA", ["Zelensky"])
MARIN: Spec = ("marin", "Charles Marin", "person", None, ["Marin"])


def test_the_speaker_of_a_that_clause_is_no_participant() -> None:
    call = only("Peskov told reporters that Putin and Erdogan had talked in a phone call.", PESKOV,
                PUTIN, ERDOGAN)  # fmt: skip
    assert set(call.participants) == {"putin", "erdogan"}


def test_a_meeting_between_named_sides_has_those_sides_only() -> None:
    text = (
        "Kaya told Petrov in a phone call on Wednesday that Ankara was ready to host talks "
        "between Moscow and Kyiv."
    )
    call, talks = meetings(text, KAYA, PETROV, TURKEY, RUSSIA, UKRAINE)
    assert set(call.participants) == {"kaya", "petrov"}
    assert (talks.status, set(talks.participants)) == (MeetingStatus.PROPOSED, {"ru", "ua"})
    assert talks.initiators == ("tr",)
    offer = only("Erdogan offered to host a meeting between Putin and Zelensky in Istanbul.",
                 ERDOGAN, PUTIN, ZELENSKY)  # fmt: skip
    assert (set(offer.participants), offer.initiators) == ({"putin", "zelensky"}, ("erdogan",))


def test_the_two_leaders_are_two_of_the_last_meeting() -> None:
    text = (
        "Putin and Erdogan met in Sochi on Sunday at a dinner hosted by Marin. "
        "The two leaders agreed to meet again in December."
    )
    held, plan = meetings(text, PUTIN, ERDOGAN, MARIN)
    assert set(held.participants) == {"putin", "erdogan", "marin"}
    assert (plan.status, set(plan.participants)) == (MeetingStatus.PLANNED, {"putin", "erdogan"})


# -- self-consistency -----------------------------------------------------------------
def test_a_date_a_later_report_gives_never_makes_a_held_meeting_future() -> None:
    # the bulletin is dated 19 November 2021; a held meeting dated after it would fail
    # the bulletin's own check (BK104)
    text = "Putin held talks with Macron in Paris. The talks continue on 5 December 2021."
    talks = only(text, PUTIN, MACRON)
    assert talks.date is not None
    assert talks.date.earliest > DATE
    assert talks.status is MeetingStatus.PLANNED


# -- topics ---------------------------------------------------------------------------------
def test_topics_are_the_short_noun_phrases_the_report_gives() -> None:
    text = (
        "Erdogan and Zelensky met in Lviv on Thursday. "
        "The two leaders discussed the grain corridor and prisoner exchanges."
    )
    assert only(text, ERDOGAN, ZELENSKY).topics == ("grain corridor", "prisoner exchanges")
    call = only("Putin spoke by phone with Macron on Sunday about the nuclear plant, the "
                "Elysee said.", PUTIN, MACRON)  # fmt: skip
    assert call.topics == ("nuclear plant",)
    assert only("Talks on gas transit between Putin and Erdogan ended in Sochi.", PUTIN,
                ERDOGAN).topics[0] == "gas transit"  # fmt: skip
    # a date or a place ends the list; "talks on Monday" has no topic
    assert only("Putin held talks on Monday with Macron.", PUTIN, MACRON).topics == ()
    assert only("Putin met Macron and discussed trade in Paris.", PUTIN, MACRON).topics == (
        "trade",
    )


def test_a_sentence_about_someone_else_adds_no_topic() -> None:
    text = "Putin met Macron on Monday. Parliament discussed the budget."
    assert only(text, PUTIN, MACRON).topics == ()


# -- dates ----------------------------------------------------------------------------------
def test_a_day_ahead_of_a_meeting_and_wire_copy_present_tense() -> None:
    monday = pendulum.Date(2023, 2, 13)
    text = (
        "Putin and Erdogan meet in Sochi on Thursday. A day ahead of the meeting, Lavrov "
        "will hold talks with Macron."
    )
    summit, talks = meetings(text, PUTIN, ERDOGAN, LAVROV, MACRON, date=monday)
    assert (summit.status, summit.date) == (
        MeetingStatus.PLANNED,
        PartialDate(year=2023, month=2, day=16),
    )
    assert talks.date == PartialDate(year=2023, month=2, day=15)


# -- kind and organisations ------------------------------------------------------------------
SCO: Spec = ("sco", "Shanghai Cooperation Organisation", "organization", None, ["SCO"])
UNSC: Spec = ("unsc", "UN Security Council", "organization", None, ["Security Council"])
ARMENIA: Spec = ("am", "Armenia", "state", "AM", ["Yerevan"])
AZERBAIJAN: Spec = ("az", "Azerbaijan", "state", "AZ", ["Baku"])


def test_an_organisation_that_meets_is_a_participant_and_its_gathering_a_summit() -> None:
    summit = only("Leaders of the SCO gathered in Samarkand on Thursday.", SCO)
    assert (summit.kind, summit.participants) == (MeetingKind.SUMMIT, ("sco",))
    session = only("The UN Security Council held an emergency session on Sunday at the "
                   "request of Ukraine.", UNSC, UKRAINE)  # fmt: skip
    assert (session.kind, session.participants) == (MeetingKind.SUMMIT, ("unsc",))
    call = only("Zelensky called for an urgent meeting of the UN Security Council.", ZELENSKY,
                UNSC)  # fmt: skip
    assert (call.status, call.participants, call.initiators) == (
        MeetingStatus.PROPOSED,
        ("unsc",),
        ("zelensky",),
    )


def test_rounds_of_a_negotiation_process_are_negotiations() -> None:
    text = "A new round of the Geneva International Discussions took place on Wednesday."
    assert only(text).kind is MeetingKind.NEGOTIATIONS
    text = "The OSCE Minsk Group co-chairs held consultations with Armenia and Azerbaijan."
    assert only(text, ARMENIA, AZERBAIJAN).kind is MeetingKind.NEGOTIATIONS
    text = "Russian and U.S. diplomats held strategic stability talks in Geneva on Monday."
    assert only(text, RUSSIA).kind is MeetingKind.NEGOTIATIONS
    # two leaders' talks at a G20 summit stay talks; "another round of talks" too
    text = "Putin and Erdogan held talks on the sidelines of the G20 in Rome."
    assert only(text, PUTIN, ERDOGAN).kind is MeetingKind.TALKS


# -- status: postponed -------------------------------------------------------------------------
def test_a_postponed_meeting_and_its_new_date() -> None:
    text = (
        "Talks between Putin and Erdogan scheduled for 25 November have been postponed "
        "until December."
    )
    put_off, planned = meetings(text, PUTIN, ERDOGAN)
    assert (put_off.status, put_off.date) == (
        MeetingStatus.POSTPONED,
        PartialDate(year=2021, month=11, day=25),  # ahead of the page, not a year back
    )
    assert (planned.status, planned.date) == (
        MeetingStatus.PLANNED,
        PartialDate(year=2021, month=12),
    )
    assert set(planned.participants) == {"putin", "erdogan"}


def test_a_postponement_reported_afterwards_is_the_same_meeting() -> None:
    text = (
        "Putin met Macron at the Kremlin on November 18. The meeting, first planned for "
        "November 5, had been postponed because of the pandemic."
    )
    met = only(text, PUTIN, MACRON)
    assert (met.status, met.date) == (MeetingStatus.HELD, PartialDate(year=2021, month=11, day=18))


# -- one meeting, one entry ---------------------------------------------------------------------
def test_the_body_dates_the_call_the_lead_reports() -> None:
    parts = [
        "Putin held a telephone conversation with Macron.",
        "During Wednesday's call, Putin and Macron discussed the grain deal.",
    ]
    (call,) = meetings(parts, PUTIN, MACRON)
    assert call.date == PartialDate(year=2021, month=11, day=17)
    assert call.topics == ("grain deal",)


def test_when_two_leaders_last_spoke_is_another_call() -> None:
    text = "Putin and Macron spoke by phone on Sunday. They last spoke on October 3."
    latest, earlier = meetings(text, PUTIN, MACRON)
    assert latest.date == PartialDate(year=2021, month=11, day=14)
    assert earlier.kind is MeetingKind.PHONE_CALL
    assert earlier.date == PartialDate(year=2021, month=10, day=3)


def test_who_speaks_after_talks_took_part_in_them() -> None:
    text = "Speaking after talks with Putin in Sochi, French President Emmanuel Macron said."
    assert set(only(text, PUTIN, MACRON).participants) == {"putin", "macron"}


def test_a_topic_is_what_a_need_is_about_and_an_appraisal_is_none() -> None:
    text = "Putin and Macron talked on the phone about the need to ease the tensions at the border."
    assert only(text, PUTIN, MACRON).topics == ("tensions",)
    text = "Putin suggested a meeting with Macron, which can hardly be considered a good plan."
    assert only(text, PUTIN, MACRON).topics == ()
