"""Which actors of a sentence stand on a meeting cue's sides, and who a host receives.

A cue's participants are the actor mentions between the start of its clause and the
cue (the subject side) and between the cue and the end of its clause (the object side),
less a possessor ("Lukashenko's opponents") and a state taken as a place or topic ("in
Ukraine"). A host with several guests ("hosted his counterparts", "hosted X and Y")
holds talks, not a visit.
"""

from __future__ import annotations

import re

import attrs

from bulletinkit.model.actor import Actor, ActorKind
from bulletinkit.parse.meetings._cues import Cue
from bulletinkit.parse.meetings._lexicon import lexicon

__all__ = ["Mention", "actors_in", "hosts_several", "inside"]

# "Lavrov's two-day visit": a possessor right before the meeting word takes part.
_OWN_CUE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:visit|trip|meeting|talks|call|tour|summit|conversation)",
    re.IGNORECASE,
)
# A state after one of these is a place or a topic, not a participant.
_NOT_PARTY = re.compile(
    r"\b(?:in|at|to|near|over|on|about|against|into|across|around|toward|towards|for|"
    r"warned|urged|criticized|criticised|accused|blamed|discussed|discussing|discuss|"
    r"request\s+of|behest\s+of|invitation\s+of|initiative\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?")
_HOSTING = ("host", "welcom", "receiv")
_GUESTS_NOUN = re.compile(r"\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w-]+\s+){0,3}?$")
# How far after a hosting verb a plural noun for its guests may be ("his counterparts").
_GUESTS_REACH = 40


@attrs.frozen(kw_only=True)
class Mention:
    """An actor mention inside a sentence (offsets relative to the sentence text)."""

    start: int
    end: int
    actor: Actor


def inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``start:end`` lies within one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


def actors_in(
    text: str,
    mentions: list[Mention],
    spans: list[tuple[int, int]],
    blocked: list[tuple[int, int]],
) -> tuple[list[str], list[str]]:
    """The person and the other actor ids mentioned within ``spans``, not in ``blocked``."""
    persons: list[str] = []
    groups: list[str] = []
    dropped = -1  # where the last state taken as a place or topic ended
    for mention in mentions:
        start, end = mention.start, mention.end
        for low, high in spans:  # (inside(), written out: this loop runs for every draft)
            if low <= start and end <= high:
                break
        else:
            continue
        if any(low <= start and end <= high for low, high in blocked):
            continue
        if text.startswith(("’s", "'s"), mention.end) and not _OWN_CUE.match(text, mention.end + 2):
            continue  # "Lukashenko's opponents" (but "Lavrov's visit"): not the one who meets
        if mention.actor.kind is ActorKind.STATE and (
            _NOT_PARTY.search(text, max(0, mention.start - 30), mention.start)
            or (dropped >= 0 and _LIST_GAP.fullmatch(text, dropped, mention.start))
        ):
            dropped = mention.end  # "focus on China and Russia": both are topics
            continue
        target = persons if mention.actor.kind is ActorKind.PERSON else groups
        if mention.actor.id not in target:
            target.append(mention.actor.id)
    return persons, groups


def hosts_several(
    text: str, cue: Cue, right: int, mentions: list[Mention], blocked: list[tuple[int, int]]
) -> bool:
    """Whether a hosting verb's guests are several ("his counterparts", "X and Y")."""
    if cue.role != "verb" or not cue.text.lower().startswith(_HOSTING):
        return False
    plural = lexicon().officials.search(text, None, cue.end, min(right, cue.end + _GUESTS_REACH))
    if plural is not None and _GUESTS_NOUN.match(text[cue.end : plural.start()]):
        return True
    persons, groups = actors_in(text, mentions, [(cue.end, right)], blocked)
    return len(persons) >= 2 or (not persons and len(groups) >= 2)
