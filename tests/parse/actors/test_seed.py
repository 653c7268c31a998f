"""Acceptance of the actor extractor on the seed bulletin, through ``parse_text``."""

from __future__ import annotations

import pytest

from bulletinkit import ActorKind, Bulletin, parse_text


@pytest.fixture
def seed_bulletin(seed_text: str) -> Bulletin:
    return parse_text(seed_text)


@pytest.fixture
def seed_actors(seed_bulletin: Bulletin):  # type: ignore[no-untyped-def]
    return {a.id: a for a in seed_bulletin.actors}


def _role(actor):  # type: ignore[no-untyped-def]
    return [(r.title, r.country) for r in actor.roles]


def test_seed_people_are_exactly_the_eight(seed_actors) -> None:  # type: ignore[no-untyped-def]
    people = {a.name for a in seed_actors.values() if a.kind is ActorKind.PERSON}
    assert people == {
        "Emmanuel Macron",
        "Vladimir Putin",
        "Lukashenko",
        "Jean-Yves Le Drian",
        "Florence Parly",
        "Sergey Lavrov",
        "Sergei Shoigu",
        "Alexei Navalny",
    }


def test_seed_roles_and_countries(seed_actors) -> None:  # type: ignore[no-untyped-def]
    assert _role(seed_actors["emmanuel-macron"]) == [("President", "FR")]
    assert _role(seed_actors["vladimir-putin"]) == [("President", "RU")]
    assert _role(seed_actors["jean-yves-le-drian"]) == [("Foreign Minister", "FR")]
    assert _role(seed_actors["florence-parly"]) == [("Defense Minister", "FR")]
    assert _role(seed_actors["sergey-lavrov"]) == [("Foreign Minister", "RU")]
    assert _role(seed_actors["sergei-shoigu"]) == [("Defense Minister", "RU")]
    assert _role(seed_actors["alexei-navalny"]) == [("Opposition Leader", "RU")]
    assert seed_actors["alexei-navalny"].country == "RU"
    # No registry: the name stays as the text gives it; the country comes from the
    # bundled list of public figures (lexicon/public_figures.tsv).
    lukashenko = seed_actors["lukashenko"]
    assert (lukashenko.name, lukashenko.country, lukashenko.roles) == ("Lukashenko", "BY", ())


def test_seed_aliases_resolve_descriptions(seed_actors) -> None:  # type: ignore[no-untyped-def]
    macron = seed_actors["emmanuel-macron"]
    assert "Macron" in macron.aliases
    assert "the French leader" in macron.aliases
    assert "the top Russian diplomat" in seed_actors["sergey-lavrov"].aliases


def test_seed_states_and_organisations(seed_actors) -> None:  # type: ignore[no-untyped-def]
    states = {a.id for a in seed_actors.values() if a.kind is ActorKind.STATE}
    orgs = {a.id for a in seed_actors.values() if a.kind is ActorKind.ORGANIZATION}
    assert states == {"fr", "ru", "ua", "by", "us"}
    assert orgs == {"european-union"}


def test_seed_mentions_point_at_the_names(seed_bulletin: Bulletin) -> None:
    parts = [seed_bulletin.lead or "", *seed_bulletin.paragraphs]
    for actor in seed_bulletin.actors:
        for span in actor.mentions:
            text = parts[span.part][span.start : span.end]
            forms = {actor.name, *actor.aliases}
            assert text in forms or text[:1].lower() + text[1:] in forms, (actor.id, text)


def test_seed_publisher_and_footer_give_no_actor(seed_actors) -> None:  # type: ignore[no-untyped-def]
    names = " ".join(a.name for a in seed_actors.values())
    assert "Warsaw" not in names
    assert "Support" not in names
