"""Telling a listing, archive or tag page (many items) from a single bulletin."""

from __future__ import annotations

from bulletinkit.errors import LISTING_PAGE, ParseError
from bulletinkit.parse.layout import _lines
from bulletinkit.parse.layout._dateline import is_date_token
from bulletinkit.parse.layout._lexicon import lexicon
from bulletinkit.parse.layout._title import looks_like_title

_LABEL_REACH = 60
_MIN_ITEM_WORDS = 5
_MIN_INLINE_WORDS = 8
_EXCERPT_ENDS = ("...", "…")
_DATE_TOKENS = 4
_YEAR_DIGITS = 4


def _date_item(text: str) -> bool:
    # "Date: 17 May 2019" or "RUSSIA MONITOR Date: 17 May 2019 <Title> <lead>...".
    # Case folding never shortens a text: the fold of the head is the head of the fold.
    cut = text[:_LABEL_REACH].casefold().find("date:", 0, _LABEL_REACH)
    if cut > 0 and not text[cut - 1].isspace():
        cut = -1  # "UPDATED:" is not a "Date:" label
    if cut >= 0:
        before = text[:cut].strip()
        return not before or _lines.is_capitals(before)
    # "RUSSIA MONITOR 17 May 2019 <Title> <lead>...": a label, then the item on one line.
    if not text[:1].isupper() or text[1:2].islower():
        return False
    words = text.split(None, 6 + _MIN_ITEM_WORDS)
    series_words = lexicon().series_words
    for count, word in enumerate(words[:6], start=1):
        if not _lines.is_capitals(word):
            return False
        if word.strip(".:").casefold() in series_words:
            return len(words) - count >= _MIN_ITEM_WORDS
    return False


def _date_led(text: str) -> tuple[bool, bool]:
    """Whether the line starts with a full date, and whether more words follow it."""
    head = text[:1]
    if not head.isdigit():
        cut = text.find(" ")
        first = text[:cut] if cut >= 0 else text
        if first.strip(".,").casefold() not in lexicon().calendar_words:
            return False, False
    tokens = text.split(None, _DATE_TOKENS + 2)
    for size in range(1, _DATE_TOKENS + 1):
        taken = tokens[:size]
        if len(taken) < size or not is_date_token(taken[-1]):
            return False, False
        # A year alone ("2021 was ...") is not a date; with a day or month it is.
        pieces = taken[0].replace("-", ".").replace("/", ".").strip(".,").split(".")
        if (size > 1 or len(pieces) == 3) and any(_is_year(t) for t in taken):
            return True, len(tokens) > size
    return False, False


def _is_year(token: str) -> bool:
    pieces = token.replace("-", ".").replace("/", ".").strip(".,").split(".")
    return any(len(p) == _YEAR_DIGITS and p.isdigit() for p in pieces)


def _excerpt_item(text: str) -> bool:
    # A tag page cuts each item's lead short: "RUSSIA MONITOR Date: ... Either by..."
    return text.endswith(_EXCERPT_ENDS) and len(text.split(None, 12)) > _MIN_INLINE_WORDS


def check_not_listing(entries: list[tuple[int, str]]) -> None:
    """Raise :class:`~bulletinkit.ParseError` when the page lists several items.

    A bulletin has one date line; a listing or tag page has one per item, often with
    the series label, the date, the title and a cut lead on a single line. Archive pages
    print each item's title twice (a link, then a heading) and no date at all; a
    paragraph repeated (a crawler saving it twice) reads as a sentence, not a title, and
    does not count.
    """
    dated: list[int] = []
    doubled: list[int] = []
    excerpts: list[int] = []
    date_led: list[int] = []
    bare_dates: list[int] = []
    previous = ""
    for number, text in entries:
        if not text:
            continue
        if _date_item(text):
            dated.append(number)
            if _excerpt_item(text):
                excerpts.append(number)
        else:
            led, more = _date_led(text)
            if led:
                (date_led if more else bare_dates).append(number)
        if text == previous and " " in text and looks_like_title(text):
            doubled.append(number)
        previous = text
    if len(dated) >= 2:
        _refuse(dated, "dated items", dated[1])
    if len(doubled) >= 2:
        _refuse(doubled, "items whose title is printed twice", doubled[1])
    if len(date_led) >= 2:
        _refuse(date_led, "items that start with their date", date_led[1])
    # One page may state its date twice ("19.04.2022", then "Updated: ..."); not thrice.
    if len(bare_dates) >= 3:
        _refuse(bare_dates, "date lines", bare_dates[2])
    if excerpts:
        _refuse(excerpts, "item excerpts cut short with '...'", excerpts[0])


def _refuse(lines: list[int], what: str, line: int) -> None:
    shown = ", ".join(str(n) for n in lines[:5]) + (", ..." if len(lines) > 5 else "")
    raise ParseError(
        f"this is a listing page, not one bulletin: {len(lines)} {what} (lines {shown})",
        line=line,
        expected="one bulletin per page (parse each item's own page)",
        code=LISTING_PAGE,
    )
