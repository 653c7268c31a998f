"""Cues of one sentence that report one meeting: when a cue continues the one before.

"... arrived in Moscow for talks with Putin", "a meeting in Paris, where the ministers
met", "chaired a meeting via videoconference": a cue with no subject of its own, no
conflicting status or place, is part of the meeting of the cue before it.
"""

from __future__ import annotations

import re

from bulletinkit.model.meeting import MeetingKind, MeetingStatus
from bulletinkit.parse.meetings._merge import SPECIFIC as _SPECIFIC
from bulletinkit.parse.meetings._sentence import Draft
from bulletinkit.parse.text import Gate

__all__ = ["fold", "folds"]

_CALLS = frozenset({MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL})
_HOSTING = ("host", "welcom", "receiv")
_MEANS = Gate(r"\b(?:via|by|through|over|in)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE, starts="biotv")
# "Lavrov opened the meeting": someone joining the meeting spoken of last.
_RANK = {
    MeetingStatus.HELD: 0,
    MeetingStatus.PLANNED: 1,
    MeetingStatus.PROPOSED: 2,
    MeetingStatus.CANCELLED: 4,
    MeetingStatus.POSTPONED: 3,
}


def fold(into: Draft, part: Draft) -> None:
    """Make ``part`` (a cue with no subject of its own) part of ``into``'s meeting."""
    for mine, theirs in ((into.persons, part.persons), (into.groups, part.groups)):
        mine.extend(i for i in theirs if i not in mine)
    hosting = into.cue.text.lower().startswith(_HOSTING) and part.cue.role == "noun"
    if _means(part) or hosting:
        into.kind = part.kind  # "a meeting ... via videoconference", "host a meeting"
    elif part.kind not in _CALLS and _SPECIFIC[part.kind] > _SPECIFIC[into.kind]:
        into.kind = part.kind
    if part.status is not None and (into.status is None or _RANK[part.status] > _RANK[into.status]):
        into.status = part.status
    into.location = into.location or part.location
    into.format = into.format or part.format
    into.date = into.date or part.date
    into.object_pronoun = into.object_pronoun or part.object_pronoun
    into.group_ref = into.group_ref or part.group_ref
    into.group_size = into.group_size or part.group_size
    into.again = into.again or part.again
    into.this_format = into.this_format or part.this_format
    into.parties.extend(p for p in part.parties if p not in into.parties)
    into.between = into.between or part.between
    into.rescheduled = into.rescheduled or part.rescheduled
    into.topics.extend(t for t in part.topics if t not in into.topics)


def _means(draft: Draft) -> bool:
    """Whether a call cue says how another meeting was held ("via videoconference")."""
    text = draft.sentence.text
    return draft.kind in _CALLS and _MEANS.search(text, None, 0, draft.cue.start) is not None


def folds(first: Draft, second: Draft) -> bool:
    """Whether ``second`` continues the meeting of ``first`` (same sentence)."""
    if second.subject or second.pronoun or second.gap_clause:
        return False
    if first.status is not second.status:
        return False  # "met ... and offered to host a meeting": two meetings
    if first.location and second.location and first.location != second.location:
        return False  # "flew to Moscow ..., then traveled to Berlin"
    return (first.kind in _CALLS) == (second.kind in _CALLS) or _means(second)
