"""Construction rules of the model classes, through the public API."""

from __future__ import annotations

import pendulum
import pytest

from bulletinkit import (
    Actor,
    ActorKind,
    Bulletin,
    DateRange,
    Meeting,
    MeetingKind,
    MeetingStatus,
    PartialDate,
    Precision,
    Role,
    Series,
    Span,
    ValidationError,
)

DAY = pendulum.date(2021, 11, 19)


@pytest.mark.parametrize(
    ("text", "precision"),
    [("2021-11-15", Precision.DAY), ("2020-09", Precision.MONTH), ("2020", Precision.YEAR)],
)
def test_partial_date_keeps_precision(text: str, precision: Precision) -> None:
    date = PartialDate.parse(text)
    assert date.precision is precision
    assert str(date) == text
    assert str(PartialDate.parse(text + "~")) == text + "~"


@pytest.mark.parametrize(
    ("text", "location"),
    [("2021-02-30", "/day"), ("2021-13-01", "/month"), ("2021-11-15x", "/date"), ("21", "/date")],
)
def test_partial_date_rejects_impossible_dates(text: str, location: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PartialDate.parse(text)
    assert caught.value.issues[0].location == location


def test_leap_day_only_in_leap_years() -> None:
    assert PartialDate(year=2020, month=2, day=29).latest == pendulum.date(2020, 2, 29)
    with pytest.raises(ValidationError, match="between 1 and 28"):
        PartialDate(year=2021, month=2, day=29)


def test_day_needs_month() -> None:
    with pytest.raises(ValidationError, match="needs a month"):
        PartialDate(year=2021, day=3)


def test_partial_dates_order_by_span() -> None:
    dates = [PartialDate.parse(t) for t in ("2021", "2020-09-30", "2020-09", "2020-10-01")]
    assert [str(d) for d in sorted(dates)] == ["2020-09", "2020-09-30", "2020-10-01", "2021"]


def test_date_range_order_and_text() -> None:
    span = DateRange.parse("2021-10-09/2021-10-10")
    assert (span.earliest, span.latest) == (pendulum.date(2021, 10, 9), pendulum.date(2021, 10, 10))
    assert str(span) == "2021-10-09/2021-10-10"
    with pytest.raises(ValidationError, match="must not be before the start"):
        DateRange.parse("2021-10-10/2021-10-09")


def test_country_codes_are_iso_alpha2() -> None:
    assert Role(title="President", country="FR").country == "FR"
    for bad in ("XX", "fr", "FRA", ""):
        with pytest.raises(ValidationError) as caught:
            Role(title="President", country=bad)
        assert caught.value.issues[0].code == "country"


@pytest.mark.parametrize("name", ["", "   "])
def test_names_must_not_be_empty(name: str) -> None:
    with pytest.raises(ValidationError, match="'name' must be a non-empty string"):
        Actor(id="x", name=name, kind=ActorKind.PERSON)


def test_ids_are_slugs() -> None:
    with pytest.raises(ValidationError, match="'id' must be a lower-case slug"):
        Actor(id="Emmanuel Macron", name="Emmanuel Macron", kind=ActorKind.PERSON)


def test_enum_fields_list_the_allowed_values() -> None:
    with pytest.raises(ValidationError) as caught:
        Actor(id="x", name="X", kind="Person")
    assert str(caught.value) == (
        "/kind: 'kind' must be one of 'person', 'state', 'organization' (got 'Person')"
    )
    assert caught.value.issues[0].code == "enum"


def test_sequences_hold_items_of_the_right_type() -> None:
    with pytest.raises(ValidationError, match="'aliases' must be a list or tuple"):
        Actor(id="x", name="X", kind=ActorKind.PERSON, aliases="Y")
    with pytest.raises(ValidationError, match="'roles/0' must be a Role"):
        Actor(id="x", name="X", kind=ActorKind.PERSON, roles=["President"])  # type: ignore[list-item]
    with pytest.raises(ValidationError) as caught:
        Meeting(
            id="m1",
            kind=MeetingKind.TALKS,
            status=MeetingStatus.HELD,
            participants=("a", ""),
        )
    assert caught.value.issues[0].location == "/participants/1"


def test_span_bounds() -> None:
    with pytest.raises(ValidationError, match="must not be less than start"):
        Span(part=0, start=5, end=2)
    with pytest.raises(ValidationError, match="non-negative"):
        Span(part=-1, start=0, end=2)


def test_bulletin_id_is_deterministic_and_content_based() -> None:
    series = Series(name="Russia Monitor")
    one = Bulletin(title="Macron, Putin Talk", date=DAY, series=series)
    two = Bulletin(title="Macron,  Putin talk", date=DAY, series=series, lead="A lead.")
    other = Bulletin(title="Macron, Putin Talk", date=DAY.add(days=1), series=series)
    assert one.id == two.id != other.id
    assert one.id.startswith("bk-")


def test_bulletin_date_must_be_a_date_not_a_datetime() -> None:
    with pytest.raises(ValidationError, match=r"not a datetime: call \.date\(\) on it"):
        Bulletin(title="T", date=pendulum.datetime(2021, 11, 19))


def test_models_are_frozen_and_hashable() -> None:
    bulletin = Bulletin(title="T", date=DAY)
    with pytest.raises(AttributeError):
        bulletin.title = "U"  # type: ignore[misc]
    assert hash(bulletin) == hash(Bulletin(title="T", date=DAY))


def test_text_of_span() -> None:
    bulletin = Bulletin(title="T", date=DAY, lead="Lead text.", paragraphs=("Body here.",))
    assert bulletin.text_of(Span(part=1, start=0, end=4)) == "Body"


@pytest.mark.parametrize("text", ["2021\n", "2021-11-15\n", "２０２１", "2021-1１"])
def test_partial_date_parse_rejects_trailing_newline_and_non_ascii_digits(text: str) -> None:
    with pytest.raises(ValidationError):
        PartialDate.parse(text)
