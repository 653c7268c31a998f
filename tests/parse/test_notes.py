"""parse_text never refuses a page that has text: what it does not find, it notes.

The pages here are invented for these tests.
"""

from __future__ import annotations

import datetime
import json

import pendulum
import pytest

from bulletinkit import (
    Bulletin,
    ParseError,
    Severity,
    __version__,
    from_json,
    parse_text,
    to_json,
    validate,
)
from bulletinkit.errors import AMBIGUOUS_DATE, DATE_CONFLICT, NO_DATE, NO_TITLE

WIRE = """\
Ministers of Example Land and Otherland met in Vilnius on 10 May 2021 to discuss grain exports.

They will meet again on Monday, the foreign ministry said. A week earlier, the two
presidents had spoken by phone.
"""

DATED = """\
EXAMPLE MONITOR
Date: 12 May 2021
Grain Talks in Vilnius
Ministers of Example Land and Otherland met in Vilnius on 10 May 2021.
"""


def codes(bulletin: Bulletin) -> list[tuple[str, str]]:
    return [(note.code, note.location) for note in bulletin.notes]


def test_a_page_with_neither_date_nor_title_is_read_and_noted() -> None:
    bulletin = parse_text(WIRE)
    assert bulletin.title is None
    assert bulletin.date is None
    assert bulletin.lead is not None
    assert bulletin.lead.startswith("Ministers of Example Land")
    assert codes(bulletin) == [(NO_DATE, "line 1"), (NO_TITLE, "line 1")]
    assert all(note.severity is Severity.WARNING for note in bulletin.notes)
    assert bulletin.provenance is not None
    assert bulletin.provenance.generator == f"bulletinkit {__version__}"


def test_a_dated_titled_page_has_a_provenance_and_no_notes() -> None:
    bulletin = parse_text(DATED)
    assert (bulletin.title, bulletin.date) == ("Grain Talks in Vilnius", pendulum.Date(2021, 5, 12))
    assert bulletin.notes == ()
    assert bulletin.provenance is not None
    assert bulletin.provenance.generator == f"bulletinkit {__version__}"


def test_the_callers_date_wins_and_a_disagreement_is_noted() -> None:
    bulletin = parse_text(DATED, date=datetime.date(2021, 5, 13))
    assert bulletin.date == pendulum.Date(2021, 5, 13)
    (note,) = bulletin.notes
    assert (note.code, note.location) == (DATE_CONFLICT, "line 2")
    assert (note.expected, note.found) == ("2021-05-13", "2021-05-12")
    assert "2021-05-12" in note.message
    # the same date, or a date for an undated page, is no conflict
    assert parse_text(DATED, date=datetime.date(2021, 5, 12)).notes == ()
    assert codes(parse_text(WIRE, date=datetime.date(2021, 5, 12))) == [(NO_TITLE, "line 1")]


def test_the_callers_title_wins_without_a_note() -> None:
    bulletin = parse_text(WIRE, title="Grain talks", date=datetime.date(2021, 5, 12))
    assert bulletin.title == "Grain talks"
    assert bulletin.notes == ()


@pytest.mark.parametrize(
    ("header", "line"),
    [
        ("Published: 04/05/2018\nGrain Talks Resume\n", 1),
        ("EXAMPLE MONITOR\n04/05/2018\nGrain Talks Resume\n", 2),
        ("Grain Talks Resume\nBy Jane Example, 03/06/2019\n", 2),
    ],
)
def test_a_date_whose_order_cannot_be_told_is_none_and_noted(header: str, line: int) -> None:
    bulletin = parse_text(header + "The ministers met in Vilnius to discuss grain.\n")
    assert bulletin.date is None
    assert bulletin.title == "Grain Talks Resume"
    (note,) = bulletin.notes
    assert (note.code, note.location) == (AMBIGUOUS_DATE, f"line {line}")


