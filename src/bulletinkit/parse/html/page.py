"""One HTML page read: its article text and what its markup says (:func:`read_html`)."""

from __future__ import annotations

import copy
import datetime
import re
from typing import Any

import attrs
import pendulum

from bulletinkit.errors import TOO_LARGE, ParseError
from bulletinkit.parse.html import _parts
from bulletinkit.parse.html._dates import stated_date
from bulletinkit.parse.html._extra import require
from bulletinkit.parse.html._tree import cut_chrome, parse_tree
from bulletinkit.parse.html.limits import MAX_DEPTH, MAX_HTML_BYTES
from bulletinkit.parse.text import decode_bytes

__all__ = ["HtmlPage", "is_listing", "page_text", "read_html"]

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# A page that lists this many teasers and has no article of its own is a listing.
_LISTING_TEASERS = 3
_DATE_CONFIG = {"extensive_search": False, "original_date": True}
# Byline entries that name a desk or a job, not a person ("Nordwire Staff",
# "Europe correspondent").
_NOT_AUTHOR_WORDS = frozenset(
    [
        "staff",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "reporter",
        "reporters",
        "desk",
        "newsroom",
        "agency",
        "agencies",
        "contributor",
        "contributors",
        "team",
    ]
)
# "Read more: <a linked headline>" inside the story: a teaser, not text of the news.
_TEASER_PREFIX = re.compile(r"^(?:[\w'’]+\s+){0,2}[\w'’]+\s*[:|»›–-]\s*")
# Wire sign-offs at the end of a story: credits, not text of the news.
_SIGN_OFF = re.compile(
    r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|written|edited) by\b",
    re.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class HtmlPage:
    """What :func:`read_html` found in a page, before the text pipeline runs."""

    text: str
    """The article text: one paragraph a block, blocks separated by a blank line."""
    title: str | None = None
    """The headline (``og:title``, ``<h1>``, ``<title>`` less the site name)."""
    date: pendulum.Date | None = None
    """The publication date as the page writes it, in the page's own time zone."""
    url: str | None = None
    """The canonical URL (``<link rel=canonical>``, ``og:url``)."""
    site_name: str | None = None
    authors: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    license_text: str | None = None
    """The footer's license or copyright lines, joined by a space."""
    language: str | None = None
    """The primary subtag of ``<html lang>`` (``"en"``)."""
    teasers: int = 0
    """How many teasers (linked headings, short articles) the page lists."""
    page_type: str | None = None
    """What the page says it is (``og:type``): ``"article"``, ``"website"``, ..."""


def read_html(
    html: str | bytes,
    *,
    encoding: str | None = None,
    max_bytes: int = MAX_HTML_BYTES,
    max_depth: int = MAX_DEPTH,
) -> HtmlPage:
    """Read an HTML page: main text with trafilatura, metadata from the markup.

    Needs the ``html`` extra. ``bytes`` are decoded with
    :func:`~bulletinkit.decode_bytes` (``encoding`` forces one).
    Raises :class:`~bulletinkit.ParseError` when the extra is missing, the page is
    larger than ``max_bytes`` or nests deeper than ``max_depth``, or cannot be decoded.
    """
    trafilatura = require("trafilatura")
    metadata_module = require("trafilatura.metadata")
    size = len(html)
    if size > max_bytes:
        raise ParseError(
            f"the HTML page is {size} bytes, more than the limit of {max_bytes}",
            expected=f"a page of at most {max_bytes} bytes (max_bytes=...)",
            code=TOO_LARGE,
        )
    text = decode_bytes(html, encoding) if isinstance(html, bytes) else html
    root = parse_tree(text, max_depth=max_depth)
    license_text = _parts.license_text(root)
    stated = stated_date(root)
    language = _parts.language(root)
    meta = metadata_module.extract_metadata(copy.deepcopy(root), date_config=_DATE_CONFIG)
    cut_chrome(root)
    captions = _parts.captions(root)
    links = _parts.link_texts(root)
    teasers = _parts.teaser_count(root)
    extracted = trafilatura.bare_extraction(
        root,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=False,
    )
    raw = "" if extracted is None else (extracted.text or "")
    title = _clean(meta.title)
    authors = _authors(meta.author)
    skip = {*captions, *links, *(a for a in authors), title or ""}
    return HtmlPage(
        text=_paragraphs(raw, skip, authors),
        title=title,
        date=stated if stated is not None else _date(meta.date),
        url=_clean(meta.url),
        site_name=_clean(meta.sitename),
        authors=authors,
        captions=captions,
        license_text=license_text,
        language=language,
        teasers=teasers,
        page_type=_clean(meta.pagetype),
    )


def is_listing(page: HtmlPage) -> bool:
    """Whether the page lists teasers rather than carrying one article.

    A page that says it is an article (``og:type``) is one, whatever else it lists.
    """
    if page.page_type == "article":
        return False
    paragraphs = page.text.count("\n\n") + 1 if page.text else 0
    return page.teasers >= _LISTING_TEASERS and paragraphs <= page.teasers


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = _parts.squash(value)
    return value or None


def _authors(value: Any) -> tuple[str, ...]:
    if not isinstance(value, str):
        return ()
    names = (_parts.squash(name) for name in value.split(";"))
    return tuple(dict.fromkeys(name for name in names if _is_person(name)))


def _is_person(name: str) -> bool:
    words = name.split()
    return (
        bool(words)
        and name[0].isupper()
        and not any(word.casefold() in _NOT_AUTHOR_WORDS for word in words)
    )


def _date(value: Any) -> pendulum.Date | None:
    if not isinstance(value, str):
        return None
    try:
        day = datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return pendulum.Date(day.year, day.month, day.day)


def _paragraphs(raw: str, skip: set[str], authors: tuple[str, ...]) -> str:
    bylines = {f"by {name}".casefold() for name in authors}
    kept = []
    for line in raw.split("\n"):
        line = _parts.squash(line)
        if not line or line in skip or line.casefold() in bylines or _SIGN_OFF.match(line):
            continue
        if _TEASER_PREFIX.sub("", line, count=1) in skip:
            continue
        kept.append(line)
    return "\n\n".join(kept)


def page_text(text: str, date: datetime.date | None, title: str | None) -> str:
    """The page as the text reader expects it: a date line, the title, the paragraphs."""
    head = []
    if date is not None:
        head.append(f"Date: {date.day} {_MONTHS[date.month - 1]} {date.year}")
    if title is not None:
        head.append(title)
    return "\n".join(head) + ("\n\n" if head else "") + text + "\n"
