"""Page chrome: the lines of a part that are no story (photo credits, bylines, labels such
as "Source:", "4 minute read", headlines), so the people they name never reach the
extractor."""

from __future__ import annotations

import re

__all__ = ["chrome_spans", "may_hold_chrome"]

_CHROME_WORDS = ("photo", "source", "credit", "©", "by ", "minute", "advertisement", "support")
# A chrome line starts with a label ("Photo:", "Source:", "4 min read", "Reporting by") ...
_CHROME_START = re.compile(
    r"\s*(?:(?:source|sources|photo|photos|image|images|credit|credits|fot|foto|by|"
    r"article by|author|authors|written by|photograph|tags|related|see also|read more|"
    r"read also)\s*[:.]"
    r"|\d+\s+min(?:ute)?s?\s+read\b|advertisement\s*$|support us\s*$"
    r"|(?:additional\s+)?reporting\s+by\b|editing\s+by\b)",
    re.IGNORECASE,
)
# ... or holds a photo credit or a copyright sign anywhere.
_CHROME_ANYWHERE = re.compile(r"\bphoto(?:graph)?s?\s+(?:by|credit|:)|©", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_HEADLINE_WORDS = 16
_SENTENCE_INSIDE = re.compile(r"[a-z][.!?][\"”’)]?\s")
_SHORT_PART = 200
_BYLINE_WORDS = 9
_HEADLINE_SHARE = 0.7


def _is_headline(line: str) -> bool:
    """A short line without closing punctuation whose words are mostly capitalised."""
    stripped = line.strip()
    if not stripped or stripped[-1] in '.!?"”:;,':
        return False
    if _SENTENCE_INSIDE.search(stripped):
        return False  # "... Reznikov said. (Ukrinform)": a sentence with its source
    words = _WORD.findall(stripped)
    if not words or len(words) > _HEADLINE_WORDS:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised >= _HEADLINE_SHARE * len(words)


def _may_be_chrome(text: str) -> bool:
    """A cheap test before the line-by-line chrome check of a one-line part."""
    low = text.lower()
    return any(word in low for word in _CHROME_WORDS)


def _is_byline(line: str) -> bool:
    """ "By Anna Kowalska", "by Piotr Żochowski and Jan Nowak": an author line."""
    words = line.split()
    if not words or words[0].lower() != "by" or len(words) > _BYLINE_WORDS:
        return False
    return all(w[:1].isupper() or w in {"and", ",", "&"} for w in words[1:])


def _is_chrome_line(line: str) -> bool:
    """A label, credit or copyright line; the search for a credit runs only when one may be
    there (a cheap test: "photo" or "©" in the line)."""
    if _CHROME_START.match(line):
        return True
    return ("©" in line or "photo" in line.lower()) and _CHROME_ANYWHERE.search(line) is not None


def may_hold_chrome(text: str) -> bool:
    """Whether a part may hold chrome lines: it has several lines, is short, or has a word
    of one; :func:`chrome_spans` finds none in any other part."""
    return "\n" in text or len(text) < _SHORT_PART or _may_be_chrome(text)


def chrome_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the chrome lines of ``text``, in order."""
    spans = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if _is_chrome_line(line) or _is_headline(line) or _is_byline(line):
            spans.append((offset, offset + len(line)))
        offset += len(line)
    return spans
