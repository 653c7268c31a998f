"""Find date phrases in a text and say what each means, without resolving them."""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from collections.abc import Callable

from bulletinkit.errors import ParseError
from bulletinkit.parse._dates_lexicon import month_numbers, number_words, weekday_numbers
from bulletinkit.parse._dates_meaning import (
    AnchorShift,
    CalendarDate,
    CalendarRange,
    DateExpression,
    DateMeaning,
    ReferenceShift,
    Unit,
)
from bulletinkit.parse._dates_patterns import patterns

__all__ = ["find_date_expressions", "valid_calendar_date"]

_MAX_TAIL_WORDS = 12
_DIRECTION = {
    "last": -1,
    "previous": -1,
    "preceding": -1,
    "before": -1,
    "earlier": -1,
    "prior to": -1,
    "this": 0,
    "same": 0,
    "next": 1,
    "coming": 1,
    "the coming": 1,
    "past": -1,
    "over the": -1,
    "during the": -1,
    "following": 1,
    "after": 1,
    "later": 1,
}
_TAKES_TAIL = frozenset({"before", "after", "prior to"})
_WORD = re.compile(r"\S+")

Builder = Callable[[re.Match[str]], DateMeaning | None]


def valid_calendar_date(value: CalendarDate) -> bool:
    """Whether the named fields can be a real date (29 February only in some years)."""
    if value.year is not None and not 1 <= value.year <= 9999:
        return False
    if value.month is None:
        return value.day is None
    if not 1 <= value.month <= 12:
        return False
    if value.day is None:
        return True
    last = calendar.monthrange(value.year if value.year is not None else 2000, value.month)[1]
    return 1 <= value.day <= last


def _month(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    return month_numbers().get(text.lower().rstrip("."))


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)


def _weekday(text: str | None) -> int | None:
    return None if text is None else weekday_numbers().get(text.lower().rstrip("."))


def _direction(match: re.Match[str]) -> int:
    return _DIRECTION[" ".join(match.group("dir").lower().split())]


def _unit(match: re.Match[str]) -> Unit:
    return Unit(match.group("unit").lower())


def _count(text: str) -> int:
    return int(text) if text.isdigit() else number_words()[text.lower()]


def _calendar(match: re.Match[str]) -> DateMeaning | None:
    groups = match.groupdict()
    value = CalendarDate(
        year=_int(groups.get("y")),
        month=_month(groups.get("m")),
        day=_int(groups.get("d")),
        weekday=_weekday(groups.get("wd")),
    )
    return value if valid_calendar_date(value) else None


def _day_first(match: re.Match[str]) -> DateMeaning | None:
    first, second = int(match.group("a")), int(match.group("b"))
    if second > 12 >= first:  # 11/19/2021, 11.19.2021: only month first can be right
        day, month = second, first
    elif match.group("s") == "/" and first <= 12 and second <= 12 and first != second:
        # 03/04/2020 is 3 April in Europe and 4 March in the USA: a guess would be
        # silently wrong half the time, so the date is left unread.
        return None
    else:  # 19.11.2021, 19-11-2021, 19/11/2021: day first, as European publishers write
        day, month = first, second
    value = CalendarDate(year=int(match.group("y")), month=month, day=day)
    return value if valid_calendar_date(value) else None


def _range(match: re.Match[str]) -> DateMeaning | None:
    groups = match.groupdict()
    end = CalendarDate(
        year=_int(groups.get("y2")), month=_month(groups.get("m2")), day=_int(groups.get("d2"))
    )
    start = CalendarDate(
        year=_int(groups.get("y1")),
        month=_month(groups.get("m1")) or end.month,
        day=_int(groups.get("d1")),
    )
    if not (valid_calendar_date(start) and valid_calendar_date(end)):
        return None
    if (start.year, start.month) == (end.year, end.month) and (start.day or 0) >= (end.day or 0):
        return None
    return CalendarRange(start=start, end=end)


def _year_range(match: re.Match[str]) -> DateMeaning | None:
    first, last = int(match.group("y1")), int(match.group("y2"))
    if first >= last:
        return None
    return CalendarRange(start=CalendarDate(year=first), end=CalendarDate(year=last))


def _decade(match: re.Match[str]) -> DateMeaning | None:
    first = int(match.group("y"))
    return CalendarRange(start=CalendarDate(year=first), end=CalendarDate(year=first + 9))


def _month_near(match: re.Match[str]) -> DateMeaning | None:
    direction = _direction(match)
    held = None if direction == 0 else direction < 0
    return CalendarDate(month=_month(match.group("m")), held=held)


def _weekday_only(match: re.Match[str]) -> DateMeaning | None:
    direction = _direction(match) if match.group("dir") else 0
    held = None if direction == 0 else direction < 0
    return CalendarDate(weekday=_weekday(match.group("wd")), held=held)


def _month_shift(match: re.Match[str]) -> DateMeaning | None:
    return AnchorShift(unit=Unit.YEAR, amount=_direction(match), month=_month(match.group("m")))


