"""The calendar vocabularies of the date reader, loaded from ``lexicon/*.tsv``.

Each file starts with ``#`` comment lines saying where its list comes from; the other
lines are tab-separated columns. The files are read once, on first use.
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = [
    "full_month_names",
    "full_weekday_names",
    "month_numbers",
    "number_words",
    "read_tsv",
    "weekday_name_words",
    "weekday_numbers",
]


def read_tsv(name: str) -> list[list[str]]:
    """The rows of ``lexicon/<name>``, comment and blank lines left out."""
    text = (
        resources.files("bulletinkit.parse").joinpath("lexicon").joinpath(name).read_text("utf-8")
    )
    rows: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _names(rows: list[list[str]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for row in rows:
        number = int(row[0])
        found[row[1].lower()] = number
        if len(row) > 2 and row[2]:
            for abbreviation in row[2].split(","):
                found[abbreviation.strip().lower()] = number
    return found


@functools.lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Lower-case month names and abbreviations (no dot) mapped to 1-12."""
    return _names(read_tsv("months.tsv"))


@functools.lru_cache(maxsize=1)
def full_month_names() -> tuple[str, ...]:
    """The twelve full month names, capitalised, January first."""
    return tuple(row[1] for row in read_tsv("months.tsv"))


@functools.lru_cache(maxsize=1)
def weekday_numbers() -> dict[str, int]:
    """Lower-case weekday names and abbreviations mapped to 0 (Monday) - 6 (Sunday)."""
    return _names(read_tsv("weekdays.tsv"))


@functools.lru_cache(maxsize=1)
def full_weekday_names() -> tuple[str, ...]:
    """The seven full weekday names, capitalised, Monday first."""
    return tuple(row[1] for row in read_tsv("weekdays.tsv"))


@functools.lru_cache(maxsize=1)
def weekday_name_words() -> tuple[str, ...]:
    """Words that make a weekday before them part of a name ("Sunday Times")."""
    return tuple(row[0] for row in read_tsv("weekday_name_words.tsv"))


@functools.lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """Lower-case cardinal number words ("three", "a") mapped to their values."""
    return {row[0].lower(): int(row[1]) for row in read_tsv("number_words.tsv")}
