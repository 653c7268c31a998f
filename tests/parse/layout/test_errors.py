"""Bad input gives a ParseError with a line number and what was expected."""

from __future__ import annotations

import datetime

import pendulum
import pytest

from bulletinkit import BulletinkitError, ParseError, Severity, ValidationError, parse_text

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
        ("\x89PNG\r\n\x1a\n\x00\x00", 3),
        ("A Title\nLead with a NUL\x00.", 2),
    ],
)
def test_nul_characters_are_not_text(text: str, line: int) -> None:
    with pytest.raises(ParseError, match="NUL") as caught:
        parse_text(text)
    assert caught.value.code == "not-text"
    assert caught.value.line == line
    assert caught.value.expected == "plain text"


@pytest.mark.parametrize(
    "text", ["\x01\x02\x03\x04\x05abc", "\x1b\x1b\x1b\x1b x \x7f\x7f\x7f", "\ufffd\ufffd\ufffdab"]
)
def test_mostly_unprintable_input_is_not_text(text: str) -> None:
    with pytest.raises(ParseError, match="control or replacement characters") as caught:
        parse_text(text)
    assert caught.value.code == "not-text"


def test_a_stray_control_character_is_dropped_not_refused() -> None:
    bulletin = parse_text("Date: 1 May 2020\nA Title\nLead\x07 with a bell\x1b.\n")
    assert bulletin.title == "A Title"
    assert bulletin.lead == "Lead with a bell."
    assert bulletin.notes == ()
    replaced = parse_text("Date: 1 May 2020\nA Title\nA word with one \ufffd in it.\n")
    assert replaced.lead == "A word with one \ufffd in it."


def test_bytes_are_not_text() -> None:
    with pytest.raises(ParseError, match="got bytes") as caught:
        parse_text(PAGE.encode())  # type: ignore[arg-type]
    assert caught.value.expected is not None
    assert caught.value.code == "not-text"


def test_no_title_found_is_a_note() -> None:
    bulletin = parse_text("Date: 5 October 2020\n\nThe lead is a sentence, not a title.\n")
    assert bulletin.title is None
    assert bulletin.lead == "The lead is a sentence, not a title."
    (note,) = bulletin.notes
    assert (note.code, note.location, note.severity) == ("no-title", "line 3", Severity.WARNING)
    assert note.message.startswith("no title found")
    assert note.expected is not None
    assert "title=" in note.expected


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


def test_no_date_is_a_note_naming_the_title_line() -> None:
    bulletin = parse_text("RUSSIA MONITOR\nA Title\nThe lead says something.")
    assert bulletin.date is None
    assert bulletin.title == "A Title"
    (note,) = bulletin.notes
    assert (note.code, note.location) == ("no-date", "line 2")
    assert str(note).startswith("line 2: no bulletin date found")


def test_wrong_date_type_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="'date' must be a date"):
        parse_text(PAGE, date="2020-10-05")  # type: ignore[arg-type]


def test_parse_error_carries_an_issue_record() -> None:
    with pytest.raises(BulletinkitError) as caught:
        parse_text("")
    assert isinstance(caught.value, ParseError)
    assert caught.value.issue.location == "line 1"
    assert caught.value.issue.code == "not-text"


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
    bulletin = parse_text("!")
    assert (bulletin.title, bulletin.date, bulletin.lead) == (None, None, "!")
    assert [note.code for note in bulletin.notes] == ["no-date", "no-title"]


def test_updated_in_capitals_is_not_a_second_item() -> None:
    text = "DATE: 14 FEBRUARY 2019\nUPDATED: 15 FEBRUARY 2019\nA Title\nThe lead."
    assert parse_text(text).title == "A Title"


def test_repeated_paragraphs_are_not_titles_printed_twice() -> None:
    # A crawler that saved each paragraph twice: sentences, not titles; still one bulletin.
    first = "The ministers met in Riga on Monday to discuss the ferry line."
    second = "They agreed to meet again in the spring, the ministry said."
    text = f"Date: 5 October 2020\nFerry Talks\n{first}\n\n{first}\n\n{second}\n\n{second}\n"
    bulletin = parse_text(text)
    assert bulletin.title == "Ferry Talks"
    assert bulletin.parts == (first, first, second, second)


def test_titles_printed_twice_still_make_a_listing() -> None:
    text = "Archive\nFerry Line Reopens\n\nFerry Line Reopens\n\nA ferry line reopened.\n\n"
    text += "New Oil Terminal Planned\n\nNew Oil Terminal Planned\n\nA terminal is planned.\n"
    with pytest.raises(ParseError, match="2 items whose title is printed twice"):
        parse_text(text)
