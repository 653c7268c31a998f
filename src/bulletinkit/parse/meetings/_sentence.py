"""Read one sentence into meeting drafts: one per cue, before any merging.

A draft holds what the sentence itself says: kind, explicit status, the actors in the
cue's clause (subject and object side), place, format, the date phrase nearest the cue,
and the signals the bulletin-level pass needs (a pronoun subject, "the two leaders", a
definite "the meeting" that refers back, "a similar meeting", "again", "this format").
"""

from __future__ import annotations

import re

import attrs

from bulletinkit.model.actor import ActorKind
from bulletinkit.model.meeting import MeetingKind, MeetingStatus
from bulletinkit.parse.dates import DateExpression, find_date_expressions
from bulletinkit.parse.meetings._cues import (
    Cue,
    find_cues,
    find_format,
    find_status,
    format_spans,
)
from bulletinkit.parse.meetings._dates import date_for, dating
from bulletinkit.parse.meetings._lexicon import lexicon
from bulletinkit.parse.meetings._parties import Party, find_parties
from bulletinkit.parse.meetings._places import find_place
from bulletinkit.parse.meetings._regions import clause_start, left_bound, opener_end, right_bound
from bulletinkit.parse.meetings._sides import Mention, actors_in, hosts_several, inside
from bulletinkit.parse.meetings._topics import after_cue_topics, marker_spans, marker_topics
from bulletinkit.parse.text import Gate, Sentence, fold

__all__ = ["Draft", "Mention", "read_sentence"]

