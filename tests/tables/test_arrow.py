"""Bulletins to Arrow tables: shape, keys, dates, and the way back through ``json``."""

from __future__ import annotations

import datetime
import random

import attrs
import pytest
from benchmarks.corpus import make_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletinkit import Bulletin, DateRange, PartialDate, parse_text
from tests import strategies
from tests.extras import require

pa = require("pyarrow", "tables")
tables_api = require("bulletinkit.tables", "tables")
SCHEMAS = tables_api.SCHEMAS
to_tables = tables_api.to_tables
read_bulletins = tables_api.read_bulletins

_distinct = st.lists(strategies.bulletins(), max_size=3, unique_by=lambda b: b.id)
_SOME = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SOME
@given(_distinct)
def test_bulletins_come_back_equal_from_the_json_column(bulletins: list[Bulletin]) -> None:
    table = to_tables(bulletins)["bulletins"]
    assert list(read_bulletins(table)) == bulletins


@_SOME
@given(strategies.bulletins(with_extra=True))
def test_unknown_members_survive_the_table(bulletin: Bulletin) -> None:
    assert list(read_bulletins(to_tables([bulletin])["bulletins"])) == [bulletin]


@_SOME
@given(_distinct)
def test_every_table_has_its_schema_and_no_null_where_none_is_allowed(
    bulletins: list[Bulletin],
) -> None:
    tables = to_tables(bulletins)
    assert list(tables) == list(SCHEMAS)
    for name, table in tables.items():
        assert table.schema.equals(SCHEMAS[name]), name
        for field, column in zip(table.schema, table.columns, strict=True):
            if not field.nullable:
                assert column.null_count == 0, (name, field.name)


@_SOME
@given(_distinct)
def test_one_row_per_object_and_unique_keys(bulletins: list[Bulletin]) -> None:
    tables = to_tables(bulletins)
    actors = [a for b in bulletins for a in b.actors]
    meetings = [m for b in bulletins for m in b.meetings]
    assert tables["bulletins"].num_rows == len(bulletins)
    assert tables["actors"].num_rows == len(actors)
    assert tables["roles"].num_rows == sum(len(a.roles) for a in actors)
    assert tables["mentions"].num_rows == sum(len(a.mentions) for a in actors)
    assert tables["meetings"].num_rows == len(meetings)
    links = sum(len(m.participants) + len(m.initiators) for m in meetings)
    assert tables["participants"].num_rows == links
    assert tables["notes"].num_rows == sum(len(b.notes) for b in bulletins)
    for name, key in (("actors", "actor_id"), ("meetings", "meeting_id"), ("notes", "position")):
        rows = tables[name].select(["bulletin_id", key]).to_pylist()
        assert len({tuple(row.values()) for row in rows}) == len(rows), name


@_SOME
@given(_distinct)
def test_participants_name_actors_of_their_bulletin(bulletins: list[Bulletin]) -> None:
    tables = to_tables(bulletins)
    actors = {(r["bulletin_id"], r["actor_id"]) for r in tables["actors"].to_pylist()}
    meetings = {(r["bulletin_id"], r["meeting_id"]) for r in tables["meetings"].to_pylist()}
    for row in tables["participants"].to_pylist():
        assert (row["bulletin_id"], row["actor_id"]) in actors
        assert (row["bulletin_id"], row["meeting_id"]) in meetings
        assert row["relation"] in {"participant", "initiator"}


@_SOME
@given(_distinct)
def test_meeting_dates_span_their_days(bulletins: list[Bulletin]) -> None:
    rows = to_tables(bulletins)["meetings"].to_pylist()
    meetings = [m for b in bulletins for m in b.meetings]
    for row, meeting in zip(rows, meetings, strict=True):
        if meeting.date is None:
            assert (row["date"], row["date_start"], row["date_end"]) == (None, None, None)
            continue
        assert row["date"] == meeting.date.isoformat()
        assert row["date_start"] == meeting.date.earliest
        assert row["date_end"] == meeting.date.latest
        assert type(row["date_start"]) is datetime.date


