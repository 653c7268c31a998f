"""Shared test fixtures: where the seed bulletins live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"


def seed_paths() -> list[Path]:
    """The seed bulletins beside the repository; in CI their absence is a failure."""
    paths = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not paths:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but no seed bulletins were found in {SEEDS}")
        pytest.skip(f"no seed bulletins in {SEEDS}")
    return paths


@pytest.fixture
def seed_text() -> str:
    """The text of the Russia Monitor seed bulletin."""
    return seed_paths()[0].read_text(encoding="utf-8")
