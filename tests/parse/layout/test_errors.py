"""Bad input gives a ParseError with a line number and what was expected."""

from __future__ import annotations

import datetime

import pendulum
import pytest

from bulletinkit import BulletinkitError, ParseError, ValidationError, parse_text

PAGE = "RUSSIA MONITOR\nDate: 5 October 2020\nA Title\nThe lead says something.\n"


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", " \t\r\n  \r\n"])
def test_empty_input(text: str) -> None:
    with pytest.raises(ParseError, match="empty") as caught:
        parse_text(text)
    assert caught.value.line == 1
    assert caught.value.expected == "the text of a bulletin page"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Date: 1 May 2020\nTitle\n\x00\x01\x02binary", 3),
        ("\x89PNG\r\n\x1a\n\x00\x00", 2),
        ("A Title\nLead\x07 with a bell.", 2),
    ],
)
def test_control_characters_are_binary(text: str, line: int) -> None:
    with pytest.raises(ParseError, match="binary") as caught:
        parse_text(text)
    assert caught.value.line == line
    assert caught.value.expected == "plain text"


def test_bytes_are_not_text() -> None:
    with pytest.raises(ParseError, match="got bytes") as caught:
        parse_text(PAGE.encode())  # type: ignore[arg-type]
    assert caught.value.expected is not None


def test_no_title_found() -> None:
    with pytest.raises(ParseError, match="no title") as caught:
        parse_text("Date: 5 October 2020\n\nThe lead is a sentence, not a title.\n")
    assert caught.value.line == 3
    assert caught.value.expected is not None
    assert "title=" in caught.value.expected


def test_title_passed_by_the_caller() -> None:
    text = "Date: 5 October 2020\n\nThe lead is a sentence, not a title.\n"
    bulletin = parse_text(text, title="Given Title")
    assert bulletin.title == "Given Title"
    assert bulletin.lead == "The lead is a sentence, not a title."


def test_caller_values_win_over_the_text() -> None:
    bulletin = parse_text(PAGE, date=datetime.date(2020, 10, 6), title="Other")
    assert bulletin.date == pendulum.Date(2020, 10, 6)
    assert type(bulletin.date) is pendulum.Date
    assert bulletin.title == "Other"
    assert bulletin.lead == "The lead says something."


def test_no_date_names_the_title_line() -> None:
    with pytest.raises(ParseError, match="no bulletin date") as caught:
        parse_text("RUSSIA MONITOR\nA Title\nThe lead says something.")
    assert caught.value.line == 2
    assert str(caught.value).startswith("line 2: no bulletin date found (expected")


def test_wrong_date_type_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="'date' must be a date"):
        parse_text(PAGE, date="2020-10-05")  # type: ignore[arg-type]


def test_parse_error_carries_an_issue_record() -> None:
    with pytest.raises(BulletinkitError) as caught:
        parse_text("")
    assert isinstance(caught.value, ParseError)
    assert caught.value.issue.location == "line 1"
    assert caught.value.issue.code == "parse"


def test_title_only_page_has_no_lead() -> None:
    bulletin = parse_text("Date: 5 October 2020\nA Title")
    assert bulletin.lead is None
    assert bulletin.paragraphs == ()


def test_empty_bullet_item_is_skipped() -> None:
    bulletin = parse_text("Date: 5 October 2020\nA Title\n• First item.\n•\n• Second item.")
    assert bulletin.parts == ("First item.", "Second item.")


def test_three_bare_date_lines_make_a_listing() -> None:
    text = "News\n19.04.2022\nFirst item.\n04.04.2022\nSecond item.\n01.03.2022\nThird item."
    with pytest.raises(ParseError, match="3 date lines") as caught:
        parse_text(text)
    assert caught.value.line == 6


def test_a_date_twice_is_still_one_bulletin() -> None:
    text = "Date: 19 April 2022\nA Title\n20 April 2022\nThe lead, said on 19 April 2022."
    assert parse_text(text).title == "A Title"


def test_a_line_of_punctuation_only_is_not_a_crash() -> None:
    with pytest.raises(ParseError, match="no bulletin date"):
        parse_text("!")


def test_updated_in_capitals_is_not_a_second_item() -> None:
    text = "DATE: 14 FEBRUARY 2019\nUPDATED: 15 FEBRUARY 2019\nA Title\nThe lead."
    assert parse_text(text).title == "A Title"
