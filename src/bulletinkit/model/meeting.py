"""Calls, talks, visits and summits reported in a bulletin."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from bulletinkit.model import _convert, _rules
from bulletinkit.model._enum import ValueEnum
from bulletinkit.model._extra import extra_field
from bulletinkit.model.dates import DateRange, PartialDate
from bulletinkit.model.span import Span

__all__ = ["Meeting", "MeetingKind", "MeetingStatus"]


class MeetingKind(ValueEnum):
    """What kind of encounter a meeting is."""

    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    TALKS = "talks"
    VISIT = "visit"
    SUMMIT = "summit"
    NEGOTIATIONS = "negotiations"
    OTHER = "other"


class MeetingStatus(ValueEnum):
    """Whether a meeting took place, is planned, was only proposed, was put off to a
    later date (postponed is not cancelled), or was called off."""

    HELD = "held"
    PLANNED = "planned"
    PROPOSED = "proposed"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


def _meeting_kind(value: MeetingKind | str) -> MeetingKind:
    return value if value.__class__ is MeetingKind else _convert.member(MeetingKind, value)


def _meeting_status(value: MeetingStatus | str) -> MeetingStatus:
    return value if value.__class__ is MeetingStatus else _convert.member(MeetingStatus, value)


def _check_date(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, (PartialDate, DateRange)):
        _rules.fail(attribute.name, "type", "must be a PartialDate, a DateRange or None", value)


@attrs.frozen(kw_only=True)
class Meeting:
    """One meeting reported in a bulletin.

    ``participants`` are actor ids of the same bulletin: the people who take part, or the
    states and organisations when no person is named. ``initiators`` are the actor ids
    that host, propose or call off the meeting when the text says so. ``date`` is
    ``None`` when the text does not say; ``format`` names a recurring format such as
    ``"two-plus-two"`` or ``"Normandy format"``; ``evidence`` points at the sentence
    that states the meeting.
    """

    id: str = attrs.field(validator=_rules.slug)
    kind: MeetingKind = attrs.field(
        converter=_meeting_kind, validator=_rules.instance_of(MeetingKind)
    )
    status: MeetingStatus = attrs.field(
        converter=_meeting_status, validator=_rules.instance_of(MeetingStatus)
    )
    date: PartialDate | DateRange | None = attrs.field(default=None, validator=_check_date)
    participants: tuple[str, ...] = attrs.field(
        default=(), converter=_convert.strings, validator=_rules.slug_items
    )
    initiators: tuple[str, ...] = attrs.field(
        default=(), converter=_convert.strings, validator=_rules.slug_items
    )
    location: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    format: str | None = attrs.field(default=None, validator=_rules.optional_non_empty)
    topics: tuple[str, ...] = attrs.field(
        default=(), converter=_convert.strings, validator=_rules.non_empty_items
    )
    evidence: Span | None = attrs.field(default=None, validator=_rules.optional_instance_of(Span))
    extra: Mapping[str, Any] = extra_field()
