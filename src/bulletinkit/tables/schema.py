"""The Arrow schemas of the seven tables: the one place their columns are defined.

Each column has a name, an Arrow type, whether it may be null, and a one-line meaning
(kept in the field's metadata under ``description``, so it travels into Parquet files).
``docs/tables.md`` lists the same columns in one table; a test keeps the two equal.

Keys: ``bulletin_id`` names a bulletin; actor and meeting ids are unique only within
their bulletin, so an actor is ``(bulletin_id, actor_id)`` and a meeting
``(bulletin_id, meeting_id)``.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

__all__ = ["SCHEMAS", "TABLE_NAMES", "describe"]

_Column = tuple[str, pa.DataType, bool, str]

_TEXT = pa.string()
_INT = pa.int32()
_DAY = pa.date32()
_TEXTS = pa.list_(pa.string())


def _schema(*columns: _Column) -> pa.Schema:
    return pa.schema(
        [
            pa.field(name, kind, nullable=nullable, metadata={"description": meaning})
            for name, kind, nullable, meaning in columns
        ]
    )


_BULLETIN_ID = ("bulletin_id", _TEXT, False, "the bulletin's id (`Bulletin.id`)")
_ACTOR_ID = ("actor_id", _TEXT, False, "the actor's id, unique within its bulletin")
_MEETING_ID = ("meeting_id", _TEXT, False, "the meeting's id, unique within its bulletin")

SCHEMAS: dict[str, pa.Schema] = {
    "bulletins": _schema(
        _BULLETIN_ID,
        ("title", _TEXT, True, "the title; null when the page states none"),
        ("date", _TEXT, True, "the publication date as an ISO string; null when unknown"),
        ("date_start", _DAY, True, "the first day the date covers"),
        ("date_end", _DAY, True, "the last day the date covers"),
        ("series", _TEXT, True, "the series name"),
        ("publisher", _TEXT, True, "the series' publisher"),
        ("dateline_place", _TEXT, True, "the dateline's place, as written (`KYIV`)"),
        ("dateline_agency", _TEXT, True, "the news agency the dateline names"),
        ("authors", _TEXTS, False, "the bylines, in page order"),
        ("language", _TEXT, False, "the language code, e.g. `en`"),
        ("source_url", _TEXT, True, "where the page was found"),
        ("text", _TEXT, False, "the lead and the paragraphs, joined by blank lines"),
        ("captions", _TEXTS, False, "the photo captions that describe the news"),
        ("license_spdx", _TEXT, True, "the SPDX id of the license notice, when standard"),
        ("license_holder", _TEXT, True, "who holds the rights the notice names"),
        ("generator", _TEXT, True, "the program that made the bulletin (`bulletinkit 0.2.0`)"),
        ("schema_version", _TEXT, False, "the JSON shape's version of the `json` column"),
        ("json", _TEXT, False, "the whole bulletin as JSON (`to_json`): read it back losslessly"),
    ),
    "actors": _schema(
        _BULLETIN_ID,
        _ACTOR_ID,
        ("name", _TEXT, False, "the fullest name the text gives"),
        ("kind", _TEXT, False, "`person`, `state` or `organization`"),
        ("country", _TEXT, True, "ISO 3166-1 alpha-2 code the actor belongs to"),
        ("aliases", _TEXTS, False, "the other forms the text used"),
    ),
    "roles": _schema(
        _BULLETIN_ID,
        _ACTOR_ID,
        ("position", _INT, False, "the role's index in the actor's roles, from 0"),
        ("title", _TEXT, False, "e.g. `Foreign Minister`"),
        ("country", _TEXT, True, "ISO 3166-1 alpha-2 code of the role"),
        ("organization", _TEXT, True, "the body the role belongs to"),
    ),
    "meetings": _schema(
        _BULLETIN_ID,
        _MEETING_ID,
        ("kind", _TEXT, False, "`phone_call`, `talks`, `visit`, `summit`, ..."),
        ("status", _TEXT, False, "`held`, `planned`, `proposed`, `postponed`, `cancelled`"),
        ("date", _TEXT, True, "the EDTF date or interval; null when the text gives none"),
        ("date_start", _DAY, True, "the first day the date or interval may mean"),
        ("date_end", _DAY, True, "the last day the date or interval may mean"),
        ("location", _TEXT, True, "where the meeting takes place"),
        ("format", _TEXT, True, "a recurring format, e.g. `Normandy format`"),
        ("topics", _TEXTS, False, "what was discussed"),
        ("evidence_part", _INT, True, "the part (0: lead) of the sentence that states it"),
        ("evidence_start", _INT, True, "where that sentence starts in its part"),
        ("evidence_end", _INT, True, "where that sentence ends in its part"),
        ("evidence_text", _TEXT, True, "the sentence that states the meeting"),
    ),
    "participants": _schema(
        _BULLETIN_ID,
        _MEETING_ID,
        ("actor_id", _TEXT, False, "an actor of the same bulletin"),
        ("relation", _TEXT, False, "`participant` or `initiator`"),
        ("position", _INT, False, "the actor's index in the meeting's list, from 0"),
    ),
    "mentions": _schema(
        _BULLETIN_ID,
        _ACTOR_ID,
        ("part", _INT, False, "the part (0: lead) the mention is in"),
        ("start", _INT, False, "where it starts in its part"),
        ("end", _INT, False, "where it ends in its part"),
        ("text", _TEXT, True, "the words of the mention; null if the span is outside the text"),
    ),
    "notes": _schema(
        _BULLETIN_ID,
        ("position", _INT, False, "the note's index in the bulletin's notes, from 0"),
        ("code", _TEXT, False, "the note's stable code, e.g. `no-date`"),
        ("severity", _TEXT, False, "`warning` or `error`"),
        ("message", _TEXT, False, "what the note says"),
        ("location", _TEXT, False, "`line N` or a JSON pointer; empty for the whole page"),
        ("expected", _TEXT, True, "what the parser expected"),
        ("found", _TEXT, True, "a short excerpt of what it found"),
    ),
}
"""Table name -> its Arrow schema, in the order the tables are documented."""

TABLE_NAMES: tuple[str, ...] = tuple(SCHEMAS)
"""The seven table names."""


def describe(field: pa.Field[Any]) -> str:
    """The one-line meaning of a column, from its metadata."""
    metadata = field.metadata or {}
    return metadata.get(b"description", b"").decode("utf-8")
