"""Comment threads under a story, cut whatever their length.

A crawler saves a story's comment section with it: a heading ("Comments (142)"), then
for each comment a user name, a time ("2 hours ago"), the comment, and its buttons
("Reply", "Like (4)"), and at the end "Load more comments". Such a thread is not the
story's text and can be far longer than the story. :func:`drop_comments` finds it by
its furniture (``parse/lexicon/layout_comments.tsv``): several furniture lines close
together, after the story has begun. A heading alone ("Comments" over paragraphs of a
ministry's draft law) is not a thread, nor is a paragraph that speaks of comments.
"""

from __future__ import annotations

import functools
import re

from bulletinkit.parse.layout._lexicon import tsv_rows

_MAX_LINE_CHARS = 60
_STORY_WORDS = 12
_REACH = 12
"""Non-blank lines after a heading (or a first furniture line) searched for more."""
_MIN_FURNITURE = 2
_MIN_HEADLESS = 3
_MAX_GAP = 8
"""Non-blank lines of comment text allowed between two furniture lines of a thread."""
_MAX_NAME_CHARS = 40


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rows = tsv_rows("layout_comments.tsv")

    def whole(kind: str, *, loose: bool) -> re.Pattern[str]:
        entries = "|".join(
            f"(?:{row[0].strip()})"
            for row in rows
            if row[1].strip() == kind and row[0].startswith(".") == loose
        )
        return re.compile(rf"(?:{entries})", re.IGNORECASE)

    return (
        whole("heading", loose=False),
        whole("furniture", loose=False),
        whole("furniture", loose=True),
    )


def _kind(text: str) -> str | None:
    if not text or len(text) > _MAX_LINE_CHARS:
        return None
    heading, furniture, loose = _patterns()
    line = text.strip(" .!·|»›")
    if furniture.fullmatch(line) is not None:
        return "furniture"
    # The entries that start with a wildcard ("... says:", "... at 10:12 am") cost the
    # most: they are tried only on lines that end with a colon or hold a digit.
    if (line.endswith(":") or _DIGIT.search(line)) and loose.fullmatch(line) is not None:
        return "furniture"
    if heading.fullmatch(line) is not None:
        return "heading"
    return None


_DIGIT = re.compile(r"\d")


def is_widget(text: str) -> bool:
    """Whether a head line is a comment widget or a relative time ("5 hours ago", "12
    comments", "Like"): never the title."""
    kind = _kind(text)
    return kind == "furniture" or (kind == "heading" and any(c.isdigit() for c in text))


def drop_comments(entries: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``entries`` (line number, text; blank text = blank line) less a comment thread.

    The thread runs from its heading (or the user name above its first furniture line)
    to its last furniture line; lines after it (a footer) stay.
    """
    # Only after the story has begun: a head's "5 hours ago" or "12 comments" is not one.
    begun = next(
        (i for i, (_, text) in enumerate(entries) if text.count(" ") >= _STORY_WORDS), None
    )
    if begun is None:
        return entries
    texts = [(i, text) for i, (_, text) in enumerate(entries[begun + 1 :], begun + 1) if text]
    kinds = [_kind(text) for _, text in texts]
    for at, kind in enumerate(kinds):
        if kind is None:
            continue
        ahead = [k == "furniture" for k in kinds[at + 1 : at + 1 + _REACH]]
        if kind == "heading" and sum(ahead) >= _MIN_FURNITURE:
            start = texts[at][0]
        elif kind == "furniture" and 1 + sum(ahead) >= _MIN_HEADLESS:
            start = _name_above(texts, at)
        else:
            continue
        end = _thread_end(kinds, at)
        return entries[:start] + entries[texts[end][0] + 1 :]
    return entries


def _name_above(texts: list[tuple[int, str]], at: int) -> int:
    # "river_watcher / 2 hours ago": the user name above the first furniture line.
    if at > 0:
        name = texts[at - 1][1]
        if len(name) <= _MAX_NAME_CHARS and not name.endswith((".", "!", "?", '"', "”")):
            return texts[at - 1][0]
    return texts[at][0]


def _thread_end(kinds: list[str | None], at: int) -> int:
    # The last furniture line before a run of more than _MAX_GAP lines without any.
    last, gap = at, 0
    for index in range(at + 1, len(kinds)):
        if kinds[index] is not None:
            last, gap = index, 0
            continue
        gap += 1
        if gap > _MAX_GAP:
            break
    return last
