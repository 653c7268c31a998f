"""Laws of the actor extractor that hold for any input text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit.parse.actors import extract_actors

WORDS = st.sampled_from(
    [
        "French",
        "President",
        "Emmanuel",
        "Macron",
        "met",
        "Russian",
        "counterparts",
        "Sergey",
        "Lavrov",
        "and",
        "Defense",
        "Minister",
        "the",
        "top",
        "diplomat",
        "said",
        ",",
        ".",
        "Moscow",
        "in",
        "Paris",
        "EU",
        "Lukashenko",
        "U.S.",
        "Admiral",
        "named",
        "after",
        "Street",
        "’s",
        "photo",
        "by",
        "Jan",
        "von",
        "der",
        "Leyen",
        "\n",
    ]
)
TEXT = st.lists(WORDS, max_size=40).map(" ".join)
ANY_TEXT = st.text(max_size=200)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(TEXT, ANY_TEXT), max_size=3))
def test_every_mention_lies_in_its_part_and_ids_are_unique(parts: list[str]) -> None:
    actors = extract_actors(parts)
    ids = [a.id for a in actors]
    assert len(ids) == len(set(ids))
    for actor in actors:
        assert actor.mentions
        for span in actor.mentions:
            assert 0 <= span.start < span.end <= len(parts[span.part])


@settings(max_examples=50, deadline=None)
@given(st.lists(TEXT, max_size=3))
def test_extraction_is_deterministic(parts: list[str]) -> None:
    assert extract_actors(parts) == extract_actors(list(parts))
