"""find_date_expressions and resolve_dates: what is found, where, and laws they keep."""

from __future__ import annotations

import calendar

import pendulum
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bulletinkit import DateRange, ParseError, PartialDate, Precision, ValidationError
from bulletinkit.parse.dates import (
    AnchorShift,
    CalendarDate,
    CalendarRange,
    ReferenceShift,
    find_date_expressions,
    guess_held,
    resolve,
    resolve_dates,
)

D = pendulum.Date
MONTHS = list(calendar.month_name)[1:]
PLAIN_DATES = st.dates(min_value=D(1901, 1, 1), max_value=D(2098, 12, 31))
ANCHORS = PLAIN_DATES.map(lambda day: D(day.year, day.month, day.day))


@pytest.mark.parametrize(
    "text",
    [
        "They may meet soon.",
        "Troops march to the border.",
        "Mark Rutte spoke.",
        "The COVID-19 crisis and 2,000 soldiers.",
        "A crowd of 2019 people.",
        "Article 5 of the treaty.",
        "The Sun newspaper reported.",
        "The Sunday Times reported.",
        "a few days later",
        "",
    ],
)
def test_no_date_phrases(text: str) -> None:
    assert find_date_expressions(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("They met on November 15.", "November 15", CalendarDate),
        ("They met in May.", "May", CalendarDate),
        ("Saturday, March 14 saw protests.", "Saturday, March 14", CalendarDate),
        ("met on 9-10 October", "9-10 October", CalendarRange),
        ("canceled in September last year.", "September last year", AnchorShift),
        ("since last year's poisoning", "last year", AnchorShift),
        ("the day before", "the day before", ReferenceShift),
    ],
)
def test_phrase_and_kind(text: str, phrase: str, kind: type) -> None:
    (expression,) = find_date_expressions(text)
    assert expression.phrase == phrase
    assert text[expression.start : expression.end] == phrase
    assert isinstance(expression.meaning, kind)


def test_longest_phrase_wins_and_order_is_reading_order() -> None:
    text = "On Saturday, March 14 and Aug. 28-Sept. 4, 2021, then the following day."
    phrases = [e.phrase for e in find_date_expressions(text)]
    assert phrases == ["Saturday, March 14", "Aug. 28-Sept. 4, 2021", "the following day"]


@given(ANCHORS, st.integers(1, 12), st.integers(1, 31), st.sampled_from(["{m} {d}", "{d} {m}"]))
@settings(max_examples=300)
def test_held_day_is_never_after_the_anchor_and_within_a_year(
    anchor: pendulum.Date, month: int, day: int, shape: str
) -> None:
    assume(day <= calendar.monthrange(2001, month)[1])  # 29 February is tested apart
    text = "on " + shape.format(m=MONTHS[month - 1], d=day)
    (expression,) = find_date_expressions(text)
    value = resolve(expression, anchor=anchor, held=True)
    assert isinstance(value, PartialDate)
    assert value.precision is Precision.DAY
    assert (value.month, value.day) == (month, day)
    assert anchor.subtract(years=1) < value.earliest <= anchor


@given(ANCHORS, st.integers(1, 12), st.integers(1, 28))
@settings(max_examples=200)
def test_planned_day_is_never_before_the_anchor_and_within_a_year(
    anchor: pendulum.Date, month: int, day: int
) -> None:
    (expression,) = find_date_expressions(f"will meet on {MONTHS[month - 1][:3]}. {day}")
    value = resolve(expression, anchor=anchor, held=False)
    assert isinstance(value, PartialDate)
    assert anchor <= value.earliest < anchor.add(years=1)


@given(PLAIN_DATES, st.integers(0, 6), st.booleans())
@settings(max_examples=200)
def test_weekday_is_within_the_week_on_the_right_side(
    anchor: pendulum.Date, weekday: int, held: bool
) -> None:
    (expression,) = find_date_expressions(f"on {calendar.day_name[weekday]}")
    value = resolve(expression, anchor=anchor, held=held)
    assert isinstance(value, PartialDate)
    assert value.earliest.weekday() == weekday
    gap = (anchor - value.earliest).days if held else (value.earliest - anchor).days
    assert 0 <= gap < 7


@given(ANCHORS)
@settings(max_examples=100)
def test_last_week_is_the_monday_to_sunday_before_the_anchor_week(anchor: pendulum.Date) -> None:
    (expression,) = find_date_expressions("last week")
    value = resolve(expression, anchor=anchor)
    assert isinstance(value, DateRange)
    assert value.earliest.weekday() == 0
    assert (value.latest - value.earliest).days == 6
    assert 1 <= (anchor - value.latest).days <= 7


@given(st.text(max_size=300))
@settings(max_examples=300)
def test_any_text_gives_non_overlapping_phrases_without_raising(text: str) -> None:
    results = resolve_dates(text, anchor=D(2021, 11, 19), held=None)
    previous_end = 0
    for result in results:
        expression = result.expression
        assert text[expression.start : expression.end] == expression.phrase
        assert expression.start >= previous_end
        previous_end = expression.end


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("The ministers met on Monday.", True),
        ("The ministers will meet on Monday.", False),
        ("The summit is to take place on 9-10 October.", False),
        ("The talks are scheduled to start on Monday.", False),
        ("They met. Next they will talk. Putin called on Monday.", True),
        ("Putin said he would visit Paris on Monday.", False),
        ("The sides agreed to meet again on 9-10 October.", False),
        ("The talks were to take place on Monday.", False),
        ("The leaders discussed the crisis on November 15.", True),
        ("The meeting on Monday will decide the matter.", False),
        ("They met on Monday and agreed to meet again.", True),
    ],
)
def test_guess_held(sentence: str, held: bool) -> None:
    expression = find_date_expressions(sentence)[-1]
    assert guess_held(sentence, expression) is held


