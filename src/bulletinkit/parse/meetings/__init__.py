"""Meetings in a bulletin: calls, talks, visits, summits and negotiation rounds.

:func:`extract_meetings` reads the lead and paragraphs sentence by sentence. A sentence
states a meeting when it holds a cue from ``lexicon/meeting_cues.json`` ("talked on the
phone", "held talks", "met with", "hosted", "summit", ...). The cue's clause gives the
participants (actor mentions on its subject and object side, never an actor only
mentioned elsewhere in the sentence), the place, the format and the status words; the
date phrase nearest the cue is resolved with :mod:`bulletinkit.parse.dates`, phrases
such as "three days before the two leaders held talks" against the date of the meeting
they name. Reports of one meeting in several sentences (the lead's summary and the
body, "The meeting was part of ...") are merged into one. See ``docs/meetings.md``.

The meeting stage: reads the lead and paragraphs and the actors found in them; produces
:class:`~bulletinkit.Meeting` values. Exports ``extract_meetings``; imports
:mod:`bulletinkit.parse.text` (sentences, vocabularies, matching) and
:mod:`bulletinkit.parse.dates`, never the actor stage (actors come in as values).
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence

import pendulum

from bulletinkit.model.actor import Actor
from bulletinkit.model.meeting import Meeting
from bulletinkit.parse.meetings._chrome import chrome_parts
from bulletinkit.parse.meetings._reader import MeetingReader
from bulletinkit.parse.meetings._sentence import Mention
from bulletinkit.parse.text import Sentence, split_sentences

__all__ = ["extract_meetings"]


def _mentions_by_part(actors: Sequence[Actor]) -> dict[int, list[tuple[int, int, Actor]]]:
    table: dict[int, list[tuple[int, int, Actor]]] = {}
    for actor in actors:
        for span in actor.mentions:
            table.setdefault(span.part, []).append((span.start, span.end, actor))
    for spans in table.values():
        spans.sort(key=operator.itemgetter(0, 1))
    return table


def _in_sentence(
    spans: list[tuple[int, int, Actor]], starts: list[int], sentence: Sentence
) -> list[Mention]:
    """The mentions within ``sentence``; ``starts`` are the ``spans``' start offsets."""
    found = []
    offset, stop = sentence.start, sentence.end
    for index in range(bisect.bisect_left(starts, offset), len(spans)):
        start, end, actor = spans[index]
        if start >= stop:
            break
        if end <= stop:
            found.append(Mention(start=start - offset, end=end - offset, actor=actor))
    return found


def extract_meetings(
    parts: Sequence[str], actors: Sequence[Actor], *, date: pendulum.Date | None
) -> tuple[Meeting, ...]:
    """The meetings the bulletin's ``parts`` report, in reading order.

    ``parts`` are the lead and the paragraphs (what :attr:`Bulletin.parts` gives), and the
    ``evidence`` span of each meeting indexes into them; ``actors`` are the bulletin's
    actors with their mentions (participants are their ids); ``date`` is the bulletin
    date, against which date phrases are resolved (``None`` for an undated bulletin: then
    only dates that name their year resolve, and "on Monday" or "last week" stay
    ``None``). Page furniture among the parts (tickers, "Read also:" links, teasers, a
    comment section) is not read. Meeting ids are ``m1``, ``m2``, ... in the order the
    meetings are first reported. Deterministic and linear in the text.
    """
    reader = MeetingReader(actors, date)
    mentions = _mentions_by_part(actors)
    furniture = chrome_parts(parts)
    for index, part in enumerate(parts):
        if index in furniture:
            continue  # tickers, related links, teasers and comments report no meeting
        spans = mentions.get(index, [])
        starts = [span[0] for span in spans]
        for sentence in split_sentences(part, index):
            reader.read(sentence, _in_sentence(spans, starts, sentence))
    return reader.finish()
