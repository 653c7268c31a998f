"""Sentence splitting with offsets."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit.parse.text._sentences import split_sentences


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = 'Mr. Putin met U.S. President J. Biden on Sept. 3. He said "no." Then he left.'
    assert [s.text for s in split_sentences(text)] == [
        "Mr. Putin met U.S. President J. Biden on Sept. 3.",
        'He said "no."',
        "Then he left.",
    ]


def test_offsets_point_into_the_part() -> None:
    text = "  First one.  Second one?\nThird!  "
    found = split_sentences(text, part=2)
    assert [s.part for s in found] == [2, 2, 2]
    assert all(text[s.start : s.end] == s.text for s in found)
    assert [s.text for s in found] == ["First one.", "Second one?", "Third!"]


@settings(max_examples=60)
@given(st.text(alphabet="ab .?!\n\"'AB1", max_size=80))
def test_sentences_cover_the_text_in_order_without_overlap(text: str) -> None:
    found = split_sentences(text)
    assert all(text[s.start : s.end] == s.text for s in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert "".join(text.split()) == "".join("".join(s.text for s in found).split())
