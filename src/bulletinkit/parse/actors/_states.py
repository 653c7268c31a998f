"""States and organisations acting in a bulletin.

A country's name is the state (also inside "Russia-Ukraine"); a demonym alone is not. A
capital is the state when it acts ("Paris has seemingly no idea", "warned Moscow"), not
after "in", "at", "to" and the like, nor inside a longer name ("Moscow Oblast").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bulletinkit.parse.actors._scan import Doc
from bulletinkit.parse.text import lexicon

__all__ = ["PageCountry", "find_organizations", "find_states", "page_country", "sentence_state"]

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


class PageCountry(NamedTuple):
    """Where a page stands: its wire dateline's country, and its one state if it names one."""

    dateline: str | None
    only: str | None


def page_country(doc: Doc) -> PageCountry:
    """The country of the page's first wire dateline, and the one state the page names
    (by name, demonym, capital, place or national body), if it names exactly one.

    This is no guess at the topic: a page that names two states has no ``only``.
    """
    codes: set[str] = set()
    for tag in doc.tag_list:
        if tag.code and tag.kind in {"country", "capital", "demonym", "adjective", "place", "org"}:
            codes.add(tag.code)
            if len(codes) > 1:
                break
    datelines = _datelines(doc)
    return PageCountry(
        dateline=datelines[0] if datelines else None,
        only=next(iter(codes)) if len(codes) == 1 else None,
    )


def sentence_state(doc: Doc, at: int) -> str | None:
    """The one state acting in the sentence of token ``at`` (by its name or its capital
    acting, "Prague would keep"), or ``None`` when the sentence names none or several."""
    tokens = doc.tokens
    sent = tokens[at].sent
    start = at
    while start > 0 and tokens[start - 1].sent == sent:
        start -= 1
    found: str | None = None
    i = start
    while i < len(tokens) and tokens[i].sent == sent:
        tag = doc.tags[i]
        if tag is not None and tag.start == i and tag.code:
            if tag.kind == "country" or (tag.kind == "capital" and _acts(doc, tag.start, tag.end)):
                if found is not None and found != tag.code:
                    return None
                found = tag.code
            i = tag.end
        else:
            i += 1
    return found
