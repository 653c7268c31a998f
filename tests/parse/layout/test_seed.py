"""Acceptance on the seed bulletin: the page structure issue 3 asks for."""

from __future__ import annotations

import pendulum

import bulletinkit
from bulletinkit import Bulletin, parse_text


def test_seed_series_is_the_blurbs(seed_text: str) -> None:
    series = parse_text(seed_text).series
    assert series is not None
    assert series.name == "Russia Monitor"
    assert series.publisher == "Warsaw Institute"
    assert series.description == seed_text.splitlines()[0]
    assert series.description.startswith("Russia Monitor is a review of")


def test_seed_date_title_lead(seed_text: str) -> None:
    bulletin = parse_text(seed_text)
    assert bulletin.date == pendulum.Date(2021, 11, 19)
    assert bulletin.title == "Macron, Putin Discuss Belarus Border Tensions"
    assert bulletin.lead is not None
    assert bulletin.lead.startswith("Russia and France have increased contacts")
    assert bulletin.lead.endswith("foreign ministers met.")


def test_seed_body_is_one_paragraph(seed_text: str) -> None:
    bulletin = parse_text(seed_text)
    assert len(bulletin.paragraphs) == 1
    body = bulletin.paragraphs[0]
    assert body.startswith("French President Emmanuel Macron")
    assert body.endswith("the attempted killing.")
    assert "Support Us" not in body
    assert "Donations" not in body


def test_seed_appeal_and_license_kept_apart(seed_text: str) -> None:
    bulletin = parse_text(seed_text)
    # The appeal is the seed's line under its "Support Us" heading (read from the seed,
    # not copied into the repository).
    lines = [line.strip() for line in seed_text.splitlines()]
    under_heading = lines[lines.index("Support Us") + 1]
    assert under_heading.count(".") == 2  # the two sentences of the appeal
    assert bulletin.appeal == under_heading
    assert bulletin.license is not None
    assert bulletin.license.text == seed_text.rstrip().splitlines()[-1]
    assert bulletin.license.text.startswith("All texts published by the Warsaw Institute")
    assert all("Support Us" not in part for part in bulletin.parts)


def test_seed_is_public_api_and_deterministic(seed_text: str) -> None:
    first = bulletinkit.parse_text(seed_text, source_url="https://example.org/seed")
    assert isinstance(first, Bulletin)
    assert first == parse_text(seed_text, source_url="https://example.org/seed")
    assert first.source_url == "https://example.org/seed"
    assert first.parts == (first.lead, *first.paragraphs)
    assert first.photo_credits == ()


def test_seed_with_crlf_and_trailing_spaces_parses_the_same(seed_text: str) -> None:
    messy = "\r\n".join(line + "  " for line in seed_text.splitlines())
    assert parse_text(messy) == parse_text(seed_text)


def test_seed_license_rules(seed_text: str) -> None:
    notice = parse_text(seed_text).license
    assert notice is not None
    assert notice.holder == "Warsaw Institute Foundation"
    assert notice.permits("distribute", "text")
    assert [duty.value for duty in notice.duties("distribute", "text")] == ["attribute"]
    assert not notice.permits("use", "image")
