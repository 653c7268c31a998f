"""Finding the bulletin date in header lines: date lines, bylines, titles that carry one.

Reading a date is :func:`bulletinkit.parse.dates.parse_header_date`'s job; this module
decides where a date is the whole of a field ("19 November 2021", "Date: 19.11.2021")
and where it is only part of a title ("Weekly Digest, March 2-9, 2020").
"""

from __future__ import annotations

import functools
import re

import pendulum

from bulletinkit.parse.dates import parse_header_date
from bulletinkit.parse.layout._headdate import header_date
from bulletinkit.parse.layout._lexicon import lexicon
from bulletinkit.parse.layout._lines import is_chrome, series_field

_DIGIT = re.compile(r"\d")
_TOKEN_PUNCT = ".,;:()[]"
_ORDINALS = ("st", "nd", "rd", "th")
_JOINERS = frozenset({"of", "on"})
_MAX_DATE_TOKENS = 6
_MAX_DATE_LINE_CHARS = 160


def _is_number(piece: str) -> bool:
    core = piece.strip(".")
    if not core:
        return False
    folded = core.casefold()
    if folded[-2:] in _ORDINALS and folded[:-2].isdigit():
        return True
    return any(c.isdigit() for c in core) and all(c.isdigit() or c in "./" for c in core)


def _is_clock(core: str) -> bool:
    hours, colon, minutes = core.partition(":")
    return bool(colon) and hours.isdigit() and minutes[:2].isdigit() and len(hours) <= 2


@functools.lru_cache(maxsize=4096)
def is_date_token(token: str) -> bool:
    """Whether ``token`` can be part of a date: a number, a month or weekday, a time."""
    core = token.strip(_TOKEN_PUNCT)
    if not core:
        return True
    if core.casefold() in lexicon().time_words or _is_clock(core):
        return True
    words = lexicon().calendar_words
    pieces = core.replace("–", "-").split("-")
    return all(
        _is_number(piece) or piece.strip(".").casefold() in words for piece in pieces if piece
    ) or (core.casefold() in _JOINERS)


def _is_range(text: str) -> bool:
    # "2-9", "28-Sept." name a period; "2021-11-19" is one ISO date.
    for token in text.split():
        pieces = token.strip(_TOKEN_PUNCT).replace("–", "-").split("-")
        if len(pieces) > 1 and not (len(pieces) == 3 and all(p.isdigit() for p in pieces)):
            return True
    return False


def pure_date(text: str) -> pendulum.Date | None:
    """The date ``text`` states when the text is nothing but a date, else ``None``."""
    tokens = text.split()
    if not 0 < len(tokens) <= _MAX_DATE_TOKENS or _DIGIT.search(text) is None:
        return None
    if not all(is_date_token(token) for token in tokens):
        return None
    return header_date(text)


def strip_date_label(line: str) -> tuple[bool, str]:
    """Whether the line starts with a date label ("Date:"), and the line without it."""
    found = lexicon().date_labels.match(line)
    if found is None:
        return False, line
    return True, line[found.end() :].strip()


def date_line(
    line: str, series_name: str | None, label: tuple[bool, str] | None = None
) -> pendulum.Date | None:
    """The date of a header line that holds only a date and page furniture, else ``None``.

    "Date: 19 November 2021", "19.11.2021", "Russia Monitor · Nov. 19, 2021 · 4 min read"
    are date lines; a title or a sentence that mentions a date is not. ``label`` is
    ``strip_date_label(line)`` when the caller has it already.
    """
    labelled, rest = strip_date_label(line) if label is None else label
    if labelled:
        # "Published: 3 March 2019 | Last updated: 5 March 2019": the labelled field.
        for field in lexicon().separators.split(rest):
            labelled_date = header_date(field)
            if labelled_date is not None:
                return labelled_date
        return header_date(rest)
    # A date line is short and has digits: most lines are turned away here, cheaply.
    if len(rest) > _MAX_DATE_LINE_CHARS or _DIGIT.search(rest) is None:
        return None
    found: pendulum.Date | None = None
    folded_series = None if series_name is None else series_name.casefold()
    for field in lexicon().separators.split(rest):
        if is_chrome(field) or field.casefold() == folded_series or series_field(field):
            continue
        date = pure_date(field)
        if date is None:
            return None
        found = found or date
    return found


def title_and_date(line: str) -> tuple[str, pendulum.Date | None]:
    """Split a title line into the title and the date it carries, if any.

    A date set off at either end ("Title | 19.11.2021", "Nov. 19, 2021 Title") is
    taken out of the title; a period the title names ("Weekly Digest, March 2-9, 2020")
    or a date its sentence runs into ("Talks Held on 2 May 2021") stays in it, and the
    date is the one :func:`parse_header_date` gives (for a period, its last day).
    """
    fields = lexicon().separators.split(line)
    if len(fields) > 1:
        dates = [pure_date(field) for field in (fields[0], fields[-1])]
        date = dates[0] or dates[1]
        if date is not None:
            kept = fields[1:] if dates[0] else fields[:-1]
            title = line
            # Cut the date field off at the separator that sets it apart.
            if dates[0]:
                title = line[line.index(kept[0], len(fields[0])) :]
            else:
                title = line[: line.rindex(kept[-1]) + len(kept[-1])]
            return title.strip(), date
    tokens = line.split()
    for from_end in (True, False):
        count = 0
        while count < min(_MAX_DATE_TOKENS, len(tokens) - 1):
            token = tokens[-1 - count] if from_end else tokens[count]
            if not is_date_token(token):
                break
            count += 1
        if count == 0:
            continue
        taken = tokens[-count:] if from_end else tokens[:count]
        date = pure_date(" ".join(taken))
        if date is None:
            continue
        rest = tokens[:-count] if from_end else tokens[count:]
        # A period the title names stays in it ("Weekly Digest, March 2-9, 2020"), and so
        # does a date the title's sentence runs into ("Navalny Sentenced on 2 February
        # 2021"): only a date merely set beside the title is taken out of it.
        joined = taken[0].casefold() in _JOINERS or (from_end and rest[-1][:1].islower())
        if _is_range(" ".join(taken)) or joined:
            return line, date
        return " ".join(rest).strip(" ,;:-–—|·"), date
    # A complete date always has digits; most titles have none, and need no search.
    has_digit = _DIGIT.search(line) is not None
    return line, parse_header_date(line) if has_digit else None
