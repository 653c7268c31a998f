"""Read one sentence into meeting drafts: one per cue, before any merging.

A draft holds what the sentence itself says: kind, explicit status, the actors in the
cue's clause (subject and object side), place, format, the date phrase nearest the cue,
and the signals the bulletin-level pass needs (a pronoun subject, "the two leaders", a
definite "the meeting" that refers back, "a similar meeting").
"""

from __future__ import annotations

import re

import attrs

from bulletinkit.model.actor import Actor, ActorKind
from bulletinkit.model.meeting import MeetingKind, MeetingStatus
from bulletinkit.parse._meeting_cues import Cue, find_cues, find_format, find_status
from bulletinkit.parse._meeting_places import find_place
from bulletinkit.parse._meeting_regions import left_bound, right_bound
from bulletinkit.parse._sentences import Sentence
from bulletinkit.parse.dates import DateExpression

__all__ = ["Draft", "Mention", "read_sentence"]

_CALLS = frozenset({MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL})
_PRONOUN = re.compile(r"^\W*(it|he|she|they)\b", re.IGNORECASE)
_GROUP = re.compile(
    r"\b(?:the|both|two)\s+(?:two\s+|three\s+|four\s+)?(?:leaders|presidents|heads\s+of\s+state|"
    r"ministers|foreign\s+ministers|defen[cs]e\s+ministers|prime\s+ministers|premiers|sides|"
    r"men|delegations|parties|counterparts|chiefs|diplomats)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:since|until|till|ago|from)\s+(?:\w+\s+)?$", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class Mention:
    """An actor mention inside a sentence (offsets relative to the sentence text)."""

    start: int
    end: int
    actor: Actor


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
    format: str | None
    date: DateExpression | None
    reference: bool
    pronoun: str | None
    group_ref: bool
    demonyms: list[str] = attrs.field(factory=list)


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _relative_spans(dates: list[DateExpression]) -> list[tuple[int, int]]:
    return [d.relative_span for d in dates if d.relative_span is not None]


def _date_for(
    cue: Cue, cues: list[Cue], dates: list[DateExpression], text: str
) -> DateExpression | None:
    """The date phrase nearest ``cue`` that is not nearer another cue."""

    def distance(expression: DateExpression, other: Cue) -> int:
        if expression.end <= other.start:
            return other.start - expression.end
        return max(0, expression.start - other.end)

    best: tuple[int, DateExpression] | None = None
    for expression in dates:
        if _SINCE.search(text, 0, expression.start):
            continue
        mine = distance(expression, cue)
        if any(distance(expression, other) < mine for other in cues if other is not cue):
            continue
        if best is None or mine < best[0]:
            best = (mine, expression)
    return None if best is None else best[1]


def _split_actors(
    mentions: list[Mention], spans: list[tuple[int, int]], blocked: list[tuple[int, int]]
) -> tuple[list[str], list[str]]:
    persons: list[str] = []
    groups: list[str] = []
    for mention in mentions:
        if not _inside(mention.start, mention.end, spans):
            continue
        if _inside(mention.start, mention.end, blocked):
            continue
        target = persons if mention.actor.kind is ActorKind.PERSON else groups
        if mention.actor.id not in target:
            target.append(mention.actor.id)
    return persons, groups


def read_sentence(
    sentence: Sentence, mentions: list[Mention], dates: list[DateExpression]
) -> list[Draft]:
    """The drafts of ``sentence``: one per meeting cue, in reading order."""
    text = sentence.text
    cues = find_cues(text, [m.start for m in mentions])
    if not cues:
        return []
    relative = _relative_spans(dates)
    referenced = [c for c in cues if _inside(c.start, c.end, relative)]
    main = [c for c in cues if c not in referenced]
    if not main:  # "After Putin met Erdogan, ..." with nothing else: a meeting after all
        main, referenced = cues, []
    drafts: list[Draft] = []
    floor = 0
    for cue in cues:
        is_reference = cue in referenced
        ceiling = len(text)
        later = [c for c in cues if c.start >= cue.end]
        if later:
            ceiling = min(ceiling, later[0].start)
        if is_reference:
            span = next(s for s in relative if s[0] <= cue.start and cue.end <= s[1])
            left, right = span
        else:
            left = left_bound(text, cue, floor)
            right = right_bound(text, cue, ceiling)
            floor = max(floor, right)
        drafts.append(
            _draft(sentence, cue, main, left, right, mentions, dates, relative, is_reference)
        )
    return drafts


def _draft(
    sentence: Sentence,
    cue: Cue,
    cues: list[Cue],
    left: int,
    right: int,
    mentions: list[Mention],
    dates: list[DateExpression],
    relative: list[tuple[int, int]],
    is_reference: bool,
) -> Draft:
    text = sentence.text
    person_spans = [(m.start, m.end) for m in mentions if m.actor.kind is ActorKind.PERSON]
    date_spans = [(d.start, d.end) for d in dates]
    place: tuple[str, int, int] | None = None
    if cue.kind not in _CALLS:
        if cue.place is not None and cue.place_start is not None:
            place = (cue.place, cue.place_start, cue.place_start + len(cue.place))
            if _inside(place[1], place[2], person_spans) or any(
                m.start <= place[1] < m.end and m.actor.kind is ActorKind.PERSON for m in mentions
            ):
                place = None
        if place is None:
            place = find_place(text, left, right, person_spans + date_spans)
    blocked = [] if is_reference else [s for s in relative if not (s[0] <= cue.start < s[1])]
    if place is not None:
        blocked.append((place[1], place[2]))
    sides = [(left, cue.start), (cue.end, right)]
    persons, groups = _split_actors(mentions, sides, blocked)
    subject_persons, subject_groups = _split_actors(mentions, [(left, cue.start)], blocked)
    left_text = text[left : cue.start]
    pronoun = _PRONOUN.match(left_text)
    region_text = text[left:right]
    return Draft(
        sentence=sentence,
        cue=cue,
        kind=cue.kind,
        status=find_status(text, cue, left, right),
        left=left,
        right=right,
        persons=persons,
        groups=groups,
        subject=subject_persons or subject_groups,
        location=None if place is None else place[0],
        format=find_format(text, left, right),
        date=None if is_reference else _date_for(cue, cues, dates, text),
        reference=is_reference,
        pronoun=None if pronoun is None or persons or groups else pronoun.group(1).lower(),
        group_ref=_GROUP.search(region_text) is not None,
    )
