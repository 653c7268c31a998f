# mypy: disable-error-code="valid-type, assignment"
# (the models are built at run time from type aliases held in variables)
"""The bulletin model written for msgspec and for pydantic v2, to measure bulletinkit against.

Both read and write the same JSON documents as :mod:`bulletinkit.codec` (absent values
omitted, ``null`` rejected, arrays always written) and enforce the same rules as
bulletinkit's models, each in its library's own idiom: required members, types with no
coercion (``123`` is not a string), enum values, unknown members rejected, non-blank
strings, the id slug, ISO 3166-1 alpha-2 codes from the same ``pycountry`` list, an ISO
bulletin date, meeting dates that are real EDTF dates or intervals (start not after
end) and spans whose end is not before their start. Where they hold less than
bulletinkit, it is in the types: a meeting date stays a checked string instead of a
``PartialDate``/``DateRange`` object, the bulletin date is a ``datetime.date``.

Both are development-only dependencies: :func:`load` raises ``ImportError`` when the
library is missing, and the benchmark then reports the row as "not installed".
"""

import calendar
import datetime
import functools
import importlib.metadata
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from bulletinkit import Action, ActorKind, Duty, MeetingKind, MeetingStatus, Target

__all__ = ["NAMES", "Competitor", "check_edtf", "load"]

NAMES = ("msgspec", "pydantic", "msgspec-types", "pydantic-types")
"""The competitors, in the order the report lists them.

``msgspec`` and ``pydantic`` enforce bulletinkit's rules (the targets compare with
them); the ``-types`` variants check only types, required and unknown members, enum
values, non-empty strings and the id slug: the floor each library reaches when a model
leaves the other rules out.
"""

SLUG = r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$"
NON_BLANK = r"\S"
COUNTRY = r"^[A-Z]{2}$"
EDTF = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?~?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?~?)?$"
_EDTF_PART = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?~?")


@dataclass(frozen=True)
class Competitor:
    """A library's decode (bytes -> typed, validated object) and encode (object -> JSON)."""

    name: str
    version: str
    decode: Callable[[bytes], object]
    encode: Callable[[object], bytes | str]


def load(name: str) -> Competitor:
    """The competitor called ``name``; ``ImportError`` if its library is not installed."""
    library, _, variant = name.partition("-")
    if name not in NAMES:
        raise ValueError(f"unknown competitor {name!r}; expected one of {NAMES}")
    if library == "msgspec":
        return _msgspec(name, same_rules=not variant)
    if library == "pydantic":
        return _pydantic(name, same_rules=not variant)
    raise ValueError(f"unknown competitor {name!r}; expected one of {NAMES}")


@functools.cache
def _countries() -> Any:
    import pycountry  # the list bulletinkit's own country rule uses

    codes = tuple(sorted(country.alpha_2 for country in pycountry.countries))
    return Literal[codes]


