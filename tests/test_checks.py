"""The cross-object rules of bulletinkit.checks, through bulletinkit.check."""

from __future__ import annotations

import attrs
import pendulum
import pytest

from bulletinkit import (
    Actor,
    ActorKind,
    Bulletin,
    BulletinkitError,
    DateRange,
    Meeting,
    MeetingKind,
    MeetingStatus,
    PartialDate,
    Severity,
    Span,
    check,
)
from bulletinkit.checks import CHECKS

LEAD = "Anna Nowak met Jan Kowalski in Gdansk."


def _actor(ident: str, name: str, *mentions: Span) -> Actor:
    return Actor(id=ident, name=name, kind=ActorKind.PERSON, mentions=mentions)


def _meeting(ident: str = "m1", **kw: object) -> Meeting:
    fields: dict[str, object] = {
        "kind": MeetingKind.TALKS,
        "status": MeetingStatus.HELD,
        "participants": ("anna-nowak", "jan-kowalski"),
    }
    fields.update(kw)
    return Meeting(id=ident, **fields)  # type: ignore[arg-type]


def _bulletin(*meetings: Meeting, actors: tuple[Actor, ...] | None = None) -> Bulletin:
    if actors is None:
        actors = (
            _actor("anna-nowak", "Anna Nowak", Span(part=0, start=0, end=10)),
            _actor("jan-kowalski", "Jan Kowalski", Span(part=0, start=15, end=27)),
        )
    return Bulletin(
        title="A meeting in Gdansk",
        date=pendulum.Date(2021, 11, 17),
        lead=LEAD,
        paragraphs=("A second paragraph.",),
        actors=actors,
        meetings=meetings,
    )


def _codes(bulletin: Bulletin, **kw: object) -> list[tuple[str, str]]:
    return [(issue.code, issue.location) for issue in check(bulletin, **kw)]  # type: ignore[arg-type]


def test_a_consistent_bulletin_has_no_issues() -> None:
    bulletin = _bulletin(_meeting(date=PartialDate(year=2021, month=11, day=15)))
    assert check(bulletin) == ()


def test_codes_are_unique_and_severity_follows_the_number() -> None:
    codes = [rule.code for rule in CHECKS]
    assert len(set(codes)) == len(codes)
    assert len({rule.name for rule in CHECKS}) == len(CHECKS)
    for rule in CHECKS:
        expected = Severity.ERROR if rule.code.startswith("BK1") else Severity.WARNING
        assert rule.severity is expected, rule.code


def test_duplicate_ids_among_actors_and_among_meetings() -> None:
    twice = _actor("anna-nowak", "Anna Nowak")
    actors = (twice, _actor("jan-kowalski", "Jan Kowalski"), twice)
    bulletin = _bulletin(_meeting("m1"), _meeting("m1"), _meeting("m1"), actors=actors)
    assert _codes(bulletin) == [
        ("BK101", "/actors/2/id"),
        ("BK101", "/meetings/1/id"),
        ("BK101", "/meetings/2/id"),
    ]
    assert check(bulletin)[1].message == "id 'm1' is already used at /meetings/0/id"


def test_an_actor_and_a_meeting_may_share_an_id() -> None:
    # Participants name actors only, so the two lists are separate namespaces.
    assert check(_bulletin(_meeting("anna-nowak"))) == ()


def test_participants_and_initiators_name_actors_of_the_bulletin() -> None:
    bulletin = _bulletin(_meeting(participants=("anna-nowak", "ghost"), initiators=("nobody",)))
    assert _codes(bulletin) == [
        ("BK102", "/meetings/0/participants/1"),
        ("BK103", "/meetings/0/initiators/0"),
        ("BK201", "/meetings/0/initiators/0"),
    ]


