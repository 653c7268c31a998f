"""Quick side-by-side of bulletinkit's codec against msgspec and pydantic v2 (not a test).

Run: ``PYTHONPATH=src /work/venv/bin/python benchmarks/codec_ratios.py``. It builds one
bulletin of about 7 KB of JSON (10 actors, 4 meetings, 6 paragraphs), the same shape as a
msgspec Struct and a strict pydantic model, and prints medians and ratios of decode
(bytes -> validated object) and encode (object -> bytes/str).
"""

from __future__ import annotations

import datetime
import enum
import statistics
import timeit
from typing import Literal

import msgspec
import pendulum
import pydantic

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
    PartialDate,
    Role,
    Rule,
    Series,
    Span,
    Target,
    from_json,
    to_json,
)
from bulletinkit._codec import backend

WORDS = [
    "minister",
    "talks",
    "summit",
    "border",
    "energy",
    "gas",
    "pipeline",
    "sanctions",
    "army",
    "exercise",
]


def sample_bulletin() -> Bulletin:
    """A deterministic bulletin of about 7 KB of JSON."""
    paragraphs = tuple(
        " ".join(WORDS[(i * 7 + j) % len(WORDS)] for j in range(70)).capitalize() + "."
        for i in range(6)
    )
    actors = tuple(
        Actor(
            id=f"person-{i}",
            name=f"Person Number{i} Example",
            kind=ActorKind.PERSON if i % 3 else ActorKind.STATE,
            aliases=(f"Number{i}", f"the {WORDS[i]} minister"),
            roles=(Role(title="Foreign Minister", country="FR"),),
            country="DE",
            mentions=tuple(Span(part=k % 6, start=10 * k, end=10 * k + 8) for k in range(3)),
        )
        for i in range(10)
    )
    meetings = tuple(
        Meeting(
            id=f"m{i}",
            kind=MeetingKind.TALKS,
            status=MeetingStatus.HELD,
            date=PartialDate(year=2021, month=11, day=10 + i),
            participants=("person-1", "person-2"),
            location="Moscow",
            topics=("energy", "security"),
            evidence=Span(part=i, start=0, end=40),
        )
        for i in range(4)
    )
    return Bulletin(
        title="Ministers Meet to Discuss Energy Security",
        date=pendulum.date(2021, 11, 19),
        series=Series(name="Russia Monitor", publisher="Example Institute"),
        lead=paragraphs[0],
        paragraphs=paragraphs[1:],
        actors=actors,
        meetings=meetings,
        license=LicenseNotice(
            text="All texts may be disseminated if their origin is credited.",
            permissions=(
                Rule(action=Action.DISTRIBUTE, target=Target.TEXT, duties=(Duty.ATTRIBUTE,)),
            ),
            prohibitions=(Rule(action=Action.USE, target=Target.IMAGE),),
        ),
        appeal="Support us.",
    )


# --- the same shape in msgspec ---------------------------------------------------------


class Kind(str, enum.Enum):
    PERSON = "person"
    STATE = "state"
    ORGANIZATION = "organization"


class MSpan(msgspec.Struct, forbid_unknown_fields=True):
    part: int
    start: int
    end: int


