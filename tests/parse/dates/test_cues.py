"""The date finder's pre-filter: it never skips a pattern, or a place, where a match is.

`find_date_expressions` runs a pattern only when the text holds every kind of cue word
its matches hold, and tries some patterns only where their matches can start. These
laws say both short-cuts are safe, on text made of the calendar words themselves.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit.parse.dates._find import _builders
from bulletinkit.parse.dates._lexicon import (
    full_month_names,
    full_weekday_names,
    month_numbers,
    number_words,
    weekday_numbers,
)
from bulletinkit.parse.dates._plan import plan

_PATTERN_WORDS = [
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "from",
    "before",
    "after",
    "through",
    "throughout",
    "between",
    "early",
    "mid",
    "late",
    "the",
    "year",
    "end",
    "of",
    "beginning",
    "start",
    "middle",
    "turn",
    "half",
    "quarter",
    "part",
    "course",
    "summer",
    "fall",
    "last",
    "this",
    "next",
    "coming",
    "past",
    "over",
    "weekend",
    "earlier",
    "later",
    "ago",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "years",
    "yesterday",
    "today",
    "tomorrow",
    "following",
    "previous",
    "preceding",
    "same",
    "prior",
    "to",
    "that",
    "eve",
    "on",
    "and",
    "until",
    "Times",
    "atlast",
    "annext",
]


def _words() -> list[str]:
    words = [*month_numbers(), *weekday_numbers(), *number_words(), *_PATTERN_WORDS]
    words += list(full_month_names()) + list(full_weekday_names())
    return words


_WORD = st.sampled_from(_words()).flatmap(
    lambda w: st.sampled_from([w, w.lower(), w.upper(), w.capitalize()])
)
_NUMBER = st.sampled_from(["1", "5", "09", "12", "15", "31", "2021", "1999", "2020", "203"])
_GLUE = st.sampled_from(
    [" ", "  ", "\n", "\u00a0", "-", " - ", "–", ", ", ".", ". ", "/", "'s ", "s ", "th ", ""]
)
_ODD = st.sampled_from(["\u212a", "\u017f", "\u0131", "\u0130", "é", "_", "x", "K"])
# One phrase of each shape the patterns read, for the generated text to build around.
PHRASES = [
    "2021-11-19",
    "19.11.2021",
    "9-10 October",
    "30 September-2 October 2021",
    "between 9 and 10 May",
    "between May 9 and 10",
    "March 2-9, 2020",
    "Aug. 28-Sept. 4, 2021",
    "Saturday, 14 March",
    "the 5th of May",
    "Sunday, March 14",
    "November 2019",
    "May last year",
    "September of next year",
    "in May",
    "mid-June",
    "at the end of late May",
    "this Sunday",
    "next April",
    "Sept. last year",
    "early May last year",
    "mid-May 2020",
    "Late JUNE, 2020",
    "Jan.-March 2020",
    "May - Sept., 2019",
    "Sept. of 2019",
    "XJan this year",
    "from Jan. to MAR 2020",
    "FEB-APRIL 2021",
    "the  7 May",
    "the year 2019",
    "at the end of the 1980s",
    "mid-2019",
    "summer of 2014-2015",
    "over the coming week",
    "in fall of March",
    "by the turn of May",
    "during half of June",
    "last March",
    "in 2019",
    "from 2014-2016",
    "in the 1990s",
    "last Monday",
    "on Friday",
    "last week",
    "the end of this month",
    "earlier this year",
    "later this month",
    "two days ago",
    "yesterday",
    "this weekend",
    "from March to May 2020",
    "January-March 2020",
    "the following day",
    "the day before",
    "three weeks after",
    "on the eve of",
    "that day",
    "the same day",
    "prior to",
]

_PHRASES = st.sampled_from(PHRASES)
_PIECE = st.one_of(_PHRASES, _PHRASES, _WORD, _WORD, _NUMBER, _ODD)
_SEPARATOR = st.one_of(st.just(" "), st.just(" "), _GLUE)
TEXTS = st.lists(st.tuples(_PIECE, _SEPARATOR).map("".join), max_size=10).map("".join)


def _skipped_patterns_do_not_match(text: str) -> None:
    scan = plan().cues.scan(text)
    for pattern, _build, _core, _starts, probe, needs in _builders():
        if needs & scan.kinds != needs or (probe is not None and not scan.finds(probe)):
            assert pattern.search(text) is None, pattern.pattern[:60]


def _matches_start_where_tried(text: str) -> None:
    scan = plan().cues.scan(text)
    if not scan.exact:
        return
    for pattern, _build, _core, starts, _probe, _needs in _builders():
        if starts is None:
            continue
        tried = set(starts.positions(scan))
        for position in range(len(text) + 1):
            if pattern.match(text, position) is not None:
                assert position in tried, (pattern.pattern[:60], position)


_CONTEXTS = ["", "x ", "On ", "the ", "last ", "K ", "3 ", "ſ", "late "]
_ENDS = ["", ".", " 2021", ", 2020", "s", " ago", " of"]


def test_every_phrase_in_every_context_keeps_both_laws() -> None:
    for phrase in PHRASES:
        for before in _CONTEXTS:
            for after in _ENDS:
                for text in (before + phrase + after, (before + phrase + after).upper()):
                    _skipped_patterns_do_not_match(text)
                    _matches_start_where_tried(text)


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_a_pattern_skipped_for_want_of_cues_has_no_match(text: str) -> None:
    _skipped_patterns_do_not_match(text)


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_a_match_starts_only_where_its_pattern_is_tried(text: str) -> None:
    _matches_start_where_tried(text)
