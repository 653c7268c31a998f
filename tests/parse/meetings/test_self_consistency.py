"""Every bulletin ``parse_text`` returns passes the library's own checks (issue 16).

Pages are built from the development passages and mutated the ways real pages differ:
sentences reordered and dropped, dates and weekdays swapped, sentences that count, date
or re-report meetings ("It was his third visit to Belarus", "The following day ...")
inserted, and a bulletin date anywhere around the passage's own. Whatever comes back
must validate: no held meeting after the page's date, every id and span in place.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletinkit import Severity, check, parse_text, to_json, validate

SETS = Path(__file__).resolve().parents[1] / "meetings_dev"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def _pool() -> list[str]:
    sentences = []
    for path in sorted(SETS.glob("*.json")):
        for passage in json.loads(path.read_text(encoding="utf-8"))["passages"]:
            for part in passage["parts"]:
                sentences.extend(s for s in _SENTENCE_END.split(part) if s.strip())
    return sentences


POOL = _pool()
INSERTS = [
    "It was his third visit to Belarus.",
    "The following day, the two leaders held talks again.",
    "A week after the summit, Putin met Erdogan in Sochi.",
    "The two presidents last spoke on August 19.",
    "Lukashenko will visit Moscow next week.",
    "On Sunday, Macron called Zelensky.",
    "The meeting, postponed from Thursday, took place on Friday.",
    "Read also: Biden to meet Xi in Bali",
    "Comments (3)",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "June", "September", "December"]
_SWAP = re.compile(r"\b(?:" + "|".join([*WEEKDAYS, *MONTHS, "20[12][0-9]"]) + r")\b")


@st.composite
def pages(draw: st.DrawFn) -> tuple[str, datetime.date]:
    count = draw(st.integers(min_value=2, max_value=8))
    sentences = draw(
        st.lists(st.sampled_from(POOL + INSERTS), min_size=count, max_size=count, unique=True)
    )
    swaps = draw(st.lists(st.sampled_from(WEEKDAYS + MONTHS + ["2019", "2021", "2025"])))
    queue = iter(swaps)

    def swap(match: re.Match[str]) -> str:
        return next(queue, match.group())

    sentences = [_SWAP.sub(swap, s) for s in sentences]
    cuts = sorted(draw(st.sets(st.integers(1, count - 1), max_size=3)))
    parts = [" ".join(sentences[a:b]) for a, b in zip([0, *cuts], [*cuts, count], strict=True)]
    date = draw(st.dates(datetime.date(2018, 1, 1), datetime.date(2024, 12, 31)))
    return "\n".join(parts) + "\n", date


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_every_parsed_page_passes_its_own_checks(page: tuple[str, datetime.date]) -> None:
    text, date = page
    bulletin = parse_text(text, date=date, title="A mutated page")
    errors = [i for i in check(bulletin) if i.severity is Severity.ERROR]
    assert errors == [], errors
    assert validate(json.loads(to_json(bulletin))).ok
