"""Where in a sentence the participants, place and status of one meeting cue are read.

A cue's *region* runs from the start of its clause (after a temporal opener such as
"Three days before X,", a reporting verb such as "said", a semicolon or dash, or the
previous cue's region) to the first topic marker after it ("about", "to discuss",
"where", "which", ...), the next cue, or the end of the sentence. What lies outside is
only mentioned in the same sentence, never a participant.
"""

from __future__ import annotations

import re

from bulletinkit.parse.meetings._cues import Cue
from bulletinkit.parse.meetings._lexicon import lexicon
from bulletinkit.parse.text import Gate

__all__ = ["clause_start", "left_bound", "opener_end", "right_bound"]

# "Kaya told Petrov ... that Ankara was ready to host talks": a that-clause has a
# subject of its own ("that day", "that format" are no clause).
_THAT = (
    r"\bthat\b(?!\s+(?:day|week|month|year|morning|evening|afternoon|night|time|format|"
    r"meeting|summit|visit|call|trip|round|session|talks|is|was|were|are|would|will|had|has|"
    r"he|she|they|we|i)\b)"
)
_LEFT_BREAKS = Gate(
    r"[;:—–]|\s-\s|\b(?:where|whereas|but|while|and\s+then)\b|"
    r",\s+(?:after|before|since|once|until)\b",
    re.IGNORECASE,
)
_REPORTING = Gate(
    r"\b(?:said|says|told(?:\s+\w+)?|announced|reported|stated|noted|added|claimed|confirmed|"
    r"revealed|recalled|explained|replied|insisted|argued|stressed|wrote)\b"
    r"(?:[^.;:]{0,40}?\bthat\b)?",
    re.IGNORECASE,
    starts="aceinrstw",
)
# "Putin told Macron in a phone call": the speaker is in the call.
_THAT_CLAUSE = Gate(_THAT, re.IGNORECASE, needles=["that"], starts="t")
_SPOKEN_IN = re.compile(r"(?:in|during|over|by|on)\b", re.IGNORECASE)
_OPENER = Gate(
    r"^\W*(?:[\w-]+\s+){0,4}?(?:before|after|since|when|while|once|following|ahead\s+of|"
    r"as|during|although|though|because)\b[^,;]{0,160},",
    re.IGNORECASE,
)
_RIGHT_BREAKS = Gate(
    r"[;—–(“\"]|\s-\s|,\s+(?:[\w.'’-]+\s+){0,7}(?:said|says|told|reported|announced|added)\b|"
    r",\s+\w+ing\b|\band\s+(?:then\s+|later\s+|also\s+)?(?:thanked|agreed|signed|said|"
    r"stressed|warned|called|urged|praised|discussed|promised|pledged|announced|expressed)\b",
    re.IGNORECASE,
)
_PLACE_PHRASE = re.compile(r"on\s+the\s+(?:sidelines|margins|eve)\b", re.IGNORECASE)


def opener_end(text: str, low: str | None) -> int | None:
    """Where a temporal opener of the sentence ("Three days before X,") ends, if any;
    ``low`` is ``fold(text)``."""
    opener = _OPENER.match(text, low)
    return None if opener is None else opener.end()


def clause_start(text: str, low: str | None, cue: Cue, floor: int, opener: int | None) -> int:
    """Where the clause of ``cue`` starts, at or after ``floor``, before any reporting
    verb is taken off ("Macron suggested that the leaders meet": status words count).

    ``opener`` is :func:`opener_end` of ``text`` (the same for every cue of a sentence).
    """
    bound = floor
    if opener is not None and opener <= cue.start:
        bound = max(bound, opener)
    for match in _LEFT_BREAKS.finditer(text, low, bound, cue.start):
        bound = max(bound, match.end())
    return bound


def left_bound(text: str, low: str | None, cue: Cue, clause: int) -> int:
    """Where the stretch before ``cue`` that can name its participants starts, given
    where its clause starts (:func:`clause_start`): after a reporting verb and after
    the "that" of a that-clause (its subject is the cue's, the speaker's is not)."""
    bound = clause
    if not _SPOKEN_IN.match(cue.text):
        for match in _REPORTING.finditer(text, low, bound, cue.start):
            bound = max(bound, match.end())
    for match in _THAT_CLAUSE.finditer(text, low, bound, cue.start):
        bound = max(bound, match.end())  # "told reporters that X and Y had talked"
    return bound


def right_bound(text: str, low: str | None, cue: Cue, ceiling: int) -> int:
    """Where the stretch after ``cue`` that can name participants and a place ends."""
    bound = ceiling
    for match in lexicon().topic_markers.finditer(text, low, cue.end, ceiling):
        if _PLACE_PHRASE.match(text, match.start()):
            continue
        bound = match.start()
        break
    found = _RIGHT_BREAKS.search(text, low, cue.end, ceiling)
    bound = bound if found is None else min(bound, found.start())
    that = _THAT_CLAUSE.search(text, low, cue.end, bound)  # "... in a call that Ankara ..."
    return bound if that is None else that.start()
