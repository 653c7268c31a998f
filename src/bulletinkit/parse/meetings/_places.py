"""The place a meeting cue names: "in Paris", "at the White House", "visited Beijing"."""

from __future__ import annotations

import functools
import re

from bulletinkit.parse.meetings._lexicon import lexicon
from bulletinkit.parse.text import lexicon as actor_lexicon

__all__ = ["find_place"]

_EVENT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:summit|meeting|talks|forum|conference|session|council|format)\b",
    re.IGNORECASE,
)
_CONNECTORS = frozenset({"de", "of", "am", "la", "del"})

_CAP = r"(?-i:[A-Z])[\w'’.-]*"
_NAME = (
    rf"{_CAP}(?:\s+(?:{_CAP}|(?:de|of|am|la|del)(?=\s+(?-i:[A-Z]))))*"
    r"(?:\s+(?-i:embassy|consulate|residence|palace|headquarters|mission|airport|base))?"
)


@functools.cache
def _pattern() -> re.Pattern[str]:
    preps = sorted(lexicon().place_prepositions, key=len, reverse=True)
    joined = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in preps)
    return re.compile(
        rf"\b(?:{joined})\s+(?:the\s+)?(?P<name>{_NAME})",
        re.IGNORECASE,
    )


def find_place(
    text: str, left: int, right: int, blocked: list[tuple[int, int]]
) -> tuple[str, int, int] | None:
    """The first place phrase between ``left`` and ``right``: (name, start, end).

    ``blocked`` spans (people's names, date phrases) cannot be places. Months,
    weekdays and other capitalised words of ``not_places`` are skipped.
    """
    lex = lexicon()
    for match in _pattern().finditer(text, left, right):
        start, end = match.span("name")
        words = match.group("name").rstrip(".").split()
        if words[0] in lex.not_places:
            continue
        kept = [words[0]]
        for word in words[1:]:
            if word in lex.not_places:
                break
            kept.append(word)
        while kept[-1] in _CONNECTORS:
            kept.pop()
        name = " ".join(kept)
        end = start + len(name)
        if len(kept) == 1 and name in actor_lexicon().demonyms:
            continue  # "at the French ...": a nationality, not a place
        if _EVENT_AFTER.match(text, end):
            continue  # "at the G20 summit in Buenos Aires": the place comes after
        if any(start < b_end and b_start < end for b_start, b_end in blocked):
            continue
        return name, start, end
    return None
