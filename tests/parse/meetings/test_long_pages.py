"""Pages that report many meetings: the reader's bounded look-back keeps them right.

A new report is compared with the 32 most recently touched meetings and with the lead's
summaries that name no one (see ``docs/meetings.md``); these passages report more
meetings than that. The passages and actors are written for these tests.
"""

from __future__ import annotations

import pendulum

from bulletinkit import Meeting, MeetingKind, PartialDate
from bulletinkit.parse.meetings import extract_meetings
from tests.parse.meetings._helpers import Spec, actors_for

DATE = pendulum.Date(2023, 3, 10)
RUPSYS: Spec = ("rupsys", "Valdemaras Rupsys", "person", "LT", ["Rupsys"])
CALLS = 40  # more than the reader's look-back window


def _pair(i: int) -> tuple[Spec, Spec]:
    return (
        (f"caller{i}", f"Caller Numberer{i}", "person", "UA", [f"Numberer{i}"]),
        (f"callee{i}", f"Callee Countess{i}", "person", "PL", [f"Countess{i}"]),
    )


def _calls() -> tuple[list[str], list[Spec]]:
    parts = [f"Numberer{i} talked on the phone with Countess{i}." for i in range(CALLS)]
    specs = [spec for i in range(CALLS) for spec in _pair(i)]
    return parts, specs


def _read(parts: list[str], specs: list[Spec]) -> tuple[Meeting, ...]:
    return extract_meetings(parts, actors_for(parts, specs), date=DATE)


def test_many_distinct_calls_stay_apart_in_reading_order() -> None:
    parts, specs = _calls()
    found = _read(parts, specs)
    assert [m.id for m in found] == [f"m{n}" for n in range(1, CALLS + 1)]
    assert [m.participants for m in found] == [(f"caller{i}", f"callee{i}") for i in range(CALLS)]
    assert {m.kind for m in found} == {MeetingKind.PHONE_CALL}


def test_a_recent_meeting_reported_again_is_one_meeting() -> None:
    parts, specs = _calls()
    last = CALLS - 1
    found = _read(
        [*parts, f"Numberer{last} talked on the phone with Countess{last} on Monday."], specs
    )
    assert len(found) == CALLS
    assert found[-1].participants == (f"caller{last}", f"callee{last}")
    assert found[-1].date == PartialDate(year=2023, month=3, day=6)


def test_the_leads_summary_meets_its_body_report_beyond_the_window() -> None:
    parts, specs = _calls()
    lead = "Chiefs of defence of the Baltic states gathered in Riga to coordinate aid."
    found = _read([lead, *parts, "Rupsys met his counterparts on Wednesday."], [*specs, RUPSYS])
    assert len(found) == CALLS + 1
    summary = found[0]
    assert (summary.kind, summary.location, summary.participants) == (
        MeetingKind.TALKS,
        "Riga",
        ("rupsys",),
    )
    assert summary.date == PartialDate(year=2023, month=3, day=8)
