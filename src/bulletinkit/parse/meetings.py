"""Meetings in a bulletin: calls, talks, visits, summits and negotiation rounds.

:func:`extract_meetings` reads the lead and paragraphs sentence by sentence. A sentence
states a meeting when it holds a cue from ``lexicon/meeting_cues.json`` ("talked on the
phone", "held talks", "met with", "hosted", "summit", ...). The cue's clause gives the
participants (actor mentions on its subject and object side, never an actor only
mentioned elsewhere in the sentence), the place, the format and the status words; the
date phrase nearest the cue is resolved with :mod:`bulletinkit.parse.dates`, phrases
such as "three days before the two leaders held talks" against the date of the meeting
they name. Reports of one meeting in several sentences (the lead's summary and the
body, "The meeting was part of ...") are merged into one. See ``docs/meetings.md``.
"""

from __future__ import annotations

from collections.abc import Sequence

import pendulum

from bulletinkit.model.actor import Actor, ActorKind
from bulletinkit.model.dates import DateRange, PartialDate
from bulletinkit.model.meeting import Meeting, MeetingKind, MeetingStatus
from bulletinkit.model.span import Span
from bulletinkit.parse._meeting_merge import Building, compatible, kinds_agree
from bulletinkit.parse._meeting_sentence import Draft, Mention, read_sentence
from bulletinkit.parse._sentences import Sentence, split_sentences
from bulletinkit.parse.dates import find_date_expressions, resolve

__all__ = ["extract_meetings"]

_HOSTING = ("host", "welcom", "receiv")
_INITIATED = frozenset({MeetingStatus.PROPOSED, MeetingStatus.CANCELLED})


def _mentions_by_part(actors: Sequence[Actor]) -> dict[int, list[tuple[int, int, Actor]]]:
    table: dict[int, list[tuple[int, int, Actor]]] = {}
    for actor in actors:
        for span in actor.mentions:
            table.setdefault(span.part, []).append((span.start, span.end, actor))
    for spans in table.values():
        spans.sort(key=lambda item: (item[0], item[1]))
    return table


def _in_sentence(spans: list[tuple[int, int, Actor]], sentence: Sentence) -> list[Mention]:
    return [
        Mention(start=start - sentence.start, end=end - sentence.start, actor=actor)
        for start, end, actor in spans
        if sentence.start <= start and end <= sentence.end
    ]


