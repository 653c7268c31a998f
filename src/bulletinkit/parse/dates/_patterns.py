"""The regular expressions that spot date phrases, built from the calendar lexicon.

Month names next to a day number match in any letter case ("19 NOVEMBER 2021");
a month standing alone or with only a year must be capitalised ("in May", never the
verb "may"). Every pattern may carry a ``core`` group: the phrase proper, without the
preposition that licensed it ("in" of "in 2019").
"""

from __future__ import annotations

import functools
import re

from bulletinkit.parse.dates._lexicon import (
    full_month_names,
    full_weekday_names,
    month_numbers,
    number_words,
    weekday_name_words,
    weekday_numbers,
)

__all__ = ["Patterns", "patterns"]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


def _cased(words: tuple[str, ...]) -> list[str]:
    return [form for word in words for form in (word, word.upper())]


class Patterns:
    """The compiled patterns, one attribute per phrase shape."""

    def __init__(self) -> None:
        fulls = [name.lower() for name in full_month_names()]
        abbreviations = [name for name in month_numbers() if name not in fulls]
        # A full name takes a dot only before a number ("May. 3"); an abbreviation always.
        month_any = (
            f"(?<![A-Za-z])(?i:(?:{_alternation(fulls)})(?:\\.(?=\\s*\\d))?"
            f"|(?:{_alternation(abbreviations)})\\.?)(?![A-Za-z])"
        )
        month_cased = f"(?<![A-Za-z])(?:{_alternation(_cased(full_month_names()))})(?![A-Za-z])"
        cased_abbr = [a.capitalize() for a in abbreviations] + [a.upper() for a in abbreviations]
        month_cased_any = f"(?:{month_cased}|(?:{_alternation(cased_abbr)})\\.?(?![A-Za-z]))"
        # the month names and abbreviations `month_cased_any` reads, as written
        self.cased_month_forms = tuple(sorted({*_cased(full_month_names()), *cased_abbr}))
        weekday_any = f"(?<![A-Za-z])(?i:{_alternation(list(weekday_numbers()))})\\.?(?![A-Za-z])"
        weekday_cased = f"(?<![A-Za-z])(?:{_alternation(_cased(full_weekday_names()))})(?![A-Za-z])"
        number = f"(?:{_alternation(list(number_words()))}|\\d{{1,3}})"

        def m(name: str, pattern: str = month_any) -> str:
            return f"(?P<{name}>{pattern})"

        def d(name: str) -> str:
            return f"(?P<{name}>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d)"

        def y(name: str) -> str:
            return f"(?P<{name}>[12]\\d{{3}})(?![\\d%]|s\\b)"

        dash = r"(?:\s*[-–—‐‑−]\s*|\s+(?i:to|until|till|through)\s+)"
        start = r"(?<![\w.,/-])"
        of = r"(?:\s+of)?"
        wday = f"(?:(?P<wd>{weekday_any}),?\\s+)?"
        part = r"(?:(?i:early|mid|late)[-\s]+)?"
        unit = r"(?P<unit>(?i:day|week|month|year))"
        prep = (
            r"(?i:\b(?:in|since|until|till|by|during|from|before|after|through|throughout"
            r"|between|early|mid|late|the\s+year"
            r"|(?:end|beginning|start|middle|turn|half|quarter|part|course)\s+of"
            r"|(?:summer|winter|spring|autumn|fall)(?:\s+of)?)[-\s]+)"
        )

        def c(pattern: str) -> re.Pattern[str]:
            return re.compile(pattern)

        # Numeric dates: "2021-11-19", "2021.11.19"; "19.11.2021", "19/11/2021", "11/19/2021".
        numeric_end = r"(?!\d|[-./]\d)"
        self.year_first = c(
            r"(?<![\d./-])(?P<y>[12]\d{3})(?P<s>[-./])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
            + numeric_end
        )
        self.day_first = c(
            r"(?<![\d./-])(?P<a>\d{1,2})(?P<s>[-./])(?P<b>\d{1,2})(?P=s)(?P<y>[12]\d{3})"
            + numeric_end
        )
        self.range_ddm = c(f"{start}{d('d1')}{dash}{d('d2')}{of}\\s+{m('m2')}(?:,?\\s+{y('y2')})?")
        self.range_dmdm = c(
            f"{start}{d('d1')}{of}\\s+{m('m1')}(?:,?\\s+{y('y1')})?"
            f"{dash}{d('d2')}{of}\\s+{m('m2')}(?:,?\\s+{y('y2')})?"
        )
        self.between_ddm = c(
            f"(?i:between)\\s+(?P<core>{d('d1')}\\s+(?i:and)\\s+{d('d2')}{of}\\s+{m('m2')}"
            f"(?:,?\\s+{y('y2')})?)"
        )
        self.between_mdd = c(
            f"(?i:between)\\s+(?P<core>{m('m2')}\\s+{d('d1')}\\s+(?i:and)\\s+{d('d2')}"
            f"(?:,?\\s+{y('y2')})?)"
        )
        self.range_mdd = c(f"{m('m2')}\\s+{d('d1')}{dash}{d('d2')}(?:,?\\s+{y('y2')})?")
        self.range_mdmd = c(
            f"{m('m1')}\\s+{d('d1')}(?:,?\\s+{y('y1')})?{dash}{m('m2')}\\s+{d('d2')}"
            f"(?:,?\\s+{y('y2')})?"
        )
        self.day_month = c(f"{wday}{start}(?i:the\\s+)?{d('d')}{of}\\s+{m('m')}(?:,?\\s+{y('y')})?")
        self.month_day = c(f"{wday}{m('m')}\\s+{d('d')}(?:,?\\s+{y('y')})?")
        self.month_year = c(f"{part}{m('m', month_cased_any)},?{of}\\s+{y('y')}")
        self.month_shift = c(
            f"{part}{m('m', month_cased_any)}\\s+(?i:of\\s+)?"
            r"(?P<dir>(?i:last|this|next))\s+(?i:year)\b"
        )
        self.month_bare = c(f"{prep}(?P<core>{part}{m('m', month_cased)})")
        self.month_near = c(f"(?P<dir>(?i:last|this|next))\\s+{m('m', month_cased)}")
        self.year = c(f"{prep}(?P<core>{y('y')})(?!\\s*[-–—‐‑]\\s*\\d)")
        self.decade = c(f"{prep}(?:the\\s+)?(?P<core>(?P<y>[12]\\d{{2}}0)['’]?s)\\b")
        self.year_range = c(f"{prep}(?P<core>{y('y1')}\\s*[-–—‐‑]\\s*{y('y2')})")
        self.weekday = c(
            f"(?:(?P<dir>(?i:last|next|this))\\s+)?(?P<wd>{weekday_cased})(?!,?\\s+\\w+\\s+\\d)"
            f"(?!\\s+(?:{_alternation(list(weekday_name_words()))})\\b)"
        )
        self.anchor_unit = c(
            r"(?i:\b(?:(?:early|mid|late)[-\s]+|(?:the\s+)?(?:end|beginning|start|middle)"
            r"\s+of\s+)?(?P<dir>last|this|next|coming)\s+" + unit + r"\b)"
        )
        self.anchor_within = c(r"(?i:\b(?:earlier|later)\s+this\s+" + unit + r"\b)")
        self.anchor_ago = c(f"(?i:\\b(?P<n>{number})\\s+{unit}s?\\s+ago\\b)")
        self.anchor_weekend = c(
            r"(?i:\b(?P<dir>last|past|over\s+the|during\s+the|this|next|coming|the\s+coming)"
            r"\s+weekend\b)"
        )
        self.month_range = c(
            f"(?i:\\b(?:from|between))\\s+(?P<core>{m('m1', month_cased_any)}"
            f"(?:\\s+{y('y1')})?\\s+(?i:to|until|till|through|and)\\s+"
            f"{m('m2', month_cased_any)}(?:,?\\s+{y('y2')})?)"
        )
        self.month_range_dash = c(
            f"{m('m1', month_cased_any)}\\s*[-–—‐‑]\\s*{m('m2', month_cased_any)},?\\s+{y('y2')}"
        )
        self.anchor_day = c(r"(?i:\b(?P<w>yesterday|today|tomorrow)\b)")
        self.reference_unit = c(
            r"(?i:\bthe\s+(?P<dir>following|next|previous|preceding|same)\s+" + unit + r"\b)"
        )
        self.reference_before = c(r"(?i:\bthe\s+" + unit + r"\s+(?P<dir>before|after)\b)")
        self.reference_count = c(
            f"(?i:\\b(?P<n>{number})\\s+{unit}s?\\s+"
            r"(?P<dir>before|after|earlier|later|prior\s+to|ahead\s+of)\b)"
        )
        self.reference_eve = c(r"(?i:\b(?:on\s+)?the\s+eve\s+of\b)")
        self.reference_that = c(r"(?i:\b(?:that|the\s+same)\s+day\b)")
        self.tail = re.compile(
            r"[ \t]+(?P<rel>[^\W_][^,;:!?()\[\]\"“”\n]{0,150}?)"
            r"(?=[,;:!?()\[\]\"“”\n]|\.(?:\s+[A-Z\"“]|\s*$)|$)"
        )
        # A clause with no stop in reach: its first words, up to any full stop.
        self.long_tail = re.compile(r"[ \t]+(?P<rel>[^\W_][^,;:!?()\[\]\"“”\n.]{0,150})")
        self.date_label = re.compile(r"(?i)\b(?:date[d]?|published|posted|updated)\s*:")


@functools.lru_cache(maxsize=1)
def patterns() -> Patterns:
    """The compiled patterns, built once from the lexicon."""
    return Patterns()
