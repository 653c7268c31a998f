"""When and where each date pattern is tried: the cues it needs and where it can start.

:func:`plan` gathers, for the patterns of :mod:`bulletinkit.parse.dates._patterns`, the
cue-word table (:class:`~bulletinkit.parse.dates._cues.Cues`), where the matches of the
costlier patterns can start (:class:`~bulletinkit.parse.dates._starts.Starts`), and a
probe some patterns need to find first. Each entry states something every match of its
pattern already meets, so the matches found are exactly those of a search through the
whole text; ``tests/parse/test_dates_cues.py`` checks that on text made of the calendar
words. The words below are those the patterns spell out.
"""

from __future__ import annotations

import functools
import re

import attrs

from bulletinkit.parse.dates._cues import Cues
from bulletinkit.parse.dates._lexicon import (
    full_month_names,
    full_weekday_names,
    month_numbers,
    weekday_numbers,
)
from bulletinkit.parse.dates._patterns import Patterns, patterns
from bulletinkit.parse.dates._starts import Starts

__all__ = ["Plan", "plan"]

# The words `prep` and `part` put before a lone month or year ("in", "end of", "mid-"),
# and those "last week" can have before its unit ("the end of last", "early next").
_PREPOSITIONS = (
    "in since until till by during from before after through throughout between early mid "
    "late the year end beginning start middle turn half quarter part course of summer winter "
    "spring autumn fall"
)
_PREPOSITION_WORDS = frozenset(_PREPOSITIONS.split())
_BEFORE_UNIT = "early mid late the end beginning start middle of last this next coming"
_ANCHOR_UNIT_WORDS = frozenset(_BEFORE_UNIT.split())
_DIRECTIONS = frozenset({"last", "this", "next"})
_PART_WORDS = ("early", "mid", "late")


@attrs.frozen(kw_only=True)
class Plan:
    """The cue table, the start rules and the probes of the date patterns."""

    cues: Cues
    starts: dict[re.Pattern[str], Starts]
    requires: dict[re.Pattern[str], re.Pattern[str]]


def _reversed_words(words: list[str]) -> str:
    return "|".join(re.escape(w[::-1]) for w in sorted(set(words), key=len, reverse=True))


def _backward(p: Patterns) -> dict[str, re.Pattern[str]]:
    """Patterns read backwards from a year, whose ``start_*`` groups end where a loose
    month shape ("Sept. last year", "mid-May 2020", "Jan-March 2020") can start."""
    month = f"\\.?(?P<start_month>{_reversed_words([f.lower() for f in p.cased_month_forms])})"
    part = f"(?:[-\\s]+(?P<start_part>{_reversed_words(list(_PART_WORDS))}))?"
    year = r"\d{3}[12]"
    directions = _reversed_words(list(_DIRECTIONS))
    return {
        "shift": re.compile(f"(?i)raey\\s+(?:{directions})\\s+(?:fo\\s+)?{month}{part}"),
        "year": re.compile(f"(?i){year}\\s+(?:fo\\s+)?,?{month}{part}"),
        "dash": re.compile(
            f"(?i){year}\\s+,?{month}\\s*[-–—‐‑]\\s*\\.?(?P<start_first>"
            f"{_reversed_words([f.lower() for f in p.cased_month_forms])})"
        ),
    }


@functools.cache
def plan() -> Plan:
    """The plan for :func:`~bulletinkit.parse.dates._patterns.patterns`, built once."""
    p = patterns()
    months = frozenset(month_numbers())
    weekdays = frozenset(weekday_numbers())
    month_names = frozenset(name.lower() for name in full_month_names())
    weekday_names = frozenset(name.lower() for name in full_weekday_names())
    units = frozenset(f"{u}{s}" for u in ("day", "week", "month", "year") for s in ("", "s"))
    backward = _backward(p)
    at_month, at_day, at_the = (
        Starts(tokens=months),
        Starts(days=True),
        Starts(tokens=frozenset({"the"})),
    )
    starts = {
        p.month_day: Starts(tokens=months | weekdays),
        p.range_mdd: at_month,
        p.range_mdmd: at_month,
        p.day_month: Starts(tokens=weekdays, day_words=frozenset({"the"}), days=True),
        p.range_ddm: at_day,
        p.range_dmdm: at_day,
        p.weekday: Starts(
            tokens=weekday_names, after_direction=weekday_names, directions=_DIRECTIONS
        ),
        p.month_near: Starts(after_direction=month_names, directions=_DIRECTIONS),
        # the words of `prep` and `part` before the month: "in May", "end of mid-May"
        p.month_bare: Starts(after_words=month_names, words_back=3, back_words=_PREPOSITION_WORDS),
        # `prep` before a year: "in 2019", "the year 2019", "end of the 1990s"
        p.year: Starts(after_year=True, words_back=2, back_words=_PREPOSITION_WORDS),
        p.year_range: Starts(after_year=True, words_back=2, back_words=_PREPOSITION_WORDS),
        p.decade: Starts(after_year=True, words_back=3, back_words=_PREPOSITION_WORDS),
        p.month_shift: Starts(backward=backward["shift"], backward_from=frozenset({"year"})),
        p.month_year: Starts(backward=backward["year"], backward_from_years=True),
        p.month_range_dash: Starts(backward=backward["dash"], backward_from_years=True),
        p.month_range: Starts(tokens=frozenset({"from", "between"})),
        p.anchor_unit: Starts(after_words=units, words_back=4, back_words=_ANCHOR_UNIT_WORDS),
        p.reference_count: Starts(after_words=units),
        p.reference_unit: at_the,
        p.reference_before: at_the,
        p.reference_that: Starts(tokens=frozenset({"that", "the"})),
        p.anchor_within: Starts(tokens=frozenset({"earlier", "later"})),
    }
    # Every match of the loose month shape holds a capitalised month name or abbreviation
    # (a name holds its abbreviation): a text without one needs none of these patterns.
    forms = set(p.cased_month_forms)
    stems = [f for f in forms if not any(g != f and g in f for g in forms)]
    cased_month = re.compile("|".join(sorted(stems)))
    requires = {
        p.month_year: cased_month,
        p.month_shift: cased_month,
        p.month_range: cased_month,
        p.month_range_dash: cased_month,
    }
    cues = Cues(
        {
            "month": months,
            "unit": units,
            "year_word": ["year"],
            "near": ["last", "this", "next", "coming"],
            "within": ["earlier", "later"],
            "ago": ["ago"],
            "day_word": ["yesterday", "today", "tomorrow"],
            "weekend": ["weekend"],
            "eve": ["eve"],
            "following": ["following", "next", "previous", "preceding", "same"],
            "before_after": ["before", "after"],
            "counted": ["before", "after", "earlier", "later", "prior", "ahead"],
            "same_day": ["that", "same"],
            "from_between": ["from", "between"],
        },
        cased={
            "month_cased": [name for name in p.cased_month_forms if name.lower() in month_names],
            "weekday_cased": [f for n in full_weekday_names() for f in (n, n.upper())],
        },
        inner={"between": ["between"]},
        tokens=frozenset().union(*(rule.words for rule in starts.values())),
    )
    return Plan(cues=cues, starts=starts, requires=requires)
