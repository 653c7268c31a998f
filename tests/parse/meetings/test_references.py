"""Reports that only refer to a meeting, and reports of one gathering in lead and body.

One rule per passage; the passages are written for these tests and the actors are built
by hand so that each test exercises the meeting reader alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import pendulum

from bulletinkit import Meeting, MeetingKind, MeetingStatus, PartialDate
from bulletinkit.parse.meetings import extract_meetings
from tests.parse.meetings._helpers import Spec, actors_for

KULEBA: Spec = ("kuleba", "Dmytro Kuleba", "person", "UA", ["Kuleba"])
BLINKEN: Spec = ("blinken", "Antony Blinken", "person", "US", ["Blinken"])
STOLTENBERG: Spec = ("stoltenberg", "Jens Stoltenberg", "person", None, ["Stoltenberg"])
LAVROV: Spec = ("lavrov", "Sergey Lavrov", "person", "RU", ["Lavrov"])
PESKOV: Spec = ("peskov", "Dmitry Peskov", "person", "RU", ["Peskov"])
RUPSYS: Spec = ("rupsys", "Valdemaras Rupsys", "person", "LT", ["Rupsys"])
ANUSAUSKAS: Spec = ("anusauskas", "Arvydas Anusauskas", "person", "LT", ["Anusauskas"])
BLASZCZAK: Spec = ("blaszczak", "Mariusz Blaszczak", "person", "PL", ["Blaszczak"])
KARINS: Spec = ("karins", "Krisjanis Karins", "person", "LV", ["Karins"])
DATE = pendulum.Date(2023, 3, 10)
MET = "Kuleba met Blinken in Washington on Monday."


def meetings(parts: str | Sequence[str], *specs: Spec) -> tuple[Meeting, ...]:
    texts = (parts,) if isinstance(parts, str) else tuple(parts)
    return extract_meetings(texts, actors_for(texts, specs), date=DATE)


def only(parts: str | Sequence[str], *specs: Spec) -> Meeting:
    found = meetings(parts, *specs)
    assert len(found) == 1, found
    return found[0]


# -- reactions to a meeting already reported ---------------------------------------


def test_welcoming_the_talks_adds_no_meeting_and_no_participant() -> None:
    m = only(f"{MET} Stoltenberg welcomed the talks.", KULEBA, BLINKEN, STOLTENBERG)
    assert m.participants == ("kuleba", "blinken")
    assert m.date == PartialDate(year=2023, month=3, day=6)


def test_a_passive_reaction_refers_back_too() -> None:
    m = only(f"{MET} The meeting was sharply criticised by Lavrov.", KULEBA, BLINKEN, LAVROV)
    assert m.participants == ("kuleba", "blinken")


def test_calling_the_meeting_something_is_a_comment_on_it() -> None:
    m = only(f"{MET} Peskov called the meeting a provocation.", KULEBA, BLINKEN, PESKOV)
    assert m.participants == ("kuleba", "blinken")


def test_the_date_of_a_reaction_is_not_the_meetings() -> None:
    m = only(
        "Kuleba met Blinken in Washington. On Tuesday, Lavrov criticised these talks.",
        KULEBA,
        BLINKEN,
        LAVROV,
    )
    assert (m.participants, m.date) == (("kuleba", "blinken"), None)


def test_a_reaction_to_talks_never_reported_is_no_meeting() -> None:
    assert meetings("Stoltenberg welcomed the talks.", STOLTENBERG) == ()


def test_a_reaction_names_the_meeting_between_others() -> None:
    m = only(
        "Stoltenberg welcomed the talks between Kuleba and Blinken in Washington.",
        STOLTENBERG,
        KULEBA,
        BLINKEN,
    )
    assert (m.kind, m.status) == (MeetingKind.TALKS, MeetingStatus.HELD)
    assert m.participants == ("kuleba", "blinken")
    assert m.initiators == ()


# -- one gathering in the lead and the body -----------------------------------------


def test_officials_gathered_in_a_place_meet_there() -> None:
    m = only("Defence ministers of the Baltic states gathered in Riga on Monday.")
    assert (m.kind, m.location) == (MeetingKind.TALKS, "Riga")
    assert m.date == PartialDate(year=2023, month=3, day=6)


def test_a_crowd_gathering_is_no_meeting() -> None:
    assert meetings("Thousands of protesters gathered in Riga on Monday.") == ()


def test_the_leads_place_is_kept_for_the_bodys_report() -> None:
    m = only(
        [
            "Chiefs of defence of the Baltic states gathered in Riga to coordinate aid.",
            "Rupsys met his counterparts on Wednesday.",
        ],
        RUPSYS,
    )
    assert (m.kind, m.location, m.participants) == (MeetingKind.TALKS, "Riga", ("rupsys",))
    assert m.date == PartialDate(year=2023, month=3, day=8)


# -- hosting: one guest is a visit, several are talks --------------------------------


def test_hosting_one_counterpart_is_a_visit() -> None:
    m = only(
        "Anusauskas hosted his Polish counterpart Blaszczak in Vilnius on March 2.",
        ANUSAUSKAS,
        BLASZCZAK,
    )
    assert (m.kind, m.location, m.initiators) == (MeetingKind.VISIT, "Vilnius", ("anusauskas",))


def test_hosting_counterparts_is_talks() -> None:
    m = only("Rupsys hosted his counterparts in Vilnius on Wednesday.", RUPSYS)
    assert (m.kind, m.location, m.initiators) == (MeetingKind.TALKS, "Vilnius", ("rupsys",))


def test_hosting_two_named_guests_is_talks() -> None:
    m = only(
        "Anusauskas hosted Blaszczak and Karins in Vilnius on March 2.",
        ANUSAUSKAS,
        BLASZCZAK,
        KARINS,
    )
    assert m.kind is MeetingKind.TALKS
    assert m.participants == ("anusauskas", "blaszczak", "karins")


def test_a_summary_takes_the_kind_of_the_detailed_report() -> None:
    m = only(["Talks on arms for Ukraine.", "Kuleba visited Washington on Monday."], KULEBA)
    assert (m.kind, m.location, m.participants) == (MeetingKind.VISIT, "Washington", ("kuleba",))