_CALLS = frozenset({MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL})
_PRONOUN = Gate(
    r"\W*(?:(?:in|at|on|during)\s+[^,]{1,40},\s*)?(?:(?:also|then|later|again)\s+)*"
    r"(it|he|she|they)\b",
    re.IGNORECASE,
    needles=["he", "it"],
)
_OBJECT_PRONOUN = Gate(
    r"\s*(?:with\s+|to\s+)?(him|her|them)\b", re.IGNORECASE, needles=["her", "him", "them"]
)
_GROUP = Gate(
    r"\bthe\s+two\b(?!\s+(?:countries|states|nations|sides|days|weeks|months|years)\b)|"
    r"\b(?:the|both|two)\s+(?:two\s+|three\s+|four\s+)?(?:leaders|presidents|heads\s+of\s+state|"
    r"ministers|foreign\s+ministers|defen[cs]e\s+ministers|prime\s+ministers|premiers|sides|"
    r"men|delegations|parties|chiefs|diplomats)\b",
    re.IGNORECASE,
    needles=["both", "the", "two"],
    starts="bt",
)
# Negotiators, or talks on what negotiation processes settle ("strategic stability
# talks"): the meeting is a negotiation round.
_NEGOTIATORS = Gate(
    r"\bnegotiat(?:ors?|ing\s+teams?|ion\s+teams?)\b|\bdelegations\b",
    re.IGNORECASE,
    needles=["delegations", "negotiating", "negotiation", "negotiator"],
    starts="dn",
)
_PROCESS_TALKS = Gate(
    r"\b(?:strategic\s+stability|arms\s+control|ceasefire|truce|settlement)\s+"
    r"(?:talks|consultations)\b",
    re.IGNORECASE,
    starts="acst",
)
_NEGOTIATOR = Gate(r"\bnegotiators?\b", re.IGNORECASE, needles=["negotiator"])
_SIDELINES = Gate(
    r"^\W*(?:on|at)\s+the\s+(?:sidelines|margins)\b",
    re.IGNORECASE,
    needles=["margins", "sidelines"],
)
_AGAIN = Gate(
    r"\b(?:again|once more|another)\b", re.IGNORECASE, needles=["again", "another", "once more"]
)
_THIS_FORMAT = Gate(r"\b(?:this|that|the same|same)\s+format\b", re.IGNORECASE, needles=["format"])
_PLACE_NEAR = re.compile(
    r"^\s*(?:(?:was|were|is|are|will|be|been|took|takes|take|place|held|hosted|due|set)\s+)*"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "a meeting between Putin and Zelensky": the sides named after the noun.
_BETWEEN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?between\s+", re.IGNORECASE)
# A participial opener ("Speaking after talks with X, Y said"): its subject is the
# main clause's, named within a few words after the comma (titles between).
_PARTICIPLE = re.compile(r"\W*[A-Z]\w+ing\b")
_SPEAKER_REACH = 60
_OF_BODY = re.compile(r"\s+(?:[\w-]+\s+){0,2}?of\s+(?:the\s+)?", re.IGNORECASE)
_GAP_CLAUSE = Gate(
    r"\b(?:and|but|or|while)\s+(?:\w+\s+){0,2}(?:is|are|was|were|will|would|has|have|had|"
    r"said|says|could|can)\b",
    re.IGNORECASE,
    needles=["and", "but", "or", "while"],
    starts="abow",
)


@attrs.define(kw_only=True)
class Draft:
    """What one cue of one sentence says about a meeting."""

    sentence: Sentence
    cue: Cue
    kind: MeetingKind
    status: MeetingStatus | None
    left: int
    right: int
    persons: list[str]
    groups: list[str]
    subject: list[str]
    location: str | None
    location_near: bool
    format: str | None
    date: DateExpression | None
    reference: bool
    pronoun: str | None
    object_pronoun: str | None
    group_ref: bool
    again: bool
    this_format: bool
    np_format: str | None
    gap_clause: bool
    parties: list[Party]
    beside: frozenset[MeetingKind]
    reaction: bool = False
    topics: list[str] = attrs.Factory(list)
    """What the meeting was about, as the sentence says ("the grain corridor")."""
    group_size: int | None = None
    """How many "the two leaders", "both ministers", "the three men" are, if said."""
    rescheduled: DateExpression | None = None
    """The new date of a postponed meeting ("postponed until May"), if said."""
    between: list[str] | None = None
    """The actor ids of "a meeting between X and Y" (people, else the others), if said."""


def _split(cues: list[Cue], dates: list[DateExpression]) -> tuple[list[Cue], list[Cue]]:
    """Main cues (reports of a meeting) and references (cues that only name one)."""
    relative = [d.relative_span for d in dates if d.relative_span is not None]
    references = [c for c in cues if c.setting or inside(c.start, c.end, relative)]
    main = [c for c in cues if c not in references]
    if not main:  # "After Putin met Erdogan, ..." with nothing else: a meeting after all
        return [c for c in cues if not c.setting] or cues[:1], [c for c in cues if c.setting]
    return main, references


@attrs.define(kw_only=True)
class _Scene:
    """What every draft of one sentence shares, computed once per sentence."""

    sentence: Sentence
    low: str | None
    cues: list[Cue]
    main: list[Cue]
    regions: dict[int, tuple[int, int]]
    mentions: list[Mention]
    dates: list[DateExpression]
    formats: list[tuple[int, int, str]]
    relative: list[tuple[int, int]]
    sidelines: bool
    opener: int | None = None
    _dating: list[DateExpression] | None = None
    _negotiator: bool | None = None
    _markers: tuple[tuple[int, int], ...] | None = None

    def dating(self) -> list[DateExpression]:
        """The date phrases that can date a meeting (see :func:`dating`)."""
        if self._dating is None:
            self._dating = dating(self.dates, self.sentence.text, self.low)
        return self._dating

    def markers(self) -> tuple[tuple[int, int], ...]:
        """Where the sentence holds topic markers (see :func:`marker_spans`)."""
        if self._markers is None:
            self._markers = marker_spans(self.sentence.text)
        return self._markers

    def negotiator(self) -> bool:
        """Whether the sentence names a negotiator anywhere."""
        if self._negotiator is None:
            self._negotiator = _NEGOTIATOR.search(self.sentence.text, self.low) is not None
        return self._negotiator


def read_sentence(sentence: Sentence, mentions: list[Mention]) -> list[Draft]:
    """The drafts of ``sentence``: one per meeting cue, in reading order."""
    text = sentence.text
    low = fold(text)
    cues = find_cues(text, low, [m.start for m in mentions])
    if not cues:
        return []
    dates = find_date_expressions(text)
    formats = format_spans(text, low)
    _, references = _split(cues, dates)
    relative = [d.relative_span for d in dates if d.relative_span is not None]
    opener = opener_end(text, low)
    bounds: list[tuple[Cue, int, int, bool]] = []
    floor = 0
    clauses: dict[int, int] = {}
    cut = False  # whether the previous main cue's stretch ended before the next cue
    for cue in cues:
        is_reference = cue in references
        if not is_reference and cue.definite and cut:
            is_reference = True  # "... to prepare the summit": named, not reported
        later = [c for c in cues if c.start >= cue.end and not c.setting]
        ceiling = later[0].start if later else len(text)
        if is_reference:
            span = next((s for s in relative if s[0] <= cue.start and cue.end <= s[1]), None)
            left, right = span if span is not None else (cue.start, cue.end)
        else:
            clause = clauses[cue.start] = clause_start(text, low, cue, 0, opener)
            if floor:
                clause = clause_start(text, low, cue, floor, opener)
            left = left_bound(text, low, cue, clause)
            right = right_bound(text, low, cue, ceiling)
            floor = max(floor, right)
            cut = right < ceiling
        bounds.append((cue, left, right, is_reference))
    scene = _Scene(
        sentence=sentence,
        low=low,
        cues=cues,
        main=[cue for cue, _, _, is_reference in bounds if not is_reference],
        regions={cue.start: (left, right) for cue, left, right, _ in bounds},
        mentions=mentions,
        dates=dates,
        formats=formats,
        relative=relative,
        sidelines=_SIDELINES.match(text, low) is not None,
        opener=opener,
    )
    return [
        _draft(scene, cue, clauses.get(cue.start, scene.regions[cue.start][0]), is_reference)
        for cue, _, _, is_reference in bounds
    ]


_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4}


