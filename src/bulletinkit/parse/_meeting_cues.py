"""Find the words that state a meeting in one sentence, and what they say about it.

A cue is a phrase from ``lexicon/meeting_cues.json``. Cues that overlap a
non-meeting phrase ("met with criticism", "the meeting point"), negated verbs ("did not
meet") and loose verbs without the actor they need ("received" with no one after it)
are dropped here.
"""

from __future__ import annotations

import re

import attrs

from bulletinkit.model.meeting import MeetingKind, MeetingStatus
from bulletinkit.parse._meeting_lexicon import lexicon

__all__ = ["Cue", "find_cues", "find_format", "find_status"]

# How far after a cue an actor must start for a cue that requires one (titles between).
_ACTOR_REACH = 45
_NEGATION_REACH = 24
_STATUS_BEFORE_REACH = 48
_STATUS_AFTER_REACH = 40
_STATUS_RANK = {
    MeetingStatus.CANCELLED: 3,
    MeetingStatus.PROPOSED: 2,
    MeetingStatus.PLANNED: 1,
    MeetingStatus.HELD: 0,
}
_DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those|their|its|his|her|our|during|after)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SIMILAR = re.compile(
    r"\b(?:a|an|the)?\s*(?:similar|another|analogous|same kind of|new|further|second|next)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_GENERIC_FORMAT = re.compile(r"\b((?:[A-Z][\w'’-]*\s){1,3})format\b")
_NOT_FORMAT_NAMES = frozenset({"The", "This", "That", "Same", "New", "Such", "A", "Its", "Their"})


@attrs.frozen(kw_only=True)
class Cue:
    """A meeting cue in a sentence: offsets relative to the sentence text."""

    kind: MeetingKind
    role: str
    start: int
    end: int
    place: str | None
    place_start: int | None
    definite: bool
    similar: bool


def _actor_follows(end: int, mention_starts: list[int]) -> bool:
    return any(end <= start <= end + _ACTOR_REACH for start in mention_starts)


def find_cues(text: str, mention_starts: list[int]) -> list[Cue]:
    """The meeting cues of ``text`` in reading order; ``mention_starts`` are actor offsets."""
    lex = lexicon()
    if lex.prefilter.search(text) is None:
        return []
    blocked = [m.span() for m in lex.not_meetings.finditer(text)]
    cues: list[Cue] = []
    for match in lex.cues.finditer(text):
        name = match.lastgroup
        if name is None:  # pragma: no cover - every alternative is a named group
            continue
        index = int(name[1:])
        entry = lex.cue_entries[index]
        start, end = match.span()
        if any(start < b_end and b_start < end for b_start, b_end in blocked):
            continue
        if entry.requires == "actor_after" and not _actor_follows(end, mention_starts):
            continue
        before = text[max(0, start - _NEGATION_REACH) : start]
        if entry.role == "verb" and lex.negation.search(before):
            continue
        place_group = f"p{index}"
        place = match.group(place_group) if place_group in match.re.groupindex else None
        place_start = match.start(place_group) if place is not None else None
        if place is not None and place.lower().startswith("the "):
            place, place_start = place[4:], (place_start or 0) + 4
        lead_in = text[max(0, start - 40) : start]
        cues.append(
            Cue(
                kind=entry.kind,
                role=entry.role,
                start=start,
                end=end,
                place=place,
                place_start=place_start,
                definite=entry.role == "noun" and _DEFINITE.search(lead_in) is not None,
                similar=_SIMILAR.search(lead_in) is not None,
            )
        )
    return cues


def find_status(text: str, cue: Cue, left: int, right: int) -> MeetingStatus | None:
    """The status words around ``cue`` between ``left`` and ``right``, if any.

    Words before the cue ("will meet", "suggested convening a meeting") and a few after it
    ("the meeting was called off"); when several apply, a cancellation outranks a
    proposal, which outranks a plan.
    """
    lex = lexicon()
    found: list[MeetingStatus] = []
    window = text[max(left, cue.start - _STATUS_BEFORE_REACH) : cue.start]
    for pattern, status in lex.status_before:
        if pattern.search(window):
            found.append(status)
    after = text[cue.end : min(right, cue.end + _STATUS_AFTER_REACH)]
    for pattern, status in lex.status_after:
        if pattern.search(after):
            found.append(status)
    return max(found, key=_STATUS_RANK.__getitem__) if found else None


def find_format(text: str, left: int, right: int) -> str | None:
    """The name of a meeting format between ``left`` and ``right`` of ``text``, if any."""
    lex = lexicon()
    region = text[left:right]
    best: tuple[int, str] | None = None
    for pattern, name in lex.formats:
        match = pattern.search(region)
        if match is not None and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    if best is not None:
        return best[1]
    for match in _GENERIC_FORMAT.finditer(region):
        words = match.group(1).split()
        while words and words[0] in _NOT_FORMAT_NAMES:
            words.pop(0)
        if words:
            return " ".join(words) + " format"
    return None
