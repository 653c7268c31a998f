"""Rules for real news writing (issue 16), one class per test group.

Sentences are written for these tests in the styles of wire copy, broadcasters and
ministry releases; each test exercises the meeting reader alone (hand-made actors).
"""

from __future__ import annotations

from tests.parse.meetings.test_rules import (
    BIDEN,
    ERDOGAN,
    MACRON,
    PUTIN,
    RUSSIA,
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
