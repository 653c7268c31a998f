"""The story's own furniture: its dateline, its authors, and where its text ends.

* :func:`read_dateline` finds ``KYIV, March 3 (Example Wire) -``, ``GENEVA (Example
  Wire) —``, ``ASTANA – ``, ``Tbilisi/03.03.19/Example Agency.`` (also spaced, or
  ``TBILISI, 03.03.19. /Example Agency/.``) at the start of the
  lead. The dateline stays in the lead: only its place and agency are read, and its
  date when it names a year.
* :func:`byline_authors` reads the people a byline names ("By A and B", "Article by: A
  – 14 Feb. 2019 – Outlet"); a wire or a site named there is not an author.
* :func:`tail_start` finds where sign-offs, end marks, comment forms and lists of
  related articles start after the story.
"""

from __future__ import annotations

import re

import attrs
import pendulum

from bulletinkit.parse.layout._headdate import header_date
from bulletinkit.parse.layout._lexicon import lexicon

_PLACE = r"(?P<place>[A-Z][A-Za-z'’.-]*(?:[ -][A-Z][A-Za-z'’.-]*){0,3}(?:, [A-Z][A-Za-z.]+)?)"
_CAPITALS_PLACE = r"(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}(?:, [A-Z][A-Za-z.]+)?)"
_MONTH_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?"
_AGENCY = r"\((?P<agency>[A-Z][^()]{1,48})\)"
_DASH = r"\s*(?:--|[-–—:])\s"
_WIRE = re.compile(rf"{_PLACE}(?:, (?P<date>{_MONTH_DAY}))?,? {_AGENCY}{_DASH}")
_BARE = re.compile(rf"{_CAPITALS_PLACE}(?:, (?P<date>{_MONTH_DAY}))? (?:--|[–—-]) (?=\S)")
# "Tbilisi/03.03.19/Agency.", "Tbilisi /03.03.19/ Agency –", "TBILISI, 03.03.19. /Agency/."
_SLASHED = re.compile(
    r"(?P<place>[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,2})\s?[/,]\s?"
    r"(?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4})\.?\s?/?\s?"
    r"(?:(?P<agency>[A-Z][^/.–—]{1,48}?)(?:\s?/\.?|\.|\s[-–—]))?"
)
# "Baku, March 3, Example Agency. The minister ...": the agency set off by commas.
_COMMA = re.compile(
    rf"{_PLACE}, (?P<date>{_MONTH_DAY}), "
    r"(?P<agency>[A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*){0,5})(?:\.|\s[-–—])\s"
)
_MIN_CAPITALS_PLACE = 3
_NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "al", "bin", "la"})
_DATED_BY = re.compile(r".{6,45}?\sby\s+(?=[A-Z])")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
_MAX_TAIL_LIST_CHARS = 120
_MAX_TAIL_LINE_CHARS = 250
_TAIL_WINDOW = 80
_MAX_LIST_HEADING_CHARS = 40


@attrs.frozen
class StoryDateline:
    """A dateline read from the lead: place, agency, and the date when it names a year."""

    place: str | None
    agency: str | None
    date: pendulum.Date | None


def read_dateline(lead: str) -> StoryDateline | None:
    """The dateline the lead starts with, if any."""
    if not lead[:1].isupper():
        return None
    found = _SLASHED.match(lead)
    if found is not None:
        return StoryDateline(found["place"], found["agency"], header_date(found["date"]))
    for pattern in (_WIRE, _COMMA, _BARE):
        found = pattern.match(lead)
        if found is None:
            continue
        place = found["place"]
        if pattern is _BARE and len(place.replace(" ", "")) < _MIN_CAPITALS_PLACE:
            continue
        agency = found.groupdict().get("agency")
        date = found["date"]
        return StoryDateline(place, agency, header_date(date) if date else None)
    return None


def _strip_prefix(line: str) -> str:
    words = lexicon()
    folded = line.casefold()
    for prefix in words.author_prefixes:
        if folded.startswith(prefix):
            return line[len(prefix) :].strip(" :")
    dated = _DATED_BY.match(line)  # "March 3, 2019 by A. Name"
    return line if dated is None else line[dated.end() :]


def is_person_name(name: str) -> bool:
    """Whether ``name`` reads as a person's name: two to four capitalised words, none
    of them a wire's or site's word or an acronym."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    site = lexicon().site_words
    for word in words:
        core = word.strip(".")
        if core.casefold() in site:
            return False
        if core.casefold() in _NAME_PARTICLES:
            continue
        if not core[:1].isupper() or (core.isupper() and len(core) > 1 and "." not in word):
            return False
    return True


def byline_authors(line: str) -> list[str]:
    """The people a byline names, in order."""
    rest = _strip_prefix(line)
    # The names end where a separator, a date label or a date starts.
    rest = lexicon().separators.split(rest, maxsplit=1)[0]
    label = re.search(r"(?i)\b(?:published|posted|updated|on \d|\d)", rest)
    if label is not None:
        rest = rest[: label.start()]
    # ... and where a widget starts ("by A. Name Leave a comment").
    words = rest.split()
    widget = next(
        (i for i, w in enumerate(words) if w.strip(".,:;").casefold() in lexicon().ui_words),
        len(words),
    )
    rest = " ".join(words[:widget])
    names = [part.strip(" .,;:") for part in _NAME_SPLIT.split(rest)]
    return [name for name in names if name and is_person_name(name)]


def tail_start(texts: list[str], first: int) -> int | None:
    """Index of the first line of ``texts`` (from ``first`` on) that ends the story.

    Only the last ``_TAIL_WINDOW`` lines are searched (a long comment thread may start
    before them and then stays in the text).
    """
    words = lexicon()
    # A story's tail is its last few dozen lines: the search costs the same on any page.
    for index in range(max(first, len(texts) - _TAIL_WINDOW), len(texts)):
        text = texts[index]
        if not text or len(text) > _MAX_TAIL_LINE_CHARS:
            continue
        if words.tail_end.fullmatch(text) is not None:
            return index
        listed = words.tail_list.fullmatch(text) or words.tail_last.fullmatch(text)
        if listed is not None and all(map(_headline, texts[index + 1 :])):
            return index
    return None


def _headline(text: str) -> bool:
    # A list of other articles holds headlines: short, and not ending like a sentence.
    return len(text) <= _MAX_TAIL_LIST_CHARS and not text.endswith((".", "!", "?"))


def is_list_heading(text: str) -> bool:
    """Whether ``text`` is the heading of a list of other articles ("Related", "More
    from Example Wire"), wherever it stands."""
    return (
        0 < len(text) <= _MAX_LIST_HEADING_CHARS and lexicon().tail_list.fullmatch(text) is not None
    )
