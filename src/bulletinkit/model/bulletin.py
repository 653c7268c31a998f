"""Bulletins and the series they belong to."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import pendulum

from bulletinkit.errors import Issue
from bulletinkit.model import _convert, _rules
from bulletinkit.model._extra import extra_field
from bulletinkit.model.actor import Actor
from bulletinkit.model.dateline import Dateline
from bulletinkit.model.license import LicenseNotice
from bulletinkit.model.meeting import Meeting
from bulletinkit.model.provenance import Provenance
from bulletinkit.model.span import Span

__all__ = ["Bulletin", "Series", "bulletin_id"]


@attrs.frozen(kw_only=True)
class Series:
    """The series a bulletin is published in, e.g. "Russia Monitor" by "Warsaw Institute"."""

    name: str = attrs.field(validator=_rules.non_empty)
    description: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    publisher: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    extra: Mapping[str, Any] = extra_field()


_SEPARATOR = "\x1f"


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def bulletin_id(
    *,
    date: pendulum.Date | None = None,
    title: str | None = None,
    series: Series | None = None,
    source_url: str | None = None,
    lead: str | None = None,
) -> str:
    """The deterministic id of a bulletin: ``bk-`` and 16 hex digits of a SHA-256.

    A bulletin with a ``date`` and a ``title`` gets an id from the series name, the date
    and the title only (whitespace and case folded), exactly as in bulletinkit 0.1, so
    the same bulletin parsed twice, or from two copies of the page, gets the same id.

    Without a date or without a title, the id is made from the series name, the
    ``source_url`` (as written, trimmed) and the ``lead`` (whitespace and case folded),
    plus the date or the title when one of them is known. :class:`Bulletin` passes its
    first part (the lead, else the first paragraph) as ``lead``.
    """
    series_name = "" if series is None else series.name
    if date is not None and title is not None:
        parts = (series_name, date.isoformat(), title)
        key = _SEPARATOR.join(_folded(part) for part in parts)
    else:
        key = _SEPARATOR.join(
            (
                "1.1",  # keeps these keys apart from the date-and-title keys above
                _folded(series_name),
                "" if date is None else date.isoformat(),
                "" if title is None else _folded(title),
                "" if source_url is None else source_url.strip(),
                "" if lead is None else _folded(lead),
            )
        )
    return "bk-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _check_date(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # pendulum.Date subclasses datetime.date; a datetime would also pass isinstance(date).
    if value is not None and type(value) is not pendulum.Date:
        rule = "must be a datetime.date, a pendulum.Date or None"
        if isinstance(value, datetime.datetime):
            rule = "must be a date, not a datetime: call .date() on it"
        _rules.fail(attribute.name, "type", rule, value, expected="a date")


def _actors(value: Sequence[Actor]) -> tuple[Actor, ...]:
    return value if value.__class__ is tuple else _convert.sequence(value)


def _meetings(value: Sequence[Meeting]) -> tuple[Meeting, ...]:
    return value if value.__class__ is tuple else _convert.sequence(value)


# The fields the default id reads: validated before it is computed.
_ID_INPUTS = ("title", "date", "series", "source_url", "lead", "paragraphs")


@attrs.frozen(kw_only=True)
class Bulletin:
    """One bulletin: its text parts and what was extracted from them.

    ``title`` and ``date`` (the publication date) are ``None`` when the page does not
    state them. ``dateline`` is the story's dateline (place and agency) and ``authors``
    its bylines (authors are never actors). ``lead`` is the first paragraph,
    ``paragraphs`` the body after it and ``captions`` the photo captions that describe
    the news; spans index the lead (part 0), the paragraphs, then the captions (see
    :attr:`parts`). ``appeal`` holds the donation appeal and ``photo_credits`` the credit
    lines, both kept out of the body. ``license`` is ``None`` when the page carries no
    notice (for example a page cut before its footer). ``provenance`` says what produced
    the bulletin and keeps its parse notes (:attr:`notes`). ``id`` defaults to
    :func:`bulletin_id` of the fields it reads, computed once they are valid.
    """

    title: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    date: pendulum.Date | None = attrs.field(
        default=None, converter=_convert.optional_date, validator=_check_date
    )
    series: Series | None = attrs.field(default=None, validator=_rules.optional_instance_of(Series))
    dateline: Dateline | None = attrs.field(
        default=None, validator=_rules.optional_instance_of(Dateline)
    )
    authors: tuple[str, ...] = attrs.field(
        default=(), converter=_convert.strings, validator=_rules.non_empty_items
    )
    lead: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    paragraphs: tuple[str, ...] = attrs.field(
        default=(), converter=_convert.strings, validator=_rules.non_empty_items
    )
    captions: tuple[str, ...] = attrs.field(
        default=(), converter=_convert.strings, validator=_rules.non_empty_items
    )
    actors: tuple[Actor, ...] = attrs.field(
        default=(), converter=_actors, validator=_rules.tuple_of(Actor)
    )
    meetings: tuple[Meeting, ...] = attrs.field(
        default=(), converter=_meetings, validator=_rules.tuple_of(Meeting)
    )
    license: LicenseNotice | None = attrs.field(
        default=None, validator=_rules.optional_instance_of(LicenseNotice)
    )
    appeal: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    photo_credits: tuple[str, ...] = attrs.field(
        default=(), converter=_convert.strings, validator=_rules.non_empty_items
    )
    source_url: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    language: str = attrs.field(default="en", validator=_rules.non_empty)
    provenance: Provenance | None = attrs.field(
        default=None, validator=_rules.optional_instance_of(Provenance)
    )
    id: str = attrs.field(validator=_rules.slug)
    extra: Mapping[str, Any] = extra_field()

    @id.default
    def _default_id(self) -> str:
        # attrs runs validators after every default: check what the id reads first, so a
        # bad field is a ValidationError naming it, not an error inside bulletin_id.
        for name in _ID_INPUTS:
            field = _FIELDS[name]
            if field.validator is not None:
                field.validator(self, field, getattr(self, name))
        first = self.lead if self.lead is not None else next(iter(self.paragraphs), None)
        return bulletin_id(
            date=self.date,
            title=self.title,
            series=self.series,
            source_url=self.source_url,
            lead=first,
        )

    @property
    def parts(self) -> tuple[str, ...]:
        """The texts spans index into: the lead (if any), the paragraphs, then the captions."""
        head = self.paragraphs if self.lead is None else (self.lead, *self.paragraphs)
        return (*head, *self.captions) if self.captions else head

    @property
    def notes(self) -> tuple[Issue, ...]:
        """The notes of :attr:`provenance` (for a parsed page, what the parser did not
        find, codes in ``docs/parsing.md``); empty when there is no provenance."""
        return () if self.provenance is None else self.provenance.notes

    def text_of(self, span: Span) -> str:
        """The text a :class:`~bulletinkit.Span` points at.

        A span outside this bulletin (a part it does not have, an end past its part's
        text) raises :class:`~bulletinkit.ValidationError`.
        """
        parts = self.parts
        if span.part >= len(parts):
            rule = (
                f"must be less than {len(parts)}, the number of parts (lead, paragraphs, captions)"
            )
            expected = f"0 to {len(parts) - 1}" if parts else "none: the bulletin has no text"
            _rules.fail("part", "span", rule, span.part, expected=expected)
        text = parts[span.part]
        if span.end > len(text):
            rule = f"must be at most {len(text)}, the length of part {span.part}"
            _rules.fail("end", "span", rule, span.end, expected=f"0 to {len(text)}")
        return text[span.start : span.end]


_FIELDS = attrs.fields_dict(Bulletin)
