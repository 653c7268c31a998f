# ruff: noqa: E501
"""A catalogue of bad documents, each with the exact problems validation must report.

Every entry starts from ``catalogue_bulletin.json`` beside this file (an invented bulletin
written by hand for this catalogue, schema version 1.1) and changes one thing. ``expected``
lists ``(JSON pointer, code, message)`` of every problem, in report order.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

HERE = Path(__file__).parent

Doc = dict[str, Any]


def example() -> Doc:
    """A fresh copy of the example bulletin."""
    document: Doc = json.loads((HERE / "catalogue_bulletin.json").read_text("utf-8"))
    return copy.deepcopy(document)


@attrs.frozen
class Bad:
    """One bad document: how to make it, and what validation says about it."""

    name: str
    change: Callable[[Doc], object]
    expected: tuple[tuple[str, str, str], ...]
    layer: str = "schema"  # "schema", "model" (needs the codec) or "checks"

    def document(self) -> Doc:
        """The example bulletin with the change applied."""
        doc = example()
        self.change(doc)
        return doc


def _set(path: str, value: object) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.strip("/").split("/")]
        node: Any = doc
        for part in parents:
            node = node[part]
        node[last] = value

    return change


def _delete(key: str) -> Callable[[Doc], None]:
    return lambda doc: doc.pop(key)


CATALOGUE: tuple[Bad, ...] = (
    Bad("title-not-a-string", _set("/title", 123), (("/title", "type", "expected string, got integer"),)),
    Bad("lead-null", _set("/lead", None), (("/lead", "type", "expected string, got null"),)),
    Bad("span-part-float", _set("/actors/0/mentions/0/part", 0.5),
        (("/actors/0/mentions/0/part", "type", "expected integer, got number"),)),
    Bad("span-start-bool", _set("/actors/0/mentions/0/start", True),
        (("/actors/0/mentions/0/start", "type", "expected integer, got boolean"),)),
    Bad("actors-not-an-array", _set("/actors", {}), (("/actors", "type", "expected array, got object"),)),
    Bad("unknown-top-level-key", _set("/summary", "x"),
        (("", "additionalProperties", "Additional properties are not allowed ('summary' was unexpected)"),)),
    Bad("unknown-actor-key", _set("/actors/0/nickname", "Manu"),
        (("/actors/0", "unevaluatedProperties",
          "Unevaluated properties are not allowed ('nickname' was unexpected)"),)),
    Bad("unknown-role-key", _set("/actors/0/roles/0/since", "2017"),
        (("/actors/0/roles/0", "additionalProperties",
          "Additional properties are not allowed ('since' was unexpected)"),)),
    Bad("nested-schema-version", _set("/meetings/0/schema_version", "1.0"),
        (("/meetings/0", "unevaluatedProperties",
          "Unevaluated properties are not allowed ('schema_version' was unexpected)"),)),
    Bad("remote-ref-key", _set("/$ref", "https://example.com/bulletin.json"),
        (("", "additionalProperties", "Additional properties are not allowed ('$ref' was unexpected)"),)),
    Bad("missing-title-in-1.0", lambda d: (_set("/schema_version", "1.0")(d), _delete("title")(d)),
        (("", "required", "'title' is a required property"),)),
    Bad("missing-title-and-date-in-1.0",
        lambda d: (_set("/schema_version", "1.0")(d), _delete("title")(d), _delete("date")(d)),
        (("", "required", "'title' is a required property"),
         ("", "required", "'date' is a required property"))),
    Bad("empty-dateline", _set("/dateline", {}),
        (("/dateline", "minProperties", "expected at least 1 member, got 0"),)),
    Bad("blank-author", _set("/authors", ["Jane Doe", " "]),
        (("/authors/1", "pattern", "' ' is not a valid non-empty text"),)),
    Bad("caption-not-a-string", _set("/captions", [{"text": "x"}]),
        (("/captions/0", "type", "expected string, got object"),)),
    Bad("provenance-without-generator", _set("/provenance", {"notes": []}),
        (("/provenance", "required", "'generator' is a required property"),)),
    Bad("note-severity", _set("/provenance", {"generator": "g", "notes": [
            {"code": "no-date", "message": "m", "severity": "info"}]}),
        (("/provenance/notes/0/severity", "enum", "'info' is not one of ['error', 'warning']"),)),
    Bad("unknown-note-key", _set("/provenance", {"generator": "g", "notes": [
            {"code": "no-date", "message": "m", "line": 3}]}),
        (("/provenance/notes/0", "additionalProperties",
          "Additional properties are not allowed ('line' was unexpected)"),)),
    Bad("missing-schema-version", _delete("schema_version"),
        (("", "required", "'schema_version' is a required property"),)),
    Bad("schema-version-2", _set("/schema_version", "2.0"),
        (("/schema_version", "enum", "'2.0' is not one of ['1.0', '1.1']"),)),
    Bad("schema-version-1.2", _set("/schema_version", "1.2"),
        (("/schema_version", "enum", "'1.2' is not one of ['1.0', '1.1']"),)),
    Bad("impossible-date", _set("/date", "2021-02-30"),
        (("/date", "pattern", "'2021-02-30' is not a valid calendar date"),)),
    Bad("february-29-not-leap", _set("/date", "2100-02-29"),
        (("/date", "pattern", "'2100-02-29' is not a valid calendar date"),)),
    Bad("partial-bulletin-date", _set("/date", "2021-11"),
        (("/date", "pattern", "'2021-11' is not a valid calendar date"),)),
    Bad("impossible-meeting-date", _set("/meetings/0/date", "2021-04-31"),
        (("/meetings/0/date", "pattern", "'2021-04-31' is not a valid partial date or date range"),)),
    Bad("month-13", _set("/meetings/1/date", "2021-13"),
        (("/meetings/1/date", "pattern", "'2021-13' is not a valid partial date or date range"),)),
    Bad("bad-country-code", _set("/actors/0/country", "XX"),
        (("/actors/0/country", "enum", "'XX' is not a valid country code"),)),
    Bad("lower-case-country-code", _set("/actors/0/roles/0/country", "fr"),
        (("/actors/0/roles/0/country", "enum", "'fr' is not a valid country code"),)),
    Bad("blank-paragraph", _set("/paragraphs/1", "   "),
        (("/paragraphs/1", "pattern", "'   ' is not a valid non-empty text"),)),
    Bad("id-not-a-slug", _set("/actors/1/id", "Vladimir Putin"),
        (("/actors/1/id", "pattern", "'Vladimir Putin' is not a valid id"),)),
    Bad("negative-offset", _set("/meetings/0/evidence/start", -1),
        (("/meetings/0/evidence/start", "minimum", "-1 is less than the minimum of 0"),)),
    Bad("unknown-meeting-kind", _set("/meetings/0/kind", "call"),
        (("/meetings/0/kind", "enum",
          "'call' is not one of ['phone_call', 'video_call', 'talks', 'visit', 'summit', "
          "'negotiations', 'other']"),)),
    Bad("unknown-meeting-status", _set("/meetings/0/status", "delayed"),
        (("/meetings/0/status", "enum",
          "'delayed' is not one of ['held', 'planned', 'proposed', 'cancelled', 'postponed']"),)),
    Bad("two-problems", lambda d: (_set("/title", "")(d), _set("/language", 7)(d)),
        (("/language", "type", "expected string, got integer"),
         ("/title", "pattern", "'' is not a valid non-empty text"))),
    Bad("dangling-participant", _set("/meetings/0/participants/1", "nobody"),
        (("/meetings/0/participants/1", "BK102",
          "participant 'nobody' is not the id of an actor of this bulletin"),), "checks"),
    Bad("dangling-initiator", _set("/meetings/2/initiators/0", "de"),
        (("/meetings/2/initiators/0", "BK103",
          "initiator 'de' is not the id of an actor of this bulletin"),
         ("/meetings/2/initiators/0", "BK201",
          "initiator 'de' is not among the meeting's participants")), "checks"),
    Bad("duplicate-meeting-id", _set("/meetings/1/id", "m1"),
        (("/meetings/1/id", "BK101", "id 'm1' is already used at /meetings/0/id"),), "checks"),
    Bad("duplicate-actor-id", _set("/actors/4/id", "fr"),
        (("/actors/4/id", "BK101", "id 'fr' is already used at /actors/3/id"),
         ("/meetings/2/participants/1", "BK102",
          "participant 'ru' is not the id of an actor of this bulletin")), "checks"),
    Bad("held-after-bulletin", _set("/meetings/0/date", "2021-11-18"),
        (("/meetings/0/date", "BK104",
          "a held meeting is dated 2021-11-18, after the bulletin's date 2021-11-17"),), "checks"),
    Bad("span-past-part", _set("/actors/2/mentions/0/end", 500),
        (("/actors/2/mentions/0/end", "BK105",
          "end 500 is past the end of part 2 (130 characters)"),), "checks"),
    Bad("span-missing-part", _set("/meetings/1/evidence/part", 9),
        (("/meetings/1/evidence/part", "BK105",
          "part 9 does not exist: the bulletin has 4 part(s)"),), "checks"),
)  # fmt: skip