@pytest.mark.parametrize(
    ("date", "status", "codes"),
    [
        (PartialDate(year=2021, month=11, day=17), MeetingStatus.HELD, []),
        (PartialDate(year=2021, month=11, day=18), MeetingStatus.HELD, ["BK104"]),
        (PartialDate(year=2021, month=11), MeetingStatus.HELD, []),  # may be before the 17th
        (PartialDate(year=2021, month=12), MeetingStatus.HELD, ["BK104"]),
        (PartialDate(year=2022), MeetingStatus.HELD, ["BK104"]),
        (DateRange.parse("2021-11-16/2021-11-18"), MeetingStatus.HELD, []),
        (PartialDate(year=2021, month=12), MeetingStatus.PLANNED, []),
        (PartialDate(year=2021, month=11, day=1), MeetingStatus.PLANNED, ["BK202"]),
        (PartialDate(year=2021, month=11), MeetingStatus.PLANNED, []),
        (PartialDate(year=2021, month=12), MeetingStatus.CANCELLED, []),
    ],
)
def test_meeting_dates_against_the_bulletin_date(
    date: PartialDate | DateRange, status: MeetingStatus, codes: list[str]
) -> None:
    bulletin = _bulletin(_meeting(date=date, status=status))
    assert [code for code, _ in _codes(bulletin)] == codes


def test_spans_lie_inside_their_part() -> None:
    actors = (
        _actor("anna-nowak", "Anna Nowak", Span(part=0, start=0, end=len(LEAD))),
        _actor("jan-kowalski", "Jan Kowalski", Span(part=0, start=15, end=len(LEAD) + 1)),
    )
    bulletin = _bulletin(_meeting(evidence=Span(part=2, start=0, end=1)), actors=actors)
    issues = check(bulletin)
    assert [(i.code, i.location) for i in issues] == [
        ("BK105", "/actors/1/mentions/0/end"),
        ("BK105", "/meetings/0/evidence/part"),
    ]
    assert (
        issues[0].message
        == f"end {len(LEAD) + 1} is past the end of part 0 ({len(LEAD)} characters)"
    )
    assert issues[1].message == "part 2 does not exist: the bulletin has 2 part(s)"


def test_repeated_participants_are_a_warning() -> None:
    bulletin = _bulletin(_meeting(participants=("anna-nowak", "jan-kowalski", "anna-nowak")))
    (issue,) = check(bulletin)
    assert (issue.code, issue.severity, issue.location) == (
        "BK203",
        Severity.WARNING,
        "/meetings/0/participants/2",
    )


def test_strict_turns_warnings_into_errors() -> None:
    bulletin = _bulletin(_meeting(initiators=("anna-nowak",), participants=("jan-kowalski",)))
    (warning,) = check(bulletin)
    (error,) = check(bulletin, strict=True)
    assert warning.severity is Severity.WARNING
    assert error.severity is Severity.ERROR
    assert attrs.evolve(error, severity=Severity.WARNING) == warning


def test_select_and_ignore_by_code_or_name() -> None:
    bulletin = _bulletin(_meeting("m1", participants=("ghost",)), _meeting("m1"))
    assert {c for c, _ in _codes(bulletin)} == {"BK101", "BK102"}
    assert {c for c, _ in _codes(bulletin, ignore=["BK101"])} == {"BK102"}
    assert {c for c, _ in _codes(bulletin, ignore=["known-participants"])} == {"BK101"}
    assert {c for c, _ in _codes(bulletin, select=["unique-ids"])} == {"BK101"}
    assert _codes(bulletin, select=[]) == []


def test_unknown_check_code_is_a_clear_error() -> None:
    with pytest.raises(BulletinkitError, match="unknown check 'BK999'; the checks are: BK101"):
        check(_bulletin(), ignore=["BK999"])


def test_construction_does_not_check_cross_object_rules() -> None:
    # Documented choice: a bulletin with a dangling participant can be built; check() finds it.
    bulletin = _bulletin(_meeting(participants=("ghost",)))
    assert [issue.code for issue in check(bulletin)] == ["BK102"]
