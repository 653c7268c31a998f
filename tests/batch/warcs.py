"""Small WARC archives of our own HTML test pages, for batch and command-line tests."""

from __future__ import annotations

import io

from tests.parse.html._support import page_bytes, require_html

ARTICLES = ("thinktank_wordpress.html", "wire_newssite.html", "ministry_press_release.html")


def build_archive(names: tuple[str, ...] = ARTICLES, *, gzipped: bool = True) -> bytes:
    """A WARC file holding one response record per page in ``names`` (numbered 1, 2, ...)."""
    require_html()
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    for number, name in enumerate(names):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"https://site.example/{number}/",
            "response",
            payload=io.BytesIO(page_bytes(name)),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-03-05T10:00:00Z"},
        )
        writer.write_record(record)
    return out.getvalue()
