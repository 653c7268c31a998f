"""Tag a tokenized bulletin: known proper names, title phrases and candidate name runs.

Everything here is one left-to-right pass over the tokens with bounded look-ahead, so the
whole scan stays linear in the length of the text.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from bulletinkit.parse.actors._marks import Marks
from bulletinkit.parse.actors._titles import TitleHit, strip_lead, title_hit
from bulletinkit.parse.actors._token import Token
from bulletinkit.parse.actors._tokens import tokenize_marked
from bulletinkit.parse.text import Lexicon, lexicon

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
    cue_at: list[int]  # the tokens a role phrase may start with, in order
    tag_list: list[Tag]  # the distinct tags of ``tags``, in order
    part_starts: list[int]  # the first token of each part that has tokens


def _proper_tag(lex: Lexicon, tokens: Sequence[Token], i: int, index: _ProperIndex) -> Tag | None:
    """The longest known proper name starting at token ``i`` (within its sentence);
    ``index`` is :func:`_proper_index`."""
    phrases, follow = index
    best: _Proper | None = None
    best_end = i
    tok = tokens[i]
    sent = tok.sent
    phrase = tok.text
    entry = phrases.get(phrase, _ABSENT)
    j = i
    while entry is not _ABSENT:  # (else no known name goes on like this)
        if entry is not None and entry[0] in _NAME_LIKE and _given_name_here(lex, tokens, j):
            after_title = j > 0 and tokens[j - 1].lower in lex.title_prefixes
            if entry[0] == "calendar" or after_title:
                entry = None  # "Jan Nowicki", "Minister German Galushchenko": a given name
        if entry is not None:
            best = entry
            best_end = j + 1
        j += 1
        nexts = follow.get(phrase)
        if tok.possessive or nexts is None or j >= min(len(tokens), i + lex.max_proper_words):
            break  # (no longer name starts with the phrase and a space)
        tok = tokens[j]
        if tok.sent != sent or tok.text not in nexts:
            break  # (no known name goes on with this word)
        phrase = f"{phrase} {tok.text}"
        entry = phrases.get(phrase, _ABSENT)
    if best is None:
        return None
    kind, code, name = best
    return Tag(kind, i, best_end, code, name)


def _given_name_here(lex: Lexicon, tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a given name before a surname rather than a month or demonym."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if tokens[i].text not in lex.given_names or nxt is None or not nxt.is_cap:
        return False
    return nxt.lower not in lex.title_prefixes and nxt.text not in lex.proper_prefixes


_Proper = tuple[str, "str | None", "str | None"]  # kind, code, canonical name
_ProperIndex = tuple[dict[str, "_Proper | None"], dict[str, frozenset[str]]]
_ABSENT: _Proper = ("", None, None)


@functools.cache
def _proper_index() -> _ProperIndex:
    """Every prefix of a known proper name, with what the whole phrase names (``None``
    for a prefix that names nothing itself); and the prefixes a longer one continues,
    with the words it goes on with.

    A phrase in several lists counts as the first of: not an actor, organisation,
    country, capital, demonym, place, calendar word.
    """
    lex = lexicon()
    index: dict[str, _Proper | None] = {}
    for phrase in lex.not_actors:
        index.setdefault(phrase, ("not_actor", None, None))
    for phrase, (name, code) in lex.organizations.items():
        index.setdefault(phrase, ("org", code, name))
    tables: tuple[tuple[str, dict[str, str] | dict[str, str | None]], ...] = (
        ("country", lex.country_names),
        ("capital", lex.capitals),
        ("demonym", lex.demonyms),
        ("place", lex.places),
    )
    for kind, table in tables:
        for phrase, place_code in table.items():
            index.setdefault(phrase, (kind, place_code, None))
    for phrase in lex.calendar:
        index.setdefault(phrase, ("calendar", None, None))
    for phrase in lex.proper_prefixes:
        index.setdefault(phrase, None)
    follow: dict[str, set[str]] = {}
    for prefix in lex.proper_prefixes:
        if " " in prefix:
            head, word = prefix.rsplit(" ", 1)
            follow.setdefault(head, set()).add(word)
    return index, {head: frozenset(words) for head, words in follow.items()}


_ARTICLES = frozenset({"al-", "el-", "ad-"})  # "al-Assad", "el-Sisi"


def _is_name_word(tok: Token) -> bool:
    """Whether the token may be a word of a person's name (see :func:`_name_word`)."""
    found = _NAME_WORDS.get(tok.text)
    return _name_word(tok.text) if found is None else found


def _name_word(text: str) -> bool:
    """Whether a token with this text may be a word of a person's name: capitalised and
    not all capitals ("NATO"), or "al-" and a capital; memoised per text (bounded)."""
    if len(text) == 1:
        found = False  # "I", "A"; initials carry their dot ("J.")
    elif not text[:1].isupper() or not text[:1].isalpha():
        found = bool(text[:3] in _ARTICLES and text[3:4].isupper())
    else:
        found = not (len(text) > 1 and text.isupper() and not text.endswith("."))
    if len(_NAME_WORDS) >= _NAME_WORDS_SIZE:
        _NAME_WORDS.clear()
    _NAME_WORDS[text] = found
    return found


