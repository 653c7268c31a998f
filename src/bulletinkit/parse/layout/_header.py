"""Reading the head of a page: series, date, bylines, title (up to the first paragraph)."""

from __future__ import annotations

import re

import attrs
import pendulum

from bulletinkit.parse.dates import is_ambiguous_date, parse_header_date
from bulletinkit.parse.layout import _lines
from bulletinkit.parse.layout._candidates import is_kicker, real_candidates, without_date
from bulletinkit.parse.layout._comments import is_widget
from bulletinkit.parse.layout._dateline import (
    date_line,
    is_date_token,
    pure_date,
    strip_date_label,
    title_and_date,
)
from bulletinkit.parse.layout._headdate import (
    glued_date,
    label_kind,
    labelled_dates,
    meta_date,
    ordered_date,
    page_order,
)
from bulletinkit.parse.layout._lexicon import lexicon
from bulletinkit.parse.layout._masthead import (
    is_masthead,
    strip_glued_section,
)
from bulletinkit.parse.layout._story import is_person_name
from bulletinkit.parse.layout._title import is_dek, looks_like_title, same_words

_SENTENCE_ENDS = (".", "!", "…")
_MAX_LABEL_WORDS = 6
_MAX_WEAK_SERIES_WORDS = 4


@attrs.define(kw_only=True)
class Header:
    """What the head of a page said, and where the body starts."""

    series_name: str | None = None
    series_blurb: str | None = None
    date: pendulum.Date | None = None
    date_line: int | None = None
    title: str | None = None
    title_line: int | None = None
    bylines: list[str] = attrs.field(factory=list)
    unread_date_line: int | None = None
    """A labelled date line whose date could not be read."""
    ambiguous_date_line: int | None = None
    """The first head line holding a date such as 04/05/2018 (day and month order unknown)."""
    body_start: int = 0
    """Index (into the page's entries) of the first line after the head."""
    body_cut: int = 0
    """Characters a scraper glued before the first body line ("date 2019-03-03 ")."""
    standfirst: list[tuple[int, str]] = attrs.field(factory=list)
    """The lines of a standfirst (a dek) set between the title and the date line or
    byline: the article's own words, read as its first paragraph."""


def _unread_date(label: tuple[bool, str]) -> bool:
    # "Written on 04/23/2018", or "04/05/2018" alone on its line: a date, though unread
    labelled, rest = label
    if not labelled and "/" not in rest:
        return False
    tokens = rest.split()
    if not (0 < len(tokens) <= _MAX_LABEL_WORDS and all(map(is_date_token, tokens))):
        return False
    return labelled or is_ambiguous_date(rest)


def _byline_date(text: str) -> pendulum.Date | None:
    for field in lexicon().separators.split(text):
        found = date_line(field, None)
        if found is not None:
            return found
    return parse_header_date(text)


def read_header(entries: list[tuple[int, str]]) -> Header:
    """Read the head of a page from its (line number, text) entries (blank text = blank line).

    The head is the run of lines before the first paragraph: series lines, date lines,
    bylines, chrome a crawler left (mastheads, section labels), the title and a repeat
    of it. Among the candidate lines before the first date line or byline, the last one
    that is neither a masthead nor a section label is the title; when every one is,
    the first candidate after the date is. A page whose first line is a sentence has no
    title. The publication date is chosen by what its label says (see ``_RANK``).
    """
    head = Header()
    scan = _Scan()
    index = -1
    while index + 1 < len(entries):
        index += 1
        number, text = entries[index]
        if not text:
            continue
        if head.ambiguous_date_line is None and "/" in text and is_ambiguous_date(text):
            head.ambiguous_date_line, scan.ambiguous_text = number, text
        if _read_meta(head, scan, text, number):
            continue
        if is_widget(text):
            continue  # "5 hours ago", "12 comments", "Like"
        if _take_series(head, text, entries, index):
            if head.series_blurb is text:
                index = _finish_blurb(head, entries, index)
            continue
        dated = _DATED_BYLINE.match(text) if "by " in text else None
        if _lines.author_prefix(text) is not None or (
            dated is not None and pure_date(dated[1]) is not None
        ):
            # "By A. Name", or "March 3, 2019 by A. Name" (a blog's stamp).
            head.bylines.append(text)
            found = _byline_date(text)
            if found is not None:
                scan.add(_RANK["line"], found, number)
            scan.meta = True
            continue
        if scan.title_index is not None and same_words(text, head.title or ""):
            # Reader apps repeat the title in capitals; keep the form not in capitals.
            if head.title is not None and _lines.is_capitals(head.title):
                head.title = text
            continue
        if not looks_like_title(text) or _continued(entries, index):
            if (
                len(text) <= _MAX_STANDFIRST_CHARS
                and (scan.candidates or head.title)
                and _meta_follows(entries, index, head)
            ):
                # A standfirst between the title and its date line or byline.
                head.standfirst.append((number, text))
                continue
            break
        if scan.title_index is not None:
            break
        if scan.meta:
            if _title_before(head, scan):
                if same_words(text, head.title or ""):
                    # "TITLE / By A. Name / March 3 / Title": the repeat is taken once.
                    if _lines.is_capitals(head.title or ""):
                        head.title = text
                    continue
                break
            if is_kicker(text, _next_texts(entries, index, 1)[0]):
                continue  # "POLITICS" above the title, after the date line
            _set_title(head, scan, index, number, text)
            continue
        scan.candidates.append((index, number, text))
        if len(scan.candidates) >= _MAX_HEAD_CANDIDATES:
            break
    else:
        index = len(entries)
    if scan.title_index is None and scan.candidates:
        if scan.meta:
            _title_before(head, scan, last_resort=True)
        else:
            index = _title_without_meta(head, scan, entries, index)
    if index < len(entries):
        glued = glued_date(entries[index][1])
        if glued is not None:
            scan.add(_RANK["line"], glued[0], entries[index][0])
            head.body_cut = glued[1]
    if index < len(entries) and entries[index][0] == head.ambiguous_date_line:
        head.ambiguous_date_line = None  # the body's first line: not a header date
    _choose_date(head, scan, entries)
    head.body_start = index
    return head