class _Reader:
    """The bulletin-level pass: resolves references and merges drafts into meetings."""

    def __init__(self, actors: Sequence[Actor], date: pendulum.Date) -> None:
        self.actors = {actor.id: actor for actor in actors}
        self.anchor = date
        self.meetings: list[Building] = []
        self.clock = 0
        self.previous: list[Mention] = []

    # -- references ------------------------------------------------------------------
    def _latest(self, *, dated: bool = False, people: int = 0) -> Building | None:
        found = [
            m
            for m in self.meetings
            if (not dated or m.date is not None) and len(m.persons) >= people
        ]
        return max(found, key=lambda m: m.touched) if found else None

    def _referenced(self, draft: Draft) -> Building | None:
        """The earlier meeting a reference clause ("the two leaders held talks") names."""
        dated = [m for m in self.meetings if m.date is not None]
        if draft.persons:
            named = [m for m in dated if set(draft.persons) <= set(m.persons)]
            if named:
                return max(named, key=lambda m: m.touched)
        if draft.group_ref:
            group = self._latest(dated=True, people=2)
            if group is not None:
                return group
        same = [m for m in dated if kinds_agree(m.kind, draft.kind)]
        if same:
            return max(same, key=lambda m: m.touched)
        return self._latest(dated=True)

    def _resolve_pronoun(self, draft: Draft, mentions: list[Mention]) -> None:
        if draft.pronoun is None:
            return
        before = [m for m in mentions if m.end <= draft.left]
        if draft.pronoun in ("he", "she"):
            people = [m for m in before if m.actor.kind is ActorKind.PERSON]
            people = people[-1:] or [m for m in self.previous if m.actor.kind is ActorKind.PERSON][:1]
            if people:
                draft.persons.insert(0, people[0].actor.id)
                draft.subject = [people[0].actor.id]
        elif draft.pronoun == "it":
            groups = [m for m in before if m.actor.kind is not ActorKind.PERSON]
            groups = groups[-1:] or [
                m for m in self.previous if m.actor.kind is not ActorKind.PERSON
            ][:1]
            if groups:
                draft.groups.insert(0, groups[0].actor.id)
                draft.subject = [groups[0].actor.id]

    def _date(
        self, draft: Draft, status: MeetingStatus, references: list[Draft]
    ) -> PartialDate | DateRange | None:
        expression = draft.date
        if expression is None:
            return None
        held = status in (MeetingStatus.HELD, MeetingStatus.CANCELLED)
        reference = None
        if expression.needs_reference:
            span = expression.relative_span
            named = [
                r
                for r in references
                if span is not None and span[0] <= r.cue.start and r.cue.end <= span[1]
            ]
            target = self._referenced(named[0]) if named else self._latest(dated=True)
            reference = None if target is None else target.date
        return resolve(expression, anchor=self.anchor, reference=reference, held=held)

    def _lift(self, meeting: Building) -> list[str]:
        """The state actors of the countries a meeting's participants belong to."""
        codes = meeting.countries(self.actors)
        return [
            a.id
            for a in self.actors.values()
            if a.kind is ActorKind.STATE and a.country in codes
        ]

    # -- one report ------------------------------------------------------------------
    def _building(self, draft: Draft, references: list[Draft]) -> Building:
        status = draft.status or MeetingStatus.HELD
        date = self._date(draft, status, references)
        if status is MeetingStatus.HELD and date is not None and date.earliest > self.anchor:
            status = MeetingStatus.PLANNED
        if draft.group_ref and not draft.persons:
            group = self._latest(people=2)
            if group is not None:
                draft.persons.extend(group.persons)
        hosting = draft.sentence.text[draft.cue.start : draft.cue.end].lower().startswith(_HOSTING)
        initiators = list(draft.subject) if status in _INITIATED or hosting else []
        sentence = draft.sentence
        info = 2 * min(len(draft.persons) + len(draft.groups), 3) + 2 * (date is not None)
        info += (draft.location is not None) + (draft.format is not None)
        return Building(
            kind=draft.kind,
            status=status,
            date=date,
            persons=list(draft.persons),
            groups=list(draft.groups),
            initiators=initiators,
            location=draft.location,
            format=draft.format,
            evidence=Span(part=sentence.part, start=sentence.start, end=sentence.end),
            info=info,
            touched=self.clock,
        )

    def _antecedent(self, draft: Draft, new: Building) -> Building | None:
        """The meeting a definite report ("the meeting", "the talks") refers back to."""
        if not draft.cue.definite or draft.cue.similar or not self.meetings:
            return None
        last = max(self.meetings, key=lambda m: m.touched)
        if new.persons and not set(new.persons) <= set(last.persons):
            return None
        if draft.status is not None and draft.status is not last.status:
            return None
        if draft.kind in (MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL) and (
            last.kind is not draft.kind
        ):
            return None
        return last

    def add(self, draft: Draft, references: list[Draft], mentions: list[Mention]) -> None:
        """Read one main draft into the meetings found so far."""
        self.clock += 1
        self._resolve_pronoun(draft, mentions)
        new = self._building(draft, references)
        antecedent = self._antecedent(draft, new)
        if antecedent is not None:
            antecedent.format = antecedent.format or new.format
            antecedent.location = antecedent.location or new.location
            if antecedent.date is None and new.date is not None:
                antecedent.date = new.date
            antecedent.touched = self.clock
            return
        if draft.cue.similar and self.meetings:
            model = max(self.meetings, key=lambda m: m.touched)
            if new.kind in (MeetingKind.TALKS, MeetingKind.OTHER):
                new.kind = model.kind
            new.format = new.format or model.format
            if not new.persons:
                new.groups.extend(g for g in self._lift(model) if g not in new.groups)
            self.meetings.append(new)
            return
        matches = [m for m in self.meetings if compatible(m, new, self.actors)]
        if matches:
            max(matches, key=lambda m: m.touched).add(new)
            return
        self.meetings.append(new)

    def read(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """Read one sentence."""
        dates = find_date_expressions(sentence.text)
        drafts = read_sentence(sentence, mentions, dates)
        references = [d for d in drafts if d.reference]
        for draft in drafts:
            if not draft.reference:
                self.add(draft, references, mentions)
        if mentions:
            self.previous = mentions

    def finish(self) -> tuple[Meeting, ...]:
        """The meetings in the order they were first reported, numbered m1, m2, ..."""
        return tuple(m.build(n, self.actors) for n, m in enumerate(self.meetings, start=1))


def extract_meetings(
    parts: Sequence[str], actors: Sequence[Actor], *, date: pendulum.Date
) -> tuple[Meeting, ...]:
    """The meetings the bulletin's ``parts`` report, in reading order.

    ``parts`` are the lead and the paragraphs (what :attr:`Bulletin.parts` gives), and the
    ``evidence`` span of each meeting indexes into them; ``actors`` are the bulletin's
    actors with their mentions (participants are their ids); ``date`` is the bulletin
    date, against which date phrases are resolved. Meeting ids are ``m1``, ``m2``, ...
    in the order the meetings are first reported. Deterministic and linear in the text.
    """
    reader = _Reader(actors, date)
    mentions = _mentions_by_part(actors)
    for index, part in enumerate(parts):
        spans = mentions.get(index, [])
        for sentence in split_sentences(part, index):
            reader.read(sentence, _in_sentence(spans, sentence))
    return reader.finish()
