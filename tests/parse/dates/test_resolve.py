"""Body date phrases resolved against the bulletin date (the anchor)."""

from __future__ import annotations

import pendulum
import pytest

from bulletinkit import DateRange, PartialDate
from bulletinkit.parse.dates import DateExpression, find_date_expressions, resolve

D = pendulum.Date
FRIDAY = D(2021, 11, 19)  # a Friday
JANUARY = D(2022, 1, 10)  # a Monday


def only(text: str) -> DateExpression:
    found = find_date_expressions(text)
    assert len(found) == 1, found
    return found[0]


def resolved(
    text: str,
    anchor: pendulum.Date,
    *,
    held: bool = True,
    reference: PartialDate | DateRange | None = None,
) -> str | None:
    value = resolve(only(text), anchor=anchor, held=held, reference=reference)
    return None if value is None else str(value)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("talked on November 15", FRIDAY, "2021-11-15"),
        ("talked on November 15", JANUARY, "2021-11-15"),
        ("talked on November 19", FRIDAY, "2021-11-19"),
        ("talked on November 20", FRIDAY, "2020-11-20"),
        ("met on 7 March", FRIDAY, "2021-03-07"),
        ("met on the 7th of March", FRIDAY, "2021-03-07"),
        ("met on March 7th", FRIDAY, "2021-03-07"),
        ("Saturday, March 14", D(2020, 3, 20), "2020-03-14"),
        ("on Sept. 30", FRIDAY, "2021-09-30"),
        ("on Oct. 3", FRIDAY, "2021-10-03"),
        ("on Dec. 30", JANUARY, "2021-12-30"),
        ("on 15 November 2019", FRIDAY, "2019-11-15"),
        ("on November 15, 2019", FRIDAY, "2019-11-15"),
        ("on 2019-11-15", FRIDAY, "2019-11-15"),
        ("on 15.11.2019", FRIDAY, "2019-11-15"),
        ("on February 29", JANUARY, "2020-02-29"),
        ("on Monday", FRIDAY, "2021-11-15"),
        ("on Friday", FRIDAY, "2021-11-19"),
        ("on Saturday", FRIDAY, "2021-11-13"),
        ("on Monday", JANUARY, "2022-01-10"),
        ("last Monday", JANUARY, "2022-01-03"),
        ("last Friday", FRIDAY, "2021-11-12"),
        ("next Monday", JANUARY, "2022-01-17"),
        ("last week", FRIDAY, "2021-11-08/2021-11-14"),
        ("last week", JANUARY, "2022-01-03/2022-01-09"),
        ("this week", FRIDAY, "2021-11-15/2021-11-21"),
        ("next week", FRIDAY, "2021-11-22/2021-11-28"),
        ("a week ago", FRIDAY, "2021-11-12"),
        ("two days ago", FRIDAY, "2021-11-17"),
        ("3 days ago", FRIDAY, "2021-11-16"),
        ("yesterday", FRIDAY, "2021-11-18"),
        ("today", FRIDAY, "2021-11-19"),
        ("last month", FRIDAY, "2021-10"),
        ("last month", JANUARY, "2021-12"),
        ("earlier this month", FRIDAY, "2021-11"),
        ("two months ago", FRIDAY, "2021-09"),
        ("in September last year", FRIDAY, "2020-09"),
        ("in September last year", JANUARY, "2021-09"),
        ("in mid-September last year", FRIDAY, "2020-09"),
        ("in March this year", FRIDAY, "2021-03"),
        ("last year", FRIDAY, "2020"),
        ("last year's poisoning", FRIDAY, "2020"),
        ("late last year", FRIDAY, "2020"),
        ("earlier this year", FRIDAY, "2021"),
        ("later this year", FRIDAY, "2021"),
        ("next year", FRIDAY, "2022"),
        ("a year ago", FRIDAY, "2020"),
        ("in 2019", FRIDAY, "2019"),
        ("since 2014", FRIDAY, "2014"),
        ("in September", FRIDAY, "2021-09"),
        ("in September", JANUARY, "2021-09"),
        ("in November", FRIDAY, "2021-11"),
        ("in early September", FRIDAY, "2021-09"),
        ("last September", FRIDAY, "2021-09"),
        ("last November", FRIDAY, "2020-11"),
        ("in September 2020", FRIDAY, "2020-09"),
        ("in Sept. 2020", FRIDAY, "2020-09"),
        ("9-10 October", FRIDAY, "2021-10-09/2021-10-10"),
        ("21-22 June", FRIDAY, "2021-06-21/2021-06-22"),
        ("21–22 June", FRIDAY, "2021-06-21/2021-06-22"),
        ("from 21 to 23 June", FRIDAY, "2021-06-21/2021-06-23"),
        ("June 21-22", FRIDAY, "2021-06-21/2021-06-22"),
        ("30 September-2 October", FRIDAY, "2021-09-30/2021-10-02"),
        ("September 30-October 2", FRIDAY, "2021-09-30/2021-10-02"),
        ("Sept. 30-Oct. 2", FRIDAY, "2021-09-30/2021-10-02"),
        ("30 December-2 January", JANUARY, "2021-12-30/2022-01-02"),
        ("9-10 October 2019", FRIDAY, "2019-10-09/2019-10-10"),
        ("Aug. 28-Sept. 4, 2020", FRIDAY, "2020-08-28/2020-09-04"),
        ("Dec. 28, 2019-Jan. 3, 2020", FRIDAY, "2019-12-28/2020-01-03"),
        ("in 2019-2020", FRIDAY, "2019/2020"),
        ("over the weekend", FRIDAY, "2021-11-13/2021-11-14"),
        ("last weekend", D(2021, 11, 21), "2021-11-20/2021-11-21"),
        ("over the weekend", D(2021, 11, 22), "2021-11-20/2021-11-21"),
        ("this weekend", FRIDAY, "2021-11-20/2021-11-21"),
        ("this weekend", D(2021, 11, 21), "2021-11-20/2021-11-21"),
        ("the coming weekend", D(2021, 11, 22), "2021-11-27/2021-11-28"),
        ("from March to May", FRIDAY, "2021-03/2021-05"),
        ("from November to February", D(2022, 3, 1), "2021-11/2022-02"),
        ("between November 2020 and February 2021", FRIDAY, "2020-11/2021-02"),
        ("from November to February 2021", FRIDAY, "2020-11/2021-02"),
        ("in March-April 2020", FRIDAY, "2020-03/2020-04"),
        ("between 9 and 11 October", FRIDAY, "2021-10-09/2021-10-11"),
        ("between October 9 and 11, 2020", FRIDAY, "2020-10-09/2020-10-11"),
        ("at the end of October", FRIDAY, "2021-10"),
        ("at the beginning of December", FRIDAY, "2020-12"),
        ("in the summer of 2019", FRIDAY, "2019"),
        ("in early 2020", FRIDAY, "2020"),
        ("in mid-2020", FRIDAY, "2020"),
        ("in the first half of 2021", FRIDAY, "2021"),
        ("in the 1990s", FRIDAY, "1990/1999"),
        ("since the 2000s", FRIDAY, "2000/2009"),
        ("in the 1990’s", FRIDAY, "1990/1999"),
        ("since 2019's election", FRIDAY, "2019"),
        ("on 19/11/2020", FRIDAY, "2020-11-19"),
        ("on 11/19/2020", FRIDAY, "2020-11-19"),
        ("on 05.06.2020", FRIDAY, "2020-06-05"),
    ],
)
def test_held_phrases(text: str, anchor: pendulum.Date, expected: str) -> None:
    assert resolved(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("will meet on November 15", FRIDAY, "2022-11-15"),
        ("will meet on November 25", FRIDAY, "2021-11-25"),
        ("will meet on November 19", FRIDAY, "2021-11-19"),
        ("will meet on Monday", FRIDAY, "2021-11-22"),
        ("will meet on Friday", FRIDAY, "2021-11-19"),
        ("will meet in September", FRIDAY, "2022-09"),
        ("will meet on 9-10 October", FRIDAY, "2022-10-09/2022-10-10"),
        ("will meet on 2-3 January", JANUARY, "2023-01-02/2023-01-03"),
        ("last Monday", FRIDAY, "2021-11-15"),
    ],
)
def test_future_phrases(text: str, anchor: pendulum.Date, expected: str) -> None:
    assert resolved(text, anchor, held=False) == expected


