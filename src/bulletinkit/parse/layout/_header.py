"""Reading the head of a page: series, date, bylines, title (up to the first paragraph)."""

from __future__ import annotations

import attrs
import pendulum

from bulletinkit.parse.dates import is_ambiguous_date, parse_header_date
from bulletinkit.parse.layout import _lines
from bulletinkit.parse.layout._dateline import (
    date_line,
    is_date_token,
    strip_date_label,
    title_and_date,
)
from bulletinkit.parse.layout._lexicon import lexicon

_MAX_TITLE_WORDS = 30
_MAX_TITLE_CHARS = 250
_SENTENCE_ENDS = (".", "!", "…")
_MAX_LABEL_WORDS = 6
_MAX_WEAK_SERIES_WORDS = 4


@attrs.define(kw_only=True)
class Header:
    """What the head of a page said, and where the body starts."""

    series_name: str | None = None
    series_blurb: str | None = None
    date: pendulum.Date | None = None
    date_line: int | None = None
    title: str | None = None
    title_line: int | None = None
    bylines: list[str] = attrs.field(factory=list)
    unread_date_line: int | None = None
    """A labelled date line whose date could not be read."""
    ambiguous_date_line: int | None = None
    """The first head line holding a date such as 04/05/2018 (day and month order unknown)."""
    body_start: int = 0
    """Index (into the page's entries) of the first line after the head."""


def _looks_like_title(text: str) -> bool:
    if len(text) > _MAX_TITLE_CHARS or len(text.split()) > _MAX_TITLE_WORDS:
        return False
    # A title does not end like a sentence; an abbreviation ("Nov.") or a quoted title
    # may, so only a full stop after a lower-case word counts as a sentence end.
    if text.endswith(_SENTENCE_ENDS):
        words = text.rstrip(".!…").split()
        last = (words or [""])[-1]
        return (last[:1].isupper() and len(last) <= 4) or _title_case(words)
    return True


def _title_case(words: list[str]) -> bool:
    # "Putin Tightens Control over Regions." is a title despite its full stop: most of
    # its words are capitalised, which a sentence's are not.
    content = [w for w in words if len(w) > 3]
    capitalised = sum(1 for w in content if w[:1].isupper())
    return len(content) >= 2 and 4 * capitalised >= 3 * len(content)


def _unread_date(label: tuple[bool, str]) -> bool:
    # "Written on 04/23/2018", or "04/05/2018" alone on its line: a date, though unread
    labelled, rest = label
    if not labelled and "/" not in rest:
        return False
    tokens = rest.split()
    if not (0 < len(tokens) <= _MAX_LABEL_WORDS and all(map(is_date_token, tokens))):
        return False
    return labelled or is_ambiguous_date(rest)


def _same_words(one: str, other: str) -> bool:
    # Folding never makes a space, so texts with the same words start with the same
    # word: a cheap test that spares most lines the whole comparison.
    first, second = one.split(None, 1), other.split(None, 1)
    if first[:1] and second[:1] and first[0].casefold() != second[0].casefold():
        return False
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def _byline_date(text: str) -> pendulum.Date | None:
    for field in lexicon().separators.split(text):
        found = date_line(field, None)
        if found is not None:
            return found
    return parse_header_date(text)


