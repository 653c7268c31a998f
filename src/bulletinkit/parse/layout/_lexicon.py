"""The vocabularies the layout reader uses, loaded once from ``parse/lexicon/layout_*.tsv``.

Each data file starts with ``#`` lines saying where its entries come from; the other
lines are entries (tab-separated columns where a file has several).
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from importlib.abc import Traversable


@functools.lru_cache(maxsize=1)
def _folder() -> Traversable:
    # Looked up once: finding the package's files costs more than reading one of them.
    return resources.files("bulletinkit.parse").joinpath("lexicon")


def _rows(name: str) -> list[list[str]]:
    text = _folder().joinpath(name).read_text("utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


tsv_rows = _rows
"""The entry rows of a lexicon file (tab-separated columns), comments left out."""


def _words(name: str) -> tuple[str, ...]:
    return tuple(row[0].strip().casefold() for row in _rows(name))


@attrs.frozen(kw_only=True)
class LayoutLexicon:
    """Every vocabulary of the layout reader, compiled for matching."""

    chrome: re.Pattern[str]
    appeal_headings: frozenset[str]
    series_words: frozenset[str]
    blurb_nouns: frozenset[str]
    credit_start: re.Pattern[str]
    license_cues: tuple[str, ...]
    author_prefixes: tuple[str, ...]
    longest_author_prefix: int
    label_case: dict[str, str]
    series_publishers: dict[str, str]
    holder_publishers: tuple[tuple[str, str], ...]
    date_labels: re.Pattern[str]
    separators: re.Pattern[str]
    calendar_words: frozenset[str]
    time_words: frozenset[str]
    date_label_kinds: dict[str, str]
    """What the date after each label is: ``published``, ``updated`` or ``event``."""
    site_words: frozenset[str]
    site_starts: frozenset[str]
    sections: frozenset[str]
    ui_words: frozenset[str]
    title_lower: frozenset[str]
    tail_end: re.Pattern[str]
    tail_list: re.Pattern[str]
    tail_last: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def lexicon() -> LayoutLexicon:
    """The layout vocabularies (read from the package data once per process)."""
    chrome = "|".join(f"(?:{row[0].strip()})" for row in _rows("layout_chrome.tsv"))
    separators = "|".join(re.escape(row[0].strip()) for row in _rows("layout_separators.tsv"))
    publishers = _rows("layout_publishers.tsv")
    # Longest names first, so "Warsaw Institute Foundation" wins over "Warsaw Institute".
    holders = sorted(
        ((row[1].casefold(), row[2]) for row in publishers if row[0] == "holder"),
        key=lambda pair: -len(pair[0]),
    )
    authors = _words("layout_author_prefixes.tsv")
    return LayoutLexicon(
        chrome=re.compile(rf"(?:{chrome})[.!]?", re.IGNORECASE),
        appeal_headings=frozenset(_words("layout_appeal_headings.tsv")),
        series_words=frozenset(_words("layout_series_words.tsv")),
        blurb_nouns=frozenset(_words("layout_blurb_nouns.tsv")),
        credit_start=_starts(_words("layout_credit_prefixes.tsv")),
        license_cues=_words("layout_license_cues.tsv"),
        # Longest first so "article by:" is tried before "by".
        author_prefixes=tuple(sorted(authors, key=len, reverse=True)),
        longest_author_prefix=max(map(len, authors), default=0),
        label_case={row[0].strip(): row[1].strip() for row in _rows("layout_label_case.tsv")},
        series_publishers={row[1].casefold(): row[2] for row in publishers if row[0] == "series"},
        holder_publishers=tuple(holders),
        date_labels=_starts(_words("layout_date_labels.tsv")),
        separators=re.compile(rf"\s+(?:{separators})\s+"),
        calendar_words=_calendar_words(),
        time_words=frozenset(_words("layout_time_words.tsv")),
        date_label_kinds={
            row[0].strip().casefold(): row[1].strip() for row in _rows("layout_date_labels.tsv")
        },
        site_words=frozenset(_words("layout_site_words.tsv")),
        site_starts=frozenset(
            row[0].strip().casefold()
            for row in _rows("layout_site_words.tsv")
            if len(row) > 1 and row[1].strip() == "of"
        ),
        sections=frozenset(_words("layout_sections.tsv")),
        ui_words=frozenset(_words("layout_ui_words.tsv")),
        title_lower=frozenset(_words("layout_title_lower.tsv")),
        tail_end=_whole(_rows("layout_tails.tsv"), "end"),
        tail_list=_whole(_rows("layout_tails.tsv"), "list"),
        tail_last=_whole(_rows("layout_tails.tsv"), "last"),
    )


def _whole(rows: list[list[str]], kind: str) -> re.Pattern[str]:
    entries = "|".join(f"(?:{row[0].strip()})" for row in rows if row[1].strip() == kind)
    return re.compile(rf"(?:{entries})[.!]?", re.IGNORECASE)


def _starts(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    # One alternation, longest first, so a single C-level match tries every prefix.
    ordered = sorted(prefixes, key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in ordered), re.IGNORECASE)


def _calendar_words() -> frozenset[str]:
    # The month and weekday files belong to the date resolver (parse/dates.py); the
    # layout reads them too, to tell a date ("19 November 2021") from a title.
    words: set[str] = set()
    for name in ("months.tsv", "weekdays.tsv"):
        for row in _rows(name):
            words.add(row[1].strip().casefold())
            if len(row) > 2:
                words.update(a.strip().casefold() for a in row[2].split(",") if a.strip())
    return frozenset(words)
