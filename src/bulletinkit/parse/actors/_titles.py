"""Title phrases: "Deputy Foreign Minister", "Minister of Foreign Affairs", "ex-president".

Matched case-insensitively against ``titles.tsv`` and ``ministries.tsv``, longest first,
stopping as soon as the words read are no prefix of any known title.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from bulletinkit.parse.actors._token import Token
from bulletinkit.parse.text import Lexicon, TitleEntry, lexicon

__all__ = ["TitleHit", "strip_lead", "title_hit"]

_LEADS = frozenset({"ex", "then", "former"})


@attrs.define(slots=True)
class TitleHit:
    """A title phrase over tokens ``start`` to ``end``: "Deputy Foreign Minister"."""

    start: int
    end: int
    title: str | None
    entry: TitleEntry
    plural: bool
    counterpart: bool = False
    keyword: str = ""


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def strip_lead(lower: str) -> tuple[str, str]:
    """Split "ex-president" into ("ex", "president"); "army-general" reads "army general"."""
    head, _, rest = lower.partition("-")
    if rest and head in _LEADS:
        return head, rest
    if rest and lower.replace("-", " ") in lexicon().titles:
        return "", lower.replace("-", " ")
    return "", lower


def title_hit(lex: Lexicon, tokens: Sequence[Token], i: int) -> TitleHit | None:
    """The longest title phrase starting at token ``i``."""
    sent = tokens[i].sent
    words: list[str] = []
    best: _Meaning | None = None
    phrase = ""
    extendable = _extendable_titles()
    lower = tokens[i].lower
    lead, first = strip_lead(lower) if "-" in lower else ("", lower)
    best_end = i
    for j in range(i, min(len(tokens), i + lex.max_title_words)):
        tok = tokens[j]
        if tok.sent != sent:
            break
        word = first if j == i else tok.lower
        phrase = word if j == i else f"{phrase} {word}"
        if phrase not in lex.title_prefixes:
            break
        words.append(word)
        key = tuple(words)
        found = _PHRASES.get(key, _ABSENT)
        if found is _ABSENT:
            found = _title_meaning(lex, words)
            if len(_PHRASES) >= _PHRASES_SIZE:
                _PHRASES.clear()
            _PHRASES[key] = found
        if found is not None:
            best = found
            best_end = j + 1
        if tok.possessive or phrase not in extendable:
            break  # (no longer title starts with the phrase and a space)
    if best is None:
        return None
    title, entry, plural, counterpart, keyword = best
    if lead == "ex" and title is not None:
        title = f"Former {title}"
    return TitleHit(i, best_end, title, entry, plural, counterpart, keyword)


@functools.cache
def _extendable_titles() -> frozenset[str]:
    """The title prefixes a longer one continues (with a space and a word)."""
    prefixes = lexicon().title_prefixes
    return frozenset(p.rsplit(" ", 1)[0] for p in prefixes if " " in p)


# What a title phrase means: title, entry, plural, counterpart, keyword (see TitleHit).
_Meaning = tuple[str | None, TitleEntry, bool, bool, str]
_ABSENT: _Meaning = (None, TitleEntry(title=None, cls="", refers=frozenset()), False, False, "")
# Per-process memo of _title_meaning, a pure function of the words (bounded).
_PHRASES: dict[tuple[str, ...], _Meaning | None] = {}
_PHRASES_SIZE = 20_000


def _title_meaning(lex: Lexicon, words: list[str]) -> _Meaning | None:
    """What the title phrase ``words`` means, or ``None`` if it is no title."""
    hit = _title_phrase(lex, words, 0, 0)
    if hit is None:
        return None
    return (hit.title, hit.entry, hit.plural, hit.counterpart, hit.keyword)


def _title_phrase(lex: Lexicon, words: list[str], start: int, end: int) -> TitleHit | None:
    last = words[-1]
    plural = False
    if last in lex.cues["counterpart"] and len(words) == 1:
        marker = TitleEntry(title=None, cls="counterpart", refers=frozenset())
        return TitleHit(start, end, None, marker, last.endswith("s"), True, last)
    phrase = " ".join(words)
    entry: TitleEntry | None = lex.titles.get(phrase)
    if entry is None and last != _singular(last):
        entry = lex.titles.get(" ".join([*words[:-1], _singular(last)]))
        plural = entry is not None
    if entry is not None:
        return TitleHit(start, end, entry.title, entry, plural, keyword=phrase)
    # "Foreign Minister", "Minister of Foreign Affairs"
    head = _singular(last)
    if head == "minister" and len(words) > 1:
        portfolio = lex.ministries.get(" ".join(words[:-1]))
        if portfolio is not None:
            return _minister(portfolio, start, end, head != last)
    if words[0] in {"minister", "ministers"} and len(words) > 2 and words[1] in {"of", "for"}:
        rest = words[2:]
        if rest[0] == "the":
            rest = rest[1:]
        portfolio = lex.ministries.get(" ".join(rest))
        if portfolio is not None:
            return _minister(portfolio, start, end, words[0] != "minister")
    return None


def _minister(portfolio: tuple[str, str], start: int, end: int, plural: bool) -> TitleHit:
    title = f"{portfolio[0]} Minister"
    entry = TitleEntry(title=title, cls=portfolio[1], refers=frozenset({portfolio[1]}))
    return TitleHit(start, end, title, entry, plural, keyword=title.lower())
