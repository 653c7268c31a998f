"""Participants named by nationality: "his Belarusian counterpart", "the Russian delegation".

The demonyms come from the actor extractor's lexicon (``lexicon/states.tsv``); the
people nouns that follow them are in ``lexicon/meeting_parties.json``.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

import attrs

from bulletinkit.parse.text import Gate
from bulletinkit.parse.text import lexicon as actor_lexicon

__all__ = ["Party", "find_parties"]

_CAPITALISED = re.compile(r"[A-Z][\w.’'-]+")


@attrs.frozen(kw_only=True)
class Party:
    """A nationality standing for unnamed participants: its country and how it was said."""

    country: str
    start: int
    single: bool


@functools.cache
def _pattern() -> Gate:
    """The pattern, gated by its people nouns (every match ends with one)."""
    path = resources.files("bulletinkit.parse").joinpath("lexicon/meeting_parties.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    single = "|".join(re.escape(n) for n in data["single"])
    plural = "|".join(re.escape(n) for n in data["plural"])
    # "(?<!\w.)" after the capital is the word boundary before it: a pattern that starts
    # with a case-sensitive class lets the engine skip to the next capital quickly.
    return Gate(
        r"(?P<dem>(?-i:[A-Z])(?<!\w.)[\w.’'-]+)(?P<more>(?:,?\s+(?:and\s+)?(?-i:[A-Z])[\w.’'-]+)*)"
        rf"(?:\s+(?-i:[a-z-]+)(?:\s+and\s+(?-i:[a-z-]+))?){{0,3}}?\s+(?:(?P<one>{single})|(?:{plural}))\b",
        re.IGNORECASE,
        needles=[noun.lower() for noun in data["single"] + data["plural"]],
    )


def find_parties(text: str, low: str | None, left: int, right: int) -> list[Party]:
    """Nationalities between ``left`` and ``right`` that stand for participants;
    ``low`` is ``fold(text)``."""
    lexicon = actor_lexicon()
    demonyms, names = lexicon.demonyms, lexicon.country_names
    found: list[Party] = []
    for match in _pattern().finditer(text, low, left, right):
        words = [match.group("dem"), *_CAPITALISED.findall(match.group("more"))]
        for word in words:
            code = demonyms.get(word) or names.get(word)
            if code is not None and all(p.country != code for p in found):
                found.append(
                    Party(country=code, start=match.start(), single=match.group("one") is not None)
                )
    return found
