"""The bulletin-level pass: resolve references, then merge drafts into meetings.

Sentences are read in order. Within a sentence, a cue with no subject of its own
("... arrived in Moscow for talks with Putin", "..., where the ministers met") is part
of the meeting of the cue before it. Across sentences, pronouns and "the two leaders"
take the actors spoken of last, "the meeting" refers back to the meeting spoken of last,
"a similar meeting" copies its kind and format, and any other report joins an earlier
meeting it is compatible with (see :mod:`bulletinkit.parse.meetings._merge`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import pendulum

from bulletinkit.model.actor import Actor, ActorKind
from bulletinkit.model.dates import DateRange, PartialDate, Precision
from bulletinkit.model.meeting import Meeting, MeetingKind, MeetingStatus
from bulletinkit.model.span import Span
from bulletinkit.parse.dates import find_date_expressions, resolve
from bulletinkit.parse.meetings._context import Context
from bulletinkit.parse.meetings._fold import fold, folds
from bulletinkit.parse.meetings._lexicon import participation
from bulletinkit.parse.meetings._merge import Building, anonymous, compatible
from bulletinkit.parse.meetings._sentence import Draft, Mention, read_sentence
from bulletinkit.parse.text import Gate, Sentence
from bulletinkit.parse.text import fold as fold_text

__all__ = ["MeetingReader"]

_CALLS = frozenset({MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL})
_PRESENT = frozenset({"meet", "meets"})
_HOSTING = ("host", "welcom", "receiv")
_INITIATED = frozenset({MeetingStatus.PROPOSED, MeetingStatus.CANCELLED, MeetingStatus.POSTPONED})
# A new report is compared with the WINDOW most recently touched meetings only (and with
# the first part's summaries that name no one, see ``MeetingReader.add``). A meeting is
# re-reported near its first report, and a real bulletin reports far fewer meetings than
# this, so the bound changes nothing there; it keeps the reader linear on long pages.
WINDOW = 32
_ATTENDS = Gate(
    r"\b(?:opened|chaired|co-chaired|attended|joined|addressed|led|hosted|closed|"
    r"took\s+part\s+in|participated\s+in)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
    starts="acjhlopt",
)


class MeetingReader(Context):
    """Reads a bulletin's sentences in order and assembles its meetings."""

    def __init__(self, actors: Sequence[Actor], date: pendulum.Date | None) -> None:
        super().__init__(actors, date)
        self.touched_at: dict[tuple[int, int], int] = {}  # by (part, start) of a sentence
        self.summaries: list[Building] = []  # the first part's meetings that name no one

    def _date(
        self, draft: Draft, status: MeetingStatus, references: list[Draft]
    ) -> PartialDate | DateRange | None:
        expression = draft.date
        if expression is None:
            return None
        if status in _INITIATED and expression.end <= draft.cue.start:
            return None  # "on Tuesday proposed meeting ...": the day of the proposal
        held = status in (MeetingStatus.HELD, MeetingStatus.CANCELLED, MeetingStatus.POSTPONED)
        if draft.status is None and draft.cue.text.lower() in _PRESENT:
            held = False  # "Ministers meet in Brussels on Thursday": wire copy's future
        reference = None
        if expression.needs_reference:
            span = expression.relative_span
            named = [
                r
                for r in references
                if span is not None and span[0] <= r.cue.start and r.cue.end <= span[1]
            ]
            if named:
                target = self._referenced(named[0])
                reference = None if target is None else target.date
            else:
                reference = self._last_event_date()
        found = resolve(expression, anchor=self.anchor, reference=reference, held=held)
        if status is MeetingStatus.POSTPONED and self.anchor is not None:
            # put off from a date just past or just ahead: the nearer of the two readings
            ahead = resolve(expression, anchor=self.anchor, reference=reference, held=False)
            if found is None or (
                ahead is not None
                and abs((ahead.earliest - self.anchor).days)
                < abs((found.earliest - self.anchor).days)
            ):
                found = ahead
        return found

    def _last_event_date(self) -> PartialDate | DateRange | None:
        """The date of the event spoken of last: the last meeting's, unless a sentence
        read since names a date of its own ("... on November 12. A week earlier, ...")."""
        latest = self._latest(dated=True)
        for sentence in reversed(self.recent):
            if latest is not None and latest.touched >= self.touched_at.get(
                (sentence.part, sentence.start), 0
            ):
                break
            for expression in reversed(find_date_expressions(sentence.text)):
                if expression.needs_reference:
                    continue
                value = resolve(expression, anchor=self.anchor, held=True)
                if isinstance(value, PartialDate) and value.precision is Precision.DAY:
                    return value
        return None if latest is None else latest.date

    def _lift(self, meeting: Building) -> list[str]:
        """The state actors of the countries a meeting's participants belong to."""
        codes = meeting.countries(self.actors)
        return [a.id for a in self.states if a.country in codes]

    # -- one report ------------------------------------------------------------------
    def _building(self, draft: Draft, references: list[Draft]) -> Building:
        status = draft.status or MeetingStatus.HELD
        date = self._date(draft, status, references)
        if date is None and draft.beside:
            # "talks on the sidelines of the summit" took place during the summit
            host = self._last(lambda m: m.kind in draft.beside and m.date is not None)
            if host is not None and status is MeetingStatus.HELD:
                date = host.date
        if (
            status is MeetingStatus.HELD
            and date is not None
            and self.anchor is not None
            and date.earliest > self.anchor
        ):
            status = MeetingStatus.PLANNED
        if (draft.group_ref or draft.again) and not draft.persons and not draft.groups:
            group = self._latest(people=2)
            if group is not None:
                # "The two leaders" after a meeting of two and its mediator: the two
                draft.persons.extend(group.persons[: draft.group_size or len(group.persons)])
        hosting = draft.cue.text.lower().startswith(_HOSTING)
        initiators = list(draft.subject) if status in _INITIATED or hosting else []
        persons, groups = draft.persons, draft.groups
        if draft.between is not None and status is not MeetingStatus.HELD:
            # "offered to host a meeting between X and Y", "prepared talks between X and
            # Y": the sides are X and Y; who offers or prepares it is no side
            sides = set(draft.between)
            persons = [p for p in persons if p in sides]
            groups = [g for g in groups if g in sides]
            initiators = [i for i in draft.subject if i not in sides] if initiators else []
        sentence = draft.sentence
        info = 2 * min(len(persons) + len(groups), 3) + 2 * (date is not None)
        info += (draft.location is not None) + (draft.format is not None)
        fmt = draft.format
        if fmt is None and (draft.again or draft.this_format):
            last = self._last(lambda m: m.format is not None)
            fmt = None if last is None else last.format
        return Building(
            kind=draft.kind,
            status=status,
            date=date,
            persons=list(persons),
            groups=list(groups),
            initiators=initiators,
            nations={p.country for p in draft.parties},
            location=draft.location,
            format=fmt,
            topics=list(draft.topics),
            evidence=Span(part=sentence.part, start=sentence.start, end=sentence.end),
            info=info,
            touched=self.clock,
        )

    def _antecedent(self, draft: Draft, new: Building) -> Building | None:
        """The meeting a definite report ("the meeting", "the talks") refers back to."""
        if not draft.cue.definite or draft.cue.similar or not self.meetings:
            return None
        status = None if draft.status in (None, MeetingStatus.POSTPONED) else new.status
        call = draft.kind if draft.kind in _CALLS else None
        last = self._last(
            lambda m: (status is None or m.status is status) and (call is None or m.kind is call)
        )
        if last is None:
            return None
        text = draft.sentence.text[draft.left : draft.cue.start]
        if new.persons and not set(new.persons) <= set(last.persons):
            if not _ATTENDS.search(text, None):
                return None
            last.persons.extend(p for p in new.persons if p not in last.persons)
        if draft.np_format is not None and draft.np_format != last.format:
            return None  # "The 5+2 talks ..." names another series of meetings
        return last

    def _refer_back(self, draft: Draft, new: Building, antecedent: Building) -> None:
        if draft.kind not in _CALLS:
            antecedent.upgrade(draft.kind)
        antecedent.format = antecedent.format or new.format
        antecedent.topics.extend(t for t in new.topics if t not in antecedent.topics)
        if draft.location_near:
            antecedent.location = antecedent.location or new.location
        if antecedent.date is None and new.date is not None and not draft.reaction:
            antecedent.date = new.date  # a reaction's date is the reaction's
        self._touch(antecedent)

    def add(self, draft: Draft, references: list[Draft], mentions: list[Mention]) -> None:
        """Read one main draft into the meetings found so far."""
        self.clock += 1
        self._resolve_pronouns(draft, mentions)
        self._resolve_parties(draft, mentions)
        new = self._building(draft, references)
        antecedent = self._antecedent(draft, new)
        if antecedent is not None:
            self._refer_back(draft, new, antecedent)
            return
        if draft.reaction and not new.persons and not new.groups:
            return  # "Stoltenberg welcomed the talks": a comment, not a meeting
        if draft.cue.similar and self.meetings:
            model = next(self._by_recency())
            if new.kind in (MeetingKind.TALKS, MeetingKind.OTHER):
                new.kind = model.kind
            new.format = new.format or model.format
            if not new.persons:
                new.groups.extend(g for g in self._lift(model) if g not in new.groups)
        match = self._match(draft, new)
        if match is not None:
            match.add(new)
            self._touch(match)
            return
        self.meetings.append(new)
        self._touch(new)
        if new.evidence.part == 0 and anonymous(new):
            self.summaries.append(new)
        if draft.rescheduled is not None and new.status is MeetingStatus.POSTPONED:
            # "postponed until May": the meeting is planned for its new date too
            date = resolve(draft.rescheduled, anchor=self.anchor, held=False)
            self.meetings.append(new.rescheduled(date))
            self._touch(self.meetings[-1])

    def _match(self, draft: Draft, new: Building) -> Building | None:
        """The earlier meeting ``new`` is another report of, if any.

        The latest compatible one of the WINDOW most recently touched meetings, else the
        latest compatible summary of the first part that still names no one (the lead's
        "Defence chiefs gathered in Vilnius" meets its body report however far down).
        A meeting "on the sidelines of the summit" is not the summit itself.
        """
        recent = list(itertools.islice(self._by_recency(), WINDOW))
        self.summaries = [m for m in self.summaries if anonymous(m)]
        if len(recent) == WINDOW:
            older = [m for m in self.summaries if m.touched < recent[-1].touched]
            recent.extend(sorted(older, key=lambda m: m.touched, reverse=True))
        for meeting in recent:
            if meeting.status is not new.status or meeting.kind in draft.beside:
                continue  # (the first test of compatible(), spared the call)
            if compatible(meeting, new, self.actors):
                return meeting
        return None

    def _unreported(self, references: list[Draft], main: list[Draft]) -> list[Draft]:
        """Reference clauses that name people of no meeting so far.

        "two days after visiting Bucha with Zelensky" reports a meeting of its own, whose
        subject is the sentence's when the clause has none.
        """
        found = [
            r
            for r in references
            if (r.persons and not self._known(set(r.persons), people=True))
            or (
                not r.persons
                and r.parties
                and not self._known({p.country for p in r.parties}, people=False)
            )
        ]
        subject = main[0].subject if main else []
        for draft in found:
            if not draft.subject and subject:
                draft.persons[:0] = [s for s in subject if s not in draft.persons]
                draft.subject = list(subject)
        return found

    def _known(self, wanted: set[str], *, people: bool) -> bool:
        """Whether every person (or country) in ``wanted`` is in a meeting so far.

        The most recently touched meetings are searched first and the search stops once
        all are found: a reference clause mostly names the people of a recent meeting.
        """
        for meeting in self._by_recency():
            if not wanted:
                break
            wanted = wanted - set(meeting.persons if people else meeting.countries(self.actors))
        return not wanted

    def _join(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """People who "took part", "attended" or "chaired" join the last meeting."""
        latest = self._latest()
        if latest is None or latest.touched != self.clock:
            return
        text = sentence.text
        for match in participation().finditer(text, fold_text(text)):
            for mention in mentions:
                actor = mention.actor
                joins = mention.end <= match.start() and actor.kind is ActorKind.PERSON
                if joins and actor.id not in latest.persons:
                    latest.persons.append(actor.id)

    def _name_people(self, mentions: list[Mention], count: int) -> None:
        """Give a meeting reported with states only the people the next sentence names.

        "The foreign ministers of Russia and Ukraine met ... Sergei Lavrov and Dmytro
        Kuleba ...": when the sentence after a report adds no meeting of its own, its
        people of the meeting's countries are the participants.
        """
        latest = self._latest()
        if latest is None or latest.persons or latest.touched != self.clock:
            return
        if len(self.meetings) != count or latest.status in _INITIATED:
            return
        codes = latest.countries(self.actors)
        people: list[str] = []
        for mention in mentions:
            actor = mention.actor
            fits = actor.kind is ActorKind.PERSON and actor.country in codes
            if fits and actor.id not in people:
                people.append(actor.id)
        if len(people) >= 2:  # one delegate a side at least, not a commentator
            latest.persons.extend(people)

    def read(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """Read one sentence."""
        if self.recent and self.recent[-1].part != sentence.part:
            self.recent = []
        drafts = read_sentence(sentence, mentions)
        count = len(self.meetings)
        if not drafts:
            self._join(sentence, mentions)
            self._name_people(mentions, count)
            self._agenda(sentence, mentions)
        references = [d for d in drafts if d.reference]
        main: list[Draft] = []
        for draft in drafts:
            if draft.reference:
                continue
            if main and folds(main[-1], draft):
                fold(main[-1], draft)
                continue
            if main and not draft.subject and not draft.pronoun and draft.cue.role == "verb":
                # "flew to Moscow ..., then traveled to Berlin": one subject, two verbs
                draft.subject = list(main[-1].subject)
                draft.persons[:0] = [p for p in main[-1].subject if p not in draft.persons]
                if draft.date is None and draft.status is main[-1].status:
                    draft.date = main[-1].date  # the same trip, the same day unless said
            main.append(draft)
        for draft in [*main, *self._unreported(references, main)]:
            self.add(draft, references, mentions)
        if drafts:
            self.reported_in = (sentence.part, sentence.start)
        if mentions:
            self.previous = mentions
        self.touched_at[sentence.part, sentence.start] = self.clock
        self.recent = [*self.recent[-4:], sentence]

    def finish(self) -> tuple[Meeting, ...]:
        """The meetings in the order they were first reported, numbered m1, m2, ...

        A held meeting that a later report dated after the bulletin (a date copied from
        another report) is a planned one, as in :meth:`_building`: no bulletin
        :func:`~bulletinkit.check` refuses (BK104) comes out of the reader.
        """
        for meeting in self.meetings:
            date = meeting.date
            held = meeting.status is MeetingStatus.HELD
            if (
                held
                and date is not None
                and self.anchor is not None
                and date.earliest > self.anchor
            ):
                meeting.status = MeetingStatus.PLANNED
        return tuple(m.build(n, self.actors) for n, m in enumerate(self.meetings, start=1))
