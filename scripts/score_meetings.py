"""Score bulletinkit's meeting extractor on the development set.

Run from the repository root::

    PYTHONPATH=src:. python scripts/score_meetings.py [--actors gold|extracted]
        [--set dev|heldout|...|heldout5|real|real_heldout] [-v]

``--actors gold`` (default) gives the extractor the passages' own actors, with a
mention at every occurrence of their name and other forms, so the figures measure the
meeting reader alone; ``--actors extracted`` runs ``bulletinkit.parse.actors`` first.

A predicted meeting is paired with a gold meeting of the same passage greedily by
similarity (participants' overlap weighs most, then date, place, format, kind and
status); a pair counts when its similarity reaches ``MATCH``. Precision, recall and F1
count pairs; the accuracies are over paired gold meetings. Where a set's gold meetings carry
``topics``, topic precision is over the topics predicted for paired meetings (a predicted
topic is right when it and a gold topic contain one another, case and a leading article
aside) and topic recall over the gold topics of paired meetings.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pendulum
from tests.parse.meetings._helpers import actors_for

from bulletinkit import Actor, Meeting
from bulletinkit.parse.meetings import extract_meetings

SETS = Path(__file__).resolve().parents[1] / "tests" / "parse" / "meetings_dev"
DEV = SETS / "passages.json"
MATCH = 1.5


def _norm_place(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value[4:].casefold() if value.lower().startswith("the ") else value.casefold()


def _topic(value: str) -> str:
    value = value.strip().casefold()
    return value[4:] if value.startswith("the ") else value


def _topic_hits(pred: Sequence[str], gold: Sequence[str]) -> tuple[int, int]:
    """(predicted topics that match a gold one, gold topics that some prediction matches)."""
    wanted = [_topic(t) for t in gold]
    got = [_topic(t) for t in pred]
    right = sum(any(g in p or p in g for g in wanted) for p in got)
    found = sum(any(g in p or p in g for p in got) for g in wanted)
    return right, found


def _jaccard(first: set[str], second: set[str]) -> float:
    if not first and not second:
        return 1.0
    return len(first & second) / len(first | second)


def _similarity(pred: Meeting, gold: dict[str, Any]) -> float:
    date = None if pred.date is None else pred.date.isoformat()
    score = 3 * _jaccard(set(pred.participants), set(gold["participants"]))
    if not pred.participants or not gold["participants"]:
        score = 0.0
    score += date is not None and date == gold["date"]
    score += pred.location is not None and _norm_place(pred.location) == _norm_place(
        gold["location"]
    )
    score += pred.format is not None and pred.format == gold["format"]
    score += 0.5 * (pred.kind.value == gold["kind"]) + 0.5 * (pred.status.value == gold["status"])
    return float(score)


def _actors(passage: dict[str, Any], mode: str) -> tuple[Actor, ...]:
    if mode == "gold":
        return actors_for(passage["parts"], [tuple(a) for a in passage["actors"]])
    from bulletinkit.parse.actors import extract_actors

    extracted: tuple[Actor, ...] = extract_actors(passage["parts"])
    return extracted


def _pairs(
    preds: Sequence[Meeting], golds: Sequence[dict[str, Any]]
) -> list[tuple[Meeting, dict[str, Any]]]:
    scored = sorted(
        ((_similarity(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for score, i, j in scored:
        if score < MATCH or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((preds[i], golds[j]))
    return pairs


def score(mode: str = "gold", verbose: bool = False, path: Path = DEV) -> dict[str, float]:
    """The figures on the passages in ``path`` as a dict (also used by the test suite)."""
    passages = json.loads(path.read_text(encoding="utf-8"))["passages"]
    n_pred = n_gold = n_pair = 0
    hits = {"date": 0, "dated_gold": 0, "date_of_dated": 0, "kind": 0, "status": 0}
    hits |= {"location": 0, "format": 0, "participants": 0}
    topics = {"predicted": 0, "right": 0, "gold": 0, "found": 0}
    for passage in passages:
        bulletin_date = pendulum.Date.fromisoformat(passage["date"])
        preds = extract_meetings(passage["parts"], _actors(passage, mode), date=bulletin_date)
        golds = passage["meetings"]
        pairs = _pairs(preds, golds)
        n_pred, n_gold, n_pair = n_pred + len(preds), n_gold + len(golds), n_pair + len(pairs)
        for pred, gold in pairs:
            pred_date = None if pred.date is None else pred.date.isoformat()
            hits["date"] += pred_date == gold["date"]
            if gold["date"] is not None:
                hits["dated_gold"] += 1
                hits["date_of_dated"] += pred_date == gold["date"]
            hits["kind"] += pred.kind.value == gold["kind"]
            hits["status"] += pred.status.value == gold["status"]
            hits["location"] += _norm_place(pred.location) == _norm_place(gold["location"])
            hits["format"] += pred.format == gold["format"]
            hits["participants"] += set(pred.participants) == set(gold["participants"])
            if "topics" in gold:
                right, found = _topic_hits(pred.topics, gold["topics"])
                topics["predicted"] += len(pred.topics)
                topics["gold"] += len(gold["topics"])
                topics["right"] += right
                topics["found"] += found
        if verbose:
            _explain(passage, preds, golds, pairs)
    precision = n_pair / n_pred if n_pred else 1.0
    recall = n_pair / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    pairs_n = max(n_pair, 1)
    return {
        "passages": len(passages),
        "gold_meetings": n_gold,
        "predicted_meetings": n_pred,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "date_accuracy": hits["date"] / pairs_n,
        "date_accuracy_dated": hits["date_of_dated"] / max(hits["dated_gold"], 1),
        "kind_accuracy": hits["kind"] / pairs_n,
        "status_accuracy": hits["status"] / pairs_n,
        "location_accuracy": hits["location"] / pairs_n,
        "format_accuracy": hits["format"] / pairs_n,
        "participants_exact": hits["participants"] / pairs_n,
        "topics_predicted": topics["predicted"],
        "topic_precision": topics["right"] / topics["predicted"] if topics["predicted"] else 1.0,
        "topic_recall": topics["found"] / topics["gold"] if topics["gold"] else 1.0,
    }


def _show(meeting: Meeting | dict[str, Any]) -> str:
    if isinstance(meeting, Meeting):
        date = None if meeting.date is None else meeting.date.isoformat()
        return (
            f"{meeting.kind.value}/{meeting.status.value} {date} {list(meeting.participants)} "
            f"@{meeting.location} [{meeting.format}] {list(meeting.topics)}"
        )
    return (
        f"{meeting['kind']}/{meeting['status']} {meeting['date']} {meeting['participants']} "
        f"@{meeting['location']} [{meeting['format']}] {meeting.get('topics', [])}"
    )


def _explain(
    passage: dict[str, Any],
    preds: Sequence[Meeting],
    golds: Sequence[dict[str, Any]],
    pairs: list[tuple[Meeting, dict[str, Any]]],
) -> None:
    paired_p = {id(p) for p, _ in pairs}
    paired_g = {id(g) for _, g in pairs}
    lines = []
    for pred, gold in pairs:
        if _show(pred) != _show(gold):
            lines.append(f"  ~ got  {_show(pred)}\n    want {_show(gold)}")
    lines += [f"  + extra {_show(p)}" for p in preds if id(p) not in paired_p]
    lines += [f"  - missed {_show(g)}" for g in golds if id(g) not in paired_g]
    if lines:
        print(passage["id"])
        print("\n".join(lines))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the development-set figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", choices=("gold", "extracted"), default="gold")
    names = sorted(p.stem for p in SETS.glob("*.json") if p != DEV)
    parser.add_argument("--set", choices=("dev", *names), default="dev")
    parser.add_argument("-v", "--verbose", action="store_true", help="show every mismatch")
    args = parser.parse_args(argv)
    path = DEV if args.set == "dev" else SETS / f"{args.set}.json"
    figures = score(args.actors, args.verbose, path)
    for name, value in figures.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"{name:22} {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