def test_partial_dates_and_ranges_in_days() -> None:
    month = PartialDate(year=2020, month=2)
    rng = DateRange(start=PartialDate(year=2021, month=10, day=9), end=PartialDate(year=2021))
    page = parse_text(make_text(random.Random(3)))
    meetings = tuple(
        attrs.evolve(m, date=d) for m, d in zip(page.meetings, (month, rng, None), strict=False)
    )
    bulletin = attrs.evolve(page, meetings=meetings)
    rows = to_tables([bulletin])["meetings"].to_pylist()
    assert (rows[0]["date"], rows[0]["date_start"], rows[0]["date_end"]) == (
        "2020-02",
        datetime.date(2020, 2, 1),
        datetime.date(2020, 2, 29),
    )
    assert (rows[1]["date"], rows[1]["date_start"], rows[1]["date_end"]) == (
        "2021-10-09/2021",
        datetime.date(2021, 10, 9),
        datetime.date(2021, 12, 31),
    )
    assert rows[2]["date_start"] is None


def test_columns_of_a_parsed_page() -> None:
    bulletin = parse_text(make_text(random.Random(5)))
    tables = to_tables([bulletin])
    row = tables["bulletins"].to_pylist()[0]
    assert row["bulletin_id"] == bulletin.id
    assert row["date_start"] == row["date_end"] == bulletin.date
    assert row["text"] == "\n\n".join([bulletin.lead or "", *bulletin.paragraphs])
    assert row["series"] == (bulletin.series.name if bulletin.series else None)
    mentions = tables["mentions"].to_pylist()
    assert mentions, "the generated page names actors"
    spans = [(a.id, s) for a in bulletin.actors for s in a.mentions]
    for mention, (actor_id, span) in zip(mentions, spans, strict=True):
        assert mention["actor_id"] == actor_id
        assert (mention["part"], mention["start"], mention["end"]) == (
            span.part,
            span.start,
            span.end,
        )
        assert mention["text"] == bulletin.text_of(span) != ""
    meetings = tables["meetings"].to_pylist()
    for row, meeting in zip(meetings, bulletin.meetings, strict=True):
        if meeting.evidence is not None:
            assert row["evidence_text"] == bulletin.text_of(meeting.evidence)


@_SOME
@given(strategies.bulletins(consistent=False))
def test_spans_outside_the_text_give_null_text(bulletin: Bulletin) -> None:
    rows = to_tables([bulletin])["mentions"].to_pylist()
    spans = [s for a in bulletin.actors for s in a.mentions]
    for row, span in zip(rows, spans, strict=True):
        inside = span.part < len(bulletin.parts) and span.end <= len(bulletin.parts[span.part])
        assert (row["text"] is None) == (not inside)


@_SOME
@given(_distinct)
def test_bulletin_columns_hold_the_1_1_fields(bulletins: list[Bulletin]) -> None:
    rows = to_tables(bulletins)["bulletins"].to_pylist()
    for row, bulletin in zip(rows, bulletins, strict=True):
        dateline = bulletin.dateline
        assert row["dateline_place"] == (None if dateline is None else dateline.place)
        assert row["dateline_agency"] == (None if dateline is None else dateline.agency)
        assert row["authors"] == list(bulletin.authors)
        assert row["captions"] == list(bulletin.captions)
        provenance = bulletin.provenance
        assert row["generator"] == (None if provenance is None else provenance.generator)
        date = None if bulletin.date is None else bulletin.date.isoformat()
        assert (row["title"], row["date"]) == (bulletin.title, date)


def test_parse_notes_of_an_undated_page_fill_the_notes_table() -> None:
    bulletin = parse_text("A Page Without a Date\n\nThe ministers met in Vienna.\n")
    assert bulletin.date is None
    tables = to_tables([bulletin])
    row = tables["bulletins"].to_pylist()[0]
    assert (row["date"], row["date_start"], row["date_end"]) == (None, None, None)
    notes = tables["notes"].to_pylist()
    assert [n["code"] for n in notes] == [n.code for n in bulletin.notes]
    assert "no-date" in [n["code"] for n in notes]
    assert {n["severity"] for n in notes} == {"warning"}
    assert [n["position"] for n in notes] == list(range(len(notes)))


def test_a_table_without_json_is_refused_by_name() -> None:
    from bulletinkit import ValidationError

    meetings = to_tables([parse_text(make_text(random.Random(1)))])["meetings"]
    with pytest.raises(ValidationError, match="no json column"):
        list(read_bulletins(meetings))
