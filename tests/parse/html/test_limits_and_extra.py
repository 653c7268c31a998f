"""The documented limits, and what happens without the html extra."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bulletinkit import ParseError, iter_warc, parse_html, parse_text
from bulletinkit.cli import main
from bulletinkit.parse.html import MAX_DEPTH, read_html
from tests.parse.html._support import page_bytes, require_html


def test_a_page_larger_than_the_limit_is_refused_before_reading() -> None:
    require_html()
    data = page_bytes("amp_article.html")
    with pytest.raises(ParseError, match=f"the HTML page is {len(data)} bytes, more than") as big:
        read_html(data, max_bytes=len(data) - 1)
    assert big.value.code == "too-large"
    assert read_html(data, max_bytes=len(data)).title == "Erdogan hosts Aliyev in Ankara"


def test_nesting_deeper_than_the_limit_is_refused() -> None:
    require_html()
    deep = "<html><body>" + "<div>" * (MAX_DEPTH + 10) + "<p>x</p>" + "</div>" * (MAX_DEPTH + 10)
    with pytest.raises(ParseError, match=f"more than the limit of {MAX_DEPTH}"):
        read_html(deep)
    # Deeper than the HTML parser's own cap (256): refused, never read cut.
    with pytest.raises(ParseError, match="nests elements"):
        read_html("<html><body>" + "<div>" * 1000 + "x")
    shallow = "<html><body>" + "<div>" * 20 + "<p>The ministers met in Riga on Tuesday.</p>"
    assert "ministers met in Riga" in read_html(shallow).text


@pytest.fixture
def no_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulate an install without the html extra (a None entry fails the import)."""
    for module in (
        "trafilatura",
        "trafilatura.metadata",
        "warcio",
        "warcio.archiveiterator",
        "lxml_html_clean",
        "charset_normalizer",
    ):
        monkeypatch.setitem(sys.modules, module, None)


@pytest.mark.usefixtures("no_extra")
def test_html_without_the_extra_names_the_install_command() -> None:
    with pytest.raises(ParseError, match=r"pip install 'bulletinkit\[html\]'") as caught:
        parse_html(page_bytes("amp_article.html"))
    assert caught.value.code == "missing-extra"


@pytest.mark.usefixtures("no_extra")
def test_warc_without_the_extra_names_the_install_command(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc"
    archive.write_bytes(b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n")
    with pytest.raises(ParseError, match=r"reading WARC archives needs .*bulletinkit\[html\]"):
        list(iter_warc(archive))


@pytest.mark.usefixtures("no_extra")
def test_the_cli_says_so_and_prints_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "article.bin"  # told by its content, not its name
    page.write_bytes(page_bytes("wire_newssite.html"))
    assert main(["parse", str(page), "--jobs", "1"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "pip install 'bulletinkit[html]'" in err
    assert "Traceback" not in err


@pytest.mark.usefixtures("no_extra")
def test_plain_text_never_needs_the_extra(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Date: 4 March 2022\nMinisters Meet in Vilnius\nThe ministers met on Thursday.\n"
    assert parse_text(text).title == "Ministers Meet in Vilnius"
    page = tmp_path / "page.html"  # a text page with a misleading name is still text
    page.write_text(text, encoding="utf-8")
    assert main(["parse", str(page), "--jobs", "1"]) == 0
    assert '"title": "Ministers Meet in Vilnius"' in capsys.readouterr().out
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(text.replace("Vilnius", "Vilnius ½").encode("latin-1"))
    assert main(["parse", str(legacy), "--encoding", "latin-1", "--jobs", "1"]) == 0
    assert main(["parse", str(legacy), "--jobs", "1"]) == 2
    assert "detecting other encodings needs charset-normalizer" in capsys.readouterr().err


def test_an_xhtml_page_with_an_encoding_declaration_reads_as_text_or_bytes() -> None:
    require_html()
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0'
        ' Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"><head><title>Talks in Riga'
        '</title><meta name="dcterms.issued" content="2011-05-04"/></head><body><div id="c">'
        "<h1>Talks in Riga</h1><p>The ministers of Latvia and Estonia met in Riga on Tuesday"
        " to discuss energy.</p><p>They agreed to meet again in June.</p></div></body></html>"
    )
    for given in (page, page.encode("utf-8")):
        read = read_html(given)
        assert (read.title, str(read.date), read.language) == ("Talks in Riga", "2011-05-04", "en")
        assert read.text.startswith("The ministers of Latvia and Estonia met in Riga")