def test_resolve_dates_guesses_tense_and_chains_references() -> None:
    text = (
        "The presidents spoke on Monday. The following day the ministers met. "
        "They will meet again on Monday."
    )
    values = [str(r.value) for r in resolve_dates(text, anchor=D(2021, 11, 19), held=None)]
    assert values == ["2021-11-15", "2021-11-16", "2021-11-22"]


def test_resolve_dates_uses_a_date_named_after_before() -> None:
    results = resolve_dates("They met two days before 15 March.", anchor=D(2021, 11, 19))
    assert [str(r.value) for r in results] == ["2021-03-13", "2021-03-15"]


def test_resolve_dates_uses_a_date_inside_the_event_words() -> None:
    text = "Two days before Putin's visit to Paris on 15 March, the ministers met."
    results = resolve_dates(text, anchor=D(2021, 11, 19), reference=None, chain=False)
    assert [str(r.value) for r in results] == ["2021-03-13", "2021-03-15"]


def test_resolve_dates_prefers_the_callers_reference_to_chaining() -> None:
    talks = PartialDate(year=2021, month=11, day=10)
    text = "On November 15 they spoke; the day before, the ministers met."
    results = resolve_dates(text, anchor=D(2021, 11, 19), reference=talks)
    assert [str(r.value) for r in results] == ["2021-11-15", "2021-11-09"]


def test_resolve_dates_keeps_what_it_cannot_resolve() -> None:
    results = resolve_dates("the following day", anchor=D(2021, 11, 19), chain=False)
    assert len(results) == 1
    assert results[0].value is None
    assert results[0].expression.needs_reference


def test_seed_body_dates(seed_text: str) -> None:
    anchor = D(2021, 11, 19)
    found = {r.expression.phrase: str(r.value) for r in resolve_dates(seed_text, anchor=anchor)}
    assert found["November 15"] == "2021-11-15"
    assert found["Three days before"] == "2021-11-12"
    assert found["last year"] == "2020"
    assert found["September last year"] == "2020-09"


@pytest.mark.parametrize("anchor", ["2021-11-19", pendulum.datetime(2021, 11, 19)])
def test_an_anchor_that_is_not_a_date_is_a_validation_error(anchor: object) -> None:
    (expression,) = find_date_expressions("on Monday")
    with pytest.raises(ValidationError, match="anchor"):
        resolve(expression, anchor=anchor)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 10 May 2021", "2021-05-10"),
        ("in May 2021", "2021-05"),
        ("on 9-10 October 2021", "2021-10-09/2021-10-10"),
        ("in 2019", "2019"),
        ("on 10 May", "None"),
        ("on Monday", "None"),
        ("last week", "None"),
        ("yesterday", "None"),
        ("in September last year", "None"),
    ],
)
def test_without_an_anchor_only_dates_that_name_their_year_resolve(
    text: str, expected: str
) -> None:
    (expression,) = find_date_expressions(text)
    assert str(resolve(expression, anchor=None)) == expected
    for held in (True, False):
        value = resolve(expression, anchor=None, held=held)
        if value is not None:  # the same date whatever the anchor would have been
            assert value == resolve(expression, anchor=D(2024, 1, 1), held=held)


def test_without_an_anchor_a_shift_from_a_known_reference_resolves() -> None:
    (expression,) = find_date_expressions("three days before the talks")
    reference = resolve(find_date_expressions("on 10 May 2021")[0], anchor=None)
    assert str(resolve(expression, anchor=None, reference=reference)) == "2021-05-07"


@given(ANCHORS, st.integers(1, 12), st.integers(1, 27), st.integers(1, 3), st.booleans())
@settings(max_examples=200)
def test_a_day_range_starts_on_the_right_side_of_the_anchor(
    anchor: pendulum.Date, month: int, first: int, length: int, held: bool
) -> None:
    assume(first + length <= 28)  # every month has these days, every year
    text = f"on {first}-{first + length} {MONTHS[month - 1]}"
    (expression,) = find_date_expressions(text)
    value = resolve(expression, anchor=anchor, held=held)
    assert isinstance(value, DateRange)
    assert (value.latest - value.earliest).days == length
    if held:
        assert anchor.subtract(years=1) < value.earliest <= anchor
    else:
        assert anchor <= value.earliest < anchor.add(years=1)


@pytest.mark.parametrize("text", [None, b"on Monday", 42])
def test_text_that_is_not_a_str_is_a_parse_error(text: object) -> None:
    with pytest.raises(ParseError, match="not"):
        find_date_expressions(text)  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        resolve_dates(text, anchor=D(2021, 11, 19))  # type: ignore[arg-type]


def test_full_dates_only_keeps_the_phrases_that_name_a_day_with_its_year() -> None:
    text = "On Monday, 19 November 2021, after last week's talks in 2019 and March 2-9, 2020"
    phrases = [e.phrase for e in find_date_expressions(text, full_dates_only=True)]
    assert phrases == ["Monday, 19 November 2021", "March 2-9, 2020"]