_NAME_WORDS: dict[str, bool] = {}
_NAME_WORDS_SIZE = 20_000


def scan(parts: Sequence[str]) -> Doc:
    """Tokenize ``parts`` and tag proper names, titles and candidate name runs.

    Python loops only over the tokens the tokenizer marked as ones that may start a
    name or a title: capitalised words, words a title may start with, hyphenated words.
    """
    lex = lexicon()
    tokens: list[Token] = []
    part_starts: list[int] = []
    marks = Marks()
    for index, part in enumerate(parts):
        base = tokens[-1].sent + 1 if tokens else 0
        found = tokenize_marked(index, part, base, marks)
        if found:
            part_starts.append(len(tokens))
            tokens.extend(found)
            marks.offset = len(tokens)
    n = len(tokens)
    proper_prefixes = lex.proper_prefixes
    title_prefixes = lex.title_prefixes
    known_names = _proper_index()
    tags: list[Tag | None] = [None] * n
    tag_list: list[Tag] = []
    titles: dict[int, TitleHit] = {}
    i = 0
    for at in marks.scan:
        if at < i:
            continue  # inside the name or title just read
        i = at + 1
        tok = tokens[at]
        if not tok.is_word:
            continue
        text = tok.text
        cap = tok.is_cap
        # _proper_tag finds nothing unless the word begins a known name
        tag = _proper_tag(lex, tokens, at, known_names) if cap and text in proper_prefixes else None
        if tag is None and cap and "-" in text:
            head = text.split("-")[0]
            if head in lex.demonyms or head in lex.country_names or head in lex.capitals:
                tag = Tag("adjective", at, at + 1, lex.demonyms.get(head))
        if tag is not None:
            for k in range(tag.start, tag.end):
                tags[k] = tag
            tag_list.append(tag)
            i = tag.end
            continue
        low = tok.lower
        title = low in title_prefixes or ("-" in low and strip_lead(low)[1] in title_prefixes)
        hit = title_hit(lex, tokens, at) if title else None
        if hit is not None:
            titles[at] = hit
            i = hit.end
    lowered = _Lowered(parts, tokens)
    runs = _runs(lex, tokens, tags, titles, lowered, marks.names)
    run_at = {r.start: r for r in runs}
    return Doc(tokens, tags, titles, runs, run_at, marks.cues, tag_list, part_starts)


# How many words `_Lowered` answers by searching the whole text before it builds its set.
_SUBSTRING_SEARCHES = 8


class _Lowered:
    """Whether a word occurs in the text spelt with a lower-case first letter.

    The same as membership in the set of token texts that start in lower case, but the
    set is built only when it is needed: a word that is not a substring of the text is
    answered by a substring search, for the first few such words. After that the set is
    built, so that the cost stays linear in the length of the text.
    """

    __slots__ = ("_found", "_misses", "_text", "_tokens")

    def __init__(self, parts: Sequence[str], tokens: list[Token]) -> None:
        self._text = "\n".join(parts)  # a token's text holds no line break
        self._tokens = tokens
        self._found: frozenset[str] | None = None
        self._misses = _SUBSTRING_SEARCHES

    def __contains__(self, word: str) -> bool:
        if self._found is None:
            if self._misses > 0 and word not in self._text:
                self._misses -= 1
                return False  # every token's text is a substring of its part
            self._found = frozenset([t.text for t in self._tokens if t.text[:1].islower()])
        return word in self._found


def _runs(
    lex: Lexicon,
    tokens: list[Token],
    tags: list[Tag | None],
    titles: dict[int, TitleHit],
    lowered: _Lowered,
    starts: list[int],
) -> list[Run]:
    """The runs of name words; only capitalised and "al-" words may start one."""
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
    for at in starts:
        if at < i:
            continue
        i = at + 1
        tok = tokens[at]
        if tags[at] is not None or at in in_title or not _is_name_word(tok):
            continue
        calendar = tok.text in calendar_words and not _given_name_here(lex, tokens, at)
        if tok.text.rstrip(".") in honorifics or calendar:
            continue
        if tok.initial and _ordinary(lex, tok.text, lowered):
            continue
        sent = tok.sent
        j = at + 1
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
        words = tuple([t.text for t in tokens[at:j]])
        last = words[-1]
        runs.append(Run(at, j, words, last in org_heads, last in place_heads))
        i = j
    return runs


def _ordinary(lex: Lexicon, word: str, lowered: _Lowered) -> bool:
    low = word.lower()
    if low in lex.stopwords:
        return True
    return low in lowered and word not in lex.given_names
