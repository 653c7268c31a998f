"""The development set keeps its figures (a regression guard, not a benchmark)."""

from __future__ import annotations

import json

import pendulum
import pytest
from scripts.score_meetings import DEV, SETS, score

from bulletinkit import Meeting
from bulletinkit.parse.meetings import extract_meetings
from tests.parse.meetings._helpers import actors_for


def test_dev_set_figures_stay_above_their_floor() -> None:
    figures = score("gold")
    assert figures["passages"] >= 30
    assert figures["f1"] >= 0.90
    assert figures["date_accuracy_dated"] >= 0.90
    assert figures["status_accuracy"] >= 0.90
    assert figures["kind_accuracy"] >= 0.85


@pytest.mark.parametrize("name", ["heldout", "heldout2", "heldout3", "heldout4", "heldout5"])
def test_held_out_sets_stay_above_the_target(name: str) -> None:
    figures = score("gold", path=SETS / f"{name}.json")
    assert figures["f1"] >= 0.80
    assert figures["date_accuracy_dated"] >= 0.80


def test_real_news_set_keeps_its_figures() -> None:
    """The passages in real news styles (issue 16): floors just under today's figures."""
    figures = score("gold", path=SETS / "real.json")
    assert figures["passages"] >= 40
    assert figures["f1"] >= 0.95
    assert figures["date_accuracy_dated"] >= 0.90
    assert figures["kind_accuracy"] >= 0.95
    assert figures["status_accuracy"] >= 0.95
    assert figures["location_accuracy"] >= 0.95
    assert figures["participants_exact"] >= 0.90
    assert figures["topic_precision"] >= 0.90
    assert figures["topic_recall"] >= 0.70


def test_real_news_held_out_set_stays_above_the_target() -> None:
    figures = score("gold", path=SETS / "real_heldout.json")
    assert figures["passages"] >= 20
    assert figures["f1"] >= 0.90
    assert figures["date_accuracy_dated"] >= 0.85
    assert figures["status_accuracy"] >= 0.90
    assert figures["topic_precision"] >= 0.80


def test_every_meeting_points_at_a_sentence_that_has_its_words() -> None:
    for passage in json.loads(DEV.read_text(encoding="utf-8"))["passages"]:
        parts = passage["parts"]
        actors = actors_for(parts, [tuple(a) for a in passage["actors"]])
        date = pendulum.Date(*map(int, passage["date"].split("-")))
        found: tuple[Meeting, ...] = extract_meetings(parts, actors, date=date)
        assert [m.id for m in found] == [f"m{n}" for n in range(1, len(found) + 1)]
        known = {a.id for a in actors}
        for meeting in found:
            assert set(meeting.participants) <= known
            assert meeting.evidence is not None
            text = parts[meeting.evidence.part][meeting.evidence.start : meeting.evidence.end]
            assert text
            assert text == text.strip()
