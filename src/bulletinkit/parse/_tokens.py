"""Split a bulletin part into word tokens and sentences, keeping character offsets.

Lines that are page chrome rather than story (photo credits, bylines, "4 minute read")
are skipped here, so the people they name never reach the extractor.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["Token", "tokenize"]

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K., U.N.
    r"|[^\W\d_]+(?:['’\-][^\W\d_]+)*"  # words, with inner apostrophes and hyphens
    r"|\d+(?:[.,:\-]\d+)*[^\W\d_]*"  # numbers, 2021, S-400's tail, 1st
    r"|\S"
)
_POSSESSIVE = re.compile(r"['’]s$")
_ABBREVIATIONS = frozenset(
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
_CHROME_LINE = re.compile(
    r"^\s*(?:(?:source|sources|photo|photos|image|images|credit|credits|fot|foto|by|"
    r"article by|author|authors|written by|photograph)\s*[:.]"
    r"|\d+\s+min(?:ute)?s?\s+read\b|advertisement\s*$|support us\s*$)"
    r"|\bphoto(?:graph)?s?\s+(?:by|credit|:)|©",
    re.IGNORECASE,
)
_SENTENCE_END = frozenset(".!?…")
_CLOSERS = frozenset("\"'”’)]»")


@attrs.define(slots=True)
class Token:
    """One token of a part: its text, offsets, sentence number and small flags."""

    text: str
    part: int
    start: int
    end: int
    sent: int
    possessive: bool = False
    initial: bool = False  # first word of its sentence

    @property
    def lower(self) -> str:
        """The token in lower case."""
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        """Whether the token starts with a letter."""
        return self.text[:1].isalpha()

    @property
    def is_cap(self) -> bool:
        """Whether the token starts with an upper-case letter."""
        return self.text[:1].isupper()


def _chrome_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if _CHROME_LINE.search(line):
            spans.append((offset, offset + len(line)))
        offset += len(line)
    return spans


def tokenize(part: int, text: str, sent_base: int = 0) -> list[Token]:
    """Tokenize one part; sentence numbers start at ``sent_base``."""
    chrome = _chrome_spans(text)
    tokens: list[Token] = []
    sent = sent_base
    new_sentence = True
    pending_end = False
    line_end = -1
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if chrome and any(a <= start < b for a, b in chrome):
            continue
        word = match.group()
        if line_end >= 0 and "\n" in text[line_end:start]:
            pending_end = True
        line_end = end
        if pending_end and word not in _CLOSERS:
            sent += 1
            new_sentence = True
            pending_end = False
        possessive = False
        found = _POSSESSIVE.search(word) if word[:1].isalpha() else None
        if found and len(word) > 2:
            end = start + found.start()
            word = word[: found.start()]
            possessive = True
        if (
            tokens
            and word == "."
            and tokens[-1].end == start
            and (tokens[-1].lower in _ABBREVIATIONS or _is_initial(tokens[-1].text))
        ):
            last = tokens[-1]
            last.text += "."
            last.end = end
            continue
        token = Token(word, part, start, end, sent, possessive, new_sentence and word[:1].isalpha())
        if token.initial or word[:1].isalnum():
            new_sentence = False
        tokens.append(token)
        if word in _SENTENCE_END:
            pending_end = True
    return tokens


def _is_initial(text: str) -> bool:
    return len(text) == 1 and text.isupper()
