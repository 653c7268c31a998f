"""Literal anchors of a regular expression: strings one of which every match contains.

A test helper (it was the run-time anchor reader of ``parse/text`` before the rules
declared their needles): :func:`anchors` reads a pattern's source and gives the
lower-case strings every match must contain, and those every match must start with.
The tests use it to check that the needles a rule declares are sound: each anchor holds
one of them. The reader knows the common regular-expression
syntax; anything it does not know (back-references, conditionals, verbose patterns,
escapes such as ``\\x41``) gives no anchors, and such a pattern is always searched in
full.
"""

from __future__ import annotations

import re

__all__ = ["anchors"]

_QUANTIFIER = re.compile(r"\{(\d*)(?:,(\d*))?\}")
# Printable ASCII that stands for itself outside a character class.
_PLAIN = re.compile(r"[^\\\[\](){}|.^$*+?\x00-\x1f\x7f-\U0010ffff]+")
_MAX_STRINGS = 256


class _Unknown(Exception):
    """The pattern uses syntax the anchor reader does not know."""


# A piece of a sequence: ("zero", ...) consumes nothing; ("opt", ...) may match the
# empty string; ("lit", strings, exact): every match starts with one of ``strings``, and
# when ``exact`` the matches are exactly those strings.
# A group keeps its alternatives, to look for anchors inside it.
_Piece = tuple[str, frozenset[str], bool, "list[list[_Piece]] | None"]
_ZERO: _Piece = ("zero", frozenset({""}), True, None)
_OPTIONAL: _Piece = ("opt", frozenset({""}), False, None)
_ANY_CHAR: _Piece = ("lit", frozenset({""}), False, None)


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.at = 0

    def peek(self) -> str:
        return self.source[self.at : self.at + 1]

    def alternatives(self) -> list[list[_Piece]]:
        """Read ``a|b|c`` up to a closing parenthesis or the end."""
        found = [self.sequence()]
        while self.peek() == "|":
            self.at += 1
            found.append(self.sequence())
        return found

    def sequence(self) -> list[_Piece]:
        pieces: list[_Piece] = []
        while self.peek() not in ("", "|", ")"):
            run = _PLAIN.match(self.source, self.at)
            # A run of plain characters is one literal, less a last one that a
            # quantifier follows ("texts?"): that one is read on its own.
            end = (
                0
                if run is None
                else run.end() - (run.end() < len(self.source) and self.source[run.end()] in "?*+{")
            )
            if end - self.at > 1:
                pieces.append(("lit", frozenset({self.source[self.at : end].lower()}), True, None))
                self.at = end
                continue
            pieces.append(self.quantified(self.atom()))
        return pieces

    def quantified(self, piece: _Piece) -> _Piece:
        char = self.peek()
        low: int | None = None
        if char in ("?", "*", "+"):
            self.at += 1
            low = 1 if char == "+" else 0
        elif char == "{":
            found = _QUANTIFIER.match(self.source, self.at)
            if found is None:
                raise _Unknown
            self.at = found.end()
            low = int(found.group(1) or 0)
        if low is None:
            return piece
        if self.peek() in ("?", "+"):
            self.at += 1  # lazy or possessive
        if piece[0] == "zero":
            return piece
        if low == 0 or piece[0] == "opt":
            return _OPTIONAL
        return ("lit", piece[1], False, None)

    def atom(self) -> _Piece:
        char = self.peek()
        self.at += 1
        if char == "(":
            return self.group()
        if char == "[":
            self.skip_class()
            return _ANY_CHAR
        if char == ".":
            return _ANY_CHAR
        if char in ("^", "$"):
            return _ZERO
        if char == "\\":
            return self.escape()
        if char in ("*", "+", "?", "{"):
            raise _Unknown
        return _literal(char)

    def escape(self) -> _Piece:
        char = self.peek()
        self.at += 1
        if char in ("b", "B", "A", "Z"):
            return _ZERO
        if char in ("s", "S", "w", "W", "d", "D"):
            return _ANY_CHAR
        if not char or char.isalnum() or not char.isascii():
            raise _Unknown  # \n, \x41, \1, \N{...}: not worth reading
        return _literal(char)

    def skip_class(self) -> None:
        if self.peek() == "^":
            self.at += 1
        if self.peek() == "]":
            self.at += 1
        while True:
            char = self.peek()
            if not char:
                raise _Unknown
            self.at += 1
            if char == "\\":
                self.at += 1
            elif char == "]":
                return

    def group(self) -> _Piece:
        zero = False
        if self.peek() == "?":
            self.at += 1
            kind = self.peek()
            if kind == ":":
                self.at += 1
            elif kind == "P" and self.source.startswith("P<", self.at):
                self.at = self.source.index(">", self.at) + 1
            elif kind in ("=", "!"):
                self.at += 1
                zero = True
            elif self.source.startswith(("<=", "<!"), self.at):
                self.at += 2
                zero = True
            elif kind == ">":
                self.at += 1  # atomic group
            else:
                return self.flags()
        inner = self.alternatives()
        if self.peek() != ")":
            raise _Unknown
        self.at += 1
        return _ZERO if zero else _union(inner)

    def flags(self) -> _Piece:
        start = self.at
        while self.peek() and self.peek() in "aiLmsu-":
            self.at += 1
        end = self.peek()
        if self.at == start or end not in (":", ")"):
            raise _Unknown  # (?x...), (?P=name), (?(1)...), (?#...)
        self.at += 1
        if end == ")":
            return _ZERO  # flags for the whole pattern
        inner = self.alternatives()
        if self.peek() != ")":
            raise _Unknown
        self.at += 1
        return _union(inner)