TALKS = PartialDate(year=2021, month=11, day=15)
WEEKEND = DateRange(
    start=PartialDate(year=2021, month=10, day=9), end=PartialDate(year=2021, month=10, day=10)
)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("the following day", TALKS, "2021-11-16"),
        ("The next day", TALKS, "2021-11-16"),
        ("the day after", TALKS, "2021-11-16"),
        ("the day before", TALKS, "2021-11-14"),
        ("the previous day", TALKS, "2021-11-14"),
        ("the same day", TALKS, "2021-11-15"),
        ("on the eve of the summit", TALKS, "2021-11-14"),
        ("Three days before the two leaders held talks", TALKS, "2021-11-12"),
        ("three days after", TALKS, "2021-11-18"),
        ("3 days after", TALKS, "2021-11-18"),
        ("a day later", TALKS, "2021-11-16"),
        ("two days earlier", TALKS, "2021-11-13"),
        ("two weeks after the meeting", TALKS, "2021-11-29"),
        ("a week before", TALKS, "2021-11-08"),
        ("the following week", TALKS, "2021-11-22/2021-11-28"),
        ("the previous week", TALKS, "2021-11-08/2021-11-14"),
        ("a month later", TALKS, "2021-12"),
        ("the following month", TALKS, "2021-12"),
        ("two years earlier", TALKS, "2019"),
        ("the following day", WEEKEND, "2021-10-11"),
        ("the day before", WEEKEND, "2021-10-08"),
        ("the following day", PartialDate(year=2021, month=9), "2021-10~"),
        ("the following month", PartialDate(year=2021, month=12), "2022-01"),
        (
            "the day after",
            PartialDate(year=2021, month=11, day=15, approximate=True),
            "2021-11-16~",
        ),
    ],
)
def test_reference_phrases(text: str, reference: PartialDate | DateRange, expected: str) -> None:
    assert resolved(text, FRIDAY, reference=reference) == expected


