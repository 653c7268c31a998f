"""Split a bulletin part into word tokens and sentences, keeping character offsets.

Lines that are page chrome rather than story (photo credits, bylines, "4 minute read";
see :mod:`._chrome`) are skipped here, so the people they name never reach the extractor.
"""

from __future__ import annotations

from sys import intern

from bulletinkit.parse.actors._chrome import chrome_spans, may_hold_chrome
from bulletinkit.parse.actors._known import public_figures
from bulletinkit.parse.actors._marks import CUE, NAME, SCAN, Marks, mark_of
from bulletinkit.parse.actors._token import (
    ABBREVIATIONS,
    CLOSERS,
    POSSESSIVE_ENDINGS,
    SENTENCE_END,
    SPACED_TOKEN,
    TRAILING,
    Token,
    is_initial,
)
from bulletinkit.parse.text import lexicon

__all__ = ["tokenize", "tokenize_marked"]


def tokenize(part: int, text: str, sent_base: int = 0) -> list[Token]:
    """Tokenize one part; sentence numbers start at ``sent_base``.

    Tokens are what ``TOKEN`` matches, less page chrome; a possessive "'s" is cut off
    its word (``possessive``); a full stop right after an abbreviation or an initial
    joins it ("Mr.", "J."). A sentence ends after ".", "!", "?" or "…" and at a line
    break, at the next token that is no closing quote or bracket.
    """
    return tokenize_marked(part, text, sent_base, Marks())


def tokenize_marked(part: int, text: str, sent_base: int, marks: Marks) -> list[Token]:
    """:func:`tokenize`, noting in ``marks`` the tokens later passes look at.

    The part's first token has the index ``marks.offset``; the caller moves the offset
    on by the number of tokens returned before the next part.
    """
    chrome = chrome_spans(text) if may_hold_chrome(text) else []
    if not chrome:
        return _tokenize_plain(part, text, sent_base, marks)
    tokens = _tokenize_chrome(part, text, sent_base, chrome)
    for index, token in enumerate(tokens, marks.offset):
        marks.add(index, mark_of(token.text, token.lower, token.is_cap))
    return tokens


