"""Header dates the date reader does not take as they stand.

Two-digit years ("03.03.19", "Sun - 3 March 19"), what a date label says the date is
(published, updated, an event's), day-month order told by the page's other numeric
dates ("04/05/2019" beside "17/04/2019"), an ISO date a scraper glued to the first
sentence ("date 2019-03-03 The minister said"), and the date on a line of site name
and widget words ("Example Agency, 3 March 2019 Share this:").
"""

from __future__ import annotations

import re

import pendulum

from bulletinkit.parse.dates import parse_header_date
from bulletinkit.parse.layout._lexicon import lexicon
from bulletinkit.parse.layout._masthead import is_masthead

# "03.03.19", "3/3/19" (not "03.03.2019": the year would then have four digits).
_SHORT_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./])")
# "3 March 19", "3 Mar. 19" at the end of a field.
_SHORT_WORDY = re.compile(r"(?<!\d)(\d{1,2}\s+[A-Za-z]{3,9}\.?,?)\s+(\d{2})(?![\d:])")
_NUMERIC = re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{2}|\d{4})(?![\d./])")
_GLUED = re.compile(
    r"(?i)^(?:date|published|posted)?:?\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?"
    r"\s+(?=[A-Z\"“])"
)
_CENTURY_CUT = 70
_MAX_META_WORDS = 14
_MAX_META_CHARS = 160
_DIGIT = re.compile(r"\d")


def _century(year: str) -> str:
    return ("19" if int(year) >= _CENTURY_CUT else "20") + year


def expand_short_year(text: str) -> str:
    """``text`` with its two-digit header years written in full ("03.03.19" -> "03.03.2019")."""
    if _DIGIT.search(text) is None:
        return text
    text = _SHORT_NUMERIC.sub(lambda m: f"{m[1]}{m[2]}{m[3]}{m[2]}{_century(m[4])}", text)
    words = lexicon().calendar_words

    def wordy(match: re.Match[str]) -> str:
        month = match[1].split()[-1].strip(".,").casefold()
        return f"{match[1]} {_century(match[2])}" if month in words else match[0]

    return _SHORT_WORDY.sub(wordy, text)


def header_date(text: str) -> pendulum.Date | None:
    """The complete date ``text`` states, also with a two-digit year, else ``None``."""
    found = parse_header_date(text)
    if found is None:
        expanded = expand_short_year(text)
        if expanded != text:
            found = parse_header_date(expanded)
    return found


def label_kind(line: str) -> str | None:
    """What the date label the line starts with introduces: ``published``, ``updated``,
    ``event``; ``None`` when the line has no date label."""
    words = lexicon()
    found = words.date_labels.match(line)
    if found is None:
        return None
    return words.date_label_kinds.get(found.group().casefold(), "published")


def page_order(texts: list[str]) -> str | None:
    """``"dmy"`` or ``"mdy"`` when a numeric date on the page tells the order (a day
    over 12 in first or second place), else ``None``."""
    for text in texts:
        if "/" not in text and "." not in text:
            continue
        for match in _NUMERIC.finditer(text):
            first, second = int(match[1]), int(match[3])
            if 12 < first <= 31 and second <= 12:
                return "dmy"
            if 12 < second <= 31 and first <= 12:
                return "mdy"
    return None


def ordered_date(text: str, order: str) -> pendulum.Date | None:
    """The first numeric date of ``text`` read in the given order."""
    for match in _NUMERIC.finditer(text):
        first, second, year = int(match[1]), int(match[3]), match[4]
        day, month = (first, second) if order == "dmy" else (second, first)
        full = int(year if len(year) == 4 else _century(year))
        try:
            return pendulum.Date(full, month, day)
        except ValueError:
            continue
    return None


def glued_date(text: str) -> tuple[pendulum.Date, int] | None:
    """An ISO date a scraper glued before a sentence, and where the sentence starts."""
    found = _GLUED.match(text)
    if found is None:
        return None
    try:
        return pendulum.Date(int(found[1]), int(found[2]), int(found[3])), found.end()
    except ValueError:
        return None


def meta_date(line: str) -> pendulum.Date | None:
    """The date of a line of a date, names and widget words, else ``None``.

    "Example Agency, 3 March 2019 Share this:" is such a line: besides the date it has
    only capitalised words and words of the share bar. A title that mentions a date has
    lower-case words ("Talks Held on 2 May 2021") and is not one; neither is a period.
    """
    if len(line) > _MAX_META_CHARS or _DIGIT.search(line) is None:
        return None
    tokens = line.split()
    if len(tokens) > _MAX_META_WORDS:
        return None
    words = lexicon()
    name: list[str] = []
    for token in tokens:
        core = token.strip(".,;:|()[]·•–—-").casefold()
        if not core or core in words.ui_words:
            continue
        if core[:1].isdigit() or core in words.calendar_words or core in words.time_words:
            pieces = core.split("-")
            if len(pieces) == 2 or len(pieces) > 3:
                return None  # a period ("March 2-9"), not a stamp
            continue
        name.append(token)
    # What is left besides the date and the widgets must be a site's name, or nothing.
    rest = " ".join(name).strip(" ,;:|·•–—-")
    if rest and not is_masthead(rest):
        return None
    return header_date(line)


# Words every date label of layout_date_labels.tsv holds one of.
_LABEL_HINT = re.compile(r"(?i)publi|updat|post|modif|date|written|release|event|when")
_WORD_START = re.compile(r"(?<![^\s|·•])\S")
_FIELD_PUNCT = " |·•–—-,;"


def labelled_dates(line: str) -> list[tuple[str, pendulum.Date]]:
    """Each labelled date of a line that gives several ("Updated 4 March 2019, 10:02 |
    Published 3 March 2019", "Last Updated: March 5, 2019 Published: March 3, 2019"),
    with what its label says it is; empty unless at least two are read."""
    if len(_LABEL_HINT.findall(line)) < 2:
        return []  # most lines have one label or none: turned away cheaply
    words = lexicon()
    starts: list[int] = []
    reach = 0  # a label inside the one before ("Event date:") starts no field
    for word in _WORD_START.finditer(line):
        label = words.date_labels.match(line, word.start()) if word.start() >= reach else None
        if label is not None:
            starts.append(word.start())
            reach = label.end()
    if len(starts) < 2:
        return []
    found: list[tuple[str, pendulum.Date]] = []
    for start, end in zip(starts, [*starts[1:], len(line)], strict=True):
        field = line[start:end].strip(_FIELD_PUNCT)
        label = words.date_labels.match(field)
        date = (
            None if label is None else header_date(field[label.end() :].strip(_FIELD_PUNCT + ":"))
        )
        if date is not None:
            found.append((label_kind(field) or "published", date))
    return found if len(found) > 1 else []
