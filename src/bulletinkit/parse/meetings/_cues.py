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
from bulletinkit.parse.meetings._lexicon import lexicon
from bulletinkit.parse.text import Gate

__all__ = ["Cue", "find_cues", "find_format", "find_status", "format_spans"]

# How far after a cue an actor must start for a cue that requires one (titles between).
_ACTOR_REACH = 45
# How far before a "gathered in" cue the officials who gather may be named.
_OFFICIALS_REACH = 80
_NEGATION_REACH = 24
_STATUS_BEFORE_REACH = 48
_STATUS_AFTER_REACH = 90
_STATUS_RANK = {
    MeetingStatus.CANCELLED: 4,
    MeetingStatus.POSTPONED: 3,
    MeetingStatus.PROPOSED: 2,
    MeetingStatus.PLANNED: 1,
    MeetingStatus.HELD: 0,
}
# Modifiers between a determiner and its noun: words that are not themselves
# determiners or prepositions ("the first Normandy format summit").
_NOT_MODIFIER = r"(?:the|a|an|this|that|their|its|his|her|for|of|to|with|in|on|at|by)\b"
_MODIFIERS = rf"(?:(?!{_NOT_MODIFIER})[\w+’'-]+\s+){{0,4}}"
_DEFINITE = Gate(
    rf"\b(?:the|this|that|these|those|their|its|his|her|our)\s+{_MODIFIERS}$",
    re.IGNORECASE,
    starts="hiot",
)
_SIMILAR = Gate(
    r"\b(?:similar|another|analogous|same\s+kind\s+of|further|second|third|fourth|fifth|next|"
    rf"new)\s+{_MODIFIERS}$",
    re.IGNORECASE,
    starts="afnst",
)
_ORDINAL = re.compile(
    r"(?:another|second|third|fourth|fifth|next|new|further|latest)\b", re.IGNORECASE
)
_SETTING = Gate(
    r"\b(?:(?:(?:on\s+the\s+)?(?:sidelines|margins|side)\s+of|at)\s+(?:the|an?|their|this)|"
    r"(?:eve\s+of|ahead\s+of|before|after|since|prior\s+to|following|to\s+prepare|"
    r"preparations\s+for)\s+(?:the|their|this|that)|"
    r"(?:days|weeks|hours|months|shortly|just|soon|immediately)\s+(?:after|before))\s+"
    rf"{_MODIFIERS}$",
    re.IGNORECASE,
)
# "Biden and Putin to meet": a headline's future.
_HEADLINE_FUTURE = re.compile(r"^(?:[A-Z][\w'’.-]*\s+(?:and\s+|&\s+)?)+to\s+$")
_FUTURE = Gate(
    r"\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)\b",
    re.IGNORECASE,
    needles=["are", "is", "shall", "will"],
    starts="aisw",
)
_GENERIC_FORMAT = Gate(r"\b((?:[A-Z][\w'’-]*\s){1,3})format\b", needles=["format"])
_NOT_FORMAT_NAMES = frozenset({"The", "This", "That", "Same", "New", "Such", "A", "Its", "Their"})


@attrs.frozen(kw_only=True)
class Cue:
    """A meeting cue in a sentence: offsets relative to the sentence text.

    ``definite`` marks a noun after "the", "this", "their" ... (it may refer back);
    ``similar`` one after "a similar", "another" (a new meeting like the last one);
    ``setting`` one that only sets the scene of another ("on the sidelines of the
    summit", "before the meeting"); ``reaction_at``, for a definite noun that is the
    object of a reaction ("Stoltenberg welcomed the talks", "the visit was criticised by
    Kyiv", words from ``lexicon/meeting_reactions.json``): the
    noun refers back and the commentator does not take part. ``reaction`` is the span of
    those words (before the noun, or after it for a passive).
    """

    kind: MeetingKind
    role: str
    start: int
    end: int
    text: str
    place: str | None
    place_start: int | None
    definite: bool
    similar: bool
    setting: bool
    setting_start: int
    reaction: tuple[int, int] | None = None


_GUEST = Gate(
    r"\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:counterparts?|guests?|delegations?|"
    r"visitors?)\b",
    re.IGNORECASE,
    needles=["counterpart", "delegation", "guest", "visitor"],
)


def _actor_follows(text: str, low: str | None, end: int, mention_starts: list[int]) -> bool:
    if any(end <= start <= end + _ACTOR_REACH for start in mention_starts):
        return True
    return _GUEST.match(text, low, end) is not None


_PASSIVE_REACH = 80
_CLAUSE_END = re.compile(r"[,;:]")


def _reaction(text: str, low: str | None, start: int, end: int) -> tuple[int, int] | None:
    """Where reaction words around the definite meeting noun at ``start:end`` are.

    Active ("welcomed the talks", "called the talks a success") or passive ("the talks
    ... were welcomed by"); ``None`` when the noun is not the object of a reaction.
    """
    lex = lexicon()
    lead_from = max(0, start - 50)
    found = lex.reaction_before.search(text, low, lead_from, start)
    if found is None:
        found = lex.appraisal_before.search(text, low, lead_from, start)
        if found is not None and lex.complement.match(text, low, end) is None:
            found = None
    if found is not None:
        return found.start(), start
    stop = _CLAUSE_END.search(text, end, end + _PASSIVE_REACH)
    passive = lex.reaction_passive.search(
        text, low, end, stop.start() if stop is not None else end + _PASSIVE_REACH
    )
    return None if passive is None else passive.span()


