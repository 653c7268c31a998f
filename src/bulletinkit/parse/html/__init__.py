"""HTML pages and web archives (WARC) to bulletins; needs the ``html`` extra.

* :func:`parse_html`: one saved page to a :class:`~bulletinkit.Bulletin`;
* :func:`read_html`: the page's article text and metadata (:class:`HtmlPage`), before
  the text pipeline;
* :func:`iter_warc`: every HTML response record of a WARC file, one result a record;
* :func:`~bulletinkit.parse.html.detect.sniff`: text, HTML or WARC, from the bytes.

Importing this package needs no extra; calling its readers does. See
``docs/parsing.md`` ("HTML pages", "Web archives") and
:mod:`bulletinkit.parse.html.limits`.
"""

from __future__ import annotations

from bulletinkit.parse.html._bulletin import parse_html
from bulletinkit.parse.html._extra import INSTALL_HINT
from bulletinkit.parse.html.detect import sniff
from bulletinkit.parse.html.page import HtmlPage, read_html
from bulletinkit.parse.html.warc import WarcRecord, iter_warc

__all__ = [
    "INSTALL_HINT",
    "HtmlPage",
    "WarcRecord",
    "iter_warc",
    "parse_html",
    "read_html",
    "sniff",
]
