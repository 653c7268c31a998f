"""Names with an inner capital or particles and no title are people; their look-alikes
(places, firms, months) are not (issue 17, session 3)."""

from __future__ import annotations

import pytest

from bulletinkit import ActorKind, extract_actors


def _people(text: str) -> list[str]:
    return [a.name for a in extract_actors([text]) if a.kind is ActorKind.PERSON]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ron DeSantis said on Tuesday that Florida would not comply.", "Ron DeSantis"),
        ("The vote was close. Mark McKinnon said the race had tightened.", "Mark McKinnon"),
        ("Ursula von der Leyen replied that Brussels was ready.", "Ursula von der Leyen"),
        ("Jean-Yves Le Drian arrived in Moscow on Monday.", "Jean-Yves Le Drian"),
        ("Recep Tayyip Erdoğan offered to mediate.", "Recep Tayyip Erdoğan"),
        ("Asked about the talks, Kevin O'Brien said nothing.", "Kevin O'Brien"),
    ],
)
def test_untitled_names_with_inner_capitals_or_particles_are_people(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Workers at McDonald's in Miami went on strike.",
        "The diamond company De Beers said it would stop buying Russian stones.",
        "Residents of Rublyovka said they heard explosions.",
        "Officials in Los Angeles said the fires spread.",
        "New York said it would sue. Goldman Sachs said profits fell.",
        "In August Russia and Iran signed a deal. May Day parades were cancelled.",
    ],
)
def test_look_alikes_are_not_people(text: str) -> None:
    assert _people(text) == []
