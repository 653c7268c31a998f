"""Regular expressions tried only where the words their rules declare occur.

A rule states its gate in data, as HeidelTime's ``FAST_CHECK`` does: *needles*, lower-case
strings one of which every match of the rule holds ("negotiator" for
``\\bnegotiators?\\b``). Nothing is read out of the pattern's source: the needles are
written next to the pattern (in ``lexicon/*.json`` or where the pattern is defined),
and ``tests/parse/text/test_gates.py`` checks that each declared set is sound.

:class:`Gate` is one pattern with its needles; :class:`Choice` is a long alternation of
which only the alternatives whose needles occur are tried. Both read a text together
with its :func:`fold` (the lowered text, or ``None`` to search in full). The answer is
always the pattern's own: a needle test only rules out stretches with no match.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence

__all__ = ["Choice", "Gate", "fold"]

# Characters that ``re.IGNORECASE`` matches with an ASCII letter although their
# ``lower()`` is not that letter (dotted and dotless i, long s, the Kelvin sign), and
# "İ", whose ``lower()`` is two characters: a text holding one is searched in full.
_FOLD_UNSAFE = re.compile("[\u0130\u0131\u017f\u212a]")


def fold(text: str) -> str | None:
    """``text.lower()`` when it lines up with ``text`` character for character and a
    case-insensitive ASCII pattern finds in it what it finds in ``text``; else ``None``."""
    if not text.isascii() and _FOLD_UNSAFE.search(text) is not None:
        return None
    return text.lower()


# An escape, an inline flag, a character class, or any other character ("(?P<name>" is
# none of these).
_PIECES = re.compile(
    r"\(\?P<\w+>|\\(.)|\(\?([aiLmsux-])|\[(\^?\]?(?:\\.|[^\\\]])*)\]|(.)", re.DOTALL
)
_RANGE = re.compile(r"(\\.|[^\\])-(\\.|[^\\\]])", re.DOTALL)
_CASELESS_ESCAPES = frozenset("bBdDsSwWAZ")
_ACCENTED = frozenset("abcdefghjlmnopqrtuvwxyz")


def _caseless(char: str) -> bool:
    # Whether IGNORECASE ties ``char`` to nothing but its capital: ASCII but capitals,
    # punctuation and spaces, and small accented Latin letters ("ê") but those of i, k
    # and s, whose kin ("ı", "ſ", "ẛ") the engine ties to other letters.
    if char.isascii():
        return not char.isupper()
    if unicodedata.category(char)[0] in "PZ":
        return True
    return char.islower() and unicodedata.normalize("NFD", char)[0] in _ACCENTED


def has_twin(source: str) -> bool:
    """Whether ``source``, compiled case-sensitively and run on :func:`fold` of a text,
    finds the very spans that ``source`` compiled case-insensitively finds in the text.

    True for a source of small ASCII letters, punctuation and caseless escapes, with no
    inline flag and no character range but ``a-z``-like and digit ones: ``lower()`` keeps
    every other character's length and class, and :func:`fold` turns away the texts
    whose characters ``re.IGNORECASE`` ties to an ASCII letter.
    """
    for piece in _PIECES.finditer(source):
        escaped, flag, members, char = piece.groups()
        if flag is not None:
            return False
        if escaped is not None:
            if escaped not in _CASELESS_ESCAPES if escaped.isalnum() else not _caseless(escaped):
                return False
        elif members is not None:
            for low, high in _RANGE.findall(members):
                if not ((low.islower() and high.islower()) or (low.isdigit() and high.isdigit())):
                    return False
            if not has_twin(members.replace("[", "")):
                return False
        elif char is not None and not _caseless(char):
            return False
    return True


def _absent(needles: tuple[str, ...], low: str, pos: int, endpos: int) -> bool:
    # A loop, not any() over a generator: this runs a few hundred times a page.
    find = low.find
    for needle in needles:  # noqa: SIM110
        if find(needle, pos, endpos) >= 0:
            return False
    return True


class Gate:
    """A pattern tried only where one of its declared ``needles`` occurs.

    ``needles`` are lower-case strings one of which every match holds (``None``: always
    tried). ``search``, ``match`` and ``finditer`` take the text, its :func:`fold` (or
    ``None``) and the usual ``pos``/``endpos``, and answer as the pattern does. A
    case-insensitive pattern with a twin (see :func:`has_twin`) reads the folded text
    case-sensitively instead (several times faster in Python's engine): its matches'
    groups then hold lowered text, so read their offsets, or lower what the pattern's
    own groups would give. ``twin=False`` keeps matches of the text itself.

    ``starts``, when declared, are the characters every match starts with (small
    letters; a case-insensitive pattern takes their capitals too): the pattern is
    compiled behind the lookahead ``(?=[starts])``, which Python's engine tests before
    trying the alternatives at each place, so that a long alternation fails fast where
    no match can start. ``source`` keeps the pattern as written.
    """

    __slots__ = ("needles", "pattern", "source", "starts", "twin")

    def __init__(
        self,
        source: str,
        flags: int = 0,
        needles: Iterable[str] | None = None,
        *,
        starts: str | None = None,
        twin: bool = True,
    ) -> None:
        self.source = source
        self.starts = starts
        guarded = source if starts is None else f"(?=[{re.escape(starts)}])(?:{source})"
        self.pattern = re.compile(guarded, flags)
        self.needles = None if needles is None else tuple(needles)
        usable = twin and flags & re.IGNORECASE and not flags & re.VERBOSE and has_twin(source)
        self.twin = re.compile(guarded, flags & ~re.IGNORECASE) if usable else None

    # The four readers repeat their few lines on purpose: they are the hot path of
    # every stage, and a shared helper costs a call each time.
    def search(
        self, text: str, low: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``."""
        if low is None:
            return self.pattern.search(text, pos, endpos)
        if self.needles is not None and _absent(self.needles, low, pos, endpos):
            return None
        twin = self.twin
        if twin is None:
            return self.pattern.search(text, pos, endpos)
        return twin.search(low, pos, endpos)

    def match(
        self, text: str, low: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """``pattern.match(text, pos, endpos)``."""
        if low is None:
            return self.pattern.match(text, pos, endpos)
        if self.needles is not None and _absent(self.needles, low, pos, endpos):
            return None
        twin = self.twin
        if twin is None:
            return self.pattern.match(text, pos, endpos)
        return twin.match(low, pos, endpos)

    def finditer(
        self, text: str, low: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``."""
        if low is None:
            return self.pattern.finditer(text, pos, endpos)
        if self.needles is not None and _absent(self.needles, low, pos, endpos):
            return iter(())
        twin = self.twin
        if twin is None:
            return self.pattern.finditer(text, pos, endpos)
        return twin.finditer(low, pos, endpos)

    def search_in(self, text: str, low: str | None, start: int, stop: int) -> re.Match[str] | None:
        """``pattern.search(text[start:stop])``: the stretch read as a text of its own."""
        if low is None:
            return self.pattern.search(text[start:stop])
        if self.needles is not None and _absent(self.needles, low, start, stop):
            return None
        twin = self.twin
        if twin is None:
            return self.pattern.search(text[start:stop])
        return twin.search(low[start:stop])


class Choice:
    """A long alternation of which only the alternatives whose needles occur are tried.

    ``alternatives`` are :class:`Gate` objects (their needles, ``None`` for always
    tried, and their ``starts``); none may match the empty string. ``finditer`` yields
    the matches of ``re.compile("|".join(sources), flags)``, in the same order and with
    the same named groups: at the leftmost place where an alternative matches, the
    first such alternative wins, and the search goes on after its match. An alternative
    none of whose needles is in the text matches nowhere in it and is not tried. Each
    alternative is compiled on its own: read groups by name, not by number.
    """

    def __init__(self, alternatives: Sequence[Gate]):
        self.alternatives = tuple(alternatives)
        self.sources = tuple(gate.source for gate in alternatives)
        self.needles = tuple(gate.needles for gate in alternatives)
        self._patterns = [gate.pattern for gate in alternatives]
        self._always = frozenset(i for i, n in enumerate(self.needles) if n is None)
        enables: dict[str, set[int]] = {}
        for index, needles in enumerate(self.needles):
            for needle in needles or ():
                enables.setdefault(needle, set()).add(index)
        self._enables = tuple((needle, frozenset(found)) for needle, found in enables.items())

    def finditer(self, text: str, low: str | None) -> Iterator[re.Match[str]]:
        """The matches of the whole alternation in ``text``, left to right; ``low`` is
        ``fold(text)`` or ``None``."""
        if low is None:
            chosen: Iterable[int] = range(len(self.sources))
        else:
            chosen = self._always.union(*[on for needle, on in self._enables if needle in low])
        # The next match of each alternative in play, from where the search stands.
        patterns = self._patterns
        ahead = {i: patterns[i].search(text) for i in sorted(chosen)}
        while True:
            found = [(m.start(), i, m) for i, m in ahead.items() if m is not None]
            if not found:
                return
            match = min(found, key=lambda item: item[:2])[2]
            yield match
            at = max(match.end(), match.start() + 1)  # never stuck on an empty match
            for i, m in ahead.items():
                if m is not None and m.start() < at:
                    ahead[i] = patterns[i].search(text, at)
