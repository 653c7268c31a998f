"""The bulletin model written for msgspec and for pydantic v2, to measure bulletinkit against.

Both read and write the same JSON documents as :mod:`bulletinkit.codec` and check what
those libraries check natively and cheaply: required members, types (no coercion of
``123`` into ``"123"``), enum values, unknown members rejected, non-empty strings, the id
slug, an ISO date and an EDTF-shaped string for meeting dates. They do *not* check
calendar validity of partial dates, the ISO 3166 country list or date ranges, which
bulletinkit does: the comparison is, if anything, unfair to bulletinkit.

Both are development-only dependencies: :func:`load` raises ``ImportError`` when the
library is missing, and the benchmark then reports the row as "not installed".
"""

import datetime
import importlib.metadata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from bulletinkit import Action, ActorKind, Duty, MeetingKind, MeetingStatus, Target

__all__ = ["NAMES", "Competitor", "load"]

NAMES = ("msgspec", "pydantic")
"""The competitors, in the order the report lists them."""

SLUG = r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$"
EDTF = r"^\d{4}(-\d{2}(-\d{2})?)?~?(/\d{4}(-\d{2}(-\d{2})?)?~?)?$"
COUNTRY = r"^[A-Z]{2}$"


@dataclass(frozen=True)
class Competitor:
    """A library's decode (bytes -> typed, validated object) and encode (object -> JSON)."""

    name: str
    version: str
    decode: Callable[[bytes], object]
    encode: Callable[[object], bytes | str]


def load(name: str) -> Competitor:
    """The competitor called ``name``; ``ImportError`` if its library is not installed."""
    if name == "msgspec":
        return _msgspec()
    if name == "pydantic":
        return _pydantic()
    raise ValueError(f"unknown competitor {name!r}; expected one of {NAMES}")


def _msgspec() -> Competitor:
    import msgspec

    Text = Annotated[str, msgspec.Meta(min_length=1)]
    Slug = Annotated[str, msgspec.Meta(pattern=SLUG)]
    Country = Annotated[str, msgspec.Meta(pattern=COUNTRY)]
    Edtf = Annotated[str, msgspec.Meta(pattern=EDTF)]
    options: dict[str, Any] = {"forbid_unknown_fields": True, "frozen": True, "kw_only": True}
    options["omit_defaults"] = True

    class Span(msgspec.Struct, **options):
        part: Annotated[int, msgspec.Meta(ge=0)]
        start: Annotated[int, msgspec.Meta(ge=0)]
        end: Annotated[int, msgspec.Meta(ge=0)]

    class Role(msgspec.Struct, **options):
        title: Text
        country: Country | None = None
        organization: Text | None = None

    class Actor(msgspec.Struct, **options):
        id: Slug
        name: Text
        kind: ActorKind
        aliases: tuple[Text, ...] = ()
        roles: tuple[Role, ...] = ()
        country: Country | None = None
        mentions: tuple[Span, ...] = ()

    class Meeting(msgspec.Struct, **options):
        id: Slug
        kind: MeetingKind
        status: MeetingStatus
        date: Edtf | None = None
        participants: tuple[Text, ...] = ()
        initiators: tuple[Text, ...] = ()
        location: Text | None = None
        format: Text | None = None
        topics: tuple[Text, ...] = ()
        evidence: Span | None = None

    class Rule(msgspec.Struct, **options):
        action: Action
        target: Target
        duties: tuple[Duty, ...] = ()

    class LicenseNotice(msgspec.Struct, **options):
        text: Text
        holder: Text | None = None
        permissions: tuple[Rule, ...] = ()
        prohibitions: tuple[Rule, ...] = ()
        spdx: Text | None = None
        url: Text | None = None

    class Series(msgspec.Struct, **options):
        name: Text
        description: Text | None = None
        publisher: Text | None = None

    class Bulletin(msgspec.Struct, **options):
        schema_version: Text
        id: Slug
        title: Text
        date: datetime.date
        series: Series | None = None
        lead: Text | None = None
        paragraphs: tuple[Text, ...] = ()
        actors: tuple[Actor, ...] = ()
        meetings: tuple[Meeting, ...] = ()
        license: LicenseNotice | None = None
        appeal: Text | None = None
        photo_credits: tuple[Text, ...] = ()
        source_url: Text | None = None
        language: Text = "en"

    decoder = msgspec.json.Decoder(Bulletin)
    encoder = msgspec.json.Encoder()
    return Competitor("msgspec", msgspec.__version__, decoder.decode, encoder.encode)


def _pydantic() -> Competitor:
    import pydantic
    from pydantic import BaseModel, ConfigDict, Field

    Text = Annotated[str, Field(min_length=1)]
    Slug = Annotated[str, Field(pattern=SLUG)]
    Country = Annotated[str, Field(pattern=COUNTRY)]
    Edtf = Annotated[str, Field(pattern=EDTF)]

    class Model(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    class Span(Model):
        part: Annotated[int, Field(ge=0)]
        start: Annotated[int, Field(ge=0)]
        end: Annotated[int, Field(ge=0)]

    class Role(Model):
        title: Text
        country: Country | None = None
        organization: Text | None = None

    class Actor(Model):
        id: Slug
        name: Text
        kind: ActorKind
        aliases: tuple[Text, ...] = ()
        roles: tuple[Role, ...] = ()
        country: Country | None = None
        mentions: tuple[Span, ...] = ()

    class Meeting(Model):
        id: Slug
        kind: MeetingKind
        status: MeetingStatus
        date: Edtf | None = None
        participants: tuple[Text, ...] = ()
        initiators: tuple[Text, ...] = ()
        location: Text | None = None
        format: Text | None = None
        topics: tuple[Text, ...] = ()
        evidence: Span | None = None

    class Rule(Model):
        action: Action
        target: Target
        duties: tuple[Duty, ...] = ()

    class LicenseNotice(Model):
        text: Text
        holder: Text | None = None
        permissions: tuple[Rule, ...] = ()
        prohibitions: tuple[Rule, ...] = ()
        spdx: Text | None = None
        url: Text | None = None

    class Series(Model):
        name: Text
        description: Text | None = None
        publisher: Text | None = None

    class Bulletin(Model):
        schema_version: Text
        id: Slug
        title: Text
        date: datetime.date
        series: Series | None = None
        lead: Text | None = None
        paragraphs: tuple[Text, ...] = ()
        actors: tuple[Actor, ...] = ()
        meetings: tuple[Meeting, ...] = ()
        license: LicenseNotice | None = None
        appeal: Text | None = None
        photo_credits: tuple[Text, ...] = ()
        source_url: Text | None = None
        language: Text = "en"

    def encode(obj: object) -> str:
        assert isinstance(obj, Bulletin)
        return obj.model_dump_json(exclude_defaults=True)

    version = importlib.metadata.version("pydantic")
    del pydantic
    return Competitor("pydantic", version, Bulletin.model_validate_json, encode)
