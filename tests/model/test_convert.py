"""Models built by hand take lists, ``datetime.date`` and enum values, stored strictly."""

from __future__ import annotations

import datetime
import enum
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given, settings

import bulletinkit
from bulletinkit import (
    Action,
    Actor,
    ActorKind,
    Bulletin,
    Duty,
    LicenseNotice,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Role,
    Rule,
    Span,
    Target,
    ValidationError,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from tests import strategies
from tests.conftest import REPO

ENUMS = [
    value
    for value in vars(bulletinkit.model).values()
    if isinstance(value, type) and issubclass(value, enum.Enum)
]


def _hand_built() -> Bulletin:
    span = Span(part=0, start=0, end=4)
    return Bulletin(
        title="Ministers Meet",
        date=datetime.date(2022, 3, 4),
        lead="Jane met John.",
        paragraphs=["They talked."],
        photo_credits=["Photo: Example"],
        actors=[
            Actor(
                id="jane",
                name="Jane",
                kind="person",
                aliases=["J."],
                roles=[Role(title="Minister")],
                mentions=[span],
            )
        ],
        meetings=[
            Meeting(
                id="m1",
                kind="talks",
                status="held",
                participants=["jane"],
                initiators=["jane"],
                topics=["trade"],
            )
        ],
        license=LicenseNotice(
            text="Share with credit.",
            permissions=[Rule(action="distribute", target="text", duties=["attribute"])],
            prohibitions=[Rule(action="use", target="image")],
        ),
    )


def test_lists_dates_and_enum_values_are_stored_strictly() -> None:
    bulletin = _hand_built()
    span = Span(part=0, start=0, end=4)
    assert type(bulletin.date) is pendulum.Date
    assert bulletin.date == pendulum.date(2022, 3, 4)
    assert bulletin.paragraphs == ("They talked.",)
    assert bulletin.photo_credits == ("Photo: Example",)
    actor = bulletin.actors[0]
    assert type(bulletin.actors) is tuple
    assert actor.kind is ActorKind.PERSON
    assert (actor.aliases, actor.roles, actor.mentions) == (
        ("J.",),
        (Role(title="Minister"),),
        (span,),
    )
    meeting = bulletin.meetings[0]
    assert meeting.kind is MeetingKind.TALKS
    assert meeting.status is MeetingStatus.HELD
    assert meeting.participants == meeting.initiators == ("jane",)
    assert meeting.topics == ("trade",)
    assert bulletin.license is not None
    rule = bulletin.license.permissions[0]
    assert (rule.action, rule.target, rule.duties) == (
        Action.DISTRIBUTE,
        Target.TEXT,
        (Duty.ATTRIBUTE,),
    )
    assert bulletin.license.prohibitions == (Rule(action=Action.USE, target=Target.IMAGE),)
    # the same object as one built from strict values, and the same JSON
    assert from_json(to_json(bulletin), Bulletin) == bulletin


@pytest.mark.parametrize("value", ["Y", b"Y", bytearray(b"Y"), {"Y"}, 3])
def test_tuple_fields_refuse_strings_and_non_sequences(value: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        Actor(id="x", name="X", kind="person", aliases=value)
    issue = caught.value.issues[0]
    assert issue.location == "/aliases"
    assert issue.message.startswith("'aliases' must be a list or tuple (any sequence but a string)")


@pytest.mark.parametrize(
    "value", [pendulum.today(), pendulum.datetime(2021, 5, 12), datetime.datetime(2021, 5, 12)]
)
def test_a_datetime_is_not_a_date(value: datetime.datetime) -> None:
    with pytest.raises(ValidationError) as caught:
        Bulletin(title="T", date=value)
    assert caught.value.issues[0].location == "/date"
    assert "'date' must be a date, not a datetime: call .date() on it" in str(caught.value)
    assert Bulletin(title="T", date=value.date()).date == pendulum.date(
        value.year, value.month, value.day
    )


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: Meeting(id="m1", kind="Talks", status="held"),
            "/kind: 'kind' must be one of 'phone_call', 'video_call', 'talks', 'visit', "
            "'summit', 'negotiations', 'other' (got 'Talks')",
        ),
        (
            lambda: Meeting(id="m1", kind="talks", status="HELD"),
            "/status: 'status' must be one of "
            + ", ".join(repr(status.value) for status in MeetingStatus)
            + " (got 'HELD')",
        ),
        (
            lambda: Rule(action="share"),
            "/action: 'action' must be one of 'use', 'reproduce', 'distribute', 'modify', "
            "'derive', 'commercialize' (got 'share')",
        ),
        (
            lambda: Rule(action="use", target=ActorKind.PERSON),
            "/target: 'target' must be one of 'all', 'text', 'image' "
            "(got <ActorKind.PERSON: 'person'>)",
        ),
        (
            lambda: Rule(action="use", duties=["attribute", "credit"]),
            "/duties/1: 'duties/1' must be one of 'attribute', 'obtain-consent', "
            "'share-alike', 'notice' (got 'credit')",
        ),
    ],
)
def test_enum_fields_take_values_and_list_them_when_wrong(build: Any, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build()
    assert str(caught.value) == message


def _strict_values(obj: Any) -> list[tuple[Any, Any]]:
    """(converter, value) for every converted field of ``obj`` and the objects inside it."""
    found = []
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        if field.converter is not None:
            found.append((field.converter, value))
        for item in value if isinstance(value, tuple) else (value,):
            if attrs.has(type(item)):
                found.extend(_strict_values(item))
    return found


@settings(max_examples=60, deadline=None)
@given(bulletin=strategies.bulletins(consistent=False))
def test_converters_return_strict_values_themselves(bulletin: Bulletin) -> None:
    # the codec skips converters when it builds objects from JSON; this law makes that safe
    for converter, value in _strict_values(bulletin):
        assert converter(value) is value


def test_every_converter_is_a_model_converter() -> None:
    # the codec trusts converters defined in bulletinkit.model only (see _codec.construct)
    converters = {
        field.converter
        for cls in (Bulletin, Actor, Role, Meeting, LicenseNotice, Rule)
        for field in attrs.fields(cls)
        if field.converter is not None
    }
    assert len(converters) >= 10
    assert {c.__module__.rsplit(".", 1)[0] for c in converters} == {"bulletinkit.model"}


@pytest.mark.parametrize("kind", ENUMS, ids=lambda kind: kind.__name__)
def test_enums_read_as_their_values(kind: type[enum.Enum]) -> None:
    for member in kind:
        assert str(member) == f"{member}" == format(member, "") == member.value
        assert f"{member:>20}" == f"{member.value:>20}"
        assert repr(member) == f"<{kind.__name__}.{member.name}: {member.value!r}>"


_ENUM_SCRIPT = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location("_enum", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
class Kind(module.ValueEnum):
    TALKS = "talks"
member = Kind.TALKS
print(str(member), f"{member}", "{}".format(member), f"{member:>7}", repr(member), sep="|")
"""


@pytest.mark.slow
@pytest.mark.parametrize("version", ["3.10", "3.11", "3.12", "3.13"])
def test_enum_text_is_the_same_on_every_python(version: str) -> None:
    found = sorted(Path(os.path.expanduser("~/.pyenv/versions")).glob(f"{version}.*/bin/python"))
    python = str(found[-1]) if found else None
    if python is None and sys.version.startswith(version + "."):
        python = sys.executable
    if python is None:
        pytest.skip(f"no Python {version} here")
    path = REPO / "src" / "bulletinkit" / "model" / "_enum.py"
    out = subprocess.run(
        [python, "-c", _ENUM_SCRIPT, str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "talks|talks|talks|  talks|<Kind.TALKS: 'talks'>"


def _converter_calls(action: Any) -> tuple[Any, list[str]]:
    """What ``action()`` returns, and the converter calls it made."""
    calls: list[str] = []

    def profile(frame: Any, event: str, _arg: Any) -> None:
        if event == "call" and frame.f_code.co_filename.endswith("model/_convert.py"):
            calls.append(frame.f_code.co_name)

    sys.setprofile(profile)
    try:
        result = action()
    finally:
        sys.setprofile(None)
    return result, calls


@pytest.mark.parametrize("unknown", [False, True], ids=["fast pass", "diagnosing pass"])
def test_decoding_a_valid_document_runs_no_converter(unknown: bool) -> None:
    # both passes build objects without their constructors, so the converters cost
    # decoding nothing (an unknown key read leniently is left to the diagnosing pass)
    bulletin = _hand_built()
    document = to_dict(bulletin)
    if unknown:
        document["x-note"] = "kept in extra"
    decoded, calls = _converter_calls(lambda: from_dict(document, Bulletin, lenient=True))
    assert decoded.extra == ({"x-note": "kept in extra"} if unknown else {})
    assert attrs.evolve(decoded, extra={}) == bulletin
    assert calls == []
    _, calls = _converter_calls(_hand_built)  # the probe sees a constructor's conversions
    assert "sequence" in calls
    assert "date" in calls
