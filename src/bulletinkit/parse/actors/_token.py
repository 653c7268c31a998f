"""What a token is: the :class:`Token` of a part, and the marks the tokenizer reads.

The tokenizer (:mod:`._tokens`) cuts a part into these; the title and name passes read
them. This module imports nothing of the extractor, so every pass can name ``Token``.
"""

from __future__ import annotations

import re

__all__ = [
    "ABBREVIATIONS",
    "CLOSERS",
    "POSSESSIVE_ENDINGS",
    "SENTENCE_END",
    "SPACED_TOKEN",
    "TOKEN",
    "TRAILING",
    "Token",
    "is_initial",
]

TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K., U.N.
    r"|[^\W\d_]+(?:['’\-][^\W\d_]+)*"  # words, with inner apostrophes and hyphens
    r"|\d+(?:[.,:\-]\d+)*[^\W\d_]*"  # numbers, 2021, S-400's tail, 1st
    r"|\S"
)
# The same, with the whitespace before each token, for one findall over a part.
SPACED_TOKEN = re.compile(r"(\s*)(" + TOKEN.pattern + ")")
POSSESSIVE_ENDINGS = frozenset({"'s", "’s"})
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "maj",
        "adm",
        "gov",
        "sen",
        "rep",
        "prof",
        "sgt",
        "capt",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "gens",
    ]
)
SENTENCE_END = frozenset(".!?…")
CLOSERS = frozenset("\"'”’)]»")
TRAILING = frozenset(".,;:")  # marks that end a piece "word." as a token of their own


class Token:
    """One token of a part: its text, offsets, sentence number and small flags.

    A plain slotted class rather than attrs: the scanner builds one per word, and this is
    the hottest allocation of the parser. :func:`tokenize` fills the slots itself, as
    ``__init__`` would (keep the two in step).
    """

    __slots__ = (
        "end",
        "initial",
        "is_cap",
        "is_word",
        "lower",
        "part",
        "possessive",
        "sent",
        "start",
        "text",
    )

    def __init__(
        self,
        text: str,
        part: int,
        start: int,
        end: int,
        sent: int,
        possessive: bool = False,
        initial: bool = False,
    ) -> None:
        self.text = text
        self.part = part
        self.start = start
        self.end = end
        self.sent = sent
        self.possessive = possessive
        self.initial = initial  # first word of its sentence
        self.lower = text.lower()
        first = text[:1]
        self.is_word = first.isalpha()
        self.is_cap = first.isupper()

    def refresh(self) -> None:
        """Recompute the derived fields after ``text`` changed."""
        self.lower = self.text.lower()
        first = self.text[:1]
        self.is_word = first.isalpha()
        self.is_cap = first.isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, part={self.part}, start={self.start})"


def is_initial(text: str) -> bool:
    """Whether ``text`` is one capital letter, the initial of a name ("J" in "J. Smith")."""
    return len(text) == 1 and text.isupper()
