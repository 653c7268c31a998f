"""Gated searches: a pattern searched only where its literal anchors occur.

Python's ``re`` tries every position of a text when a pattern starts with ``\\b`` or is
case-insensitive, so a licence notice searched with a few dozen phrase patterns costs
far more than the phrases it holds. :class:`Gated` wraps a pattern with its anchors
(:func:`~._anchors.anchors`): when none occurs in the lower-cased text the search is
skipped, and when every match must start with one, the search starts at the first. The
result is always that of the plain search.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator

from bulletinkit.parse.text._anchors import anchors

__all__ = ["Gated", "fold", "has_twin", "loose_twin"]

# Characters that ``re.IGNORECASE`` matches with an ASCII letter although their
# ``lower()`` is not that letter (dotted and dotless i, long s, the Kelvin sign): a text
# holding one is always searched in full.
_FOLD_UNSAFE = re.compile("[\u0130\u0131\u017f\u212a]")


def fold(text: str) -> str | None:
    """``text`` lower-cased for :meth:`Gated.search`, or ``None`` to search in full."""
    if not text.isascii() and _FOLD_UNSAFE.search(text) is not None:
        return None
    return text.lower()


def _literals(strings: frozenset[str]) -> re.Pattern[str] | None:
    if not strings:
        return None
    ordered = sorted(strings, key=lambda s: (-len(s), s))
    return re.compile("|".join(map(re.escape, ordered)))


# What may keep a case-insensitive pattern from reading a lowered text case-sensitively:
# an escape (group 1), an inline flag (2), a character class (3), a cased or non-ASCII
# character (4). ``(?P`` opens a named group.
_TOKENS = re.compile(
    r"\\(.)|\(\?P|\(\?([aiLmsux-])|\[(\^?\]?(?:\\.|[^\\\]])*)\]|([A-Z]|[^\x00-\x7f])", re.DOTALL
)
# A range in a class: "[!-_]" holds capitals though it writes none.
_RANGE = re.compile(r"(\\.|[^\\])-([^\\\]])", re.DOTALL)
# Escapes that are no character, or a character with no case.
_CASELESS_ESCAPES = frozenset("bBdDsSwWAZnrtfv")
# Characters the regex engine matches case-insensitively to others beyond their case
# pairs ("ς" to "σ", "ı" to "i").
try:
    _EXTRA = frozenset(
        chr(c)
        for code, more in importlib.import_module("re._casefix")._EXTRA_CASES.items()
        for c in (code, *more)
    )
except ImportError:  # pragma: no cover - Python 3.10: the same table, in sre_compile
    _EXTRA = frozenset(
        chr(c) for codes in importlib.import_module("sre_compile")._equivalences for c in codes
    )


def _plain(char: str) -> bool:
    # Its own lower case, and no partner of another character under IGNORECASE but its
    # upper case. (ASCII "i", "s" and "k" are partners of "ı", "ſ" and "K", which fold()
    # turns away.)
    return char.lower() == char and (char.isascii() or char not in _EXTRA)


def _plain_source(source: str) -> bool:
    for token in _TOKENS.finditer(source):
        escaped, flag, members, char = token.group(1, 2, 3, 4)
        if escaped is not None:
            if escaped.isalnum() and escaped not in _CASELESS_ESCAPES:
                return False
        elif flag is not None:
            return False
        elif members is not None:
            if not _plain_source(members.replace("[", "")):
                return False
            for low, high in _RANGE.findall(members):
                span = range(ord(low), ord(high) + 1)
                if len(low) > 1 or not 0 < len(span) <= 0x100:
                    return False
                if not all(_plain(chr(code)) for code in span):
                    return False
        elif char is not None and not _plain(char):
            return False
    return True


def has_twin(source: str, flags: int) -> bool:
    """Whether the pattern ``source`` (case-insensitive) finds in the :func:`fold` of a
    text, read case-sensitively, the very spans it finds in the text.

    Told from the source alone (no parse): true for a pattern with no capital, no
    cased non-ASCII character, no inline flag and no escape but those of character
    classes and punctuation. lower() keeps every other character's length and its class
    (\\w, \\s, \\d), and fold() turns away the few characters that IGNORECASE ties to
    an ASCII letter. Without IGNORECASE the engine runs two to three times faster.
    """
    if not flags & re.IGNORECASE or flags & re.VERBOSE:
        return False
    return _plain_source(source)


def loose_twin(source: str, flags: int) -> str | None:
    """``source`` with ``(?-i:[A-Z])`` (a capital) read as any small letter, when it then
    has a twin (:func:`has_twin`): that twin finds a match wherever the pattern does,
    and maybe elsewhere too: a quick test to confirm with the pattern itself."""
    loose = source.replace("(?-i:[A-Z])", "[a-z]")
    return loose if has_twin(loose, flags) else None


class Gated:
    """A pattern searched only where one of its anchors occurs.

    Every method takes the text and its :func:`fold` and answers exactly as the
    pattern's own method on the text would: a text holding none of the anchors is not
    searched, and a search starts at the first string a match can start with.
    :meth:`locate` and :meth:`starts`, which give places only, search the text's fold
    with the pattern's case-sensitive twin when it has one. Everything is compiled on first use,
    so that patterns a process never needs cost it nothing.
    """

    __slots__ = ("_compiled", "_flags", "_gate", "_heads", "_ready", "_source", "_twin")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._twin: re.Pattern[str] | None = None
        self._gate: re.Pattern[str] | None = None
        self._heads: re.Pattern[str] | None = None
        self._ready = False

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def _prepare(self) -> None:
        found = anchors(self._source, self._flags)
        if found is not None:
            gate, heads = found
            self._heads = _literals(heads)
            # A text without any string a match starts with has no match either: the
            # heads gate the search too, unless the anchors are longer (rarer) strings.
            if not heads or min(map(len, gate)) > min(map(len, heads)):
                self._gate = _literals(gate)
        if has_twin(self._source, self._flags):
            self._twin = re.compile(self._source, self._flags & ~re.IGNORECASE)
        self._ready = True

    def _start(self, folded: str) -> int:
        # Where a match can start at the earliest in a folded text; -1 when nowhere.
        if not self._ready:
            self._prepare()
        if self._gate is not None and self._gate.search(folded) is None:
            return -1
        if self._heads is None:
            return 0
        found = self._heads.search(folded)
        return -1 if found is None else found.start()

    def search(self, text: str, folded: str | None) -> re.Match[str] | None:
        """``pattern.search(text)``."""
        if folded is None:
            return self.pattern.search(text)
        start = self._start(folded)
        return None if start < 0 else self.pattern.search(text, start)

    def finditer(self, text: str, folded: str | None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``."""
        if folded is None:
            return self.pattern.finditer(text)
        start = self._start(folded)
        return iter(()) if start < 0 else self.pattern.finditer(text, start)

    def locate(self, text: str, folded: str | None) -> tuple[int, int] | None:
        """``pattern.search(text).span()``, or ``None`` when there is no match."""
        if folded is None:
            found = self.pattern.search(text)
        else:
            start = self._start(folded)
            if start < 0:
                return None
            twin = self._twin
            found = self.pattern.search(text, start) if twin is None else twin.search(folded, start)
        return None if found is None else found.span()

    def starts(self, text: str, folded: str | None) -> list[int]:
        """Where each match of ``pattern.finditer(text)`` starts."""
        if folded is None:
            return [found.start() for found in self.pattern.finditer(text)]
        start = self._start(folded)
        if start < 0:
            return []
        twin = self._twin
        if twin is None:
            return [found.start() for found in self.pattern.finditer(text, start)]
        return [found.start() for found in twin.finditer(folded, start)]
