"""Which date patterns are worth running on a text, and where their matches can start.

Every match of a date pattern holds certain words or digits: a month name next to a day
number, a unit word ("week") after a direction word ("last"), a four-digit year. The
words of a pattern stand alone, with no ASCII letter either side (the patterns say so
with ``\\b``, ``\\s`` or ``(?<![A-Za-z])``), so they are whole *tokens*, maximal runs of
ASCII letters. :meth:`Cues.scan` splits a text into tokens once and returns a
:class:`Scan`: the *kinds* of cue present as a bit mask (a pattern is run only when
every kind it needs is there), and the token positions
:class:`~bulletinkit.parse.dates._starts.Starts` reads to try a pattern only where one
of its matches can begin.

Letter case: a kind of lower-case words matches a token in any case, as the patterns'
``(?i:...)`` groups do; a kind of exact forms ("May", "MAY") matches only those.
Python's case-insensitive matching also lets four non-ASCII letters stand for ASCII ones
(``İ ı`` for ``i``, ``ſ`` for ``s``, ``K`` (the Kelvin sign) for ``k``) where a
``[A-Za-z]`` boundary does not see them as letters; a text holding any of them gets
every kind, and every pattern is searched in the whole of it (:attr:`Scan.exact` is
false).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Protocol

__all__ = ["DIGIT", "YEAR", "Cues", "Scan", "StartRule"]

DIGIT = "digit"
"""The kind of a text holding a digit (any Unicode decimal digit, as ``\\d``)."""
YEAR = "year"
"""The kind of a text holding four digits that can be a year (``[12]\\d{3}``)."""

_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"[12]\d{3}")
# Where a day number can start: a digit after no word character, dot, comma, slash or dash.
# (The digit comes first, for the engine's quick scan for a first character.)
_DAY_START = re.compile(r"\d(?<![\w.,/-]\d)")
# A year after white space or a dash ("in 2019", "mid-2019").
_YEAR_AFTER_SPACE = re.compile(r"[12](?<=[-\s][12])\d{3}")
# The characters `re.IGNORECASE` equates with an ASCII letter that are not ASCII themselves.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# Every byte but a lower-case ASCII letter made a blank.
_BLANK = bytes(byte if chr(byte) in _LETTERS else 0x20 for byte in range(256))
# Every byte but an ASCII digit, to delete.
_NOT_DIGITS = bytes(byte for byte in range(256) if not 0x30 <= byte <= 0x39)


class StartRule(Protocol):
    """What :meth:`Scan.starts` asks of a rule: its start positions in a scan.

    :class:`~bulletinkit.parse.dates._starts.Starts` is the one rule; naming it here
    only as this protocol keeps the two modules from importing each other.
    """

    def positions(self, scan: Scan) -> list[int]:
        """The positions, in order, where a match can start in ``scan.text``."""
        ...


class Scan:
    """One text as the cue table sees it: the kinds of cue present and token positions.

    ``kinds`` is the bit mask of :meth:`Cues.mask`; ``exact`` is false when the text
    holds a letter that defeats token boundaries (then ``kinds`` has every bit and no
    positions may be trusted).
    """

    __slots__ = (
        "_at",
        "_days",
        "_found",
        "_reversed",
        "_starts",
        "_years",
        "exact",
        "kinds",
        "low",
        "text",
        "words",
    )

    def __init__(self, text: str, low: str, kinds: int, words: frozenset[str], exact: bool):
        self.text = text
        self.low = low
        self.kinds = kinds
        self.words = words
        self.exact = exact
        self._at: dict[str, list[int]] = {}
        self._days: list[int] | None = None
        self._years: list[int] | None = None
        self._starts: dict[StartRule, list[int]] = {}
        self._found: dict[re.Pattern[str], bool] = {}
        self._reversed: str | None = None

    @property
    def reversed(self) -> str:
        """The text read right to left."""
        if self._reversed is None:
            self._reversed = self.text[::-1]
        return self._reversed

    def finds(self, probe: re.Pattern[str]) -> bool:
        """Whether ``probe`` finds anything in the text (searched once per probe)."""
        found = self._found.get(probe)
        if found is None:
            found = self._found[probe] = probe.search(self.text) is not None
        return found

    def starts(self, starts: StartRule) -> list[int]:
        """:meth:`Starts.positions` in this text, worked out once per ``starts``."""
        found = self._starts.get(starts)
        if found is None:
            found = self._starts[starts] = starts.positions(self)
        return found

    def at(self, word: str) -> list[int]:
        """Where the token ``word`` (lower case) starts."""
        if word in self._at:
            return self._at[word]
        found: list[int] = []
        low, size = self.low, len(word)
        index = low.find(word)
        while index >= 0:
            end = index + size
            if (index == 0 or low[index - 1] not in _LETTERS) and (
                end == len(low) or low[end] not in _LETTERS
            ):
                found.append(index)
            index = low.find(word, index + 1)
        self._at[word] = found
        return found

    def day_starts(self) -> list[int]:
        """Where a day number can start: a digit after no word character or ``.,/-``."""
        if self._days is None:
            self._days = [m.start() for m in _DAY_START.finditer(self.text)]
        return self._days

    def year_starts(self) -> list[int]:
        """Where a four-digit year after white space or a dash starts."""
        if self._years is None:
            self._years = [m.start() for m in _YEAR_AFTER_SPACE.finditer(self.text)]
        return self._years


class Cues:
    """The cue-word table: which kinds of cue a text holds, and where its tokens are.

    ``words`` maps a kind to lower-case words matched as tokens in any letter case;
    ``cased`` maps a kind to exact forms; ``inner`` maps a kind to lower-case strings
    found anywhere in the text, in any case (for words a pattern does not require to
    stand alone). ``tokens`` are further words whose positions ``Starts`` reads.
    The kinds ``digit`` and ``year`` are always known. A kind's bit is :meth:`mask` of
    its name.
    """

    def __init__(
        self,
        words: Mapping[str, Iterable[str]],
        *,
        cased: Mapping[str, Iterable[str]],
        inner: Mapping[str, Iterable[str]],
        tokens: Iterable[str] = (),
    ) -> None:
        kinds = dict.fromkeys([DIGIT, YEAR, *words, *cased, *inner])
        self._bits = {kind: 1 << index for index, kind in enumerate(kinds)}
        self.everything = (1 << len(kinds)) - 1
        self._words: dict[str, int] = {word.lower(): 0 for word in tokens}
        for kind, members in words.items():
            for word in members:
                self._words[word] = self._words.get(word, 0) | self._bits[kind]
        # cased forms, by the lower-case token they are a form of
        self._cased: dict[str, list[tuple[str, int]]] = {}
        for kind, members in cased.items():
            for form in members:
                self._words.setdefault(form.lower(), 0)
                self._cased.setdefault(form.lower(), []).append((form, self._bits[kind]))
        self._inner = [(text, self._bits[kind]) for kind, items in inner.items() for text in items]
        self._keys = frozenset(self._words)
        self._cased_keys = frozenset(self._cased)
        self._byte_words = {word.encode("ascii"): word for word in self._keys}
        self._byte_keys = frozenset(self._byte_words)

    def mask(self, *kinds: str) -> int:
        """The bits of the named kinds (a KeyError for an unknown kind)."""
        bits = 0
        for kind in kinds:
            bits |= self._bits[kind]
        return bits

    def scan(self, text: str) -> Scan:
        """The kinds of cue ``text`` holds and its tokens of the table."""
        low = text.lower()
        ascii_only = text.isascii()
        if not ascii_only and (len(low) != len(text) or _FOLDS_TO_ASCII.search(text)):
            return Scan(text, low, self.everything, frozenset(), exact=False)
        # The tokens are the runs of ASCII letters left when every other character (each
        # non-ASCII one encoded as a single "?") is made a blank.
        data = low.encode("ascii", "replace")
        hits = self._byte_keys.intersection(data.translate(_BLANK).split())
        words = frozenset([self._byte_words[hit] for hit in hits])
        found = 0
        if data.translate(None, _NOT_DIGITS) or (not ascii_only and _DIGIT.search(text)):
            found = self._bits[DIGIT]
            if _YEAR.search(text) is not None:
                found |= self._bits[YEAR]
        for word in words:
            found |= self._words[word]
        for word in self._cased_keys & words:
            for form, bit in self._cased[word]:
                if form in text:
                    found |= bit
        for inner, bit in self._inner:
            if inner in low:
                found |= bit
        return Scan(text, low, found, words, exact=True)