_BY_NAME = re.compile(r"\sby\s+[A-Z]")
_DATED_BYLINE = re.compile(r"(.{6,45}?),?\s+by\s+(?=[A-Z])")
_RANK = {"published": 0, "line": 1, "title": 2, "updated": 3}
"""Which header date is the publication date: a labelled publication date first, then
a date line or byline, then a date in the title, then an "Updated" stamp."""
_MAX_HEAD_CANDIDATES = 8


@attrs.define
class _Scan:
    """What the head reader has seen so far, besides what it keeps in the header."""

    meta: bool = False
    candidates: list[tuple[int, int, str]] = attrs.field(factory=list)
    dates: list[tuple[int, int, pendulum.Date]] = attrs.field(factory=list)
    title_index: int | None = None
    ambiguous_text: str | None = None

    def add(self, rank: int, date: pendulum.Date, number: int) -> None:
        self.dates.append((rank, number, date))


def _read_meta(head: Header, scan: _Scan, text: str, number: int) -> bool:
    # A date line, a labelled date or an unread date: the head goes on after it.
    label = strip_date_label(text)
    if label == (True, ""):
        return True  # a "Date:" label alone on its line: the date follows
    found = date_line(text, head.series_name, label)
    kind = label_kind(text) if label[0] else None
    if found is None and not label[0] and scan.title_index is None:
        found = meta_date(text)
    several = labelled_dates(text) if label[0] else []
    for other, day in several:
        # "Updated 4 March 2019 | Published 3 March 2019": each date ranked by its label.
        if other != "event":
            scan.add(_RANK[other], day, number)
    found = found or (several[-1][1] if several else None)
    if found is not None:
        if kind != "event" and not several:
            scan.add(_RANK[kind or "line"], found, number)
        scan.meta = True
        if _BY_NAME.search(text) is not None:
            head.bylines.append(text)  # "Posted on March 3, 2019 by A. Name"
        if head.series_name is None:
            # "Russia Monitor · 19 November 2021 · 4 min read" names the series too.
            head.series_name = next(
                filter(None, map(_lines.series_field, lexicon().separators.split(text))),
                None,
            )
        return True
    if _unread_date(label):
        # "Written on 04/23/2018": a labelled date the date reader does not know.
        head.unread_date_line = head.unread_date_line or number
        scan.meta = True
        return True
    return False


def _set_title(head: Header, scan: _Scan, index: int, number: int, text: str) -> None:
    text = strip_glued_section(text)
    fields = lexicon().separators.split(text)
    if len(fields) > 1 and is_masthead(fields[-1]):
        # "Talks Resume - Example News": the site's name after the title (a page title).
        text = text[: text.rindex(fields[-1])].rstrip(" -–—|·:")
    # The title line is searched for a date only when no date line came before it.
    earlier = any(line < number for _, line, _ in scan.dates)
    title, found = (text, None) if earlier else title_and_date(text)
    if found is not None and title == text:
        # "Kremlin replaces minister May 13, 2024" under "KREMLIN REPLACES MINISTER": a
        # reader app set the date after the title, not a date the title runs into.
        bare = without_date(text)
        if any(_lines.is_capitals(c[2]) and same_words(c[2], bare) for c in scan.candidates):
            title = bare
    head.title, head.title_line, scan.title_index = title or text, number, index
    if found is not None:
        scan.add(_RANK["title"], found, number)


