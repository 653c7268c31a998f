"""States and organisations acting in a bulletin.

A country's name is the state (also inside "Russia-Ukraine"); a demonym alone is not. A
capital is the state when it acts ("Paris has seemingly no idea", "warned Moscow"), not
after "in", "at", "to" and the like, nor inside a longer name ("Moscow Oblast").
"""

from __future__ import annotations

import re

from bulletinkit.parse.actors._scan import Doc
from bulletinkit.parse.text import lexicon

__all__ = ["find_organizations", "find_states", "focal_country"]

_PLACE_NOUNS = frozenset(
    [
        "region",
        "oblast",
        "metro",
        "office",
        "time",
        "summit",
        "agreement",
        "format",
        "declaration",
        "protocol",
        "accords",
        "talks",
        "club",
        "court",
    ]
)
_HYPHEN = re.compile(r"-")
_DATELINE_WEIGHT = 3


def find_states(doc: Doc) -> dict[str, list[tuple[int, int, int]]]:
    """Mentions of each state as (part, start, end) character spans, by ISO code."""
    lex = lexicon()
    found: dict[str, list[tuple[int, int, int]]] = {}
    tokens = doc.tokens
    for tag in doc.tag_list:
        first, last = tokens[tag.start], tokens[tag.end - 1]
        acting = tag.kind == "country" or (tag.kind == "capital" and _acts(doc, tag.start, tag.end))
        if tag.code and acting:
            found.setdefault(tag.code, []).append((first.part, first.start, last.end))
        elif tag.kind == "adjective":
            offset = first.start
            for piece in _HYPHEN.split(first.text):
                code = lex.country_names.get(piece)
                if code is not None and first.text != piece:
                    found.setdefault(code, []).append((first.part, offset, offset + len(piece)))
                offset += len(piece) + 1
    return found


def _acts(doc: Doc, start: int, end: int) -> bool:
    tokens = doc.tokens
    lex = lexicon()
    if start > 0 and tokens[start - 1].lower in lex.cues["locative"]:
        return False
    if (
        start > 1
        and tokens[start - 1].lower == "the"
        and tokens[start - 2].lower in lex.cues["locative"]
    ):
        return False
    if tokens[end - 1].possessive:
        return True
    if end < len(tokens):
        nxt = tokens[end]
        if nxt.sent == tokens[start].sent and (
            nxt.lower in _PLACE_NOUNS or (nxt.is_cap and end in doc.run_at)
        ):
            return False
    return True


def find_organizations(doc: Doc) -> dict[str, tuple[str | None, list[tuple[int, int, int]]]]:
    """Mentions of each known organisation, by its canonical name, with its country."""
    found: dict[str, tuple[str | None, list[tuple[int, int, int]]]] = {}
    tokens = doc.tokens
    for tag in doc.tag_list:
        if tag.kind != "org" or tag.name is None:
            continue
        first, last = tokens[tag.start], tokens[tag.end - 1]
        found.setdefault(tag.name, (tag.code, []))[1].append((first.part, first.start, last.end))
    return found


def _datelines(doc: Doc) -> list[str]:
    """Countries of wire datelines: "KYIV, Feb 14 (Agency) - ..." gives UA."""
    lex = lexicon()
    found = []
    tokens = doc.tokens
    for i in doc.part_starts:
        tok = tokens[i]
        if not tok.text.isupper() or len(tok.text) < 3:
            continue
        words = [tok.text]
        j = i + 1
        while j < len(tokens) and tokens[j].text.isupper() and tokens[j].is_word:
            words.append(tokens[j].text)
            j += 1
        if j < len(tokens) and tokens[j].text == ",":
            place = " ".join(w.capitalize() for w in words)
            code = lex.capitals.get(place) or lex.country_names.get(place)
            if code:
                found.append(code)
    return found


def focal_country(doc: Doc) -> str | None:
    """The country the bulletin is mostly about: most named by name, demonym, capital or place.

    Wire datelines weigh more; a tie goes to the country named first.
    """
    counts: dict[str, int] = {}
    for tag in doc.tag_list:
        if not tag.code:
            continue
        if tag.kind in {"country", "capital", "demonym", "adjective", "place", "org"}:
            counts[tag.code] = counts.get(tag.code, 0) + 1
    for code in _datelines(doc):
        counts[code] = counts.get(code, 0) + _DATELINE_WEIGHT
    if not counts:
        return None
    # dicts keep insertion order, so a tie goes to the country named first
    return max(counts, key=lambda code: counts[code])