def _tokenize_plain(part: int, text: str, sent_base: int, marks: Marks) -> list[Token]:
    """:func:`tokenize` for a part without chrome lines: every token is kept.

    The text is cut at spaces first (C code); a piece of letters only is one word token
    (``TOKEN`` would match it whole), and only the other pieces go through the regex.
    """
    tokens: list[Token] = []
    append = tokens.append
    new_token = Token.__new__
    info_of = _WORD_INFO.get
    closers = CLOSERS
    findall = SPACED_TOKEN.findall
    names = marks.names.append
    scans = marks.scan.append
    cues = marks.cues.append
    index = marks.offset  # of the next token
    sent = sent_base
    new_sentence = True
    pending_end = False
    last: Token | None = None
    pos = 0
    for piece in text.split(" "):
        info = (info_of(piece) or _word_info(piece)) if piece.isalpha() else None
        if info is not None and not info[3]:
            # a plain word (not glued to a name): the common case, in short
            if pending_end:
                sent += 1
                new_sentence = True
                pending_end = False
            lower, _is_word, is_cap, _special, mark, size = info
            if mark:
                if mark & NAME:
                    names(index)
                if mark & SCAN:
                    scans(index)
                if mark & CUE:
                    cues(index)
            index += 1
            last = token = new_token(Token)
            token.text = intern(piece)  # one string per word, not per use: memory
            token.part = part
            token.start = pos
            token.end = pos = pos + size
            token.sent = sent
            token.possessive = False
            token.lower = lower
            token.is_word = True
            token.is_cap = is_cap
            token.initial = new_sentence
            new_sentence = False
            append(token)
            pos += 1
            continue
        after = pos + len(piece) + 1
        head = piece[:-1]
        info = (info_of(head) or _word_info(head)) if head.isalpha() else None
        if piece[-1:] in TRAILING and info is not None and not info[3]:
            # "said.", "Paris,": as above, twice
            if pending_end:
                sent += 1
                new_sentence = True
                pending_end = False
            lower, _is_word, is_cap, _special, mark, size = info
            if mark:
                marks.add(index, mark)
            index += 1
            last = token = new_token(Token)
            token.text = intern(head)
            token.part = part
            token.start = pos
            token.end = pos = pos + size
            token.sent = sent
            token.possessive = False
            token.lower = lower
            token.is_word = True
            token.is_cap = is_cap
            token.initial = new_sentence
            new_sentence = False
            append(token)
            stop = piece[-1]
            if stop == "." and (lower in ABBREVIATIONS or is_initial(head)):
                token.text = piece  # "Mr.", "J.": the full stop joins the word
                token.end = pos = pos + 1
                token.refresh()
                marks.drop(index - 1)
                marks.add(index - 1, mark_of(piece, token.lower, token.is_cap))
            else:
                lower, is_word, is_cap, special, mark, _size = info_of(stop) or _word_info(stop)
                if mark:
                    marks.add(index, mark)
                index += 1
                last = token = new_token(Token)
                token.text = stop
                token.part = part
                token.start = pos
                token.end = pos = pos + 1
                token.sent = sent
                token.possessive = False
                token.lower = lower
                token.is_word = is_word
                token.is_cap = is_cap
                token.initial = False
                append(token)
                if special >= _K_STOP:
                    pending_end = True
            pos = after
            continue
        found = findall(piece)
        if not piece.islower() and any(len(split_word(w)) > 1 for _, w in found):
            found = _unglued(found)
        for space, word in found:
            start = pos + len(space)
            end = pos = start + len(word)
            if "\n" in space and last is not None:
                pending_end = True  # a line break ends the sentence
            if pending_end and word not in closers:
                sent += 1
                new_sentence = True
                pending_end = False
            lower, is_word, is_cap, special, mark, _size = info_of(word) or _word_info(word)
            if special:
                if special == _K_POSSESSIVE:
                    end -= 2
                    word = word[:-2]
                    lower = word.lower()
                    mark = mark_of(word, lower, is_cap)
                elif (
                    special == _K_STOP
                    and last is not None
                    and last.end == start
                    and (last.lower in ABBREVIATIONS or is_initial(last.text))
                ):
                    last.text += "."
                    last.end = end
                    last.refresh()
                    marks.drop(index - 1)
                    marks.add(index - 1, mark_of(last.text, last.lower, last.is_cap))
                    continue
            if mark:
                marks.add(index, mark)
            index += 1
            # Token(word, part, start, end, sent, possessive, initial) without the call's cost
            last = token = new_token(Token)
            token.text = word
            token.part = part
            token.start = start
            token.end = end
            token.sent = sent
            token.possessive = special == _K_POSSESSIVE
            token.lower = lower
            token.is_word = is_word
            token.is_cap = is_cap
            append(token)
            if new_sentence:
                token.initial = is_word
                if is_word or special == _K_DIGIT:
                    new_sentence = False
                elif special >= _K_STOP:
                    pending_end = True  # a full stop or another sentence end
            else:
                token.initial = False
                if special >= _K_STOP:
                    pending_end = True
        if last is not None and "\n" in text[pos : after - 1]:
            pending_end = True  # a line break after the piece's last token (or in a piece
            # without one) ends the sentence
        pos = after
    return tokens


# What is special about a token, by its text: a possessive word ("Putin's"), a number,
# a full stop, another sentence end; 0 for anything else.
_K_POSSESSIVE, _K_DIGIT, _K_STOP, _K_END = 1, 2, 3, 4
# A word a scraper glued to the name after it ("TuesdayJohn", "AGENCYJohn"): two tokens.
_K_GLUED = -1
# Per-process memo of _word_info, a pure function of the word (bounded).
_WORD_INFO: dict[str, tuple[str, bool, bool, int, int, int]] = {}
_WORD_INFO_SIZE = 20_000  # a few MB at most


def _word_info(word: str) -> tuple[str, bool, bool, int, int, int]:
    """A token's lower case, whether it starts with a letter, with a capital, what is
    special about it (see ``_K_POSSESSIVE``), its marks (see ``NAME``), its length."""
    first = word[0]
    is_word = first.isalpha()
    special = 0
    if is_word:
        if word[-2:] in POSSESSIVE_ENDINGS and len(word) > 2:
            special = _K_POSSESSIVE
        elif glued_at(word):
            special = _K_GLUED
    elif first.isdigit():
        special = _K_DIGIT
    elif word == ".":
        special = _K_STOP
    elif word in SENTENCE_END:
        special = _K_END
    lower = word.lower()
    is_cap = first.isupper()
    info = (lower, is_word, is_cap, special, mark_of(word, lower, is_cap), len(word))
    if len(_WORD_INFO) >= _WORD_INFO_SIZE:
        _WORD_INFO.clear()
    _WORD_INFO[word] = info
    return info


_MIN_TAIL = 3  # letters of the name glued on ("Ann" in "TuesdayAnn")
_MIN_CAPS_HEAD = 2  # capitals of a glued word in capitals ("AP" in "APJohn")


