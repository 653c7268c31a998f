"""What a meeting was about: the short noun phrases its report gives.

"Karis and Zelensky discussed further military aid and the reconstruction of Ukraine"
gives ``("military aid", "reconstruction of Ukraine")``; "talks on gas transit" gives
``("gas transit",)``. A topic list starts after a marker (``lexicon/meeting_topics.json``),
ends at a clause mark, a date, a person's name, a stop word ("said", "as", "with", ...) or a place
("in Sochi"), and is split at commas and "and". Deliberately shallow: no parser, short
phrases only, nothing kept that is longer than a few words.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

__all__ = ["after_cue_topics", "marker_spans", "marker_topics"]

_LIST_END = re.compile(r"[.;:!?()“”\"—–]|,\s+(?:[\w.'’-]+\s+){0,5}(?:said|says|added|reported)\b")
_PLACE = re.compile(r"\s+(?:in|at|near)\s+(?=[A-Z])")
_BETWEEN = re.compile(r"\b(between\s+[\w'’-]+)\s+and\s+", re.IGNORECASE)
_PREPOSITIONS = frozenset({"of", "for", "on", "in", "with", "between", "to", "from", "over", "and"})
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+")


def _words(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@functools.cache
def _lexicon() -> dict[str, Any]:
    path = resources.files("bulletinkit.parse").joinpath("lexicon/meeting_topics.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    return {
        "markers": re.compile(rf"\b(?:{_words(data['markers'])})\s+", flags),
        "after_cue": re.compile(
            rf"\s+(?:{_words(data['after_cue'])})\s+(?!(?:{_words(data['not_after_cue'])})\b)",
            flags,
        ),
        "anywhere": re.compile(rf"\b(?:{_words(data['after_cue_anywhere'])})\s+", flags),
        "stops": re.compile(rf"[\s,]+(?:{_words(data['stops'])})\b", flags),
        "determiners": re.compile(rf"^(?:(?:{_words(data['determiners'])})\s+)+", flags),
        "heads": re.compile(
            rf"(?:the\s+)?(?:{_words(data['heads'])})\s+(?:to|of|for)\s+"
            r"(?:\w+\s+(?=(?:the|a|an|their|its)\b))?",
            flags,
        ),
        # a marker holds one of these (its first word's first five letters): a sentence
        # with none of them is not searched
        "needles": tuple(sorted({m.split()[0][:5].lower() for m in data["markers"]})),
        "anywhere_needles": tuple(
            sorted({m.split()[0].lower() for m in data["after_cue_anywhere"]})
        ),
        "not_topics": frozenset(t.casefold() for t in data["not_topics"]),
        "max_words": int(data["max_words"]),
    }


def _items(text: str, start: int, stop: int, cuts: list[tuple[int, int]]) -> list[str]:
    lex = _lexicon()
    end = stop
    for cut in (_LIST_END.search(text, start, stop), lex["stops"].search(text, start, stop)):
        if cut is not None:
            end = min(end, cut.start())
    for date_start, _ in cuts:
        if start <= date_start < end:
            end = date_start
    places = list(_PLACE.finditer(text, start, end))
    if places and " and " not in text[places[-1].end() : end]:
        end = places[-1].start()  # "discussed trade in Berlin": the last words name a place
    head = lex["heads"].match(text, start, end)  # "the need to deescalate the tensions"
    if head is not None:
        start = head.end()
    stretch = _BETWEEN.sub(lambda m: m.group(1) + " \0 ", text[start:end])
    found = []
    for item in _ITEM_SPLIT.split(stretch):
        item = lex["determiners"].sub("", item.replace(" \0 ", " and ").strip(" ,'’"))
        words = item.split()
        while len(words) > lex["max_words"]:  # "preparations for the next session of ..."
            cut = [i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS]
            words = words[: cut[-1]] if cut else []
        while words and words[-1].lower() in _PREPOSITIONS:
            words.pop()  # "Afghanistan on" before "October 20"
        item = " ".join(words)
        if not words or item.casefold() in lex["not_topics"]:
            continue
        if item not in found:
            found.append(item)
    return found


def marker_topics(
    text: str,
    start: int,
    stop: int,
    cuts: list[tuple[int, int]],
    markers: tuple[tuple[int, int], ...] | None = None,
) -> list[str]:
    """The topics a marker ("discussed", "focused on") introduces in ``text[start:stop]``;
    ``cuts`` are the spans of date phrases and people's names in ``text`` (either ends a
    topic list)."""
    found: list[str] = []
    for at, end in marker_spans(text) if markers is None else markers:
        if start <= at and end <= stop:
            found.extend(t for t in _items(text, end, stop, cuts) if t not in found)
    return found


def marker_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` holds a topic marker (found once per sentence for all its cues)."""
    lex = _lexicon()
    low = text.lower()
    if not any(n in low for n in lex["needles"]):
        return ()
    return tuple(m.span() for m in lex["markers"].finditer(text))


def after_cue_topics(
    text: str, cue_end: int, stop: int, cuts: list[tuple[int, int]], *, noun: bool
) -> list[str]:
    """The topics of "talks on gas transit" (a preposition right after the meeting
    noun that ends at ``cue_end``, unless a date follows it: "talks on Monday") and of
    "spoke by phone on Sunday about the plant" (anywhere before ``stop``)."""
    lex = _lexicon()
    match = lex["after_cue"].match(text, cue_end, stop) if noun else None
    if match is None or any(s == match.end() for s, _ in cuts):
        low = text.lower()
        if not any(n in low for n in lex["anywhere_needles"]):
            return []
        match = lex["anywhere"].search(text, cue_end, stop)
    if match is None or any(s == match.end() for s, _ in cuts):
        return []
    return _items(text, match.end(), stop, cuts)
