"""Shared helpers of the HTML tests: the pages we wrote, and the extra they need."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parent / "pages"


def require_html() -> None:
    """Skip without the html extra, except in CI (``CI`` set), where it must be there."""
    for module in ("trafilatura", "lxml_html_clean", "warcio", "charset_normalizer"):
        try:
            __import__(module)
        except ImportError:
            if os.environ.get("CI"):
                pytest.fail(f"CI is set but the html extra is missing ({module})")
            pytest.skip(f"the html extra is not installed ({module})")


def page_bytes(name: str) -> bytes:
    """The bytes of one of our test pages, as saved."""
    return (PAGES / name).read_bytes()


def parts(bulletin: object) -> list[str]:
    """Every text part of a bulletin: the lead, then the paragraphs."""
    lead = getattr(bulletin, "lead", None)
    return [*([lead] if lead else []), *getattr(bulletin, "paragraphs", ())]
