"""The meeting vocabularies in ``lexicon/meeting_*.json``, loaded once and compiled.

Each file carries a ``description`` saying where its lists come from. Cue patterns
are joined into one alternation per file so a sentence is scanned once per file.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

import attrs

from bulletinkit.model.meeting import MeetingKind, MeetingStatus
from bulletinkit.parse.text import Choice, Gate

__all__ = ["CueEntry", "MeetingLexicon", "lexicon", "participation"]

# Capitals inside a case-insensitive pattern still mean capitals (place names).
_CAPITAL = "(?-i:[A-Z])"


@attrs.frozen(kw_only=True)
class CueEntry:
    """One cue pattern: the kind it signals, its role, and what it requires."""

    kind: MeetingKind
    role: str
    requires: str | None


@attrs.frozen(kw_only=True)
class MeetingLexicon:
    """Compiled meeting vocabularies: cues, non-meetings, status words, formats, places."""

    cues: Choice
    cue_entries: tuple[CueEntry, ...]
    not_meetings: Gate
    status_before: tuple[tuple[Gate, MeetingStatus], ...]
    status_after: tuple[tuple[Gate, MeetingStatus], ...]
    negation: Gate
    rescheduled: re.Pattern[str]
    formats: Choice
    format_names: dict[str, str]
    format_kinds: dict[str, MeetingKind]
    triggers: Gate
    place_prepositions: tuple[str, ...]
    not_places: frozenset[str]
    topic_markers: Gate
    reaction_before: Gate
    appraisal_before: Gate
    complement: Gate
    reaction_passive: Gate
    officials: Gate


def _load(name: str) -> dict[str, Any]:
    path = resources.files("bulletinkit.parse").joinpath(f"lexicon/{name}")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _words(pattern: str) -> str:
    return r"\b(?:" + pattern.replace("[A-Z]", _CAPITAL) + r")\b"


def _alternative(source: str, entry: dict[str, Any]) -> Gate:
    """One alternative of a :class:`Choice`, with the gate its entry declares."""
    return Gate(source, re.IGNORECASE, entry.get("needles"), starts=entry.get("starts"), twin=False)


def _initials(words: list[str]) -> str:
    """The first letters of a list of plain words: where their alternation can start."""
    return "".join(sorted({word[0].lower() for word in words}))


def _alternation(patterns: list[str]) -> str:
    return "|".join(_words(p) for p in patterns)


def _cues(entries: list[dict[str, Any]]) -> tuple[Choice, tuple[CueEntry, ...]]:
    parts = []
    for index, entry in enumerate(entries):
        pattern = entry["pattern"].replace("(?P<place>", f"(?P<p{index}>")
        source = f"(?P<c{index}>{_words(pattern)})"
        parts.append(_alternative(source, entry))
    compiled = Choice(parts)
    table = tuple(
        CueEntry(kind=MeetingKind(e["kind"]), role=e["role"], requires=e.get("requires"))
        for e in entries
    )
    return compiled, table


def _statuses(entries: list[dict[str, str]], suffix: str) -> tuple[Any, ...]:
    return tuple(
        (
            Gate(
                _words(e["pattern"]) + suffix,
                re.IGNORECASE,
                e.get("needles"),
                starts=e.get("starts"),
            ),
            MeetingStatus(e["status"]),
        )
        for e in entries
    )


# A definite reference to a meeting after a reaction verb: "welcomed the (recent) talks".
_REFERENCE = r"\s+(?:the|this|that|these|those|their|its)\s+(?:[\w+’'-]+\s+){0,4}$"
_PASSIVE = r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"


def _reactions(data: dict[str, Any]) -> tuple[Gate, ...]:
    """Reaction verbs before a definite meeting noun, appraisals, complements, passives."""
    verbs = "|".join(f"(?:{v})" for v in data["verbs"])
    appraisals = "|".join(f"(?:{v})" for v in data["appraisals"])
    complements = "|".join(
        f"(?:{c})(?![\\w-])" if c[0].isalpha() else f"(?:{c})" for c in data["complements"]
    )
    return (
        Gate(rf"\b(?:{verbs}){_REFERENCE}", re.IGNORECASE),
        Gate(rf"\b(?:{appraisals}){_REFERENCE}", re.IGNORECASE),
        Gate(rf"\s+(?:{complements})", re.IGNORECASE),
        Gate(rf"{_PASSIVE}(?:{verbs})\s+by\b", re.IGNORECASE, starts="ahiw"),
    )


@functools.cache
def lexicon() -> MeetingLexicon:
    """The compiled meeting lexicon (loaded on first use, then cached)."""
    cues = _load("meeting_cues.json")
    not_meetings = _load("meeting_not_meetings.json")
    status = _load("meeting_status.json")
    formats = _load("meeting_formats.json")
    places = _load("meeting_places.json")
    reaction, appraisal, complement, passive = _reactions(_load("meeting_reactions.json"))
    officials = sorted(_load("meeting_parties.json")["officials"], key=len, reverse=True)
    cue_pattern, cue_entries = _cues(cues["cues"])
    markers = sorted(places["topic_markers"], key=len, reverse=True)
    return MeetingLexicon(
        cues=cue_pattern,
        cue_entries=cue_entries,
        not_meetings=Gate(
            _alternation(not_meetings["patterns"]), re.IGNORECASE, starts=not_meetings["starts"]
        ),
        status_before=_statuses(status["before"], ""),
        status_after=_statuses(status["after"], ""),
        negation=Gate(
            _words(status["negation"]) + r"\s*$",
            re.IGNORECASE,
            status["negation_needles"],
            starts=status["negation_starts"],
        ),
        rescheduled=re.compile(_words(status["rescheduled"]) + r"\s+", re.IGNORECASE),
        formats=Choice(
            [
                _alternative(f"(?P<f{i}>{_words(f['pattern'])})", f)
                for i, f in enumerate(formats["formats"])
            ]
        ),
        format_names={f"f{i}": f["name"] for i, f in enumerate(formats["formats"])},
        format_kinds={f["name"]: MeetingKind(f["kind"]) for f in formats["formats"] if "kind" in f},
        triggers=Gate(
            r"\b(?:" + "|".join(re.escape(t) for t in cues["triggers"]) + r")",
            re.IGNORECASE,
            starts=_initials(cues["triggers"]),
        ),
        place_prepositions=tuple(places["prepositions"]),
        not_places=frozenset(places["not_places"]),
        topic_markers=Gate(
            "|".join(_words(re.escape(m)) for m in markers),
            re.IGNORECASE,
            starts=_initials(markers),
        ),
        reaction_before=reaction,
        appraisal_before=appraisal,
        complement=complement,
        reaction_passive=passive,
        officials=Gate(
            "|".join(_words(re.escape(o)) for o in officials),
            re.IGNORECASE,
            starts=_initials(officials),
        ),
    )


@functools.cache
def participation() -> Gate:
    """Verbs that add their subject to the meeting spoken of last ("took part")."""
    data = _load("meeting_participation.json")
    verbs = sorted(data["verbs"], key=len, reverse=True)
    return Gate(_alternation(verbs), re.IGNORECASE, starts=data["starts"])
