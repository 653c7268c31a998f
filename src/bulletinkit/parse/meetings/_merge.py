"""Meetings under construction, and the rules for when two reports are one meeting.

Two reports are the same meeting when nothing they say conflicts (status, kind, date,
place, format) and their participants agree: one side's people are among the other's,
or one side names only states that the other side's people belong to. A definite
report ("the meeting", "the talks") refers back to the meeting spoken of last.
"""

from __future__ import annotations

import attrs

from bulletinkit.model.actor import Actor, ActorKind
from bulletinkit.model.dates import DateRange, PartialDate
from bulletinkit.model.meeting import Meeting, MeetingKind, MeetingStatus
from bulletinkit.model.span import Span
from bulletinkit.parse.meetings._lexicon import lexicon
from bulletinkit.parse.text import lexicon as actor_lexicon

__all__ = ["SPECIFIC", "Building", "compatible", "kinds_agree", "places_agree"]

_GENERIC = frozenset({MeetingKind.TALKS, MeetingKind.OTHER})
_CALLS = frozenset({MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL})
# When two kinds are merged, the more specific one wins; talks and a visit rank alike,
# so the first report decides ("held talks" then "hosted": talks).
SPECIFIC = {
    MeetingKind.OTHER: 0,
    MeetingKind.TALKS: 1,
    MeetingKind.VISIT: 1,
    MeetingKind.NEGOTIATIONS: 2,
    MeetingKind.SUMMIT: 4,
    MeetingKind.VIDEO_CALL: 5,
    MeetingKind.PHONE_CALL: 5,
}

Date = PartialDate | DateRange


@attrs.define(kw_only=True)
class Building:
    """A meeting being assembled from the reports of one bulletin."""

    kind: MeetingKind
    status: MeetingStatus
    date: Date | None = None
    persons: list[str] = attrs.field(factory=list)
    groups: list[str] = attrs.field(factory=list)
    initiators: list[str] = attrs.field(factory=list)
    nations: set[str] = attrs.field(factory=set)
    location: str | None = None
    format: str | None = None
    topics: list[str] = attrs.field(factory=list)
    evidence: Span
    info: int = 0
    touched: int = 0

    def countries(self, actors: dict[str, Actor]) -> set[str]:
        """The countries of this meeting's people and states."""
        codes = {actors[i].country for i in self.persons + self.groups if i in actors}
        return {c for c in codes if c is not None} | self.nations

    def upgrade(self, kind: MeetingKind) -> None:
        """Take ``kind`` if it says more than the current kind."""
        if SPECIFIC[kind] > SPECIFIC[self.kind]:
            self.kind = kind

    def add(self, other: Building) -> None:
        """Fold ``other`` (a report of the same meeting) into this one.

        A report that names no one (a lead's summary) takes the kind of the detailed
        report when they rank alike ("talks" in the lead, the body's "visit").
        """
        if anonymous(self) and SPECIFIC[other.kind] >= SPECIFIC[self.kind]:
            self.kind = other.kind
        self.upgrade(other.kind)
        self.date = self.date if self.date is not None else other.date
        self.location = self.location or other.location
        self.nations |= other.nations
        self.format = self.format or other.format
        for mine, theirs in (
            (self.persons, other.persons),
            (self.groups, other.groups),
            (self.initiators, other.initiators),
            (self.topics, other.topics),
        ):
            mine.extend(i for i in theirs if i not in mine)
        if other.info > self.info:
            self.evidence, self.info = other.evidence, other.info
        self.touched = max(self.touched, other.touched)

    def participants(self, actors: dict[str, Actor]) -> tuple[str, ...]:
        """People first; states and organisations only where no person stands for them."""
        if not self.persons:
            return tuple(self.groups)
        covered = {actors[i].country for i in self.persons if i in actors}
        extra = [
            g
            for g in self.groups
            if g in actors
            and actors[g].kind is ActorKind.STATE
            and actors[g].country not in covered
        ]
        return (*self.persons, *extra)

    def rescheduled(self, date: Date | None) -> Building:
        """The planned meeting a postponement names ("postponed until May")."""
        return Building(
            kind=self.kind,
            status=MeetingStatus.PLANNED,
            date=date,
            persons=list(self.persons),
            groups=list(self.groups),
            initiators=list(self.initiators),
            nations=set(self.nations),
            format=self.format,
            topics=list(self.topics),
            evidence=self.evidence,
            info=self.info,
            touched=self.touched,
        )

    def final_kind(self, actors: dict[str, Actor]) -> MeetingKind:
        """The kind, with talks in a format of known kind taking that kind (a Minsk
        Contact Group round is negotiations, G20 talks a summit) and talks of
        organisations only (a session of the UN Security Council) a summit."""
        if self.kind not in _GENERIC:
            return self.kind
        known = None if self.format is None else lexicon().format_kinds.get(self.format)
        if known is MeetingKind.NEGOTIATIONS or (known is not None and not self.persons):
            return known  # (two leaders' talks "at the G20" are no summit)
        sides = [actors[i] for i in self.groups if i in actors]
        if not self.persons and sides and all(a.kind is ActorKind.ORGANIZATION for a in sides):
            return MeetingKind.SUMMIT
        return self.kind

    def build(self, number: int, actors: dict[str, Actor]) -> Meeting:
        """The finished :class:`~bulletinkit.Meeting`, numbered in reading order."""
        return Meeting(
            id=f"m{number}",
            kind=self.final_kind(actors),
            status=self.status,
            date=self.date,
            participants=self.participants(actors),
            initiators=tuple(self.initiators),
            location=self.location,
            format=self.format,
            topics=tuple(self.topics),
            evidence=self.evidence,
        )


