"""Laws that hold for any text: no crash, valid ids, spans and participants, determinism."""

from __future__ import annotations

import pendulum
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletinkit.parse.meetings import extract_meetings
from tests.parse.meetings._helpers import actors_for

WORDS = [
    "Putin", "Macron", "Russia", "France", "Paris", "the", "a", "two", "leaders", "met",
    "with", "held", "talks", "talked", "on", "phone", "call", "summit", "visit", "visited",
    "will", "meet", "proposed", "canceled", "meeting", "similar", "in", "September", "last",
    "year", "Monday", "three", "days", "before", "after", "He", "It", "said", "about",
    "Normandy", "format", "two-plus-two", "his", "French", "counterpart", "delegation",
    "hosted", "arrived", "for", "of", "and", ",", ".", "’s", "again", "took", "part",
]  # fmt: skip
SPECS = [
    ("putin", "Vladimir Putin", "person", "RU", ["Putin"]),
    ("macron", "Emmanuel Macron", "person", "FR", ["Macron"]),
    ("ru", "Russia", "state", "RU", []),
    ("fr", "France", "state", "FR", ["Paris"]),
]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(
    lambda words: " ".join(words).replace(" .", ".").replace(" ,", ",")
)


@settings(max_examples=150, deadline=None)
@given(st.lists(texts, min_size=1, max_size=3), st.dates().map(lambda d: (d.year, d.month, d.day)))
def test_any_text_gives_well_formed_meetings(parts: list[str], ymd: tuple[int, int, int]) -> None:
    date = pendulum.Date(*ymd)
    actors = actors_for(parts, SPECS)
    found = extract_meetings(parts, actors, date=date)
    assert [m.id for m in found] == [f"m{n}" for n in range(1, len(found) + 1)]
    known = {a.id for a in actors}
    for meeting in found:
        assert set(meeting.participants) <= known
        assert set(meeting.initiators) <= known
        assert meeting.evidence is not None
        assert 0 <= meeting.evidence.part < len(parts)
        assert meeting.evidence.end <= len(parts[meeting.evidence.part])
    assert extract_meetings(parts, actors, date=date) == found
