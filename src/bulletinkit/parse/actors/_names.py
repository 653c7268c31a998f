"""Name keys that join transliteration variants, and slugs for actor ids."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from bulletinkit.parse.text import lexicon

__all__ = ["ascii_fold", "name_key", "slugify", "word_key"]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def ascii_fold(text: str) -> str:
    """``text`` without accents, in lower case: "Élysée" -> "elysee"."""
    if text.isascii():
        return text.lower()  # (ASCII text is its own NFKD form, with no combining marks)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=4096)
def word_key(word: str) -> str:
    """The matching key of one word of a name: Sergey and Sergei share one key."""
    key = ascii_fold(word).replace("’", "'")
    if not key.isalnum():
        key = "".join(c for c in key if c.isalnum() or c == "-")
    for needed, pattern, replacement in _translit():
        if needed in key:  # (a cheap test first: most rules find nothing in a word)
            key = pattern.sub(replacement, key)
    return key


@functools.cache
def _translit() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """The lexicon's transliteration rules, each with letters any match of it holds."""
    return tuple((_needed(p.pattern), p, r) for p, r in lexicon().translit)


_CLASS = re.compile(r"\[[a-z]+\]")
_PLAIN_RULE = re.compile(r"\^?(?:[a-z()]|\[[a-z]+\])*\$?")  # letters, groups, [abc] classes


def _needed(pattern: str) -> str:
    """Letters every match of ``pattern`` holds in a row: the longest run of letters
    between its character classes, for a pattern of letters, classes, groups and anchors
    only; else "" (found in every word)."""
    if not _PLAIN_RULE.fullmatch(pattern):
        return ""  # a quantifier, an alternation, an escape: no cheap test
    runs = _CLASS.split(pattern.strip("^$"))
    return max((run.replace("(", "").replace(")", "") for run in runs), key=len)


def name_key(words: Sequence[str]) -> tuple[str, ...]:
    """The matching key of a name given as its words (hyphenated parts kept together)."""
    return tuple(map(word_key, words))


@functools.lru_cache(maxsize=4096)
def slugify(text: str) -> str:
    """A lower-case slug of ``text`` for an actor id: "Le Drian" -> "le-drian"."""
    slug = _NON_ALNUM.sub("-", ascii_fold(text)).strip("-")
    return slug or "actor"
