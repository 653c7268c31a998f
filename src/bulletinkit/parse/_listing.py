"""Telling a listing or tag page (many dated items) from a single bulletin."""

from __future__ import annotations

from bulletinkit.errors import ParseError
from bulletinkit.parse import _lines
from bulletinkit.parse._layout_lexicon import lexicon

_LABEL_REACH = 60
_MIN_ITEM_WORDS = 5


def _is_item(text: str) -> bool:
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
            return len(words) - count >= _MIN_ITEM_WORDS and _lines.is_capitals(
                " ".join(words[:count])
            )
    return False


def check_not_listing(entries: list[tuple[int, str]]) -> None:
    """Raise :class:`~bulletinkit.ParseError` when the page lists several dated items.

    A bulletin has one date line; a listing or tag page has one per item, often with
    the series label, the date, the title and the lead on a single line.
    """
    items = [number for number, text in entries if text and _is_item(text)]
    if len(items) < 2:
        return
    shown = ", ".join(str(n) for n in items[:5]) + (", ..." if len(items) > 5 else "")
    raise ParseError(
        f"this is a listing page, not one bulletin: {len(items)} dated items (lines {shown})",
        line=items[1],
        expected="one bulletin per page (parse each item's own page)",
    )
