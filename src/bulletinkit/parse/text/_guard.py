"""Make a searched regular expression skip, cheaply, the places where it cannot start.

Python's regex engine tries a pattern at every position of the text it searches. For a
long alternation of words (the meeting cues, month names) most positions fail only after
every alternative has been tried. :func:`guarded` reads the pattern's syntax tree,
collects the characters a match can begin with (and whether every match begins at a
word boundary), and puts them in front as a lookahead: ``(?=\\b[cmt...])(?:pattern)``.
The lookahead states a condition every match already meets, so the matches, their
groups and their order are exactly those of the original pattern; only the failures get
cheaper. A pattern whose first character cannot be bounded (it may match the empty
string, or start with ``.`` or a negated class) is returned unchanged.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

from bulletinkit.parse.text._anchors import anchors
from bulletinkit.parse.text._gated import loose_twin

__all__ = ["Alternation", "guarded"]

# The parser behind `re` (``re._parser`` from Python 3.11, ``sre_parse`` before).
try:
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - Python 3.10
    _parser = importlib.import_module("sre_parse")
    _c = importlib.import_module("sre_constants")

_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
# Flags that change what a character class means; a pattern that switches them locally
# is left alone.
_CLASS_FLAGS = re.ASCII | re.LOCALE
_BOUNDARIES = (_c.AT_BOUNDARY,)
_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}


class _Unbounded(Exception):
    """The first character of a match cannot be told from the pattern."""


class _First:
    """The class items a match can start with: case-insensitive and case-sensitive."""

    def __init__(self) -> None:
        self.folded: set[tuple[Any, Any]] = set()
        self.exact: set[tuple[Any, Any]] = set()

    def add(self, items: list[tuple[Any, Any]], flags: int) -> None:
        for op, av in items:
            if op not in (_c.LITERAL, _c.RANGE, _c.CATEGORY):
                raise _Unbounded
            if op is _c.CATEGORY and av not in _CATEGORIES:
                raise _Unbounded
            (self.folded if flags & re.IGNORECASE else self.exact).add((op, av))


def _first(seq: Any, flags: int, found: _First) -> bool:
    """Add to ``found`` what ``seq`` can start with; whether ``seq`` can match empty."""
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            found.add([(op, av)], flags)
            return False
        if op is _c.IN:
            found.add(list(av), flags)
            return False
        if op is _c.SUBPATTERN:
            _group, add, remove, sub = av
            if (add | remove) & _CLASS_FLAGS:
                raise _Unbounded
            if not _first(sub, (flags | add) & ~remove, found):
                return False
        elif op is _c.BRANCH:
            empty = False
            for alternative in av[1]:
                empty = _first(alternative, flags, found) or empty
            if not empty:
                return False
        elif op in _REPEATS:
            low, _high, sub = av
            if not _first(sub, flags, found) and low > 0:
                return False
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            if not _first(av, flags, found):
                return False
        else:
            raise _Unbounded
    return True


def _at_boundary(seq: Any) -> bool:
    """Whether every match of ``seq`` starts with ``\\b`` before anything else."""
    for op, av in seq:
        if op is _c.AT:
            return av in _BOUNDARIES
        if op is _c.SUBPATTERN:
            return _at_boundary(av[3])
        if op is _c.BRANCH:
            return all(_at_boundary(alternative) for alternative in av[1])
        return False
    return False


def _char(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\U{code:08x}"


def _class(items: set[tuple[Any, Any]]) -> str:
    parts = []
    for op, av in sorted(items, key=repr):
        if op is _c.LITERAL:
            parts.append(_char(av))
        elif op is _c.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        else:
            parts.append(_CATEGORIES[av])
    return "[" + "".join(parts) + "]"


def _chars(folded: Iterable[tuple[Any, Any]], exact: Iterable[tuple[Any, Any]]) -> str:
    """A pattern for one character of the class items ``folded`` (any case) or
    ``exact``."""
    heads = []
    if folded := set(folded):
        heads.append(f"(?i:{_class(folded)})")
    if exact := set(exact):
        heads.append(f"(?-i:{_class(exact)})")
    return "(?:" + "|".join(heads) + ")"


class _Head:
    """Where a pattern's matches can start: a class of first characters, and whether
    every match starts at a word boundary."""

    def __init__(self, source: str, flags: int) -> None:
        self.known = False
        self.single = False
        self.chars = ""
        self.boundary = False
        self.folded: frozenset[tuple[Any, Any]] = frozenset()  # first characters, any case
        self.exact: frozenset[tuple[Any, Any]] = frozenset()  # ... and in their case
        if source.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", source):
            return  # global inline flags must stay first
        try:
            tree = _parser.parse(source, flags)
            found = _First()
            if _first(tree, tree.state.flags, found):
                return  # a match may be empty
        except _Unbounded:
            return
        items = found.folded | found.exact
        self.known = True
        self.single = len(items) == 1 and next(iter(items))[0] is _c.LITERAL
        self.chars = _chars(found.folded, found.exact)
        self.boundary = _at_boundary(tree)
        self.folded, self.exact = frozenset(found.folded), frozenset(found.exact)

    def lookahead(self) -> str:
        """The zero-width test a match's start passes."""
        return "(?=" + ("\\b" if self.boundary else "") + self.chars + ")"


