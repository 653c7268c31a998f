"""Roles given by a phrase that refers back: "The Russian president said", "the presidents of
Russia and Turkey", "the foreign ministers of the two countries" (issue 17)."""

from __future__ import annotations

from bulletinkit import ActorKind, extract_actors


def _people(*parts: str) -> dict[str, tuple[list[str], str | None]]:
    return {
        a.name: ([r.title for r in a.roles], a.country)
        for a in extract_actors(list(parts))
        if a.kind is ActorKind.PERSON
    }


def test_a_coreferring_phrase_gives_the_post_to_the_one_it_fits() -> None:
    people = _people(
        "Lithuanian President Gitanas Nauseda spoke by phone with Andrzej Duda on Monday. "
        "The Polish president promised more troops on the border."
    )
    assert people["Andrzej Duda"] == (["President"], "PL")
    assert people["Gitanas Nauseda"] == (["President"], "LT")


def test_the_phrase_places_an_unplaced_person() -> None:
    people = _people(
        "Pavel Brezina said on Friday that he would visit Kyiv. "
        "The Czech foreign minister promised shells."
    )
    assert people["Pavel Brezina"] == (["Foreign Minister"], "CZ")


def test_a_phrase_that_two_people_could_mean_is_left_alone() -> None:
    people = _people(
        "Pavel Brezina said he had met Pavel Novak, who agreed. "
        "The Czech foreign minister said little."
    )
    assert people["Pavel Brezina"][0] == []
    assert people["Pavel Novak"][0] == []


def test_a_titled_group_with_countries_gives_each_the_post() -> None:
    people = _people(
        "Emmanuel Macron and Olaf Scholz met in Berlin. "
        "The leaders of France and Germany asked for more air defence."
    )
    assert people["Emmanuel Macron"] == (["Leader"], "FR")
    assert people["Olaf Scholz"] == (["Leader"], "DE")


def test_a_titled_group_of_two_countries_takes_the_pair() -> None:
    people = _people(
        "Ararat Mirzoyan and Jeyhun Bayramov met in Almaty. "
        "The foreign ministers of the two countries agreed to keep talking."
    )
    assert people["Ararat Mirzoyan"][0] == ["Foreign Minister"]
    assert people["Jeyhun Bayramov"][0] == ["Foreign Minister"]


def test_a_post_held_is_never_replaced_by_a_later_phrase() -> None:
    people = _people(
        "Russian Foreign Minister Sergei Lavrov met Wang Yi. The Russian president was absent."
    )
    assert people["Sergei Lavrov"][0] == ["Foreign Minister"]


def test_the_leaders_of_a_body_are_not_the_pair_named_before() -> None:
    people = _people(
        "Kassym-Jomart Tokayev called Vladimir Putin on Monday. "
        "The same day, the CSTO leaders held an online summit."
    )
    assert people["Kassym-Jomart Tokayev"][0] == []
    assert people["Vladimir Putin"][0] == []


def test_a_counterpart_takes_the_post_of_the_person_whose_counterpart_he_is() -> None:
    people = _people(
        "Prime Minister Viktor Orban spoke on Monday. "
        "Peter Szabo, the foreign minister, flew to Moscow.",
        "Szabo met his Russian counterpart Sergey Lavrov on Tuesday.",
    )
    assert people["Sergey Lavrov"] == (["Foreign Minister"], "RU")
    # not Russian; the foreign minister after Hungary's prime minister in the same paragraph
    assert people["Peter Szabo"] == (["Foreign Minister"], "HU")


def test_a_counterpart_of_an_untitled_person_takes_no_one_elses_post() -> None:
    people = _people(
        "Prime Minister Viktor Orban spoke on Monday. "
        "On Tuesday Szabo met his Russian counterpart Sergey Lavrov."
    )
    assert people["Sergey Lavrov"] == ([], "RU")
    assert people["Szabo"][1] is None
