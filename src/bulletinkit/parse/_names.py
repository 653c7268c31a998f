"""Name keys that join transliteration variants, and slugs for actor ids."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from bulletinkit.parse._lexicon import lexicon

__all__ = ["ascii_fold", "name_key", "slugify", "word_key"]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def ascii_fold(text: str) -> str:
    """``text`` without accents, in lower case: "Élysée" -> "elysee"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=4096)
def word_key(word: str) -> str:
    """The matching key of one word of a name: Sergey and Sergei share one key."""
    key = ascii_fold(word).replace("’", "'")
    key = "".join(c for c in key if c.isalnum() or c == "-")
    for pattern, replacement in lexicon().translit:
        key = pattern.sub(replacement, key)
    return key


def name_key(words: Sequence[str]) -> tuple[str, ...]:
    """The matching key of a name given as its words (hyphenated parts kept together)."""
    return tuple(map(word_key, words))


@functools.lru_cache(maxsize=4096)
def slugify(text: str) -> str:
    """A lower-case slug of ``text`` for an actor id: "Le Drian" -> "le-drian"."""
    slug = _NON_ALNUM.sub("-", ascii_fold(text)).strip("-")
    return slug or "actor"