def _literal(char: str) -> _Piece:
    if char.isascii():
        return ("lit", frozenset({char.lower()}), True, None)
    if char.lower() == char == char.upper() == char.casefold():
        return ("lit", frozenset({char}), True, None)  # caseless: ©, ’, –
    return _ANY_CHAR


def _prefixes(pieces: list[_Piece]) -> _Piece:
    """What every match of the sequence ``pieces`` starts with."""
    strings = frozenset({""})
    for kind, more, exact, _ in pieces:
        if kind == "zero":
            continue
        if kind == "opt":
            return ("lit", strings, False, None)
        joined = frozenset(a + b for a in strings for b in more)
        if len(joined) > _MAX_STRINGS:
            return ("lit", strings, False, None)
        strings = joined
        if not exact:
            return ("lit", strings, False, None)
    return ("lit", strings, True, None)


def _union(inner: list[list[_Piece]]) -> _Piece:
    found = [_prefixes(pieces) for pieces in inner]
    strings = frozenset().union(*(piece[1] for piece in found))
    return ("lit", strings, all(piece[2] for piece in found), inner)


def _score(strings: frozenset[str]) -> int:
    return min(map(len, strings))


def _best(pieces: list[_Piece]) -> frozenset[str]:
    # Every match of pieces[i:] lies inside a match of the sequence: the strings that
    # start it are anchors too; so are the anchors of a group the sequence must match.
    # Take the candidate whose shortest string is longest.
    best = frozenset({""})
    for index, piece in enumerate(pieces):
        before = pieces[index - 1] if index else _ZERO
        if before[0] == "lit" and before[2] and "" not in before[1]:
            # Starting one piece earlier gives longer strings: no better start here.
            candidates = []
        else:
            candidates = [_prefixes(pieces[index:])[1]]
        if piece[0] == "lit" and piece[3] is not None:
            candidates.append(_best_of(piece[3]))
        for candidate in candidates:
            if _score(candidate) > _score(best):
                best = candidate
    return best


def _best_of(alternatives: list[list[_Piece]]) -> frozenset[str]:
    found = [_best(pieces) for pieces in alternatives]
    if any("" in strings for strings in found):
        return frozenset({""})
    return frozenset().union(*found)


def _heads(alternatives: list[list[_Piece]]) -> frozenset[str]:
    # What every match starts with: the union of the alternatives' prefixes.
    return frozenset().union(*(_prefixes(pieces)[1] for pieces in alternatives))


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    # A string holding a shorter one adds nothing to an "is any of them there" test.
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _minimal_heads(strings: frozenset[str]) -> frozenset[str]:
    # A string that starts with a shorter one adds nothing to "where can a match start".
    return frozenset(s for s in strings if not any(o != s and s.startswith(o) for o in strings))


def anchors(source: str, flags: int = 0) -> tuple[frozenset[str], frozenset[str]] | None:
    """The anchors of a pattern, and the strings every match starts with.

    Both are lower-case strings: every match contains one of the first set, and starts
    with one of the second (empty when some match starts with no known string).
    ``None`` when the pattern has a match without a literal anchor, or uses syntax this
    reader does not know.
    """
    if flags & re.VERBOSE:
        return None
    reader = _Reader(source)
    try:
        found = reader.alternatives()
    except (_Unknown, ValueError):
        return None
    if reader.at != len(source):
        return None  # an unbalanced ")"
    strings = _best_of(found)
    if "" in strings:
        return None
    heads = _heads(found)
    return _minimal(strings), frozenset() if "" in heads else _minimal_heads(heads)
