"""The fast paths and the diagnosing path with real constructors agree on every document.

Documents are generated valid and then spoiled in up to three places with values that
break model rules (blank strings, bad ids and country codes, negative offsets).
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletinkit import Bulletin, Issue, to_dict
from bulletinkit._codec.fastpass import FAILURES
from bulletinkit._codec.hooks import fast_hooks, structure_hooks
from bulletinkit._codec.issues import ROOT
from bulletinkit._codec.plan import OBJECT_MODELS
from bulletinkit._codec.structure import build_all
from tests import strategies

SLOW = build_all(OBJECT_MODELS, fast=False)
TROUBLE = ["", " ", "\n", "\u2003", "XX", "fr", "Bad Id", "a--b", "ok-id\n", -1, 0, 10**6]


def leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The paths of every scalar inside ``value``."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in leaves(v, (*path, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in leaves(v, (*path, i))]
    return [path]


def decode(hooks: dict[type, Any], document: Any) -> tuple[Any, list[Issue]]:
    errs: list[Issue] = []
    return hooks[Bulletin](document, ROOT, errs, False, True), errs


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bulletin=strategies.bulletins(consistent=False), data=st.data())
def test_fast_and_slow_paths_agree(bulletin: Bulletin, data: st.DataObject) -> None:
    document = to_dict(bulletin)
    for _ in range(data.draw(st.integers(0, 3))):
        path = data.draw(st.sampled_from(leaves(document)))
        target = document
        for key in path[:-1]:
            target = target[key]
        if path[-1] != "schema_version":
            target[path[-1]] = data.draw(st.sampled_from(TROUBLE))
    fast_obj, fast_errs = decode(structure_hooks(), document)
    slow_obj, slow_errs = decode(SLOW, document)
    assert fast_errs == slow_errs
    if not slow_errs:
        assert fast_obj == slow_obj
    try:
        happy = fast_hooks()[Bulletin](document, True)
    except FAILURES:
        return
    assert not slow_errs  # the happy path never accepts what the diagnosing path rejects
    assert happy == slow_obj


def containers(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The paths of every object and array inside ``value`` (the root included)."""
    if not isinstance(value, (dict, list)):
        return []
    found = [path]
    for key, item in value.items() if isinstance(value, dict) else enumerate(value):
        found.extend(containers(item, (*path, key)))
    return found


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        document = document[key]
    return document


SPOILS = ["null", "unknown-key", "drop-key", "swap-container", "bool-for-int"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bulletin=strategies.bulletins(consistent=False), data=st.data())
def test_fast_path_refuses_shape_errors_at_any_depth(
    bulletin: Bulletin, data: st.DataObject
) -> None:
    # nulls, unknown or missing keys, objects for arrays: each refused or read as the
    # diagnosing pass reads it, in nested objects as at the top
    document = to_dict(bulletin)
    for _ in range(data.draw(st.integers(1, 2))):
        spoil = data.draw(st.sampled_from(SPOILS))
        path = data.draw(st.sampled_from(containers(document)))
        target = _at(document, path)
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        if spoil == "unknown-key" and isinstance(target, dict):
            target[data.draw(st.sampled_from(["x", "extra", "schema_version", "id"]))] = 1
        elif not keys:
            continue
        elif spoil == "null":
            target[data.draw(st.sampled_from(keys))] = None
        elif spoil == "drop-key" and isinstance(target, dict):
            del target[data.draw(st.sampled_from(keys))]
        elif spoil == "swap-container":
            key = data.draw(st.sampled_from(keys))
            target[key] = {} if isinstance(target[key], list) else []
        elif spoil == "bool-for-int":
            key = data.draw(st.sampled_from(keys))
            if type(target[key]) is int:
                target[key] = bool(target[key] % 2)
    slow_obj, slow_errs = decode(SLOW, document)
    try:
        happy = fast_hooks()[Bulletin](document, True)
    except FAILURES:
        return
    assert not slow_errs
    assert happy == slow_obj