def _group_size(phrase: str) -> int | None:
    return next((_SIZES[w] for w in phrase.lower().split() if w in _SIZES), None)


def _place(
    text: str, cue: Cue, left: int, right: int, mentions: list[Mention], dates: list[DateExpression]
) -> tuple[str, int, int] | None:
    if cue.kind in _CALLS:
        return None
    agents = [(m.start, m.end) for m in mentions if m.actor.kind is not ActorKind.STATE]
    if cue.place is not None and cue.place_start is not None:
        start = cue.place_start
        first = cue.place.split()[0]
        if first not in lexicon().not_places and not any(s <= start < e for s, e in agents):
            return cue.place, start, start + len(cue.place)
    blocked = agents + [(d.start, d.end) for d in dates]
    return find_place(text, cue.end, right, blocked) or find_place(text, left, cue.start, blocked)


def _draft(scene: _Scene, cue: Cue, clause: int, is_reference: bool) -> Draft:
    sentence, cues, regions = scene.sentence, scene.cues, scene.regions
    mentions, dates, formats, relative = scene.mentions, scene.dates, scene.formats, scene.relative
    text, low = sentence.text, scene.low
    left, right = regions[cue.start]
    place = _place(text, cue, left, right, mentions, dates)
    blocked = [] if is_reference else [s for s in relative if not (s[0] <= cue.start < s[1])]
    if not is_reference:
        blocked += [(c.setting_start, c.end) for c in cues if c.setting and c is not cue]
    organisations = [(m.start, m.end) for m in mentions if m.actor.kind is ActorKind.ORGANIZATION]
    blocked += [  # "NATO-Russia Council": no party (but the SCO that takes part is one)
        (start, end)
        for start, end, _ in formats
        if not any(start <= s and e <= end for s, e in organisations)
    ]
    if place is not None:
        blocked.append((place[1], place[2]))
    sides = [(left, cue.start), (cue.end, right)]
    reaction = cue.reaction is not None
    if cue.reaction is not None:  # "X welcomed the talks (between Y and Z)": not X
        at = cue.reaction[0]
        sides = [(cue.end, right if at < cue.start else min(right, at))]
    persons, groups = actors_in(text, mentions, sides, blocked)
    subject_persons, subject_groups = actors_in(text, mentions, sides[:-1], blocked)
    if scene.opener is not None and cue.end <= scene.opener and _PARTICIPLE.match(text):
        # "Speaking after talks with Sandu in Chisinau, Iordache said ...": the one who
        # speaks took part
        start = scene.opener
        speaker = next((m for m in mentions if 0 <= m.start - start <= _SPEAKER_REACH), None)
        person = speaker is not None and speaker.actor.kind is ActorKind.PERSON
        if speaker is not None and person and speaker.actor.id not in persons:
            persons.append(speaker.actor.id)
    between = _BETWEEN.match(text, cue.end, right)
    sides_between = None
    if between is not None:
        named = actors_in(text, mentions, [(between.end(), right)], blocked)
        sides_between = named[0] + named[1] if len(named[0]) + len(named[1]) >= 2 else None
    body = _OF_BODY.match(text, cue.end, right) if cue.role == "noun" else None
    if body is not None:  # "a meeting of the UN Security Council": the body is its side
        members = [m.actor.id for m in mentions if m.start == body.end()]
        if members and any(body.end() == s for s, _ in organisations):
            sides_between = members
            groups = [*members, *(g for g in groups if g not in members)]
    opening = left
    for expression in dates:  # "The next day he traveled ...": skip the date first
        if left <= expression.start <= left + 2 and expression.end < cue.start:
            opening = expression.end
    pronoun = _PRONOUN.match(text, low, opening, cue.start)  # its group is read lowered
    object_pronoun = _OBJECT_PRONOUN.match(text, low, cue.end, right)
    group = _GROUP.search_in(text, low, left, right)
    topics: list[str] = []
    if not is_reference:
        later = [c.start for c in scene.main if c.start > cue.start]
        stop = later[0] if later else len(text)
        spans = [(d.start, d.end) for d in dates]
        spans += [(m.start, m.end) for m in mentions if m.actor.kind is ActorKind.PERSON]
        topics = after_cue_topics(text, cue.end, stop, spans, noun=cue.role == "noun")
        found = marker_topics(text, left, stop, spans, scene.markers())
        topics += [t for t in found if t not in topics]
    rescheduled = None
    if not is_reference:
        moved = (
            None
            if "postpone" not in text
            and "put off" not in text
            and "resched" not in text
            and "pushed back" not in text
            and "delayed" not in text
            else lexicon().rescheduled.search(text, cue.end)
        )
        rescheduled = next((d for d in dates if moved and d.start == moved.end()), None)
    kind = cue.kind
    if kind is MeetingKind.TALKS and (
        _NEGOTIATORS.search(text, low, left, right)
        or scene.negotiator()
        or _PROCESS_TALKS.search(text, low, left, right)
    ):
        kind = MeetingKind.NEGOTIATIONS
    if kind is MeetingKind.VISIT and hosts_several(text, cue, right, mentions, blocked):
        kind = MeetingKind.TALKS  # "hosted his counterparts": a meeting, not one visit
    return Draft(
        sentence=sentence,
        cue=cue,
        kind=kind,
        status=find_status(text, low, cue, clause, right),
        left=left,
        right=right,
        persons=persons,
        groups=groups,
        subject=subject_persons or subject_groups,
        location=None if place is None else place[0],
        location_near=place is not None
        and place[1] >= cue.end
        and _PLACE_NEAR.match(text[cue.end : place[1]]) is not None,
        np_format=find_format(text, low, max(left, cue.start - 30), cue.end, formats),
        gap_clause=_GAP_CLAUSE.search(text, low, left, cue.start) is not None,
        parties=[] if is_reference else find_parties(text, low, left, right),
        beside=frozenset(MeetingKind) - _CALLS
        if scene.sidelines
        else frozenset(c.kind for c in cues if c.setting and c is not cue),
        format=find_format(text, low, left, right, formats),
        date=None
        if is_reference
        else date_for(
            cue, regions, scene.main, [d for d in scene.dating() if d is not rescheduled]
        ),
        rescheduled=rescheduled,
        reference=is_reference,
        pronoun=None
        if pronoun is None or subject_persons or subject_groups or reaction
        else pronoun.group(1).lower(),
        object_pronoun=None if object_pronoun is None else object_pronoun.group(1).lower(),
        topics=topics,
        group_ref=group is not None,
        group_size=None if group is None else _group_size(group.group()),
        again=_AGAIN.search_in(text, low, left, right) is not None,
        this_format=_THIS_FORMAT.search_in(text, low, left, right) is not None,
        reaction=reaction,
        between=sides_between,
    )