class MRole(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    title: str
    country: str | None = None
    organization: str | None = None


class MActor(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    id: str
    name: str
    kind: Kind
    aliases: tuple[str, ...] = ()
    roles: tuple[MRole, ...] = ()
    country: str | None = None
    mentions: tuple[MSpan, ...] = ()


class MMeeting(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    id: str
    kind: Literal["phone_call", "video_call", "talks", "visit", "summit", "negotiations", "other"]
    status: Literal["held", "planned", "proposed", "cancelled"]
    date: str | None = None
    participants: tuple[str, ...] = ()
    initiators: tuple[str, ...] = ()
    location: str | None = None
    format: str | None = None
    topics: tuple[str, ...] = ()
    evidence: MSpan | None = None


class MRule(msgspec.Struct, forbid_unknown_fields=True):
    action: str
    target: str = "all"
    duties: tuple[str, ...] = ()


class MLicense(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    text: str
    holder: str | None = None
    permissions: tuple[MRule, ...] = ()
    prohibitions: tuple[MRule, ...] = ()
    spdx: str | None = None
    url: str | None = None


class MSeries(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    name: str
    description: str | None = None
    publisher: str | None = None


class MBulletin(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    schema_version: str
    id: str
    title: str
    date: datetime.date
    series: MSeries | None = None
    lead: str | None = None
    paragraphs: tuple[str, ...] = ()
    actors: tuple[MActor, ...] = ()
    meetings: tuple[MMeeting, ...] = ()
    license: MLicense | None = None
    appeal: str | None = None
    photo_credits: tuple[str, ...] = ()
    source_url: str | None = None
    language: str = "en"


# --- the same shape in pydantic v2 -----------------------------------------------------

STRICT = pydantic.ConfigDict(extra="forbid", strict=True, frozen=True)


class PSpan(pydantic.BaseModel):
    model_config = STRICT
    part: int
    start: int
    end: int


class PRole(pydantic.BaseModel):
    model_config = STRICT
    title: str
    country: str | None = None
    organization: str | None = None


class PActor(pydantic.BaseModel):
    model_config = STRICT
    id: str
    name: str
    kind: Literal["person", "state", "organization"]
    aliases: tuple[str, ...] = ()
    roles: tuple[PRole, ...] = ()
    country: str | None = None
    mentions: tuple[PSpan, ...] = ()


class PMeeting(pydantic.BaseModel):
    model_config = STRICT
    id: str
    kind: Literal["phone_call", "video_call", "talks", "visit", "summit", "negotiations", "other"]
    status: Literal["held", "planned", "proposed", "cancelled"]
    date: str | None = None
    participants: tuple[str, ...] = ()
    initiators: tuple[str, ...] = ()
    location: str | None = None
    format: str | None = None
    topics: tuple[str, ...] = ()
    evidence: PSpan | None = None


class PRule(pydantic.BaseModel):
    model_config = STRICT
    action: str
    target: str = "all"
    duties: tuple[str, ...] = ()


class PLicense(pydantic.BaseModel):
    model_config = STRICT
    text: str
    holder: str | None = None
    permissions: tuple[PRule, ...] = ()
    prohibitions: tuple[PRule, ...] = ()
    spdx: str | None = None
    url: str | None = None


class PSeries(pydantic.BaseModel):
    model_config = STRICT
    name: str
    description: str | None = None
    publisher: str | None = None


class PBulletin(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)
    schema_version: str
    id: str
    title: str
    date: datetime.date
    series: PSeries | None = None
    lead: str | None = None
    paragraphs: tuple[str, ...] = ()
    actors: tuple[PActor, ...] = ()
    meetings: tuple[PMeeting, ...] = ()
    license: PLicense | None = None
    appeal: str | None = None
    photo_credits: tuple[str, ...] = ()
    source_url: str | None = None
    language: str = "en"


def per_call_us(func: object, number: int) -> float:
    """The time of one call in microseconds, over ``number`` calls."""
    return timeit.timeit(func, number=number) / number * 1e6  # type: ignore[arg-type]


def main(rounds: int = 15, number: int = 300) -> None:
    bulletin = sample_bulletin()
    raw = to_json(bulletin).encode()
    assert from_json(raw, Bulletin) == bulletin
    m_obj = msgspec.json.decode(raw, type=MBulletin)
    p_obj = PBulletin.model_validate_json(raw)
    decoder = msgspec.json.Decoder(MBulletin)
    encoder = msgspec.json.Encoder()
    contestants = {
        "decode bulletinkit": lambda: from_json(raw, Bulletin),
        "decode msgspec": lambda: decoder.decode(raw),
        "decode pydantic": lambda: PBulletin.model_validate_json(raw),
        "encode bulletinkit": lambda: to_json(bulletin),
        "encode msgspec": lambda: encoder.encode(m_obj),
        "encode pydantic": lambda: p_obj.model_dump_json(exclude_none=True),
    }
    # Rounds interleave the contestants, so a shared machine's load drift hits them alike;
    # ratios are taken within each round, then the median over rounds is reported.
    times: dict[str, list[float]] = {name: [] for name in contestants}
    for _ in range(rounds):
        for name, func in contestants.items():
            times[name].append(per_call_us(func, number))
    med = {name: statistics.median(values) for name, values in times.items()}

    def ratio(a: str, b: str) -> float:
        return statistics.median(x / y for x, y in zip(times[a], times[b], strict=True))

    print(f"document: {len(raw)} bytes of JSON; JSON backend: {backend.BACKEND}")
    for name, value in med.items():
        print(f"{name:22s} {value:8.1f} us (median of {rounds} rounds)")
    print(
        f"decode: {ratio('decode bulletinkit', 'decode msgspec'):.2f}x msgspec's time"
        f" (target <= 2.5x); pydantic takes"
        f" {ratio('decode pydantic', 'decode bulletinkit'):.2f}x ours (target >= 1.8x)"
    )
    print(
        f"encode: {ratio('encode bulletinkit', 'encode msgspec'):.2f}x msgspec's time"
        f" (target <= 3x); pydantic takes"
        f" {ratio('encode pydantic', 'encode bulletinkit'):.2f}x ours (target > 1x)"
    )


if __name__ == "__main__":
    main()
