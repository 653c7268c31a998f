"""What the reader knows of the text so far, and how references are resolved with it.

Pronouns ("He met ...", "It suggested ...") take the actor spoken of last; "the two
leaders" the people of the last meeting with two or more; "his Belarusian counterpart"
the Belarusian spoken of nearby; "the Russian delegation" the Russian state.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

import pendulum

from bulletinkit.model.actor import Actor, ActorKind
from bulletinkit.parse.meetings._merge import Building, kinds_agree
from bulletinkit.parse.meetings._sentence import Draft, Mention
from bulletinkit.parse.meetings._topics import marker_topics
from bulletinkit.parse.text import Sentence

__all__ = ["Context"]

# "The ministers discussed ...", "They focused on ...": a sentence about the last meeting.
_OF_THE_MEETING = re.compile(
    r"^\W*(?:(?:[\w’'-]+\s+){0,4}?)(?:they|he|she|both|the\s+(?:two|three|four|sides|leaders|"
    r"presidents|"
    r"ministers|men|women|delegations|parties|meeting|talks|call|conversation|visit|summit|"
    r"discussion|discussions|negotiations|consultations|session|officials|premiers|chiefs))\b",
    re.IGNORECASE,
)


class Context:
    """The meetings found so far and the actors spoken of last.

    ``meetings`` holds the meetings in the order they were first reported; the reader
    also keeps them in the order they were last touched (reported, joined or referred
    to), so "the latest meeting that fits" is found by walking back from the most recent
    one and stopping at the first fit, not by a pass over every meeting.
    """

    def __init__(self, actors: Sequence[Actor], date: pendulum.Date | None) -> None:
        self.actors = {actor.id: actor for actor in actors}
        self.states = [a for a in self.actors.values() if a.kind is ActorKind.STATE]
        self.anchor = date
        self.meetings: list[Building] = []
        self.clock = 0
        self.previous: list[Mention] = []
        # Every meeting by id(), least recently touched first (dicts keep insertion order).
        self._recency: dict[int, Building] = {}
        self.recent: list[Sentence] = []  # the sentences read so far in this part
        self.reported_in: tuple[int, int] | None = None  # the last sentence with a report

    def _touch(self, meeting: Building) -> None:
        """Mark ``meeting`` as touched now: it becomes the most recent meeting."""
        meeting.touched = self.clock
        self._recency.pop(id(meeting), None)
        self._recency[id(meeting)] = meeting

    def _by_recency(self) -> Iterator[Building]:
        """The meetings, most recently touched first."""
        return reversed(self._recency.values())

    def _last(self, test: Callable[[Building], bool]) -> Building | None:
        """The most recently touched meeting that passes ``test``."""
        return next((m for m in self._by_recency() if test(m)), None)

    def _latest(self, *, dated: bool = False, people: int = 0) -> Building | None:
        return self._last(lambda m: (not dated or m.date is not None) and len(m.persons) >= people)

    def _referenced(self, draft: Draft) -> Building | None:
        """The earlier meeting a reference clause ("the two leaders held talks") names."""
        if draft.persons:
            wanted = set(draft.persons)
            named = self._last(lambda m: m.date is not None and wanted <= set(m.persons))
            if named is not None:
                return named
        if draft.group_ref:
            group = self._latest(dated=True, people=2)
            if group is not None:
                return group
        same = self._last(lambda m: m.date is not None and kinds_agree(m.kind, draft.kind))
        if same is not None:
            return same
        return self._latest(dated=True)

    def _pronoun(self, pronoun: str, mentions: list[Mention], before: int) -> list[str]:
        """The actors a pronoun stands for: the last fitting actor spoken of."""
        if pronoun in ("they", "them"):
            latest = self._latest()
            if latest is not None and latest.persons:
                return list(latest.persons)
            return [m.actor.id for m in self.previous if m.actor.kind is ActorKind.PERSON]
        people = pronoun in ("he", "she", "him", "her")
        fits = [
            m for m in mentions if m.end <= before and (m.actor.kind is ActorKind.PERSON) == people
        ]
        if fits:
            return [fits[-1].actor.id]
        earlier = [m for m in self.previous if (m.actor.kind is ActorKind.PERSON) == people]
        return [earlier[0].actor.id] if earlier else []

    def _resolve_pronouns(self, draft: Draft, mentions: list[Mention]) -> None:
        if draft.pronoun is not None:
            found = self._pronoun(draft.pronoun, mentions, draft.left)
            target = draft.persons if draft.pronoun != "it" else draft.groups
            for actor_id in reversed(found):
                if actor_id not in target:
                    target.insert(0, actor_id)
            draft.subject = found
        if draft.object_pronoun is not None:
            found = self._pronoun(draft.object_pronoun, [], 0)
            others = [i for i in found if i not in draft.subject]
            if not others and draft.object_pronoun in ("him", "her"):
                people = [m for m in self.previous if m.actor.kind is ActorKind.PERSON]
                others = [m.actor.id for m in people if m.actor.id not in draft.subject][:1]
            draft.persons.extend(i for i in others if i not in draft.persons)

    def _resolve_parties(self, draft: Draft, mentions: list[Mention]) -> None:
        """Turn "his Belarusian counterpart", "the Russian delegation" into actors."""
        for party in draft.parties:
            countries = {self.actors[p].country for p in draft.persons if p in self.actors}
            if party.country in countries:
                continue
            person = None
            if party.single:
                nearby = [m for m in mentions if m.end <= party.start] + self.previous
                latest = self._latest()
                known = [self.actors[p] for p in (latest.persons if latest else [])]
                people = [m.actor for m in nearby] + known
                person = next(
                    (
                        a
                        for a in people
                        if a.kind is ActorKind.PERSON and a.country == party.country
                    ),
                    None,
                )
            if person is not None:
                draft.persons.append(person.id)
                continue
            state = next((a.id for a in self.states if a.country == party.country), None)
            if state is not None and state not in draft.groups:
                draft.groups.append(state)

    def _agenda(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """Topics of the meeting the sentence before reported ("The ministers discussed
        ..."): only right after that report and when the sentence speaks of its sides
        or of the meeting itself."""
        latest = self._latest()
        previous = self.recent[-1] if self.recent else None
        if latest is None or previous is None:
            return
        if self.reported_in != (previous.part, previous.start):
            return
        text = sentence.text
        people = [(m.start, m.end) for m in mentions if m.actor.kind is ActorKind.PERSON]
        found = marker_topics(text, 0, len(text), people)
        if found and _OF_THE_MEETING.search(text) is not None:
            latest.topics.extend(t for t in found if t not in latest.topics)
