"""Split a part of a bulletin into sentences, keeping each sentence's offsets.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed
by white space and a capital letter, a digit or an opening quote, unless the word before
the full stop is a known abbreviation (``lexicon/abbreviations.txt``) or a single
capital initial ("J. Biden"). The scan is one pass over the text.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import attrs

__all__ = ["Sentence", "split_sentences"]

_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9А-Я])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_WORD_RUN = re.compile(r"[\w.]+")
# A boundary starts at one of these; only there is _BOUNDARY tried.
_STOPS = ".!?…"


@attrs.frozen(kw_only=True)
class Sentence:
    """One sentence of a part: ``text`` is ``part_text[start:end]`` with no outer spaces."""

    part: int
    start: int
    end: int
    text: str


@functools.cache
def _abbreviations() -> frozenset[str]:
    raw = resources.files("bulletinkit.parse").joinpath("lexicon/abbreviations.txt")
    lines = raw.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    start = max(0, dot - 24)
    if dot > start and text[dot - 1] != "\n":
        # the run of word characters and dots that ends at the stop, read backwards
        run = _WORD_RUN.match(text[dot - 1 : start - 1 if start else None : -1])
        word = text[dot - run.end() : dot] if run is not None else None
    else:  # ("$" also matches before a final line break: the regex says what it means)
        match = _WORD_BEFORE.search(text, start, dot)
        word = match.group(1) if match is not None else None
    if word is None:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial, as in "J. Biden"
    return word.rstrip(".") in _abbreviations()


def split_sentences(text: str, part: int = 0) -> tuple[Sentence, ...]:
    """The sentences of ``text`` in order, each with its offsets into ``text``."""
    sentences: list[Sentence] = []
    start = 0
    after = 0  # where the last boundary ended: the next is looked for from here
    for at in _stops(text):
        if at < after:
            continue
        match = _BOUNDARY.match(text, at)
        if match is None:
            continue
        after = match.end()
        if _is_abbreviation(text, at):
            continue
        _add(sentences, text, part, start, after)
        start = after
    _add(sentences, text, part, start, len(text))
    return tuple(sentences)


def _stops(text: str) -> list[int]:
    """Where a boundary may start, in order: the offsets of the sentence-ending marks.

    Trying ``_BOUNDARY`` only there finds what ``_BOUNDARY.finditer`` finds (a match
    starts with a mark), with ``str.find`` instead of the regex scanning every character.
    """
    found: list[int] = []
    for mark in _STOPS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def _add(out: list[Sentence], text: str, part: int, start: int, end: int) -> None:
    piece = text[start:end]
    body = piece.strip()
    if body:
        start += len(piece) - len(piece.lstrip())
        out.append(Sentence(part=part, start=start, end=start + len(body), text=body))
