"""The publication date a page states in its markup, read as written.

JSON-LD ``datePublished``, then the publication ``<meta>`` tags, then a ``<time
datetime>`` of the article: the calendar date is the one written in the string, in the
page's own time zone (``2022-10-14T23:30:00-05:00`` is 14 October, though it is the 15th
in UTC). Only when the markup states none does htmldate look further (the URL, the
text), through trafilatura's metadata.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from typing import Any

import pendulum

_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?![\d])")
_META_NAMES = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
)
_FIRST_YEAR = 1990


def stated_date(root: Any) -> pendulum.Date | None:
    """The publication date the page's markup states, as written, or ``None``."""
    for value in _candidates(root):
        day = _as_date(value)
        if day is not None:
            return day
    return None


def _candidates(root: Any) -> Iterator[str]:
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        yield from _json_ld_dates(data)
    metas = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_NAMES and key not in metas and meta.get("content"):
            metas[key] = meta.get("content")
    yield from (metas[name] for name in _META_NAMES if name in metas)
    for time in root.xpath(
        "(//article//time[@datetime] | //main//time[@datetime] | //time[@pubdate][@datetime]"
        " | //*[@itemprop='datePublished'][@datetime or @content])"
    ):
        yield time.get("datetime") or time.get("content") or ""


def _json_ld_dates(data: object) -> Iterator[str]:
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_dates(item)
    elif isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str):
            yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), (list, dict)):
                yield from _json_ld_dates(data[key])


def _as_date(value: str) -> pendulum.Date | None:
    found = _ISO_DAY.match(value)
    if found is None:
        return None
    year, month, day = (int(part) for part in found.groups())
    try:
        written = datetime.date(year, month, day)
    except ValueError:
        return None
    if not _FIRST_YEAR <= written.year <= datetime.date.today().year + 1:
        return None
    return pendulum.Date(written.year, written.month, written.day)
