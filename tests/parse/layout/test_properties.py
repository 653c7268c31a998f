"""Laws of the layout reader: any text parses or fails cleanly, fast, and the same way."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit import Bulletin, ParseError, __version__, parse_text
from bulletinkit.errors import PARSE_NOTE_CODES

LINES = st.sampled_from(
    [
        "",
        "RUSSIA MONITOR",
        "Russia Monitor is a review of the most important events.",
        "Date: 19 November 2021",
        "November 19, 2021",
        "Macron, Putin Discuss Belarus Border Tensions",
        "MACRON, PUTIN DISCUSS BELARUS BORDER TENSIONS",
        "Russia and France have increased contacts between their top officials.",
        "4 minute read",
        "Advertisement",
        "SOURCE: KREMLIN.RU",
        "• A bullet item about talks.",
        "•",
        "- ",
        "Support Us",
        "All texts published by the Warsaw Institute Foundation may be disseminated.",
        "Article by: Jan Example – 14 Feb. 2019 – Example Review",
        "By: A, B, C.",
        "Weekly Digest, March 2-9, 2020",
    ]
)


def _outcome(text: str) -> Bulletin | ParseError:
    try:
        return parse_text(text)
    except ParseError as error:
        return error


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=12))
def test_any_text_parses_or_raises_parse_error(lines: list[str]) -> None:
    text = "\n".join(lines)
    outcome = _outcome(text)
    if isinstance(outcome, ParseError):
        assert outcome.line is None or 1 <= outcome.line <= len(text.splitlines()) + 1
        # only what is not a bulletin page is refused: never a page that lacks a date or
        # a title, never a page for one stray control character
        assert outcome.code in ("not-text", "listing-page"), outcome
        if outcome.code == "not-text":
            assert not text.strip() or "\x00" in text or _mostly_unprintable(text), outcome
        return
    bulletin = outcome
    assert isinstance(bulletin, Bulletin)
    assert parse_text(text) == bulletin
    for part in bulletin.parts:
        assert part.strip() == part
        assert part
    # what is missing is noted, once, with a line
    assert bulletin.provenance is not None
    assert bulletin.provenance.generator == f"bulletinkit {__version__}"
    codes = [note.code for note in bulletin.notes]
    assert set(codes) <= set(PARSE_NOTE_CODES)
    assert (bulletin.date is None) == (codes.count("no-date") + codes.count("ambiguous-date") == 1)
    assert (bulletin.title is None) == ("no-title" in codes)
    assert all(note.location.startswith("line ") for note in bulletin.notes)


def _mostly_unprintable(text: str) -> bool:
    unprintable = sum(
        1
        for c in text
        if (ord(c) < 32 and c not in "\t\n\r\v\f") or 127 <= ord(c) < 160 or c == "\ufffd"
    )
    return unprintable > 0.3 * len([c for c in text if c not in " \t\n\r"])


@settings(max_examples=50, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=12), st.sampled_from(["\r\n", "\r", "\n"]))
def test_line_endings_and_trailing_spaces_do_not_matter(lines: list[str], newline: str) -> None:
    plain = "\n".join(lines)
    messy = newline.join(line + "  " for line in lines)
    expected, got = _outcome(plain), _outcome(messy)
    if isinstance(expected, ParseError):
        assert isinstance(got, ParseError)
        assert str(got) == str(expected)
    else:
        assert got == expected


ADVERSARIAL_UNITS = ("a" * 50 + "-", " - " * 20, "Date: 1 May 2020 " + "x" * 30 + "\n", "1.1.\n")


def test_inputs_that_would_make_a_backtracking_pattern_blow_up_parse_or_fail_cleanly() -> None:
    # Long lines without spaces, long runs of separators and many short lines. No timing
    # here (the machines are shared): growth is measured by benchmarks/parse_profile.py;
    # a catastrophic pattern would make this test hang rather than pass.
    for unit in ADVERSARIAL_UNITS:
        outcome = _outcome("Date: 1 May 2020\n" + unit * 4000)
        # None of these pages has a title line, and one is a listing: each must say so
        # at line 2, where the title should have been.
        if isinstance(outcome, ParseError):
            assert outcome.code == "listing-page", unit
            assert outcome.line == 2, (unit, str(outcome))
        else:
            assert [(n.code, n.location) for n in outcome.notes] == [("no-title", "line 2")]
