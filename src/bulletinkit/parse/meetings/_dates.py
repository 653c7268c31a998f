"""Which date phrase of a sentence dates which meeting cue."""

from __future__ import annotations

import re

from bulletinkit.parse.dates import DateExpression
from bulletinkit.parse.meetings._cues import Cue
from bulletinkit.parse.text import Gate

__all__ = ["date_for", "dating"]

_REPORTED_ON = Gate(
    r"\b(?:said|says|announced|told\s+\w+|reported|stated|added|confirmed)\s+(?:on\s+)?$",
    re.IGNORECASE,
    starts="acrst",
)
_SINCE = Gate(
    r"\b(?:since|until|till|from)\s+(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
    needles=["from", "since", "till", "until"],
    starts="fstu",
)


def _distance(expression: DateExpression, cue: Cue) -> int:
    if expression.end <= cue.start:
        return cue.start - expression.end
    return max(0, expression.start - cue.end)


def dating(dates: list[DateExpression], text: str, low: str | None) -> list[DateExpression]:
    """The date phrases of sentence ``text`` that can date a meeting of it: not a
    starting point ("since May") nor the day something was said ("the Kremlin said on
    Monday"). ``low`` is ``fold(text)``."""
    return [
        expression
        for expression in dates
        if not _SINCE.search(text, low, 0, expression.start)
        and not _REPORTED_ON.search(text, low, max(0, expression.start - 30), expression.start)
    ]


def date_for(
    cue: Cue,
    regions: dict[int, tuple[int, int]],
    cues: list[Cue],
    dates: list[DateExpression],
) -> DateExpression | None:
    """The date phrase of ``cue``: one inside its stretch, else the nearest one that is
    neither inside another cue's stretch nor nearer another cue. ``dates`` are what
    :func:`dating` keeps of the sentence's date phrases."""
    best: tuple[int, DateExpression] | None = None
    for expression in dates:
        owners = [
            c
            for c in cues
            if regions[c.start][0] <= expression.start and expression.end <= regions[c.start][1]
        ]
        if owners and cue not in owners:
            continue
        mine = -1 if owners else _distance(expression, cue)
        if not owners and any(_distance(expression, o) < mine for o in cues if o is not cue):
            continue
        if best is None or mine < best[0]:
            best = (mine, expression)
    return None if best is None else best[1]
