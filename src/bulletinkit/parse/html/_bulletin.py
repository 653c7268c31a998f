"""An HTML page to a :class:`~bulletinkit.Bulletin`: :func:`parse_html`."""

from __future__ import annotations

import datetime

import attrs
import pendulum

from bulletinkit.errors import ParseError
from bulletinkit.model import Bulletin, Series
from bulletinkit.parse.actors import KnownPeople
from bulletinkit.parse.html.limits import MAX_DEPTH, MAX_HTML_BYTES
from bulletinkit.parse.html.page import HtmlPage, is_listing, read_html

_MONTHS = [
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
]


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    date: datetime.date | None = None,
    title: str | None = None,
    encoding: str | None = None,
    known: KnownPeople | None = None,
    max_bytes: int = MAX_HTML_BYTES,
    max_depth: int = MAX_DEPTH,
) -> Bulletin:
    """Parse a saved HTML page (an article of a news site, think tank or ministry).

    trafilatura extracts the article text and the page's metadata; metadata wins over
    what the text reader would guess: the title (``og:title``, ``<h1>``), the
    publication date (``<time datetime>``, ``article:published_time``, JSON-LD
    ``datePublished``, as the calendar date in the page's own time zone), the canonical
    URL (``source_url``) and the site name (the series publisher when the page names no
    other). ``date=``, ``title=`` and ``url=`` given by the caller win. The article text
    then goes through :func:`~bulletinkit.parse_text`; the license footer, which
    trafilatura drops, is read from the page's footer.

    Navigation, related-article lists, tickers, scripts, cookie banners, share bars,
    donation boxes and comments are cut before extraction: they give no text, actor or
    meeting. Needs the ``html`` extra (``pip install 'bulletinkit[html]'``).

    Raises :class:`~bulletinkit.ParseError` when the extra is missing, the bytes cannot
    be decoded, the page breaks a limit (``max_bytes``, ``max_depth``), is a listing of
    teasers, has no article text, or (until dates are optional) states no date.
    """
    page = read_html(html, encoding=encoding, max_bytes=max_bytes, max_depth=max_depth)
    return bulletin_from_page(page, url=url, date=date, title=title, known=known)


def bulletin_from_page(
    page: HtmlPage,
    *,
    url: str | None = None,
    date: datetime.date | None = None,
    title: str | None = None,
    known: KnownPeople | None = None,
) -> Bulletin:
    """The bulletin of a page :func:`~bulletinkit.parse.html.read_html` has read."""
    from bulletinkit.parse import parse_text
    from bulletinkit.parse.license import read_license

    if is_listing(page):
        raise ParseError(
            f"this page lists {page.teasers} teasers, not one bulletin (a listing page)",
            expected="the page of one article",
        )
    if not page.text:
        raise ParseError("no article text found in the page", expected="an article page")
    the_date = date if date is not None else page.date
    the_title = title if title is not None else page.title
    bulletin = parse_text(
        _compose(page.text, the_date, the_title),
        date=the_date,
        title=the_title,
        source_url=url if url is not None else page.url,
        known=known,
    )
    changes: dict[str, object] = {}
    if bulletin.license is None and page.license_text is not None:
        changes["license"] = read_license(page.license_text)
    series = _series(bulletin, page, changes.get("license", bulletin.license))
    if series is not bulletin.series:
        changes["series"] = series
    if page.language is not None and page.language != bulletin.language:
        changes["language"] = page.language
    if not changes:
        return bulletin
    # The id depends on the series name: make it again when the series changes.
    fields = {**attrs.asdict(bulletin, recurse=False), **changes}
    del fields["id"]
    return Bulletin(**fields)


def _series(bulletin: Bulletin, page: HtmlPage, notice: object) -> Series | None:
    holder = getattr(notice, "holder", None)
    publisher = holder or page.site_name
    series = bulletin.series
    if series is None:
        if page.site_name is None:
            return None
        return Series(name=page.site_name, publisher=publisher)
    if series.publisher is None and publisher is not None:
        return attrs.evolve(series, publisher=publisher)
    return series


def _compose(text: str, date: datetime.date | None, title: str | None) -> str:
    """The page as the text reader expects it: date line, title, then the paragraphs."""
    head = []
    if date is not None:
        head.append(f"Date: {date.day} {_MONTHS[date.month - 1]} {date.year}")
    if title is not None:
        head.append(title)
    return "\n".join(head) + ("\n\n" if head else "") + text + "\n"


def crawl_date(value: str | None) -> pendulum.Date | None:
    """The calendar date of a WARC-Date (``2024-03-05T10:00:00Z``), or ``None``."""
    if not value:
        return None
    try:
        day = datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return pendulum.Date(day.year, day.month, day.day)
