"""Tag a tokenized bulletin: known proper names, title phrases and candidate name runs.

Everything here is one left-to-right pass over the tokens with bounded look-ahead, so the
whole scan stays linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from bulletinkit.parse._lexicon import Lexicon, lexicon
from bulletinkit.parse._titles import TitleHit, strip_lead, title_hit
from bulletinkit.parse._tokens import Token, tokenize

__all__ = ["Doc", "Run", "Tag", "TitleHit", "scan"]

_MAX_PARTICLES = 3
_NAME_LIKE = frozenset({"calendar", "demonym"})


@attrs.define(slots=True)
class Tag:
    """A known proper name over tokens ``start`` to ``end``."""

    kind: str  # country, capital, demonym, adjective, org, not_actor, place, calendar
    start: int
    end: int
    code: str | None = None
    name: str | None = None


@attrs.define(slots=True)
class Run:
    """A run of capitalised tokens that may be a person's name."""

    start: int
    end: int
    words: tuple[str, ...]
    is_org: bool = False
    is_thing: bool = False


@attrs.define(slots=True)
class Doc:
    """A bulletin's tokens with their tags, title hits and name runs."""

    tokens: list[Token]
    tags: list[Tag | None]
    titles: dict[int, TitleHit]
    runs: list[Run]
    run_at: dict[int, Run]
    lowered: frozenset[str]


def _proper_tag(lex: Lexicon, tokens: Sequence[Token], i: int) -> Tag | None:
    limit = min(len(tokens), i + lex.max_proper_words)
    best: Tag | None = None
    phrase = ""
    for j in range(i, limit):
        tok = tokens[j]
        if j > i and tok.sent != tokens[i].sent:
            break
        phrase = tok.text if j == i else f"{phrase} {tok.text}"
        if phrase not in lex.proper_prefixes:
            break
        tag = _lookup(lex, phrase, i, j + 1)
        if tag is not None and tag.kind in _NAME_LIKE and _given_name_here(lex, tokens, j):
            after_title = j > 0 and tokens[j - 1].lower in lex.title_prefixes
            if tag.kind == "calendar" or after_title:
                tag = None  # "Jan Nowicki", "Minister German Galushchenko": a given name
        if tag is not None:
            best = tag
        if tok.possessive:
            break
    return best


def _given_name_here(lex: Lexicon, tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a given name before a surname rather than a month or demonym."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if tokens[i].text not in lex.given_names or nxt is None or not nxt.is_cap:
        return False
    return nxt.lower not in lex.title_prefixes and nxt.text not in lex.proper_prefixes


def _lookup(lex: Lexicon, phrase: str, start: int, end: int) -> Tag | None:
    if phrase in lex.not_actors:
        return Tag("not_actor", start, end)
    if phrase in lex.organizations:
        name, code = lex.organizations[phrase]
        return Tag("org", start, end, code, name)
    if phrase in lex.country_names:
        return Tag("country", start, end, lex.country_names[phrase])
    if phrase in lex.capitals:
        return Tag("capital", start, end, lex.capitals[phrase])
    if phrase in lex.demonyms:
        return Tag("demonym", start, end, lex.demonyms[phrase])
    if phrase in lex.places:
        return Tag("place", start, end, lex.places[phrase])
    if phrase in lex.calendar:
        return Tag("calendar", start, end)
    return None


_ARTICLES = frozenset({"al-", "el-", "ad-"})  # "al-Assad", "el-Sisi"


def _is_name_word(tok: Token) -> bool:
    text = tok.text
    if len(text) == 1:
        return False  # "I", "A"; initials carry their dot ("J.")
    if not text[:1].isupper() or not tok.is_word:
        return bool(text[:3] in _ARTICLES and text[3:4].isupper())
    return not (len(text) > 1 and text.isupper() and not text.endswith("."))


def scan(parts: Sequence[str]) -> Doc:
    """Tokenize ``parts`` and tag proper names, titles and candidate name runs."""
    lex = lexicon()
    tokens: list[Token] = []
    for index, part in enumerate(parts):
        base = tokens[-1].sent + 1 if tokens else 0
        tokens.extend(tokenize(index, part, base))
    lowered = frozenset([t.text for t in tokens if t.text[:1].islower()])
    tags: list[Tag | None] = [None] * len(tokens)
    titles: dict[int, TitleHit] = {}
    proper_prefixes = lex.proper_prefixes
    title_prefixes = lex.title_prefixes
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        text = tok.text
        if not tok.is_word and text[:1] != "U":
            i += 1
            continue
        cap = tok.is_cap
        # _proper_tag finds nothing unless the word begins a known name
        tag = _proper_tag(lex, tokens, i) if cap and text in proper_prefixes else None
        if tag is None and cap and "-" in text:
            head = text.split("-")[0]
            if head in lex.demonyms or head in lex.country_names or head in lex.capitals:
                tag = Tag("adjective", i, i + 1, lex.demonyms.get(head))
        if tag is not None:
            for k in range(tag.start, tag.end):
                tags[k] = tag
            i = tag.end
            continue
        low = tok.lower
        titled = low in title_prefixes or ("-" in low and strip_lead(low)[1] in title_prefixes)
        hit = title_hit(lex, tokens, i) if titled else None
        if hit is not None:
            titles[i] = hit
            i = hit.end
            continue
        i += 1
    runs = _runs(lex, tokens, tags, titles, lowered)
    return Doc(tokens, tags, titles, runs, {r.start: r for r in runs}, lowered)


def _runs(
    lex: Lexicon,
    tokens: list[Token],
    tags: list[Tag | None],
    titles: dict[int, TitleHit],
    lowered: frozenset[str],
) -> list[Run]:
    in_title: set[int] = set()
    for hit in titles.values():
        in_title.update(range(hit.start, hit.end))
    particles = lex.cues["particle"]
    honorifics = lex.cues["honorific"]
    calendar_words = lex.calendar
    org_heads = lex.cues["org_head"]
    place_heads = lex.cues["name_place_head"]
    runs: list[Run] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        # most tokens are neither capitalised nor "al-": no name word, as _is_name_word says
        maybe = tok.is_cap or tok.text[:3] in _ARTICLES
        if not maybe or tags[i] is not None or i in in_title or not _is_name_word(tok):
            i += 1
            continue
        calendar = tok.text in calendar_words and not _given_name_here(lex, tokens, i)
        if tok.text.rstrip(".") in honorifics or calendar:
            i += 1
            continue
        if tok.initial and _ordinary(lex, tok.text, lowered):
            i += 1
            continue
        sent = tok.sent
        j = i + 1
        while j < n and tokens[j].sent == sent and not tokens[j - 1].possessive:
            nxt = tokens[j]
            if tags[j] is None and j not in in_title and _is_name_word(nxt):
                j += 1
            elif nxt.text in particles:
                k = j
                while k < n and tokens[k].text in particles and k - j < _MAX_PARTICLES:
                    k += 1
                same = k < n and tokens[k].sent == sent
                if same and tags[k] is None and _is_name_word(tokens[k]):
                    j = k + 1
                else:
                    break
            else:
                break
        words = tuple([t.text for t in tokens[i:j]])
        last = words[-1]
        runs.append(Run(i, j, words, last in org_heads, last in place_heads))
        i = j
    return runs


def _ordinary(lex: Lexicon, word: str, lowered: frozenset[str]) -> bool:
    low = word.lower()
    if low in lex.stopwords:
        return True
    return low in lowered and word not in lex.given_names
