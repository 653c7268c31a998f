"""The meeting reader's gated pattern searches answer exactly as the plain patterns do.

Laws: a :class:`Gate` search (declared needles, then the case-sensitive twin on the
lowered text) finds the same match spans as the pattern itself, on any text and any
stretch of it; a :class:`Choice` finds the same matches, with the same named groups, as
the whole alternation compiled as one pattern. And the needles each rule declares are
sound: every literal anchor of the rule's pattern (read by the test helper
``anchor_reader``) holds one of them, so no match can lack them all.
"""

from __future__ import annotations

import gc
import re

import pendulum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletinkit.parse.meetings import _parties, extract_meetings
from bulletinkit.parse.meetings._lexicon import lexicon, participation
from bulletinkit.parse.text import Gate
from bulletinkit.parse.text import fold as lowered
from tests.parse.text.anchor_reader import anchors

# Words of the meeting vocabularies, other words, capitals and characters whose case
# rules are odd ("İ" lowers to two characters, "ſ" matches "s", "K" is a Kelvin sign).
_WORDS = [
    "met", "meet", "Meeting", "talks", "TALKS", "held", "phone", "call", "calls", "visited",
    "Visit", "summit", "the", "The", "two", "leaders", "again", "format", "Normandy",
    "NATO", "G7", "2+2", "will", "not", "did", "cancelled", "proposed", "said", "that",
    "where", "about", "in", "at", "Paris", "Russian", "counterpart", "delegation", "he",
    "they", "with", "to", "of", "on", "sidelines", "minute", "10-minute", "negotiators",
    "gathered", "ministers", "took", "part", "İstanbul", "ſummit", "Kelvin", "ΣΟΦΙΑ",
    "tête-à-tête", "—", "–", ",", ";", ":", "(", "“", "”", "’s", ".",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join)


def _gates() -> list[Gate]:
    lexicon()
    participation()
    _parties._pattern()
    return [o for o in gc.get_objects() if isinstance(o, Gate)]


_PATTERNS = _gates()


def test_the_reader_uses_gated_patterns() -> None:
    assert len(_PATTERNS) > 20
    assert any(p.twin is not None for p in _PATTERNS)
    assert any(p.needles is not None for p in _PATTERNS)


def _sound(source: str, flags: int, needles: tuple[str, ...]) -> bool:
    # Every anchor (or every string a match starts with) holds one of the needles.
    found = anchors(source, flags)
    return found is not None and any(
        strings and all(any(n in s for n in needles) for s in strings) for strings in found
    )


def test_every_declared_gate_is_sound() -> None:
    gated = [(p.source, p.pattern.flags, p.needles) for p in _PATTERNS if p.needles]
    for choice in (lexicon().cues, lexicon().formats):
        for source, needles in zip(choice.sources, choice.needles, strict=True):
            if needles is not None:
                gated.append((source, re.IGNORECASE, needles))
    assert len(gated) > 60
    assert [source for source, flags, needles in gated if not _sound(source, flags, needles)] == []


def _starts_sound(source: str, flags: int, starts: str) -> bool:
    # Every string a match starts with begins with a declared letter.
    found = anchors(source, flags)
    return found is not None and bool(found[1]) and all(h[0] in starts for h in found[1])


def test_every_declared_start_is_sound() -> None:
    started = [(p.source, p.pattern.flags, p.starts) for p in _PATTERNS if p.starts]
    for choice in (lexicon().cues, lexicon().formats):
        started += [(g.source, g.pattern.flags, g.starts) for g in choice.alternatives if g.starts]
    assert len(started) > 15
    unsound = [s for s, flags, starts in started if not _starts_sound(s, flags, starts)]
    assert unsound == []
    assert not _starts_sound(r"\b(?:since|until)\b", re.IGNORECASE, "s")  # "until"


def test_an_unsound_gate_is_caught() -> None:
    # "talk" is in every match of the first, not of the second ("spoke").
    assert _sound(r"\btalks?\b", re.IGNORECASE, ("talk",))
    assert not _sound(r"\b(?:talks?|spoke)\b", re.IGNORECASE, ("talk",))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, data=st.data())
def test_filtered_search_is_the_pattern_search(text: str, data: st.DataObject) -> None:
    low = lowered(text)
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    for pattern in _PATTERNS:
        plain = re.compile(pattern.source, pattern.pattern.flags)  # as written, no lookahead

        def span(m: re.Match[str] | None) -> tuple[int, int] | None:
            return None if m is None else m.span()

        assert span(pattern.search(text, low, start, stop)) == span(plain.search(text, start, stop))
        assert span(pattern.match(text, low, start, stop)) == span(plain.match(text, start, stop))
        assert span(pattern.search_in(text, low, start, stop)) == span(
            plain.search(text[start:stop])
        )
        assert [m.span() for m in pattern.finditer(text, low, start, stop)] == [
            m.span() for m in plain.finditer(text, start, stop)
        ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS)
def test_choice_finds_what_the_whole_alternation_finds(text: str) -> None:
    for alternation in (lexicon().cues, lexicon().formats):
        whole = re.compile("|".join(alternation.sources), re.IGNORECASE)
        expected = [(m.span(), m.lastgroup) for m in whole.finditer(text)]
        for low in (lowered(text), None):
            found = [(m.span(), m.lastgroup) for m in alternation.finditer(text, low)]
            assert found == expected


def test_odd_characters_are_read_from_the_text() -> None:
    assert lowered("İstanbul talks") is None  # lowers to a longer text
    assert lowered("the ſummit") is None  # "ſ" matches "s" only case-insensitively
    assert lowered("Talks in Paris") == "talks in paris"


def test_a_meeting_written_with_odd_characters_is_still_found() -> None:
    parts = ["Talks in İstanbul: the Turkish and Russian ministers met on Monday."]
    meetings = extract_meetings(parts, [], date=pendulum.Date(2021, 3, 3))
    assert len(meetings) == 1
