"""HTML to an lxml tree, within the limits, and the page chrome cut out of it."""

from __future__ import annotations

import re
from typing import Any

from bulletinkit.errors import NOT_TEXT, TOO_LARGE, ParseError
from bulletinkit.parse.html._extra import require

# Tags that never hold article text.
_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "form",
        "button",
        "svg",
        "nav",
        "aside",
        "select",
        "dialog",
        "video",
        "audio",
        "object",
        "embed",
        "canvas",
    }
)
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "complementary", "contentinfo", "dialog", "alertdialog", "search"}
)
# Words of an element's id or class that mark chrome: navigation, related-article
# lists, tickers, cookie banners, share bars, donation boxes, comments, video players.
_CHROME_WORDS = frozenset(
    [
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "share",
        "shares",
        "sharing",
        "sharedaddy",
        "social",
        "donate",
        "donation",
        "donations",
        "donor",
        "related",
        "recommended",
        "recirculation",
        "ticker",
        "tickers",
        "newsletter",
        "subscribe",
        "subscription",
        "comment",
        "comments",
        "disqus",
        "respond",
        "promo",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "adslot",
        "sponsor",
        "sponsored",
        "paywall",
        "popup",
        "modal",
        "breadcrumb",
        "breadcrumbs",
        "pagination",
        "pager",
        "widget",
        "sidebar",
        "menu",
        "nav",
        "navbar",
        "navigation",
        "masthead",
        "trending",
        "outbrain",
        "taboola",
        "video",
        "player",
        "livestream",
        "playlist",
        "tagcloud",
        "toolbar",
        "skiplink",
    ]
)
_CHROME_PHRASES = (
    "support-us",
    "supportus",
    "read-more",
    "more-stories",
    "most-read",
    "most-popular",
    "also-read",
    "site-header",
    "site-footer",
)
_WORD = re.compile(r"[a-z0-9]+")
_XML_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")


def parse_tree(text: str, *, max_depth: int) -> Any:
    """The lxml tree of an HTML page; raises :class:`ParseError` when too deep or empty."""
    lxml_html = require("lxml.html")
    require("lxml_html_clean")  # trafilatura's cleaner lives there
    etree = require("lxml.etree")
    if "\x00" in text:
        text = text.replace("\x00", "")
    # The text is decoded already: an XHTML page's encoding declaration would only make
    # lxml refuse it.
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise ParseError(
            f"cannot read the page as HTML: {error}", expected="an HTML page", code=NOT_TEXT
        ) from None
    depth = _depth(root, etree)
    if depth > max_depth:
        raise ParseError(
            f"the HTML nests elements {depth} deep, more than the limit of {max_depth}",
            expected=f"an element depth of at most {max_depth} (max_depth=...)",
            code=TOO_LARGE,
        )
    return root


def _depth(root: Any, etree: Any) -> int:
    depth = deepest = 0
    for event, _element in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def is_chrome(element: Any) -> bool:
    """Whether the element is page chrome by its tag, role, id or class."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _DROP_TAGS:
        return True
    if (element.get("role") or "").lower() in _CHROME_ROLES:
        return True
    if (element.get("aria-hidden") or "").lower() == "true":
        return True
    marks = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    if not marks.strip():
        return False
    if any(phrase in marks for phrase in _CHROME_PHRASES):
        return True
    return any(word in _CHROME_WORDS for word in _WORD.findall(marks))


def cut_chrome(root: Any) -> None:
    """Remove chrome elements (and site headers and footers) from the tree, in place.

    An element that holds the article's heading or body (an ``<h1>``, ``<article>`` or
    ``<main>``) is kept even when its class says "sidebar": wrappers are often named so.
    """
    doomed = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        chrome = is_chrome(element) or (
            element.tag in ("header", "footer") and element.xpath("not(ancestor::article)")
        )
        if chrome and not _holds_article(element):
            doomed.append(element)
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            _drop_keep_tail(element, parent)


def _holds_article(element: Any) -> bool:
    # The headline, the main landmark, or an article long enough not to be a teaser.
    return bool(
        element.xpath(
            "boolean(descendant-or-self::*[self::h1 or self::main"
            " or (self::article and count(.//p) >= 3)])"
        )
    )


def _drop_keep_tail(element: Any, parent: Any) -> None:
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