def glued_at(word: str) -> int:
    """Where the name starts in a word a scraper glued to it: "TuesdayJohn" (a word and a
    given name), "BELTAAlexander" (capitals and a given name), "PoliticsOpposition" (a word
    and a title word); 0 for any other word, such as "MacArthur" or "McDonald"."""
    if not word.isalpha() or word[1:].islower() or word.isupper():
        return 0
    lex = lexicon()
    for k in range(len(word) - _MIN_TAIL, 0, -1):
        if word[k].isupper() and word[k + 1 :].islower():
            head, tail = word[:k], word[k:]
            capitals = head.isupper() and len(head) >= _MIN_CAPS_HEAD
            worded = head[0].isupper() and head[1:].islower() and len(head) > _MIN_CAPS_HEAD
            if not (capitals or worded) or head in lex.cues["glued_head"]:
                return 0
            known = tail in lex.given_names or tail.lower() in lex.title_prefixes
            return k if known or head in lex.calendar else 0
    return 0


def split_word(word: str) -> tuple[str, ...]:
    """The tokens one match of ``TOKEN`` stands for: the word itself; a word glued to a name
    cut in two (see :func:`glued_at`); or two surnames a crawler joined with a hyphen ("the
    Putin-Erdogan talks": "Putin", "-", "Erdogan"), when both are surnames of the bundled
    public figures and neither is a given name ("Kassym-Jomart" stays whole)."""
    found = _SPLIT.get(word)
    if found is not None:
        return found
    k = glued_at(word)
    found = (word[:k], word[k:]) if k else (word,)
    if not k and "-" in word:
        halves = word.split("-")
        lex = lexicon()
        figures = public_figures()
        if len(halves) == _PAIR and all(
            h.isalpha()
            and len(h) >= _MIN_TAIL
            and h.istitle()
            and h not in lex.given_names
            and figures.lookup((h,)) is not None
            for h in halves
        ):
            found = (halves[0], "-", halves[1])
    if len(_SPLIT) >= _WORD_INFO_SIZE:
        _SPLIT.clear()
    _SPLIT[word] = found
    return found


_PAIR = 2
# Per-process memo of split_word, a pure function of the word (bounded).
_SPLIT: dict[str, tuple[str, ...]] = {}


def _unglued(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (space, word) pairs of ``found`` with every word split as :func:`split_word` says."""
    out: list[tuple[str, str]] = []
    for space, word in found:
        pieces = split_word(word)
        out.append((space, pieces[0]))
        out.extend(("", piece) for piece in pieces[1:])
    return out


def _tokenize_chrome(
    part: int, text: str, sent_base: int, chrome: list[tuple[int, int]]
) -> list[Token]:
    """:func:`tokenize` for a part with chrome lines, whose tokens are left out."""
    tokens: list[Token] = []
    append = tokens.append
    new_token = Token.__new__
    sent = sent_base
    new_sentence = True
    pending_end = False
    kept = False  # a token kept before: a line break after it may end its sentence
    newline = False  # a line break since the last kept token
    chrome_at = 0
    chrome_count = len(chrome)
    pos = 0
    # One C-level pass: each item is the whitespace before a token and the token.
    for space, word in _unglued(SPACED_TOKEN.findall(text)):
        start = pos + len(space)
        end = pos = start + len(word)
        if "\n" in space:
            newline = True
        if chrome_count:
            while chrome_at < chrome_count and chrome[chrome_at][1] <= start:
                chrome_at += 1
            if chrome_at < chrome_count and chrome[chrome_at][0] <= start:
                continue  # page chrome: a photo credit, a byline, a headline
        if newline and kept:
            pending_end = True
        newline = False
        kept = True
        if pending_end and word not in CLOSERS:
            sent += 1
            new_sentence = True
            pending_end = False
        first = word[0]
        is_alpha = first.isalpha()
        possessive = False
        if is_alpha and word[-2:] in POSSESSIVE_ENDINGS and len(word) > 2:
            end -= 2
            word = word[:-2]
            possessive = True
        elif word == "." and tokens:
            last = tokens[-1]
            if last.end == start and (last.lower in ABBREVIATIONS or is_initial(last.text)):
                last.text += "."
                last.end = end
                last.refresh()
                continue
        # Token(word, part, start, end, sent, possessive, initial) without the call's cost
        token = new_token(Token)
        token.text = word
        token.part = part
        token.start = start
        token.end = end
        token.sent = sent
        token.possessive = possessive
        token.initial = new_sentence and is_alpha
        token.lower = word.lower()
        token.is_word = is_alpha
        token.is_cap = first.isupper()
        append(token)
        if is_alpha or first.isdigit():
            new_sentence = False
        elif word in SENTENCE_END:
            pending_end = True
    return tokens
