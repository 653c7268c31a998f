"""A deterministic benchmark corpus: bulletins as models and as text pages.

Everything comes from a seeded :class:`random.Random` and the invented words in
``vocabulary.json``, so the same seed gives byte-identical documents on every run.
At scale 1 a model bulletin has 10 actors, 4 meetings and 6 paragraphs (about 7 KB
of JSON, like the seed once parsed); scale ``k`` multiplies those counts by ``k``.
A text page at scale 1 is about the seed's length (2.6 KB) in the Warsaw Institute
layout of ``shared/layouts.md``; scale ``k`` is ``k`` times as long.
"""

from __future__ import annotations

import hashlib
import json
import random
from functools import cache
from pathlib import Path
from typing import Any

import pendulum

from bulletinkit import (
    Action,
    Actor,
    ActorKind,
    Bulletin,
    DateRange,
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
)

__all__ = ["TEXT_PAGE_CHARS", "digest", "make_bulletin", "make_text", "vocabulary"]

TEXT_PAGE_CHARS = 2650
"""Characters in a scale-1 text page (the seed's length); scale ``k`` aims at ``k`` times it."""

_MONTHS = [pendulum.date(2021, m, 1).format("MMMM") for m in range(1, 13)]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@cache
def vocabulary() -> dict[str, Any]:
    """The invented names, places and sentence templates the corpus is made of."""
    path = Path(__file__).with_name("vocabulary.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def digest(items: list[bytes] | list[str]) -> str:
    """A short SHA-256 of a list of documents, to show that a corpus is reproducible."""
    sha = hashlib.sha256()
    for item in items:
        sha.update(item if isinstance(item, bytes) else item.encode("utf-8"))
        sha.update(b"\x00")
    return sha.hexdigest()[:16]


class _Writer:
    """Fills sentence templates with invented people, states and topics."""

    def __init__(self, rng: random.Random, date: pendulum.Date) -> None:
        self.rng = rng
        self.date = date
        self.voc = vocabulary()
        self.people: dict[str, tuple[str, dict[str, str]]] = {}

    def person(self) -> tuple[str, str, dict[str, str]]:
        """A new invented person (name, title, state), remembered in ``people``."""
        voc, rng = self.voc, self.rng
        name = f"{rng.choice(voc['first_names'])} {rng.choice(voc['surnames'])}"
        title, state = rng.choice(voc["titles"]), rng.choice(voc["states"])
        self.people.setdefault(name, (title, state))
        return name, title, state

    def named_person(self, index: int) -> tuple[str, str, dict[str, str]]:
        """The ``index``-th person the text named, or a new one past the end."""
        named = list(self.people.items())
        if index < len(named):
            name, (title, state) = named[index]
            return name, title, state
        return self.person()

    def when(self) -> str:
        rng, day = self.rng, self.rng.randint(1, 28)
        month = _MONTHS[rng.randrange(self.date.month)]
        template: str = rng.choice(self.voc["when"])
        return template.format(
            monthday=f"{month} {day}",
            daymonth=f"{day} {month}",
            weekday=rng.choice(_WEEKDAYS),
            month=rng.choice(_MONTHS),
        )

    def sentence(self) -> tuple[str, list[str]]:
        """A sentence and the person names it mentions."""
        voc, rng = self.voc, self.rng
        (a, ta, sa), (b, tb, sb) = self.person(), self.person()
        text = rng.choice(voc["sentences"]).format(
            a=a,
            b=b,
            ta=f"{sa['demonym']} {ta}",
            tb=f"{sb['demonym']} {tb}",
            sa=sa["name"],
            sb=sb["name"],
            da=sa["demonym"],
            db=sb["demonym"],
            place=rng.choice(voc["states"])["capital"],
            topic=rng.choice(voc["topics"]),
            when=self.when(),
            verb=rng.choice(list(voc["meeting_words"].values())),
        )
        return text, [name for name in (a, b) if name in text]

    def paragraph(self, chars: int) -> tuple[str, list[str]]:
        sentences: list[str] = []
        names: list[str] = []
        while sum(len(s) + 1 for s in sentences) < chars:
            text, found = self.sentence()
            sentences.append(text)
            names.extend(found)
        return " ".join(sentences), names

    def title(self) -> str:
        voc, rng = self.voc, self.rng
        a, b = (rng.choice(voc["surnames"]) for _ in range(2))
        return f"{a}, {b} Discuss {rng.choice(voc['topics']).title()}"


def _date(rng: random.Random) -> pendulum.Date:
    return pendulum.date(2019, 1, 1).add(days=rng.randrange(3 * 365))


def _series(rng: random.Random) -> Series:
    voc = vocabulary()
    chosen = rng.choice(voc["series"])
    description = f"{chosen['name']} is a review of the most important events related to "
    return Series(
        name=chosen["name"],
        description=description + chosen["topic"] + ".",
        publisher=voc["publisher"],
    )


def _license() -> LicenseNotice:
    voc = vocabulary()
    return LicenseNotice(
        text=voc["license"],
        holder=voc["publisher"],
        permissions=(Rule(action=Action.DISTRIBUTE, target=Target.TEXT, duties=(Duty.ATTRIBUTE,)),),
        prohibitions=(Rule(action=Action.USE, target=Target.IMAGE),),
    )


def _spans(parts: list[str], needle: str, limit: int = 3) -> tuple[Span, ...]:
    found: list[Span] = []
    for index, part in enumerate(parts):
        start = part.find(needle)
        while start >= 0 and len(found) < limit:
            found.append(Span(part=index, start=start, end=start + len(needle)))
            start = part.find(needle, start + 1)
    return tuple(found)


def _actors(writer: _Writer, parts: list[str], scale: int) -> list[Actor]:
    rng, voc = writer.rng, writer.voc
    actors: list[Actor] = []
    for index in range(10 * scale):
        slot = index % 10
        if slot < 6:
            name, title, state = writer.named_person(index)
            actors.append(
                Actor(
                    id=f"{name.lower().replace(' ', '-')}-{index}",
                    name=name,
                    kind=ActorKind.PERSON,
                    aliases=(name.split()[-1], f"the {state['demonym']} {title.lower()}"),
                    roles=(Role(title=title, country=state["code"]),),
                    country=state["code"],
                    mentions=_spans(parts, name.split()[-1]),
                )
            )
        elif slot < 9:
            state = rng.choice(voc["states"])
            actors.append(
                Actor(
                    id=f"{state['code'].lower()}-{index}",
                    name=state["name"],
                    kind=ActorKind.STATE,
                    aliases=(state["capital"],),
                    country=state["code"],
                    mentions=_spans(parts, state["name"]),
                )
            )
        else:
            name = rng.choice(voc["organizations"])
            actors.append(
                Actor(
                    id=f"org-{index}",
                    name=name,
                    kind=ActorKind.ORGANIZATION,
                    aliases=("".join(word[0] for word in name.split()),),
                    mentions=_spans(parts, name),
                )
            )
    return actors


def _meeting_date(rng: random.Random, before: pendulum.Date) -> PartialDate | DateRange:
    day = before.subtract(days=rng.randrange(1, 60))
    shape = rng.randrange(4)
    if shape == 0:
        return PartialDate(year=day.year, month=day.month)
    if shape == 1:
        end = day.add(days=1)
        return DateRange(start=PartialDate.from_date(day), end=PartialDate.from_date(end))
    return PartialDate.from_date(day)


def _meetings(writer: _Writer, actors: list[Actor], parts: list[str], scale: int) -> list[Meeting]:
    rng, voc = writer.rng, writer.voc
    people = [actor.id for actor in actors if actor.kind is ActorKind.PERSON]
    meetings: list[Meeting] = []
    for index in range(4 * scale):
        status = rng.choice([MeetingStatus.HELD, MeetingStatus.HELD, MeetingStatus.PLANNED])
        date = _meeting_date(rng, writer.date)
        if status is MeetingStatus.PLANNED:
            date = PartialDate.from_date(writer.date.add(days=rng.randrange(1, 30)))
        participants = tuple(rng.sample(people, 2))
        part = rng.randrange(len(parts))
        end = min(len(parts[part]), rng.randrange(80, 200))
        meetings.append(
            Meeting(
                id=f"m{index + 1}",
                kind=rng.choice(list(MeetingKind)),
                status=status,
                date=date,
                participants=participants,
                initiators=participants[:1] if rng.random() < 0.5 else (),
                location=rng.choice(voc["states"])["capital"],
                format=rng.choice(voc["formats"]) if rng.random() < 0.3 else None,
                topics=tuple(rng.sample(voc["topics"], rng.randint(1, 2))),
                evidence=Span(part=part, start=0, end=end),
            )
        )
    return meetings


def make_bulletin(rng: random.Random, scale: int = 1) -> Bulletin:
    """A model bulletin with ``10*scale`` actors, ``4*scale`` meetings, ``6*scale`` paragraphs."""
    writer = _Writer(rng, _date(rng))
    series = _series(rng)
    title = writer.title()
    lead, _ = writer.paragraph(220)
    paragraphs = [writer.paragraph(rng.randrange(380, 560))[0] for _ in range(6 * scale)]
    parts = [lead, *paragraphs]
    actors = _actors(writer, parts, scale)
    return Bulletin(
        series=series,
        date=writer.date,
        title=title,
        lead=lead,
        paragraphs=tuple(paragraphs),
        actors=tuple(actors),
        meetings=tuple(_meetings(writer, actors, parts, scale)),
        license=_license(),
        appeal=vocabulary()["appeal"],
        source_url=f"https://example.org/monitor/{title.lower().replace(' ', '-')}",
    )


def make_text(rng: random.Random, scale: int = 1) -> str:
    """A plain-text page in the Warsaw Institute layout with ``scale`` times the seed's body."""
    writer = _Writer(rng, _date(rng))
    series = _series(rng)
    head = [
        f"{series.description}",
        f"Date: {writer.date.day} {writer.date.format('MMMM YYYY')}",
        writer.title(),
        writer.paragraph(230)[0],
        "",
    ]
    foot = ["Support Us", vocabulary()["appeal"], vocabulary()["license"]]
    separator = rng.choice(["\n\n", "\n\n\n"])
    body: list[str] = []
    budget = TEXT_PAGE_CHARS * scale - sum(len(line) + 1 for line in head + foot)
    while budget > 0:
        paragraph, _ = writer.paragraph(min(budget, rng.randrange(500, 900)))
        body.append(paragraph)
        budget -= len(paragraph) + len(separator)
    return "\n".join([*head, separator.join(body), *foot]) + "\n"
