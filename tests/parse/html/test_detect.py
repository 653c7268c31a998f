"""sniff: text, HTML or WARC, from the content first and the name second."""

from __future__ import annotations

import gzip

import pytest

from bulletinkit.parse.html import sniff
from tests.parse.html._support import page_bytes


@pytest.mark.parametrize(
    "head",
    [
        b"<!DOCTYPE html><html>",
        b"  \n<!doctype HTML>",
        b"<html lang='en'>",
        b"<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>",
        b"<!-- saved from url=(0041) -->\n<html>",
        b"\xef\xbb\xbf<!DOCTYPE html>",
        b"<head><meta charset='utf-8'>",
    ],
)
def test_html_is_told_by_its_start(head: bytes) -> None:
    assert sniff(head + b"<body><p>x</p></body></html>") == "html"
    assert sniff(head, "notes.txt") == "html"  # content wins over the name


def test_every_test_page_is_html_whatever_its_encoding() -> None:
    for name in ("utf16_bom.html", "legacy_cp1251.html", "amp_article.html"):
        assert sniff(page_bytes(name)) == "html", name


def test_warc_is_told_plain_and_gzipped() -> None:
    record = b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n"
    assert sniff(record) == "warc"
    assert sniff(gzip.compress(record)) == "warc"
    assert sniff(gzip.compress(b"Date: 1 May 2020\nTitle\n")) == "text"


def test_text_stays_text_and_names_are_a_fallback() -> None:
    page = b"Russia Monitor\nDate: 1 May 2020\nTalks <in> Riga\n"
    assert sniff(page) == "text"
    assert sniff(page, "page.txt") == "text"
    assert sniff(b"<p>a fragment</p>", "fragment.html") == "html"
    assert sniff(b"", "crawl.warc.gz") == "warc"
