"""The HTML stage: saved web pages and web archives (WARC) to article text and metadata.

Reads the bytes or text of an HTML page (:func:`read_html`, which needs the ``html``
extra: trafilatura, lxml_html_clean, charset-normalizer) and the records of a WARC file
(:func:`read_warc`, warcio); produces an :class:`HtmlPage` (the article text, title,
date as written, canonical URL, site name, authors, captions, license footer) and
:class:`WarcEntry` records. :func:`sniff` tells text, HTML and WARC apart from the bytes
(no extra needed). Exports these, :func:`is_listing`, :func:`page_text` (the page as the
text reader expects it), :class:`WarcRecord` and the limits to
:func:`bulletinkit.parse.parse_html` and :func:`bulletinkit.parse.iter_warc`, which run
the text pipeline on the article text. :func:`bulletin_from_page` and
:func:`warc_record` are given the text pipeline (``parse_text``) to run, since a stage
does not import the package that runs the stages.
Imports :mod:`bulletinkit.parse.text` (decoding), :mod:`bulletinkit.parse.layout` (which
footer lines are license notices) and :mod:`bulletinkit.parse.license` (reading them).
"""

from __future__ import annotations

from bulletinkit.parse.html._bulletin import (
    TextParser,
    bulletin_from_page,
    check_article,
    warc_record,
)
from bulletinkit.parse.html._extra import INSTALL_HINT
from bulletinkit.parse.html.detect import Kind, sniff
from bulletinkit.parse.html.limits import MAX_DEPTH, MAX_HTML_BYTES, MAX_WARC_RECORD_BYTES
from bulletinkit.parse.html.page import HtmlPage, is_listing, page_text, read_html
from bulletinkit.parse.html.warc import DateFrom, Status, WarcEntry, WarcRecord, read_warc

__all__ = [
    "INSTALL_HINT",
    "MAX_DEPTH",
    "MAX_HTML_BYTES",
    "MAX_WARC_RECORD_BYTES",
    "DateFrom",
    "HtmlPage",
    "Kind",
    "Status",
    "TextParser",
    "WarcEntry",
    "WarcRecord",
    "bulletin_from_page",
    "check_article",
    "is_listing",
    "page_text",
    "read_html",
    "read_warc",
    "sniff",
    "warc_record",
]
