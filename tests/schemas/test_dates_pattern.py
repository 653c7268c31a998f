"""The date patterns of defs.schema.json accept exactly the days of the calendar."""

from __future__ import annotations

import calendar
import datetime
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bulletinkit import PartialDate, ValidationError
from bulletinkit.schemas import load_schema

DEFS = load_schema("defs")["$defs"]
CALENDAR = re.compile(DEFS["calendar-date"]["pattern"])
PARTIAL = re.compile(DEFS["partial-date"]["pattern"])
RANGE = re.compile(DEFS["date-range"]["pattern"])

# Leap-year edge cases (centuries) and the ends of the range, plus a stretch of ordinary years.
YEARS = [1, 2, 3, 4, 100, 400, 1600, 1700, 1800, 1900, 2000, 2100, 2400, 9996, 9999]
YEARS += list(range(1990, 2031))


@pytest.mark.parametrize("year", YEARS)
def test_calendar_pattern_accepts_exactly_the_real_days_of_a_year(year: int) -> None:
    for month in range(1, 13):
        last = calendar.monthrange(year, month)[1]
        for day in range(0, 33):
            text = f"{year:04d}-{month:02d}-{day:02d}"
            real = 1 <= day <= last
            assert bool(CALENDAR.search(text)) is real, text
            assert bool(PARTIAL.search(text)) is real, text
            assert bool(PARTIAL.search(text + "~")) is real, text


@pytest.mark.parametrize(
    "text",
    [
        "0000",
        "0000-01",
        "0000-01-01",
        "2021-00",
        "2021-13",
        "21-11-15",
        "2021-1-5",
        "2021-11-15~~",
        "２０２１",
    ],
)
def test_partial_pattern_rejects(text: str) -> None:
    assert not PARTIAL.search(text)


@given(
    st.dates(min_value=datetime.date(1, 1, 1)),
    st.sampled_from(["day", "month", "year"]),
    st.booleans(),
)
def test_partial_pattern_agrees_with_partial_date_parse(
    date: datetime.date, precision: str, approximate: bool
) -> None:
    text = {"day": date.isoformat(), "month": date.isoformat()[:7], "year": date.isoformat()[:4]}[
        precision
    ]
    text += "~" if approximate else ""
    assert PARTIAL.search(text)
    assert PartialDate.parse(text).isoformat() == text


@given(st.from_regex(r"\A[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?~?\Z"))
def test_partial_pattern_accepts_what_the_model_accepts(text: str) -> None:
    try:
        PartialDate.parse(text)
    except ValidationError:
        assert not PARTIAL.search(text)
    else:
        assert PARTIAL.search(text)


def test_range_pattern() -> None:
    assert RANGE.search("2021-10-09/2021-10-10")
    assert RANGE.search("2020-09/2020-10~")
    assert not RANGE.search("2021-10-09")
    assert not RANGE.search("2021-02-30/2021-03-01")
    assert not RANGE.search("2021-10-09/")


@pytest.mark.parametrize("name", ["id", "calendar-date", "partial-date", "date-range"])
def test_a_trailing_newline_is_rejected_by_every_backend(name: str) -> None:
    # Python's re lets "$" match before a final newline; the patterns end in (?!\n)$.
    from bulletinkit import validate
    from bulletinkit.schemas import BACKENDS, schema_uri
    from bulletinkit.schemas._fast import available

    schema = {"$ref": f"{schema_uri('defs')}#/$defs/{name}"}
    example = DEFS[name]["examples"][0]
    for backend in [b for b in BACKENDS if b == "jsonschema" or available()]:
        assert validate(example, schema, backend=backend).ok
        assert not validate(example + "\n", schema, backend=backend).ok
