"""Where the matches of a date pattern can start, told from the tokens of a text.

A :class:`Starts` rule lists the positions of a text (seen through a
:class:`~bulletinkit.parse.dates._cues.Scan`) where a match of its pattern can begin:
the pattern is then tried only there, with ``pattern.match(text, position)``, which
finds what ``pattern.finditer(text)`` would as long as no match starts elsewhere. White
space is ``str.isspace`` and a word character ``str.isalnum`` or ``_``, as ``\\s`` and
``\\w`` are for the ``re`` module.
"""

from __future__ import annotations

import re

import attrs

from bulletinkit.parse.dates._cues import Scan

__all__ = ["Starts"]


def _space_before(text: str, position: int) -> int:
    """Where the run of white space ending at ``position`` starts."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _digit_after_space(text: str, position: int) -> bool:
    """Whether white space and then a digit (``\\s+\\d``) start at ``position``."""
    end = position
    while end < len(text) and text[end].isspace():
        end += 1
    return position < end < len(text) and text[end].isdigit()


def _words_before(
    scan: Scan, position: int, count: int, allowed: frozenset[str] | None
) -> list[int]:
    """Where the ``count`` runs of word characters (``\\w``) before ``position`` start,
    nearest first, each followed by white space or dashes (a run of them); only as far
    back as the runs are ``allowed`` words (lower case), if that is given."""
    text, low = scan.text, scan.low
    found: list[int] = []
    for _ in range(count):
        gap = position
        while gap > 0 and (text[gap - 1].isspace() or text[gap - 1] == "-"):
            gap -= 1
        if gap == position:
            break
        position = gap
        while position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_"):
            position -= 1
        if position == gap or (allowed is not None and low[position:gap] not in allowed):
            break
        found.append(position)
    return found


@attrs.frozen(kw_only=True, eq=False)
class Starts:
    """Where every match of one pattern starts, told from the tokens around it.

    A match starts at a token of ``tokens``, or of ``day_words`` when white space and a
    digit follow it ("the 5th of May"); or, for a token of ``after_direction``,
    at one of ``directions`` (lower-case words of one length) just before the white
    space in front of it ("last Monday", the direction need not stand alone); or, for a
    token of ``after_words`` (or, with ``after_year``, a year after white space or a
    dash), at one of the ``words_back`` runs of word characters before it, each
    followed by white space or dashes ("in mid-May", "two days", "in 2019"), all of
    them ``back_words`` when that is given; or, with ``days``, at a digit that can
    begin a day number. With ``backward`` (and then only there), where a ``start_*``
    group of that pattern ends when it is matched in the reversed text from the end of
    a token of ``backward_from`` (or, with ``backward_from_years``, of a year after
    white space or a dash): the pattern reads the phrase right to left.
    """

    tokens: frozenset[str] = frozenset()
    day_words: frozenset[str] = frozenset()
    after_direction: frozenset[str] = frozenset()
    directions: frozenset[str] = frozenset()
    after_words: frozenset[str] = frozenset()
    words_back: int = 1
    back_words: frozenset[str] | None = None
    after_year: bool = False
    backward: re.Pattern[str] | None = None
    backward_from: frozenset[str] = frozenset()
    backward_from_years: bool = False
    days: bool = False

    @property
    def words(self) -> frozenset[str]:
        """Every token this reads."""
        return (
            self.tokens | self.day_words | self.after_direction | self.after_words
        ) | self.backward_from

    def positions(self, scan: Scan) -> list[int]:
        """The positions, in order, where a match can start in ``scan.text``."""
        if self.backward is not None:
            return self._backward(scan)
        present = scan.words
        tokens = self.tokens & present
        if not (
            self.days
            or self.day_words
            or self.after_direction
            or self.after_words
            or self.after_year
        ) and (len(tokens) < 2):
            return scan.at(next(iter(tokens))) if tokens else []
        found: set[int] = set(scan.day_starts()) if self.days else set()
        text, low = scan.text, scan.low
        for word in tokens:
            found.update(scan.at(word))
        for word in self.day_words & present:
            found.update(t for t in scan.at(word) if _digit_after_space(text, t + len(word)))
        if self.after_direction & present:
            size = len(next(iter(self.directions)))
            for word in self.after_direction & present:
                for token in scan.at(word):
                    space = _space_before(text, token)
                    if size <= space < token and low[space - size : space] in self.directions:
                        found.add(space - size)
        for word in self.after_words & present:
            for token in scan.at(word):
                found.update(_words_before(scan, token, self.words_back, self.back_words))
        if self.after_year:
            for year in scan.year_starts():
                found.update(_words_before(scan, year, self.words_back, self.back_words))
        return sorted(found)

    def _backward(self, scan: Scan) -> list[int]:
        assert self.backward is not None
        ends = [t + len(w) for w in self.backward_from & scan.words for t in scan.at(w)]
        if self.backward_from_years:
            ends += [year + 4 for year in scan.year_starts()]
        found: set[int] = set()
        size = len(scan.text)
        groups = [g for g in self.backward.groupindex if g.startswith("start")]
        for end in ends:
            match = self.backward.match(scan.reversed, size - end)
            if match is not None:
                found.update(size - match.end(g) for g in groups if match.start(g) >= 0)
        return sorted(found)
