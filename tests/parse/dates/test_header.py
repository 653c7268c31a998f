"""parse_header_date: the publication date of header, Date: and byline lines."""

from __future__ import annotations

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit.parse.dates import parse_header_date

D = pendulum.Date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("19 November 2021", D(2021, 11, 19)),
        ("November 19, 2021", D(2021, 11, 19)),
        ("Nov. 19, 2021", D(2021, 11, 19)),
        ("Nov 19 2021", D(2021, 11, 19)),
        ("Sept. 30, 2021", D(2021, 9, 30)),
        ("Sep 30, 2021", D(2021, 9, 30)),
        ("19.11.2021", D(2021, 11, 19)),
        ("3.4.2020", D(2020, 4, 3)),
        ("2021-11-19", D(2021, 11, 19)),
        ("Date: 19 November 2021", D(2021, 11, 19)),
        ("DATE: 12 JUNE 2017", D(2017, 6, 12)),
        ("date:12 june 2017", D(2017, 6, 12)),
        ("Friday, 19 November 2021", D(2021, 11, 19)),
        ("Tuesday, March 3, 2020", D(2020, 3, 3)),
        ("1st of May 2019", D(2019, 5, 1)),
        ("May 1st, 2019", D(2019, 5, 1)),
        ("Article by: A. Writer – 14 Feb. 2019 – The Daily Example", D(2019, 2, 14)),
        ("By Jane Roe | 2 Aug 2018 | Example News", D(2018, 8, 2)),
        ("Example Digest, March 2-9, 2020", D(2020, 3, 9)),
        ("Example Digest, Aug. 28-Sept. 4, 2021", D(2021, 9, 4)),
        ("Weekly review 28 December 2020 - 3 January 2021", D(2021, 1, 3)),
        ("Weekly review Dec. 28, 2020-Jan. 3, 2021", D(2021, 1, 3)),
        ("Review of 2-9 March 2020", D(2020, 3, 9)),
        ("Posted 3 Feb 2019. Date: 4 March 2019", D(2019, 3, 4)),
        ("RUSSIA MONITOR Date: 17 May 2019 Some Title", D(2019, 5, 17)),
        ("29 February 2020", D(2020, 2, 29)),
        ("19/11/2021", D(2021, 11, 19)),
        ("Posted 11/19/2021", D(2021, 11, 19)),
        ("03.04.2020", D(2020, 4, 3)),
        ("03-04-2020", D(2020, 4, 3)),
        ("04/04/2020", D(2020, 4, 4)),
        ("Fri, 19 Nov 2021 10:00", D(2021, 11, 19)),
        ("2021-11-19T10:00:00Z", D(2021, 11, 19)),
        ("2021.11.19", D(2021, 11, 19)),
        ("2021/11/19", D(2021, 11, 19)),
        ("19-11-2021", D(2021, 11, 19)),
        ("Date: 19\u00a0November\u00a02021", D(2021, 11, 19)),
        ("Digest, March 2\u20119, 2020", D(2020, 3, 9)),
    ],
)
def test_header_dates(line: str, expected: pendulum.Date) -> None:
    assert parse_header_date(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Macron, Putin Discuss Belarus Border Tensions",
        "Date:",
        "November 2021",
        "in 2019",
        "on November 15",
        "31 June 2021",
        "29 February 2021",
        "99.99.9999",
        "2021-13-45",
        "31/31/2021",
        "03/04/2020",
        "Written on 04/05/2018",
        "19.11/2021",
        "version 2021.11.19.3",
        "They may meet in March",
        "4 minute read",
    ],
)
def test_no_complete_date_gives_none(line: str) -> None:
    assert parse_header_date(line) is None


def test_non_string_gives_none() -> None:
    assert parse_header_date(None) is None  # type: ignore[arg-type]
    assert parse_header_date(b"19 November 2021") is None  # type: ignore[arg-type]


@given(st.text(max_size=200))
@settings(max_examples=300)
def test_garbage_never_raises(line: str) -> None:
    result = parse_header_date(line)
    assert result is None or isinstance(result, pendulum.Date)


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)))
@settings(max_examples=200)
def test_every_written_form_reads_back(day: pendulum.Date) -> None:
    month = day.strftime("%B")
    forms = [
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        f"{month[:3]}{'' if month == 'May' else '.'} {day.day}, {day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        day.isoformat(),
        f"Date: {day.day} {month} {day.year}",
    ]
    for form in forms:
        assert parse_header_date(form) == day, form


def test_seed_header(seed_text: str) -> None:
    lines = seed_text.splitlines()
    assert parse_header_date(lines[0]) is None
    assert parse_header_date(lines[1]) == D(2021, 11, 19)