def _drop_reaction_verbs(cues: list[Cue]) -> list[Cue]:
    """Drop verb cues inside a reaction's words ("welcomed" in "welcomed the talks")."""
    spans = [c.reaction for c in cues if c.reaction is not None]
    if not spans:
        return cues
    return [
        c
        for c in cues
        if c.role != "verb" or not any(s <= c.start and c.end <= e for s, e in spans)
    ]


def _negated(text: str, low: str | None, start: int) -> bool:
    """Whether a negation ("did not", "refused to") comes right before ``start``."""
    since = max(0, start - _NEGATION_REACH)
    return lexicon().negation.search_in(text, low, since, start) is not None


def find_cues(text: str, low: str | None, mention_starts: list[int]) -> list[Cue]:
    """The meeting cues of ``text`` in reading order; ``low`` is ``fold(text)``,
    ``mention_starts`` are actor offsets."""
    lex = lexicon()
    if lex.triggers.search(text, low) is None:
        return []
    blocked: list[tuple[int, int]] | None = None  # non-meeting phrases, found on demand
    cues: list[Cue] = []
    for match in lex.cues.finditer(text, low):
        name = match.lastgroup
        if name is None:  # pragma: no cover - every alternative is a named group
            continue
        index = int(name[1:])
        entry = lex.cue_entries[index]
        start, end = match.span()
        if blocked is None:
            blocked = [m.span() for m in lex.not_meetings.finditer(text, low)]
        if any(start < b_end and b_start < end for b_start, b_end in blocked):
            continue
        if entry.requires == "actor_after" and not _actor_follows(text, low, end, mention_starts):
            continue
        if entry.requires == "officials_before" and not lex.officials.search(
            text, low, max(0, start - _OFFICIALS_REACH), start
        ):
            continue  # "Protesters gathered in Minsk"
        if entry.role == "verb" and _negated(text, low, start):
            continue
        place_group = f"p{index}"
        place = match.group(place_group) if place_group in match.re.groupindex else None
        place_start = match.start(place_group) if place is not None else None
        if place is not None and place.lower().startswith("the "):
            place, place_start = place[4:], (place_start or 0) + 4
        if place is not None and place.split()[0] in lex.not_places:
            continue  # "is expected in July": a time, not a place
        lead_from = max(0, start - 50)
        noun = entry.role == "noun"
        setting = _SETTING.search_in(text, low, lead_from, start) if noun else None
        definite = noun and _DEFINITE.search_in(text, low, lead_from, start) is not None
        cues.append(
            Cue(
                kind=entry.kind,
                role=entry.role,
                start=start,
                end=end,
                text=match.group(),
                place=place,
                place_start=place_start,
                definite=definite,
                similar=_SIMILAR.search_in(text, low, lead_from, start) is not None
                or _ORDINAL.match(match.group()) is not None,
                setting=setting is not None,
                setting_start=start if setting is None else lead_from + setting.start(),
                reaction=_reaction(text, low, start, end) if definite else None,
            )
        )
    return _drop_reaction_verbs(cues)


def find_status(
    text: str, low: str | None, cue: Cue, left: int, right: int
) -> MeetingStatus | None:
    """The status words around ``cue`` (its clause runs from ``left`` to ``right``).

    Words shortly before the cue or in it ("will meet", "suggested convening a
    meeting") and shortly after it ("the meeting was called off"); when several apply,
    a cancellation outranks a proposal, which outranks a plan. A future marker anywhere
    earlier in the sentence ("will continue ..., when Russia meets NATO") or a
    headline's "X and Y to meet" means planned.
    """
    lex = lexicon()
    found: list[MeetingStatus] = []
    since = max(left, cue.start - _STATUS_BEFORE_REACH)
    for pattern, status in lex.status_before:
        if pattern.search_in(text, low, since, cue.end):
            found.append(status)
    until = min(right, cue.end + _STATUS_AFTER_REACH)
    for pattern, status in lex.status_after:
        if pattern.search_in(text, low, cue.end, until):
            found.append(status)
    if not found and (
        _HEADLINE_FUTURE.match(text[: cue.start]) or _FUTURE.search(text, low, 0, cue.start)
    ):
        found.append(MeetingStatus.PLANNED)
    return max(found, key=_STATUS_RANK.__getitem__) if found else None


def format_spans(text: str, low: str | None) -> list[tuple[int, int, str]]:
    """Where ``text`` names a known format, and its name: ``(start, end, name)``;
    ``low`` is ``fold(text)``."""
    lex = lexicon()
    found = []
    for match in lex.formats.finditer(text, low):
        name = match.lastgroup
        if name is not None:
            found.append((match.start(), match.end(), lex.format_names[name]))
    return found


def find_format(
    text: str, low: str | None, left: int, right: int, known: list[tuple[int, int, str]]
) -> str | None:
    """The name of a meeting format between ``left`` and ``right`` of ``text``, if any.

    ``known`` is what :func:`format_spans` found in ``text``; failing those, a
    capitalised name before the word "format" ("the Berlin format").
    """
    for start, end, name in known:
        if left <= start and end <= right:
            return name
    for match in _GENERIC_FORMAT.finditer(text, low, left, right):
        words = match.group(1).split()
        while words and words[0] in _NOT_FORMAT_NAMES:
            words.pop(0)
        if words:
            return " ".join(words) + " format"
    return None
