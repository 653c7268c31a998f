"""The bulletins every export test runs on: the seed pages and the example, parsed."""

from __future__ import annotations

import functools

import pytest

from bulletinkit import Bulletin, parse_text
from tests.conftest import REPO, seed_paths

EXAMPLE = REPO / "examples" / "russia-monitor-example.txt"


@functools.cache
def _parsed(path: str) -> Bulletin:
    with open(path, encoding="utf-8") as handle:
        return parse_text(handle.read())


def seed_bulletins() -> list[Bulletin]:
    """The seed pages of ``../shared/seeds/``, parsed."""
    return [_parsed(str(path)) for path in seed_paths()]


def example_bulletin() -> Bulletin:
    """``examples/russia-monitor-example.txt``, parsed."""
    return _parsed(str(EXAMPLE))


@pytest.fixture
def samples() -> list[Bulletin]:
    """The seed bulletins and the example bulletin."""
    return [*seed_bulletins(), example_bulletin()]
