"""Skip a regular-expression search, cheaply, when the text cannot hold a match.

Python's regex engine walks every position of the text it searches, and most of the
meeting reader's patterns fail everywhere in most sentences. :class:`Filtered` reads a
pattern's syntax tree once and collects *needles*: literal strings (lowercased), one of
which every match consumes ("format" for ``\\b([A-Z]\\w*\\s){1,3}format\\b``; "again",
"once more" or "another" for ``\\b(?:again|once more|another)\\b``). A search first asks
``str.find`` (fast, in C) whether any needle lies in the searched stretch of the lowered
sentence; when none does, the pattern cannot match there and is not run. The answer is
always the pattern's own: the needles only rule out stretches with no match.

The lowered text must line up with the text character for character, and a character
that a case-insensitive pattern matches must lower to the needle's character. Both hold
except for a few characters (``İ`` lowers to two characters; the regex engine matches
``ı`` and ``ſ`` to ``i`` and ``s``); :func:`lowered` gives ``None`` for a text that holds
one, and then every search runs.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from typing import Any

__all__ = ["Filtered", "lowered", "twin"]

try:
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - Python 3.10
    _parser = importlib.import_module("sre_parse")
    _c = importlib.import_module("sre_constants")

# Characters a case-insensitive ASCII letter matches that do not lower to it.
_ODD = ("ı", "ſ")
# Characters the regex engine matches case-insensitively to others beyond their case
# pairs ("ς" to "σ"); a pattern holding one gets no twin. (The ASCII ones, "i" and "s",
# are kept: a text holding their partners "ı" and "ſ" is never lowered.)
try:
    _casefix: Any = importlib.import_module("re._casefix")
    _EXTRA = frozenset(
        chr(c)
        for code, more in _casefix._EXTRA_CASES.items()
        for c in (code, *more)
        if not chr(c).isascii()
    )
except ImportError:  # pragma: no cover - Python 3.10
    _EXTRA = frozenset("ıſµμιͅβϐεϵθϑκϰπϖρϱςσφϕ")
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
# Needle sets with more strings than this cost more to test than a search of a short
# stretch they spare (a whole sentence's search is worth more; see ``most``).
_MOST = 4


def lowered(text: str) -> str | None:
    """``text.lower()`` when it lines up with ``text`` for needle tests, else ``None``."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and any(odd in text for odd in _ODD)):
        return None
    return low


def _char(code: int) -> str | None:
    """The lowered character of a literal, or ``None`` when it is a cased non-ASCII
    character (whose case-insensitive matches need not lower to it)."""
    char = chr(code)
    if not char.isascii() and char.lower() != char.upper():
        return None
    return char.lower()


def _strength(needle: str) -> int:
    """How rarely ``needle`` occurs, roughly: its length, one more with no letter in it."""
    return len(needle) + (not any(c.isalpha() for c in needle))


def _score(found: frozenset[str]) -> tuple[int, int]:
    return min(min(_strength(s) for s in found), 4), -len(found)


def _better(found: frozenset[str] | None, best: frozenset[str] | None) -> bool:
    if not found or "" in found:
        return False
    return best is None or _score(found) > _score(best)


def _minimal(found: frozenset[str]) -> frozenset[str]:
    """``found`` less the strings that hold another of them (theirs is enough)."""
    return frozenset(s for s in found if not any(o != s and o in s for o in found))


def _lead(seq: Any) -> str:
    """The literal characters a match of ``seq`` starts with."""
    chars = []
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        char = _char(av) if op is _c.LITERAL else None
        if char is None:
            break
        chars.append(char)
    return "".join(chars)


def _literal(seq: Any) -> str | None:
    """The lowered string ``seq`` is, when it is literal characters only."""
    chars = []
    for op, av in seq:
        char = _char(av) if op is _c.LITERAL else None
        if char is None:
            return None
        chars.append(char)
    return "".join(chars)


def _class(items: Any) -> frozenset[str] | None:
    """The lowered characters of a class of literal characters only."""
    chars = set()
    for op, av in items:
        char = _char(av) if op is _c.LITERAL else None
        if char is None:
            return None
        chars.add(char)
    return frozenset(chars)


def _needles(seq: Any) -> frozenset[str] | None:
    """Strings one of which every match of ``seq`` consumes (``None``: none known)."""
    best: frozenset[str] | None = None
    run = ""
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the literals around it are adjacent
        if op is _c.LITERAL and _char(av) is not None:
            run += _char(av) or ""
            continue
        if op is _c.SUBPATTERN and (text := _literal(av[3])) is not None:
            run += text
            continue
        best = frozenset({run}) if _better(frozenset({run}), best) else best
        prefix, run = run, ""
        found: frozenset[str] | None = None
        if op is _c.SUBPATTERN:
            found = _needles(av[3])
        elif op is _c.BRANCH:
            options = [_needles(alternative) for alternative in av[1]]
            if all(option is not None for option in options):
                found = _minimal(frozenset().union(*(o for o in options if o is not None)))
            if prefix:  # "me(?:t|ets|eting)": the shared start and each alternative's
                joined = _minimal(frozenset(prefix + _lead(a) for a in av[1]))
                found = joined if _better(joined, found) else found
        elif op in _REPEATS and av[0] >= 1:
            found = _needles(av[2])
        elif op is _c.IN:
            found = _class(av)
        if _better(found, best):
            best = found
    return frozenset({run}) if _better(frozenset({run}), best) else best


