"""Build actors with mentions by hand, for meeting tests that do not run the actor extractor."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bulletinkit import Actor, ActorKind, Span

Spec = tuple[str, str, str, str | None, Sequence[str]]
"""(id, name, kind, country, other forms)."""


def actors_for(parts: Sequence[str], specs: Sequence[Spec]) -> tuple[Actor, ...]:
    """Actors whose mentions are every whole-word occurrence of their name or aliases."""
    actors = []
    for actor_id, name, kind, country, aliases in specs:
        forms = sorted({name, *aliases}, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
        mentions = []
        for index, part in enumerate(parts):
            taken: list[tuple[int, int]] = []
            for match in pattern.finditer(part):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                taken.append(match.span())
                mentions.append(Span(part=index, start=match.start(), end=match.end()))
        actors.append(
            Actor(
                id=actor_id,
                name=name,
                kind=ActorKind(kind),
                country=country,
                aliases=tuple(a for a in aliases if a != name),
                mentions=tuple(mentions),
            )
        )
    return tuple(actors)
