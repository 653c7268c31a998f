"""The actor tokenizer: its rules, and its fast paths against a plain reading of them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit.parse.actors import _token
from bulletinkit.parse.actors._chrome import chrome_spans, may_hold_chrome
from bulletinkit.parse.actors._marks import Marks, mark_of
from bulletinkit.parse.actors._tokens import tokenize, tokenize_marked

Row = tuple[str, int, int, int, int, bool, bool, str, bool, bool]


def _row(token: _token.Token) -> Row:
    return (
        token.text,
        token.part,
        token.start,
        token.end,
        token.sent,
        token.possessive,
        token.initial,
        token.lower,
        token.is_word,
        token.is_cap,
    )


def _reference(part: int, text: str, base: int) -> list[Row]:
    """The tokenizer's rules read one regex match at a time, with no shortcut."""
    chrome = chrome_spans(text) if may_hold_chrome(text) else []
    rows: list[Row] = []
    sent, new_sentence, pending, newline, pos = base, True, False, False, 0
    for space, word in _token.SPACED_TOKEN.findall(text):
        start = pos + len(space)
        end = pos = start + len(word)
        newline = newline or "\n" in space
        if any(a <= start < b for a, b in chrome):
            continue
        if newline and rows:
            pending = True
        newline = False
        if pending and word not in _token.CLOSERS:
            sent, new_sentence, pending = sent + 1, True, False
        alpha = word[0].isalpha()
        possessive = alpha and len(word) > 2 and word[-2:] in {"'s", "’s"}
        if possessive:
            word, end = word[:-2], end - 2
        elif word == "." and rows and rows[-1][3] == start:
            last = rows[-1][0]
            if last.lower() in _token.ABBREVIATIONS or (len(last) == 1 and last.isupper()):
                joined = last + "."
                rows[-1] = (joined, part, rows[-1][2], end, *rows[-1][4:7], joined.lower(),
                            *rows[-1][8:])  # fmt: skip
                continue
        initial = new_sentence and alpha
        rows.append((word, part, start, end, sent, possessive, initial, word.lower(), alpha,
                     word[0].isupper()))  # fmt: skip
        if alpha or word[0].isdigit():
            new_sentence = False
        elif word in ".!?…":
            pending = True
    return rows


_PIECES = [
    "Putin", "met", "U.S.", "Mr.", "J.", "Gen", ".", ",", "said.", "Paris,", "Putin's",
    "it’s", "'s", "two-plus-two", "al-Assad", "2021", "3.5", "?", "!", "…", '"', "”", ")",
    "(Reuters)", "«", "»", "Photo:", "By", "©", "Dr..", "\n", "\n\n", " ", "  ", "\t",
    "\u00a0", "É", "Łukasz", "²", "minister", "The", "the",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", " ", "\n", "\n ", " \n "])),
        max_size=40,
    ),
    st.integers(min_value=0, max_value=3),
)
def test_tokens_follow_the_plain_reading_of_the_rules(
    pieces: list[tuple[str, str]], base: int
) -> None:
    text = "".join(piece + gap for piece, gap in pieces)
    assert [_row(t) for t in tokenize(2, text, base)] == _reference(2, text, base)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join))
def test_marks_name_the_tokens_later_passes_start_from(text: str) -> None:
    marks = Marks()
    marks.offset = 5
    tokens = tokenize_marked(0, text, 0, marks)
    expected = [mark_of(t.text, t.lower, t.is_cap) for t in tokens]
    for bit, found in ((1, marks.names), (2, marks.scan), (4, marks.cues)):
        assert found == [5 + k for k, mark in enumerate(expected) if mark & bit]


def test_a_possessive_is_cut_and_an_abbreviation_keeps_its_full_stop() -> None:
    text = "Mr. Putin's aide met J. Biden."
    tokens = tokenize(0, text)
    assert [t.text for t in tokens] == ["Mr.", "Putin", "aide", "met", "J.", "Biden", "."]
    assert [t.possessive for t in tokens][:3] == [False, True, False]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_a_sentence_ends_after_its_closing_quote_and_at_a_line_break() -> None:
    tokens = tokenize(0, 'He said "yes." Then\nthey left', sent_base=4)
    sents = {t.text: t.sent for t in tokens}
    assert (sents["He"], sents['"'], sents["Then"], sents["they"]) == (4, 4, 5, 6)
    assert [t.text for t in tokens if t.initial] == ["He", "Then", "they"]
