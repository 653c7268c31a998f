"""Text-level behaviours of the layout reader: invisible characters, wrapping, site lines."""

from __future__ import annotations

import pendulum

from bulletinkit import parse_text
from bulletinkit.parse.layout import PageLayout, read_layout

WRAPPED_NO_BLANKS = """\
Date: 1 May 2020
A Title
The state shipbuilder will deliver three new icebreakers by 2027, the
transport ministry said. The ships are meant to keep the northern route
open all year.
Two of the ships will be nuclear-powered. The third, a smaller diesel
vessel, will serve the eastern ports. The ministry did not say how much
the programme would cost.
"""


def test_wrapped_text_without_blank_lines_splits_at_short_lines() -> None:
    bulletin = parse_text(WRAPPED_NO_BLANKS)
    assert bulletin.lead == (
        "The state shipbuilder will deliver three new icebreakers by 2027, the transport "
        "ministry said. The ships are meant to keep the northern route open all year."
    )
    assert bulletin.paragraphs == (
        "Two of the ships will be nuclear-powered. The third, a smaller diesel vessel, will "
        "serve the eastern ports. The ministry did not say how much the programme would cost.",
    )


def test_zero_width_and_no_break_spaces_are_not_text() -> None:
    text = "\ufeffDate:\u00a019 November 2021\n\u200b\nA\u00a0Title\u200b\nThe lead\u00ad.\n"
    bulletin = parse_text(text)
    assert bulletin.date == pendulum.Date(2021, 11, 19)
    assert bulletin.title == "A Title"
    assert bulletin.parts == ("The lead.",)


def test_site_name_and_url_lines_are_chrome() -> None:
    text = (
        "www.example.org\nhttps://www.example.org/monitor/a-title\nA Title\n"
        "Date: 19 November 2021\nThe lead."
    )
    bulletin = parse_text(text)
    assert bulletin.title == "A Title"
    assert bulletin.lead == "The lead."


def test_read_layout_gives_the_parts_with_their_lines(seed_text: str) -> None:
    page = read_layout(seed_text)
    assert isinstance(page, PageLayout)
    assert (page.date_line, page.title_line, page.body_line) == (2, 3, 4)
    assert page.series_name == "Russia Monitor"
    assert page.publisher == "Warsaw Institute"
    assert len(page.paragraphs) == 2
    assert page.line_count == len(seed_text.splitlines())


def test_title_case_title_with_a_full_stop_is_a_title() -> None:
    text = "Date: 1 May 2020\nPutin Tightens Control over Regions.\nThe Kremlin replaced governors."
    bulletin = parse_text(text)
    assert bulletin.title == "Putin Tightens Control over Regions."
    assert bulletin.lead == "The Kremlin replaced governors."


def test_blurb_after_the_title_is_still_the_series() -> None:
    text = (
        "Talks Stall in Minsk\n"
        "Caspian Monitor is a review of the most important events in the region.\n"
        "Date: 1 May 2020\nThe talks stalled."
    )
    bulletin = parse_text(text)
    assert bulletin.series is not None
    assert bulletin.series.name == "Caspian Monitor"
    assert bulletin.parts == ("The talks stalled.",)


def test_sentence_after_the_date_is_the_lead_not_a_blurb() -> None:
    text = "Date: 1 May 2020\nA Title\nGazprom is a supplier of gas to the region.\n"
    bulletin = parse_text(text)
    assert bulletin.series is None
    assert bulletin.lead == "Gazprom is a supplier of gas to the region."


def test_a_long_last_paragraph_that_mentions_a_licence_stays_in_the_body() -> None:
    last = "The agency said the software is licensed under an open licence. " * 9
    bulletin = parse_text(f"Date: 1 May 2020\nA Title\nThe lead.\n{last.strip()}")
    assert bulletin.license is None
    assert bulletin.paragraphs == (last.strip(),)


def test_a_date_the_title_runs_into_stays_in_the_title() -> None:
    dated = "Date: 3 February 2021\nNavalny Sentenced on 2 February 2021\nThe court ruled."
    bulletin = parse_text(dated)
    assert bulletin.title == "Navalny Sentenced on 2 February 2021"
    assert bulletin.date == pendulum.Date(2021, 2, 3)
    undated = "Navalny Sentenced on 2 February 2021\nThe court ruled."
    assert parse_text(undated).title == "Navalny Sentenced on 2 February 2021"


def test_a_date_beside_the_title_is_taken_out() -> None:
    for line in (
        "Court Rules in Moscow 2 February 2021",
        "2 February 2021 Court Rules in Moscow",
        "Court Rules in Moscow | Feb. 2, 2021",
        "Court Rules in Moscow – 02.02.2021",
    ):
        bulletin = parse_text(f"{line}\nThe court ruled.")
        assert bulletin.title == "Court Rules in Moscow", line
        assert bulletin.date == pendulum.Date(2021, 2, 2), line


def test_a_date_line_wins_over_a_date_beside_the_title() -> None:
    text = "Court Rules in Moscow | 2 February 2021\nDate: 3 February 2021\nThe court ruled."
    bulletin = parse_text(text)
    assert bulletin.date == pendulum.Date(2021, 2, 3)
    assert bulletin.title == "Court Rules in Moscow"


def test_a_source_line_stays_with_its_digest_item() -> None:
    text = (
        "Weekly Digest, March 2-9, 2020\n"
        "• Parliament passed an election law.\nSource: Example News\n"
        "• Two companies signed a memorandum.\nSource: Example Wire\n"
    )
    bulletin = parse_text(text)
    assert bulletin.parts == (
        "Parliament passed an election law. Source: Example News",
        "Two companies signed a memorandum. Source: Example Wire",
    )
    assert bulletin.photo_credits == ()


def test_published_and_updated_lines() -> None:
    text = "Published: 14 February 2019\nUpdated: 15 February 2019\nA Title\nThe lead."
    bulletin = parse_text(text)
    assert bulletin.date == pendulum.Date(2019, 2, 14)
    assert bulletin.parts == ("The lead.",)
