"""Words that are never people (issue 17): adjectives of regions and groups of states,
peoples named by a plural demonym."""

from __future__ import annotations

import pytest

from bulletinkit import ActorKind, extract_actors


@pytest.mark.parametrize(
    "text",
    [
        "Eurasian officials stayed away from the talks.",
        "Central Asian diplomats said nothing, and Scandinavian observers left early.",
        "Armenians and Azerbaijanis watched the talks closely.",
        "Georgians voted on Saturday; Ukrainians watched.",
    ],
)
def test_no_person_is_found(text: str) -> None:
    assert [a.name for a in extract_actors([text]) if a.kind is ActorKind.PERSON] == []


def test_a_plural_demonym_does_not_hide_the_person_after_it() -> None:
    actors = extract_actors(["Armenians cheered when Prime Minister Nikol Pashinyan spoke."])
    people = [a for a in actors if a.kind is ActorKind.PERSON]
    assert [(p.name, p.country) for p in people] == [("Nikol Pashinyan", "AM")]