def _anchor_unit(match: re.Match[str]) -> DateMeaning | None:
    return AnchorShift(unit=_unit(match), amount=_direction(match))


def _anchor_within(match: re.Match[str]) -> DateMeaning | None:
    return AnchorShift(unit=_unit(match), amount=0)


def _anchor_ago(match: re.Match[str]) -> DateMeaning | None:
    return AnchorShift(unit=_unit(match), amount=-_count(match.group("n")), counted=True)


def _anchor_weekend(match: re.Match[str]) -> DateMeaning | None:
    return AnchorShift(unit=Unit.WEEKEND, amount=-1 if _direction(match) < 0 else 1)


def _anchor_day(match: re.Match[str]) -> DateMeaning | None:
    amount = {"yesterday": -1, "today": 0, "tomorrow": 1}[match.group("w").lower()]
    return AnchorShift(unit=Unit.DAY, amount=amount, counted=True)


def _reference_unit(match: re.Match[str]) -> DateMeaning | None:
    return ReferenceShift(unit=_unit(match), amount=_direction(match), counted=False)


def _reference_count(match: re.Match[str]) -> DateMeaning | None:
    amount = _count(match.group("n")) * _direction(match)
    return ReferenceShift(unit=_unit(match), amount=amount, counted=True)


def _reference_eve(_match: re.Match[str]) -> DateMeaning | None:
    return ReferenceShift(unit=Unit.DAY, amount=-1)


def _reference_same(_match: re.Match[str]) -> DateMeaning | None:
    return ReferenceShift(unit=Unit.DAY, amount=0)


# What a pattern needs in the text before it is worth running: the kinds of cue
# (`Patterns.cues`) every one of its matches holds. A month next to a day number is
# read in any letter case; a month standing alone must be capitalised ("in May", never
# the verb "may"); "last week" holds a unit word and a direction word.
_DIGIT_MONTH = ("digit", "month")

_Entry = tuple[re.Pattern[str], Builder, bool]
_Table = tuple[tuple[re.Pattern[str], Builder, bool, int], ...]


@functools.cache
def _builders() -> _Table:
    p = patterns()
    table: list[tuple[re.Pattern[str], Builder, tuple[str, ...]]] = [
        (p.year_first, _calendar, ("year",)),
        (p.day_first, _day_first, ("year",)),
        (p.range_ddm, _range, _DIGIT_MONTH),
        (p.range_dmdm, _range, _DIGIT_MONTH),
        (p.between_ddm, _range, _DIGIT_MONTH),
        (p.between_mdd, _range, _DIGIT_MONTH),
        (p.range_mdd, _range, _DIGIT_MONTH),
        (p.range_mdmd, _range, _DIGIT_MONTH),
        (p.day_month, _calendar, _DIGIT_MONTH),
        (p.month_day, _calendar, _DIGIT_MONTH),
        (p.month_year, _calendar, ("year",)),
        (p.month_shift, _month_shift, ("unit", "near")),
        (p.month_bare, _calendar, ("month_cased",)),
        (p.month_near, _month_near, ("month_cased",)),
        (p.year, _calendar, ("year",)),
        (p.year_range, _year_range, ("year",)),
        (p.decade, _decade, ("year",)),
        (p.weekday, _weekday_only, ("weekday_cased",)),
        (p.anchor_unit, _anchor_unit, ("unit", "near")),
        (p.anchor_within, _anchor_within, ("unit", "within", "near")),
        (p.anchor_ago, _anchor_ago, ("unit", "ago")),
        (p.anchor_day, _anchor_day, ("day_word",)),
        (p.anchor_weekend, _anchor_weekend, ("weekend",)),
        (p.month_range, _range, ("from_between",)),
        (p.month_range_dash, _range, ("year",)),
        (p.reference_unit, _reference_unit, ("unit", "following")),
        (p.reference_before, _reference_unit, ("unit", "before_after")),
        (p.reference_count, _reference_count, ("unit", "counted")),
        (p.reference_eve, _reference_eve, ("eve",)),
        (p.reference_that, _reference_same, ("unit", "same_day")),
    ]
    return tuple(
        (pattern, build, "core" in pattern.groupindex, p.cues.mask(*needs))
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
_chosen: dict[tuple[bool, int], tuple[_Entry, ...]] = {}


def _choose(full_dates_only: bool, present: int) -> tuple[_Entry, ...]:
    table = _full_date_builders() if full_dates_only else _builders()
    chosen = tuple(
        (pattern, build, has_core)
        for pattern, build, has_core, needs in table
        if needs & present == needs
    )
    _chosen[full_dates_only, present] = chosen
    return chosen


def _candidates(text: str, full_dates_only: bool) -> list[DateExpression]:
    present = patterns().cues.present(text)
    if not present:
        return []
    key = (full_dates_only, present)
    chosen = _chosen[key] if key in _chosen else _choose(full_dates_only, present)
    found: list[DateExpression] = []
    for pattern, build, has_core in chosen:
        for match in pattern.finditer(text):
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
            f"date phrases are read from text, not {type(text).__name__}", expected="a str"
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
