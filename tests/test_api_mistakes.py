"""Each API mistake a downstream developer makes gets an error that says what was expected.

Wrong arguments to the codec raise ``UsageError`` (a ``TypeError`` and a
``BulletinkitError``); wrong values for a model raise ``ValidationError``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pendulum
import pytest

from bulletinkit import (
    Action,
    Bulletin,
    BulletinkitError,
    LicenseNotice,
    Rule,
    Span,
    Target,
    UsageError,
    ValidationError,
    from_dict,
    from_json,
    iter_ndjson,
    to_dict,
    to_json,
    write_ndjson,
)

BULLETIN = Bulletin(
    title="T", date=pendulum.date(2021, 5, 12), lead="A lead.", paragraphs=("Body text.",)
)
TEXT = to_json(BULLETIN)
MODELS = (
    "(Bulletin, Series, Dateline, Actor, Role, Meeting, LicenseNotice, Rule, Span,"
    " Provenance, Issue)"
)

MISTAKES: list[tuple[str, Callable[[], Any], str]] = [
    (
        "from_json swapped",
        lambda: from_json(Bulletin, TEXT),  # type: ignore[arg-type]
        "from_json(): text must be JSON text (str or bytes), got the class Bulletin;"
        " the arguments are swapped: call from_json(text, Bulletin)",
    ),
    (
        "from_json of data",
        lambda: from_json({"title": "T"}, Bulletin),  # type: ignore[arg-type]
        "from_json(): text must be JSON text (str or bytes), got a dict;"
        " for data as json.loads returns it call from_dict(data, cls)",
    ),
    (
        "from_json to dict",
        lambda: from_json(TEXT, dict),  # type: ignore[type-var]
        f"from_json(): cls must be a bulletinkit model class {MODELS}, got the class dict;"
        " for plain JSON data use json.loads",
    ),
    (
        "from_dict swapped",
        lambda: from_dict(Bulletin, {}),  # type: ignore[arg-type]
        f"from_dict(): cls must be a bulletinkit model class {MODELS}, got a dict;"
        " the arguments are swapped: call from_dict(data, Bulletin)",
    ),
    (
        "from_dict to a non-model class",
        lambda: from_dict({}, pendulum.Date),  # type: ignore[type-var]
        f"from_dict(): cls must be a bulletinkit model class {MODELS}, got the class Date",
    ),
    (
        "to_json of data",
        lambda: to_json({"title": "T"}),  # type: ignore[arg-type]
        f"to_json(): obj must be a bulletinkit model object {MODELS}, got a dict;"
        " for plain data use json.dumps",
    ),
    (
        "to_json of a class",
        lambda: to_json(Bulletin),  # type: ignore[arg-type]
        f"to_json(): obj must be a bulletinkit model object {MODELS}, got the class Bulletin;"
        " pass an instance, not the class",
    ),
    (
        "to_dict of an int",
        lambda: to_dict(3),  # type: ignore[arg-type]
        f"to_dict(): obj must be a bulletinkit model object {MODELS}, got an int",
    ),
    (
        "iter_ndjson of one string",
        lambda: iter_ndjson(TEXT),
        "iter_ndjson(): lines must be an iterable of lines (an open file, a list,"
        " text.splitlines()), got one str",
    ),
    (
        "iter_ndjson to dict",
        lambda: iter_ndjson([TEXT], dict),
        f"iter_ndjson(): cls must be a bulletinkit model class {MODELS}, got the class dict;"
        " for plain JSON data use json.loads",
    ),
    (
        "write_ndjson of one object",
        lambda: write_ndjson(BULLETIN, io.StringIO()),  # type: ignore[arg-type]
        "write_ndjson(): objs must be an iterable of model objects, got one Bulletin;"
        " for a single object pass [obj]",
    ),
    (
        "write_ndjson of data",
        lambda: write_ndjson([{"title": "T"}], io.StringIO()),  # type: ignore[list-item]
        f"write_ndjson(): each of objs must be a bulletinkit model object {MODELS}, got a"
        " dict; for plain data use json.dumps",
    ),
]


@pytest.mark.parametrize(
    ("mistake", "message"), [m[1:] for m in MISTAKES], ids=[m[0] for m in MISTAKES]
)
def test_codec_arguments_are_checked(mistake: Callable[[], Any], message: str) -> None:
    with pytest.raises(UsageError) as caught:
        mistake()
    assert str(caught.value) == message
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, BulletinkitError)


def test_right_arguments_still_work() -> None:
    assert from_json(TEXT, Bulletin) == BULLETIN
    assert from_json(TEXT.encode(), Bulletin) == BULLETIN
    assert from_dict(to_dict(BULLETIN), Bulletin) == BULLETIN
    assert list(iter_ndjson(io.StringIO(TEXT + "\n"))) == [BULLETIN]
    out = io.StringIO()
    assert write_ndjson(iter([BULLETIN]), out) == 1


NOTICES = [
    LicenseNotice(text="All rights reserved."),
    LicenseNotice(
        text="Texts may be shared with credit.",
        permissions=(Rule(action=Action.DISTRIBUTE, target=Target.TEXT),),
        prohibitions=(Rule(action=Action.USE, target=Target.IMAGE),),
    ),
]
ACTIONS = "'use', 'reproduce', 'distribute', 'modify', 'derive', 'commercialize'"


@pytest.mark.parametrize("notice", NOTICES, ids=["without rules", "with rules"])
@pytest.mark.parametrize("method", ["permits", "duties"])
def test_unknown_actions_and_targets_are_refused_whatever_the_notice_holds(
    notice: LicenseNotice, method: str
) -> None:
    ask = getattr(notice, method)
    with pytest.raises(ValidationError) as caught:
        ask("publish", "text")
    assert str(caught.value) == f"/action: 'action' must be one of {ACTIONS} (got 'publish')"
    with pytest.raises(ValidationError) as caught:
        ask("distribute", "Text")
    assert (
        str(caught.value) == "/target: 'target' must be one of 'all', 'text', 'image' (got 'Text')"
    )
    with pytest.raises(ValidationError, match="'action' must be one of"):
        ask(None)


def test_known_actions_are_answered() -> None:
    bare, ruled = NOTICES
    assert not bare.permits("distribute", "text")
    assert ruled.permits("distribute", "text")
    assert ruled.permits(Action.REPRODUCE, Target.TEXT)  # distribute implies reproduce
    assert not ruled.permits("use", "image")


@pytest.mark.parametrize(
    ("span", "message"),
    [
        (
            Span(part=9, start=0, end=1),
            "/part: 'part' must be less than 2, the number of parts"
            " (lead, paragraphs, captions) (got 9)",
        ),
        (
            Span(part=1, start=0, end=99),
            "/end: 'end' must be at most 10, the length of part 1 (got 99)",
        ),
    ],
)
def test_text_of_a_span_outside_the_bulletin(span: Span, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        BULLETIN.text_of(span)
    assert str(caught.value) == message
    assert caught.value.issues[0].code == "span"
    assert BULLETIN.text_of(Span(part=1, start=0, end=10)) == "Body text."


def test_text_of_a_bulletin_without_text() -> None:
    with pytest.raises(ValidationError) as caught:
        Bulletin(title="T", date=pendulum.date(2021, 5, 12)).text_of(Span(part=0, start=0, end=0))
    assert caught.value.issues[0].expected == "none: the bulletin has no text"
