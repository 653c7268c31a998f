"""The bulletin model written for msgspec and for pydantic v2, to measure bulletinkit against.

Both read and write the same JSON documents as :mod:`bulletinkit.codec` (absent values
omitted, ``null`` rejected, arrays always written) and check what
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
    from msgspec import UNSET, UnsetType

    Text = Annotated[str, msgspec.Meta(min_length=1)]
    Slug = Annotated[str, msgspec.Meta(pattern=SLUG)]
    Country = Annotated[str, msgspec.Meta(pattern=COUNTRY)]
    Edtf = Annotated[str, msgspec.Meta(pattern=EDTF)]
    # UNSET, not None: a missing member stays unset and is omitted again on output, and an
    # explicit null is rejected, as bulletinkit does.
    options: dict[str, Any] = {"forbid_unknown_fields": True, "frozen": True, "kw_only": True}

    class Span(msgspec.Struct, **options):
        part: Annotated[int, msgspec.Meta(ge=0)]
        start: Annotated[int, msgspec.Meta(ge=0)]
        end: Annotated[int, msgspec.Meta(ge=0)]

    class Role(msgspec.Struct, **options):
        title: Text
        country: Country | UnsetType = UNSET
        organization: Text | UnsetType = UNSET

    class Actor(msgspec.Struct, **options):
        id: Slug
        name: Text
        kind: ActorKind
        aliases: tuple[Text, ...] = ()
        roles: tuple[Role, ...] = ()
        country: Country | UnsetType = UNSET
        mentions: tuple[Span, ...] = ()

    class Meeting(msgspec.Struct, **options):
        id: Slug
        kind: MeetingKind
        status: MeetingStatus
        date: Edtf | UnsetType = UNSET
        participants: tuple[Text, ...] = ()
        initiators: tuple[Text, ...] = ()
        location: Text | UnsetType = UNSET
        format: Text | UnsetType = UNSET
        topics: tuple[Text, ...] = ()
        evidence: Span | UnsetType = UNSET

    class Rule(msgspec.Struct, **options):
        action: Action
        target: Target = Target.ALL
        duties: tuple[Duty, ...] = ()

    class LicenseNotice(msgspec.Struct, **options):
        text: Text
        holder: Text | UnsetType = UNSET
        permissions: tuple[Rule, ...] = ()
        prohibitions: tuple[Rule, ...] = ()
        spdx: Text | UnsetType = UNSET
        url: Text | UnsetType = UNSET

    class Series(msgspec.Struct, **options):
        name: Text
        description: Text | UnsetType = UNSET
        publisher: Text | UnsetType = UNSET

    class Bulletin(msgspec.Struct, **options):
        schema_version: Text
        id: Slug
        title: Text
        date: datetime.date
        series: Series | UnsetType = UNSET
        lead: Text | UnsetType = UNSET
        paragraphs: tuple[Text, ...] = ()
        actors: tuple[Actor, ...] = ()
        meetings: tuple[Meeting, ...] = ()
        license: LicenseNotice | UnsetType = UNSET
        appeal: Text | UnsetType = UNSET
        photo_credits: tuple[Text, ...] = ()
        source_url: Text | UnsetType = UNSET
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

    # ``None`` as the default of a non-optional type: a missing member reads as None and an
    # explicit null is rejected, as bulletinkit does; ``exclude_none`` then omits it.
    class Model(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    class Span(Model):
        part: Annotated[int, Field(ge=0)]
        start: Annotated[int, Field(ge=0)]
        end: Annotated[int, Field(ge=0)]

    class Role(Model):
        title: Text
        country: Country = None  # type: ignore[assignment]
        organization: Text = None  # type: ignore[assignment]

    class Actor(Model):
        id: Slug
        name: Text
        kind: ActorKind
        aliases: tuple[Text, ...] = ()
        roles: tuple[Role, ...] = ()
        country: Country = None  # type: ignore[assignment]
        mentions: tuple[Span, ...] = ()

    class Meeting(Model):
        id: Slug
        kind: MeetingKind
        status: MeetingStatus
        date: Edtf = None  # type: ignore[assignment]
        participants: tuple[Text, ...] = ()
        initiators: tuple[Text, ...] = ()
        location: Text = None  # type: ignore[assignment]
        format: Text = None  # type: ignore[assignment]
        topics: tuple[Text, ...] = ()
        evidence: Span = None  # type: ignore[assignment]

    class Rule(Model):
        action: Action
        target: Target = Target.ALL
        duties: tuple[Duty, ...] = ()

    class LicenseNotice(Model):
        text: Text
        holder: Text = None  # type: ignore[assignment]
        permissions: tuple[Rule, ...] = ()
        prohibitions: tuple[Rule, ...] = ()
        spdx: Text = None  # type: ignore[assignment]
        url: Text = None  # type: ignore[assignment]

    class Series(Model):
        name: Text
        description: Text = None  # type: ignore[assignment]
        publisher: Text = None  # type: ignore[assignment]

    class Bulletin(Model):
        schema_version: Text
        id: Slug
        title: Text
        date: datetime.date
        series: Series = None  # type: ignore[assignment]
        lead: Text = None  # type: ignore[assignment]
        paragraphs: tuple[Text, ...] = ()
        actors: tuple[Actor, ...] = ()
        meetings: tuple[Meeting, ...] = ()
        license: LicenseNotice = None  # type: ignore[assignment]
        appeal: Text = None  # type: ignore[assignment]
        photo_credits: tuple[Text, ...] = ()
        source_url: Text = None  # type: ignore[assignment]
        language: Text = "en"

    def encode(obj: object) -> str:
        assert isinstance(obj, Bulletin)
        return obj.model_dump_json(exclude_none=True)

    version = importlib.metadata.version("pydantic")
    del pydantic
    return Competitor("pydantic", version, Bulletin.model_validate_json, encode)
