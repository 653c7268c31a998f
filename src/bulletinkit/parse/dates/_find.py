"""Find date phrases in a text and say what each means, without resolving them."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

from bulletinkit.errors import NOT_TEXT, ParseError
from bulletinkit.parse.dates._build import (
    Builder,
    build_anchor_ago,
    build_anchor_day,
    build_anchor_unit,
    build_anchor_weekend,
    build_anchor_within,
    build_calendar,
    build_day_first,
    build_decade,
    build_month_near,
    build_month_shift,
    build_range,
    build_reference_count,
    build_reference_eve,
    build_reference_same,
    build_reference_unit,
    build_weekday_only,
    build_year_range,
    valid_calendar_date,
)
from bulletinkit.parse.dates._meaning import DateExpression, ReferenceShift
from bulletinkit.parse.dates._patterns import patterns
from bulletinkit.parse.dates._plan import plan
from bulletinkit.parse.dates._starts import Starts

__all__ = ["find_date_expressions", "valid_calendar_date"]

_MAX_TAIL_WORDS = 12
_TAKES_TAIL = frozenset({"before", "after", "prior to", "ahead of"})
_WORD = re.compile(r"\S+")
# Below this many characters, searching a pattern through the text costs less than
# working out where its matches can start.
_ANCHOR_FROM = 40

Match = re.Match[str]


# What a pattern needs in the text before it is worth running: the kinds of cue
# (`plan().cues`) every one of its matches holds. A month next to a day number is
# read in any letter case; a month standing alone must be capitalised ("in May", never
# the verb "may"); "last week" holds a unit word and a direction word.
_DIGIT_MONTH = ("digit", "month")

# A pattern, its builder, whether it has a `core` group, where its matches start (None:
# anywhere) and the bits of the cue kinds it needs.
_Entry = tuple[re.Pattern[str], Builder, bool, Starts | None, re.Pattern[str] | None]
_Table = tuple[
    tuple[re.Pattern[str], Builder, bool, Starts | None, re.Pattern[str] | None, int], ...
]


@functools.cache
def _builders() -> _Table:
    p, rules = patterns(), plan()
    table: list[tuple[re.Pattern[str], Builder, tuple[str, ...]]] = [
        (p.year_first, build_calendar, ("year",)),
        (p.day_first, build_day_first, ("year",)),
        (p.range_ddm, build_range, _DIGIT_MONTH),
        (p.range_dmdm, build_range, _DIGIT_MONTH),
        (p.between_ddm, build_range, (*_DIGIT_MONTH, "between")),
        (p.between_mdd, build_range, (*_DIGIT_MONTH, "between")),
        (p.range_mdd, build_range, _DIGIT_MONTH),
        (p.range_mdmd, build_range, _DIGIT_MONTH),
        (p.day_month, build_calendar, _DIGIT_MONTH),
        (p.month_day, build_calendar, _DIGIT_MONTH),
        (p.month_year, build_calendar, ("year",)),
        (p.month_shift, build_month_shift, ("year_word", "near")),
        (p.month_bare, build_calendar, ("month_cased",)),
        (p.month_near, build_month_near, ("month_cased",)),
        (p.year, build_calendar, ("year",)),
        (p.year_range, build_year_range, ("year",)),
        (p.decade, build_decade, ("year",)),
        (p.weekday, build_weekday_only, ("weekday_cased",)),
        (p.anchor_unit, build_anchor_unit, ("unit", "near")),
        (p.anchor_within, build_anchor_within, ("unit", "within", "near")),
        (p.anchor_ago, build_anchor_ago, ("unit", "ago")),
        (p.anchor_day, build_anchor_day, ("day_word",)),
        (p.anchor_weekend, build_anchor_weekend, ("weekend",)),
        (p.month_range, build_range, ("from_between",)),
        (p.month_range_dash, build_range, ("year",)),
        (p.reference_unit, build_reference_unit, ("unit", "following")),
        (p.reference_before, build_reference_unit, ("unit", "before_after")),
        (p.reference_count, build_reference_count, ("unit", "counted")),
        (p.reference_eve, build_reference_eve, ("eve",)),
        (p.reference_that, build_reference_same, ("unit", "same_day")),
    ]
    return tuple(
        (
            pattern,
            build,
            "core" in pattern.groupindex,
            rules.starts.get(pattern),
            rules.requires.get(pattern),
            rules.cues.mask(*needs),
        )
        for pattern, build, needs in table
    )


def _takes_tail(match: re.Match[str]) -> bool:
    if "dir" in match.re.groupindex:
        return " ".join(match.group("dir").lower().split()) in _TAKES_TAIL
    return match.re is patterns().reference_eve


def _tail(text: str, position: int) -> tuple[str, tuple[int, int]] | None:
    found = patterns().tail.match(text, position) or patterns().long_tail.match(text, position)
    if found is None:
        return None
    start = found.start("rel")
    words = list(_WORD.finditer(found.group("rel")))[:_MAX_TAIL_WORDS]
    end = start + words[-1].end()
    return text[start:end], (start, end)


@functools.cache
def _full_date_builders() -> _Table:
    # The shapes that can state a complete date: all a header line needs.
    p = patterns()
    full = {p.year_first, p.day_first, p.day_month, p.month_day}
    full |= {p.range_ddm, p.range_dmdm, p.range_mdd, p.range_mdmd, p.between_ddm}
    full |= {p.between_mdd}
    return tuple(entry for entry in _builders() if entry[0] in full)


# The patterns to run for each set of cue kinds found (bit mask), per table: the choice
# depends only on the mask, so it is made once per mask.
_chosen: dict[bool, dict[int, tuple[_Entry, ...]]] = {False: {}, True: {}}


def _choose(full_dates_only: bool, present: int) -> tuple[_Entry, ...]:
    table = _full_date_builders() if full_dates_only else _builders()
    chosen = tuple(
        (pattern, build, has_core, starts, probe)
        for pattern, build, has_core, starts, probe, needs in table
        if needs & present == needs
    )
    _chosen[full_dates_only][present] = chosen
    return chosen


def _anchored(pattern: re.Pattern[str], text: str, positions: list[int]) -> list[Match]:
    """What ``pattern.finditer(text)`` gives when its matches can start only at ``positions``."""
    found: list[Match] = []
    end = 0
    for position in positions:
        if position >= end:
            match = pattern.match(text, position)
            if match is not None:
                end = match.end()
                found.append(match)
    return found


def _candidates(text: str, full_dates_only: bool) -> list[DateExpression]:
    scan = plan().cues.scan(text)
    kinds = scan.kinds
    if not kinds:
        return []
    known = _chosen[full_dates_only]
    chosen = known[kinds] if kinds in known else _choose(full_dates_only, kinds)
    found: list[DateExpression] = []
    exact = scan.exact and len(text) >= _ANCHOR_FROM
    for pattern, build, has_core, starts, probe in chosen:
        if probe is not None and not scan.finds(probe):
            continue
        if starts is None or not exact:
            matches: Iterable[Match] = pattern.finditer(text)
        else:
            positions = scan.starts(starts)
            if not positions:
                continue
            matches = _anchored(pattern, text, positions)
        for match in matches:
            meaning = build(match)
            if meaning is None:
                continue
            start, end = match.span("core") if has_core else match.span()
            tail = None
            if isinstance(meaning, ReferenceShift) and _takes_tail(match):
                tail = _tail(text, end)
            found.append(
                DateExpression(
                    start=start,
                    end=end,
                    phrase=text[start:end],
                    meaning=meaning,
                    relative_to=None if tail is None else tail[0],
                    relative_span=None if tail is None else tail[1],
                )
            )
    return found


def find_date_expressions(text: str, *, full_dates_only: bool = False) -> list[DateExpression]:
    """Every date phrase in ``text``, in reading order, none overlapping another.

    Where phrases overlap, the longest wins ("Saturday, March 14" over "March 14",
    "September last year" over "September"). Nothing is resolved here: see
    :func:`bulletinkit.parse.dates.resolve`. ``full_dates_only=True`` looks only for
    phrases that can name a day with its year ("19 November 2021", "March 2-9, 2020"),
    which is faster. Raises :class:`~bulletinkit.ParseError` when ``text`` is not a
    ``str``.
    """
    if not isinstance(text, str):
        raise ParseError(
            f"date phrases are read from text, not {type(text).__name__}",
            expected="a str",
            code=NOT_TEXT,
        )
    found = _candidates(text, full_dates_only) if text else []
    if len(found) < 2:
        return found
    starts: list[int] = []  # of the phrases kept so far, sorted, with their ends alongside
    chosen: list[DateExpression] = []
    ordered = sorted(found, key=lambda e: (-(e.end - e.start), e.start))
    for candidate in ordered:
        index = bisect.bisect_right(starts, candidate.start)
        if index > 0 and chosen[index - 1].end > candidate.start:
            continue
        if index < len(chosen) and chosen[index].start < candidate.end:
            continue
        starts.insert(index, candidate.start)
        chosen.insert(index, candidate)
    return chosen
