"""The corpus of one run: model bulletins as JSON bytes, text pages, and invalid documents."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from benchmarks import subjects
from benchmarks.corpus import digest, make_bulletin, make_text

__all__ = ["Prepared", "invalid_variants", "prepare"]


@dataclass(frozen=True)
class Prepared:
    """The documents of one run, by scale (1 = seed-sized)."""

    docs: dict[int, list[bytes]] | None
    """JSON documents written by ``bulletinkit.codec.to_json``; ``None`` without a codec."""
    texts: dict[int, list[str]]
    """Plain-text pages in the Warsaw Institute layout."""
    invalid: list[Any]
    """Documents (parsed JSON) that break the schema, one rule each."""
    summary: dict[str, Any]
    """Sizes and digests, for the result file."""


def _rng(seed: int, kind: str, scale: int) -> random.Random:
    return random.Random(f"{seed}/{kind}/{scale}")


def _set(path: tuple[Any, ...], value: Any) -> Callable[[Any], None]:
    def change(doc: Any) -> None:
        for key in path[:-1]:
            doc = doc[key]
        doc[path[-1]] = value

    return change


def _drop(key: str) -> Callable[[Any], None]:
    def change(doc: Any) -> None:
        del doc[key]

    return change


_BREAKS: dict[str, Callable[[Any], None]] = {
    "title is a number": _set(("title",), 123),
    "title is missing": _drop("title"),
    "unknown member": _set(("surprise",), True),
    "date is not ISO": _set(("date",), "19 November 2021"),
    "actor kind unknown": _set(("actors", 0, "kind"), "alien"),
    "country not ISO 3166": _set(("actors", 0, "country"), "XX"),
    "participants not an array": _set(("meetings", 0, "participants"), "m1"),
    "negative span start": _set(("meetings", 0, "evidence", "start"), -1),
    "empty paragraph": _set(("paragraphs", 0), ""),
    "meeting status unknown": _set(("meetings", 1, "status"), "rumoured"),
    "meeting date not EDTF": _set(("meetings", 1, "date"), "November"),
    "language is null": _set(("language",), None),
}


def invalid_variants(documents: list[Any]) -> list[Any]:
    """Each document broken in each of the ways of ``_BREAKS`` (one rule per copy)."""
    broken: list[Any] = []
    for document in documents:
        for change in _BREAKS.values():
            copied = copy.deepcopy(document)
            change(copied)
            broken.append(copied)
    return broken


def prepare(
    seed: int,
    model_counts: Mapping[int, int],
    text_counts: Mapping[int, int],
    *,
    broken: int = 3,
) -> Prepared:
    """Build the corpus: the same seed and counts give byte-identical documents.

    The first ``broken`` seed-sized documents are also broken in each way of ``_BREAKS``.
    """
    texts: dict[int, list[str]] = {}
    for scale, count in text_counts.items():
        # One generator per scale, so that every page is a different text.
        text_rng = _rng(seed, "text", scale)
        texts[scale] = [make_text(text_rng, scale) for _ in range(count)]
    summary: dict[str, Any] = {"seed": seed, "text": {}, "json": {}}
    for scale, batch in texts.items():
        summary["text"][str(scale)] = {
            "count": len(batch),
            "mean_chars": sum(map(len, batch)) / len(batch),
            "digest": digest(batch),
        }
    codec = subjects.bulletinkit_codec_or_reason()
    if isinstance(codec, str):
        summary["json"] = {"status": codec}
        return Prepared(docs=None, texts=texts, invalid=[], summary=summary)
    encode = codec[1]
    docs: dict[int, list[bytes]] = {}
    for scale, count in model_counts.items():
        rng = _rng(seed, "model", scale)
        written = [encode(make_bulletin(rng, scale)) for _ in range(count)]
        docs[scale] = [doc.encode("utf-8") if isinstance(doc, str) else doc for doc in written]
        summary["json"][str(scale)] = {
            "count": count,
            "mean_bytes": sum(map(len, docs[scale])) / count,
            "digest": digest(docs[scale]),
        }
    smallest = docs[min(docs)]
    invalid = invalid_variants([json.loads(doc) for doc in smallest[:broken]])
    summary["invalid_documents"] = {"count": len(invalid), "rules_broken": list(_BREAKS)}
    return Prepared(docs=docs, texts=texts, invalid=invalid, summary=summary)
