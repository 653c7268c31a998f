"""Bulletins and the series they belong to."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import pendulum

from bulletinkit.model import _convert, _rules
from bulletinkit.model._extra import extra_field
from bulletinkit.model.actor import Actor
from bulletinkit.model.license import LicenseNotice
from bulletinkit.model.meeting import Meeting
from bulletinkit.model.span import Span

__all__ = ["Bulletin", "Series", "bulletin_id"]


@attrs.frozen(kw_only=True)
class Series:
    """The series a bulletin is published in, e.g. "Russia Monitor" by "Warsaw Institute"."""

    name: str = attrs.field(validator=_rules.non_empty)
    description: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    publisher: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    extra: Mapping[str, Any] = extra_field()


def bulletin_id(*, date: pendulum.Date, title: str, series: Series | None = None) -> str:
    """The deterministic id of a bulletin: ``bk-`` and 16 hex digits of a SHA-256.

    It depends only on the series name, the date and the title (whitespace and case
    folded), so the same bulletin parsed twice, or from two copies of the page, gets
    the same id.
    """
    series_name = "" if series is None else series.name
    key = "\x1f".join(
        " ".join(part.split()).casefold() for part in (series_name, date.isoformat(), title)
    )
    return "bk-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _check_date(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # pendulum.Date subclasses datetime.date; a datetime would also pass isinstance(date).
    if type(value) is not pendulum.Date:
        rule = "must be a datetime.date or pendulum.Date"
        if isinstance(value, datetime.datetime):
            rule = "must be a date, not a datetime: call .date() on it"
        _rules.fail(attribute.name, "type", rule, value, expected="a date")


def _actors(value: Sequence[Actor]) -> tuple[Actor, ...]:
    return _convert.sequence(value)


def _meetings(value: Sequence[Meeting]) -> tuple[Meeting, ...]:
    return _convert.sequence(value)


@attrs.frozen(kw_only=True)
class Bulletin:
    """One dated bulletin: its text parts and what was extracted from them.

    ``lead`` is the first paragraph, ``paragraphs`` the body after it; spans index the
    lead (part 0) and then the paragraphs. ``appeal`` holds the donation appeal and
    ``photo_credits`` the credit lines, both kept out of the body. ``license`` is
    ``None`` when the page carries no notice (for example a page cut before its
    footer). ``id`` defaults to :func:`bulletin_id` of the series, date and title.
    """

    title: str = attrs.field(validator=_rules.non_empty)
    date: pendulum.Date = attrs.field(converter=_convert.date, validator=_check_date)
    series: Series | None = attrs.field(default=None, validator=_rules.optional_instance_of(Series))
    lead: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    paragraphs: tuple[str, ...] = attrs.field(
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
    id: str = attrs.field(validator=_rules.slug)
    extra: Mapping[str, Any] = extra_field()

    @id.default
    def _default_id(self) -> str:
        return bulletin_id(date=self.date, title=self.title, series=self.series)

    @property
    def parts(self) -> tuple[str, ...]:
        """The texts spans index into: the lead (if any), then the paragraphs."""
        return self.paragraphs if self.lead is None else (self.lead, *self.paragraphs)

    def text_of(self, span: Span) -> str:
        """The text a :class:`~bulletinkit.Span` points at.

        A span outside this bulletin (a part it does not have, an end past its part's
        text) raises :class:`~bulletinkit.ValidationError`.
        """
        parts = self.parts
        if span.part >= len(parts):
            rule = f"must be less than {len(parts)}, the number of parts (lead and paragraphs)"
            expected = f"0 to {len(parts) - 1}" if parts else "none: the bulletin has no text"
            _rules.fail("part", "span", rule, span.part, expected=expected)
        text = parts[span.part]
        if span.end > len(text):
            rule = f"must be at most {len(text)}, the length of part {span.part}"
            _rules.fail("end", "span", rule, span.end, expected=f"0 to {len(text)}")
        return text[span.start : span.end]
