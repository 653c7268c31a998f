"""The models of schema 1.1: optional date and title, dateline, authors, captions,
postponed meetings, provenance and its notes, and the id rule."""

from __future__ import annotations

import datetime

import pendulum
import pytest
from hypothesis import HealthCheck, given, settings

from bulletinkit import (
    Actor,
    ActorKind,
    Bulletin,
    Dateline,
    Issue,
    Meeting,
    MeetingKind,
    MeetingStatus,
    ParseError,
    PartialDate,
    Provenance,
    Series,
    Severity,
    Span,
    ValidationError,
    bulletin_id,
    check,
)
from bulletinkit.errors import PARSE_ERROR_CODES, PARSE_NOTE_CODES
from tests import strategies

DAY = pendulum.Date(2021, 11, 17)
SERIES = Series(name="Example Monitor")


def locations(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [issue.location for issue in error.value.issues]


def test_date_and_title_are_optional() -> None:
    bulletin = Bulletin(lead="A lead.")
    assert bulletin.title is None
    assert bulletin.date is None
    assert bulletin.id.startswith("bk-")
    assert len(bulletin.id) == 19


def test_the_id_of_a_dated_titled_bulletin_is_unchanged() -> None:
    # the id tests/schemas/catalogue_bulletin.json (the 0.1 example) has carried since
    # 0.1: series, date and title only
    bulletin = Bulletin(
        title="Paris and Moscow talk gas before winter",
        date=DAY,
        series=SERIES,
        lead="Anything",
        source_url="https://example.org/x",
    )
    assert bulletin.id == "bk-4771d50c1fd5094e"
    assert bulletin_id(
        date=DAY, title="Paris and Moscow talk gas before winter", series=SERIES
    ) == ("bk-4771d50c1fd5094e")


def test_the_id_without_date_or_title_reads_series_url_and_lead() -> None:
    one = Bulletin(series=SERIES, source_url="https://example.org/a", lead="The  lead.")
    assert (
        one.id == Bulletin(series=SERIES, source_url="https://example.org/a", lead="the lead.").id
    )
    assert one.id == bulletin_id(
        series=SERIES, source_url="https://example.org/a", lead="The lead."
    )
    assert (
        one.id != Bulletin(series=SERIES, source_url="https://example.org/b", lead="The lead.").id
    )
    assert one.id != Bulletin(series=SERIES, source_url="https://example.org/a", lead="Other.").id
    assert one.id != Bulletin(source_url="https://example.org/a", lead="The lead.").id
    # the date or the title, when only one is known, also counts
    assert (
        one.id
        != Bulletin(
            series=SERIES, source_url="https://example.org/a", lead="The lead.", date=DAY
        ).id
    )
    # without a lead the first paragraph stands in for it
    assert (
        Bulletin(paragraphs=("The lead.",), series=SERIES, source_url="https://example.org/a").id
        == one.id
    )
    # a dated, titled bulletin with the same series never shares the scheme's key space
    assert Bulletin(title="The lead.", date=DAY, series=SERIES).id != one.id


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"title": "T", "date": "2021-05-12"}, "/date"),
        ({"title": "T", "date": DAY, "series": "Russia Monitor"}, "/series"),
        ({"title": 7, "date": DAY}, "/title"),
        ({"title": "  ", "date": DAY}, "/title"),
        ({"lead": 3}, "/lead"),
        ({"source_url": ["x"]}, "/source_url"),
        ({"paragraphs": "one"}, "/paragraphs"),
        ({"date": datetime.datetime(2021, 5, 12, 10, 0)}, "/date"),
    ],
)
def test_a_bad_field_the_id_reads_is_a_validation_error_naming_it(
    fields: dict[str, object], where: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Bulletin(**fields)  # type: ignore[arg-type]
    assert locations(caught) == [where]


def test_title_none_with_a_date_is_fine() -> None:
    assert Bulletin(title=None, date=DAY).date == DAY


def test_dateline_needs_a_place_or_an_agency() -> None:
    assert Dateline(place="KYIV").agency is None
    assert Dateline(agency="Example Wire").place is None
    with pytest.raises(ValidationError) as caught:
        Dateline()
    assert caught.value.issues[0].code == "empty"
    assert "place or an agency" in str(caught.value)
    with pytest.raises(ValidationError) as blank:
        Dateline(place=" ", agency="Example Wire")
    assert locations(blank) == ["/place"]


def test_authors_and_captions_are_tuples_of_text() -> None:
    bulletin = Bulletin(authors=("Jane Doe",), captions=("Ministers in Vilnius.",), lead="L")
    assert bulletin.authors == ("Jane Doe",)
    with pytest.raises(ValidationError) as caught:
        Bulletin(authors=("Jane", ""), lead="L")
    assert locations(caught) == ["/authors/1"]
    with pytest.raises(ValidationError) as captions:
        Bulletin(captions=(" ",), lead="L")
    assert locations(captions) == ["/captions/0"]


def test_spans_index_lead_paragraphs_then_captions() -> None:
    bulletin = Bulletin(lead="Lead.", paragraphs=("Body.",), captions=("A caption.",))
    assert bulletin.parts == ("Lead.", "Body.", "A caption.")
    assert bulletin.text_of(Span(part=2, start=2, end=9)) == "caption"
    no_lead = Bulletin(paragraphs=("Body.",), captions=("A caption.",))
    assert no_lead.text_of(Span(part=1, start=0, end=1)) == "A"


def test_postponed_is_a_status_of_its_own() -> None:
    assert MeetingStatus("postponed") is MeetingStatus.POSTPONED
    assert MeetingStatus.POSTPONED is not MeetingStatus.CANCELLED


def test_provenance_keeps_notes_and_bulletin_notes_reads_them() -> None:
    note = Issue(
        code="no-date", message="no date found", location="line 1", severity=Severity.WARNING
    )
    provenance = Provenance(generator="bulletinkit 0.2.0", notes=(note,))
    assert Bulletin(lead="L", provenance=provenance).notes == (note,)
    assert Bulletin(lead="L").notes == ()
    with pytest.raises(ValidationError) as caught:
        Provenance(generator="", notes=())
    assert locations(caught) == ["/generator"]
    with pytest.raises(ValidationError) as bad_notes:
        Provenance(generator="x", notes=("no-date",))  # type: ignore[arg-type]
    assert locations(bad_notes) == ["/notes/0"]


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"code": "", "message": "m"}, "/code"),
        ({"code": "c", "message": " "}, "/message"),
        ({"code": "c", "message": "m", "location": None}, "/location"),
        ({"code": "c", "message": "m", "severity": "warning"}, "/severity"),
        ({"code": "c", "message": "m", "expected": 3}, "/expected"),
        ({"code": "c", "message": "m", "found": b"x"}, "/found"),
    ],
)
def test_issues_check_their_fields(fields: dict[str, object], where: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Issue(**fields)  # type: ignore[arg-type]
    assert locations(caught) == [where]


def test_parse_error_has_a_stable_code_and_keeps_line_and_expected() -> None:
    error = ParseError("a listing page", line=3, expected="one bulletin", code="listing-page")
    assert (error.code, error.line, error.expected) == ("listing-page", 3, "one bulletin")
    assert error.issue.code == "listing-page"
    assert error.issue.location == "line 3"
    assert ParseError("x").code == "parse"
    assert set(PARSE_ERROR_CODES) == {
        "not-text",
        "listing-page",
        "too-large",
        "undecodable",
        "not-article",
        "missing-extra",
    }
    assert set(PARSE_NOTE_CODES) == {
        "no-date",
        "no-title",
        "date-conflict",
        "ambiguous-date",
        "date-from-crawl",
    }


@given(bulletin=strategies.bulletins())
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_spans_into_captions_pass_the_span_check(bulletin: Bulletin) -> None:
    # the strategy draws spans over every part, the captions included
    assert check(bulletin, select=["spans-inside-text"]) == ()


def test_a_span_past_the_captions_is_reported() -> None:
    bulletin = Bulletin(
        lead="Lead.",
        captions=("A caption.",),
        actors=(
            Actor(
                id="a", name="A", kind=ActorKind.PERSON, mentions=(Span(part=2, start=0, end=1),)
            ),
        ),
    )
    assert [issue.message for issue in check(bulletin)] == [
        "part 2 does not exist: the bulletin has 2 part(s)"
    ]
    inside = Bulletin(
        lead="Lead.",
        captions=("A caption.",),
        actors=(
            Actor(
                id="a", name="A", kind=ActorKind.PERSON, mentions=(Span(part=1, start=0, end=10),)
            ),
        ),
    )
    assert check(inside) == ()


def test_date_rules_are_skipped_for_an_undated_bulletin() -> None:
    late = Meeting(
        id="m1", kind=MeetingKind.TALKS, status=MeetingStatus.HELD, date=PartialDate(year=2030)
    )
    past = Meeting(
        id="m2", kind=MeetingKind.TALKS, status=MeetingStatus.PLANNED, date=PartialDate(year=2000)
    )
    assert check(Bulletin(lead="L", meetings=(late, past))) == ()
    dated = Bulletin(lead="L", date=DAY, meetings=(late, past))
    assert [issue.code for issue in check(dated)] == ["BK104", "BK202"]
