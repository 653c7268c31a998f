"""Which date patterns are worth running on a text: the cue words and digits it holds.

Every match of a date pattern holds certain words or digits: a month name next to a day
number, a unit word ("week") after a direction word ("last"), a four-digit year. The
words of a pattern stand alone, with no ASCII letter either side (the patterns say so
with ``\\b``, ``\\s`` or ``(?<![A-Za-z])``), so they are whole *tokens*, maximal runs of
ASCII letters. :class:`Cues` splits a text into tokens once, looks them up in a table of
the cue words, and returns the *kinds* of cue present as a bit mask; a pattern is run
only when every kind it needs is there. A text without any cue needs no pattern at all.

Letter case: a kind of lower-case words matches a token in any case, as the patterns'
``(?i:...)`` groups do; a kind of exact forms ("May", "MAY") matches only those.
Python's case-insensitive matching also lets four non-ASCII letters stand for ASCII ones
(``İ ı`` for ``i``, ``ſ`` for ``s``, ``K`` (the Kelvin sign) for ``k``) where a
``[A-Za-z]`` boundary does not see them as letters; a text holding any of them gets
every kind, so every pattern runs on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["DIGIT", "YEAR", "Cues"]

DIGIT = "digit"
"""The kind of a text holding a digit (any Unicode decimal digit, as ``\\d``)."""
YEAR = "year"
"""The kind of a text holding four digits that can be a year (``[12]\\d{3}``)."""

_TOKEN = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"[12]\d{3}")
# The characters `re.IGNORECASE` equates with an ASCII letter that are not ASCII themselves.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


class Cues:
    """The cue-word table: which kinds of cue a text holds, as a bit mask.

    ``words`` maps a kind to lower-case words matched in any letter case; ``cased`` maps
    a kind to exact forms. The kinds ``digit`` and ``year`` are always known. A kind's
    bit is :meth:`mask` of its name.
    """

    def __init__(
        self, words: Mapping[str, Iterable[str]], cased: Mapping[str, Iterable[str]]
    ) -> None:
        kinds = [DIGIT, YEAR, *words, *(kind for kind in cased if kind not in words)]
        self._bits = {kind: 1 << index for index, kind in enumerate(kinds)}
        self.everything = (1 << len(kinds)) - 1
        self._words: dict[str, int] = {}
        self._cased: dict[str, int] = {}
        for table, source, fold in ((self._words, words, True), (self._cased, cased, False)):
            for kind, members in source.items():
                for word in members:
                    key = word.lower() if fold else word
                    table[key] = table.get(key, 0) | self._bits[kind]
        self._word_keys = frozenset(self._words)
        self._cased_keys = frozenset(self._cased)

    def mask(self, *kinds: str) -> int:
        """The bits of the named kinds (a KeyError for an unknown kind)."""
        bits = 0
        for kind in kinds:
            bits |= self._bits[kind]
        return bits

    def present(self, text: str) -> int:
        """The kinds of cue ``text`` holds; :attr:`everything` when it cannot tell."""
        if not text.isascii() and _FOLDS_TO_ASCII.search(text) is not None:
            return self.everything
        found = 0
        if _DIGIT.search(text) is not None:
            found = self._bits[DIGIT]
            if _YEAR.search(text) is not None:
                found |= self._bits[YEAR]
        tokens = set(_TOKEN.findall(text))
        if not tokens:
            return found
        for token in tokens & self._cased_keys:
            found |= self._cased[token]
        for word in set(map(str.lower, tokens)) & self._word_keys:
            found |= self._words[word]
        return found
