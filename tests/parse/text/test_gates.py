"""Gate searches (parse/text/_gate.py) answer exactly as the plain pattern would.

A :class:`Gate` reads a lowered text with a case-sensitive twin when its pattern has
one, and skips a text holding none of its declared needles; these tests hold that to the
law "same matches as ``re``" on the real licence patterns and on patterns built to
exercise odd syntax. The anchor reader of ``anchor_reader.py`` (a test helper that checks
declared needles) is tested here too.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit.parse import license
from bulletinkit.parse.license import _cc
from bulletinkit.parse.license._phrases import _CONDITION, _SENTENCE, phrases, sentences
from bulletinkit.parse.text import Choice, Gate, fold
from bulletinkit.parse.text._gate import has_twin
from tests.parse.text.anchor_reader import anchors


def _licence_patterns() -> list[Gate]:
    lexicon = phrases()
    found = [*lexicon.targets.values(), lexicon.negation, lexicon.permission]
    found += [pattern for _, pattern in lexicon.actions + lexicon.nominal_actions + lexicon.limits]
    found += [*lexicon.duties.values(), *lexicon.exceptions, *lexicon.holders]
    found += [lexicon.all_rights_reserved, lexicon.reprinted, license._URL, _cc._URL]
    short, zero = _cc._patterns()
    return [*found, short, zero, _CONDITION]


SYNTAX = [
    r"\breused?\b",
    r"(?<!\w)(?:may\s+not|no\s+part)(?!\w)",
    r"(?:,\s*)?(?:except\s+for|excluding)\s+(?P<what>\w+)",
    r"(?:https?://)?(?:www\.)?example\.org/(?:a|bc)+",
    r"x{2,3}y|(?:zz)?used",
    r"(?i:copy)(?-i:Right)|\(c\)",
    r"[ab]c(?=d)|^start|end$",
    r"(?P<w>ab|abc)d*?e",
]

LICENCE = _licence_patterns()
# Each syntax pattern with the needles its anchors give, to test gates too.
PATTERNS = LICENCE + [
    Gate(p, re.IGNORECASE, needles=(anchors(p, re.IGNORECASE) or (None, None))[0]) for p in SYNTAX
]


def _words(gate: Gate) -> list[str]:
    found = set(re.findall(r"[A-Za-z]+", gate.pattern.pattern))
    return sorted(found - {"P", "what", "holder", "zero", "codes", "version"}) or ["x"]


JOINS = [" ", "  ", ", ", ". ", "(", ")", "-", "/", "://", "\n", "’", "©", "1.0", "4.0", "2021"]
# Characters that case-insensitive matching ties to ASCII letters, and other non-ASCII.
ODD = ["ſ", "\u212a", "İ", "ı", "é", "É", "ß", "Ω", "ǅ", "Ⅻ", "\u00a0", "\u2003", "Ⅰ"]


def _texts(gate: Gate) -> st.SearchStrategy[str]:
    words = st.sampled_from(_words(gate))
    pieces = st.one_of(
        words, words.map(str.upper), words.map(str.title), st.sampled_from(JOINS + ODD)
    )
    return st.lists(pieces, max_size=16).map("".join)


def _spans(found: re.Match[str] | None) -> object:
    return None if found is None else (found.span(), found.groupdict())


def _lowered(found: re.Match[str] | None) -> object:
    if found is None:
        return None
    groups = {k: None if v is None else v.lower() for k, v in found.groupdict().items()}
    return found.span(), groups


@pytest.mark.parametrize("gate", PATTERNS, ids=lambda g: g.pattern.pattern[:40])
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_gate_search_is_the_plain_search(gate: Gate, data: st.DataObject) -> None:
    text = data.draw(_texts(gate))
    folded = fold(text)
    # A twin's groups hold the folded text: the plain pattern's, lowered.
    seen = _lowered if gate.twin is not None and folded is not None else _spans
    assert _spans(gate.search(text, folded)) == seen(gate.pattern.search(text))
    assert [_spans(m) for m in gate.finditer(text, folded)] == [
        seen(m) for m in gate.pattern.finditer(text)
    ]


@pytest.mark.parametrize(
    ("source", "gate", "heads"),
    [
        (r"\b(?:texts?|articles?)\b", {"text", "article"}, {"text", "article"}),
        (r"(?:may|must)\s+not", {"may", "must"}, {"may", "must"}),
        (r"(?:,\s*)?except\s+for", {"except"}, set()),
        (r"all\s+rights\s+reserved", {"reserved"}, {"all"}),
        (r"(?:reused|use)", {"use"}, {"reused", "use"}),
        (r"\(\s*(?:except|but)", {"except", "but"}, {"("}),
    ],
)
def test_anchor_reading(source: str, gate: set[str], heads: set[str]) -> None:
    assert anchors(source, re.IGNORECASE) == (frozenset(gate), frozenset(heads))


@pytest.mark.parametrize(
    "source", [r"\x41bc", r"(a)\1", r"(?x) a b", r"(?(1)a|b)", r"a{", r"abc|", r"[ab]+", r"a?"]
)
def test_unknown_or_unanchored_patterns_are_searched_in_full(source: str) -> None:
    assert anchors(source) is None


def test_unsafe_characters_are_all_the_ascii_case_ties() -> None:
    # Every non-ASCII character that re.IGNORECASE matches with an ASCII character must
    # make fold() give up, or a gate could miss a match.
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    tied = set(re.findall("[\x00-\x7f]", every, re.IGNORECASE))
    assert tied
    assert all(fold(char) is None for char in tied)
    assert fold("Images © 2021 ’") == "images © 2021 ’"


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [". ", "! ", "?", " ", "  ", "\t", "\u2003", "A", "b", "©", "(", "\n", "x."]
        ),
        max_size=30,
    ).map("".join)
)
def test_sentences_cut_where_the_sentence_pattern_cuts(text: str) -> None:
    expected = [part for part in _SENTENCE.split(text.strip()) if part.strip()]
    assert sentences(text) == expected


def test_lower_case_keeps_length_and_character_classes() -> None:
    # The case-sensitive twins search fold(text) for the spans the case-insensitive
    # patterns find in the text: lower() must keep each character's place and class.
    unsafe = {"\u0130", "\u0131", "\u017f", "\u212a"}
    every = "".join(
        chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and chr(c) not in unsafe
    )
    lowered = every.lower()
    assert len(lowered) == len(every)
    for category in (r"\w", r"\s", r"\d"):
        pattern = re.compile(category)
        assert [m.start() for m in pattern.finditer(every)] == [
            m.start() for m in pattern.finditer(lowered)
        ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\b(?:met|talks?)\s+in\b", True),
        (r"tête-à-tête|[a-z’'-]+|(?P<place>\w+)", True),
        (r"\bParis\b", False),  # a capital
        (r"[!-_]", False),  # a range holding capitals
        (r"\x41", False),  # an escape for a letter
        (r"(?-i:[a-z])", False),  # an inline flag
        (r"élysée|Élysée", False),  # a cased non-ASCII capital
        (r"σ", False),  # the engine ties "σ" to "ς" too
    ],
)
def test_twins_are_told_from_the_source(source: str, expected: bool) -> None:
    assert has_twin(source) is expected
    assert (Gate(source, re.IGNORECASE).twin is not None) is expected
    assert Gate(source).twin is None  # only a case-insensitive pattern has a twin


def test_no_twin_for_a_character_the_engine_ties_to_more_than_its_case_pair() -> None:
    # On every Python: "в" matches "ᲀ" and "ṡ" matches "ẛ" under IGNORECASE, though
    # neither lower-cases to the other; a case-sensitive twin on the fold would miss
    # them. has_twin() reads no table of the engine's: it accepts only characters whose
    # case kin it knows.
    every = "".join(chr(c) for c in range(0x80, 0x10000) if not 0xD800 <= c < 0xE000)
    tied = {}
    for char in every:
        if char.lower() == char != char.upper():
            found = re.findall(re.escape(char), every, re.IGNORECASE)
            others = {other for other in found if other.lower() != char}
            if others:
                tied[char] = others
    assert {"в", "ṡ", "σ"} <= set(tied)
    assert [char for char in tied if has_twin(char)] == []


# Alternatives that overlap, share starts and differ in length: the first in order wins
# at the leftmost place any matches, as in one compiled alternation.
CHOICES = [
    (r"(?P<a0>ab)", ["ab"]),
    (r"(?P<a1>abc)", ["abc"]),
    (r"(?P<a2>b+c?)", None),
    (r"(?P<a3>(?<=c)a)", ["a"]),
    (r"(?P<a4>\bcab\b)", ["cab"]),
]


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(["a", "b", "c", " ", "A", "ab", "cab"]), max_size=20).map("".join)
)
def test_choice_is_the_whole_alternation(text: str) -> None:
    choice = Choice([Gate(source, re.IGNORECASE, needles) for source, needles in CHOICES])
    whole = re.compile("|".join(source for source, _ in CHOICES), re.IGNORECASE)
    expected = [(m.span(), m.lastgroup) for m in whole.finditer(text)]
    for low in (fold(text), None):
        assert [(m.span(), m.lastgroup) for m in choice.finditer(text, low)] == expected


@pytest.mark.parametrize(
    "gate", [g for g in LICENCE if g.needles], ids=lambda g: g.pattern.pattern[:40]
)
def test_every_declared_licence_gate_is_sound(gate: Gate) -> None:
    # Every literal anchor of the pattern (or every string a match starts with) holds a
    # declared needle: no match lacks them all.
    found = anchors(gate.pattern.pattern, gate.pattern.flags)
    assert found is not None
    assert gate.needles is not None
    needles = gate.needles
    assert any(strings and all(any(n in s for n in needles) for s in strings) for strings in found)
