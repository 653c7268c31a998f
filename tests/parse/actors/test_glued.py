"""Names a scraper glued to the word before them (issue 17): "TuesdayJohn Smith",
"AGENCYJohn Smith", "PoliticsOpposition leader X" are split; "MacArthur" is not."""

from __future__ import annotations

import pytest

from bulletinkit import ActorKind, extract_actors


def _people(text: str) -> dict[str, list[str]]:
    return {
        a.name: [r.title for r in a.roles]
        for a in extract_actors([text])
        if a.kind is ActorKind.PERSON
    }


@pytest.mark.parametrize(
    "text",
    [
        "Updated WednesdayMaria Lopez said the vote would go ahead.",
        "NEWSWIREMaria Lopez said the vote would go ahead.",
        "Updated 4 June (WednesdayMaria Lopez said the vote would go ahead.",
    ],
)
def test_a_glued_word_is_cut_off_the_name(text: str) -> None:
    assert list(_people(text)) == ["Maria Lopez"]


def test_a_glued_section_word_is_cut_off_the_title() -> None:
    people = _people("WorldOpposition leader Maria Lopez said the vote would go ahead.")
    assert people == {"Maria Lopez": ["Opposition Leader"]}


def test_the_span_of_a_glued_name_is_the_name_alone() -> None:
    text = "MondayMaria Lopez said so."
    person = next(a for a in extract_actors([text]) if a.kind is ActorKind.PERSON)
    span = person.mentions[0]
    assert text[span.start : span.end] == "Maria Lopez"


@pytest.mark.parametrize("name", ["Douglas MacArthur", "Ronald McDonald", "Ron DeSantis"])
def test_a_surname_with_an_inner_capital_is_kept_whole(name: str) -> None:
    assert name in _people(f"US Senator {name} said the vote would go ahead.")


def test_two_surnames_joined_by_a_hyphen_are_two_people() -> None:
    text = "The Putin-Erdogan talks ended without a deal."
    people = [a for a in extract_actors([text]) if a.kind is ActorKind.PERSON]
    assert [(p.name, p.country) for p in people] == [("Putin", "RU"), ("Erdogan", "TR")]
    assert [text[m.start : m.end] for p in people for m in p.mentions] == ["Putin", "Erdogan"]


@pytest.mark.parametrize("name", ["Kassym-Jomart Tokayev", "Chung Eui-yong"])
def test_a_hyphenated_name_stays_one_person(name: str) -> None:
    assert list(_people(f"Foreign Minister {name} said so.")) == [name]
