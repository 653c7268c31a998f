"""Hypothesis strategies for every bulletinkit model, shared by the whole test suite.

Every strategy draws *valid* objects. ``bulletins()`` also keeps a bulletin consistent
across objects (unique ids, participants that name its actors, spans inside its text, held
meetings not after its date) unless ``consistent=False``. Object strategies take
``with_extra=True`` to add unknown members to ``extra``, as ``lenient=True`` reading
would; by default ``extra`` is empty, so ``to_dict(x)`` matches the schema files.
"""

from __future__ import annotations

import calendar
from typing import Any

import attrs
import pendulum
import pycountry
from hypothesis import strategies as st

from bulletinkit import (
    Action,
    Actor,
    ActorKind,
    Bulletin,
    Dateline,
    DateRange,
    Duty,
    Issue,
    LicenseNotice,
    Meeting,
    MeetingKind,
    MeetingStatus,
    PartialDate,
    Provenance,
    Role,
    Rule,
    Series,
    Severity,
    Span,
    Target,
)

__all__ = [
    "actors",
    "bulletins",
    "date_ranges",
    "datelines",
    "dates",
    "extras",
    "issues",
    "license_notices",
    "meetings",
    "partial_dates",
    "provenances",
    "roles",
    "rules",
    "series",
    "slugs",
    "spans",
    "texts",
]

COUNTRY_CODES = sorted(country.alpha_2 for country in pycountry.countries)


