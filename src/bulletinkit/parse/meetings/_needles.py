"""Skip a regular-expression search, cheaply, when the text cannot hold a match.

Python's regex engine walks every position of the text it searches, and most of the
meeting reader's patterns fail everywhere in most sentences. :class:`Filtered` reads a
pattern's source on its first search (:func:`~bulletinkit.parse.text._anchors.anchors`, no
``re`` parse) for *needles*: literal strings (lowercased), one of which every match
holds ("format" for ``\\b([A-Z]\\w*\\s){1,3}format\\b``; "again",
"once more" or "another" for ``\\b(?:again|once more|another)\\b``). A search first asks
``str.find`` (fast, in C) whether any needle lies in the searched stretch of the lowered
sentence; when none does, the pattern cannot match there and is not run. The answer is
always the pattern's own: the needles only rule out stretches with no match.

The lowered text must line up with the text character for character, and a character
that a case-insensitive pattern matches must lower to the needle's character. Both hold
except for a few characters (``İ`` lowers to two characters; the regex engine matches
``ı`` and ``ſ`` to ``i`` and ``s``, the Kelvin sign to ``k``); :func:`lowered` (the
shared :func:`bulletinkit.parse.text._gated.fold`) gives ``None`` for a text that holds one,
and then every search runs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from bulletinkit.parse.text import anchors, fold, guarded, has_twin

__all__ = ["Filtered", "lowered"]

# Needle sets with more strings than this cost more to test than a search of a short
# stretch they spare.
_MOST = 4
# A pattern with more ``|`` than this many times the needles allowed is not read for them.
_ALTERNATIVES_PER_NEEDLE = 8

lowered = fold
"""``text.lower()`` when it lines up with ``text`` for needle tests and twins, else
``None`` (the shared :func:`bulletinkit.parse.text._gated.fold`)."""


class Filtered:
    """A pattern, the needles one of which each of its matches holds, and, for a
    case-insensitive pattern with no capitals, its case-sensitive twin.

    ``search``, ``match`` and ``finditer`` take the text, its :func:`lowered` form (or
    ``None``) and the usual ``pos``/``endpos``, and answer as the pattern does; with the
    lowered text, a twin reads it instead (case-insensitive matching is several times
    slower in Python's engine), and its matches' groups hold lowered text: read only
    their offsets, or lower what the original pattern's groups would give.

    The pattern is given as its source and flags (compiled with
    :func:`~bulletinkit.parse.text._guard.guarded` unless ``guard`` is false) or compiled.
    Nothing is read or compiled before the first search, and a pattern with a twin is
    compiled only for a text that has no lowered form.
    """

    __slots__ = ("_flags", "_guard", "_most", "_needles", "_pattern", "_ready", "_source", "_twin")

    def __init__(
        self,
        source: str | re.Pattern[str],
        flags: int = 0,
        most: int = _MOST,
        *,
        guard: bool = True,
    ) -> None:
        self._pattern: re.Pattern[str] | None = None
        if isinstance(source, re.Pattern):
            self._pattern = source
            self._source, self._flags = source.pattern, source.flags
        else:
            self._source, self._flags = source, flags
        self._most = most
        self._guard = guard
        self._needles: tuple[str, ...] | None = None
        self._twin: re.Pattern[str] | None = None
        self._ready = False

    def _compile(self, flags: int) -> re.Pattern[str]:
        if self._guard:
            return guarded(self._source, flags)
        return re.compile(self._source, flags)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern."""
        if self._pattern is None:
            self._pattern = self._compile(self._flags)
        return self._pattern

    def _prepare(self) -> None:
        # A pattern of many alternatives has many needles: not worth reading it for them.
        many = self._source.count("|") > _ALTERNATIVES_PER_NEEDLE * self._most
        found = None if many else anchors(self._source, self._flags)
        if found is not None and len(found[0]) <= self._most:
            self._needles = tuple(sorted(found[0]))
        if has_twin(self._source, self._flags):
            self._twin = self._compile(self._flags & ~re.IGNORECASE)
        self._ready = True

    @property
    def needles(self) -> tuple[str, ...] | None:
        """Lower-case strings one of which each match holds (``None``: not tested)."""
        if not self._ready:
            self._prepare()
        return self._needles

    @property
    def twin(self) -> re.Pattern[str] | None:
        """The case-sensitive twin for lowered text, if any."""
        if not self._ready:
            self._prepare()
        return self._twin

    def search(
        self, text: str, low: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``."""
        if low is None:
            return (self._pattern or self.pattern).search(text, pos, endpos)
        if not self._ready:
            self._prepare()
        needles = self._needles
        if needles is not None:
            find = low.find
            for needle in needles:
                if find(needle, pos, endpos) >= 0:
                    break
            else:
                return None
        twin = self._twin
        if twin is None:
            return (self._pattern or self.pattern).search(text, pos, endpos)
        return twin.search(low, pos, endpos)

    def match(
        self, text: str, low: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """``pattern.match(text, pos, endpos)``."""
        if low is None:
            return (self._pattern or self.pattern).match(text, pos, endpos)
        if not self._ready:
            self._prepare()
        needles = self._needles
        if needles is not None:
            find = low.find
            for needle in needles:
                if find(needle, pos, endpos) >= 0:
                    break
            else:
                return None
        twin = self._twin
        if twin is None:
            return (self._pattern or self.pattern).match(text, pos, endpos)
        return twin.match(low, pos, endpos)

    def finditer(
        self, text: str, low: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``."""
        if low is None:
            return (self._pattern or self.pattern).finditer(text, pos, endpos)
        if not self._ready:
            self._prepare()
        needles = self._needles
        if needles is not None:
            find = low.find
            for needle in needles:
                if find(needle, pos, endpos) >= 0:
                    break
            else:
                return iter(())
        twin = self._twin
        if twin is None:
            return (self._pattern or self.pattern).finditer(text, pos, endpos)
        return twin.finditer(low, pos, endpos)

    def search_in(self, text: str, low: str | None, start: int, stop: int) -> re.Match[str] | None:
        """``pattern.search(text[start:stop])``: the stretch read as a text of its own."""
        if low is None:
            return (self._pattern or self.pattern).search(text[start:stop])
        if not self._ready:
            self._prepare()
        needles = self._needles
        if needles is not None:
            find = low.find
            for needle in needles:
                if find(needle, start, stop) >= 0:
                    break
            else:
                return None
        twin = self._twin
        if twin is None:
            return (self._pattern or self.pattern).search(text[start:stop])
        return twin.search(low[start:stop])
