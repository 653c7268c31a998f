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
    match = _WORD_BEFORE.search(text, max(0, dot - 24), dot)
    if match is None:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial, as in "J. Biden"
    return word.rstrip(".") in _abbreviations()


def split_sentences(text: str, part: int = 0) -> tuple[Sentence, ...]:
    """The sentences of ``text`` in order, each with its offsets into ``text``."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_abbreviation(text, match.start()):
            continue
        _add(sentences, text, part, start, match.end())
        start = match.end()
    _add(sentences, text, part, start, len(text))
    return tuple(sentences)


def _add(out: list[Sentence], text: str, part: int, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(part=part, start=start, end=end, text=text[start:end]))
