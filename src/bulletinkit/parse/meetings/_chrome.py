"""Parts of a page that are furniture, not news: tickers, links, teasers, comments.

A scraped page keeps lines such as "Read also: Lavrov and Blinken to meet in Geneva",
"LIVE: Biden meets Xi | Markets rally | Storm hits the coast" or a comment section after
the story. They name meetings the page does not report. The labels are data
(``lexicon/meeting_chrome.json``).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from importlib import resources

__all__ = ["chrome_parts"]


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    path = resources.files("bulletinkit.parse").joinpath("lexicon/meeting_chrome.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = "|".join(re.escape(x) for x in sorted(data["labels"], key=len, reverse=True))
    comments = "|".join(re.escape(x) for x in sorted(data["comments"], key=len, reverse=True))
    label = re.compile(rf"\s*(?:{labels})\s*(?:[:|]|[-–—]\s)", re.IGNORECASE)
    heading = re.compile(
        rf"\s*(?:\(?\d+\)?\s*)?(?:{comments})\s*(?:\(\d+\)|\d+)?\s*:?\s*$", re.IGNORECASE
    )
    return label, heading, int(data["ticker_bars"])


def _ticker(part: str, bars: int) -> bool:
    return part.count(" | ") >= bars and not re.search(r"[.!?][\"'”’)]?\s", part + " ")


def chrome_parts(parts: Sequence[str]) -> frozenset[int]:
    """The indexes of ``parts`` that are page furniture: a labelled link or teaser, a
    ticker, a comment heading and every part after it. The lead (part 0) is furniture
    only when it is a label or ticker line."""
    label, heading, bars = _patterns()
    skipped: set[int] = set()
    for index, part in enumerate(parts):
        if index and heading.match(part):
            skipped.update(range(index, len(parts)))
            break
        if label.match(part) or _ticker(part, bars):
            skipped.add(index)
    return frozenset(skipped)
