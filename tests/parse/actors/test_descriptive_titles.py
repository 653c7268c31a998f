"""Descriptive titles before a name (issue 17): "top diplomat", "key aide", a title followed
by the body it serves ("Secretary of the Security Council X") or by "for" ("envoy for Syria
X"), and ministries named in full ("Minister of Foreign Affairs and Trade")."""

from __future__ import annotations

import pytest

from bulletinkit import ActorKind, extract_actors


def _roles(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {
        a.name: [(r.title, r.organization) for r in a.roles]
        for a in extract_actors([text])
        if a.kind is ActorKind.PERSON
    }


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "India's top diplomat Subrahmanyam Jaishankar flew to Moscow.",
            "Jaishankar",
            "Top Diplomat",
        ),
        ("Close aide Pavel Novak said nothing had changed.", "Novak", "Aide"),
        (
            "Minister of Foreign Affairs and Trade Anna Kovac opened the forum.",
            "Kovac",
            "Foreign Minister",
        ),
        (
            "UN special envoy for Syria Geir Pedersen called for calm.",
            "Pedersen",
            "Special Envoy for Syria",
        ),
    ],
)
def test_the_title_before_the_name(text: str, name: str, title: str) -> None:
    roles = _roles(text)
    person = next(n for n in roles if n.endswith(name))
    assert [t for t, _org in roles[person]] == [title]


def test_a_body_named_after_the_title_is_not_part_of_the_name() -> None:
    # the post is named by its body (issue 17, session 3): kept in the title and as the org
    roles = _roles("Secretary of the Security Council Nikolai Patrushev chaired a meeting.")
    assert roles == {
        "Nikolai Patrushev": [("Secretary of the Security Council", "Security Council")]
    }


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "Sergei Kiriyenko, the first deputy head of the presidential administration, spoke.",
            "Sergei Kiriyenko",
            "First Deputy Head of the Presidential Administration",
            "RU",
        ),
        (
            "Mikhail Popov, deputy secretary of the Security Council of Russia, spoke.",
            "Mikhail Popov",
            "Deputy Secretary of the Security Council",
            "RU",
        ),
        (
            "Deputy Chairman of the Security Council of Belarus Ivan Ivanchik spoke.",
            "Ivan Ivanchik",
            "Deputy Chairman of the Security Council",
            "BY",
        ),
        (
            "The UN special representative for Libya Hanna Tetteh spoke.",
            "Hanna Tetteh",
            "Special Representative for Libya",
            None,
        ),
        (
            "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu spoke.",
            "Murat Nurtleu",
            "Foreign Minister",
            "KZ",
        ),
        ("Sergey Chemezov, CEO of Rostec, spoke.", "Sergey Chemezov", "CEO", "RU"),
    ],
)
def test_descriptive_titles_keep_their_body_and_give_its_state(
    text: str, name: str, title: str, country: str | None
) -> None:
    actors = extract_actors([text])
    person = next(a for a in actors if a.name == name)
    assert [r.title for r in person.roles] == [title]
    assert person.country == country
    assert not any(a.kind is ActorKind.ORGANIZATION and "Council" in a.name for a in actors)


def test_an_envoy_for_a_country_is_not_of_that_country() -> None:
    actors = extract_actors(["Russian special envoy for Syria Alexander Lavrentiev arrived."])
    person = next(a for a in actors if a.kind is ActorKind.PERSON)
    assert person.country == "RU"


def test_a_body_in_lower_case_after_the_title_leads_to_the_name() -> None:
    roles = _roles("Spokeswoman for the ministry Anna Kovac confirmed the meeting.")
    assert roles == {"Anna Kovac": [("Spokeswoman", None)]}


def test_a_described_body_is_not_part_of_the_title() -> None:
    actors = extract_actors(["Tomas Weber, leader of the largest party, spoke in Riga."])
    person = next(a for a in actors if a.kind is ActorKind.PERSON)
    assert [r.title for r in person.roles] == ["Leader"]