def test_an_unambiguous_numeric_date_is_read() -> None:
    for written in ("04/25/2018", "25/04/2018", "05/05/2018"):
        bulletin = parse_text(f"Published: {written}\nGrain Talks Resume\nThe ministers met.\n")
        assert bulletin.date is not None
        assert bulletin.notes == ()
    assert parse_text("Published: 25/04/2018\nT Talks\nThe ministers met.\n").date == (
        pendulum.Date(2018, 4, 25)
    )


def test_another_date_on_the_page_wins_over_an_ambiguous_one() -> None:
    page = (
        "Date: 12 May 2021\nGrain Talks Resume\nBy Jane Example, 04/05/2018\nThe ministers met.\n"
    )
    bulletin = parse_text(page)
    assert bulletin.date == pendulum.Date(2021, 5, 12)
    assert bulletin.notes == ()


def test_an_ambiguous_date_in_the_body_is_not_a_header_note() -> None:
    bulletin = parse_text("Grain Talks Resume\nOn 04/05/2018 the ministers met in Vilnius.\n")
    assert codes(bulletin) == [(NO_DATE, "line 1")]


def test_without_a_date_only_meeting_dates_that_name_their_year_resolve() -> None:
    undated = parse_text(WIRE)
    dated = parse_text(WIRE, date=datetime.date(2021, 5, 12))
    summary = [(m.kind.value, m.status.value, str(m.date)) for m in undated.meetings]
    assert summary == [
        ("talks", "held", "2021-05-10"),  # "on 10 May 2021" names its year
        ("talks", "planned", "None"),  # "on Monday" needs the bulletin date
        # "a week earlier" counts from the last dated event, here the talks of 10 May
        ("phone_call", "held", "2021-05-03"),
    ]
    assert str(dated.meetings[1].date) == "2021-05-17"  # with the date, Monday is known


def test_undated_ids_are_stable_and_read_the_source_url() -> None:
    one = parse_text(WIRE, source_url="https://example.org/a")
    assert parse_text(WIRE, source_url="https://example.org/a").id == one.id
    assert parse_text(WIRE, source_url="https://example.org/b").id != one.id
    assert parse_text(DATED).id == parse_text(DATED, source_url="https://example.org/a").id


def test_notes_are_kept_in_the_json_and_the_document_is_valid() -> None:
    bulletin = parse_text(WIRE)
    text = to_json(bulletin)
    document = json.loads(text)
    assert document["schema_version"] == "1.1"
    assert [note["code"] for note in document["provenance"]["notes"]] == [NO_DATE, NO_TITLE]
    assert document["provenance"]["notes"][0]["severity"] == "warning"
    assert from_json(text, Bulletin) == bulletin
    assert validate(document).ok


@pytest.mark.parametrize(
    "page",
    [
        "Grain Talks\nThe ministers\x07 met in Vilnius.\x1b\n",
        "\x0cGrain Talks\x08\nThe ministers met in Vilnius.\n",
    ],
)
def test_a_stray_control_character_does_not_refuse_a_page(page: str) -> None:
    bulletin = parse_text(page)
    assert bulletin.title == "Grain Talks"
    assert bulletin.lead == "The ministers met in Vilnius."


@pytest.mark.parametrize("text", ["", " \n\t", "Grain\x00Talks", "\x01\x02\x03\x04\x05\x06ab"])
def test_only_what_is_not_text_is_refused(text: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_text(text)
    assert caught.value.code == "not-text"
    assert caught.value.issue.code == "not-text"


def test_a_listing_page_is_refused_with_its_code() -> None:
    page = (
        "Latest analyses\n"
        "12 May 2021 Grain talks resume in Vilnius\n"
        "11 May 2021 Gas prices rise again\n"
        "10 May 2021 A new port opens\n"
    )
    with pytest.raises(ParseError, match="listing page") as caught:
        parse_text(page)
    assert caught.value.code == "listing-page"
    assert caught.value.line is not None