def _bounds(text: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    match = _EDTF_PART.fullmatch(text)
    if match is None:
        raise ValueError(f"not an EDTF date: {text!r}")
    year, month, day = (None if part is None else int(part) for part in match.groups())
    assert year is not None
    if not 1 <= year <= 9999 or (month is not None and not 1 <= month <= 12):
        raise ValueError(f"no such date: {text!r}")
    last = calendar.monthrange(year, month or 12)[1]
    if day is not None and not 1 <= day <= last:
        raise ValueError(f"no such date: {text!r}")
    return (year, month or 1, day or 1), (year, month or 12, day or last)


def check_edtf(text: str) -> str:
    """``text`` if it is a real EDTF date or interval (start not after end), else ValueError."""
    parts = text.split("/")
    if len(parts) > 2:
        raise ValueError(f"not an EDTF date or interval: {text!r}")
    bounds = [_bounds(part) for part in parts]
    if len(bounds) == 2 and bounds[0][0] > bounds[1][1]:
        raise ValueError(f"interval ends before it starts: {text!r}")
    return text


def _msgspec(name: str, *, same_rules: bool) -> Competitor:
    import msgspec
    from msgspec import UNSET, UnsetType

    text = msgspec.Meta(pattern=NON_BLANK) if same_rules else msgspec.Meta(min_length=1)
    Text = Annotated[str, text]
    Slug = Annotated[str, msgspec.Meta(pattern=SLUG)]
    Country = _countries() if same_rules else Annotated[str, msgspec.Meta(pattern=COUNTRY)]
    # UNSET, not None: a missing member stays unset and is omitted again on output, and an
    # explicit null is rejected, as bulletinkit does.
    options: dict[str, Any] = {"forbid_unknown_fields": True, "frozen": True, "kw_only": True}

    class Span(msgspec.Struct, **options):
        part: Annotated[int, msgspec.Meta(ge=0)]
        start: Annotated[int, msgspec.Meta(ge=0)]
        end: Annotated[int, msgspec.Meta(ge=0)]

        def __post_init__(self) -> None:
            if same_rules and self.end < self.start:
                raise ValueError("a span may not end before it starts")

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
        date: Text | UnsetType = UNSET
        participants: tuple[Text, ...] = ()
        initiators: tuple[Text, ...] = ()
        location: Text | UnsetType = UNSET
        format: Text | UnsetType = UNSET
        topics: tuple[Text, ...] = ()
        evidence: Span | UnsetType = UNSET

        def __post_init__(self) -> None:
            if same_rules and self.date is not UNSET:
                check_edtf(self.date)

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

    class Dateline(msgspec.Struct, **options):
        place: Text | UnsetType = UNSET
        agency: Text | UnsetType = UNSET

        def __post_init__(self) -> None:
            if self.place is UNSET and self.agency is UNSET:
                raise ValueError("a dateline needs a place or an agency")

    class Issue(msgspec.Struct, **options):
        code: Text
        message: Text
        location: str = ""
        severity: Literal["error", "warning"] = "error"
        expected: str | UnsetType = UNSET
        found: str | UnsetType = UNSET

    class Provenance(msgspec.Struct, **options):
        generator: Text
        notes: tuple[Issue, ...] = ()

    class Bulletin(msgspec.Struct, **options):
        schema_version: Text
        id: Slug
        title: Text | UnsetType = UNSET
        date: datetime.date | UnsetType = UNSET
        series: Series | UnsetType = UNSET
        dateline: Dateline | UnsetType = UNSET
        authors: tuple[Text, ...] = ()
        lead: Text | UnsetType = UNSET
        paragraphs: tuple[Text, ...] = ()
        captions: tuple[Text, ...] = ()
        actors: tuple[Actor, ...] = ()
        meetings: tuple[Meeting, ...] = ()
        license: LicenseNotice | UnsetType = UNSET
        appeal: Text | UnsetType = UNSET
        photo_credits: tuple[Text, ...] = ()
        source_url: Text | UnsetType = UNSET
        language: Text = "en"
        provenance: Provenance | UnsetType = UNSET

    decoder = msgspec.json.Decoder(Bulletin)
    encoder = msgspec.json.Encoder()
    return Competitor(name, msgspec.__version__, decoder.decode, encoder.encode)


def _pydantic(name: str, *, same_rules: bool) -> Competitor:
    import pydantic
    from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

    Text = Annotated[str, Field(pattern=NON_BLANK) if same_rules else Field(min_length=1)]
    Slug = Annotated[str, Field(pattern=SLUG)]
    Country = _countries() if same_rules else Annotated[str, Field(pattern=COUNTRY)]
    Edtf = Annotated[str, AfterValidator(check_edtf) if same_rules else Field(pattern=EDTF)]

    # ``None`` as the default of a non-optional type: a missing member reads as None and an
    # explicit null is rejected, as bulletinkit does; ``exclude_none`` then omits it.
    class Model(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    class Span(Model):
        part: Annotated[int, Field(ge=0)]
        start: Annotated[int, Field(ge=0)]
        end: Annotated[int, Field(ge=0)]

        @model_validator(mode="after")
        def _ordered(self) -> "Span":
            if same_rules and self.end < self.start:
                raise ValueError("a span may not end before it starts")
            return self

    class Role(Model):
        title: Text
        country: Country = None
        organization: Text = None

    class Actor(Model):
        id: Slug
        name: Text
        kind: ActorKind
        aliases: tuple[Text, ...] = ()
        roles: tuple[Role, ...] = ()
        country: Country = None
        mentions: tuple[Span, ...] = ()

    class Meeting(Model):
        id: Slug
        kind: MeetingKind
        status: MeetingStatus
        date: Edtf = None
        participants: tuple[Text, ...] = ()
        initiators: tuple[Text, ...] = ()
        location: Text = None
        format: Text = None
        topics: tuple[Text, ...] = ()
        evidence: Span = None

    class Rule(Model):
        action: Action
        target: Target = Target.ALL
        duties: tuple[Duty, ...] = ()

    class LicenseNotice(Model):
        text: Text
        holder: Text = None
        permissions: tuple[Rule, ...] = ()
        prohibitions: tuple[Rule, ...] = ()
        spdx: Text = None
        url: Text = None

    class Series(Model):
        name: Text
        description: Text = None
        publisher: Text = None

    class Dateline(Model):
        place: Text = None
        agency: Text = None

        @model_validator(mode="after")
        def _one(self) -> "Dateline":
            if self.place is None and self.agency is None:
                raise ValueError("a dateline needs a place or an agency")
            return self

    class Issue(Model):
        code: Text
        message: Text
        location: str = ""
        severity: Literal["error", "warning"] = "error"
        expected: str = None
        found: str = None

    class Provenance(Model):
        generator: Text
        notes: tuple[Issue, ...] = ()

    class Bulletin(Model):
        schema_version: Text
        id: Slug
        title: Text = None
        date: datetime.date = None
        series: Series = None
        dateline: Dateline = None
        authors: tuple[Text, ...] = ()
        lead: Text = None
        paragraphs: tuple[Text, ...] = ()
        captions: tuple[Text, ...] = ()
        actors: tuple[Actor, ...] = ()
        meetings: tuple[Meeting, ...] = ()
        license: LicenseNotice = None
        appeal: Text = None
        photo_credits: tuple[Text, ...] = ()
        source_url: Text = None
        language: Text = "en"
        provenance: Provenance = None

    def encode(obj: object) -> str:
        assert isinstance(obj, Bulletin)
        return obj.model_dump_json(exclude_none=True)

    version = importlib.metadata.version("pydantic")
    del pydantic
    return Competitor(name, version, Bulletin.model_validate_json, encode)