def _title_before(head: Header, scan: _Scan, *, last_resort: bool = False) -> bool:
    real = real_candidates(scan.candidates, last_resort=last_resort)
    if not real:
        return False
    if len(real) > 1 and is_person_name(real[-1][2]):
        # "Title / Jane Doe / March 3, 2019": a name alone above the date is a byline.
        head.bylines.append(real[-1][2])
        real = real[:-1]
    if len(real) > 1 and is_dek(real[-2][2], real[-1][2], first=real[-2] == scan.candidates[0]):
        # "Title / a longer line in sentence case / March 3, 2019": the longer line is
        # the standfirst, set before any standfirst sentence read after it.
        head.standfirst.insert(0, real[-1][1:])
        real = real[:-1]
    index, number, text = real[-1]
    _set_title(head, scan, index, number, text)
    return True


def _title_without_meta(
    head: Header, scan: _Scan, entries: list[tuple[int, str]], index: int
) -> int:
    # No date line and no byline: the first real candidate is the title, and the body
    # starts after it (and after a repeat of it).
    real = real_candidates(scan.candidates, last_resort=True)
    if not real:
        return index
    first, number, text = real[0]
    _set_title(head, scan, first, number, text)
    body = first + 1
    while body < len(entries) and (
        not entries[body][1] or same_words(entries[body][1], head.title or "")
    ):
        if entries[body][1] and _lines.is_capitals(head.title or ""):
            head.title = entries[body][1]  # the repeat not in capitals is kept
        body += 1
    return min(body, index) if index > first else body


def _choose_date(head: Header, scan: _Scan, entries: list[tuple[int, str]]) -> None:
    if scan.dates:
        _, number, date = min(scan.dates, key=lambda item: item[0])
        head.date, head.date_line = date, number
        return
    if head.ambiguous_date_line is not None and scan.ambiguous_text is not None:
        # "04/05/2019": another numeric date on the page ("17/04/2019") tells the order.
        order = page_order([text for _, text in entries if text])
        found = None if order is None else ordered_date(scan.ambiguous_text, order)
        if found is not None:
            head.date, head.date_line = found, head.ambiguous_date_line
            head.ambiguous_date_line = None


def _continued(entries: list[tuple[int, str]], index: int) -> bool:
    # A line the next line continues in lower case is a wrapped sentence, not a title.
    if index + 1 >= len(entries):
        return False
    following = entries[index + 1][1]
    return following[:1].islower() and glued_date(following) is None and not is_widget(following)


def _meta_follows(entries: list[tuple[int, str]], index: int, head: Header) -> bool:
    seen = 0
    for _, text in entries[index + 1 :]:
        if not text:
            continue
        if date_line(text, head.series_name) is not None or _lines.author_prefix(text):
            return True
        seen += 1
        if seen == _STANDFIRST_REACH:
            return False
    return False


_STANDFIRST_REACH = 2
_MAX_STANDFIRST_CHARS = 400


def _finish_blurb(head: Header, entries: list[tuple[int, str]], index: int) -> int:
    # A blurb wrapped over lines continues until its sentence ends.
    blurb = head.series_blurb or ""
    last = index
    while not blurb.endswith(_SENTENCE_ENDS) and last + 1 < min(len(entries), index + 4):
        following = entries[last + 1][1]
        if not following or date_line(following, None) is not None:
            break
        blurb = f"{blurb} {following}"
        last += 1
    if blurb.endswith(_SENTENCE_ENDS):
        head.series_blurb = blurb
        return last
    return index


def _next_texts(entries: list[tuple[int, str]], index: int, count: int) -> list[str]:
    found: list[str] = []
    for _, text in entries[index + 1 :]:
        if text and strip_date_label(text) != (True, ""):
            found.append(text)
            if len(found) == count:
                break
    return found + [""] * (count - len(found))


def _take_series(head: Header, text: str, entries: list[tuple[int, str]], index: int) -> bool:
    if head.series_blurb is None:
        name = _lines.blurb_name(text)
        if name is not None:
            head.series_name, head.series_blurb = name, text
            return True
    if head.series_name is not None:
        return False
    # A label in capitals ending with a series word files the page wherever it stands
    # in the head ("RUSSIA MONITOR" before or after the date or the title).
    name = _lines.label_name(text)
    if name is None and head.title is None and head.date is None:
        name = _weak_label(text, entries, index)
    if name is None:
        return False
    head.series_name = name
    return True


def _weak_label(text: str, entries: list[tuple[int, str]], index: int) -> str | None:
    if text.split()[-1].strip("#.").isdigit():
        return _lines.series_field(text)  # a numbered issue: "Caucasus Monitor No. 1987"
    capitals = _lines.is_capitals(text)
    named = None if capitals else _lines.series_field(text)
    if not (capitals and len(text.split()) <= _MAX_LABEL_WORDS) and (
        named is None or len(text.split()) > _MAX_WEAK_SERIES_WORDS
    ):
        return None
    # "BELARUS" or "Russia Monitor" (a label a crawler did not put in capitals) is a
    # label only when a date line and then a title follow it; otherwise it is the title.
    following, then = _next_texts(entries, index, 2)
    if date_line(following, None) is None or not looks_like_title(then):
        return None
    return named or _lines.name_from_capitals(text)
