"""Which head lines can be the title: not mastheads, section labels, kickers or repeats.

A crawler keeps lines above a headline that are not it: the site's name, the section
("World"), a kicker in capitals ("MIDDLE EAST CRISIS"), and reader apps repeat the
headline in capitals. :func:`real_candidates` keeps the lines that can be the title.
"""

from __future__ import annotations

import itertools

from bulletinkit.parse.layout import _lines
from bulletinkit.parse.layout._dateline import date_line, is_date_token, pure_date
from bulletinkit.parse.layout._masthead import is_masthead, is_section, names_an_office
from bulletinkit.parse.layout._title import is_dek, looks_like_title, same_words


def is_kicker(text: str, following: str) -> bool:
    """Whether ``text``, set right above ``following``, is a kicker, not the title."""
    # A category line over the headline ("POLITICS", "MIDDLE EAST CRISIS"): a section
    # label, or a few words in capitals over a headline not in capitals.
    section = is_section(text)
    if not section and not (
        _lines.is_capitals(text)
        and len(text.split()) <= _MAX_KICKER_WORDS
        and not _lines.is_capitals(following)
    ):
        return False
    if not looks_like_title(following) or date_line(following, None) is not None:
        return False
    if _lines.author_prefix(following) is not None or is_repeat(text, following):
        return False
    return section or not is_dek(text, following)


_MAX_KICKER_WORDS = 4


def without_date(text: str) -> str:
    """``text`` less a date set after it without a separator ("Title May 13, 2024")."""
    tokens = text.split()
    count = 0
    while count < min(_MAX_DATE_TOKENS, len(tokens) - 1) and is_date_token(tokens[-1 - count]):
        count += 1
    if count == 0 or pure_date(" ".join(tokens[-count:])) is None:
        return text
    return " ".join(tokens[:-count])


_MAX_DATE_TOKENS = 6


def is_repeat(one: str, other: str) -> bool:
    """Whether two head lines are the same title, one of them perhaps with the date a
    reader app sets after it ("KREMLIN REPLACES MINISTER" / "Kremlin replaces minister
    May 13, 2024")."""
    return same_words(one, other) or same_words(without_date(one), without_date(other))


def _once(named: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    # A title and its repeat in capitals (either first) are one candidate: the form
    # not in capitals.
    kept: list[tuple[int, int, str]] = []
    for candidate in named:
        if kept and is_repeat(kept[-1][2], candidate[2]):
            if _lines.is_capitals(kept[-1][2]):
                kept[-1] = candidate
            continue
        kept.append(candidate)
    return kept


_MIN_SITE_WORD_TITLE_WORDS = 4


def real_candidates(
    candidates: list[tuple[int, int, str]], *, last_resort: bool = False
) -> list[tuple[int, int, str]]:
    """The (index, line number, text) candidates that can be the title, in page order.

    With ``last_resort`` (nothing else on the page can be the title), a line that only
    reads like an office's or a site's name is taken.
    """
    named = [c for c in candidates if not (is_masthead(c[2]) or is_section(c[2]))]
    named = [
        c
        for c, after in itertools.zip_longest(named, named[1:])
        if after is None or not is_kicker(c[2], after[2])
    ]
    named = _once(named)
    if not named and last_resort:
        # Only an office's name is left ("Ministry of Defence Denies Report"): the title.
        named = [c for c in candidates if names_an_office(c[2]) and not is_section(c[2])][-1:]
    if not named and last_resort:
        # A headline ending like a site's name ("Government Tightens Rules for Foreign
        # Media"), under the site's own name: a line of a few words, not the first.
        named = [
            c
            for c in candidates[1:]
            if not is_section(c[2]) and len(c[2].split()) >= _MIN_SITE_WORD_TITLE_WORDS
        ][-1:]
    if len(named) > 1:
        # A word or two above a title is a section label ("India", "Energy").
        longer = [c for c in named if len(c[2].split()) > _MAX_LABEL_WORDS_ABOVE]
        named = longer or named[-1:]
    return named


_MAX_LABEL_WORDS_ABOVE = 2