def _foldable(seq: Any) -> bool:
    """Whether ``seq``, read case-insensitively, matches a text exactly where it matches
    that text lowered when read case-sensitively: no capital letters and no switch of
    the case flag, no character of the regex engine's extra case pairs ("ſ" for "s")."""
    for op, av in seq:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            if not _plain(av):
                return False
        elif op is _c.IN:
            for item, value in av:
                if item is _c.LITERAL and not _plain(value):
                    return False
                if item is _c.RANGE and not all(_plain(c) for c in range(value[0], value[1] + 1)):
                    return False
        elif op is _c.SUBPATTERN:  # "(?i:...)" stays case-insensitive in the twin: alike
            if av[1] & ~re.IGNORECASE or av[2] or not _foldable(av[3]):
                return False
        elif op is _c.BRANCH:
            if not all(_foldable(alternative) for alternative in av[1]):
                return False
        elif op in _REPEATS:
            if not _foldable(av[2]):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if not _foldable(av[1]):
                return False
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            if not _foldable(av):
                return False
        elif op not in (_c.AT, _c.ANY, _c.CATEGORY):
            return False
    return True


def _plain(code: int) -> bool:
    """A character that is its own lower case and has no extra case-insensitive match."""
    char = chr(code)
    return char.lower() == char and char not in _EXTRA


# A capital letter inside a case-insensitive pattern (a place name's first letter).
_CAPITAL = "(?-i:[A-Z])"


def twin(pattern: re.Pattern[str], *, loose: bool = False) -> re.Pattern[str] | None:
    """``pattern`` without the case flag, for lowered text, when that answers alike.

    ``loose``: capitals (``(?-i:[A-Z])``) become any small letter, so the twin matches
    wherever the pattern does and maybe elsewhere too: a quick test to confirm with the
    pattern itself.
    """
    if not pattern.flags & re.IGNORECASE:
        return None
    source = pattern.pattern.replace(_CAPITAL, "[a-z]") if loose else pattern.pattern
    tree = _parser.parse(source, pattern.flags)
    if tree.state.flags != pattern.flags or not _foldable(tree):
        return None  # inline flags
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


class Filtered:
    """A compiled pattern, the needles one of which each of its matches consumes, and,
    for a case-insensitive pattern with no capitals, its case-sensitive twin.

    ``search``, ``match`` and ``finditer`` take the text, its :func:`lowered` form (or
    ``None``) and the usual ``pos``/``endpos``, and answer as the pattern does; with the
    lowered text, a twin reads it instead (case-insensitive matching is several times
    slower in Python's engine), and its matches' groups hold lowered text: read only
    their offsets, or lower what the original pattern's groups would give.
    """

    def __init__(self, pattern: re.Pattern[str], most: int = _MOST) -> None:
        self.pattern = pattern
        found = _needles(_parser.parse(pattern.pattern, pattern.flags))
        self.needles = None if found is None or len(found) > most else tuple(sorted(found))
        self.twin = twin(pattern)

    def possible(self, low: str | None, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether a match may lie in ``low[pos:endpos]`` (``True`` when unknown)."""
        if low is None or self.needles is None:
            return True
        find = low.find
        for needle in self.needles:  # noqa: SIM110 - a plain loop: any() over a generator is slower
            if find(needle, pos, endpos) >= 0:
                return True
        return False

    def search(
        self, text: str, low: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``."""
        if low is None:
            return self.pattern.search(text, pos, endpos)
        if self.needles is not None and not self.possible(low, pos, endpos):
            return None
        if self.twin is None:
            return self.pattern.search(text, pos, endpos)
        return self.twin.search(low, pos, endpos)

    def match(
        self, text: str, low: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """``pattern.match(text, pos, endpos)``."""
        if low is None:
            return self.pattern.match(text, pos, endpos)
        if self.needles is not None and not self.possible(low, pos, endpos):
            return None
        if self.twin is None:
            return self.pattern.match(text, pos, endpos)
        return self.twin.match(low, pos, endpos)

    def finditer(
        self, text: str, low: str | None, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``."""
        if low is None:
            return self.pattern.finditer(text, pos, endpos)
        if self.needles is not None and not self.possible(low, pos, endpos):
            return iter(())
        if self.twin is None:
            return self.pattern.finditer(text, pos, endpos)
        return self.twin.finditer(low, pos, endpos)

    def search_in(self, text: str, low: str | None, start: int, stop: int) -> re.Match[str] | None:
        """``pattern.search(text[start:stop])``: the stretch read as a text of its own."""
        if low is None:
            return self.pattern.search(text[start:stop])
        if self.needles is not None and not self.possible(low, start, stop):
            return None
        if self.twin is None:
            return self.pattern.search(text[start:stop])
        return self.twin.search(low[start:stop])