def texts(max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank text of any script (no lone surrogates: they are not UTF-8)."""
    return st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=max_size).filter(
        str.strip
    )


def slugs() -> st.SearchStrategy[str]:
    """Lower-case ids such as ``emmanuel-macron`` or ``m1``."""
    return st.from_regex(r"[a-z0-9]{1,8}(?:[-_.][a-z0-9]{1,8}){0,2}", fullmatch=True)


def dates() -> st.SearchStrategy[pendulum.Date]:
    """Calendar days as ``pendulum.Date``."""
    return st.dates().map(lambda day: pendulum.Date(day.year, day.month, day.day))


_JSON_SCALARS = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=10)
_JSON_VALUES = st.recursive(
    _JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def extras(reserved: frozenset[str]) -> st.SearchStrategy[dict[str, Any]]:
    """Unknown members (JSON values without floats) under keys not in ``reserved``."""
    key = st.text(max_size=12).filter(lambda k: k not in reserved and k != "schema_version")
    return st.dictionaries(key, _JSON_VALUES, min_size=1, max_size=3)


def _with_extra(
    base: st.SearchStrategy[Any], cls: type, with_extra: bool
) -> st.SearchStrategy[Any]:
    if not with_extra:
        return base
    reserved = frozenset(field.name for field in attrs.fields(cls))
    return st.tuples(base, st.none() | extras(reserved)).map(
        lambda pair: pair[0] if pair[1] is None else attrs.evolve(pair[0], extra=pair[1])
    )


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    """Dates known to the day, month or year, sometimes approximate (``~``)."""
    year = draw(st.integers(1, 9999))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    month = None if precision == "year" else draw(st.integers(1, 12))
    day = None
    if precision == "day" and month is not None:
        day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year=year, month=month, day=day, approximate=draw(st.booleans()))


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    """Intervals whose start does not begin after their end."""
    first, second = draw(partial_dates()), draw(partial_dates())
    if first.earliest > second.latest:
        first, second = second, first
    return DateRange(start=first, end=second)


@st.composite
def spans(draw: st.DrawFn, part: int | None = None, length: int | None = None) -> Span:
    """Spans ``(part, start, end)``; inside a text of ``length`` characters when given."""
    part = draw(st.integers(0, 20)) if part is None else part
    limit = 500 if length is None else length
    start = draw(st.integers(0, limit))
    end = draw(st.integers(start, limit if length is not None else start + 200))
    return Span(part=part, start=start, end=end)


def _country() -> st.SearchStrategy[str | None]:
    return st.none() | st.sampled_from(COUNTRY_CODES)


def _optional_text() -> st.SearchStrategy[str | None]:
    return st.none() | texts()


def roles(*, with_extra: bool = False) -> st.SearchStrategy[Role]:
    """Positions such as ``Role(title="President", country="FR")``."""
    base = st.builds(Role, title=texts(), country=_country(), organization=_optional_text())
    return _with_extra(base, Role, with_extra)


def series(*, with_extra: bool = False) -> st.SearchStrategy[Series]:
    """Series such as "Russia Monitor" by "Warsaw Institute"."""
    base = st.builds(Series, name=texts(), description=_optional_text(), publisher=_optional_text())
    return _with_extra(base, Series, with_extra)


@st.composite
def _dateline(draw: st.DrawFn) -> Dateline:
    place, agency = draw(_optional_text()), draw(_optional_text())
    if place is None and agency is None:
        place = draw(texts())
    return Dateline(place=place, agency=agency)


def datelines(*, with_extra: bool = False) -> st.SearchStrategy[Dateline]:
    """Datelines with a place, an agency or both (never neither)."""
    return _with_extra(_dateline(), Dateline, with_extra)


def issues() -> st.SearchStrategy[Issue]:
    """Issue records as notes keep them: any code and message, a location, a severity."""
    return st.builds(
        Issue,
        code=st.sampled_from(["no-date", "no-title", "date-conflict", "ambiguous-date"])
        | texts(12),
        message=texts(60),
        location=st.sampled_from(["", "line 1", "line 12", "/title"]) | st.text(max_size=10),
        severity=st.sampled_from(Severity),
        expected=st.none() | st.text(max_size=20),
        found=st.none() | st.text(max_size=20),
    )


def provenances(*, with_extra: bool = False) -> st.SearchStrategy[Provenance]:
    """Provenance records: a generator such as "bulletinkit 0.2.0" and a few notes."""
    base = st.builds(
        Provenance,
        generator=st.sampled_from(["bulletinkit 0.2.0", "bulletinkit 0.1.0"]) | texts(20),
        notes=_tuple_of(issues()),
    )
    return _with_extra(base, Provenance, with_extra)


def rules(*, with_extra: bool = False) -> st.SearchStrategy[Rule]:
    """ODRL-style rules with distinct duties."""
    base = st.builds(
        Rule,
        action=st.sampled_from(Action),
        target=st.sampled_from(Target),
        duties=st.lists(st.sampled_from(Duty), unique=True, max_size=3).map(tuple),
    )
    return _with_extra(base, Rule, with_extra)


def license_notices(*, with_extra: bool = False) -> st.SearchStrategy[LicenseNotice]:
    """License notices with their verbatim text and a few rules."""
    rule_list = st.lists(rules(with_extra=with_extra), max_size=3).map(tuple)
    base = st.builds(
        LicenseNotice,
        text=texts(80),
        holder=_optional_text(),
        permissions=rule_list,
        prohibitions=rule_list,
        spdx=st.none() | st.sampled_from(["CC-BY-4.0", "CC-BY-NC-4.0", "CC0-1.0"]),
        url=st.none() | st.just("https://example.org/terms"),
    )
    return _with_extra(base, LicenseNotice, with_extra)


def _tuple_of(strategy: st.SearchStrategy[Any], max_size: int = 3) -> st.SearchStrategy[Any]:
    if strategy.is_empty:
        return st.just(())
    return st.lists(strategy, max_size=max_size).map(tuple)


def actors(
    *, with_extra: bool = False, mentions: st.SearchStrategy[Span] | None = None
) -> st.SearchStrategy[Actor]:
    """People, states and organisations with aliases, roles and mentions."""
    base = st.builds(
        Actor,
        id=slugs(),
        name=texts(),
        kind=st.sampled_from(ActorKind),
        aliases=_tuple_of(texts()),
        roles=_tuple_of(roles(with_extra=with_extra), 2),
        country=_country(),
        mentions=_tuple_of(spans() if mentions is None else mentions),
    )
    return _with_extra(base, Actor, with_extra)


def meetings(
    *,
    with_extra: bool = False,
    actor_ids: st.SearchStrategy[str] | None = None,
    evidence: st.SearchStrategy[Span] | None = None,
) -> st.SearchStrategy[Meeting]:
    """Meetings of every kind and status; single dates and ranges."""
    ids = slugs() if actor_ids is None else actor_ids
    base = st.builds(
        Meeting,
        id=slugs(),
        kind=st.sampled_from(MeetingKind),
        status=st.sampled_from(MeetingStatus),
        date=st.none() | partial_dates() | date_ranges(),
        participants=_tuple_of(ids),
        initiators=_tuple_of(ids, 2),
        location=_optional_text(),
        format=st.none() | st.sampled_from(["two-plus-two", "Normandy format"]),
        topics=_tuple_of(texts()),
        evidence=st.none() | (spans() if evidence is None else evidence),
    )
    return _with_extra(base, Meeting, with_extra)


@st.composite
def _bulletin(draw: st.DrawFn, with_extra: bool, consistent: bool) -> Bulletin:
    lead = draw(_optional_text())
    paragraphs = draw(_tuple_of(texts(120), 4))
    captions = draw(_tuple_of(texts(60), 2))
    parts = (*(paragraphs if lead is None else (lead, *paragraphs)), *captions)
    date = draw(st.none() | dates())
    if consistent:
        span_strategy: st.SearchStrategy[Span] = (
            st.integers(0, len(parts) - 1).flatmap(lambda i: spans(part=i, length=len(parts[i])))
            if parts
            else st.nothing()
        )
        people = draw(
            st.lists(
                actors(with_extra=with_extra, mentions=span_strategy),
                max_size=4,
                unique_by=lambda actor: actor.id,
            )
        )
        actor_ids = st.sampled_from([a.id for a in people]) if people else st.nothing()
        events = draw(
            st.lists(
                meetings(with_extra=with_extra, actor_ids=actor_ids, evidence=span_strategy),
                max_size=3,
                unique_by=lambda meeting: meeting.id,
            )
        )
        events = [_not_held_after(meeting, date) for meeting in events]
    else:
        people = draw(st.lists(actors(with_extra=with_extra), max_size=4))
        events = draw(st.lists(meetings(with_extra=with_extra), max_size=3))
    fields: dict[str, Any] = {
        "title": draw(st.none() | texts(80)),
        "date": date,
        "series": draw(st.none() | series(with_extra=with_extra)),
        "dateline": draw(st.none() | datelines(with_extra=with_extra)),
        "authors": draw(_tuple_of(texts(), 2)),
        "lead": lead,
        "paragraphs": paragraphs,
        "captions": captions,
        "actors": tuple(people),
        "meetings": tuple(events),
        "license": draw(st.none() | license_notices(with_extra=with_extra)),
        "appeal": draw(_optional_text()),
        "photo_credits": draw(_tuple_of(texts(), 2)),
        "source_url": draw(st.none() | st.just("https://example.org/bulletin/1")),
        "language": draw(st.sampled_from(["en", "pl", "ru", "de"])),
        "provenance": draw(st.none() | provenances(with_extra=with_extra)),
    }
    if draw(st.booleans()):
        fields["id"] = draw(slugs())
    bulletin = Bulletin(**fields)
    return draw(_with_extra(st.just(bulletin), Bulletin, with_extra))


def _not_held_after(meeting: Meeting, date: pendulum.Date | None) -> Meeting:
    if date is None:
        return meeting
    held = meeting.status is MeetingStatus.HELD
    if held and meeting.date is not None and meeting.date.latest > date:
        return attrs.evolve(meeting, status=MeetingStatus.PLANNED)
    return meeting


def bulletins(*, with_extra: bool = False, consistent: bool = True) -> st.SearchStrategy[Bulletin]:
    """Whole bulletins with actors, meetings and a license notice; with or without a
    date and a title, a dateline, authors, captions and a provenance with notes.

    ``consistent=True`` (the default) keeps the rules across objects: unique actor and
    meeting ids, participants and initiators that name the bulletin's actors, spans that
    point inside its text (the captions included), and held meetings not dated after the bulletin.
    """
    return _bulletin(with_extra, consistent)
