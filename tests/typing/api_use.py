"""Checked by mypy only (``tests/typing/test_typing.py``), never run.

Each mistake is marked with the error mypy must report; ``--warn-unused-ignores`` makes
an unreported mistake fail the check. The rest must type-check cleanly.
"""

from __future__ import annotations

import datetime
import io

import pendulum
from typing_extensions import assert_type

from bulletinkit import (
    Actor,
    ActorKind,
    Bulletin,
    Meeting,
    MeetingKind,
    Rule,
    Series,
    from_dict,
    from_json,
    iter_ndjson,
    to_dict,
    to_json,
    write_ndjson,
)

# Built by hand: lists, datetime.date and enum values are accepted ...
bulletin = Bulletin(
    title="T",
    date=datetime.date(2021, 5, 12),
    paragraphs=["One.", "Two."],
    actors=[Actor(id="x", name="X", kind="person", aliases=["Y"])],
    meetings=[Meeting(id="m1", kind="talks", status="held", participants=["x"])],
)
rule = Rule(action="distribute", target="text", duties=["attribute"])
# ... and the attributes keep their strict types.
assert_type(bulletin.date, pendulum.Date | None)
assert_type(bulletin.paragraphs, tuple[str, ...])
assert_type(bulletin.actors[0].kind, ActorKind)
assert_type(bulletin.meetings[0].kind, MeetingKind)

Bulletin(title="T", date=datetime.date(2021, 5, 12), paragraphs=[1])  # type: ignore[list-item]
Actor(id="x", name="X", kind=3)  # type: ignore[arg-type]
Bulletin(title="T", date="2021-05-12")  # type: ignore[arg-type]

# The codec: the class to build is a model class, the object to write a model object.
text = to_json(bulletin)
assert_type(from_json(text, Bulletin), Bulletin)
assert_type(from_dict(to_dict(bulletin), Series), Series)
assert_type(list(iter_ndjson([text])), list[Bulletin])
from_json(Bulletin, text)  # type: ignore[arg-type]
from_json(text, dict)  # type: ignore[type-var]
from_dict({}, dict)  # type: ignore[type-var]
to_json({"title": "T"})  # type: ignore[arg-type]
to_dict(Bulletin)  # type: ignore[arg-type]
iter_ndjson([text], dict)  # type: ignore[type-var]
write_ndjson(bulletin, io.StringIO())  # type: ignore[arg-type]
write_ndjson([{"title": "T"}], io.StringIO())  # type: ignore[list-item]
