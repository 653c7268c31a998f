"""Telling a listing, archive or tag page (many items) from a single bulletin."""

from __future__ import annotations

from bulletinkit.errors import ParseError
from bulletinkit.parse import _lines
from bulletinkit.parse._layout_lexicon import lexicon

_LABEL_REACH = 60
_MIN_ITEM_WORDS = 5
_MIN_INLINE_WORDS = 8
_EXCERPT_ENDS = ("...", "…")


def _date_item(text: str) -> bool:
    # "Date: 17 May 2019" or "RUSSIA MONITOR Date: 17 May 2019 <Title> <lead>...".
    cut = text.casefold().find("date:", 0, _LABEL_REACH)
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


def _excerpt_item(text: str) -> bool:
    # A tag page cuts each item's lead short: "RUSSIA MONITOR Date: ... Either by..."
    return text.endswith(_EXCERPT_ENDS) and len(text.split(None, 12)) > _MIN_INLINE_WORDS


def check_not_listing(entries: list[tuple[int, str]]) -> None:
    """Raise :class:`~bulletinkit.ParseError` when the page lists several items.

    A bulletin has one date line; a listing or tag page has one per item, often with
    the series label, the date, the title and a cut lead on a single line. Archive pages
    print each item's title twice (a link, then a heading) and no date at all.
    """
    dated: list[int] = []
    doubled: list[int] = []
    excerpts: list[int] = []
    previous = ""
    for number, text in entries:
        if not text:
            continue
        if _date_item(text):
            dated.append(number)
            if _excerpt_item(text):
                excerpts.append(number)
        if text == previous and " " in text:
            doubled.append(number)
        previous = text
    if len(dated) >= 2:
        _refuse(dated, "dated items", dated[1])
    if len(doubled) >= 2:
        _refuse(doubled, "items whose title is printed twice", doubled[1])
    if excerpts:
        _refuse(excerpts, "item excerpts cut short with '...'", excerpts[0])


def _refuse(lines: list[int], what: str, line: int) -> None:
    shown = ", ".join(str(n) for n in lines[:5]) + (", ..." if len(lines) > 5 else "")
    raise ParseError(
        f"this is a listing page, not one bulletin: {len(lines)} {what} (lines {shown})",
        line=line,
        expected="one bulletin per page (parse each item's own page)",
    )
