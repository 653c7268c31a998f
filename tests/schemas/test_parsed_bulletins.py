"""What the parser makes from real and example pages validates, checks included."""

from __future__ import annotations

from pathlib import Path

import pytest

from bulletinkit import parse_text, to_dict, validate
from tests.conftest import REPO

EXAMPLE_PAGES = sorted((REPO / "examples").glob("*.txt"))


def test_parsed_seed_validates(seed_text: str) -> None:
    report = validate(to_dict(parse_text(seed_text)))
    assert report.errors == ()


@pytest.mark.parametrize("page", EXAMPLE_PAGES, ids=lambda p: p.name)
def test_parsed_example_pages_validate(page: Path) -> None:
    report = validate(to_dict(parse_text(page.read_text("utf-8"))))
    assert report.errors == ()
