"""Newline-delimited JSON: streamed one line at a time, errors located by line."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pendulum
import pytest

from bulletinkit import (
    Actor,
    ActorKind,
    Bulletin,
    ValidationError,
    from_json,
    iter_ndjson,
    to_json,
    write_ndjson,
)


def bulletins(count: int) -> list[Bulletin]:
    return [
        Bulletin(title=f"Bulletin {i}", date=pendulum.date(2021, 1, 1).add(days=i))
        for i in range(count)
    ]


def test_write_then_read() -> None:
    out = io.StringIO()
    assert write_ndjson(bulletins(3), out) == 3
    text = out.getvalue()
    assert text.count("\n") == 3
    assert list(iter_ndjson(io.StringIO(text))) == bulletins(3)
    assert list(iter_ndjson(io.BytesIO(text.encode()))) == bulletins(3)


def test_other_models_and_blank_lines() -> None:
    actor = Actor(id="a", name="A", kind=ActorKind.STATE)
    lines = ["", to_json(actor), "   ", to_json(actor) + "\r\n"]
    assert list(iter_ndjson(lines, Actor)) == [actor, actor]


def test_reading_is_lazy() -> None:
    consumed: list[int] = []

    def lines() -> Iterator[str]:
        for number, bulletin in enumerate(bulletins(1000)):
            consumed.append(number)
            yield to_json(bulletin)

    stream = iter_ndjson(lines())
    first = next(stream)
    assert first.title == "Bulletin 0"
    assert consumed == [0]


def test_bad_line_is_located() -> None:
    good = to_json(bulletins(1)[0])
    bad = good.replace('"title":"Bulletin 0"', '"title":123,"colour":"red"')
    stream = iter_ndjson([good, "", bad, good])
    assert next(stream).title == "Bulletin 0"
    with pytest.raises(ValidationError) as caught:
        next(stream)
    assert [(i.location, i.code) for i in caught.value.issues] == [
        ("line 3: /title", "type"),
        ("line 3: /colour", "unknown-key"),
    ]


def test_broken_json_line_is_located() -> None:
    with pytest.raises(ValidationError) as caught:
        list(iter_ndjson(["", "", '{"title": ]']))
    (issue,) = caught.value.issues
    assert issue.code == "json"
    assert issue.location.startswith("line 3, column ")


def test_line_separators_inside_text_stay_escaped() -> None:
    bulletin = Bulletin(title="One\u2028two\u2029three\x85four", date=pendulum.date(2021, 1, 1))
    out = io.StringIO()
    write_ndjson([bulletin], out)
    text = out.getvalue()
    assert len(text.splitlines()) == 1
    assert list(iter_ndjson(text.splitlines())) == [bulletin]
    assert from_json(text, Bulletin) == bulletin
