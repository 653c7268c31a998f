"""Bulletin-style passages (written for these tests) and every date they state.

Each passage lists every date phrase it holds with its resolution (tense guessed from
the sentence, relative phrases chained to the date before them), so a phrase found where
none is meant (a false positive) fails as surely as one missed.
"""

from __future__ import annotations

import pendulum
import pytest

from bulletinkit.parse.dates import resolve_dates

ANCHOR = pendulum.Date(2021, 11, 19)

PASSAGES: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "The foreign ministers of both countries met in Ankara on Oct. 3 and agreed to "
        "meet again. The talks may resume after 2,000 troops leave the area.",
        [("Oct. 3", "2021-10-03")],
    ),
    (
        "On 7 March the parliament passed the bill in its third reading, with 312 votes "
        "in favour. The president signed it the following day.",
        [("7 March", "2021-03-07"), ("the following day", "2021-03-08")],
    ),
    (
        "Saturday, March 14 saw mass protests in the capital; the police detained 45 people.",
        [("Saturday, March 14", "2021-03-14")],
    ),
    (
        "The exercises, held on 9-10 October near the border, involved 3,000 soldiers and "
        "30 aircraft. Similar drills took place last year.",
        [("9-10 October", "2021-10-09/2021-10-10"), ("last year", "2020")],
    ),
    (
        "The company's revenue fell by 12% in 2020, its chief executive said on Monday.",
        [("2020", "2020"), ("Monday", "2021-11-15")],
    ),
    (
        "A delegation visited Minsk from 30 September to 2 October. Two days after the "
        "visit ended, the embassy issued a statement.",
        [
            ("30 September to 2 October", "2021-09-30/2021-10-02"),
            ("Two days after", "2021-10-04"),
        ],
    ),
    (
        "Gas supplies through the pipeline dropped last week, and prices rose to record "
        "levels earlier this month.",
        [("last week", "2021-11-08/2021-11-14"), ("earlier this month", "2021-11")],
    ),
    (
        "The agreement, signed in September last year, expires in 2024. Both sides will "
        "review it next year.",
        [("September last year", "2020-09"), ("2024", "2024"), ("next year", "2022")],
    ),
    (
        "Mark Example, a March 8 Movement activist, told reporters that the army may "
        "march on the capital.",
        [("March 8", "2021-03-08")],
    ),
    (
        "The summit is to take place on 21-22 June, and the ministers will meet the day before.",
        [("21-22 June", "2022-06-21/2022-06-22"), ("the day before", "2022-06-20")],
    ),
    (
        "Article 5 of the 1949 treaty was invoked only once, after the 2001 attacks.",
        [],
    ),
    (
        "Since the 1990s the port has handled most of the region's grain exports; in "
        "the first half of 2021 volumes grew by a third.",
        [("1990s", "1990/1999"), ("2021", "2021")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSAGES, ids=lambda value: str(value)[:30])
def test_every_date_in_the_passage(text: str, expected: list[tuple[str, str | None]]) -> None:
    results = resolve_dates(text, anchor=ANCHOR, held=None)
    found = [(r.expression.phrase, None if r.value is None else str(r.value)) for r in results]
    assert found == expected
