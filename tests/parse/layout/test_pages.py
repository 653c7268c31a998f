"""Every layout of ``shared/layouts.md``, on invented test bulletins in ``bulletins/``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pendulum
import pytest

from bulletinkit import Bulletin, ParseError, parse_text
from tests.parse.layout.test_news_pages import NEWS

PAGES = Path(__file__).parent.parent / "bulletins"
D = pendulum.Date


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def parse_page(name: str, **kwargs: Any) -> Bulletin:
    return parse_text(page(name), **kwargs)


# name -> (series name or None, publisher, date, title, first words of lead, paragraphs after
# the lead). Each page shows one or more layouts; the file names say which.
EXPECTED: dict[str, tuple[str | None, str | None, D, str, str, int]] = {
    "wi_blurb_blank_lines.txt": (
        "Caspian Monitor",
        "Warsaw Institute",
        D(2022, 3, 3),
        "Baku and Ashgabat Agree to Resume Gas Swap Talks",
        "Azerbaijan and Turkmenistan have agreed",
        2,
    ),
    "wi_label_single_newlines.txt": (
        "Russia Monitor",
        "Warsaw Institute",
        D(2017, 6, 12),
        "Pipeline Operator Signs Transit Deal With Neighbour",
        "A state pipeline operator",
        2,
    ),
    "wi_label_acronym_topic.txt": (
        "EU Monitor",
        None,
        D(2020, 4, 21),
        "Moldova Asks for Emergency Loan",
        "Moldova has asked",
        1,
    ),
    "wi_no_series_credits.txt": (
        None,
        None,
        D(2017, 6, 12),
        "Navy Holds Drills in the Baltic Sea",
        "The navy has begun",
        2,
    ),
    "wi_wrapped_lines.txt": (
        "Arctic Monitor",
        None,
        D(2021, 11, 19),
        "Icebreaker Fleet to Grow by Three Ships",
        "The state shipbuilder will deliver three new icebreakers by 2027, the transport",
        2,
    ),
    "wi_three_blank_lines.txt": (
        "Baltic Monitor",
        "Warsaw Institute",
        D(2021, 11, 19),
        "Ports Tighten Checks on Cargo",
        "Three ports have tightened",
        1,
    ),
    "reader_app_title_date.txt": (
        None,
        None,
        D(2021, 11, 19),
        "Security Council Holds Closed Session",
        "The security council met",
        1,
    ),
    "reader_app_meta_line.txt": (
        "Russia Monitor",
        "Warsaw Institute",
        D(2021, 11, 19),
        "Foreign Ministers Discuss Grain Corridor",
        "The foreign ministers of three states",
        1,
    ),
    "truncated_midword.txt": (
        "Russia Monitor",
        "Warsaw Institute",
        D(2020, 10, 5),
        "Governor Resigns After Protests",
        "The governor of an eastern region",
        1,
    ),
    "truncated_in_appeal.txt": (
        "Caspian Monitor",
        None,
        D(2021, 7, 7),
        "Port Expansion Approved",
        "The government approved",
        1,
    ),
    "digest_period_title.txt": (
        None,
        None,
        D(2020, 3, 9),
        "Eastern Neighbourhood Weekly Digest, March 2-9, 2020",
        "Selected news from the region",
        3,
    ),
    "digest_cross_month.txt": (
        None,
        None,
        D(2021, 9, 4),
        "Black Sea Digest: Aug. 28-Sept. 4, 2021",
        "Naval patrols were stepped up",
        2,
    ),
    "numbered_issue_dated.txt": (
        "Caucasus Monitor",
        None,
        D(2020, 5, 15),
        "Border Crossing Reopens After Two Months",
        "A border crossing closed",
        1,
    ),
    "byline_date.txt": (
        None,
        None,
        D(2019, 2, 14),
        "Why the Summit Failed",
        "The summit ended without a joint statement",
        1,
    ),
    "wi_crawler_variants.txt": (
        "Russia Monitor",
        "Warsaw Institute",
        D(2022, 1, 14),
        "Railway Link to the Port Completed",
        "Builders have completed a railway link",
        1,
    ),
    "label_after_date.txt": (
        "Russia Monitor",
        "Warsaw Institute",
        D(2021, 2, 2),
        "Parliament Extends Mission Abroad",
        "Parliament voted to extend",
        1,
    ),
    "cc_license.txt": (
        "Nordic Security Brief",
        None,
        D(2022, 9, 1),
        "Coast Guards Sign Cooperation Pact",
        "The coast guards of four states",
        0,
    ),
}


def test_every_bulletin_file_is_covered() -> None:
    names = {path.name for path in PAGES.glob("*.txt")}
    covered = (
        set(EXPECTED)
        | set(NEWS)
        | {
            "listing_inline.txt",
            "listing_blocks.txt",
            "listing_archive_doubled_titles.txt",
            "listing_tag_single_item.txt",
            "listing_dated_teasers.txt",
            "numbered_issue_undated.txt",
            "analysis_undated.txt",
            "monthly_unread_date.txt",
        }
    )
    assert names == covered
    assert len(names) >= 15


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_structure(name: str) -> None:
    series, publisher, date, title, lead, count = EXPECTED[name]
    bulletin = parse_page(name)
    assert (bulletin.series.name if bulletin.series else None) == series
    assert (bulletin.series.publisher if bulletin.series else None) == publisher
    assert bulletin.date == date
    assert bulletin.title == title
    assert bulletin.lead is not None
    assert bulletin.lead.startswith(lead)
    assert len(bulletin.paragraphs) == count


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_page_furniture_in_the_parts(name: str) -> None:
    bulletin = parse_page(name)
    furniture = ("Support Us", "minute read", "min read", "Advertisement", "Share this")
    furniture += ("Date:", "All texts", "licensed under", "source:", "SOURCE:", "Photo:")
    for part in bulletin.parts:
        assert part == part.strip()
        assert "\n" not in part
        assert not any(word in part for word in furniture), part
    assert bulletin.title != bulletin.title.upper()


def test_blurb_gives_description_and_wrapped_blurb_is_joined() -> None:
    series = parse_page("wi_wrapped_lines.txt").series
    assert series is not None
    assert series.description == (
        "Arctic Monitor is a review of the most important events related to the "
        "Arctic region and its resources."
    )


def test_capitals_label_has_no_description() -> None:
    series = parse_page("wi_label_single_newlines.txt").series
    assert series is not None
    assert series.description is None


def test_wrapped_lines_are_joined_into_paragraphs() -> None:
    bulletin = parse_page("wi_wrapped_lines.txt")
    assert bulletin.lead is not None
    assert bulletin.lead.endswith("keep the northern route open all year.")
    assert bulletin.paragraphs[0].startswith("Two of the ships will be nuclear-powered.")
    assert bulletin.paragraphs[0].endswith("the programme would cost.")


def test_photo_credits_are_kept_apart() -> None:
    bulletin = parse_page("wi_no_series_credits.txt")
    assert bulletin.photo_credits == (
        "source: example-agency.ru photo by A. Fotograf",
        "SOURCE: EXAMPLE.GOV",
        "Photo: Example Agency",
    )
    assert bulletin.license is None
    assert bulletin.appeal is None


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("wi_blurb_blank_lines.txt", "All texts published by the Warsaw Institute Foundation"),
        ("wi_label_single_newlines.txt", "All texts (except images) published by"),
        ("wi_three_blank_lines.txt", "All texts published by the Warsaw Institute Foundation"),
        ("cc_license.txt", "This work is licensed under a Creative Commons"),
    ],
)
def test_license_footer_is_kept_verbatim(name: str, start: str) -> None:
    bulletin = parse_page(name)
    assert bulletin.license is not None
    assert bulletin.license.text.startswith(start)
    assert bulletin.license.text == page(name).rstrip().splitlines()[-1]


def test_appeal_under_support_us_heading() -> None:
    bulletin = parse_page("wi_blurb_blank_lines.txt")
    assert bulletin.appeal is not None
    assert bulletin.appeal.startswith("If our analyses help your work")
    assert bulletin.appeal.endswith("keep this monitor free to read.")
    assert parse_page("wi_three_blank_lines.txt").appeal == (
        "If our analyses help your work, please consider supporting them."
    )


def test_page_cut_in_the_appeal_keeps_what_is_there() -> None:
    bulletin = parse_page("truncated_in_appeal.txt")
    assert bulletin.appeal == "If our analyses help your work, please cons"
    assert bulletin.license is None
    assert bulletin.paragraphs == ("Construction is due to start next spring.",)


def test_page_ending_mid_word_with_trailing_spaces() -> None:
    text = page("truncated_midword.txt")
    assert "   \n" in text
    assert not text.endswith((".", "\n"))
    bulletin = parse_text(text)
    assert bulletin.title == "Governor Resigns After Protests"
    assert bulletin.paragraphs[-1].endswith("Protest leaders said they would contin")
    assert bulletin.license is None


def test_reader_app_chrome_is_dropped() -> None:
    bulletin = parse_page("reader_app_title_date.txt")
    assert bulletin.parts == (
        "The security council met behind closed doors to discuss the situation on the western "
        "border. The meeting lasted three hours.",
        "Members heard reports from the defence and interior ministers. No statement was "
        "issued afterwards.",
    )


def test_digest_bullets_are_paragraphs_with_their_sources() -> None:
    bulletin = parse_page("digest_period_title.txt")
    assert bulletin.paragraphs[0] == (
        "The parliament of a neighbouring state passed a new election law on Tuesday. "
        "(Source: Example News)"
    )
    assert bulletin.photo_credits == ()
    assert [p[:4] for p in parse_page("digest_cross_month.txt").parts] == [
        "Nava",
        "A ne",
        "Fish",
    ]


def test_bracketed_source_dates_are_not_the_bulletin_date() -> None:
    undated = parse_page("numbered_issue_undated.txt")
    assert undated.date is None
    assert [(n.code, n.location) for n in undated.notes] == [("no-date", "line 2")]
    assert undated.title == "Talks on Water Sharing Stall"
    bulletin = parse_page("numbered_issue_undated.txt", date=D(2020, 5, 22))
    assert bulletin.date == D(2020, 5, 22)
    assert bulletin.title == "Talks on Water Sharing Stall"
    assert bulletin.series is not None
    assert bulletin.series.name == "Caucasus Monitor"
    dated = parse_page("numbered_issue_dated.txt")
    assert dated.lead is not None
    assert dated.lead.endswith("[Example Agency, 14 May 2020].")


def test_analysis_without_date_is_noted_and_the_caller_can_date_it() -> None:
    undated = parse_page("analysis_undated.txt")
    assert undated.date is None
    (note,) = undated.notes
    assert (note.code, note.location) == ("no-date", "line 1")
    assert note.expected is not None
    assert "date=" in note.expected
    bulletin = parse_page("analysis_undated.txt", date=D(2023, 3, 1))
    assert bulletin.title == "Energy Security After the Winter Crisis"
    assert bulletin.date == D(2023, 3, 1)
    assert all("Anna Example" not in part for part in bulletin.parts)
    assert "Storage levels fell to a record low in February.[1]" in bulletin.parts
    assert bulletin.parts[-1] == "[2] Example Ministry of Energy, press release."


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("listing_inline.txt", 2),
        ("listing_blocks.txt", 7),
        ("listing_archive_doubled_titles.txt", 10),
        ("listing_tag_single_item.txt", 5),
        ("listing_dated_teasers.txt", 6),
    ],
)
def test_listing_pages_are_refused(name: str, line: int) -> None:
    with pytest.raises(ParseError, match="listing page") as caught:
        parse_page(name)
    assert caught.value.code == "listing-page"
    assert caught.value.line == line
    assert caught.value.expected is not None
    assert "one bulletin" in caught.value.expected


def test_license_continued_on_a_line_without_cue_and_a_donate_button() -> None:
    bulletin = parse_page("wi_crawler_variants.txt")
    assert bulletin.appeal == ("If our analyses help your work, please consider supporting them.")
    assert bulletin.license is not None
    assert bulletin.license.text.endswith(
        "origin is credited. Images may not be used without permission."
    )
    assert bulletin.paragraphs == ("The line will carry coal and grain.",)
    wrapped = parse_page("label_after_date.txt").license
    assert wrapped is not None
    assert wrapped.text == (
        "All texts (except images) published by the Warsaw Institute Foundation "
        "may be disseminated on condition that their origin is stated."
    )


@pytest.mark.parametrize(
    "name", ["wi_blurb_blank_lines.txt", "wi_label_single_newlines.txt", "label_after_date.txt"]
)
def test_both_warsaw_license_variants_mean_the_same(name: str) -> None:
    notice = parse_page(name).license
    assert notice is not None
    assert notice.holder == "Warsaw Institute Foundation"
    assert notice.permits("distribute", "text")
    assert not notice.permits("use", "image")


def test_creative_commons_footer() -> None:
    notice = parse_page("cc_license.txt").license
    assert notice is not None
    assert notice.spdx == "CC-BY-4.0"
    assert notice.permits("distribute", "text")


def test_ambiguous_labelled_date_is_noted_and_caller_date_fixes_it() -> None:
    # "Written on 04/05/2018": 4 May or 5 April, and the page has no other date
    undated = parse_page("monthly_unread_date.txt")
    assert undated.date is None
    assert [(n.code, n.location) for n in undated.notes] == [("ambiguous-date", "line 4")]
    bulletin = parse_page("monthly_unread_date.txt", date=D(2018, 4, 23))
    assert bulletin.title == "russia monitor monthly march 2018"
    assert bulletin.parts == (
        "This monthly summary contains:",
        "Putin Among Allies",
        "Gas Threatened by Rivals",
    )
    assert bulletin.photo_credits == ("Photo source:",)
    assert bulletin.license is not None