def read_header(entries: list[tuple[int, str]]) -> Header:
    """Read the head of a page from its (line number, text) entries (blank text = blank line).

    Stops at the first line that is neither a series line, a date line, a byline, a
    title nor a repeat of the title: that line starts the body.
    """
    head = Header()
    index = -1
    while index + 1 < len(entries):
        index += 1
        number, text = entries[index]
        if not text:
            continue
        if head.ambiguous_date_line is None and "/" in text and is_ambiguous_date(text):
            head.ambiguous_date_line = number
        label = strip_date_label(text)
        if label == (True, ""):
            continue  # a "Date:" label alone on its line: the date follows
        found = date_line(text, head.series_name, label)
        if found is not None:
            # A date line wins over a date read from the title line.
            if head.date is None or head.date_line == head.title_line:
                head.date, head.date_line = found, number
            if head.series_name is None:
                # "Russia Monitor · 19 November 2021 · 4 min read" names the series too.
                head.series_name = next(
                    filter(None, map(_lines.series_field, lexicon().separators.split(text))),
                    None,
                )
            continue
        if _unread_date(label):
            # "Written on 04/23/2018": a labelled date the date reader does not know.
            head.unread_date_line = head.unread_date_line or number
            continue
        if _take_series(head, text, entries, index):
            if head.series_blurb is text:
                index = _finish_blurb(head, entries, index)
            continue
        if _lines.author_prefix(text) is not None:
            head.bylines.append(text)
            found = _byline_date(text)
            if found is not None and head.date is None:
                head.date, head.date_line = found, number
            continue
        if head.title is None:
            if not _looks_like_title(text):
                break
            # The title line is searched for a date only when the head has none yet.
            title, found = (text, None) if head.date is not None else title_and_date(text)
            head.title, head.title_line = title or text, number
            if found is not None:
                head.date, head.date_line = found, number
            continue
        if _same_words(text, head.title):
            # Reader apps repeat the title in capitals; keep the form not in capitals.
            if _lines.is_capitals(head.title):
                head.title = text
            continue
        break
    else:
        index = len(entries)
    if index < len(entries) and entries[index][0] == head.ambiguous_date_line:
        head.ambiguous_date_line = None  # the body's first line: not a header date
    head.body_start = index
    return head


def _finish_blurb(head: Header, entries: list[tuple[int, str]], index: int) -> int:
    # A blurb wrapped over lines continues until its sentence ends.
    blurb = head.series_blurb or ""
    last = index
    while not blurb.endswith(_SENTENCE_ENDS) and last + 1 < min(len(entries), index + 4):
        following = entries[last + 1][1]
        if not following or date_line(following, None) is not None:
            break
        blurb = f"{blurb} {following}"
        last += 1
    if blurb.endswith(_SENTENCE_ENDS):
        head.series_blurb = blurb
        return last
    return index


def _next_texts(entries: list[tuple[int, str]], index: int, count: int) -> list[str]:
    found: list[str] = []
    for _, text in entries[index + 1 :]:
        if text and strip_date_label(text) != (True, ""):
            found.append(text)
            if len(found) == count:
                break
    return found + [""] * (count - len(found))


def _take_series(head: Header, text: str, entries: list[tuple[int, str]], index: int) -> bool:
    if head.series_blurb is None:
        name = _lines.blurb_name(text)
        if name is not None:
            head.series_name, head.series_blurb = name, text
            return True
    if head.series_name is not None:
        return False
    # A label in capitals ending with a series word files the page wherever it stands
    # in the head ("RUSSIA MONITOR" before or after the date or the title).
    name = _lines.label_name(text)
    if name is None and head.title is None and head.date is None:
        name = _weak_label(text, entries, index)
    if name is None:
        return False
    head.series_name = name
    return True


def _weak_label(text: str, entries: list[tuple[int, str]], index: int) -> str | None:
    if text.split()[-1].strip("#.").isdigit():
        return _lines.series_field(text)  # a numbered issue: "Caucasus Monitor No. 1987"
    capitals = _lines.is_capitals(text)
    named = None if capitals else _lines.series_field(text)
    if not (capitals and len(text.split()) <= _MAX_LABEL_WORDS) and (
        named is None or len(text.split()) > _MAX_WEAK_SERIES_WORDS
    ):
        return None
    # "BELARUS" or "Russia Monitor" (a label a crawler did not put in capitals) is a
    # label only when a date line and then a title follow it; otherwise it is the title.
    following, then = _next_texts(entries, index, 2)
    if date_line(following, None) is None or not _looks_like_title(then):
        return None
    return named or _lines.name_from_capitals(text)
