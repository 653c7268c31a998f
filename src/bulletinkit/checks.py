"""Rules across the objects of a bulletin, which a JSON Schema cannot express.

Each rule is a generator that yields :class:`~bulletinkit.Issue` records with a stable
code (``BK1xx`` for errors, rules a bulletin must follow; ``BK2xx`` for warnings, rules
it should follow), in the manner of the STIX 2.1 validator's musts and shoulds.
:func:`check` runs them; rules can be selected or ignored by code or name, and
``strict=True`` turns warnings into errors.

These rules are checked here and by :func:`bulletinkit.validate`, not when a
:class:`~bulletinkit.Bulletin` is constructed: a bulletin being assembled, or one read
from a partial source, may break them for a while, and a report that lists every
broken rule at once is more useful than the first exception.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import attrs
import pendulum

from bulletinkit.errors import BulletinkitError, Issue, Severity, excerpt
from bulletinkit.model import Bulletin, DateRange, MeetingStatus, PartialDate, Span

__all__ = ["CHECKS", "Check", "check"]


@attrs.frozen(kw_only=True)
class Check:
    """One cross-object rule: a stable ``code``, a ``name``, a ``severity`` and its function."""

    code: str
    name: str
    severity: Severity
    summary: str
    run: Callable[[Bulletin], Iterator[Issue]] = attrs.field(repr=False)


def _issue(code: str, severity: Severity, location: str, message: str, **kw: str | None) -> Issue:
    return Issue(code=code, severity=severity, location=location, message=message, **kw)


def _unique_ids(bulletin: Bulletin) -> Iterator[Issue]:
    actor_ids = [actor.id for actor in bulletin.actors]
    meeting_ids = [meeting.id for meeting in bulletin.meetings]
    for group, ids in (("actors", actor_ids), ("meetings", meeting_ids)):
        seen: dict[str, str] = {}
        for index, ident in enumerate(ids):
            where = f"/{group}/{index}/id"
            if ident in seen:
                yield _issue(
                    "BK101",
                    Severity.ERROR,
                    where,
                    f"id {ident!r} is already used at {seen[ident]}",
                    expected=f"an id unique among the bulletin's {group}",
                    found=excerpt(ident),
                )
            else:
                seen[ident] = where


def _references(member: str, code: str, what: str) -> Callable[[Bulletin], Iterator[Issue]]:
    def rule(bulletin: Bulletin) -> Iterator[Issue]:
        actor_ids = {actor.id for actor in bulletin.actors}
        for m, meeting in enumerate(bulletin.meetings):
            for p, ident in enumerate(getattr(meeting, member)):
                if ident not in actor_ids:
                    yield _issue(
                        code,
                        Severity.ERROR,
                        f"/meetings/{m}/{member}/{p}",
                        f"{what} {ident!r} is not the id of an actor of this bulletin",
                        expected="the id of one of the bulletin's actors",
                        found=excerpt(ident),
                    )

    return rule


def _earliest(date: PartialDate | DateRange) -> pendulum.Date:
    return date.earliest


def _held_not_after_bulletin(bulletin: Bulletin) -> Iterator[Issue]:
    if bulletin.date is None:  # an undated bulletin: nothing to compare with
        return
    for m, meeting in enumerate(bulletin.meetings):
        date = meeting.date
        if (
            meeting.status is MeetingStatus.HELD
            and date is not None
            and _earliest(date) > bulletin.date
        ):
            yield _issue(
                "BK104",
                Severity.ERROR,
                f"/meetings/{m}/date",
                f"a held meeting is dated {meeting.date}, after the bulletin's date "
                f"{bulletin.date.isoformat()}",
                expected=f"a date on or before {bulletin.date.isoformat()}",
                found=excerpt(str(meeting.date)),
            )


def _spans(bulletin: Bulletin) -> Iterator[tuple[str, Span]]:
    for a, actor in enumerate(bulletin.actors):
        for s, span in enumerate(actor.mentions):
            yield f"/actors/{a}/mentions/{s}", span
    for m, meeting in enumerate(bulletin.meetings):
        if meeting.evidence is not None:
            yield f"/meetings/{m}/evidence", meeting.evidence


def _spans_inside_text(bulletin: Bulletin) -> Iterator[Issue]:
    parts = bulletin.parts
    for where, span in _spans(bulletin):
        if span.part >= len(parts):
            yield _issue(
                "BK105",
                Severity.ERROR,
                f"{where}/part",
                f"part {span.part} does not exist: the bulletin has {len(parts)} part(s)",
                expected=f"a part index below {len(parts)}",
                found=str(span.part),
            )
        elif span.end > len(parts[span.part]):
            yield _issue(
                "BK105",
                Severity.ERROR,
                f"{where}/end",
                f"end {span.end} is past the end of part {span.part} "
                f"({len(parts[span.part])} characters)",
                expected=f"an offset of at most {len(parts[span.part])}",
                found=str(span.end),
            )


def _initiators_take_part(bulletin: Bulletin) -> Iterator[Issue]:
    for m, meeting in enumerate(bulletin.meetings):
        for i, ident in enumerate(meeting.initiators):
            if meeting.participants and ident not in meeting.participants:
                yield _issue(
                    "BK201",
                    Severity.WARNING,
                    f"/meetings/{m}/initiators/{i}",
                    f"initiator {ident!r} is not among the meeting's participants",
                    expected="an initiator that is also a participant",
                    found=excerpt(ident),
                )


def _planned_not_past(bulletin: Bulletin) -> Iterator[Issue]:
    if bulletin.date is None:  # an undated bulletin: nothing to compare with
        return
    for m, meeting in enumerate(bulletin.meetings):
        date = meeting.date
        if (
            meeting.status is MeetingStatus.PLANNED
            and date is not None
            and date.latest < bulletin.date
        ):
            yield _issue(
                "BK202",
                Severity.WARNING,
                f"/meetings/{m}/date",
                f"a planned meeting is dated {meeting.date}, before the bulletin's date "
                f"{bulletin.date.isoformat()}",
                expected="a planned meeting on or after the bulletin's date",
                found=excerpt(str(meeting.date)),
            )


def _no_repeated_participants(bulletin: Bulletin) -> Iterator[Issue]:
    for m, meeting in enumerate(bulletin.meetings):
        for member in ("participants", "initiators"):
            seen: set[str] = set()
            for p, ident in enumerate(getattr(meeting, member)):
                if ident in seen:
                    yield _issue(
                        "BK203",
                        Severity.WARNING,
                        f"/meetings/{m}/{member}/{p}",
                        f"{ident!r} is listed twice",
                        expected="each actor id once",
                        found=excerpt(ident),
                    )
                seen.add(ident)


E, W = Severity.ERROR, Severity.WARNING
CHECKS: tuple[Check, ...] = (
    Check(code="BK101", name="unique-ids", severity=E, run=_unique_ids,
          summary="actor ids are unique among actors, meeting ids among meetings"),
    Check(code="BK102", name="known-participants", severity=E,
          run=_references("participants", "BK102", "participant"),
          summary="meeting participants are ids of the bulletin's actors"),
    Check(code="BK103", name="known-initiators", severity=E,
          run=_references("initiators", "BK103", "initiator"),
          summary="meeting initiators are ids of the bulletin's actors"),
    Check(code="BK104", name="held-not-after-bulletin", severity=E,
          run=_held_not_after_bulletin,
          summary="a held meeting does not begin after the bulletin's date (if it has one)"),
    Check(code="BK105", name="spans-inside-text", severity=E, run=_spans_inside_text,
          summary="every span lies inside an existing part: the lead, a paragraph or a caption"),
    Check(code="BK201", name="initiators-take-part", severity=W, run=_initiators_take_part,
          summary="a meeting's initiators are among its participants"),
    Check(code="BK202", name="planned-not-past", severity=W, run=_planned_not_past,
          summary="a planned meeting does not end before the bulletin's date (if it has one)"),
    Check(code="BK203", name="no-repeated-participants", severity=W,
          run=_no_repeated_participants,
          summary="no actor id is listed twice as participant or initiator of a meeting"),
)  # fmt: skip
"""Every rule :func:`check` knows, in the order it runs them."""

_BY_KEY = {key: rule for rule in CHECKS for key in (rule.code, rule.name)}


def _resolve(keys: Iterable[str]) -> set[str]:
    codes = set()
    for key in keys:
        if key not in _BY_KEY:
            known = ", ".join(f"{rule.code} ({rule.name})" for rule in CHECKS)
            raise BulletinkitError(f"unknown check {key!r}; the checks are: {known}")
        codes.add(_BY_KEY[key].code)
    return codes


def check(
    bulletin: Bulletin,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    strict: bool = False,
) -> tuple[Issue, ...]:
    """Every problem the cross-object rules find in ``bulletin``; empty when it follows them.

    ``select`` runs only the rules named (by code such as ``"BK102"`` or by name such as
    ``"known-participants"``), ``ignore`` skips some; an unknown code raises
    :class:`~bulletinkit.BulletinkitError`. Rules ``BK1xx`` report errors and ``BK2xx``
    warnings; ``strict=True`` reports the warnings as errors. Each issue's ``location``
    is the JSON pointer of the offending member in the bulletin's JSON form.
    """
    chosen = _resolve(select) if select is not None else {rule.code for rule in CHECKS}
    chosen -= _resolve(ignore)
    found: list[Issue] = []
    for rule in CHECKS:
        if rule.code in chosen:
            for issue in rule.run(bulletin):
                if strict and issue.severity is Severity.WARNING:
                    issue = attrs.evolve(issue, severity=Severity.ERROR)
                found.append(issue)
    return tuple(found)