def kinds_agree(first: MeetingKind, second: MeetingKind) -> bool:
    """Whether two kinds can describe one meeting (calls never merge with in-person kinds)."""
    if first is second:
        return True
    if first in _CALLS or second in _CALLS:
        return False
    return first in _GENERIC or second in _GENERIC


def _dates_agree(first: Date | None, second: Date | None) -> bool:
    if first is None or second is None:
        return True
    return first.earliest <= second.latest and second.earliest <= first.latest


def _people_agree(a: Building, b: Building, actors: dict[str, Actor]) -> bool:
    pa, pb = set(a.persons), set(b.persons)
    if pa and pb:
        return pa <= pb or pb <= pa
    if pa or pb:
        # one side names people, the other at most states: those states must be theirs
        people, other = (a, b) if pa else (b, a)
        states = {actors[g].country for g in other.groups if g in actors} - {None}
        theirs = people.countries(actors)
        return not states or states <= theirs or theirs <= states
    ga, gb = set(a.groups), set(b.groups)
    return not ga or not gb or ga <= gb or gb <= ga


def _place_country(name: str) -> str | None:
    lexicon = actor_lexicon()
    return lexicon.capitals.get(name) or lexicon.country_names.get(name)


def places_agree(first: str | None, second: str | None) -> bool:
    """Whether two places can be where one meeting was: equal, or a state and its capital."""
    if first is None or second is None or first.casefold() == second.casefold():
        return True
    one, two = _place_country(first), _place_country(second)
    return one is not None and one == two


def compatible(a: Building, b: Building, actors: dict[str, Actor]) -> bool:
    """Whether ``a`` and ``b`` can be two reports of one meeting.

    A different place is no conflict when both give the same date ("talks in the
    Kremlin on Thursday", "arrived in Moscow on Thursday"); different kinds are none
    when both name the same format and one is a generic "talks". A report that names
    no one is shared with a compatible report of a later part (a lead's summary).
    """
    if a.status is not b.status:
        return False
    same_format = a.format is not None and a.format == b.format
    if not kinds_agree(a.kind, b.kind) and not (
        same_format and (a.kind in _GENERIC or b.kind in _GENERIC)
    ):
        return False
    if a.format and b.format and a.format != b.format:
        return False
    same_day = a.date is not None and a.date == b.date
    if not same_day and not places_agree(a.location, b.location):
        return False
    same_place = a.location is not None and b.location is not None
    if not (_dates_agree(a.date, b.date) and _people_agree(a, b, actors)):
        return False
    # Nothing conflicts; something must also be shared for two reports to be one.
    shared_people = bool(
        set(a.persons) & set(b.persons)
        or set(a.groups) & set(b.groups)
        or a.countries(actors) & b.countries(actors)
    )
    specific = a.kind is b.kind and a.kind not in _GENERIC
    # A lead's summary with no one named ("Defence chiefs gathered in Vilnius") is the
    # gathering a later part reports in detail.
    summary = anonymous(a) and a.evidence.part < b.evidence.part
    return shared_people or same_format or same_place or same_day or specific or summary


def anonymous(meeting: Building) -> bool:
    """Whether ``meeting`` names no one: no person, no group, no nation."""
    return not meeting.persons and not meeting.groups and not meeting.nations
