"""iter_warc and ``bulletinkit parse crawl.warc.gz``: an archive built here from our pages."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from bulletinkit import ParseError, iter_warc
from bulletinkit.cli import main
from tests.parse.html._support import page_bytes, require_html

CRAWLED = "2024-03-05T10:00:00Z"
# (target URI, content type, payload)
RECORDS: list[tuple[str, str, bytes]] = [
    (
        "https://eastgate-institute.example/lavrov-dendias/",
        "text/html; charset=UTF-8",
        page_bytes("thinktank_wordpress.html"),
    ),
    ("https://eastgate-institute.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    ("https://dailycourier.example/macron-scholz", "text/html", page_bytes("wire_newssite.html")),
    (
        "https://eastgate-institute.example/baltic-monitor/",
        "text/html",
        page_bytes("listing_page.html"),
    ),
    ("https://dailycourier.example/missing", "text/html", page_bytes("not_found.html")),
    ("https://harbour.example/black-sea", "text/html", page_bytes("no_date.html")),
    (
        "https://rundschau.example/muenchen",
        "text/html; charset=iso-8859-1",
        page_bytes("legacy_latin1.html"),
    ),
    (
        "https://vestnik.example/lavrov-fidan",
        "application/octet-stream",
        page_bytes("legacy_cp1251.html"),
    ),
    (
        "https://broken.example/nul",
        "text/html",
        b"<!doctype html><html><body><p>Talks \xff\x00\xfe in Riga</p></body></html>",
    ),
]


def build_warc(gzipped: bool) -> bytes:
    """A small crawl: warcinfo, then a request and a response per page."""
    require_html()
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "tests"}))
    for uri, content_type, payload in RECORDS:
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(
                uri, "request", http_headers=request, warc_headers_dict={"WARC-Date": CRAWLED}
            )
        )
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(payload),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": CRAWLED},
            )
        )
    return out.getvalue()


def _outcomes(records: list[Any]) -> dict[str | None, tuple[str, str | None]]:
    return {r.uri: (r.status, r.reason) for r in records if r.record_type == "response"}


@pytest.mark.parametrize("gzipped", [True, False], ids=["gzip", "plain"])
def test_every_html_response_is_one_bulletin(gzipped: bool, tmp_path: Path) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(build_warc(gzipped))
    records = list(iter_warc(path))
    assert [r.number for r in records] == list(range(1, 2 * len(RECORDS) + 2))
    assert sum(r.reason == "not-a-page" for r in records) == len(RECORDS) + 1  # requests, info
    assert _outcomes(records) == {
        "https://eastgate-institute.example/lavrov-dendias/": ("parsed", None),
        "https://eastgate-institute.example/logo.png": ("skipped", "not-html"),
        "https://dailycourier.example/macron-scholz": ("parsed", None),
        "https://eastgate-institute.example/baltic-monitor/": ("skipped", "listing-page"),
        "https://dailycourier.example/missing": ("skipped", "not-article"),
        "https://harbour.example/black-sea": ("parsed", None),  # no date: a note
        "https://rundschau.example/muenchen": ("parsed", None),
        "https://vestnik.example/lavrov-fidan": ("parsed", None),
        "https://broken.example/nul": ("failed", None),
    }
    parsed = {r.uri: r.bulletin for r in records if r.bulletin is not None}
    for uri, bulletin in parsed.items():
        assert bulletin.source_url == uri  # the WARC-Target-URI, not the canonical URL
    wordpress = parsed["https://eastgate-institute.example/lavrov-dendias/"]
    assert (wordpress.title, str(wordpress.date)) == (
        "Lavrov and Dendias Meet in Athens",
        "2021-05-12",
    )
    assert [m.location for m in wordpress.meetings] == ["Athens"]
    assert wordpress.license is not None
    assert parsed["https://rundschau.example/muenchen"].lead.startswith(  # type: ignore[union-attr]
        "German Foreign Minister Heiko Maas met his French counterpart"
    )
    assert parsed["https://vestnik.example/lavrov-fidan"].title == (
        "Лавров провёл переговоры с Фиданом в Москве"
    )
    undated = parsed["https://harbour.example/black-sea"]
    assert undated.date is None
    assert [note.code for note in undated.notes] == ["no-date"]
    failed = next(r for r in records if r.status == "failed")
    assert isinstance(failed.error, ParseError)
    assert failed.error.code == "undecodable"


def test_the_crawl_date_is_used_only_when_asked_and_said(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(build_warc(True))
    records = {r.uri: r for r in iter_warc(path, date_from="crawl") if r.record_type == "response"}
    no_date = records["https://harbour.example/black-sea"]
    assert no_date.status == "parsed"
    assert str(no_date.bulletin.date) == "2024-03-05"  # type: ignore[union-attr]
    assert [(n.code, n.found) for n in no_date.notes] == [("date-from-crawl", "2024-03-05")]
    assert no_date.bulletin.notes == no_date.notes  # type: ignore[union-attr]
    # A page that states its date keeps it, and no note is added.
    wire = records["https://dailycourier.example/macron-scholz"]
    assert str(wire.bulletin.date) == "2022-10-14"  # type: ignore[union-attr]
    assert wire.notes == ()


def test_a_record_over_the_size_limit_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(build_warc(True))
    limit = len(page_bytes("wire_newssite.html")) - 1
    records = [r for r in iter_warc(path, max_record_bytes=limit) if r.status == "failed"]
    too_big = [r for r in records if "larger than the limit" in str(r.error)]
    assert {r.uri for r in too_big} >= {"https://dailycourier.example/macron-scholz"}
    assert all(len(page_bytes_of(r.uri)) > limit for r in too_big)


def page_bytes_of(uri: str | None) -> bytes:
    return next(payload for target, _, payload in RECORDS if target == uri)


@pytest.mark.parametrize(
    "data",
    [
        b"hello, this is not an archive\n" * 3,
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort",
    ],
    ids=["not-warc", "truncated"],
)
def test_a_file_that_is_not_a_readable_warc_is_a_clear_error(data: bytes) -> None:
    require_html()
    with pytest.raises(ParseError, match="not a readable WARC archive"):
        list(iter_warc(io.BytesIO(data)))


def test_the_cli_writes_one_bulletin_a_line_and_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crawl.bin"  # told by its content
    path.write_bytes(build_warc(True))
    assert main(["parse", str(path)]) == 2  # the undecodable record: unreadable input
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [d["source_url"] for d in lines] == [
        "https://eastgate-institute.example/lavrov-dendias/",
        "https://dailycourier.example/macron-scholz",
        "https://harbour.example/black-sea",
        "https://rundschau.example/muenchen",
        "https://vestnik.example/lavrov-fidan",
    ]
    assert f"{path}#19:1: cannot decode as utf-8" in err
    assert f"{path}#13: warning: no bulletin date found" in err
    assert f"{path}#9: skipped: a listing page, not one bulletin" in err
    assert "bulletinkit parse: 5 parsed, 3 skipped, 1 failed, 1 warnings" in err
    assert main(["parse", str(path), "--date-from", "crawl", "-o", str(tmp_path / "o.json")]) == 2
    out, err = capsys.readouterr()
    dates = {d["source_url"]: d.get("date") for d in json.loads((tmp_path / "o.json").read_text())}
    assert dates["https://harbour.example/black-sea"] == "2024-03-05"
    assert "the crawl date 2024-03-05 is used [date-from-crawl]" in err


def test_the_batch_api_expands_an_archive_in_input_order(tmp_path: Path) -> None:
    from bulletinkit.batch import Hints, parse_files

    (tmp_path / "a.txt").write_text(
        "Date: 4 March 2022\nMinisters Meet\nThe ministers met in Vilnius on Thursday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.warc.gz").write_bytes(build_warc(True))
    for jobs in (1, 2):
        results = list(
            parse_files(
                [tmp_path / "a.txt", tmp_path / "b.warc.gz"],
                jobs=jobs,
                every=Hints(date_from="crawl"),
            )
        )
        names = [f"b.warc.gz#{n}" for n in range(3, 21, 2)]  # the response records
        assert [r.path.rsplit("/", 1)[-1] for r in results] == ["a.txt", *names]
        assert [r.code for r in results if not r.ok] == [
            "not-html", "listing-page", "not-article", "undecodable",
        ]  # fmt: skip
        crawled = results[6].bulletin  # #13, the page with no date
        assert crawled is not None
        assert str(crawled.date) == "2024-03-05"
        assert [w.code for w in results[6].warnings] == ["date-from-crawl"]


def test_per_page_hints_are_refused_for_an_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(build_warc(True))
    assert main(["parse", str(path), "--title", "One title"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "--title applies to one page" in err