def guarded(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` with a lookahead that rejects, quickly, positions
    no match starts at.

    Finds the same matches as the plain pattern (same spans, groups and order); is the
    plain pattern when nothing can be said about where its matches start, or when they
    start with one given character (the engine tests that about as fast).
    """
    head = _Head(source, flags)
    if not head.known or head.single:
        return re.compile(source, flags)
    return re.compile(f"{head.lookahead()}(?:{source})", flags)


# How many characters of a word start pick the alternatives tried there, and a bound on
# the literal beginnings collected per alternative.
_KEY = 2
_MAX_BEGINNINGS = 500


def _beginnings(ops: list[Any], size: int) -> set[str] | None:
    """The literal strings of up to ``size`` characters a match of ``ops`` begins with
    (shorter ones where a match may end sooner); ``None`` unless ``ops`` starts with
    plain literals, alternatives of them and optional parts."""
    if size == 0 or not ops:
        return {""}
    op, av = ops[0]
    rest = ops[1:]
    if op in _ZERO_WIDTH:
        return _beginnings(rest, size)
    if op is _c.LITERAL:
        tails = _beginnings(rest, size - 1)
        return None if tails is None else {chr(av) + tail for tail in tails}
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av
        return None if add or remove else _beginnings(list(sub.data) + rest, size)
    if op is _c.BRANCH or (op in _REPEATS and av[0] == 0 and av[1] == 1):
        choices = [list(a.data) for a in av[1]] if op is _c.BRANCH else [[], list(av[2].data)]
        found: set[str] = set()
        for choice in choices:
            part = _beginnings(choice + rest, size)
            if part is None or len(found | part) > _MAX_BEGINNINGS:
                return None
            found |= part
        return found
    return None


def _literal_beginnings(alternative: str, flags: int) -> set[str] | None:
    """The ``_KEY``-character beginnings of ``alternative``, when they are literal."""
    found = _beginnings(list(_parser.parse(alternative, flags).data), _KEY)
    return None if found is None or "" in found else found


def _opening(alternative: str, flags: int) -> tuple[re.Pattern[str] | None, _Head]:
    """A pattern matching (at the start) every ``_KEY``-character stretch a match of
    ``alternative`` can begin with, or ``None`` when nothing can be said; and where
    the alternative's matches start."""
    head = _Head(alternative, flags)
    if not head.known:
        return None, head
    found = _literal_beginnings(alternative, flags)
    if found is None:
        return re.compile(head.chars, flags), head
    longest_first = sorted(found, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(b) for b in longest_first) + ")", flags), head


def _needles(alternative: str, flags: int) -> frozenset[str] | None:
    """Strings one of which each match of ``alternative`` holds, when they are few."""
    found = anchors(alternative, flags)
    return None if found is None or len(found[0]) > _IN_PLAY_NEEDLES else found[0]


# Needle sets of up to this many strings tell which alternatives are in play in a text.
_IN_PLAY_NEEDLES = 8
# How many start patterns (one per set of first characters) are kept at most.
_MAX_STARTS = 256


class _Bucket:
    """The alternatives that can start with some two characters: their indices, their
    pattern (compiled on first use) and its loose twin for lowered text (see
    :func:`bulletinkit.parse.text._gated.loose_twin`), if any: where the twin finds nothing,
    the pattern finds nothing either, so with a twin the pattern is compiled only once
    the twin has found something."""

    __slots__ = ("_flags", "_pattern", "_source", "chosen", "quick")

    def __init__(self, alternatives: list[str], chosen: tuple[int, ...], flags: int) -> None:
        self._source = "|".join(alternatives[index] for index in chosen)
        self._flags = flags
        self._pattern: re.Pattern[str] | None = None
        self.chosen = frozenset(chosen)
        loose = loose_twin(self._source, flags)
        self.quick = None if loose is None else re.compile(loose, flags & ~re.IGNORECASE)

    def match(self, text: str, at: int) -> re.Match[str] | None:
        """``pattern.match(text, at)``."""
        pattern = self._pattern
        if pattern is None:
            pattern = self._pattern = re.compile(self._source, self._flags)
        return pattern.match(text, at)


class Alternation:
    """A long alternation searched one position at a time with only the alternatives
    that can start with the characters there.

    ``finditer`` yields the matches ``re.compile("|".join(alternatives), flags)``
    would, in the same order and with the same named groups: at each position the
    first alternative (in the given order) that matches wins, and an alternative that
    cannot begin with the first two characters at that position could not have matched
    there. Match objects come from a smaller pattern holding the alternatives in play,
    so read groups by name, not by number.

    Given the lowered text, ``finditer`` also passes over the positions where no
    alternative in play can start: an alternative is out of play when the text holds
    none of its needles (literal strings one of which each of its matches holds, see
    :func:`bulletinkit.parse.text._anchors.anchors`). Every pattern is compiled once, whatever
    the texts.
    """

    def __init__(self, alternatives: list[str], flags: int = 0) -> None:
        self.source = "|".join(alternatives)
        self._alternatives = alternatives
        self._flags = flags
        openings = [_opening(alternative, flags) for alternative in alternatives]
        self._openings = [opening for opening, _head in openings]
        whole = _Head(self.source, flags)
        self._starts: re.Pattern[str] | None = None
        if whole.known and all(opening is not None for opening in self._openings):
            self._starts = re.compile(whole.lookahead(), flags)
        self._buckets: dict[str, _Bucket | None] = {}
        self._compiled: dict[tuple[int, ...], _Bucket | None] = {}
        self._needles = [_needles(a, flags) for a in alternatives]
        self._distinct = sorted({n for needles in self._needles if needles for n in needles})
        # The alternatives always in play (no needles), and those each needle puts in play.
        self._always = frozenset(i for i, needles in enumerate(self._needles) if needles is None)
        self._enables = {
            needle: frozenset(
                i for i, needles in enumerate(self._needles) if needles and needle in needles
            )
            for needle in self._distinct
        }
        # Where the alternatives in play can start: the first characters they can
        # start with (one small pattern per set of characters, compiled once).
        self._heads = [head for _opening, head in openings]
        self._boundary = "\\b" if whole.boundary else ""
        self._starts_for: dict[frozenset[tuple[Any, Any]], re.Pattern[str]] = {}

    @property
    def pattern(self) -> re.Pattern[str]:
        """The whole alternation as one pattern."""
        return re.compile(self.source, self._flags)

    def _bucket(self, key: str) -> _Bucket | None:
        chosen = tuple(
            index
            for index, opening in enumerate(self._openings)
            if opening is None or opening.match(key)
        )
        if chosen not in self._compiled:
            self._compiled[chosen] = (
                _Bucket(self._alternatives, chosen, self._flags) if chosen else None
            )
        bucket = self._buckets[key] = self._compiled[chosen]
        return bucket

    def _starts_of(self, chosen: frozenset[int]) -> re.Pattern[str]:
        """Where a match of the ``chosen`` alternatives can start."""
        folded = frozenset().union(*(self._heads[i].folded for i in chosen))
        exact = frozenset().union(*(self._heads[i].exact for i in chosen))
        key = frozenset({("folded", folded), ("exact", exact)})
        starts = self._starts_for.get(key)
        if starts is None:
            if len(self._starts_for) >= _MAX_STARTS:
                self._starts_for.clear()
            lookahead = f"(?={self._boundary}{_chars(folded, exact)})"
            starts = self._starts_for[key] = re.compile(lookahead, self._flags)
        return starts

    def _in_play(self, low: str) -> frozenset[int]:
        """The alternatives that can match somewhere in the lowered text ``low``."""
        enables = self._enables
        return self._always.union(*[enables[n] for n in self._distinct if n in low])

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        """The matches of the whole alternation in ``text``, left to right; ``low`` is
        ``fold(text)`` (see :func:`bulletinkit.parse.text._gated.fold`) or ``None``."""
        starts = self._starts
        if starts is None:
            yield from self.pattern.finditer(text)
            return
        in_play = None
        if low is not None:
            in_play = self._in_play(low)
            if not in_play:
                return
            starts = self._starts_of(in_play)
        buckets = self._buckets
        position = 0
        while (start := starts.search(text, position)) is not None:
            at = start.start()
            key = text[at : at + _KEY]
            bucket = buckets[key] if key in buckets else self._bucket(key)
            if bucket is None or (in_play is not None and in_play.isdisjoint(bucket.chosen)):
                found = None  # no alternative in play can start here
            elif low is None or bucket.quick is None:
                found = bucket.match(text, at)
            else:  # tried on the lowered text (faster); a match is taken from the text
                found = bucket.match(text, at) if bucket.quick.match(low, at) else None
            if found is None:
                position = at + 1
                continue
            yield found
            position = found.end()
