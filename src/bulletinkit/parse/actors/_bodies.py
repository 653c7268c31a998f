"""Bodies and states a role phrase names with common words: "the presidential
administration", "the Security Council", "the country's".

Helpers of :mod:`bulletinkit.parse.actors._roles`.
"""

from __future__ import annotations

import functools

from bulletinkit.parse.actors._scan import Doc
from bulletinkit.parse.actors._token import Token
from bulletinkit.parse.text import lexicon

__all__ = ["STATE_NOUNS", "body_noun", "common_body", "generic", "remit", "state_before"]

_DESCRIBING = frozenset(
    {"ruling", "main", "new", "old", "former", "local", "same", "other", "whole"}
)
STATE_NOUNS = frozenset({"country", "nation", "republic"})  # "the country's president"
_STATE_LOOKBACK = 80  # tokens back to the state "the country's" names


def is_acronym(text: str) -> bool:
    """ "PGNiG", "SBU": a word of letters with at least two capitals, the first one too."""
    return text[:1].isupper() and text.isalpha() and sum(c.isupper() for c in text) >= 2


def state_before(doc: Doc, i: int) -> str | None:
    """The state named last in the ``_STATE_LOOKBACK`` tokens before token ``i``, by name or
    demonym (a capital is as often a place as the state)."""
    for k in range(i - 1, max(-1, i - _STATE_LOOKBACK), -1):
        tag = doc.tags[k]
        if tag is not None and tag.code and tag.kind in {"country", "demonym"}:
            return tag.code
    return None


_MAX_BODY_WORDS = 3


def common_body(doc: Doc, j: int) -> int:
    """Where a body named by lower-case common words ends ("presidential administration",
    "security council"): up to three words, the last one a body's noun; ``j`` when none."""
    tokens = doc.tokens
    for k in range(j, min(j + _MAX_BODY_WORDS, len(tokens))):
        tok = tokens[k]
        if not tok.is_word or tok.is_cap or doc.tags[k] is not None or k in doc.titles:
            return j
        if tok.lower.endswith("est") or tok.lower in _DESCRIBING:
            return j  # "leader of the largest party", "of the ruling party": a description
        if body_noun(tok):
            return k + 1
    return j


def generic(doc: Doc, start: int, end: int) -> bool:
    """Whether a capitalised body's name over ``start``-``end`` is made of common words, the
    name of a post's office rather than of one organisation ("Security Council", not "Rostec")."""
    tokens = doc.tokens
    if end - start < 2 or not _body_noun_word(tokens[end - 1].text):
        return False
    for k in range(start, end):
        tok = tokens[k]
        if doc.tags[k] is not None or not tok.is_word or is_acronym(tok.text):
            return False
    return True


def remit(doc: Doc, end: int) -> int:
    """Where "for" and the capitalised words of a body's remit end after ``end``."""
    tokens = doc.tokens
    if end + 1 >= len(tokens) or tokens[end].lower != "for":
        return end
    k = end + 1
    while k < len(tokens) and tokens[k].is_cap and doc.tags[k] is None and k not in doc.titles:
        k += 1
    return k if k > end + 1 else end


def _body_noun_word(text: str) -> bool:
    return text in _org_heads()


def body_noun(token: Token) -> bool:
    """ "ministry", "government": a body named by a common noun, in lower case."""
    return token.is_word and not token.is_cap and token.text.capitalize() in _org_heads()


@functools.cache
def _org_heads() -> frozenset[str]:
    return lexicon().cues["org_head"]
