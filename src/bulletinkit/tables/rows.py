"""Bulletins to the columns of the seven tables (plain Python lists, one per column)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from bulletinkit.codec import to_json
from bulletinkit.model import Actor, Bulletin, DateRange, Meeting, PartialDate, Span
from bulletinkit.tables.schema import SCHEMAS
from bulletinkit.versions import SCHEMA_VERSION

__all__ = ["Columns", "to_columns"]

Columns = dict[str, dict[str, list[Any]]]
"""Table name -> column name -> values."""


def _day(value: datetime.date | None) -> datetime.date | None:
    # pendulum.Date is a datetime.date; Arrow wants the plain type.
    return None if value is None else datetime.date(value.year, value.month, value.day)


def _date_columns(date: PartialDate | DateRange | datetime.date | None) -> tuple[Any, Any, Any]:
    """``(text, first day, last day)`` of a bulletin date or a meeting's EDTF date."""
    if date is None:
        return None, None, None
    if isinstance(date, (PartialDate, DateRange)):
        return date.isoformat(), _day(date.earliest), _day(date.latest)
    return date.isoformat(), _day(date), _day(date)


class _Tables:
    """Column lists being filled, one row at a time."""

    def __init__(self) -> None:
        self.columns: Columns = {
            name: {column: [] for column in schema.names} for name, schema in SCHEMAS.items()
        }

    def add(self, table: str, *values: Any) -> None:
        for column, value in zip(self.columns[table].values(), values, strict=True):
            column.append(value)


def _span_text(bulletin: Bulletin, span: Span) -> str | None:
    parts = bulletin.parts
    if span.part >= len(parts) or span.end > len(parts[span.part]):
        return None
    return bulletin.text_of(span)


def _body(bulletin: Bulletin) -> tuple[str, ...]:
    return bulletin.paragraphs if bulletin.lead is None else (bulletin.lead, *bulletin.paragraphs)


def _bulletin_row(tables: _Tables, bulletin: Bulletin) -> None:
    date, start, end = _date_columns(bulletin.date)
    series, notice, dateline = bulletin.series, bulletin.license, bulletin.dateline
    tables.add(
        "bulletins",
        bulletin.id,
        bulletin.title,
        date,
        start,
        end,
        None if series is None else series.name,
        None if series is None else series.publisher,
        None if dateline is None else dateline.place,
        None if dateline is None else dateline.agency,
        list(bulletin.authors),
        bulletin.language,
        bulletin.source_url,
        "\n\n".join(_body(bulletin)),
        list(bulletin.captions),
        None if notice is None else notice.spdx,
        None if notice is None else notice.holder,
        None if bulletin.provenance is None else bulletin.provenance.generator,
        SCHEMA_VERSION,
        to_json(bulletin),
    )


def _actor_rows(tables: _Tables, bulletin: Bulletin, actor: Actor) -> None:
    key = (bulletin.id, actor.id)
    tables.add("actors", *key, actor.name, actor.kind.value, actor.country, list(actor.aliases))
    for position, role in enumerate(actor.roles):
        tables.add("roles", *key, position, role.title, role.country, role.organization)
    for span in actor.mentions:
        tables.add("mentions", *key, span.part, span.start, span.end, _span_text(bulletin, span))


def _meeting_rows(tables: _Tables, bulletin: Bulletin, meeting: Meeting) -> None:
    key = (bulletin.id, meeting.id)
    date, start, end = _date_columns(meeting.date)
    span = meeting.evidence
    tables.add(
        "meetings",
        *key,
        meeting.kind.value,
        meeting.status.value,
        date,
        start,
        end,
        meeting.location,
        meeting.format,
        list(meeting.topics),
        None if span is None else span.part,
        None if span is None else span.start,
        None if span is None else span.end,
        None if span is None else _span_text(bulletin, span),
    )
    for relation, ids in (("participant", meeting.participants), ("initiator", meeting.initiators)):
        for position, actor_id in enumerate(ids):
            tables.add("participants", *key, actor_id, relation, position)


def _note_rows(tables: _Tables, bulletin: Bulletin) -> None:
    for position, note in enumerate(bulletin.notes):
        tables.add(
            "notes",
            bulletin.id,
            position,
            note.code,
            note.severity.value,
            note.message,
            note.location,
            note.expected,
            note.found,
        )


def to_columns(bulletins: Iterable[Bulletin]) -> Columns:
    """The rows of every table for ``bulletins``, as column lists in schema order."""
    tables = _Tables()
    for bulletin in bulletins:
        _bulletin_row(tables, bulletin)
        for actor in bulletin.actors:
            _actor_rows(tables, bulletin, actor)
        for meeting in bulletin.meetings:
            _meeting_rows(tables, bulletin, meeting)
        _note_rows(tables, bulletin)
    return tables.columns