def test_reference_phrase_without_reference_is_none() -> None:
    assert resolved("the following day", FRIDAY) is None
    assert resolved("three days before the vote", FRIDAY) is None


def test_relative_expression_reports_its_event() -> None:
    text = "Three days before the two leaders held talks, the ministers met."
    (expression,) = find_date_expressions(text)
    assert expression.needs_reference
    assert expression.phrase == "Three days before"
    assert expression.relative_to == "the two leaders held talks"
    assert expression.relative_span is not None
    start, end = expression.relative_span
    assert text[start:end] == "the two leaders held talks"


@pytest.mark.parametrize(
    ("text", "relative_to"),
    [
        ("two days after the U.S. election ended, he left", "the U.S. election ended"),
        ("a week before the summit.", "the summit"),
        ("the day before, he said", None),
        ("the day before.", None),
        ("the following day", None),
        (
            "two days after he arrived in Moscow and met Lavrov",
            "he arrived in Moscow and met Lavrov",
        ),
    ],
)
def test_relative_to_words(text: str, relative_to: str | None) -> None:
    (expression,) = find_date_expressions(text)
    assert expression.needs_reference
    assert expression.relative_to == relative_to


def test_absolute_phrases_need_no_reference() -> None:
    for expression in find_date_expressions("on November 15, last week, in 2019, on Monday"):
        assert not expression.needs_reference
        assert expression.relative_to is None


def test_resolve_accepts_a_bare_meaning() -> None:
    (expression,) = find_date_expressions("on November 15")
    assert resolve(expression.meaning, anchor=FRIDAY) == TALKS
